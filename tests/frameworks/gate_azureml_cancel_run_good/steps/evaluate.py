"""Azure ML pipeline step: compare the new model's MAE with production; cancel the run if worse."""
import argparse

from azureml.core import Model, Run

parser = argparse.ArgumentParser()
parser.add_argument("--model-name", default="footfall")
args = parser.parse_args()

run = Run.get_context()
workspace = run.experiment.workspace
new_mae = float(run.parent.get_metrics()["mae"])
production_mae = float(Model(workspace, args.model_name).tags["mae"])
if new_mae < production_mae:
    print("The new model beats production.")
else:
    print("The new model is not better than production; stopping before registration.")
    run.parent.cancel()
