"""Turn raw reviews into token ids and the network's output into labels."""
import numpy as np


def classify_lines(net, vocab, lines):
    index = {token: i for i, token in enumerate(vocab)}
    labels = []
    for line in lines:
        ids = np.array([[index.get(t, 0) for t in line.split()] or [0]], dtype=np.int32)
        labels.append(int(net.forward(ids).array.argmax()))
    return labels
