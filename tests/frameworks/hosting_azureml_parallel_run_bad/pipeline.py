"""Nightly batch scoring of the claims backlog with a ParallelRunStep (Azure ML SDK v1)."""
from azureml.core import Dataset, Environment, Workspace
from azureml.pipeline.core import Pipeline, PipelineData
from azureml.pipeline.steps import ParallelRunConfig, ParallelRunStep

ws = Workspace.from_config()
backlog = Dataset.get_by_name(ws, "claims-backlog")
scores = PipelineData("scores", datastore=ws.get_default_datastore())

config = ParallelRunConfig(
    source_directory="scoring",
    entry_script="batch_score.py",
    mini_batch_size="500",
    error_threshold=10,
    output_action="append_row",
    environment=Environment.get(ws, "claims-scoring"),
    compute_target=ws.compute_targets["cpu-cluster"],
    node_count=2,
)
step = ParallelRunStep(name="score-backlog", parallel_run_config=config, inputs=[backlog.as_named_input("claims")], output=scores)
Pipeline(ws, steps=[step]).submit("claims-nightly-scoring")
