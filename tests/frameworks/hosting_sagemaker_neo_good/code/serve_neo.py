"""Hooks the Neo-compiled endpoint calls around the compiled digit classifier."""
import json

import numpy as np


def neo_preprocess(payload, content_type):
    if content_type != "application/json":
        raise ValueError(f"unsupported content type {content_type}")
    return np.asarray(json.loads(payload), dtype="float32") / 255.0


def neo_postprocess(result):
    return json.dumps({"digit": int(np.argmax(result[0]))}), "application/json"
