import torch
import torch.nn.functional as F
from torchvision import datasets, transforms

from mnist.model import Net


def main(epochs: int = 5) -> None:
    loader = torch.utils.data.DataLoader(datasets.MNIST("data", train=True, download=True, transform=transforms.ToTensor()), batch_size=64)
    model = Net()
    optimizer = torch.optim.Adadelta(model.parameters(), lr=1.0)
    for _ in range(epochs):
        for data, target in loader:
            optimizer.zero_grad()
            F.nll_loss(model(data), target).backward()
            optimizer.step()
    torch.save(model.state_dict(), "mnist_cnn.pt")
