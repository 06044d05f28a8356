"""Builds the vocabulary and the network, trains it, and reloads what a run saved."""
import json
import os

import chainer

from network import SentimentNet
from trainer import EpochTrainer


class PipelineBuilder:
    def __init__(self, epochs: int = 10, embed_dim: int = 128):
        self.epochs = epochs
        self.embed_dim = embed_dim

    def run(self, train_rows, valid_rows, out_dir: str):
        vocab = sorted({token for text, _ in train_rows for token in text.split()})
        net = SentimentNet(len(vocab), self.embed_dim)
        EpochTrainer(out_dir, self.epochs)(train_rows, valid_rows, net)
        chainer.serializers.save_npz(os.path.join(out_dir, "net.npz"), net)
        with open(os.path.join(out_dir, "vocab.json"), "w") as fh:
            json.dump(vocab, fh)

    @staticmethod
    def load(model_dir: str):
        with open(os.path.join(model_dir, "vocab.json")) as fh:
            vocab = json.load(fh)
        net = SentimentNet(len(vocab), 128)
        chainer.serializers.load_npz(os.path.join(model_dir, "net.npz"), net)
        return net, vocab
