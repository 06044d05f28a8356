"""Register the model of the last finished training run (an Azure ML command job)."""
from azureml.core import Experiment
from azureml.core.run import Run


def last_finished_run(workspace, experiment_name):
    for run in Experiment(workspace, experiment_name).get_runs():
        if run.get_status() == "Completed":
            return run
    raise LookupError(f"no completed run in {experiment_name}")


context = Run.get_context()
workspace = context.experiment.workspace
latest = last_finished_run(workspace, "churn-training")
latest.register_model(model_name="churn-model", model_path="outputs/model.pkl", tags={"algorithm": "xgboost"})
