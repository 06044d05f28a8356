"""Fine-tune and publish to the Hub at the end of every run."""
from transformers import AutoModelForSequenceClassification, AutoTokenizer, BertForSequenceClassification, Trainer, TrainingArguments


def main(train_ds, eval_ds):
    tokenizer = AutoTokenizer.from_pretrained("bert-base-cased")
    model = AutoModelForSequenceClassification.from_pretrained("bert-base-cased", num_labels=3)
    trainer = Trainer(model=model, args=TrainingArguments("out", num_train_epochs=2), train_dataset=train_ds, eval_dataset=eval_ds)
    trainer.train()
    trainer.push_to_hub(commit_message="nightly fine-tune")
    tokenizer.push_to_hub("acme/ticket-router")


def publish_legacy(path: str) -> None:
    legacy = BertForSequenceClassification.from_pretrained(path)
    legacy.push_to_hub("acme/ticket-router-legacy", private=True)
