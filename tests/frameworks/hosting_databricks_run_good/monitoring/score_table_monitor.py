from databricks.sdk import WorkspaceClient
from databricks.sdk.service.catalog import MonitorInferenceLog, MonitorInferenceLogProblemType

w = WorkspaceClient()
w.quality_monitors.create(
    table_name="crm.churn_scores",
    assets_dir="/Workspace/Shared/churn_scores_monitor",
    output_schema_name="crm_monitoring",
    inference_log=MonitorInferenceLog(
        problem_type=MonitorInferenceLogProblemType.PROBLEM_TYPE_CLASSIFICATION,
        prediction_col="prediction",
        timestamp_col="scored_at",
        granularities=["1 day"],
        model_id_col="model_version",
    ),
)
