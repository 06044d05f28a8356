import pandas as pd
from skl2onnx import to_onnx
from sklearn.linear_model import LogisticRegression

from ml.columns import COLUMNS


def main(path: str = "data/orders.parquet") -> None:
    df = pd.read_parquet(path)
    model = LogisticRegression(max_iter=1000)
    model.fit(df[COLUMNS].to_numpy(), df["fraud"])
    with open("scoring/artifacts/fraud.onnx", "wb") as fh:
        fh.write(to_onnx(model, df[COLUMNS].to_numpy()[:1].astype("float32")).SerializeToString())
