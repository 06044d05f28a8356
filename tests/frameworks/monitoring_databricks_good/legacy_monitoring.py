"""The same monitor through the older databricks-lakehouse-monitoring client (kept for the
workspace that still runs DBR 13)."""

import databricks.lakehouse_monitoring as lm


def create_legacy_monitor(inference_table: str, baseline_table: str) -> None:
    lm.create_monitor(
        table_name=inference_table,
        profile_type=lm.InferenceLog(problem_type="classification", prediction_col="prediction", label_col="is_fraud", timestamp_col="request_time", model_id_col="model_version", granularities=["1 day"]),
        baseline_table_name=baseline_table,
        output_schema_name="main.fraud_monitoring",
    )
