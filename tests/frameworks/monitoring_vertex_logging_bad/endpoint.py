"""Create the taxi-tips endpoint with request-response logging to BigQuery ('for monitoring later')."""

from google.cloud import aiplatform


def create_endpoint(project: str, dataset: str) -> aiplatform.Endpoint:
    return aiplatform.Endpoint.create(
        display_name="taxi-tips",
        enable_request_response_logging=True,
        request_response_logging_sampling_rate=1.0,
        request_response_logging_bq_destination_table=f"bq://{project}.{dataset}.taxi_tips_requests",
    )
