"""Runs inside the SageMaker Hugging Face training container."""
import os

from datasets import load_from_disk
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, Seq2SeqTrainer, Seq2SeqTrainingArguments

MODEL_ID = os.environ.get("MODEL_ID", "google/flan-t5-base")

if __name__ == "__main__":
    tokenizer = AutoTokenizer.from_pretrained(MODEL_ID)
    model = AutoModelForSeq2SeqLM.from_pretrained(MODEL_ID)
    train = load_from_disk(os.environ["SM_CHANNEL_TRAIN"])
    test = load_from_disk(os.environ["SM_CHANNEL_TEST"])
    args = Seq2SeqTrainingArguments(
        output_dir="/opt/ml/checkpoints",
        per_device_train_batch_size=8,
        learning_rate=3e-4,
        num_train_epochs=3,
        predict_with_generate=True,
        evaluation_strategy="epoch",
    )
    trainer = Seq2SeqTrainer(model=model, args=args, train_dataset=train, eval_dataset=test, tokenizer=tokenizer)
    trainer.train()
    metrics = trainer.evaluate()
    trainer.save_model(os.environ["SM_MODEL_DIR"])
    print(f"eval_loss={metrics['eval_loss']}")
