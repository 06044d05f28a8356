"""Fine-tune the captioner and return the folder holding its weights."""

from transformers import Trainer, TrainingArguments
from zenml import step


@step
def finetune_captioner() -> str:
    args = TrainingArguments(output_dir="out/captioner", num_train_epochs=3, per_device_train_batch_size=8)
    trainer = Trainer(model=load_base(), args=args, train_dataset=load_pairs())
    trainer.train()
    trainer.save_model("out/captioner")
    return "out/captioner"
