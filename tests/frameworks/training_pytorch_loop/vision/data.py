"""Datasets and transforms: torchvision, tensors, no gradients."""
import torch
from torchvision import datasets, transforms

NORMALISE = transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])
TRAIN_TF = transforms.Compose([transforms.RandomResizedCrop(224), transforms.RandomHorizontalFlip(), transforms.ToTensor(), NORMALISE])
EVAL_TF = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224), transforms.ToTensor(), NORMALISE])


def build_datasets(root: str):
    train = datasets.ImageFolder(f"{root}/train", transform=TRAIN_TF)
    val = datasets.ImageFolder(f"{root}/val", transform=EVAL_TF)
    return train, val


def class_weights(labels: torch.Tensor) -> torch.Tensor:
    counts = torch.bincount(labels)
    return counts.sum() / (len(counts) * counts.float())
