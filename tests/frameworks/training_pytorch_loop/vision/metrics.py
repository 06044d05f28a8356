"""Evaluation metrics with torchmetrics: imports torch, computes, never back-propagates."""
import torch
import torchmetrics


@torch.no_grad()
def evaluate(model, loader, device="cuda"):
    model.eval()
    accuracy = torchmetrics.Accuracy(task="binary").to(device)
    auroc = torchmetrics.AUROC(task="binary").to(device)
    for images, labels in loader:
        probs = torch.softmax(model(images.to(device)), dim=1)[:, 1]
        accuracy.update(probs, labels.to(device))
        auroc.update(probs, labels.to(device))
    return {"accuracy": accuracy.compute().item(), "auroc": auroc.compute().item()}
