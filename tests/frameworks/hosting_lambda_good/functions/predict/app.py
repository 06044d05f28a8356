import json

import numpy as np
import onnxruntime as ort

from features import encode

SESSION = ort.InferenceSession("/opt/ml/churn.onnx", providers=["CPUExecutionProvider"])


def lambda_handler(event, context):
    x = np.asarray([encode(json.loads(event["body"]))], dtype=np.float32)
    (probabilities,) = SESSION.run(["probabilities"], {"input": x})
    return {"statusCode": 200, "body": json.dumps({"churn_probability": float(probabilities[0][1])})}
