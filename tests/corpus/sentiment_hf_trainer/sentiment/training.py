"""Fine-tune the sentiment classifier with the Hugging Face Trainer."""
import numpy as np
import evaluate
from datasets import load_dataset
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    DataCollatorWithPadding,
    Trainer,
    TrainingArguments,
)

from sentiment.config import LABELS, TrainConfig

f1_metric = evaluate.load("f1")


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    return f1_metric.compute(predictions=np.argmax(logits, axis=-1), references=labels, average="macro")


def fine_tune(cfg: TrainConfig, data_files: dict[str, str], output_dir: str) -> dict[str, float]:
    tokenizer = AutoTokenizer.from_pretrained(cfg.base_model)
    raw = load_dataset("csv", data_files=data_files)
    tokenized = raw.map(lambda b: tokenizer(b["text"], truncation=True, max_length=256), batched=True)
    model = AutoModelForSequenceClassification.from_pretrained(cfg.base_model, num_labels=len(LABELS))
    args = TrainingArguments(
        output_dir=output_dir,
        num_train_epochs=cfg.epochs,
        learning_rate=cfg.lr,
        per_device_train_batch_size=cfg.batch_size,
        evaluation_strategy="epoch",
        save_strategy="epoch",
        load_best_model_at_end=True,
        metric_for_best_model="f1",
    )
    trainer = Trainer(
        model=model,
        args=args,
        train_dataset=tokenized["train"],
        eval_dataset=tokenized["validation"],
        tokenizer=tokenizer,
        data_collator=DataCollatorWithPadding(tokenizer),
        compute_metrics=compute_metrics,
    )
    trainer.train()
    trainer.save_model(output_dir)
    return trainer.evaluate(tokenized["test"], metric_key_prefix="test")
