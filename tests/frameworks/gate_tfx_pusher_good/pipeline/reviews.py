"""Review-sentiment TFX pipeline on Vertex AI: train, evaluate against an AUC floor and the
current model, check the model serves, then deploy it to the endpoint."""
import tensorflow_model_analysis as tfma
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
    baseline = tfx.dsl.Resolver(
        strategy_class=tfx.dsl.experimental.LatestBlessedModelStrategy,
        model=tfx.dsl.Channel(type=tfx.types.standard_artifacts.Model),
        model_blessing=tfx.dsl.Channel(type=tfx.types.standard_artifacts.ModelBlessing),
    ).with_id("latest_blessed_model")
    auc_floor = tfma.MetricThreshold(
        value_threshold=tfma.GenericValueThreshold(lower_bound={"value": 0.88}),
        change_threshold=tfma.GenericChangeThreshold(direction=tfma.MetricDirection.HIGHER_IS_BETTER, absolute={"value": -1e-3}),
    )
    evaluator = tfx.components.Evaluator(
        examples=examples.outputs["examples"],
        model=trainer.outputs["model"],
        baseline_model=baseline.outputs["model"],
        eval_config=tfma.EvalConfig(
            model_specs=[tfma.ModelSpec(label_key="positive")],
            metrics_specs=[tfma.MetricsSpec(metrics=[tfma.MetricConfig(class_name="AUC", threshold=auc_floor)])],
        ),
    )
    infra = tfx.components.InfraValidator(
        model=trainer.outputs["model"],
        examples=examples.outputs["examples"],
        serving_spec=tfx.proto.ServingSpec(tensorflow_serving=tfx.proto.TensorFlowServing(tags=["latest"]), local_docker=tfx.proto.LocalDockerConfig()),
    )
    pusher = VERTEX.Pusher(
        model=trainer.outputs["model"],
        model_blessing=evaluator.outputs["blessing"],
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
        components=[examples, trainer, baseline, evaluator, infra, pusher],
    )
