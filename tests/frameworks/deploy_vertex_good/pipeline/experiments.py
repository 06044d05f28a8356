"""Ad-hoc training and tuning jobs run from a notebook; results are only compared, not released."""
from google.cloud import aiplatform
from google.cloud.aiplatform import hyperparameter_tuning as hpt

job = aiplatform.CustomJob.from_local_script(
    display_name="churn-xgb-exp",
    script_path="trainer/task.py",
    container_uri="europe-docker.pkg.dev/vertex-ai/training/xgboost-cpu.1-7:latest",
    machine_type="n1-standard-8",
)
job.run()

tuning = aiplatform.HyperparameterTuningJob(
    display_name="churn-xgb-hpt",
    custom_job=job,
    metric_spec={"auc": "maximize"},
    parameter_spec={"max_depth": hpt.IntegerParameterSpec(min=3, max=10, scale="linear")},
    max_trial_count=30,
    parallel_trial_count=5,
)
tuning.run()
