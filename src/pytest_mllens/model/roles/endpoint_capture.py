"""Endpoint configurations that capture no traffic (``[[capture]]`` in data/monitoring_signals.toml).

A SageMaker endpoint is watched by Model Monitor through the requests and responses it
captures. The SageMaker SDK's ``deploy()`` takes ``data_capture_config=`` (a deploy rule's
``capture-keyword``, judged with the deploy sites); the same endpoint built through boto3 or
the CDK takes it in the endpoint *configuration* (``create_endpoint_config(DataCaptureConfig=...)``,
``CfnEndpointConfig(data_capture_config=...)``), which is no release call of its own. This module
finds those configurations that spell their variants but no capture.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ...facts.records import CallFact, FileFacts
from ..knowledge import imported_roots
from ..shipped import data_table

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["UncapturedConfig", "uncaptured_configs"]


@dataclass(frozen=True)
class UncapturedConfig:
    """A call that configures an endpoint without a capture configuration."""

    facts: FileFacts
    call: CallFact
    keyword: str
    """The keyword that would enable capture (``DataCaptureConfig``)."""
    says: str
    expected: str


@dataclass(frozen=True)
class _Rule:
    name: str
    method: str
    imports: frozenset[str]
    keywords: tuple[str, ...]
    keyword: str
    says: str
    expected: str
    captured_by: frozenset[str] = frozenset()

    def matches(self, facts: FileFacts, call: CallFact) -> bool:
        if self.name:
            if not (call.resolved and call.name == self.name):
                return False
        elif call.method != self.method or not imported_roots(facts) & self.imports:
            return False
        # a call written `**config` spells none of its keywords: whether it captures is unknown
        return any(call.has_keyword(k) for k in self.keywords) and not call.has_keyword(self.keyword)


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    return tuple(
        _Rule(
            row.get("name", ""), row.get("method", ""), frozenset(row.get("requires-import", ())), tuple(row["keywords"]),
            row["capture-keyword"], row["says"], row.get("expected", f"{row['capture-keyword']}=..."), frozenset(row.get("captured-by", ())),
        )
        for row in data_table("monitoring_signals.toml").get("capture", ())
    )


def _positions(facts: FileFacts) -> tuple[tuple[int, int], ...]:
    """(call index, rule index) of each uncaptured configuration in one file."""
    rules = _rules()
    methods = {r.method or r.name.rpartition(".")[2] for r in rules}
    found = tuple(
        (i, j)
        for i, call in enumerate(facts.calls)
        if call.method in methods
        for j, rule in enumerate(rules)
        if rule.matches(facts, call)
    )
    if found:
        built = {c.name for c in facts.calls if c.resolved}
        found = tuple((i, j) for i, j in found if not rules[j].captured_by & built)
    return found


def uncaptured_configs(project: Project) -> list[UncapturedConfig]:
    """Every endpoint configuration in the project that captures no traffic, in file order."""
    rules = _rules()
    found = []
    for facts in project.files:
        if facts.error:
            continue
        for i, j in project.knowledge.file_summary(facts, ("uncaptured-configs",), _positions):
            rule = rules[j]
            found.append(UncapturedConfig(facts, facts.calls[i], rule.keyword, rule.says, rule.expected))
    return found
