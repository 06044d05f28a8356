"""Pre/post-processing around TensorFlow Serving in the SageMaker TFS container."""
import json

LABELS = ["negative", "positive"]


def input_handler(data, context):
    if context.request_content_type != "application/json":
        raise ValueError(f"unsupported content type {context.request_content_type}")
    rows = json.loads(data.read().decode("utf-8"))
    return json.dumps({"instances": [[float(v) / 255.0 for v in row] for row in rows]})


def output_handler(response, context):
    scores = json.loads(response.content.decode("utf-8"))["predictions"]
    return json.dumps([LABELS[int(s[0] > 0.5)] for s in scores]), context.accept_header
