"""The network only: embedding, mean over tokens, a linear layer."""
import chainer
import chainer.functions as F
import chainer.links as L


class SentimentNet(chainer.Chain):
    def __init__(self, vocab_size: int, embed_dim: int, n_classes: int = 2):
        super().__init__()
        with self.init_scope():
            self.embed = L.EmbedID(vocab_size, embed_dim)
            self.out = L.Linear(embed_dim, n_classes)

    def forward(self, token_ids):
        return self.out(F.mean(self.embed(token_ids), axis=1))
