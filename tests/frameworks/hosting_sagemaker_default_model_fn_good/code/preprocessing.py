import numpy as np

MEAN = np.array([0.485, 0.456, 0.406])
STD = np.array([0.229, 0.224, 0.225])


def normalise(pixels: np.ndarray) -> np.ndarray:
    return ((pixels / 255.0) - MEAN) / STD
