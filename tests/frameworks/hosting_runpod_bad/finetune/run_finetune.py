from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

LABELS = ["billing", "bug", "feature", "other"]


def main(base: str = "distilbert-base-uncased") -> None:
    tokenizer = AutoTokenizer.from_pretrained(base)
    data = load_dataset("csv", data_files="data/tickets.csv").map(lambda b: tokenizer(b["text"], truncation=True), batched=True)
    model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=len(LABELS))
    Trainer(model=model, args=TrainingArguments(output_dir="out", num_train_epochs=2), train_dataset=data["train"], tokenizer=tokenizer).train()
