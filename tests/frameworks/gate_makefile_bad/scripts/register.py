"""Log the forecaster as a W&B model artifact and link it into the team registry."""
import wandb

run = wandb.init(project="demand-forecast", job_type="register")
artifact = wandb.Artifact("forecaster", type="model")
artifact.add_file("build/forecaster.joblib")
run.log_artifact(artifact)
run.link_artifact(artifact, "acme/model-registry/demand-forecaster")
run.finish()
