"""Train the ETA MLP.

    python -m eta.train --data s3://couriers-ml/eta/trips/2024-06/ --epochs 30
"""
from __future__ import annotations

import argparse
import logging

import mlflow
import mlflow.pytorch
import numpy as np
import pandas as pd
import torch
from torch.utils.data import DataLoader, TensorDataset

from eta.model import EtaNet
from eta.utils import fit_one_epoch, featurise, mean_abs_error_minutes, save_checkpoint, set_seed

log = logging.getLogger("eta.train")

MAX_VAL_MAE_MIN = 6.5  # product requirement: median courier sees < 7 min error


def make_loader(df: pd.DataFrame, batch_size: int, shuffle: bool) -> DataLoader:
    x = torch.tensor(np.stack([featurise(r) for r in df.to_dict("records")]))
    y = torch.tensor(np.log1p(df["duration_min"].to_numpy()), dtype=torch.float32)
    return DataLoader(TensorDataset(x, y), batch_size=batch_size, shuffle=shuffle, num_workers=4)


def run(data: str, epochs: int, lr: float, out: str) -> None:
    set_seed()
    df = pd.read_parquet(data)
    df = df[(df["duration_min"] > 2) & (df["duration_min"] < 180)]
    valid_mask = df["pickup_ts"] >= df["pickup_ts"].quantile(0.9)
    train_loader = make_loader(df[~valid_mask], 1024, shuffle=True)
    valid_loader = make_loader(df[valid_mask], 4096, shuffle=False)

    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = EtaNet().to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=1e-4)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)

    mlflow.set_experiment("eta-mlp")
    with mlflow.start_run():
        mlflow.log_params({"epochs": epochs, "lr": lr, "rows": len(df)})
        best = float("inf")
        for epoch in range(epochs):
            train_loss = fit_one_epoch(model, train_loader, optimizer, device=device)
            scheduler.step()
            val_mae = mean_abs_error_minutes(model, valid_loader, device=device)
            mlflow.log_metrics({"train_loss": train_loss, "val_mae_min": val_mae}, step=epoch)
            log.info("epoch %d loss %.4f val_mae %.2f min", epoch, train_loss, val_mae)
            if val_mae < best:
                best = val_mae
                save_checkpoint(model, out, epoch=epoch, val_mae=val_mae)

        if best > MAX_VAL_MAE_MIN:
            log.error("best val MAE %.2f min is above %.1f, not registering", best, MAX_VAL_MAE_MIN)
            return
        model.load_state_dict(torch.load(out)["model"])
        mlflow.pytorch.log_model(model.cpu(), "model", registered_model_name="eta-mlp")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--epochs", type=int, default=30)
    p.add_argument("--lr", type=float, default=3e-3)
    p.add_argument("--out", default="/tmp/eta-mlp.pt")
    a = p.parse_args()
    run(a.data, a.epochs, a.lr, a.out)
