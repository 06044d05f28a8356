"""Preprocessing shared by training and serving: torchvision transforms and a fitted scaler."""
import joblib
import numpy as np
import torch
from sklearn.preprocessing import StandardScaler
from torchvision import transforms

IMAGE = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224), transforms.ToTensor(), transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])


def fit_scaler(reference: np.ndarray, path: str) -> StandardScaler:
    scaler = StandardScaler().fit(reference)
    joblib.dump(scaler, path)
    return scaler


def tabular(scaler: StandardScaler, rows: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(scaler.transform(rows)).float()
