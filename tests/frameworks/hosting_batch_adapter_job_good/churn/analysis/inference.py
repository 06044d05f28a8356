"""Notebook helper: what the champion says about a handful of customers (returns, writes nothing)."""
from churn.io import stores


def explain_rows(rows):
    model = stores.ModelStore().load(alias="champion")
    scores = model.predict(rows)
    return rows.assign(churn_score=scores)
