"""Azure ML model monitoring: data drift, prediction drift and data quality signals, daily."""

from azure.ai.ml import Input, MLClient
from azure.ai.ml.constants import MonitorDatasetContext
from azure.ai.ml.entities import (
    AlertNotification,
    DataDriftSignal,
    DataQualitySignal,
    MonitorDefinition,
    MonitoringTarget,
    MonitorSchedule,
    PredictionDriftSignal,
    RecurrencePattern,
    RecurrenceTrigger,
    ReferenceData,
    ServerlessSparkCompute,
)


def schedule(ml_client: MLClient, training_data_uri: str) -> None:
    reference = ReferenceData(input_data=Input(type="mltable", path=training_data_uri), data_context=MonitorDatasetContext.TRAINING)
    signals = {
        "data-drift": DataDriftSignal(reference_data=reference),
        "prediction-drift": PredictionDriftSignal(),
        "data-quality": DataQualitySignal(reference_data=reference),
    }
    definition = MonitorDefinition(
        compute=ServerlessSparkCompute(instance_type="standard_e4s_v3", runtime_version="3.3"),
        monitoring_target=MonitoringTarget(ml_task="classification", endpoint_deployment_id="azureml:churn-endpoint:blue"),
        monitoring_signals=signals,
        alert_notification=AlertNotification(emails=["ml-oncall@example.com"]),
    )
    monitor = MonitorSchedule(
        name="churn-monitor",
        trigger=RecurrenceTrigger(frequency="day", interval=1, schedule=RecurrencePattern(hours=3, minutes=0)),
        create_monitor=definition,
    )
    ml_client.schedules.begin_create_or_update(monitor).result()
