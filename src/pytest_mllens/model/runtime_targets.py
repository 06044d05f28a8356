"""Runtime targets: the lines a test run must execute for a gate or a monitor to be proven.

The static analysis runs once and its project model is freed afterwards, so what the
runtime checks (``untested-gate``, ``untested-monitor``) need of it is derived here, at
analysis time, as a few small picklable records that travel with the results (cache,
pytest-xdist workers). Judging them against coverage data happens later, in
:mod:`pytest_mllens.coverage_evidence`.

A *gate target* is a metric comparison that decides whether a release line runs: the
``if``/early exit/``assert`` around or before a deploy, register or promote call, or the
same statement when its condition calls a gate helper (``if not passes_gate(m): raise``).
Its *rejecting branch* is the way out of that statement that does not reach the release.
A *monitor target* is a call that sets up drift or model-quality monitoring.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..facts.records import CallFact, FileFacts, GuardFact

if TYPE_CHECKING:  # the targets are read back from the cache without building a project
    from .project import Project

__all__ = ["GateTarget", "MonitorTarget", "RuntimeTargets", "runtime_targets"]

GUARD_KINDS = ("if", "exit", "assert")
"""Guards that Python itself evaluates. ``with dsl.Condition`` and ``while`` are left out: an
orchestrator decides a pipeline condition, so a unit test cannot run its branches."""
MAX_CALLER_DEPTH = 3


@dataclass(frozen=True, order=True)
class GateTarget:
    """One gate statement: ``line`` holds the comparison, ``protects`` the line it lets run."""

    path: str
    line: int
    kind: str
    """``if`` (the release is inside it), ``exit`` (``if ...: raise/return`` before the release) or ``assert``."""
    protects: int
    """The line in this file that runs only when the gate accepts: the release call, or the
    call into the function that releases."""
    text: str
    """The condition's source text."""
    release: str
    """What the gate protects, as the finding states it (``client.set_registered_model_alias() at release.py:63``)."""
    helper: str = ""
    """The gate helper the condition calls, when the comparison is not written inline."""
    scope: str = ""

    @property
    def described(self) -> str:
        shape = {"if": f"`if {self.text}`", "exit": f"early exit `if {self.text}`", "assert": f"`assert {self.text}`"}[self.kind]
        return f"{shape} (through the gate helper {self.helper}())" if self.helper else shape

    def prefixed(self, prefix: str) -> GateTarget:
        return replace(self, path=prefix + self.path, release=_prefix_location(self.release, prefix))


@dataclass(frozen=True, order=True)
class MonitorTarget:
    """A call that sets up drift or model-quality monitoring."""

    path: str
    line: int
    scope: str
    name: str
    says: str

    def prefixed(self, prefix: str) -> MonitorTarget:
        return replace(self, path=prefix + self.path)


@dataclass(frozen=True)
class RuntimeTargets:
    gates: tuple[GateTarget, ...] = ()
    monitors: tuple[MonitorTarget, ...] = ()

    def prefixed(self, prefix: str) -> RuntimeTargets:
        return RuntimeTargets(tuple(t.prefixed(prefix) for t in self.gates), tuple(t.prefixed(prefix) for t in self.monitors))

    def __add__(self, other: RuntimeTargets) -> RuntimeTargets:
        return RuntimeTargets(tuple(sorted({*self.gates, *other.gates})), tuple(sorted({*self.monitors, *other.monitors})))


@dataclass
class _Walk:
    project: Project
    found: set[GateTarget] = field(default_factory=set)


def runtime_targets(project: Project) -> RuntimeTargets:
    """Gate and monitor targets of the project, in path and line order (Python files only:
    a notebook's lines are not the lines coverage measures, nor are those of a script a
    notebook writes with %%writefile, which the tests do not run at that path)."""
    return RuntimeTargets(tuple(sorted(set(_gate_targets(project)))), tuple(sorted(_monitor_targets(project))))


def _gate_targets(project: Project) -> Iterator[GateTarget]:
    from .releases.gates import deploy_sites  # the release sites ML002 starts from, computed once per project

    for site in deploy_sites(project):
        if site.facts.kind != "py" or site.facts.origin:
            continue
        release = f"{site.call.name}() at {site.facts.path}:{site.call.line}"
        yield from _gates_of(project, site.facts, site.call, release, 0, frozenset())


def _gates_of(project: Project, facts: FileFacts, call: CallFact, release: str, depth: int, visiting: frozenset[tuple[str, int]]) -> Iterator[GateTarget]:
    """The gate statements that decide whether ``call`` runs: its own guards, the guards of a
    helper called before it that stops the flow on a metric, and, when it has none, the
    guards around every call of the function that holds it."""
    own = False
    for index in call.guards:
        guard = facts.guards[index]
        helper = _gate_helper(project, guard)
        if guard.kind in GUARD_KINDS and (guard.metric or helper):
            own = True
            yield GateTarget(facts.path, guard.line, guard.kind, call.line, guard.text, release, "" if guard.metric else helper, guard.scope)
    for earlier in facts.calls:
        if earlier.scope != call.scope or earlier.line >= call.line or earlier is call:
            continue
        entry = project.function(earlier.name)
        if entry is None or not entry[1].exits_on_metric:
            continue
        helper_facts, function = entry
        if helper_facts.kind != "py" or helper_facts.origin:
            continue
        for guard in helper_facts.guards:
            if guard.scope == function.qualname and guard.metric and guard.kind in ("exit", "assert"):
                own = True
                # inside the helper nothing is released: the early exit's body is what rejects
                yield GateTarget(helper_facts.path, guard.line, guard.kind, guard.line, guard.text, release, "", guard.scope)
    if own or not call.scope or depth >= MAX_CALLER_DEPTH:
        return
    qualified = f"{facts.module}.{call.scope}" if facts.module else call.scope
    for caller_facts, caller in project.callers_of(qualified):
        key = (caller_facts.path, caller.line)
        if key in visiting or caller_facts.kind != "py" or caller_facts.origin:
            continue
        yield from _gates_of(project, caller_facts, caller, release, depth + 1, visiting | {key})


def _gate_helper(project: Project, guard: GuardFact) -> str:
    """The first call in the condition to a project function that returns a comparison or
    stops on a metric, or that the knowledge names a gate."""
    for name in guard.calls:
        entry = project.function(name)
        if entry is not None and (entry[1].returns_comparison or entry[1].exits_on_metric):
            return name
        if any(rule.pattern.match(name) for rule in project.knowledge.by_kind("gate")):
            return name
    return ""


def _monitor_targets(project: Project) -> Iterator[MonitorTarget]:
    for facts in project.files_with_role("monitoring"):
        if facts.kind != "py" or facts.origin:
            continue
        seen: set[int] = set()
        for call in facts.calls:
            if call.line in seen:
                continue
            rules = project.knowledge.call_matches(facts, call, ("monitoring",))
            if rules:
                seen.add(call.line)
                framework = f"{rules[0].framework}: " if rules[0].framework else ""
                yield MonitorTarget(facts.path, call.line, call.scope, call.name, f"{framework}{rules[0].says}")


def _prefix_location(text: str, prefix: str) -> str:
    head, sep, location = text.rpartition(" at ")
    return f"{head}{sep}{prefix}{location}" if sep else text
