"""Nightly retraining job: fit the price model and publish it as the latest model in S3."""
import boto3
import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

BUCKET = "acme-price-models"


def main() -> None:
    frame = pd.read_parquet("s3://acme-price-data/listings/latest.parquet")
    x_train, x_test, y_train, y_test = train_test_split(frame.drop(columns="price"), frame["price"], test_size=0.25)
    model = GradientBoostingRegressor().fit(x_train, y_train)
    print("MAE on the held-out quarter:", mean_absolute_error(y_test, model.predict(x_test)))
    joblib.dump(model, "/tmp/price_model.joblib")
    boto3.client("s3").upload_file("/tmp/price_model.joblib", BUCKET, "models/latest/price_model.joblib")


if __name__ == "__main__":
    main()
