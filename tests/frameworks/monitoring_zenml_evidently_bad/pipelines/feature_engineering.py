"""Feature engineering: split the labelled data and compare the two splits with Evidently
(a data-quality sanity check before training)."""

from zenml import pipeline
from zenml.integrations.evidently.metrics import EvidentlyMetricConfig
from zenml.integrations.evidently.steps import evidently_report_step

from steps.data import load_labelled, split_reference_and_comparison


@pipeline
def feature_engineering():
    data = load_labelled()
    reference_split, comparison_split = split_reference_and_comparison(data)
    evidently_report_step(
        reference_dataset=reference_split,
        comparison_dataset=comparison_split,
        metrics=[EvidentlyMetricConfig.metric("DataQualityPreset")],
    )
