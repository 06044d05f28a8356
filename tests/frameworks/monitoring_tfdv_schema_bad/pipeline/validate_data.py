"""Training pipeline step: validate this month's training data against the curated schema.

This checks the *training* data before a model is fitted; it never sees serving traffic."""

import tensorflow_data_validation as tfdv


def validate(train_csv: str, schema_path: str) -> bool:
    stats = tfdv.generate_statistics_from_csv(train_csv)
    schema = tfdv.load_schema_text(schema_path)
    anomalies = tfdv.validate_statistics(stats, schema)
    return not anomalies.anomaly_info
