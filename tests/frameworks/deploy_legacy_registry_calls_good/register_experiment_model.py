"""Register the experiment model only when its holdout MAPE beats the bar."""
from google.cloud import aiplatform

MAX_MAPE = 0.12

aiplatform.init(project="retail-forecasting", location="europe-west4")
run = aiplatform.ExperimentRun("gbm-2024-05-01", experiment="sales-gbm")
if run.get_metrics()["holdout_mape"] > MAX_MAPE:
    raise SystemExit("holdout MAPE above the bar: not registered")
experiment_model = aiplatform.get_experiment_model("sales-gbm-2024-05-01")
experiment_model.register_model(display_name="sales-forecaster")
