# {% include 'template/license_header' %}
from steps import score_batch
from zenml import pipeline


@pipeline
def {{ project_name }}_scoring(rows):
    score_batch(rows)
