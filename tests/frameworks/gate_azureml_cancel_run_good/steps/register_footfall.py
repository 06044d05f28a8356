"""Azure ML pipeline step: register the footfall model the training step wrote."""
import argparse

from azureml.core import Model, Run

parser = argparse.ArgumentParser()
parser.add_argument("--model-path")
parser.add_argument("--model-name", default="footfall")
args = parser.parse_args()

run = Run.get_context()
Model.register(workspace=run.experiment.workspace, model_path=args.model_path, model_name=args.model_name)
