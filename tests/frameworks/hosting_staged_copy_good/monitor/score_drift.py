import boto3
import numpy as np


def population_stability(expected: np.ndarray, actual: np.ndarray, bins: int = 10) -> float:
    edges = np.quantile(expected, np.linspace(0, 1, bins + 1))
    e = np.histogram(expected, edges)[0] / len(expected) + 1e-6
    a = np.histogram(actual, edges)[0] / len(actual) + 1e-6
    return float(np.sum((a - e) * np.log(a / e)))


def publish(reference_scores: np.ndarray, recent_scores: np.ndarray) -> None:
    boto3.client("cloudwatch").put_metric_data(
        Namespace="ClaimsScoring",
        MetricData=[{"MetricName": "ScorePSI", "Value": population_stability(reference_scores, recent_scores)}],
    )
