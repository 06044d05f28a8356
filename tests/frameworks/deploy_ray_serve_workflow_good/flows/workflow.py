"""Nightly Prefect flow: refit the ticket router and put it live only if its macro-F1 holds up."""

from prefect import flow

from flows.monitor import watch_drift
from flows.serving import serve_classifier
from flows.training import fit_classifier, score_classifier

MIN_MACRO_F1 = 0.78


@flow
def nightly(texts: list[str], labels: list[int], holdout_texts: list[str], holdout_labels: list[int]) -> None:
    trained = fit_classifier(texts, labels)
    macro_f1 = score_classifier(trained, holdout_texts, holdout_labels)
    if macro_f1 >= MIN_MACRO_F1:
        serve_classifier(model_path=trained, replicas=2)
    watch_drift(texts, holdout_texts)
