"""Kubernetes workloads created through the Python client to serve a model.

``AppsV1Api().create_namespaced_deployment(namespace, body)`` creates any Deployment: a web UI,
a queue worker, a model server. It releases a model when what the code builds for it names a
registered model (``models:/churn/Production``) or a model server's command: the strings bound
in its function, computed in its calls, or bound at module level and used there. The verbs and
words are data (``[[workload]]`` in ``data/release_flow.toml``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...facts.records import NON_LITERAL, CallFact, FileFacts
from .flow_rules import WorkloadRule
from ..knowledge import Rule

__all__ = ["workload_release"]


def workload_release(facts: FileFacts, call: CallFact, rules: Sequence[WorkloadRule]) -> Rule | None:
    """The release rule for a workload create call whose function's text serves a model."""
    rule = next((r for r in rules if r.pattern.match(call.name)), None)
    if rule is None:
        return None
    for text in _texts(facts, call):
        lowered = text.lower()
        word = next((w for w in rule.words if w in lowered), None)
        if word is not None:
            return Rule(kind="deploy", match="call", name=call.name, says=f"{rule.says} ({word!r} in {text[:60]!r}{'...' if len(text) > 60 else ''})", framework=rule.framework, action="deploys", source="release_flow.toml [[workload]]")
    return None


def _texts(facts: FileFacts, call: CallFact) -> Iterator[str]:
    scope = call.scope
    same = [c for c in facts.calls if c.scope == scope]
    names: set[str] = set()
    for other in same:
        names.update(other.arg_names)
        for _, passed in other.keyword_names:
            names.update(passed)
        for value in (*other.positional, *(v for _, v in other.keywords)):
            if isinstance(value, str) and value != NON_LITERAL:
                yield value
    strings: tuple[tuple[str, str, str], ...] = facts.extra.get("strings", ())  # type: ignore[assignment]
    for where, name, text in strings:
        if where == scope or (where == "" and name in names):
            yield text
