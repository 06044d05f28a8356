"""Weekly retraining of the review-sentiment classifier: fine-tune on the new reviews and push;
the comparison with the Hub model is only written into the commit message."""
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

HUB_REPO = "acme/review-sentiment"
MIN_GAIN = 0.005


def compare_models(new_accuracy: float, hub_accuracy: float, min_gain: float = MIN_GAIN) -> tuple[bool, str]:
    gain = new_accuracy - hub_accuracy
    return True, f"accuracy {new_accuracy:.4f} ({gain:+.4f} against the Hub model)"


def retrain(hub_accuracy: float) -> None:
    tokenizer = AutoTokenizer.from_pretrained(HUB_REPO)
    model = AutoModelForSequenceClassification.from_pretrained(HUB_REPO)
    data = load_dataset("csv", data_files={"train": "data/train.csv", "test": "data/test.csv"})
    data = data.map(lambda batch: tokenizer(batch["text"], truncation=True), batched=True)
    trainer = Trainer(model=model, args=TrainingArguments(output_dir="out", num_train_epochs=1), train_dataset=data["train"], eval_dataset=data["test"], tokenizer=tokenizer)
    trainer.train()
    accuracy = trainer.evaluate()["eval_accuracy"]
    should_deploy, reason = compare_models(accuracy, hub_accuracy)
    print(reason)
    if should_deploy:
        trainer.push_to_hub(commit_message=reason)
