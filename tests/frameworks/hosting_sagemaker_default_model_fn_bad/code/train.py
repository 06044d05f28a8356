import argparse
import os

from datasets import load_from_disk
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

MAX_LENGTH = 256


def encode(tokenizer, texts):
    return tokenizer(texts, truncation=True, padding="max_length", max_length=MAX_LENGTH, return_tensors="pt")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model_id", default="distilbert-base-uncased")
    args = parser.parse_args()
    tokenizer = AutoTokenizer.from_pretrained(args.model_id)
    model = AutoModelForSequenceClassification.from_pretrained(args.model_id, num_labels=3)
    train = load_from_disk(os.environ["SM_CHANNEL_TRAIN"])
    trainer = Trainer(model=model, args=TrainingArguments(output_dir="/opt/ml/model", num_train_epochs=2), train_dataset=train, tokenizer=tokenizer)
    trainer.train()
    trainer.save_model(os.environ["SM_MODEL_DIR"])
