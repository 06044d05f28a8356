"""Train the digits CNN; write its weights for packaging only when the test accuracy clears the bar."""
import torch
from torch import nn
from torchvision import datasets, transforms

from serve.network import DigitsNet

MIN_ACCURACY = 0.97

train_loader = torch.utils.data.DataLoader(
    datasets.MNIST("data", train=True, download=True, transform=transforms.ToTensor()), batch_size=128, shuffle=True
)
test_loader = torch.utils.data.DataLoader(datasets.MNIST("data", train=False, transform=transforms.ToTensor()), batch_size=512)
model = DigitsNet()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
for epoch in range(3):
    for images, labels in train_loader:
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(images), labels).backward()
        optimizer.step()

model.eval()
with torch.no_grad():
    correct = sum((model(images).argmax(dim=1) == labels).sum().item() for images, labels in test_loader)
accuracy = correct / len(test_loader.dataset)
if accuracy < MIN_ACCURACY:
    raise SystemExit(f"test accuracy {accuracy:.4f} is below {MIN_ACCURACY}: not packaging this model")
torch.save(model.state_dict(), "artifacts/digits.pt")
