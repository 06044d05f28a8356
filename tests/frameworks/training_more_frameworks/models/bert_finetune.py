"""Fine-tune a BERT sentiment head with the library's optimizer and warm-up schedule."""
from transformers import AdamW, get_linear_schedule_with_warmup


def configure(model, steps: int, lr: float = 3e-5):
    optimizer = AdamW(model.parameters(), lr=lr)
    schedule = get_linear_schedule_with_warmup(optimizer, num_warmup_steps=0, num_training_steps=steps)
    return optimizer, schedule
