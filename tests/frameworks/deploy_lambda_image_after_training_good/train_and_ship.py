"""Train the sentiment model on SageMaker; ship it in the Lambda image only if validation accuracy is high enough."""
import json
import subprocess

import boto3
import sagemaker
from sagemaker.estimator import Estimator

ROLE = "arn:aws:iam::111122223333:role/sagemaker"
MIN_ACCURACY = 0.88
IMAGE_URI = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/sentiment-lambda:latest"

estimator = Estimator(image_uri=sagemaker.image_uris.retrieve("blazingtext", "eu-west-1"), role=ROLE, instance_count=1, instance_type="ml.c5.xlarge")
estimator.fit({"train": "s3://acme-nlp/sentiment/train", "validation": "s3://acme-nlp/sentiment/validation"})

accuracy = json.loads(open("reports/validation.json").read())["accuracy"]
if accuracy < MIN_ACCURACY:
    raise SystemExit(f"validation accuracy {accuracy:.3f} below {MIN_ACCURACY}: not shipping")
subprocess.run(["aws", "s3", "cp", estimator.model_data, "container/model/"], check=True)
subprocess.run(["docker", "build", "-t", IMAGE_URI, "container"], check=True)
subprocess.run(["docker", "push", IMAGE_URI], check=True)

lambdas = boto3.client("lambda")
lambdas.create_function(FunctionName="sentiment-scorer", Role=ROLE, PackageType="Image", Code={"ImageUri": IMAGE_URI}, Timeout=60, MemorySize=512)
# a zip-packaged helper that only forwards S3 events is no model release
lambdas.create_function(FunctionName="forward-events", Role=ROLE, PackageType="Zip", Runtime="python3.12", Handler="forward.handler", Code={"S3Bucket": "acme-nlp", "S3Key": "forward.zip"})
