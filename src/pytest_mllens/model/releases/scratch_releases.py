"""Model-store writes in a notebook that nothing serves from: exploration, not a release.

``bentoml.sklearn.save_model("iris_try", clf)`` or ``bentoml.mlflow.import_model(...)`` put a
model into BentoML's store on the machine that runs them. In a script of a project that builds
and serves Bentos, that store is what ``bentoml serve`` / ``bentoml build`` ship: a release. In a
notebook of a project that serves nothing from the store (no module reads it: no
``bentoml.models.get``, no ``bentoml.sklearn.load_model``; no ``bentofile.yaml``), it is someone
pulling a model in to look at it: no release (a service that loads its models from the MLflow
registry does not read BentoML's store). The verbs and
what counts as serving from the store are data (``[[scratch]]`` in ``data/release_flow.toml``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...facts.records import CallFact, FileFacts
from .flow_rules import ScratchRule
from ..knowledge import imported_roots
from ..project import Project

__all__ = ["explores_only"]


def explores_only(project: Project, facts: FileFacts, call: CallFact, rules: Sequence[ScratchRule]) -> bool:
    """Is ``call`` a store write in a notebook of a project that serves nothing from that store?"""
    if facts.kind != "ipynb":
        return False
    rule = next((r for r in rules if r.pattern.match(call.name)), None)
    if rule is None:
        return False
    memo: dict[tuple[str, ...], bool] = project.memo.setdefault("serves_from_store", {})
    key = (*rule.reads, "|", *rule.files)
    served = memo.get(key)
    if served is None:
        served = memo[key] = _serves_from_store(project, rule)
    return not served


def _serves_from_store(project: Project, rule: ScratchRule) -> bool:
    patterns = rule.read_patterns
    roots = frozenset(name.split(".", 1)[0] for name in rule.reads)
    if rule.files and any(config.path.rpartition("/")[2] in rule.files for config in project.configs):
        return True  # a bentofile.yaml builds a Bento from the store
    for other in project.files:
        if other.kind == "py" and not roots.isdisjoint(imported_roots(other)) and any(p.match(call.name) for call in other.calls for p in patterns):
            return True
    return False
