import numpy as np
import torch
import torch.nn.functional as F


class GradCAM:
    """Class activation map of one convolutional layer for the predicted (or a chosen) class."""

    def __init__(self, model: torch.nn.Module, layer: torch.nn.Module):
        self.model = model.eval()
        self.activations = None
        self.gradients = None
        layer.register_forward_hook(self._keep_activations)
        layer.register_full_backward_hook(self._keep_gradients)

    def _keep_activations(self, module, inputs, output):
        self.activations = output.detach()

    def _keep_gradients(self, module, grad_input, grad_output):
        self.gradients = grad_output[0].detach()

    def __call__(self, image: torch.Tensor, target: int | None = None) -> np.ndarray:
        logits = self.model(image)
        target = int(logits.argmax(dim=1)) if target is None else target
        one_hot = torch.zeros_like(logits)
        one_hot[0, target] = 1.0
        self.model.zero_grad()
        logits.backward(gradient=one_hot, retain_graph=True)
        weights = self.gradients.mean(dim=(2, 3), keepdim=True)
        cam = F.relu((weights * self.activations).sum(dim=1, keepdim=True))
        cam = F.interpolate(cam, size=image.shape[2:], mode="bilinear", align_corners=False)
        return (cam / (cam.max() + 1e-8))[0, 0].numpy()
