"""Fine-tune a small T5 summarizer; a callback publishes the weights only when ROUGE improves."""
from datasets import load_dataset
from transformers import (
    AutoModelForSeq2SeqLM,
    AutoTokenizer,
    Seq2SeqTrainer,
    Seq2SeqTrainingArguments,
    TrainerCallback,
)

HUB_REPO = "acme-nlp/ticket-summarizer"
MIN_ROUGE = 0.32


class PublishWhenBetter(TrainerCallback):
    """After each evaluation, push the model if its ROUGE-L beats the bar and the best so far.

    The tokenizer is pushed once at the start: it never changes during training and serves
    nothing on its own."""

    def __init__(self, repo: str) -> None:
        self.repo = repo
        self.best_rouge = MIN_ROUGE

    def on_train_begin(self, args, state, control, **kwargs):
        kwargs["tokenizer"].push_to_hub(self.repo)

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        rouge = metrics["eval_rougeL"]
        if rouge > self.best_rouge:
            self.best_rouge = rouge
            kwargs["model"].push_to_hub(self.repo, commit_message=f"rougeL {rouge:.3f}")


def main() -> None:
    tokenizer = AutoTokenizer.from_pretrained("t5-small")
    model = AutoModelForSeq2SeqLM.from_pretrained("t5-small")
    tickets = load_dataset("json", data_files={"train": "data/train.jsonl", "validation": "data/val.jsonl"})
    encoded = tickets.map(lambda row: tokenizer(row["body"], text_target=row["summary"], truncation=True), batched=True)
    arguments = Seq2SeqTrainingArguments(output_dir="checkpoints", num_train_epochs=3, eval_strategy="epoch")
    trainer = Seq2SeqTrainer(
        model=model,
        args=arguments,
        tokenizer=tokenizer,
        train_dataset=encoded["train"],
        eval_dataset=encoded["validation"],
        callbacks=[PublishWhenBetter(HUB_REPO)],
    )
    trainer.train()


if __name__ == "__main__":
    main()
