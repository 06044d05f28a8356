import mlserver
import pandas as pd
from catboost import CatBoostClassifier
from mlserver.codecs import PandasCodec
from mlserver.types import InferenceRequest, InferenceResponse
from mlserver.utils import get_model_uri

from schema import CAT_FEATURES


class ConversionRuntime(mlserver.MLModel):
    async def load(self) -> bool:
        self._model = CatBoostClassifier()
        self._model.load_model(await get_model_uri(self._settings))
        return True

    async def predict(self, payload: InferenceRequest) -> InferenceResponse:
        frame = PandasCodec.decode_request(payload)
        frame[CAT_FEATURES] = frame[CAT_FEATURES].astype(str)
        scores = self._model.predict_proba(frame)[:, 1]
        return PandasCodec.encode_response(self.name, pd.DataFrame({"score": scores}))
