"""Fine-tune a sentiment classifier and keep the best checkpoint on disk. This repository
trains; it neither serves nor publishes anything (no registry, no Hub push)."""

import torch
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, EarlyStoppingCallback, Trainer, TrainingArguments

BASE = "distilbert-base-uncased"


def main() -> None:
    data = load_dataset("imdb")
    tokenizer = AutoTokenizer.from_pretrained(BASE)
    encoded = data.map(lambda batch: tokenizer(batch["text"], truncation=True), batched=True)
    model = AutoModelForSequenceClassification.from_pretrained(BASE, num_labels=2)
    args = TrainingArguments("out", eval_strategy="epoch", save_strategy="epoch", load_best_model_at_end=True, metric_for_best_model="f1", num_train_epochs=4)
    trainer = Trainer(model=model, args=args, train_dataset=encoded["train"], eval_dataset=encoded["test"], tokenizer=tokenizer, callbacks=[EarlyStoppingCallback(early_stopping_patience=2)])
    trainer.train()
    metrics = trainer.evaluate()
    print(f"best checkpoint eval_f1={metrics['eval_f1']:.4f}")
    torch.save(model.state_dict(), "out/sentiment.pt")
    model.save_pretrained("out/best")


if __name__ == "__main__":
    main()
