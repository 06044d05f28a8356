"""Azure ML (SDK v1) retraining pipeline: train, evaluate, then register.

The register step runs only after the evaluate step has succeeded, and evaluate.py fails the
step (and with it the run) when the new model scores worse than the threshold.
"""
from azureml.core import Workspace
from azureml.pipeline.core import Pipeline, PipelineData
from azureml.pipeline.steps import PythonScriptStep

ws = Workspace.from_config()
compute = ws.compute_targets["cpu-cluster"]
model_dir = PipelineData("model_dir", datastore=ws.get_default_datastore())

train_step = PythonScriptStep(
    name="train",
    script_name="train.py",
    source_directory="steps",
    arguments=["--model-dir", model_dir],
    outputs=[model_dir],
    compute_target=compute,
)
evaluate_step = PythonScriptStep(
    name="evaluate",
    script_name="evaluate.py",
    source_directory="steps",
    arguments=["--model-dir", model_dir, "--min-r2", "0.78"],
    inputs=[model_dir],
    compute_target=compute,
)
register_step = PythonScriptStep(
    name="register",
    script_name="register.py",
    source_directory="steps",
    arguments=["--model-dir", model_dir],
    inputs=[model_dir],
    compute_target=compute,
)
register_step.run_after(evaluate_step)

pipeline = Pipeline(workspace=ws, steps=[train_step, evaluate_step, register_step])
pipeline.validate()
