"""MLServer runtime for the loan-default classifier (served by Seldon Core 2)."""

import joblib
import pandas as pd
from mlserver import MLModel
from mlserver.codecs import PandasCodec
from mlserver.types import InferenceRequest, InferenceResponse


class LoanDefaultRuntime(MLModel):
    async def load(self) -> bool:
        self._model = joblib.load(self.settings.parameters.uri)
        return True

    async def predict(self, payload: InferenceRequest) -> InferenceResponse:
        frame: pd.DataFrame = PandasCodec.decode_request(payload)
        scores = self._model.predict_proba(frame)[:, 1]
        return PandasCodec.encode_response(self.name, pd.Series(scores, name="default_probability"))
