"""Builds the Hugging Face Trainer for the review-sentiment fine-tune."""

from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments


def build_trainer(checkpoint: str, train_ds, eval_ds, output_dir: str) -> Trainer:
    model = AutoModelForSequenceClassification.from_pretrained(checkpoint, num_labels=3)
    args = TrainingArguments(output_dir=output_dir, num_train_epochs=2, per_device_train_batch_size=32)
    return Trainer(model=model, args=args, train_dataset=train_ds, eval_dataset=eval_ds)
