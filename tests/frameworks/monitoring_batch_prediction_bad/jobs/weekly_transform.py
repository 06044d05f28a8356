"""Weekly batch transform of the churn model over the whole customer base."""
import boto3


def start(model_name: str, week: str) -> None:
    boto3.client("sagemaker").create_transform_job(
        TransformJobName=f"churn-{week}",
        ModelName=model_name,
        TransformInput={"DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"s3://churn/features/{week}/"}}, "ContentType": "text/csv"},
        TransformOutput={"S3OutputPath": f"s3://churn/scores/{week}/"},
        TransformResources={"InstanceType": "ml.m5.xlarge", "InstanceCount": 2},
    )
