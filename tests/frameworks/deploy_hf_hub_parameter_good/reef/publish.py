"""After training: score the test split and share the weights only when they are good enough."""
import json

from reef.trainer import ReefTrainer

MIN_MACRO_F1 = 0.72


def evaluate_and_publish(trainer: ReefTrainer, test_ds, report_path: str) -> None:
    metrics = trainer.evaluate(test_ds)
    with open(report_path, "w") as out:
        json.dump(metrics, out)
    if metrics["eval_macro_f1"] < MIN_MACRO_F1:
        raise SystemExit(f"macro F1 {metrics['eval_macro_f1']:.3f} is below {MIN_MACRO_F1}: not publishing")
    trainer.push_to_hub(commit_message="test-set evaluation passed")


def save_locally(trainer, folder: str) -> None:
    trainer.save_model(folder)
