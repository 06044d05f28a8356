import joblib
import torch
from torch import nn

from common.metrics import probabilities, quality
from common.transforms import fit_scaler, tabular


def train(model: nn.Module, x_train, y_train, x_val, y_val, epochs: int = 30) -> nn.Module:
    scaler = fit_scaler(x_train, "artifacts/scaler.joblib")
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(tabular(scaler, x_train)), torch.as_tensor(y_train)).backward()
        optimizer.step()
    print(quality(y_val, probabilities(model(tabular(scaler, x_val)))))
    torch.jit.script(model).save("artifacts/model.pt")
    return model
