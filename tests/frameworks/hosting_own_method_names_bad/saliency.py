import torch


class VanillaSaliency:
    """Gradient of the chosen class score with respect to the input pixels."""

    def __init__(self, model: torch.nn.Module):
        self.model = model.eval()
        self.scores = None
        self.image = None

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        self.image = image.clone().requires_grad_(True)
        self.scores = self.model(self.image)
        return self.scores.softmax(dim=1)

    def backward(self, class_index: int) -> torch.Tensor:
        (gradient,) = torch.autograd.grad(self.scores[0, class_index], self.image)
        return gradient.abs().amax(dim=1)[0]


def explain(model: torch.nn.Module, image: torch.Tensor) -> tuple[int, torch.Tensor]:
    saliency = VanillaSaliency(model)
    probabilities = saliency.forward(image)
    predicted = int(probabilities.argmax(dim=1))
    return predicted, saliency.backward(predicted)
