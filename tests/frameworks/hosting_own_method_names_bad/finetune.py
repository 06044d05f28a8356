import torch


class FeedbackTuner:
    """Nudges the served network towards radiologist corrections, one small batch at a time."""

    def __init__(self, model: torch.nn.Module, lr: float = 1e-5):
        self.model = model
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=lr)

    def fit(self, images: torch.Tensor, labels: torch.Tensor) -> float:
        self.model.train()
        loss = torch.nn.functional.cross_entropy(self.model(images), labels)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        self.model.eval()
        return float(loss)


def apply_correction(model: torch.nn.Module, image: torch.Tensor, label: int) -> float:
    return FeedbackTuner(model).fit(image, torch.tensor([label]))
