"""Registry helpers shared by the pipeline blocks (the orchestrator runs blocks with mage_pipeline/ on sys.path)."""
import mlflow


def register_run(run_id: str, name: str = "churn-classifier"):
    return mlflow.register_model(f"runs:/{run_id}/model", name)
