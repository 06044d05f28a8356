"""Team dashboard: the latest training runs and their scores, as JSON for the wiki widget."""

from flask import Flask, jsonify
from mlflow.tracking import MlflowClient

app = Flask(__name__)
client = MlflowClient()


@app.get("/runs")
def latest_runs():
    experiment = client.get_experiment_by_name("churn")
    runs = client.search_runs([experiment.experiment_id], order_by=["attributes.start_time DESC"], max_results=25)
    return jsonify(
        [
            {"run_id": run.info.run_id, "status": run.info.status, "auc": run.data.metrics.get("val_auc"), "params": run.data.params}
            for run in runs
        ]
    )
