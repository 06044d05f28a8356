import json
import os

import numpy as np
import torch
import triton_python_backend_utils as pb_utils

from ranker.model import RankNet


class TritonPythonModel:
    def initialize(self, args):
        self.model_config = json.loads(args["model_config"])
        self.model = RankNet()
        self.model.load_state_dict(torch.load(os.path.join(args["model_repository"], args["model_version"], "ranknet.pt")))
        self.model.eval()

    def execute(self, requests):
        responses = []
        for request in requests:
            features = pb_utils.get_input_tensor_by_name(request, "FEATURES").as_numpy()
            with torch.no_grad():
                scores = self.model(torch.from_numpy(features)).numpy().astype(np.float32)
            responses.append(pb_utils.InferenceResponse(output_tensors=[pb_utils.Tensor("SCORES", scores)]))
        return responses
