"""Kubeflow Pipelines v1: the KServe component applies the tagger only above the accuracy bar."""
from kfp import components, dsl

train_op = components.load_component_from_file("components/train_tagger.yaml")
evaluate_op = components.load_component_from_file("components/evaluate_tagger.yaml")
kserve_op = components.load_component_from_url(
    "https://raw.githubusercontent.com/kubeflow/pipelines/master/components/kserve/component.yaml"
)


@dsl.pipeline(name="tagger", description="Train, evaluate and serve the image tagger.")
def tagger_pipeline(model_uri: str = "gs://acme-ml/tagger/model", min_accuracy: float = 0.9):
    train = train_op(output_uri=model_uri, epochs=12)
    evaluate = evaluate_op(model_uri=model_uri).after(train)
    with dsl.Condition(evaluate.outputs["accuracy"] >= min_accuracy):
        kserve_op(action="apply", model_name="tagger", model_uri=model_uri, framework="pytorch", canary_traffic_percent=10)
