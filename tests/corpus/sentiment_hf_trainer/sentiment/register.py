"""Train, then register in MLflow only when the held-out macro-F1 clears the bar."""
import argparse

import mlflow
from transformers import pipeline

from sentiment.config import TrainConfig
from sentiment.training import fine_tune


def main(train_csv: str, val_csv: str, test_csv: str, output_dir: str) -> None:
    cfg = TrainConfig()
    mlflow.set_experiment("review-sentiment")
    with mlflow.start_run() as run:
        metrics = fine_tune(cfg, {"train": train_csv, "validation": val_csv, "test": test_csv}, output_dir)
        mlflow.log_metrics(metrics)
        if metrics["test_f1"] < cfg.min_f1:
            raise ValueError(f"test_f1={metrics['test_f1']:.3f} below {cfg.min_f1}; refusing to register")
        mlflow.transformers.log_model(
            transformers_model=pipeline("text-classification", model=output_dir),
            artifact_path="model",
            registered_model_name=cfg.registered_name,
        )


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    for name in ("train_csv", "val_csv", "test_csv", "output_dir"):
        p.add_argument(name)
    main(**vars(p.parse_args()))
