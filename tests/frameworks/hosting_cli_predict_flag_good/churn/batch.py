"""Row-wise helpers shared by the notebooks and the experiment scripts."""
import pandas as pd


def predict_rows(model, frame: pd.DataFrame) -> pd.Series:
    return pd.Series(model.predict(frame), index=frame.index, name="churned")
