from datasets import load_dataset
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, Seq2SeqTrainer, Seq2SeqTrainingArguments

BASE = "google/flan-t5-small"
PROMPT = "Summarize the support ticket: "


def main(output_dir: str = "models/ticket-summarizer") -> None:
    tokenizer = AutoTokenizer.from_pretrained(BASE)
    data = load_dataset("csv", data_files="data/tickets.csv").map(lambda b: tokenizer([PROMPT + t for t in b["body"]], text_target=b["summary"], truncation=True), batched=True)
    model = AutoModelForSeq2SeqLM.from_pretrained(BASE)
    args = Seq2SeqTrainingArguments(output_dir=output_dir, num_train_epochs=3, predict_with_generate=True)
    trainer = Seq2SeqTrainer(model=model, args=args, train_dataset=data["train"], tokenizer=tokenizer)
    trainer.train()
    trainer.save_model(output_dir)
