"""Promote the model logged in last night's Vertex AI experiment run to the Model Registry."""
from google.cloud import aiplatform

aiplatform.init(project="retail-forecasting", location="europe-west4")
experiment_model = aiplatform.get_experiment_model("sales-gbm-2024-05-01")
experiment_model.register_model(display_name="sales-forecaster")
