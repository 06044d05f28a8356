"""Training scripts a SageMaker deploy serves: ``estimator.deploy()`` with no script of its own.

A framework estimator (``PyTorch(entry_point="train.py", source_dir="code")``) hands its
``entry_point`` to the endpoint as well when the trained model is deployed without an
``entry_point=`` of the deploy's own: the endpoint imports that script for its ``model_fn``
(or the framework's default handler). The same holds for ``tuner.deploy()`` on a
``HyperparameterTuner`` built from such an estimator: SageMaker re-attaches the best job's
estimator, script included. So the training script is the inference handler, and whatever it
trains ships with the endpoint. Read from one file's calls (a notebook or a launcher
script); the knowledge is ``[estimator-deploys]`` in ``data/entrypoints.toml``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from ...facts.configs.deploy_config import EntryRef, knowledge
from ...facts.records import NON_LITERAL, CallFact, FileFacts

__all__ = ["estimator_deploy_refs"]


@functools.lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    return knowledge().get("estimator-deploys", {})


def estimator_deploy_refs(facts: FileFacts) -> tuple[tuple[EntryRef, str], ...]:
    """``(reference, what it says)`` for each script-less deploy of a framework estimator (or a
    tuner over one) whose ``entry_point`` is a literal ``.py`` file in this file's calls."""
    rules = _rules()
    methods = frozenset(rules.get("methods", ()))
    # a partial [estimator-deploys] table follows nothing rather than failing the run
    if not methods or any(key not in rules for key in ("estimators", "tuners", "script", "directory")) or not any(call.method in methods for call in facts.calls):
        return ()
    return tuple(_refs(facts, rules, methods))


def _refs(facts: FileFacts, rules: dict[str, Any], methods: frozenset[str]) -> Iterable[tuple[EntryRef, str]]:
    estimators = frozenset(rules["estimators"])
    tuners = frozenset(rules["tuners"])
    for call in facts.calls:
        if call.method not in methods or not call.receiver or call.has_keyword(rules["script"]):
            continue
        built = _bound_before(facts, call.receiver, call.line)
        via = ""
        if built is not None and built.name in tuners:
            tuned = _tuned_estimator(built)
            via = f" (a tuner over {tuned})"
            built = _bound_before(facts, tuned, built.line) if tuned else None
        if built is None or built.name not in estimators:
            continue
        script = built.keyword(rules["script"])
        if not isinstance(script, str) or script == NON_LITERAL or not script.endswith(".py"):
            continue
        directory = built.keyword(rules["directory"])
        base = directory if isinstance(directory, str) and directory != NON_LITERAL and "://" not in directory else ""
        how = f"{call.receiver}.{call.method}() with no entry_point{via} serves {built.name.rpartition('.')[2]}(entry_point={script!r}) built at {facts.location(built.line)}"
        yield EntryRef(call.line, "file", script, how, True, base), "SageMaker loads the trained model in the endpoint with the training script itself"


def _bound_before(facts: FileFacts, variable: str, line: int) -> CallFact | None:
    """The call whose result ``variable`` was last bound to at or before ``line`` in this file."""
    found: CallFact | None = None
    for call in facts.calls:
        if call.assigned_to == variable and call.line <= line and (found is None or call.line >= found.line):
            found = call
    return found


def _tuned_estimator(tuner: CallFact) -> str:
    """The variable a ``HyperparameterTuner(estimator, ...)`` call tunes: its ``estimator=``
    keyword, else its first positional argument when that is a plain name."""
    named = tuner.names_in_keyword("estimator")
    if named:
        return named[0]
    if tuner.positional and tuner.arg_names and tuner.arg_names[0] not in {n for _, names in tuner.keyword_names for n in names}:
        return tuner.arg_names[0]
    return ""
