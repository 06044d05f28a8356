"""Which way a metric guard decides a release (model/releases/gate_direction.py)."""

from __future__ import annotations

import pytest

from pytest_mllens.facts.extraction.extract import extract_facts
from pytest_mllens.model.releases.gate_direction import both_branches, fails_direction, holds_when_good


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("accuracy >= MIN_ACCURACY", True),
        ("accuracy < self.config.accuracy_threshold", False),
        ("new_rmse < prod_rmse", True),
        ("rmse > best_rmse", False),
        ("metrics['val_f1'] > 0.8", True),
        ("0.8 > metrics['val_f1']", False),
        ("not auc >= min_auc", False),
        ("val_loss <= 1.5", True),
        ("valAUC >= 0.75", True),
    ],
)
def test_known_direction(text: str, expected: bool) -> None:
    """A single comparison of the candidate's metric with a reference has a known direction."""
    assert holds_when_good(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "accuracy_drop > max_drop",  # a word that changes what the metric measures
        "new_acc > old_acc and new_f1 > 0.5",  # several comparisons
        "score > threshold",  # no word whose direction is known
        "model.score(X, y) > 0.9",  # unknown words on the candidate side
        "new_acc > current_acc",  # no side is a reference
        "auc != baseline_auc",
        "passes_gate(metrics)",
        "accuracy >= MIN_ACCURA…",  # a test cut short in the facts
    ],
)
def test_unknown_direction(text: str) -> None:
    """Anything but an unambiguous comparison leaves the direction unknown (the guard stays a gate)."""
    assert holds_when_good(text) is None


SOURCE = '''
def train(accuracy, bar, model):
    if accuracy < bar:
        tune(model)
        publish(model, "churn")
    else:
        publish(model, "churn")
    if accuracy >= bar:
        log("good")
    else:
        register(model)
    if accuracy > bar:
        return
    promote(model)
'''


def _facts():
    return extract_facts(SOURCE, path="train.py", module="train", is_package=False, metric_words=frozenset({"accuracy", "bar"}), kind="py")


def test_failing_branches() -> None:
    """A call in the branch, else part or after the early exit taken when the metric fails is not gated by that guard."""
    facts = _facts()
    calls = {c.name: c for c in facts.calls}
    first, second = facts.guards[0], facts.guards[1]
    assert second.body_end == 9 and first.body_end == 5
    assert fails_direction(first, calls["tune"])
    assert fails_direction(second, calls["register"])
    assert not fails_direction(second, calls["log"])
    exit_index = next(i for i, g in enumerate(facts.guards) if g.kind == "exit")
    assert fails_direction(facts.guards[exit_index], calls["promote"])


def test_both_branches() -> None:
    """The same call with the same literal arguments in both branches is not decided by the test."""
    facts = _facts()
    publishes = [c for c in facts.calls if c.name == "publish"]
    assert both_branches(facts, 0, publishes[0]) is publishes[1]
    assert both_branches(facts, 0, publishes[1]) is publishes[0]
    register = next(c for c in facts.calls if c.name == "register")
    assert both_branches(facts, 1, register) is None


PARKING = '''
def promote(client, version, new_accuracy, prod_accuracy):
    if new_accuracy > prod_accuracy:
        client.set_registered_model_alias("fraud", "champion", version)
    else:
        client.set_registered_model_alias("fraud", "challenger", version)
        move_to_staging(version)
'''


def test_parking_in_the_failing_branch() -> None:
    """A release that parks a failing model as a challenger or in staging keeps the guard as its gate."""
    facts = extract_facts(PARKING, path="promote.py", module="promote", is_package=False, metric_words=frozenset({"accuracy", "prod"}), kind="py")
    guard = facts.guards[0]
    aliases = [c for c in facts.calls if c.method == "set_registered_model_alias"]
    staging = next(c for c in facts.calls if c.method == "move_to_staging")
    assert not fails_direction(guard, aliases[0])
    assert not fails_direction(guard, aliases[1])
    assert not fails_direction(guard, staging)
