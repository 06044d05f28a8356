"""Evaluate the trained pipeline with mlflow.evaluate and register it if macro-F1 is acceptable."""
import argparse

import mlflow
import mlflow.pyfunc

from serving.wrapper import TicketRouter
from ticket_router.utils import read_jsonl

MIN_F1 = 0.80


def main(pipeline_path: str, eval_path: str) -> None:
    eval_df = read_jsonl(eval_path)[["body", "queue"]]
    with mlflow.start_run():
        info = mlflow.pyfunc.log_model(
            artifact_path="router",
            python_model=TicketRouter(),
            artifacts={"pipeline": pipeline_path},
            pip_requirements=["scikit-learn==1.4.1", "pandas", "joblib"],
        )
        result = mlflow.evaluate(info.model_uri, eval_df, targets="queue", model_type="classifier")
        if result.metrics["f1_score"] < MIN_F1:
            raise RuntimeError(f"f1_score {result.metrics['f1_score']:.3f} < {MIN_F1}, not registering")
        mlflow.register_model(info.model_uri, "ticket-router")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("pipeline_path")
    p.add_argument("eval_path")
    a = p.parse_args()
    main(a.pipeline_path, a.eval_path)
