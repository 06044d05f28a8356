import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

ONNX_FILE = "artifacts/sensor_net.onnx"


def fit(loader: DataLoader) -> nn.Module:
    net = nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 2))
    optimiser = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    for _ in range(20):
        for inputs, targets in loader:
            optimiser.zero_grad()
            loss = loss_fn(net(inputs), targets)
            loss.backward()
            optimiser.step()
    return net


def main() -> None:
    data = torch.load("data/readings.pt")
    net = fit(DataLoader(TensorDataset(data["x"], data["y"]), batch_size=64, shuffle=True))
    net.eval()
    torch.onnx.export(net, torch.zeros(1, 12), ONNX_FILE, input_names=["readings"], output_names=["logits"])


if __name__ == "__main__":
    main()
