"""LoRA adapter with TRL; adapters pushed straight after training."""
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM
from trl import SFTConfig, SFTTrainer

base = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-0.5B")
model = get_peft_model(base, LoraConfig(r=8, target_modules="all-linear", task_type="CAUSAL_LM"))
trainer = SFTTrainer(model=model, train_dataset=load_data(), args=SFTConfig(output_dir="out/lora"))
trainer.train()
trainer.push_to_hub()
model.push_to_hub("acme/support-lora")
