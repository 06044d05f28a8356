import timm
import torch
from torch import nn


class DefectNet(nn.Module):
    def __init__(self, num_classes: int = 4, backbone: str = "efficientnet_b0"):
        super().__init__()
        self.backbone = timm.create_model(backbone, pretrained=False, num_classes=0)
        self.head = nn.Linear(self.backbone.num_features, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.backbone(x))
