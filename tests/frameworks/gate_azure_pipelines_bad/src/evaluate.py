"""Gini on the out-of-time sample; fails the pipeline stage when it is below policy."""
import mlflow.sklearn
import pandas as pd
from sklearn.metrics import roc_auc_score

MIN_GINI = 0.45


def gini(model, frame: pd.DataFrame) -> float:
    return 2 * roc_auc_score(frame["defaulted"], model.predict_proba(frame.drop(columns=["defaulted"]))[:, 1]) - 1


def main() -> None:
    model = mlflow.sklearn.load_model("outputs/model")
    score = gini(model, pd.read_parquet("data/out_of_time.parquet"))
    print(f"out-of-time Gini {score:.3f}")
    if score < MIN_GINI:
        raise SystemExit(f"Gini {score:.3f} is below the policy minimum {MIN_GINI}")


if __name__ == "__main__":
    main()
