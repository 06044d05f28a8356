"""Fine-tune the review classifier; the trainer comes from a typed factory."""

from datasets import load_dataset

from sentiment.trainer_factory import build_trainer

LABELS = ["negative", "neutral", "positive"]


def tokenize_reviews(batch, tokenizer):
    return tokenizer(batch["text"], truncation=True, max_length=256)


def finetune(checkpoint: str = "distilroberta-base", output_dir: str = "artifacts/sentiment") -> dict:
    reviews = load_dataset("csv", data_files={"train": "data/train.csv", "test": "data/test.csv"})
    trainer = build_trainer(checkpoint, reviews["train"], reviews["test"], output_dir)
    result = trainer.train()
    trainer.save_model(output_dir)
    return result.metrics
