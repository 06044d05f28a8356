"""Kubeflow Pipelines v1: train the ranker, then deploy it with a shared deployer component."""
from kfp import dsl
from kfp.components import load_component_from_file, load_component_from_url

train_ranker_op = load_component_from_file("components/train_ranker.yaml")
ai_platform_deploy_op = load_component_from_url("https://example.com/components/ml_engine/deploy/component.yaml")


@dsl.pipeline(name="ranker")
def ranker_pipeline(project: str, model_dir: str = "gs://acme-ml/ranker"):
    trained = train_ranker_op(output_dir=model_dir)
    ai_platform_deploy_op(model_uri=trained.outputs["model_dir"], project_id=project, model_id="ranker")
