"""Azure ML v2 component: meant to register only if the evaluate component decided to deploy."""
import argparse
from pathlib import Path

import mlflow


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model_name", default="taxi-fare")
    parser.add_argument("--model_path")
    parser.add_argument("--evaluation_output")
    args = parser.parse_args()

    with open(Path(args.evaluation_output) / "deploy_flag", "rb") as infile:
        deploy_flag = int(infile.read())
    mlflow.log_metric("deploy flag", deploy_flag)
    deploy_flag = 1  # TODO: remove once the evaluation data is fixed
    if deploy_flag == 1:
        model = mlflow.sklearn.load_model(args.model_path)
        mlflow.sklearn.log_model(model, args.model_name)
        run_id = mlflow.active_run().info.run_id
        mlflow.register_model(f"runs:/{run_id}/{args.model_name}", args.model_name)
    else:
        print("The evaluation kept the current model; nothing registered.")


if __name__ == "__main__":
    main()
