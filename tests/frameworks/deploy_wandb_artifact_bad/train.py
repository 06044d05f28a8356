"""Train the ticket classifier and publish each run's weights as a W&B model artifact."""
import torch
import wandb

from classifier import TicketClassifier, evaluate, fit


def main(config: dict) -> None:
    run = wandb.init(project="ticket-router", job_type="train", config=config)
    splits = wandb.Artifact("ticket-splits", type="dataset")
    splits.add_dir("data/splits")
    run.log_artifact(splits)

    model = fit(TicketClassifier(run.config["hidden"]), run.config)
    run.summary["val_f1"] = evaluate(model)
    torch.save(model.state_dict(), "weights.pt")

    weights = wandb.Artifact("ticket-classifier", type="model", metadata=dict(run.config))
    weights.add_file("weights.pt")
    run.log_artifact(weights, aliases=["latest", "candidate"])
    run.log_model(path="weights.pt", name="ticket-classifier-weights")
    run.finish()
