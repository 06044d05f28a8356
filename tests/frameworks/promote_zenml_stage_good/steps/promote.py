"""ZenML step: promote the new version only when it beats production on the holdout F1."""
from zenml import Model, get_step_context, step
from zenml.client import Client
from zenml.enums import ModelStages
from zenml.model_registries.base_model_registry import ModelVersionStage


@step
def promote_if_better(registry_name: str, candidate_f1: float) -> None:
    model = get_step_context().model
    production = Model(name=model.name, version=ModelStages.PRODUCTION)
    production_f1 = production.run_metadata["holdout_f1"]
    if candidate_f1 <= production_f1:
        print(f"candidate F1 {candidate_f1:.3f} does not beat production {production_f1:.3f}")
        return
    model.set_stage(stage=ModelStages.PRODUCTION, force=True)
    Client().active_stack.model_registry.update_model_version(name=registry_name, version=str(model.number), stage=ModelVersionStage.PRODUCTION)
