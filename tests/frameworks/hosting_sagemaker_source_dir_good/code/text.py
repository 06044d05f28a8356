"""Tokenisation shared by training and serving."""
import torch


def tokenize(texts, vocab):
    return [torch.tensor([vocab.get(w, 0) for w in t.lower().split()]) for t in texts]
