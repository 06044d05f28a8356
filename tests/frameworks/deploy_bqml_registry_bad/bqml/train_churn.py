"""Weekly BigQuery ML retrain of the churn classifier, registered straight into Vertex AI."""
from google.cloud import bigquery

PROJECT = "acme-analytics"
client = bigquery.Client(project=PROJECT)

create_model_sql = f"""
CREATE OR REPLACE MODEL `{PROJECT}.churn.classifier`
OPTIONS (
    model_type = 'LOGISTIC_REG',
    input_label_cols = ['churned'],
    MODEL_REGISTRY = 'VERTEX_AI',
    VERTEX_AI_MODEL_ID = 'churn_classifier'
) AS
SELECT * EXCEPT (customer_id) FROM `{PROJECT}.churn.training_snapshot`
"""

evaluate_sql = f"SELECT roc_auc FROM ML.EVALUATE(MODEL `{PROJECT}.churn.classifier`)"

client.query(create_model_sql).result()
auc = list(client.query(evaluate_sql).result())[0]["roc_auc"]
print(f"registered churn classifier, AUC {auc:.3f}")
