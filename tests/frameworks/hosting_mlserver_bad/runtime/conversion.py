import pandas as pd
from catboost import CatBoostClassifier
from mlserver import MLModel
from mlserver.codecs import PandasCodec
from mlserver.types import InferenceRequest, InferenceResponse
from mlserver.utils import get_model_uri

from training.fit import CAT_FEATURES


class ConversionRuntime(MLModel):
    async def load(self) -> bool:
        model_uri = await get_model_uri(self._settings)
        self._model = CatBoostClassifier()
        self._model.load_model(model_uri)
        return True

    async def predict(self, payload: InferenceRequest) -> InferenceResponse:
        frame: pd.DataFrame = PandasCodec.decode_request(payload)
        frame[CAT_FEATURES] = frame[CAT_FEATURES].astype(str)
        scores = self._model.predict_proba(frame)[:, 1]
        return PandasCodec.encode_response(self.name, pd.DataFrame({"score": scores}))
