"""The ticket classifier, its training loop and its validation F1."""
import torch
from sklearn.metrics import f1_score
from torch import nn

from data import train_loader, val_loader


class TicketClassifier(nn.Module):
    def __init__(self, hidden: int) -> None:
        super().__init__()
        self.layers = nn.Sequential(nn.LazyLinear(hidden), nn.ReLU(), nn.Linear(hidden, 12))

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        return self.layers(features)


def fit(model: TicketClassifier, config: dict) -> TicketClassifier:
    optimiser = torch.optim.AdamW(model.parameters(), lr=config["lr"])
    for _ in range(config["epochs"]):
        for features, labels in train_loader():
            optimiser.zero_grad()
            loss = nn.functional.cross_entropy(model(features), labels)
            loss.backward()
            optimiser.step()
    return model


def evaluate(model: TicketClassifier) -> float:
    predicted, actual = [], []
    with torch.no_grad():
        for features, labels in val_loader():
            predicted.extend(model(features).argmax(dim=1).tolist())
            actual.extend(labels.tolist())
    return f1_score(actual, predicted, average="macro")
