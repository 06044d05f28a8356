from datasets import load_dataset
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, Seq2SeqTrainer, Seq2SeqTrainingArguments

PREFIX = "summarise the support ticket: "


def build_prompt(ticket: str) -> str:
    return PREFIX + " ".join(ticket.split())[:2000]


def finetune(base: str = "google/flan-t5-small") -> None:
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = AutoModelForSeq2SeqLM.from_pretrained(base)
    tickets = load_dataset("csv", data_files="tickets.csv")["train"]
    trainer = Seq2SeqTrainer(model=model, args=Seq2SeqTrainingArguments("out", num_train_epochs=3), train_dataset=tickets, tokenizer=tokenizer)
    trainer.train()
