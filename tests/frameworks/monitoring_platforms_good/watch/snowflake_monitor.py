from snowflake.ml.monitoring.entities.model_monitor_config import ModelMonitorConfig, ModelMonitorSourceConfig


def add_monitor(registry, model_version) -> None:
    source = ModelMonitorSourceConfig(
        source="CHURN_INFERENCE_LOG",
        timestamp_column="SERVED_AT",
        id_columns=["REQUEST_ID"],
        prediction_score_columns=["CHURN_SCORE"],
        actual_class_columns=["CHURNED"],
        baseline="CHURN_TRAINING_BASELINE",
    )
    config = ModelMonitorConfig(model_version=model_version, model_function_name="predict_proba", background_compute_warehouse_name="ML_WH", refresh_interval="1 day", aggregation_window="1 day")
    registry.add_monitor(name="CHURN_MONITOR", source_config=source, model_monitor_config=config)
