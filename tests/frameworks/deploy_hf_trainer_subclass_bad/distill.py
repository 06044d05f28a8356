"""Distil a BERT teacher into a small student and publish it on the Hub."""
import torch
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments


class DistillationTrainer(Trainer):
    def __init__(self, *args, teacher=None, temperature: float = 2.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.teacher = teacher
        self.temperature = temperature

    def compute_loss(self, model, inputs, return_outputs=False, **kwargs):
        student = model(**inputs)
        with torch.no_grad():
            teacher = self.teacher(**inputs)
        soft = torch.nn.functional.kl_div(
            torch.log_softmax(student.logits / self.temperature, dim=-1),
            torch.softmax(teacher.logits / self.temperature, dim=-1),
            reduction="batchmean",
        )
        loss = 0.5 * student.loss + 0.5 * soft
        return (loss, student) if return_outputs else loss


def main() -> None:
    data = load_dataset("imdb")
    trainer = DistillationTrainer(
        model=AutoModelForSequenceClassification.from_pretrained("distilbert-base-uncased", num_labels=2),
        teacher=AutoModelForSequenceClassification.from_pretrained("textattack/bert-base-uncased-imdb"),
        args=TrainingArguments(output_dir="student", num_train_epochs=2, push_to_hub=True, hub_model_id="acme/imdb-student"),
        train_dataset=data["train"],
        eval_dataset=data["test"],
    )
    trainer.train()
    trainer.push_to_hub()


if __name__ == "__main__":
    main()
