"""BentoML 0.x prediction service for the churn classifier."""

import bentoml
from bentoml.adapters import DataframeInput
from bentoml.frameworks.sklearn import SklearnModelArtifact


@bentoml.env(infer_pip_packages=True)
@bentoml.artifacts([SklearnModelArtifact("model")])
class ChurnService(bentoml.BentoService):
    @bentoml.api(input=DataframeInput(), batch=True)
    def predict(self, frame):
        return self.artifacts.model.predict_proba(frame)[:, 1]
