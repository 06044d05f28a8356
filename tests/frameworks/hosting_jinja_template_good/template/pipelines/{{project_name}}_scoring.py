# {% include 'template/license_header' %}
from steps import score_batch
from zenml import pipeline
{%- if drift_checks %}
from zenml.integrations.evidently.metrics import EvidentlyMetricConfig
from zenml.integrations.evidently.steps import evidently_report_step
{%- endif %}


@pipeline
def {{ project_name }}_scoring(reference, rows_inference):
    score_batch(rows_inference)
{%- if drift_checks %}
    evidently_report_step(
        reference_dataset=reference,
        comparison_dataset=rows_inference,
        metrics=[EvidentlyMetricConfig.metric("DataDriftPreset")],
    )
{%- endif %}
