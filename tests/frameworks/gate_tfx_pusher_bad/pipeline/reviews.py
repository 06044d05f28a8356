"""Review-sentiment TFX pipeline on Vertex AI: train, check the model serves, then deploy it
to the endpoint. The only blessing the Pusher waits for is the InfraValidator's (the model
loads and answers requests); nothing compares its quality with a bar or the current model."""
from tfx import v1 as tfx

VERTEX = tfx.extensions.google_cloud_ai_platform


def build(name: str, root: str, data_root: str, trainer_module: str, project: str, region: str) -> tfx.dsl.Pipeline:
    examples = tfx.components.CsvExampleGen(input_base=data_root)
    trainer = VERTEX.Trainer(
        module_file=trainer_module,
        examples=examples.outputs["examples"],
        train_args=tfx.proto.TrainArgs(num_steps=5000),
        eval_args=tfx.proto.EvalArgs(num_steps=500),
        custom_config={VERTEX.ENABLE_VERTEX_KEY: True, VERTEX.VERTEX_REGION_KEY: region},
    )
    infra = tfx.components.InfraValidator(
        model=trainer.outputs["model"],
        examples=examples.outputs["examples"],
        serving_spec=tfx.proto.ServingSpec(tensorflow_serving=tfx.proto.TensorFlowServing(tags=["latest"]), local_docker=tfx.proto.LocalDockerConfig()),
    )
    pusher = VERTEX.Pusher(
        model=trainer.outputs["model"],
        infra_blessing=infra.outputs["blessing"],
        custom_config={
            VERTEX.ENABLE_VERTEX_KEY: True,
            VERTEX.VERTEX_REGION_KEY: region,
            VERTEX.SERVING_ARGS_KEY: {"project_id": project, "endpoint_name": "review-sentiment", "machine_type": "n1-standard-4"},
        },
    )
    return tfx.dsl.Pipeline(
        pipeline_name=name,
        pipeline_root=root,
        components=[examples, trainer, infra, pusher],
    )
