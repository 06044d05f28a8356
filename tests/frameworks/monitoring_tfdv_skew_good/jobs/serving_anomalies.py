"""Hourly job: anomalies in the last hour of serving requests, against the training schema."""

import tensorflow_data_validation as tfdv


def hourly(schema_path: str, last_hour_csv: str) -> int:
    schema = tfdv.load_schema_text(schema_path)
    serving_stats = tfdv.generate_statistics_from_csv(last_hour_csv)
    return len(tfdv.validate_statistics(serving_stats, schema, environment="SERVING").anomaly_info)
