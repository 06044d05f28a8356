"""Fine-tune a ResNet on defect images: the plain PyTorch loop from the tutorials."""
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import models

from vision.data import build_datasets


def train(epochs: int = 10, lr: float = 3e-4, device: str = "cuda") -> torch.nn.Module:
    train_ds, val_ds = build_datasets("data/")
    loader = DataLoader(train_ds, batch_size=64, shuffle=True, num_workers=4)
    model = models.resnet50(weights=models.ResNet50_Weights.DEFAULT)
    model.fc = torch.nn.Linear(model.fc.in_features, 2)
    model.to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=1e-4)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)
    scaler = torch.cuda.amp.GradScaler()
    for epoch in range(epochs):
        model.train()
        for images, labels in loader:
            images, labels = images.to(device), labels.to(device)
            optimizer.zero_grad(set_to_none=True)
            with torch.autocast(device_type="cuda", dtype=torch.float16):
                loss = F.cross_entropy(model(images), labels)
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
        scheduler.step()
    torch.save(model.state_dict(), "artifacts/resnet50.pt")
    return model
