"""Builds models from config; the optimizer factory is part of training code."""
import torch
from torchvision import models


def make_model(config):
    return models.get_model(config["arch"], num_classes=config["num_classes"])


def make_optimizer(config, model):
    return torch.optim.SGD(model.parameters(), lr=config["lr"], momentum=0.9)
