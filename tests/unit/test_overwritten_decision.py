"""A decision overwritten with a constant decides nothing (facts/extraction/extract.py)."""

from __future__ import annotations

from pytest_mllens.engine import METRIC_WORDS
from pytest_mllens.facts.extraction.extract import extract_facts


def facts_of(source: str):
    return extract_facts(source, path="steps/trigger.py", module="steps.trigger", is_package=False, metric_words=METRIC_WORDS)


def test_comparison_overwritten_with_true_is_not_returned() -> None:
    """`decision = acc > bar; decision = True; return decision` does not return a comparison."""
    facts = facts_of("def trigger(acc, bar):\n    decision = acc > bar\n    decision = True\n    return decision\n")
    assert not facts.functions[0].returns_comparison
    assert ("trigger", "decision", 3) in facts.extra["constants"]


def test_conditional_override_keeps_the_comparison() -> None:
    """An override under an `if` (a forced deploy) leaves the comparison as what is usually returned."""
    facts = facts_of("def trigger(acc, bar, force):\n    decision = acc > bar\n    if force:\n        decision = True\n    return decision\n")
    assert facts.functions[0].returns_comparison


def test_comparison_after_a_default_is_returned() -> None:
    """`passed = False` first, then the comparison: the comparison is what is returned."""
    facts = facts_of("def trigger(acc, bar):\n    passed = False\n    passed = acc > bar\n    return passed\n")
    assert facts.functions[0].returns_comparison
