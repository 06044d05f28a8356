"""Fits both models and writes their weights."""
import lightning as L
import numpy as np
import torch
from torch.utils.data import DataLoader, TensorDataset

from autoencoder import Denoiser
from ranker import Ranker

images = np.load("digits.npy").astype("float32")
denoiser = Denoiser()
denoiser.compile(optimizer="adam")
denoiser.fit(images + np.random.normal(0, 0.1, images.shape).astype("float32"), images, epochs=3)
denoiser.save_weights("denoiser.weights.h5")

pairs = TensorDataset(torch.randn(512, 16), torch.randint(0, 2, (512,)).float())
ranker = Ranker()
L.Trainer(max_epochs=2).fit(ranker, DataLoader(pairs, batch_size=32))
torch.save(ranker.state_dict(), "ranker.pt")
