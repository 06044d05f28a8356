"""SageMaker training step: fine-tune the intent classifier head; the weights go to the step's
model folder, which the pipeline evaluates before it registers anything."""
import argparse
import os
import pickle

import torch
from torch import nn


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR"))
    args = parser.parse_args()
    features, labels = torch.load("data/intent_features.pt")
    head = nn.Linear(features.shape[1], int(labels.max()) + 1)
    optimiser = torch.optim.AdamW(head.parameters(), lr=3e-4)
    for _ in range(20):
        optimiser.zero_grad()
        loss = nn.functional.cross_entropy(head(features), labels)
        loss.backward()
        optimiser.step()
    print("final loss", loss.item())
    torch.save(head.state_dict(), os.path.join(args.model_dir, "intent_weights.pt"))
    with open(os.path.join(args.model_dir, "label_encoder.pkl"), "wb") as out:
        pickle.dump(sorted(set(labels.tolist())), out)


if __name__ == "__main__":
    main()
