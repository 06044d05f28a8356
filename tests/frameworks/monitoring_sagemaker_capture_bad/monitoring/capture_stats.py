"""Count captured requests per hour: volume monitoring, not drift."""

import json

import boto3

s3 = boto3.client("s3")


def captured_requests(bucket: str, prefix: str) -> int:
    paginator = s3.get_paginator("list_objects_v2")
    total = 0
    for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
        for item in page.get("Contents", []):
            body = s3.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
            total += sum(1 for line in body.splitlines() if json.loads(line).get("captureData"))
    return total
