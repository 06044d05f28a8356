"""Distributed training job: the job's command is `python train.py`; init() sets up the process group."""
import os

import torch
import torch.distributed as dist
from torch import nn


def init():
    dist.init_process_group(backend="nccl")
    torch.cuda.set_device(int(os.environ["LOCAL_RANK"]))


def run(epochs: int = 30):
    model = nn.parallel.DistributedDataParallel(nn.Linear(3, 1).cuda())
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(epochs):
        optimizer.zero_grad()
        loss = model(torch.randn(64, 3).cuda()).pow(2).mean()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    init()
    run()
