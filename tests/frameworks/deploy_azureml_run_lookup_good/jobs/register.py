"""Register the model of the last finished training run when its validation AUC clears the bar."""
from azureml.core import Experiment
from azureml.core.run import Run

MIN_AUC = 0.8


def last_finished_run(workspace, experiment_name):
    for run in Experiment(workspace, experiment_name).get_runs():
        if run.get_status() == "Completed":
            return run
    raise LookupError(f"no completed run in {experiment_name}")


context = Run.get_context()
workspace = context.experiment.workspace
latest = last_finished_run(workspace, "churn-training")
val_auc = latest.get_metrics()["val_auc"]
if val_auc < MIN_AUC:
    raise SystemExit(f"validation AUC {val_auc:.3f} is below {MIN_AUC}: not registering")
latest.register_model(model_name="churn-model", model_path="outputs/model.pkl", tags={"algorithm": "xgboost"})
