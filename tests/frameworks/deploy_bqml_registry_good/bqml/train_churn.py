"""Weekly BigQuery ML retrain of a churn candidate; registered in Vertex AI only when it beats the bar."""
import sys

from google.cloud import bigquery

PROJECT = "acme-analytics"
MIN_AUC = 0.8
client = bigquery.Client(project=PROJECT)

candidate_sql = f"""
CREATE OR REPLACE MODEL `{PROJECT}.churn.candidate`
OPTIONS (model_type = 'LOGISTIC_REG', input_label_cols = ['churned']) AS
SELECT * EXCEPT (customer_id) FROM `{PROJECT}.churn.training_snapshot`
"""

evaluate_sql = f"SELECT roc_auc FROM ML.EVALUATE(MODEL `{PROJECT}.churn.candidate`)"

register_sql = f"""
CREATE OR REPLACE MODEL `{PROJECT}.churn.classifier`
OPTIONS (
    model_type = 'LOGISTIC_REG',
    input_label_cols = ['churned'],
    MODEL_REGISTRY = 'VERTEX_AI',
    VERTEX_AI_MODEL_ID = 'churn_classifier'
) AS
SELECT * EXCEPT (customer_id) FROM `{PROJECT}.churn.training_snapshot`
"""

client.query(candidate_sql).result()
auc = list(client.query(evaluate_sql).result())[0]["roc_auc"]
if auc < MIN_AUC:
    sys.exit(f"candidate AUC {auc:.3f} below {MIN_AUC}; registry unchanged")
client.query(register_sql).result()
