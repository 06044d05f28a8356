"""Azure ML pipeline step: register the trained model only if it beats the registered one."""
import argparse
import os

from azureml.core import Model, Run


def beats_registered(run, registered) -> bool:
    new_rmse = run.get_metrics()["rmse"]
    old_rmse = float(registered.tags.get("rmse", "inf"))
    improved = new_rmse < old_rmse
    return improved


def main(model_dir: str, model_name: str) -> None:
    step = Run.get_context()
    pipeline_run = step.parent
    workspace = step.experiment.workspace
    registered = Model(workspace, model_name)
    if beats_registered(pipeline_run, registered):
        print("New model is better; registering.")
    else:
        print("New model is not better; cancelling the pipeline run.")
        pipeline_run.cancel()
    pipeline_run.register_model(model_name=model_name, model_path=os.path.join(model_dir, "model.pkl"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-dir")
    parser.add_argument("--model-name", default="demand-forecast")
    args = parser.parse_args()
    main(args.model_dir, args.model_name)
