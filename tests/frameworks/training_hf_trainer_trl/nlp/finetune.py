"""Fine-tune a classifier with the Trainer API (the course notebook, as a script)."""
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, DataCollatorWithPadding, Trainer, TrainingArguments

from nlp.metrics import compute_metrics

CHECKPOINT = "distilbert-base-uncased"


def main():
    raw = load_dataset("imdb")
    tokenizer = AutoTokenizer.from_pretrained(CHECKPOINT)
    tokenized = raw.map(lambda batch: tokenizer(batch["text"], truncation=True), batched=True)
    model = AutoModelForSequenceClassification.from_pretrained(CHECKPOINT, num_labels=2)
    args = TrainingArguments("out/imdb", eval_strategy="epoch", learning_rate=2e-5, num_train_epochs=3)
    trainer = Trainer(
        model=model,
        args=args,
        train_dataset=tokenized["train"],
        eval_dataset=tokenized["test"],
        data_collator=DataCollatorWithPadding(tokenizer),
        compute_metrics=compute_metrics,
    )
    trainer.train()
    trainer.save_model("out/imdb/final")
