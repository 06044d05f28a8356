from torch import nn
from torchvision import models, transforms

CLASSES = ["abyssinian", "beagle", "bengal", "boxer", "persian", "pug"]
TRANSFORM = transforms.Compose([transforms.Resize(224), transforms.CenterCrop(224), transforms.ToTensor()])


def build_model() -> nn.Module:
    model = models.resnet18(weights=None)
    model.fc = nn.Linear(model.fc.in_features, len(CLASSES))
    return model
