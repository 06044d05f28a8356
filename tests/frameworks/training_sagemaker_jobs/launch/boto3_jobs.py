"""Same jobs through the low-level boto3 client (used by the Step Functions lambdas)."""
import boto3

sm = boto3.client("sagemaker")


def start_training(name: str, image: str, role_arn: str, train_s3: str, output_s3: str) -> str:
    sm.create_training_job(
        TrainingJobName=name,
        AlgorithmSpecification={"TrainingImage": image, "TrainingInputMode": "File"},
        RoleArn=role_arn,
        InputDataConfig=[{"ChannelName": "train", "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": train_s3}}}],
        OutputDataConfig={"S3OutputPath": output_s3},
        ResourceConfig={"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 30},
        StoppingCondition={"MaxRuntimeInSeconds": 3600},
    )
    return name


def start_tuning(name: str, config: dict, definition: dict) -> None:
    sm.create_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=name,
        HyperParameterTuningJobConfig=config,
        TrainingJobDefinition=definition,
    )
