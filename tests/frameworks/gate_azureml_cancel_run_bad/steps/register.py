"""Azure ML pipeline step: register the trained model; cancel only when the file is missing."""
import argparse
import os

from azureml.core import Run


def main(model_dir: str, model_name: str) -> None:
    step = Run.get_context()
    pipeline_run = step.parent
    model_file = os.path.join(model_dir, "model.pkl")
    if not os.path.exists(model_file):
        print("No model file; cancelling.")
        pipeline_run.cancel()
    rmse = pipeline_run.get_metrics().get("rmse")
    print(f"Registering {model_name} (rmse={rmse})")
    pipeline_run.register_model(model_name=model_name, model_path=model_file)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-dir")
    parser.add_argument("--model-name", default="demand-forecast")
    args = parser.parse_args()
    main(args.model_dir, args.model_name)
