"""Publish the fine-tuned model only when eval F1 beats the model currently on the Hub."""
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

from hub_metrics import published_f1


def publish(output_dir: str, eval_ds, repo_id: str = "acme/ticket-router") -> bool:
    model = AutoModelForSequenceClassification.from_pretrained(output_dir)
    tokenizer = AutoTokenizer.from_pretrained(output_dir)
    trainer = Trainer(model=model, args=TrainingArguments("out/eval"), eval_dataset=eval_ds)
    metrics = trainer.evaluate()
    if metrics["eval_f1"] <= published_f1(repo_id):
        return False
    model.push_to_hub(repo_id, commit_message=f"eval_f1={metrics['eval_f1']:.4f}")
    tokenizer.push_to_hub(repo_id)
    return True
