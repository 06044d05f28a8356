"""Reload what a training run saved: the vocabulary and the network weights, nothing else."""
import json
import os

import chainer

from network import SentimentNet


def load_run(model_dir: str, embed_dim: int = 128):
    with open(os.path.join(model_dir, "vocab.json")) as fh:
        vocab = json.load(fh)
    net = SentimentNet(len(vocab), embed_dim)
    chainer.serializers.load_npz(os.path.join(model_dir, "net.npz"), net)
    return net, vocab
