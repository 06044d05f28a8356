"""Moves processed tickets to the archive bucket: no model involved."""
import boto3

s3 = boto3.client("s3")


def handle(event, context):
    for record in event["Records"]:
        key = record["s3"]["object"]["key"]
        s3.copy_object(Bucket="tickets-archive", Key=key, CopySource={"Bucket": "tickets", "Key": key})
