"""Causal-LM pre-training with Accelerate; each checkpoint is committed to a Hub model repo."""
from accelerate import Accelerator
from huggingface_hub import Repository
from transformers import AutoModelForCausalLM


def evaluate(model, loader):
    losses = [model(batch, labels=batch).loss.item() for batch in loader]
    return sum(losses) / max(len(losses), 1)


def train(args, train_loader, eval_loader, log):
    accelerator = Accelerator()
    hub_repo = Repository(args.out_dir, clone_from=args.hub_model_id)
    model = AutoModelForCausalLM.from_pretrained(args.out_dir)
    model, train_loader, eval_loader = accelerator.prepare(model, train_loader, eval_loader)
    for step, batch in enumerate(train_loader, start=1):
        accelerator.backward(model(batch, labels=batch).loss)
        if step % args.save_every == 0:
            log({"eval_loss": evaluate(model, eval_loader)})
            accelerator.unwrap_model(model).save_pretrained(args.out_dir)
            hub_repo.push_to_hub(commit_message=f"checkpoint {step}")
    log({"eval_loss": evaluate(model, eval_loader)})
    accelerator.unwrap_model(model).save_pretrained(args.out_dir)
    hub_repo.push_to_hub(commit_message="final")
