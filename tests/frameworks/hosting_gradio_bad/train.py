"""Fine-tune a ResNet-18 on the pets dataset (run once; weights go to pets_resnet18.pt)."""
import torch
from torch import nn
from torchvision import datasets, models, transforms

CLASSES = ["abyssinian", "beagle", "bengal", "boxer", "persian", "pug"]
TRANSFORM = transforms.Compose([transforms.Resize(224), transforms.CenterCrop(224), transforms.ToTensor()])


def build_model() -> nn.Module:
    model = models.resnet18(weights="IMAGENET1K_V1")
    model.fc = nn.Linear(model.fc.in_features, len(CLASSES))
    return model


if __name__ == "__main__":
    loader = torch.utils.data.DataLoader(datasets.ImageFolder("data/pets", TRANSFORM), batch_size=32, shuffle=True)
    model = build_model()
    optimizer = torch.optim.SGD(model.fc.parameters(), lr=0.01, momentum=0.9)
    for images, labels in loader:
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(images), labels).backward()
        optimizer.step()
    torch.save(model.state_dict(), "pets_resnet18.pt")
