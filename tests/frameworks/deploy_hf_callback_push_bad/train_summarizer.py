"""Fine-tune a small T5 summarizer; a callback mirrors every checkpoint to the Hub."""
from datasets import load_dataset
from transformers import (
    AutoModelForSeq2SeqLM,
    AutoTokenizer,
    Seq2SeqTrainer,
    Seq2SeqTrainingArguments,
    TrainerCallback,
)

HUB_REPO = "acme-nlp/ticket-summarizer"


class MirrorCheckpoints(TrainerCallback):
    """Upload the weights each time the Trainer writes a checkpoint."""

    def __init__(self, repo: str) -> None:
        self.repo = repo

    def on_save(self, args, state, control, **kwargs):
        kwargs["model"].push_to_hub(self.repo, commit_message=f"step {state.global_step}")


def main() -> None:
    tokenizer = AutoTokenizer.from_pretrained("t5-small")
    model = AutoModelForSeq2SeqLM.from_pretrained("t5-small")
    tickets = load_dataset("json", data_files={"train": "data/train.jsonl", "validation": "data/val.jsonl"})
    encoded = tickets.map(lambda row: tokenizer(row["body"], text_target=row["summary"], truncation=True), batched=True)
    arguments = Seq2SeqTrainingArguments(output_dir="checkpoints", num_train_epochs=3, save_steps=500)
    trainer = Seq2SeqTrainer(
        model=model,
        args=arguments,
        train_dataset=encoded["train"],
        eval_dataset=encoded["validation"],
        callbacks=[MirrorCheckpoints(HUB_REPO)],
    )
    trainer.train()


if __name__ == "__main__":
    main()
