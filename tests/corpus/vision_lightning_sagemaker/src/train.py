"""SageMaker training entry point (runs inside the PyTorch container)."""
import argparse
import json
import os

import lightning as L
import torch
from lightning.pytorch.callbacks import EarlyStopping, ModelCheckpoint
from torchvision import datasets, transforms

from src.lit_module import DefectClassifier

TFM = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor()])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=20)
    p.add_argument("--lr", type=float, default=3e-4)
    args = p.parse_args()
    train_dir, val_dir = os.environ["SM_CHANNEL_TRAIN"], os.environ["SM_CHANNEL_VALIDATION"]
    train = torch.utils.data.DataLoader(datasets.ImageFolder(train_dir, TFM), batch_size=64, shuffle=True, num_workers=8)
    val = torch.utils.data.DataLoader(datasets.ImageFolder(val_dir, TFM), batch_size=64, num_workers=8)
    module = DefectClassifier(lr=args.lr)
    checkpoint = ModelCheckpoint(monitor="val_acc", mode="max")
    trainer = L.Trainer(max_epochs=args.epochs, callbacks=[checkpoint, EarlyStopping("val_acc", mode="max", patience=4)])
    trainer.fit(module, train, val)
    best = DefectClassifier.load_from_checkpoint(checkpoint.best_model_path)
    torch.save(best.net.state_dict(), os.path.join(os.environ["SM_MODEL_DIR"], "model.pt"))
    print(json.dumps({"val_acc": float(checkpoint.best_model_score)}))


if __name__ == "__main__":
    main()
