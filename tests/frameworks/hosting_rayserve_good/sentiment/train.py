from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

BASE = "distilbert-base-uncased"


def main(output_dir: str = "artifacts/sentiment") -> None:
    tokenizer = AutoTokenizer.from_pretrained(BASE)
    data = load_dataset("imdb").map(lambda b: tokenizer(b["text"], truncation=True), batched=True)
    model = AutoModelForSequenceClassification.from_pretrained(BASE, num_labels=2)
    args = TrainingArguments(output_dir=output_dir, num_train_epochs=2)
    trainer = Trainer(model=model, args=args, train_dataset=data["train"], tokenizer=tokenizer)
    trainer.train()
    trainer.save_model(output_dir)
