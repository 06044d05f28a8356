"""Daily EventBridge rule: compare yesterday's request log with the training sample."""
import pandas as pd
from evidently import Report
from evidently.presets import DataDriftPreset


def lambda_handler(event, context):
    reference = pd.read_parquet(event["reference_uri"])
    current = pd.read_parquet(event["current_uri"])
    result = Report([DataDriftPreset()]).run(reference_data=reference, current_data=current)
    return {"drift": result.dict()["metrics"][0]["value"]}
