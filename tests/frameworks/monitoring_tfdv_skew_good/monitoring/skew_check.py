"""Daily training-serving skew check: statistics of the logged requests against the training
statistics, with L-infinity thresholds set on the schema; anomalies go to the alert topic."""

import tensorflow_data_validation as tfdv
from google.cloud import pubsub_v1


def check_skew(training_stats_path: str, schema_path: str, request_log_csv: str, topic: str) -> int:
    training_stats = tfdv.load_statistics(training_stats_path)
    schema = tfdv.load_schema_text(schema_path)
    for feature in ("Elevation", "Slope", "Soil_Type"):
        tfdv.get_feature(schema, feature).skew_comparator.infinity_norm.threshold = 0.05
    serving_stats = tfdv.generate_statistics_from_csv(request_log_csv)
    anomalies = tfdv.validate_statistics(statistics=training_stats, schema=schema, serving_statistics=serving_stats)
    if anomalies.anomaly_info:
        pubsub_v1.PublisherClient().publish(topic, str(anomalies).encode())
    return len(anomalies.anomaly_info)


def check_serving_anomalies(schema_path: str, serving_log_csv: str) -> list[str]:
    """Serving requests against the training schema in its SERVING environment (no label column)."""
    schema = tfdv.load_schema_text(schema_path)
    serving_stats = tfdv.generate_statistics_from_csv(serving_log_csv)
    anomalies = tfdv.validate_statistics(serving_stats, schema, environment="SERVING")
    return sorted(anomalies.anomaly_info)
