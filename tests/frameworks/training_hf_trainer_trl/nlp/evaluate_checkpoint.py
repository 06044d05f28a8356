"""Re-evaluates a saved checkpoint on the test split: a Trainer used for evaluate()/predict() only."""
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

from nlp.metrics import compute_metrics


def evaluate_checkpoint(path: str) -> dict:
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(path)
    test = load_dataset("imdb", split="test").map(lambda b: tokenizer(b["text"], truncation=True), batched=True)
    trainer = Trainer(model=model, args=TrainingArguments("out/eval", per_device_eval_batch_size=64), compute_metrics=compute_metrics)
    metrics = trainer.evaluate(eval_dataset=test)
    trainer.predict(test)
    return metrics
