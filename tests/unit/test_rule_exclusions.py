"""Knowledge rules that leave out calls: `not-keywords`, and a file's calls to its own class's methods."""

from __future__ import annotations

from pytest_mllens.facts.records import CallFact, ClassFact, FileFacts
from pytest_mllens.model.knowledge import Knowledge, rules_from_table

BACKWARD = {"rule": [{"kind": "training", "match": "method", "name": "backward", "not-keywords": ["gradient"], "requires-import": ["torch"], "says": "back-propagates a loss"}]}


def _facts(*calls: CallFact, classes: tuple[ClassFact, ...] = ()) -> FileFacts:
    return FileFacts(path="cam.py", module="cam", imports=(), calls=calls, classes=classes)


def _training(facts: FileFacts) -> list[int]:
    knowledge = Knowledge(rules_from_table(BACKWARD, "test"))
    return [m.line for m in knowledge.module_matches(facts, ("training",))]


def test_not_keywords_leave_out_a_call_passing_one_of_them(monkeypatch) -> None:
    """`out.backward(gradient=g)` is no training step; `loss.backward()` still is."""
    monkeypatch.setattr("pytest_mllens.model.knowledge.imported_roots", lambda facts: frozenset({"torch"}))
    facts = _facts(
        CallFact("logits.backward", False, 3, 0, "explain", keywords=(("gradient", "<expr>"),)),
        CallFact("loss.backward", False, 7, 0, "step"),
    )
    assert _training(facts) == [7]


def test_a_call_to_the_files_own_method_is_not_a_library_method(monkeypatch) -> None:
    """`gcam.backward(ids=...)` on the file's own GradCAM runs project code, not PyTorch's backward."""
    monkeypatch.setattr("pytest_mllens.model.knowledge.imported_roots", lambda facts: frozenset({"torch"}))
    own = ClassFact("GradCAM", 1, methods=("forward", "backward"))
    facts = _facts(CallFact("cam.GradCAM.backward", True, 12, 0, "run", keywords=(("ids", "<expr>"),)), classes=(own,))
    assert _training(facts) == []
    other = _facts(CallFact("cam.Other.backward", True, 12, 0, "run"), classes=(own,))
    assert _training(other) == [12]
