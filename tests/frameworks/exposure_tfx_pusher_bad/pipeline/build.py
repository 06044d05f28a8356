"""Taxi-fare TFX pipeline: ingest, validate against the schema, train, evaluate, push."""
from typing import List

import tensorflow_model_analysis as tfma
from tfx import v1 as tfx


def create_pipeline(name: str, root: str, data_root: str, module_file: str, serving_dir: str) -> tfx.dsl.Pipeline:
    gen = tfx.components.CsvExampleGen(input_base=data_root)
    stats = tfx.components.StatisticsGen(examples=gen.outputs["examples"])
    schema = tfx.components.SchemaGen(statistics=stats.outputs["statistics"])
    validator = tfx.components.ExampleValidator(statistics=stats.outputs["statistics"], schema=schema.outputs["schema"])
    trainer = tfx.components.Trainer(
        module_file=module_file,
        examples=gen.outputs["examples"],
        train_args=tfx.proto.TrainArgs(num_steps=2000),
        eval_args=tfx.proto.EvalArgs(num_steps=200),
    )
    eval_config = tfma.EvalConfig(
        model_specs=[tfma.ModelSpec(label_key="fare")],
        metrics_specs=[tfma.MetricsSpec(metrics=[
            tfma.MetricConfig(
                class_name="MeanSquaredError",
                threshold=tfma.MetricThreshold(value_threshold=tfma.GenericValueThreshold(upper_bound={"value": 25.0})),
            )
        ])],
    )
    evaluator = tfx.components.Evaluator(examples=gen.outputs["examples"], model=trainer.outputs["model"], eval_config=eval_config)
    pusher = tfx.components.Pusher(
        model=trainer.outputs["model"],
        model_blessing=evaluator.outputs["blessing"],
        push_destination=tfx.proto.PushDestination(filesystem=tfx.proto.PushDestination.Filesystem(base_directory=serving_dir)),
    )
    components: List = [gen, stats, schema, validator, trainer, evaluator, pusher]
    return tfx.dsl.Pipeline(pipeline_name=name, pipeline_root=root, components=components)
