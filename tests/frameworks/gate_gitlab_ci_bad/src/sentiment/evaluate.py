"""Macro F1 on the frozen test split; raises when the candidate is below the release bar."""
import os

import pandas as pd
import skops.io as sio
from sklearn.metrics import f1_score

MIN_MACRO_F1 = float(os.environ.get("MIN_MACRO_F1", "0.80"))


class QualityGateError(RuntimeError):
    pass


def main() -> None:
    pipeline = sio.load("model/pipeline.skops", trusted=sio.get_untrusted_types(file="model/pipeline.skops"))
    test = pd.read_csv("data/test.csv")
    macro_f1 = f1_score(test["label"], pipeline.predict(test["text"]), average="macro")
    print(f"macro F1 = {macro_f1:.4f} (bar {MIN_MACRO_F1})")
    if macro_f1 < MIN_MACRO_F1:
        raise QualityGateError(f"macro F1 {macro_f1:.4f} < {MIN_MACRO_F1}")


if __name__ == "__main__":
    main()
