"""A release decision returned inside a tuple and unpacked by the caller (facts/extraction/extract.py)."""

from __future__ import annotations

from pytest_mllens.engine import METRIC_WORDS
from pytest_mllens.facts.extraction.extract import extract_facts


def facts_of(source: str):
    return extract_facts(source, path="steps/evaluate.py", module="steps.evaluate", is_package=False, metric_words=METRIC_WORDS)


def test_decision_position_of_a_returned_tuple() -> None:
    """`passed = accuracy >= bar; return metrics, passed` records position 1 as the decision."""
    facts = facts_of("def evaluate(accuracy, bar):\n    metrics = {'accuracy': accuracy}\n    passed = accuracy >= bar\n    return metrics, passed\n")
    assert facts.extra["decision_returns"] == (("evaluate", (1,)),)


def test_inline_comparison_in_a_returned_tuple() -> None:
    """`return metrics, auc > best_auc` records the comparison's position."""
    facts = facts_of("def evaluate(auc, best_auc):\n    return {'auc': auc}, auc > best_auc\n")
    assert facts.extra["decision_returns"] == (("evaluate", (1,)),)


def test_overwritten_decision_is_not_returned() -> None:
    """A decision overwritten with a constant before the return decides nothing."""
    facts = facts_of("def evaluate(accuracy, bar):\n    passed = accuracy >= bar\n    passed = True\n    return accuracy, passed\n")
    assert "decision_returns" not in facts.extra


def test_tuple_without_a_decision() -> None:
    """`return metrics, path` holds no decision."""
    facts = facts_of("def evaluate(model, path):\n    metrics = score(model)\n    return metrics, path\n")
    assert "decision_returns" not in facts.extra


def test_unpacked_names_of_a_call() -> None:
    """`metrics, passed = evaluate(...)` records which names take which element, in its scope."""
    facts = facts_of("def run(model):\n    metrics, passed = evaluate(model)\n    deploy(model, passed)\n")
    ((scope, index, names),) = facts.extra["unpacked"]
    assert (scope, names) == ("run", ("metrics", "passed"))
    assert facts.calls[index].name.endswith("evaluate")


def test_starred_unpacking_is_not_recorded() -> None:
    """`first, *rest = f()` maps no position to a name reliably, so nothing is recorded."""
    facts = facts_of("first, *rest = load()\n")
    assert "unpacked" not in facts.extra
