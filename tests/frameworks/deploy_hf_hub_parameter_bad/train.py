"""Fine-tune the reef classifier, then publish it and a baseline run."""
from datasets import load_dataset
from transformers import AutoModelForImageClassification, Trainer, TrainingArguments

from reef.publish import evaluate_and_publish, share
from reef.trainer import build_trainer


def main() -> None:
    data = load_dataset("imagefolder", data_dir="data/reef")
    model = AutoModelForImageClassification.from_pretrained("facebook/dinov2-small", num_labels=12)
    trainer = build_trainer(model, data["train"], data["validation"], "runs/reef")
    trainer.train()
    evaluate_and_publish(trainer, data["test"], "runs/reef/test_metrics.json")

    baseline = Trainer(model=model, args=TrainingArguments(output_dir="runs/baseline"), train_dataset=data["train"])
    baseline.train()
    share(baseline, "baseline run")


if __name__ == "__main__":
    main()
