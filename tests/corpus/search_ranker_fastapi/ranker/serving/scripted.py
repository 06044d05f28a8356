import torch


def load_scripted(path: str) -> torch.jit.ScriptModule:
    model = torch.jit.load(path, map_location="cpu")
    model.eval()
    return model
