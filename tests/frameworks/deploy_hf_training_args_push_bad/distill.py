"""Distil the router; the push is explicit at the end, and the arguments also ask for it (one release)."""
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

student = AutoModelForSequenceClassification.from_pretrained("prajjwal1/bert-tiny", num_labels=12)
arguments = TrainingArguments(output_dir="runs/router-tiny", num_train_epochs=5, push_to_hub=True, hub_model_id="acme/ticket-router-tiny")
trainer = Trainer(model=student, args=arguments, train_dataset=TRAIN, eval_dataset=TEST)
trainer.train()
trainer.push_to_hub(commit_message="distilled router")
