"""Kubeflow Pipelines v1: train the image tagger and apply it with the KServe component."""
from kfp import components, dsl

train_op = components.load_component_from_file("components/train_tagger.yaml")
kserve_op = components.load_component_from_url(
    "https://raw.githubusercontent.com/kubeflow/pipelines/master/components/kserve/component.yaml"
)


@dsl.pipeline(name="tagger", description="Train and serve the image tagger.")
def tagger_pipeline(model_uri: str = "gs://acme-ml/tagger/model"):
    train = train_op(output_uri=model_uri, epochs=12)
    kserve_op(action="apply", model_name="tagger", model_uri=model_uri, framework="pytorch", canary_traffic_percent=100).after(train)
