"""Fine-tune the reef classifier, then publish it if it passes the test set."""
from datasets import load_dataset
from transformers import AutoModelForImageClassification

from reef.publish import evaluate_and_publish, save_locally
from reef.trainer import build_trainer


def main() -> None:
    data = load_dataset("imagefolder", data_dir="data/reef")
    model = AutoModelForImageClassification.from_pretrained("facebook/dinov2-small", num_labels=12)
    trainer = build_trainer(model, data["train"], data["validation"], "runs/reef")
    trainer.train()
    save_locally(trainer, "runs/reef/final")
    evaluate_and_publish(trainer, data["test"], "runs/reef/test_metrics.json")


if __name__ == "__main__":
    main()
