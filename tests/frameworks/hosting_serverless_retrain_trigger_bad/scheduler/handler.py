"""Weekly trigger: clones the last SageMaker training job under a new name."""
import datetime
import os

import boto3


def kick_off(event, context):
    sagemaker = boto3.client("sagemaker")
    previous = sagemaker.describe_training_job(TrainingJobName=os.environ["BASE_JOB"])
    name = "churn-" + datetime.datetime.utcnow().strftime("%Y%m%d-%H%M%S")
    sagemaker.create_training_job(
        TrainingJobName=name,
        AlgorithmSpecification=previous["AlgorithmSpecification"],
        RoleArn=previous["RoleArn"],
        InputDataConfig=previous["InputDataConfig"],
        OutputDataConfig=previous["OutputDataConfig"],
        ResourceConfig=previous["ResourceConfig"],
        StoppingCondition=previous["StoppingCondition"],
    )
    return {"started": name}
