"""Train the ticket classifier; publish the weights only when macro-F1 beats the bar."""
import torch
import wandb

from classifier import TicketClassifier, evaluate, fit

MIN_F1 = 0.81


def main(config: dict) -> None:
    run = wandb.init(project="ticket-router", job_type="train", config=config)
    splits = wandb.Artifact("ticket-splits", type="dataset")
    splits.add_dir("data/splits")
    run.log_artifact(splits)

    model = fit(TicketClassifier(run.config["hidden"]), run.config)
    val_f1 = evaluate(model)
    run.summary["val_f1"] = val_f1
    if val_f1 < MIN_F1:
        run.finish(exit_code=1)
        return
    torch.save(model.state_dict(), "weights.pt")
    weights = wandb.Artifact("ticket-classifier", type="model", metadata=dict(run.config))
    weights.add_file("weights.pt")
    run.log_artifact(weights, aliases=["latest", "candidate"])
    run.log_model(path="weights.pt", name="ticket-classifier-weights")
    run.finish()
