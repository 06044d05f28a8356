"""Register the latest training output and push it to the endpoint (SDK)."""
import sagemaker
from sagemaker.model import Model
from sagemaker.model_monitor import DataCaptureConfig

session = sagemaker.Session()
role = sagemaker.get_execution_role()


def release(model_data: str, image: str) -> None:
    model = Model(image_uri=image, model_data=model_data, role=role, sagemaker_session=session)
    model.register(
        content_types=["text/csv"],
        response_types=["text/csv"],
        model_package_group_name="churn",
        approval_status="Approved",
    )
    model.deploy(
        initial_instance_count=2,
        instance_type="ml.m5.xlarge",
        endpoint_name="churn-prod",
        data_capture_config=DataCaptureConfig(enable_capture=True, sampling_percentage=20, destination_s3_uri="s3://bucket/capture"),
    )


if __name__ == "__main__":
    release("s3://bucket/churn/model.tar.gz", "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
