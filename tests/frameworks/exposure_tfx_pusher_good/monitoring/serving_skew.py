"""Daily job: compare the statistics of yesterday's serving requests with the training data."""
import tensorflow_data_validation as tfdv


def check_skew(training_stats_path: str, serving_stats_path: str, schema_path: str):
    training = tfdv.load_statistics(training_stats_path)
    serving = tfdv.load_statistics(serving_stats_path)
    schema = tfdv.load_schema_text(schema_path)
    anomalies = tfdv.validate_statistics(statistics=training, schema=schema, serving_statistics=serving)
    if anomalies.anomaly_info:
        raise RuntimeError(f"serving skew in {sorted(anomalies.anomaly_info)}")
    return anomalies
