"""Training loop for the two-tower recommender, plus checkpoint helpers."""
import argparse

import torch
from torch.utils.data import DataLoader

from recsys.data import Interactions
from recsys.metrics import recall_at_k
from recsys.model import TwoTower


def load_checkpoint(path: str, device: str = "cpu") -> TwoTower:
    state = torch.load(path, map_location=device)
    model = TwoTower(state["n_users"], state["n_items"], state["dim"])
    model.load_state_dict(state["weights"])
    return model.eval()


def train(train_path: str, out: str, epochs: int = 5, lr: float = 1e-3) -> None:
    data = Interactions(train_path)
    n_users, n_items = int(data.users.max()) + 1, int(data.items.max()) + 1
    model = TwoTower(n_users, n_items)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    loader = DataLoader(data, batch_size=4096, shuffle=True, num_workers=4)
    for epoch in range(epochs):
        model.train()
        for users, items, labels in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(users, items), labels)
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch} loss {loss.item():.4f}")
    torch.save({"n_users": n_users, "n_items": n_items, "dim": 64, "weights": model.state_dict()}, out)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("train_path")
    p.add_argument("--out", default="twotower.pt")
    p.add_argument("--epochs", type=int, default=5)
    a = p.parse_args()
    train(a.train_path, a.out, a.epochs)
