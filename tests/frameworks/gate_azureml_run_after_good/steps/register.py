"""Register the evaluated model in the workspace."""
import argparse
import os

from azureml.core import Model, Run

parser = argparse.ArgumentParser()
parser.add_argument("--model-dir")
args = parser.parse_args()

run = Run.get_context()
Model.register(
    workspace=run.experiment.workspace,
    model_path=os.path.join(args.model_dir, "model.joblib"),
    model_name="house-prices",
    tags={"pipeline_run": run.parent.id},
)
