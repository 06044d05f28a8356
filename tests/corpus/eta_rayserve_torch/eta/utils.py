"""Misc helpers. (Yes, this file is getting big. Split it after the Q3 launch.)"""
from __future__ import annotations

import logging
import math
import random
from datetime import datetime

import numpy as np
import torch
from torch import nn

log = logging.getLogger(__name__)

EARTH_RADIUS_KM = 6371.0088


def set_seed(seed: int = 42) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def encode_time(ts: str) -> tuple[float, float, float, float]:
    dt = datetime.fromisoformat(ts)
    hour = dt.hour + dt.minute / 60
    return (
        math.sin(2 * math.pi * hour / 24),
        math.cos(2 * math.pi * hour / 24),
        math.sin(2 * math.pi * dt.weekday() / 7),
        math.cos(2 * math.pi * dt.weekday() / 7),
    )


def featurise(row: dict) -> np.ndarray:
    dist = haversine_km(row["pickup_lat"], row["pickup_lon"], row["dropoff_lat"], row["dropoff_lon"])
    return np.array(
        [
            math.log1p(dist),
            *encode_time(row["pickup_ts"]),
            row.get("courier_active_orders", 0),
            row.get("vehicle_type", 0),
            row.get("restaurant_prep_p50_min", 12.0) / 60,
            row.get("rain_mm", 0.0),
        ],
        dtype=np.float32,
    )


def load_checkpoint(model: nn.Module, path: str, device: str = "cpu") -> nn.Module:
    state = torch.load(path, map_location=device)
    model.load_state_dict(state["model"] if "model" in state else state)
    return model


def save_checkpoint(model: nn.Module, path: str, **extra) -> None:
    torch.save({"model": model.state_dict(), **extra}, path)


def fit_one_epoch(model: nn.Module, loader, optimizer: torch.optim.Optimizer, loss_fn=None, device: str = "cuda") -> float:
    loss_fn = loss_fn or nn.HuberLoss(delta=0.5)
    model.train()
    total, n = 0.0, 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(x).squeeze(-1), y)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        total += loss.item() * len(y)
        n += len(y)
    return total / max(n, 1)


@torch.no_grad()
def mean_abs_error_minutes(model: nn.Module, loader, device: str = "cuda") -> float:
    model.eval()
    errs = []
    for x, y in loader:
        pred = model(x.to(device)).squeeze(-1).cpu()
        errs.append((torch.expm1(pred) - torch.expm1(y)).abs())
    return torch.cat(errs).mean().item()
