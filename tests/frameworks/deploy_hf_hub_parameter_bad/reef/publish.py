"""After training: score the test split, keep the numbers, share the weights."""
import json

from reef.trainer import ReefTrainer


def evaluate_and_publish(trainer: ReefTrainer, test_ds, report_path: str) -> None:
    metrics = trainer.evaluate(test_ds)
    with open(report_path, "w") as out:
        json.dump(metrics, out)
    trainer.push_to_hub(commit_message="test-set evaluation done")


def share(trainer, note: str) -> None:
    trainer.push_to_hub(commit_message=note)
