"""ZenML step: make the model version this pipeline just trained the production one."""
from zenml import get_step_context, step
from zenml.client import Client
from zenml.enums import ModelStages
from zenml.model_registries.base_model_registry import ModelVersionStage


@step
def promote_latest(registry_name: str, previous_version: str) -> None:
    model = get_step_context().model
    model.set_stage(stage=ModelStages.PRODUCTION, force=True)
    registry = Client().active_stack.model_registry
    registry.update_model_version(name=registry_name, version=previous_version, stage=ModelVersionStage.ARCHIVED)
    registry.update_model_version(name=registry_name, version=str(model.number), stage=ModelVersionStage.PRODUCTION)
