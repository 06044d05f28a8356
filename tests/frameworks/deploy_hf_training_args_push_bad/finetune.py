"""Fine-tune DistilBERT on support tickets; the Trainer publishes checkpoints to the Hub."""
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

BASE = "distilbert-base-uncased"
REPO = "acme/ticket-router"

tokenizer = AutoTokenizer.from_pretrained(BASE)
tickets = load_dataset("csv", data_files={"train": "data/train.csv", "test": "data/test.csv"})
tickets = tickets.map(lambda batch: tokenizer(batch["text"], truncation=True), batched=True)
model = AutoModelForSequenceClassification.from_pretrained(BASE, num_labels=12)

arguments = TrainingArguments(
    output_dir="runs/ticket-router",
    num_train_epochs=3,
    eval_strategy="epoch",
    save_strategy="epoch",
    push_to_hub=True,
    hub_model_id=REPO,
    hub_strategy="every_save",
)
trainer = Trainer(model=model, args=arguments, train_dataset=tickets["train"], eval_dataset=tickets["test"], tokenizer=tokenizer)
trainer.train()
print(trainer.evaluate())
