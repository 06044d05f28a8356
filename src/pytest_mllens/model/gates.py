"""Deployment sites and the evaluation gates that guard them.

A deploy, register or promote call is *gated* when the code that reaches it has first
compared an evaluation metric with a threshold or with the production model. The gate
may sit around the call (``if``/``with dsl.Condition``), before it (``assert``, an early
``raise``/``return``/``sys.exit``), in a helper (``if passes_gate(m):`` where
``passes_gate`` returns a comparison; ``check_metrics(m)`` that raises), in a SageMaker
``ConditionStep`` whose ``if_steps`` hold the step, in an orchestrator task that runs
before it (an Airflow ``ShortCircuitOperator`` / ``BranchPythonOperator`` /
``@task.short_circuit`` / ``@task.branch`` whose callable compares a metric, ordered by
``>>``, ``chain`` or TaskFlow data passing), or in every caller of the function that deploys.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..facts.records import NON_LITERAL, CallFact, FileFacts, FunctionFact, GuardFact
from .knowledge import Rule, matches_any
from .project import Project

__all__ = ["DeploySite", "Gate", "deploy_sites", "find_gate"]

MAX_CALLER_DEPTH = 6


@dataclass(frozen=True)
class DeploySite:
    facts: FileFacts
    call: CallFact
    rule: Rule

    @property
    def action(self) -> str:
        return self.rule.action


@dataclass(frozen=True)
class Gate:
    """Why a site counts as gated: one human-readable line of evidence."""

    evidence: str


def deploy_sites(project: Project) -> list[DeploySite]:
    """Every call that deploys, registers or promotes a model, in path and line order.

    Computed once per project: ML002 and ML003 both start from these sites.
    """
    cached = project.memo.get("deploy_sites")
    if cached is None:
        cached = project.memo["deploy_sites"] = list(_deploy_sites(project))
    return cached  # type: ignore[no-any-return]


def _deploy_sites(project: Project) -> Iterator[DeploySite]:
    for facts in project.files:
        seen_parents: set[int] = set()
        for index, call in enumerate(facts.calls):
            matched = project.knowledge.call_matches(facts, call, ("deploy",))
            if not matched:
                continue
            # ModelStep(step_args=model.register(...)): report the inner register call only once
            if call.parent in seen_parents:
                continue
            seen_parents.add(index)
            yield DeploySite(facts, call, matched[0])


def find_gate(project: Project, site: DeploySite, gate_patterns: Sequence[str] = ()) -> Gate | None:
    return _approval_gate(site) or _gate_for(project, site.facts, site.call, gate_patterns, depth=0, visiting=set())


def _approval_gate(site: DeploySite) -> Gate | None:
    """A registration that waits for approval in the model registry is gated by that approval.

    SageMaker registers a new model package version as ``PendingManualApproval`` unless the
    call says ``Approved``; nothing can deploy it until someone (or an approval workflow)
    approves it. Registering straight to ``Approved`` is a promotion with no gate.
    """
    keyword = site.rule.approval_keyword
    if not keyword:
        return None
    if not site.call.has_keyword(keyword):
        return Gate(f"registered without {keyword}=: the new version waits as PendingManualApproval until it is approved in the model registry")
    value = site.call.keyword(keyword)
    if value == NON_LITERAL:
        return Gate(f"{keyword}= is set at run time (e.g. a pipeline parameter): the version waits for approval unless that value is 'Approved'")
    if isinstance(value, str) and value != "Approved":
        return Gate(f"registered with {keyword}={value!r}: the version waits for approval in the model registry before it can be deployed")
    return None


def _gate_for(project: Project, facts: FileFacts, call: CallFact, gate_patterns: Sequence[str], depth: int, visiting: set[tuple[str, int]]) -> Gate | None:
    for index in call.guards:
        gate = _guard_gate(project, facts, facts.guards[index], gate_patterns)
        if gate is not None:
            return gate
    gate = _helper_before(project, facts, call, gate_patterns)
    if gate is not None:
        return gate
    gate = _condition_step_gate(project, facts, call)
    if gate is not None:
        return gate
    gate = _task_order_gate(project, facts, call)
    if gate is not None:
        return gate
    if call.scope and depth < MAX_CALLER_DEPTH:
        return _callers_gate(project, facts, call, gate_patterns, depth, visiting)
    return None


def _guard_gate(project: Project, facts: FileFacts, guard: GuardFact, gate_patterns: Sequence[str]) -> Gate | None:
    where = f"{facts.location(guard.line)}"
    if guard.metric:
        return Gate(f"{_describe(guard)} at {where}")
    for name in guard.calls:
        if _is_gate_call(project, name, gate_patterns):
            return Gate(f"{_describe(guard)} at {where} ({name} is an evaluation gate)")
    return None


def _describe(guard: GuardFact) -> str:
    if guard.kind == "exit":
        return f"early exit `if {guard.text}`"
    if guard.kind == "with":
        return f"`with {guard.text}`"
    return f"`{guard.kind} {guard.text}`"


def _is_gate_call(project: Project, name: str, gate_patterns: Sequence[str]) -> bool:
    entry = project.function(name)
    if entry is not None:
        _, function = entry
        if function.returns_comparison or function.exits_on_metric:
            return True
    for rule in project.knowledge.by_kind("gate"):
        if rule.pattern.match(name):
            return True
    return matches_any(name, gate_patterns)


def _helper_before(project: Project, facts: FileFacts, call: CallFact, gate_patterns: Sequence[str]) -> Gate | None:
    """A call earlier in the same scope to a helper that raises or exits on a metric."""
    for earlier in facts.calls:
        if earlier.scope != call.scope or earlier.line >= call.line or earlier is call:
            continue
        entry = project.function(earlier.name)
        if entry is not None and entry[1].exits_on_metric:
            return Gate(f"{earlier.name}() at {facts.location(earlier.line)} stops the flow when the metric misses its threshold")
        if matches_any(earlier.name, gate_patterns):
            return Gate(f"{earlier.name}() at {facts.location(earlier.line)} is a configured gate")
    return None


def _condition_step_gate(project: Project, facts: FileFacts, call: CallFact) -> Gate | None:
    """SageMaker Pipelines: the step holding this call is listed in a ConditionStep's if_steps."""
    condition_rules = [r for r in project.knowledge.by_kind("gate") if "ConditionStep" in r.name]
    conditions = [c for c in facts.calls if any(r.pattern.match(c.name) for r in condition_rules)]
    if not conditions:
        return None
    gated: dict[str, CallFact] = {}
    branch: dict[str, str] = {}
    for condition in conditions:
        # both branches run only after the condition is evaluated: a FailStep in if_steps
        # and the release in else_steps is as much a gate as the release in if_steps
        for keyword in ("if_steps", "else_steps"):
            for name in condition.names_in_keyword(keyword):
                gated.setdefault(name, condition)
                branch.setdefault(name, keyword)
    changed = True
    while changed:
        changed = False
        for candidate in facts.calls:
            if candidate.assigned_to in gated:
                for name in candidate.arg_names:
                    if name not in gated:
                        gated[name] = gated[candidate.assigned_to]
                        branch[name] = branch[candidate.assigned_to]
                        changed = True
    holder = call
    while True:
        if holder.assigned_to in gated:
            condition = gated[holder.assigned_to]
            return Gate(f"ConditionStep at {facts.location(condition.line)} runs `{holder.assigned_to}` only in its {branch[holder.assigned_to]}")
        if holder.parent < 0:
            return None
        holder = facts.calls[holder.parent]


def _callers_gate(project: Project, facts: FileFacts, call: CallFact, gate_patterns: Sequence[str], depth: int, visiting: set[tuple[str, int]]) -> Gate | None:
    function = call.scope
    qualified = f"{facts.module}.{function}" if facts.module else function
    callers = [c for c in project.callers_of(qualified) if (c[0].path, c[1].line) not in visiting]
    if not callers:
        return None
    evidence = []
    for caller_facts, caller in callers:
        key = (caller_facts.path, caller.line)
        gate = _gate_for(project, caller_facts, caller, gate_patterns, depth + 1, visiting | {key})
        if gate is None:
            return None
        evidence.append(f"{caller_facts.location(caller.line)}: {gate.evidence}")
    return Gate(f"every caller of {function}() is gated: " + "; ".join(evidence))


def _task_order_gate(project: Project, facts: FileFacts, call: CallFact) -> Gate | None:
    """Airflow: the task holding this call runs downstream of a short-circuit or branch
    task whose callable compares a metric (``gate >> deploy``, ``chain``, TaskFlow data)."""
    index = next((i for i, c in enumerate(facts.calls) if c is call), -1)
    if index < 0:
        return None
    while facts.calls[index].parent >= 0:
        index = facts.calls[index].parent
    for upstream in _upstream_tasks(facts, index):
        task = facts.calls[upstream]
        reason = _gate_task(project, task)
        if reason:
            label = f"`{task.assigned_to}`" if task.assigned_to else f"{task.name}()"
            return Gate(f"task {label} at {facts.location(task.line)} runs before it: {reason}")
    return None


def _upstream_tasks(facts: FileFacts, start: int) -> Iterator[int]:
    """Tasks that run before ``start``: by explicit ordering (``>>``, ``<<``,
    ``set_upstream``, ``chain``) or because its arguments hold their results."""
    before: dict[int, list[int]] = {}
    for flow in facts.flows:
        before.setdefault(flow.downstream, []).append(flow.upstream)
    seen = {start}
    queue = [start]
    while queue:
        current_index = queue.pop()
        current = facts.calls[current_index]
        found = list(before.get(current_index, ()))
        found.extend(i for i, c in enumerate(facts.calls) if c.parent == current_index)
        for name in current.arg_names:
            producer = _producer(facts, current, name)
            if producer is not None:
                found.append(producer)
        for upstream in found:
            if upstream not in seen:
                seen.add(upstream)
                queue.append(upstream)
                yield upstream


def _producer(facts: FileFacts, consumer: CallFact, name: str) -> int | None:
    """The latest call before ``consumer`` in its scope whose result was stored in ``name``."""
    best = None
    for i, candidate in enumerate(facts.calls):
        if candidate.assigned_to == name and candidate.scope == consumer.scope and candidate.line <= consumer.line and candidate is not consumer:
            best = i
    return best


def _gate_task(project: Project, task: CallFact) -> str:
    """Why ``task`` is an evaluation gate task, or ``""``."""
    for rule in project.knowledge.by_kind("gate"):
        if rule.match in ("call", "any") and rule.keywords and rule.pattern.match(task.name):
            entry = project.function(task.reference(rule.keywords[0]))
            if entry is not None and _decides_on_metric(*entry):
                return f"{rule.says} whose {rule.keywords[0]}={entry[1].qualname} {_how(*entry)}"
    entry = project.function(task.name)
    if entry is None:
        return ""
    for rule in project.knowledge.by_kind("gate"):
        if rule.match == "decorator":
            decorator = next((d for d in entry[1].decorators if rule.pattern.match(d)), None)
            if decorator is not None and _decides_on_metric(*entry):
                return f"@{decorator} function {entry[1].qualname}() {_how(*entry)}"
    return ""


def _decides_on_metric(facts: FileFacts, function: FunctionFact) -> bool:
    return function.returns_comparison or function.exits_on_metric or any(g.metric and g.scope == function.qualname for g in facts.guards)


def _how(facts: FileFacts, function: FunctionFact) -> str:
    if function.returns_comparison:
        return "returns a comparison"
    if function.exits_on_metric:
        return "stops the run when a metric misses"
    guard = next(g for g in facts.guards if g.metric and g.scope == function.qualname)
    return f"branches on `{guard.text}` ({facts.location(guard.line)})"
