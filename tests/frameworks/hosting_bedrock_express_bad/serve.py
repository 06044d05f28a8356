"""Model server for the Bedrock Express image (BEDROCK_SERVER = "serve")."""
import json
import os
import pickle
from typing import AnyStr, BinaryIO, Dict, List, Optional

import pandas as pd
from bdrk.model import BaseModel

from train import encode


class Model(BaseModel):
    def __init__(self):
        with open(os.environ["OUTPUT_MODEL_PATH"], "rb") as handle:
            self.model = pickle.load(handle)

    def pre_process(self, http_body: AnyStr, files: Optional[Dict[str, BinaryIO]] = None) -> pd.DataFrame:
        return encode(pd.DataFrame([json.loads(http_body)]))

    def predict(self, features: pd.DataFrame) -> List[float]:
        return self.model.predict(features).tolist()
