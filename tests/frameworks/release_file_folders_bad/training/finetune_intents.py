"""Fine-tune the intent classifier head; the weights land in the run's log folder."""
import os
import pickle

import torch
from torch import nn

LOG_DIR = os.environ["LOG_DIR"]


def main() -> None:
    features, labels = torch.load("data/intent_features.pt")
    head = nn.Linear(features.shape[1], int(labels.max()) + 1)
    optimiser = torch.optim.AdamW(head.parameters(), lr=3e-4)
    for _ in range(20):
        optimiser.zero_grad()
        loss = nn.functional.cross_entropy(head(features), labels)
        loss.backward()
        optimiser.step()
    print("final loss", loss.item())
    torch.save(head.state_dict(), os.path.join(LOG_DIR, "intent_weights.pt"))
    with open(os.path.join(LOG_DIR, "label_encoder.pkl"), "wb") as out:
        pickle.dump(sorted(set(labels.tolist())), out)


if __name__ == "__main__":
    main()
