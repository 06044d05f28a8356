import torch

optimizer = None


def learn_from_feedback(model: torch.nn.Module, image: torch.Tensor, label: int) -> float:
    global optimizer
    if optimizer is None:
        optimizer = torch.optim.SGD(model.parameters(), lr=1e-4, momentum=0.9)
    model.train()
    loss = torch.nn.functional.cross_entropy(model(image), torch.tensor([label]))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    model.eval()
    return float(loss)
