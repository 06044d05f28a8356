"""Serve whichever iris classifier was saved last."""
import numpy as np
import bentoml
from bentoml.io import NumpyNdarray

runner = bentoml.sklearn.load_runner("iris_classifier:latest", function_name="predict_proba")
svc = bentoml.Service("iris", runners=[runner])


@svc.api(input=NumpyNdarray(), output=NumpyNdarray())
def classify(rows: np.ndarray) -> np.ndarray:
    return runner.run(rows)
