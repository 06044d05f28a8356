import json

import numpy as np
import torch

from preprocessing import normalise


def transform_fn(model, request_body, content_type, accept):
    pixels = np.asarray(json.loads(request_body)["pixels"], dtype=np.float32)
    batch = torch.from_numpy(normalise(pixels)).permute(0, 3, 1, 2).float()
    with torch.no_grad():
        scores = model(batch).softmax(-1)
    return json.dumps({"scores": scores.tolist()})
