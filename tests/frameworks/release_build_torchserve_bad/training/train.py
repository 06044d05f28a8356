"""Train the digits CNN and write its weights for packaging."""
import torch
from torch import nn
from torchvision import datasets, transforms

from serve.network import DigitsNet

loader = torch.utils.data.DataLoader(
    datasets.MNIST("data", train=True, download=True, transform=transforms.ToTensor()), batch_size=128, shuffle=True
)
model = DigitsNet()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
for epoch in range(3):
    for images, labels in loader:
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(images), labels).backward()
        optimizer.step()
    print(f"epoch {epoch} done")
torch.save(model.state_dict(), "artifacts/digits.pt")
