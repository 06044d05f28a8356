from mlflow.tracking import MlflowClient

from pipelines.training import train_pipeline

if __name__ == "__main__":
    train_pipeline(data_path="data/reviews.parquet")
    print(f"runs logged to {MlflowClient().tracking_uri}")
