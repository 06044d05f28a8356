"""The deployer steps this project uses, under the names its pipelines call them by."""
from zenml.integrations.seldon.steps import seldon_model_deployer_step

seldon_deployer = seldon_model_deployer_step
