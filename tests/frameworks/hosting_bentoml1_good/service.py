import numpy as np
import bentoml
import whylogs as why
from bentoml.io import NumpyNdarray

from iris.preprocess import clean

iris_clf_runner = bentoml.sklearn.get("iris_clf:latest").to_runner()

svc = bentoml.Service("iris_classifier", runners=[iris_clf_runner])


@svc.api(input=NumpyNdarray(), output=NumpyNdarray())
async def classify(input_series: np.ndarray) -> np.ndarray:
    features = clean(input_series)
    why.log(features)
    return await iris_clf_runner.predict.async_run(features)
