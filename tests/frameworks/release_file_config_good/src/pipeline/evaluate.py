"""Offline report: score the served model on the holdout set."""
import joblib
import pandas as pd
from omegaconf import OmegaConf
from sklearn.metrics import classification_report


def main() -> None:
    cfg = OmegaConf.load("conf/config.yaml")
    model = joblib.load(cfg.paths.model_output)
    holdout = pd.read_parquet(cfg.data.holdout)
    print(classification_report(holdout["defaulted"], model.predict(holdout.drop(columns="defaulted"))))


if __name__ == "__main__":
    main()
