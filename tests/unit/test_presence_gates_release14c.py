"""A bare None test of a score gates only its bootstrap side (the value is None)."""

import pytest

from pytest_mllens.facts.records import CallFact, GuardFact
from pytest_mllens.model.releases.gate_direction import none_test, past_presence_check


@pytest.mark.parametrize(
    ("text", "expected"),
    [("best_f1 is None", True), ("best_f1 is not None", False), ("not champion is None", False), ("None is prod_auc", True),
     ("auc > 0.8", None), ("a is None or auc < 0.8", None), ("model is other", None), ("", None)],
)
def test_none_test(text: str, expected: bool | None) -> None:
    assert none_test(text) is expected


def _call(line: int) -> CallFact:
    return CallFact("client.set_registered_model_alias", True, line, 4, "f")


def test_sides() -> None:
    assert past_presence_check(GuardFact("exit", 3, "f", "best_f1 is None", True), _call(5))
    assert past_presence_check(GuardFact("if", 3, "f", "prod_f1 is not None", True), _call(4))
    assert past_presence_check(GuardFact("if", 3, "f", "prod_f1 is None", True, body_end=4), _call(6))
    assert past_presence_check(GuardFact("assert", 3, "f", "best_f1 is not None", True), _call(5))
    # the bootstrap branch, a real comparison, and a guard that names no metric keep their verdicts
    assert not past_presence_check(GuardFact("if", 3, "f", "prod_f1 is None", True, body_end=4), _call(4))
    assert not past_presence_check(GuardFact("exit", 3, "f", "best_f1 < 0.7", True), _call(5))
    assert not past_presence_check(GuardFact("exit", 3, "f", "verdict is None", False), _call(5))
