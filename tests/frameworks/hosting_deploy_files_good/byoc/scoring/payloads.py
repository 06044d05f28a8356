"""Request decoding for the claims scorer."""
import pandas as pd


def to_frame(payload: bytes) -> pd.DataFrame:
    return pd.read_json(payload.decode())
