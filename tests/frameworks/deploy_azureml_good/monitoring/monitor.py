"""Azure ML model monitoring: data drift on the production deployment, daily."""
from azure.ai.ml.entities import (
    AlertNotification, DataDriftSignal, MonitorDefinition, MonitoringTarget, MonitorSchedule,
    RecurrencePattern, RecurrenceTrigger, ServerlessSparkCompute,
)

from deploy.workspace import get_ml_client

definition = MonitorDefinition(
    compute=ServerlessSparkCompute(instance_type="standard_e4s_v3", runtime_version="3.3"),
    monitoring_target=MonitoringTarget(ml_task="classification", endpoint_deployment_id="azureml:churn-endpoint:green"),
    monitoring_signals={"drift": DataDriftSignal()},
    alert_notification=AlertNotification(emails=["ml-oncall@acme.example"]),
)
schedule = MonitorSchedule(name="churn-monitor", trigger=RecurrenceTrigger(frequency="day", interval=1, schedule=RecurrencePattern(hours=3, minutes=15)), create_monitor=definition)
get_ml_client().schedules.begin_create_or_update(schedule).result()
