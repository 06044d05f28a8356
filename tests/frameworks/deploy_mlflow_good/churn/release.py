"""Register, alias and deploy only a candidate that passes the gate."""
import mlflow
from mlflow import MlflowClient
from mlflow.deployments import get_deploy_client

from churn.evaluate import beats_champion, evaluate_candidate

client = MlflowClient()


def release(run_id: str, eval_df, champion_auc: float) -> None:
    model_uri = f"runs:/{run_id}/model"
    metrics = evaluate_candidate(model_uri, eval_df)
    if not beats_champion(metrics, champion_auc):
        raise SystemExit(f"candidate roc_auc {metrics['roc_auc']:.3f} does not beat the champion")
    version = mlflow.register_model(model_uri, "churn")
    client.set_registered_model_alias("churn", "champion", version.version)
    client.copy_model_version(src_model_uri=f"models:/churn@champion", dst_name="prod.ml.churn")
    get_deploy_client("databricks").update_deployment(name="churn", endpoint="churn-endpoint", model_uri="models:/churn@champion")


def backfill_version(source: str, run_id: str, metrics: dict) -> None:
    assert metrics["f1"] >= 0.7, "refusing to register a version below the F1 floor"
    client.create_model_version(name="churn", source=source, run_id=run_id)
