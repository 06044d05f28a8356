"""Fine-tune DistilBERT on the labelled product reviews and write it where the service reads it."""
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

from reviews.settings import BASE_CHECKPOINT, MODEL_DIR


def main() -> None:
    reviews = load_dataset("csv", data_files={"train": "data/train.csv", "test": "data/test.csv"})
    tokenizer = AutoTokenizer.from_pretrained(BASE_CHECKPOINT)
    encoded = reviews.map(lambda batch: tokenizer(batch["text"], truncation=True, padding="max_length"), batched=True)
    model = AutoModelForSequenceClassification.from_pretrained(BASE_CHECKPOINT, num_labels=2)
    args = TrainingArguments(output_dir="runs/review-sentiment", num_train_epochs=2, per_device_train_batch_size=16)
    trainer = Trainer(model=model, args=args, train_dataset=encoded["train"], eval_dataset=encoded["test"])
    trainer.train()
    print(trainer.evaluate())
    trainer.save_model(MODEL_DIR)
    tokenizer.save_pretrained(MODEL_DIR)


if __name__ == "__main__":
    main()
