"""Local development server: the same RankNet behind PyTriton instead of the model repository."""
import numpy as np
import torch
from pytriton.decorators import batch
from pytriton.model_config import ModelConfig, Tensor
from pytriton.triton import Triton

from ranker.model import RankNet

model = RankNet()
model.load_state_dict(torch.load("model_repository/ranker/1/ranknet.pt"))
model.eval()


@batch
def infer_fn(FEATURES):
    with torch.no_grad():
        return {"SCORES": model(torch.from_numpy(FEATURES)).numpy().astype(np.float32)}


if __name__ == "__main__":
    with Triton() as triton:
        triton.bind(
            model_name="ranker",
            infer_func=infer_fn,
            inputs=[Tensor(name="FEATURES", dtype=np.float32, shape=(4,))],
            outputs=[Tensor(name="SCORES", dtype=np.float32, shape=(1,))],
            config=ModelConfig(max_batch_size=64),
        )
        triton.serve()
