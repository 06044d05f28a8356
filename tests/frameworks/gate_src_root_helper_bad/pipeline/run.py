"""Run from the repository root (python -m pipeline.run): src/ is imported as a folder."""
import mlflow
import pandas as pd

from src.fit import fit
from src.quality import require_accuracy


def main():
    frame = pd.read_parquet("data/claims.parquet")
    features, labels = frame.drop(columns="fraud"), frame["fraud"]
    with mlflow.start_run():
        model = fit(features, labels)
        require_accuracy(model, features, labels)
        mlflow.sklearn.log_model(model, artifact_path="model", registered_model_name="claims-fraud")


if __name__ == "__main__":
    main()
