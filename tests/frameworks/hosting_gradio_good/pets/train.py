import torch
from torch import nn
from torchvision import datasets

from pets.model import TRANSFORM, build_model


def main() -> None:
    loader = torch.utils.data.DataLoader(datasets.ImageFolder("data/pets", TRANSFORM), batch_size=32, shuffle=True)
    model = build_model()
    optimizer = torch.optim.SGD(model.fc.parameters(), lr=0.01, momentum=0.9)
    for images, labels in loader:
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(images), labels).backward()
        optimizer.step()
    torch.save(model.state_dict(), "pets_resnet18.pt")
