"""Roll the mail-ingest Lambda (parsing and de-duplication, no model) onto a new image."""
import sys

import boto3


def roll(image: str) -> None:
    client = boto3.client("lambda")
    client.update_function_code(FunctionName="mail-ingest", ImageUri=image, Publish=True)
    client.get_waiter("function_updated_v2").wait(FunctionName="mail-ingest")


if __name__ == "__main__":
    roll(sys.argv[1])
