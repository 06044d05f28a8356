"""Create or refresh the batch-scoring Lambda with the newest model in the artefact bucket."""
import boto3

BUCKET = "acme-ml-artifacts"
PREFIX = "models/price/"


def newest_model(s3) -> str:
    listing = s3.list_objects_v2(Bucket=BUCKET, Prefix=PREFIX)["Contents"]
    return max(listing, key=lambda item: item["LastModified"])["Key"]


def publish(function: str, role: str, image: str) -> None:
    s3 = boto3.client("s3")
    lambdas = boto3.client("lambda")
    model_key = newest_model(s3)
    try:
        lambdas.get_function(FunctionName=function)
        lambdas.update_function_configuration(FunctionName=function, Environment={"Variables": {"MODEL_KEY": model_key}})
    except lambdas.exceptions.ResourceNotFoundException:
        lambdas.create_function(FunctionName=function, Role=role, PackageType="Image", Code={"ImageUri": image}, Environment={"Variables": {"MODEL_BUCKET": BUCKET, "MODEL_KEY": model_key}})


def publish_cleanup(role: str, image: str) -> None:
    # a housekeeping function: its environment names no model
    boto3.client("lambda").create_function(FunctionName="purge-old-runs", Role=role, PackageType="Image", Code={"ImageUri": image}, Environment={"Variables": {"BUCKET": BUCKET}})


if __name__ == "__main__":
    publish("price-scorer", "arn:aws:iam::111122223333:role/scorer", "111122223333.dkr.ecr.eu-west-1.amazonaws.com/scorer:latest")
