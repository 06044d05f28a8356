"""Promote the candidate only when its logged val_auc beats the production version's."""
import wandb

from thresholds import MIN_GAIN


def val_auc(artifact) -> float:
    return artifact.logged_by().summary["val_auc"]


def promote(candidate_name: str) -> None:
    api = wandb.Api()
    candidate = api.artifact(candidate_name)
    production = api.artifact("acme/model-registry/churn:production")
    if val_auc(candidate) < val_auc(production) + MIN_GAIN:
        return
    candidate.aliases.append("production")
    candidate.save()


def register(run, path: str, metrics: dict) -> None:
    if metrics["val_auc"] >= 0.8:
        run.link_model(path=path, registered_model_name="churn")
