"""Nightly batch scoring: load today's customers, check them for drift against the training
set with Evidently, stop if the drift gate fails, then score."""

from zenml import pipeline
from zenml.integrations.evidently.metrics import EvidentlyMetricConfig
from zenml.integrations.evidently.steps import evidently_report_step

from steps.inference import drift_gate, load_inference_batch, load_training_reference, score_batch


@pipeline
def batch_inference():
    reference = load_training_reference()
    inference_batch = load_inference_batch()
    report, _ = evidently_report_step(
        reference_dataset=reference,
        comparison_dataset=inference_batch,
        metrics=[EvidentlyMetricConfig.metric("DataDriftPreset")],
    )
    drift_gate(report)
    score_batch(inference_batch, after=["drift_gate"])
