"""Point the production alias at the latest version."""
import wandb

api = wandb.Api()
latest = api.artifact("acme/model-registry/churn:latest")
latest.aliases.append("production")
latest.save()
