"""Azure ML v2 component: compare the candidate's R^2 with every registered version; write the decision."""
import argparse
from pathlib import Path

import mlflow
import pandas as pd
from sklearn.metrics import r2_score


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model_name", default="taxi-fare")
    parser.add_argument("--model_path")
    parser.add_argument("--test_data")
    parser.add_argument("--evaluation_output")
    args = parser.parse_args()

    test = pd.read_parquet(args.test_data)
    model = mlflow.sklearn.load_model(args.model_path)
    score = r2_score(test["fare"], model.predict(test.drop(columns="fare")))
    client = mlflow.MlflowClient()
    previous = [float(client.get_run(v.run_id).data.metrics.get("r2", 0.0)) for v in client.search_model_versions(f"name='{args.model_name}'")]
    decision = 1 if score >= max(previous, default=0.0) else 0
    (Path(args.evaluation_output) / "deploy_flag").write_text(str(decision))


if __name__ == "__main__":
    main()
