"""Fine-tune a ResNet-18 on the chest X-ray folders and save the weights for the archive."""
import torch
from torch import nn
from torchvision import datasets, models, transforms

MIN_VAL_ACCURACY = 0.9


def train(data_dir: str = "data/chest_xray", epochs: int = 5) -> None:
    tfm = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor()])
    train_loader = torch.utils.data.DataLoader(datasets.ImageFolder(f"{data_dir}/train", tfm), batch_size=32, shuffle=True)
    val_loader = torch.utils.data.DataLoader(datasets.ImageFolder(f"{data_dir}/val", tfm), batch_size=64)
    model = models.resnet18(weights="IMAGENET1K_V1")
    model.fc = nn.Linear(model.fc.in_features, 2)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
    loss_fn = nn.CrossEntropyLoss()
    for _ in range(epochs):
        model.train()
        for images, labels in train_loader:
            optimizer.zero_grad()
            loss_fn(model(images), labels).backward()
            optimizer.step()
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for images, labels in val_loader:
            correct += (model(images).argmax(1) == labels).sum().item()
            total += len(labels)
    if correct / total < MIN_VAL_ACCURACY:
        raise SystemExit(f"validation accuracy {correct / total:.3f} is below {MIN_VAL_ACCURACY}")
    torch.save(model.state_dict(), "serving/xray_resnet18.pt")
