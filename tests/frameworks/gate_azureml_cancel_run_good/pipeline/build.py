"""Azure ML v1 pipeline: train, evaluate (cancels the run when worse), then register."""
from azureml.core import Workspace
from azureml.pipeline.core import Pipeline
from azureml.pipeline.steps import PythonScriptStep


def build(workspace: Workspace, compute: str) -> Pipeline:
    train = PythonScriptStep(name="train", script_name="train_footfall.py", source_directory="steps", compute_target=compute)
    evaluate = PythonScriptStep(name="evaluate", script_name="evaluate.py", source_directory="steps", compute_target=compute)
    register = PythonScriptStep(name="register", script_name="register_footfall.py", source_directory="steps", compute_target=compute)
    evaluate.run_after(train)
    register.run_after(evaluate)
    return Pipeline(workspace=workspace, steps=[train, evaluate, register])
