import pandas as pd
from arize.pandas.logger import Client, Schema
from arize.utils.types import Environments, ModelTypes

SCHEMA = Schema(
    prediction_id_column_name="request_id",
    timestamp_column_name="served_at",
    prediction_score_column_name="churn_score",
    actual_label_column_name="churned",
    feature_column_names=["tenure", "monthly_spend", "plan"],
)


def upload_day(scored: pd.DataFrame, space_key: str, api_key: str) -> None:
    client = Client(space_key=space_key, api_key=api_key)
    client.log(dataframe=scored, schema=SCHEMA, model_id="churn", model_version="2024-06", model_type=ModelTypes.SCORE_CATEGORICAL, environment=Environments.PRODUCTION)
