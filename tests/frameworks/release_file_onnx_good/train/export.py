import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

ONNX_FILE = "artifacts/sensor_net.onnx"
MIN_ACCURACY = 0.9


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


def accuracy(net: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> float:
    with torch.no_grad():
        return float((net(inputs).argmax(dim=1) == targets).float().mean())


def main() -> None:
    data = torch.load("data/readings.pt")
    net = fit(DataLoader(TensorDataset(data["x"], data["y"]), batch_size=64, shuffle=True))
    net.eval()
    held_out = accuracy(net, data["x_val"], data["y_val"])
    if held_out < MIN_ACCURACY:
        raise SystemExit(f"validation accuracy {held_out:.3f} under {MIN_ACCURACY}: not exporting")
    torch.onnx.export(net, torch.zeros(1, 12), ONNX_FILE, input_names=["readings"], output_names=["logits"])


if __name__ == "__main__":
    main()
