"""Nightly Flyte workflow: refit the ticket router and put it live."""

from flytekit import workflow
from flytekit.core.node_creation import create_node

from flows.serving import serve_classifier
from flows.training import fit_classifier


@workflow
def nightly(texts: list[str], labels: list[int]) -> None:
    trained = fit_classifier(texts=texts, labels=labels)
    create_node(serve_classifier, model=trained, replicas=2)
