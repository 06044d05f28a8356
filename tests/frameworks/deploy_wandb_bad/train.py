"""Training script logging to W&B and linking every run's model into the registry."""
import wandb

from model import fit


def main(config):
    with wandb.init(project="churn", job_type="train", config=config) as run:
        path = fit(run.config)
        run.link_model(path=path, registered_model_name="churn")
        artifact = wandb.Artifact("churn-model", type="model")
        artifact.add_dir(path)
        logged = run.log_artifact(artifact)
        run.link_artifact(logged, target_path="wandb-registry-model/churn")
