"""Register the trained CTR model in MLflow."""
import argparse

import mlflow
import mlflow.sklearn
import joblib


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    args = parser.parse_args()
    model = joblib.load(f"{args.model}/model.joblib")
    with mlflow.start_run(run_name="ctr-release"):
        mlflow.sklearn.log_model(model, "model", registered_model_name="ctr-lgbm")


if __name__ == "__main__":
    main()
