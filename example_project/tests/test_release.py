"""Release decisions: who gets @champion, what reaches the endpoint."""

from __future__ import annotations

from types import SimpleNamespace
from unittest import mock

from churn import release

GOOD = {"roc_auc": 0.86, "recall_at_threshold": 0.71, "brier": 0.12}


def _client(candidate_auc: float, champion_auc: float | None) -> mock.Mock:
    """An MLflow client whose candidate (v12) and champion (v11) runs logged these AUCs."""
    client = mock.Mock()
    runs = {"run-12": candidate_auc, "run-11": champion_auc}
    client.get_model_version.return_value = SimpleNamespace(version="12", run_id="run-12")
    client.get_model_version_by_alias.return_value = None if champion_auc is None else SimpleNamespace(version="11", run_id="run-11")
    client.get_run.side_effect = lambda run_id: SimpleNamespace(data=SimpleNamespace(metrics={release.AUC_METRIC: runs[run_id]}))
    return client


def test_better_candidate_becomes_champion() -> None:
    client = _client(candidate_auc=0.87, champion_auc=0.84)
    assert release.promote(client, "12")
    client.set_registered_model_alias.assert_called_once_with("churn-classifier", "champion", "12")


def test_candidate_below_the_bar_is_not_promoted() -> None:
    client = _client(candidate_auc=0.78, champion_auc=None)
    assert not release.promote(client, "12")
    client.set_registered_model_alias.assert_not_called()


def test_candidate_that_does_not_beat_the_champion_is_not_promoted() -> None:
    client = _client(candidate_auc=0.841, champion_auc=0.84)
    assert not release.promote(client, "12")
    client.set_registered_model_alias.assert_not_called()


def test_deploy_creates_the_endpoint() -> None:
    # Only the accepting path: nothing checks that a model missing the bar is refused.
    # pytest --mllens --mllens-coverage reports this gate as untested-gate (ML004).
    with mock.patch.object(release, "SKLearnModel") as model_cls:
        release.deploy_endpoint("s3://models/churn/12/model.tar.gz", "arn:aws:iam::123456789012:role/sagemaker", GOOD)
    model_cls.return_value.deploy.assert_called_once()
