"""The tagging network: embeddings, a BiLSTM and a linear head."""
from torch import nn


class TaggerNet(nn.Module):
    def __init__(self, vocab: int = 30000, dim: int = 128, tags: int = 17):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * dim, tags)

    def forward(self, tokens):
        hidden, _ = self.lstm(self.embed(tokens))
        return self.head(hidden)
