"""One object for the whole life of the tagging model: fit, checkpoint, predict."""
import torch
from torch import nn


class Engine:
    def __init__(self, net: nn.Module, checkpoint: str):
        self.net = net
        self.checkpoint = checkpoint

    def fit(self, loader, epochs: int = 5) -> None:
        optimizer = torch.optim.AdamW(self.net.parameters(), lr=2e-5)
        for _ in range(epochs):
            for tokens, tags in loader:
                loss = nn.functional.cross_entropy(self.net(tokens), tags)
                loss.backward()
                optimizer.step()
                optimizer.zero_grad()
        torch.save(self.net.state_dict(), self.checkpoint)

    @torch.no_grad()
    def predict(self, tokens):
        self.net.load_state_dict(torch.load(self.checkpoint))
        return self.net.eval()(tokens).argmax(-1)
