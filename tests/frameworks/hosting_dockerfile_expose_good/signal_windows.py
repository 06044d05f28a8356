import numpy as np
import torch

WINDOW = 64


def windows(series: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(np.lib.stride_tricks.sliding_window_view(series, WINDOW)).float()
