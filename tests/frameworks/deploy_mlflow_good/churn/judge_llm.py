"""LLM-judged answer quality for the retention assistant (MLflow 3 GenAI evaluation)."""
import mlflow
from mlflow.genai.scorers import Correctness, RelevanceToQuery

from churn.assistant import answer


def run(dataset):
    return mlflow.genai.evaluate(data=dataset, predict_fn=answer, scorers=[Correctness(), RelevanceToQuery()])
