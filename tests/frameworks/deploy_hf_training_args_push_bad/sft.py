"""Instruction-tune the small assistant model with TRL; the config publishes it to the Hub."""
from datasets import load_dataset
from trl import SFTConfig, SFTTrainer

conversations = load_dataset("json", data_files="data/conversations.jsonl", split="train")
config = SFTConfig(output_dir="runs/assistant-sft", num_train_epochs=1, push_to_hub=True, hub_model_id="acme/assistant-sft")
trainer = SFTTrainer(model="Qwen/Qwen2.5-0.5B", args=config, train_dataset=conversations)
trainer.train()
trainer.save_model()
