"""Which way a metric guard decides a release.

A metric comparison around a release is a gate only where the release runs when the model
*passes* it. Two shapes read as gates by their form alone do not gate:

- the release sits in the branch where the metric fails the bar: ``if accuracy <
  threshold: register(model)``, the ``else`` of ``if rmse < best_rmse:``, or the code after
  ``if auc >= MIN_AUC: return``;
- the same release runs in both branches (``if acc < bar: tune(); register(m) else:
  register(m)``): the comparison picks what happens before it, not whether it happens.

Both are read conservatively. The direction is known only for a single ordering comparison
whose one side is the candidate's metric, named by a word whose better direction is known
(``data/metric_direction.toml``: accuracy and f1 higher, rmse and loss lower) and neutral
words only, and whose other side is a reference (a number, a threshold, the production
model's value). Anything else (two metrics, an unknown word, a helper call, ``and``/``or``)
keeps the guard a gate, as before.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ...facts.parsing import METRIC_WORDS
from ...facts.records import CallFact, FileFacts, GuardFact
from ...facts.source import parse_quietly
from ..shipped import data_table

__all__ = ["both_branches", "compares_counts", "fails_direction", "holds_when_good", "metric_direction", "none_test", "past_presence_check"]

_WORD = re.compile(r"[A-Z0-9]{2,}(?![a-z])|[A-Z]?[a-z0-9]+|[A-Z]")
"""Words of an identifier or key: ``MIN_ACCURACY`` -> MIN, ACCURACY; ``valAUC`` -> val, AUC;
``val_f1`` -> val, f1."""


@dataclass(frozen=True)
class _Words:
    higher: frozenset[str]
    lower: frozenset[str]
    reference: frozenset[str]
    neutral: frozenset[str]
    parking: frozenset[str]
    in_service: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    table = data_table("metric_direction.toml")["direction"]
    return _Words(*(frozenset(str(w).lower() for w in table[key]) for key in ("higher", "lower", "reference", "neutral", "parking", "in-service")))


@dataclass(frozen=True)
class _Side:
    direction: str  # "higher", "lower" or "" (none, or both)
    candidate: bool  # the candidate's metric: a direction word plus neutral words only
    reference: bool  # a number, or a name holding a reference word


def _side(node: ast.expr, words: _Words) -> _Side:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return _Side("", False, True)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        return _Side("", False, True)
    found: list[str] = []
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            found.extend(w.lower() for w in _WORD.findall(child.id))
        elif isinstance(child, ast.Attribute):
            found.extend(w.lower() for w in _WORD.findall(child.attr))
        elif isinstance(child, ast.Constant) and isinstance(child.value, str):
            found.extend(w.lower() for w in _WORD.findall(child.value))
    higher = any(w in words.higher for w in found)
    lower = any(w in words.lower for w in found)
    direction = "higher" if higher and not lower else "lower" if lower and not higher else ""
    reference = any(w in words.reference for w in found)
    known = words.higher | words.lower | words.neutral
    candidate = bool(direction) and not reference and all(w in known or w.isdigit() for w in found)
    return _Side(direction, candidate, reference)


def metric_direction(name: str) -> str:
    """``"higher"`` / ``"lower"`` when the words of ``name`` (``holdout_mae``, ``val-auc``) say
    which way the metric it holds is better, ``""`` when it names no metric (or both ways)."""
    side = _side(ast.Name(id=name), _words())
    return side.direction if side.candidate else ""


def _single_comparison(text: str) -> tuple[ast.Compare, bool] | None:
    """The comparison a guard's test makes under any number of ``not``, and whether they
    negate it; ``None`` for a cut-off text, one that does not parse, or any other test."""
    if not text or text.endswith("…"):
        return None
    try:
        node = parse_quietly(text.strip(), mode="eval").body
    except (SyntaxError, ValueError):
        return None
    negated = False
    while isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        node, negated = node.operand, not negated
    return (node, negated) if isinstance(node, ast.Compare) else None


@functools.lru_cache(maxsize=1024)
def holds_when_good(text: str) -> bool | None:
    """Is the test ``text`` true when the candidate's metric is good (``acc >= MIN_ACC``:
    True; ``rmse > best_rmse``: False), or ``None`` when that is not unambiguous?"""
    parsed = _single_comparison(text)
    if parsed is None:
        return None
    node, negated = parsed
    if len(node.ops) != 1:
        return None
    op = node.ops[0]
    if isinstance(op, (ast.Gt, ast.GtE)):
        left_greater = True
    elif isinstance(op, (ast.Lt, ast.LtE)):
        left_greater = False
    else:
        return None
    words = _words()
    left, right = _side(node.left, words), _side(node.comparators[0], words)
    if left.candidate and right.reference and right.direction in ("", left.direction):
        candidate_greater, direction = left_greater, left.direction
    elif right.candidate and left.reference and left.direction in ("", right.direction):
        candidate_greater, direction = not left_greater, right.direction
    else:
        return None
    good = candidate_greater if direction == "higher" else not candidate_greater
    return good != negated


def fails_direction(guard: GuardFact, call: CallFact) -> bool:
    """Does ``call`` run only when the candidate's metric *fails* this guard's comparison?
    In the body of ``if`` (before ``body_end``) it runs when the test holds; in its
    ``else``/``elif`` part, or after an early exit, when the test does not."""
    if not guard.metric or guard.kind not in ("if", "exit"):
        return False
    good = holds_when_good(guard.text)
    if good is None:
        return False
    runs_when_true = guard.kind == "if" and not (guard.body_end and call.line > guard.body_end)
    return runs_when_true != good and not _parks(call)


def past_presence_check(guard: GuardFact, call: CallFact) -> bool:
    """Does ``call`` run on the side of a bare None test where the value *exists*: after
    ``if best_f1 is None: raise`` or ``assert best_f1 is not None``, in the body of ``if prod_auc is not None:``, in the
    ``else`` of ``if champion is None:``? No value is compared there, so nothing holds the
    model to a bar. Only the other side, the body of ``if champion is None:`` (the first
    model, with no incumbent to beat yet), stays the bootstrap branch of a champion/challenger
    gate, as the facts extraction already reads it."""
    if not guard.metric or guard.kind not in ("if", "exit", "assert"):
        return False
    true_when_none = none_test(guard.text)
    if true_when_none is None:
        return False
    runs_when_true = guard.kind in ("if", "assert") and not (guard.body_end and call.line > guard.body_end)
    return runs_when_true != true_when_none


@functools.lru_cache(maxsize=1024)
def none_test(text: str) -> bool | None:
    """For a test that only asks whether one value is None (``x is None``, ``x is not None``,
    ``not x is None``): is it true when the value is None? ``None`` for any other test."""
    parsed = _single_comparison(text)
    if parsed is None:
        return None
    node, negated = parsed
    if len(node.ops) != 1 or not isinstance(node.ops[0], (ast.Is, ast.IsNot)):
        return None
    sides = (node.left, node.comparators[0])
    if sum(isinstance(side, ast.Constant) and side.value is None for side in sides) != 1:
        return None
    return isinstance(node.ops[0], ast.Is) != negated


def _parks(call: CallFact) -> bool:
    """Does the release hold the model back for review (a staging or challenger stage or
    alias, a helper named so) rather than put it into service?"""
    parking = _words().parking
    texts = [call.method, *(v for v in (*call.positional, *(v for _, v in call.keywords)) if isinstance(v, str))]
    if any(w.lower() in parking for text in texts for w in _WORD.findall(text[:200])):
        return True
    # `set_registered_model_alias(name, "champion", prod_version)` when the new model loses:
    # it points the alias (or stage) back at the version already in service; a deploy to the
    # live endpoint is no such thing, and neither is a version read with a candidate word
    if "alias" not in call.method and "stage" not in call.method:
        return False
    words = {w.lower() for name in call.arg_names for w in _WORD.findall(name)}
    return bool(words & _words().in_service) and not words & {"new", "latest", "candidate", "challenger"}


def both_branches(facts: FileFacts, guard_index: int, call: CallFact) -> CallFact | None:
    """The same call (same callee, same literal arguments, under the same guards) in the
    other branch of the ``if`` at ``guard_index``: then the test does not decide whether it
    runs. ``None`` when there is none, or the ``if`` has no ``else``."""
    guard = facts.guards[guard_index]
    if guard.kind != "if" or not guard.body_end:
        return None
    in_else = call.line > guard.body_end
    for other in facts.calls:
        if other is call or other.name != call.name or other.scope != call.scope or other.guards != call.guards:
            continue
        if (other.line > guard.body_end) == in_else:
            continue
        if _literals(other) == _literals(call):
            return other
    return None


def _literals(call: CallFact) -> tuple[object, ...]:
    """The call's arguments as far as the facts tell them apart: the literals and the names
    the computed ones read (``prod_version`` in one branch, ``new_version`` in the other is a
    choice the test makes, not the same release twice)."""
    return (tuple(call.positional), tuple(sorted(call.keywords, key=lambda pair: pair[0])), call.arg_names, tuple(sorted(call.keyword_names)))


@functools.lru_cache(maxsize=1)
def _count_table() -> tuple[frozenset[str], frozenset[str]]:
    """The count calls, and the words that make a count a verdict (data/metric_direction.toml)."""
    table = data_table("metric_direction.toml").get("count", {})
    return frozenset(str(c) for c in table.get("calls", ())), METRIC_WORDS | frozenset(str(w) for w in table.get("verdict-words", ()))


def _verdict_words(names: Iterable[str]) -> bool:
    """Does a count read metrics or verdicts (``len([m for m in scores if scores[m] >= bar])``,
    ``len(failed_checks)``)? Then it counts passed or failed checks, an evaluation in itself."""
    words = {w.lower() for name in names for w in _WORD.findall(name)}
    words |= {w[:-1] for w in words if w.endswith("s")}  # `regressions`, `failures`
    return bool(words & _count_table()[1])


def compares_counts(facts: FileFacts, guard: GuardFact) -> bool:
    """The guard's test only compares counts: every side of every comparison is a number, a
    count call (``len(x)``) or a name the scope last set from one before the guard
    (``threshold = len(learning.hyperparams)`` ... ``if threshold >= 1``). Such a guard checks
    the size of something, not the model's quality, however its names read."""
    counts = _count_table()[0]
    if not counts or not guard.text:
        return False
    try:
        test = parse_quietly(guard.text.strip(), mode="eval").body
    except (SyntaxError, ValueError):
        return False
    tests = test.values if isinstance(test, ast.BoolOp) else [test]
    if not all(isinstance(t, ast.Compare) for t in tests):
        return False

    def counted(node: ast.expr) -> bool:
        if isinstance(node, ast.Constant):
            return isinstance(node.value, int) and not isinstance(node.value, bool)
        if isinstance(node, ast.Call):
            read = {n.id for arg in node.args for n in ast.walk(arg) if isinstance(n, ast.Name)} | {n.attr for arg in node.args for n in ast.walk(arg) if isinstance(n, ast.Attribute)}
            return isinstance(node.func, ast.Name) and node.func.id in counts and not _verdict_words(read)
        if isinstance(node, ast.Name):
            setter = max((c for c in facts.calls if c.assigned_to == node.id and c.scope == guard.scope and c.line <= guard.line), key=lambda c: c.line, default=None)
            return setter is not None and setter.name in counts and not _verdict_words(setter.arg_names)
        return False

    return all(counted(side) for t in tests for side in (t.left, *t.comparators))  # type: ignore[attr-defined]
