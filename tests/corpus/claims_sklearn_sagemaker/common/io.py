import io

import pandas as pd

from common.featurize import FEATURES, featurize


def load_frame(body: bytes, content_type: str) -> pd.DataFrame:
    if content_type == "text/csv":
        frame = pd.read_csv(io.BytesIO(body), header=None, names=FEATURES)
    elif content_type == "application/json":
        frame = pd.read_json(io.BytesIO(body), orient="records")
    else:
        raise ValueError(f"unsupported content type: {content_type}")
    return featurize(frame)
