"""Pre/post-processing for the TF Serving container."""
import json

import numpy as np


def input_handler(data, context):
    pixels = np.asarray(json.loads(data.read().decode())["pixels"], dtype="float32") / 255.0
    return json.dumps({"instances": pixels.tolist()})


def output_handler(response, context):
    return response.content, context.accept_header
