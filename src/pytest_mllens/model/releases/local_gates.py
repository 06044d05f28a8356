"""The gates that sanitise a release flow at one place in the code.

Whether a release is gated is a question about every path that reaches it (see
``release_flow``); this module answers the local part: is there, at this call, a gate that
stops the flow? Local gates are a metric comparison around the call (``if``/``with
dsl.Condition``), before it (``assert``, an early ``raise``/``return``/``sys.exit``, a helper
that raises on a metric), a gate helper in the condition (``if passes_gate(m):``), a decision
flag or a validation report's verdict (``if report["validation_passed"]:``), a SageMaker
``ConditionStep`` whose branches hold the step, and a registry approval status check.
Orchestrator tasks (Airflow short-circuit / branch) are gates of the tasks ordered after them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...facts.records import NON_LITERAL, CallFact, FileFacts, FunctionFact, GuardFact
from .flow_rules import flow_rules
from .gate_direction import both_branches, compares_counts, fails_direction, past_presence_check
from ..knowledge import matches_any
from ..project import Project

__all__ = ["Gate", "argument_names", "decides_on_metric", "fields_read", "gate_task", "local_gate", "parameter_position", "positional_names", "stop_on_metric"]


@dataclass(frozen=True)
class Gate:
    """Why a site counts as gated: one human-readable line of evidence."""

    evidence: str


# -- gates at one call -----------------------------------------------------------------------
def local_gate(project: Project, facts: FileFacts, call: CallFact, gate_patterns: Sequence[str], sequential: bool = True) -> Gate | None:
    """A gate at this call: a guard, an earlier helper that stops the flow, a ConditionStep.

    ``sequential`` is false in a function body that only declares a graph of tasks (a
    Kubeflow ``@dsl.pipeline``): there an earlier call does not run before a later one unless
    the graph orders them, so an earlier helper is no gate by position alone."""
    for index in call.guards:
        guard = facts.guards[index]
        gate = _guard_gate(project, facts, guard, gate_patterns, call.line)
        if gate is not None and not fails_direction(guard, call) and not past_presence_check(guard, call) and both_branches(facts, index, call) is None:
            return gate
    gate = _verdict_input(project, facts, call)
    if gate is not None:
        return gate
    if sequential:
        gate = _helper_before(project, facts, call, gate_patterns) or _stop_before(project, facts, call, gate_patterns)
        if gate is not None:
            return gate
    return _condition_step_gate(project, facts, call)


def _verdict_input(project: Project, facts: FileFacts, call: CallFact) -> Gate | None:
    """A release step that takes a gate's verdict as an input and releases only on a good
    one: a TFX ``Pusher(model_blessing=evaluator.outputs["blessing"])`` pushes only what the
    Evaluator blessed. Knowledge: a ``gate`` rule whose name matches the release call itself
    and one of whose keywords the call passes, not as ``None``."""
    for rule in project.knowledge.by_kind("gate"):
        if rule.match != "call" or not rule.keywords or not rule.pattern.match(call.name):
            continue
        for keyword in rule.keywords:
            if call.has_keyword(keyword) and call.keyword(keyword) is not None:
                return Gate(f"{call.name.rpartition('.')[2]}({keyword}=...) at {facts.location(call.line)} {rule.says}")
    return None


def stop_on_metric(project: Project, facts: FileFacts, scope: str | None, before: int, gate_patterns: Sequence[str] = ()) -> Gate | None:
    """A call that stops the running job (``run.cancel()``, ``[[stop]]`` rules) under a
    metric decision, in ``scope`` (``None``: anywhere in the file) before line ``before``:
    ``if is_better(new, old): ... else: run.parent.cancel()`` stops the run, and with it
    every later line and every step ordered after this one."""
    stops = flow_rules().stop_methods
    if not stops:
        return None
    for earlier in facts.calls:
        if earlier.line >= before or (scope is not None and earlier.scope != scope):
            continue
        rule = stops.get(earlier.method)
        if rule is None or not earlier.guards:
            continue
        for index in earlier.guards:
            decision = _guard_gate(project, facts, facts.guards[index], gate_patterns)
            if decision is not None:
                return Gate(f"{earlier.name.rpartition('.')[2] or earlier.name}() at {facts.location(earlier.line)} {rule.says} under {decision.evidence}")
    return None


def _stop_before(project: Project, facts: FileFacts, call: CallFact, gate_patterns: Sequence[str]) -> Gate | None:
    return stop_on_metric(project, facts, call.scope, call.line, gate_patterns)


def _guard_gate(project: Project, facts: FileFacts, guard: GuardFact, gate_patterns: Sequence[str], line: int = 0) -> Gate | None:
    """Why ``guard`` gates what it holds (at ``line``: the body of an ``if``, or its ``else``
    part after ``body_end``), or ``None``."""
    where = f"{facts.location(guard.line)}"
    status = _approved_only(guard, line)
    if guard.metric and status is None and not compares_counts(facts, guard):
        return Gate(f"{_describe(guard)} at {where}")
    for name in guard.calls:
        if _is_gate_call(project, name, gate_patterns):
            return Gate(f"{_describe(guard)} at {where} ({name} is an evaluation gate)")
    if status:
        return Gate(f"{_describe(guard)} at {where} (acts only on versions approved in the model registry)")
    decided = _decision_flag(facts, guard) or _unpacked_decision(project, facts, guard)
    if decided:  # "`name` holds ...": a guard whose text is not kept shows the name it tests
        return Gate(f"`if {guard.text or decided.split('`')[1]}` at {where}: {decided}")
    return None


def _unpacked_decision(project: Project, facts: FileFacts, guard: GuardFact) -> str:
    """``should_deploy, reason = compare_models(new, old)`` ... ``if should_deploy:``: the
    guard tests the element of a project function's result that the function returns as a
    metric decision (``return True, "better"`` under ``if improvement > threshold:``)."""
    unpacked = facts.extra.get("unpacked", ())
    if guard.kind not in ("if", "exit") or not unpacked or not guard.names:
        return ""
    for name in guard.names:
        found = max(((index, names.index(name)) for scope, index, names in unpacked if scope == guard.scope and name in names and facts.calls[index].line <= guard.line), default=None)  # type: ignore[misc]
        if found is None:
            continue
        index, position = found
        producer = project.function(facts.calls[index].name)
        if producer is None:
            continue
        producer_facts, function = producer
        if any(qualname == function.qualname and position in positions for qualname, positions in producer_facts.extra.get("decision_returns", ())):  # type: ignore[attr-defined]
            return f"`{name}` comes from {function.qualname}() ({facts.location(facts.calls[index].line)}), which returns it as the verdict of a metric comparison"
    return ""


_STATUSES = ("PendingManualApproval", "'Rejected'", '"Rejected"', "'Approved'", '"Approved"')
_APPROVED = ("'Approved'", '"Approved"')


def _approved_only(guard: GuardFact, line: int = 0) -> bool | None:
    """A condition on a registry status (``package["ModelApprovalStatus"] == "Approved"``),
    which the word "approval" makes look like a metric decision: ``None`` when it tests none;
    else whether it lets only approved versions through to ``line``: the body of an ``if`` on
    ``== "Approved"`` (or its ``else`` part on ``!=``), after an early exit on ``!=``. An
    approver acting on every ``PendingManualApproval`` package, or a warning printed for an
    unapproved one, decides nothing."""
    text = guard.text
    if not text or not any(status in text for status in _STATUSES):
        return None
    if guard.kind not in ("if", "exit"):
        return False
    test = _APPROVED_TEST.search(text)
    if test is None:
        return False
    negated = "!" in (test.group(1) or test.group(2) or "") or "not" in (test.group(1) or test.group(2) or "") or text.lstrip().startswith("not ")
    if guard.kind == "exit":
        return negated
    in_body = not (guard.body_end and line > guard.body_end)
    return in_body != negated


_APPROVED_TEST = re.compile(r"""(==|!=|\bnot\s+in\b|\bin\b)\s*[(\[{]?\s*['"]Approved['"]|['"]Approved['"]\s*(==|!=)""")
"""The comparison that holds the Approved literal (``status == "Approved"``, ``"Approved" !=
status``, ``status in ("Approved",)``), not another one in the same condition."""


def _decision_flag(facts: FileFacts, guard: GuardFact) -> str:
    """A guard on a variable named as a release decision (``if deploy_flag == 1``), or on a
    field of a report that names one (``if validation["validation_passed"]``, ``if
    report.passed`` where ``report = gate.validate(...)``), whose latest value before the
    guard comes from a call (read from the evaluation step's output, returned by a
    validator), not from a constant written over it; a flag of any name that only constants
    set, the later one inside a branch of a metric comparison; or a decision-named field of a
    report the function is given (``_report_parameter``)."""
    if guard.kind not in ("if", "exit") or not guard.names:
        return ""
    rules = flow_rules().flag
    if not rules:
        return ""
    fields = fields_read(guard.text) if guard.text else {}
    for name in guard.names:
        spellings = [name, *(f"{name}_{field}" for field in fields.get(name, ()))]
        rule = next((r for r in rules for spelling in spellings if r.names_a_decision(spelling)), None)
        if rule is None:
            # whatever its name (`go_live`, `auto_promote`), a flag that only constants set, the
            # later one inside a branch of a metric comparison, carries that comparison's verdict
            decided = _flipped_on_metric(facts, guard, name)
            if decided:
                return f"`{name}` {rules[0].says} ({decided})"
            continue
        setter = max((c for c in facts.calls if c.assigned_to == name and c.scope == guard.scope and c.line <= guard.line), key=lambda c: c.line, default=None)
        computed = setter.line if setter is not None and not rule.read_from_outside(setter.name) else 0
        constant = max((line for scope, target, line in facts.extra.get("constants", ()) if target == name and scope == guard.scope and line <= guard.line), default=0)  # type: ignore[attr-defined]
        if computed and computed > constant:
            return f"`{name}` {rule.says} (set at {facts.location(computed)})"
        decided = _flipped_on_metric(facts, guard, name)
        if decided:
            return f"`{name}` {rule.says} ({decided})"
        if setter is None and not constant:
            report = _report_parameter(facts, guard, name, fields, rule.not_reports)
            if report:
                return f"`{report}` {rule.says} (a field of a report the function is given: the evaluation step's verdict)"
    return ""


def _report_parameter(facts: FileFacts, guard: GuardFact, name: str, fields: dict[str, list[str]], switches: Sequence[str]) -> str:
    """``def push(self, evaluation_artifact, ...)`` ... ``if evaluation_artifact.is_model_accepted:``:
    the guard reads a field named as a decision (``name``, or ``name``'s field) of a report the
    function is given (the output of an evaluation step), ``"report.field"``; ``""`` otherwise.
    A bare flag parameter (``if should_deploy:``) is not enough: it is as often a switch someone
    passes on the command line."""
    function = next((f for f in facts.functions if f.qualname == guard.scope), None)
    if function is None or function.decorators:
        return ""  # a pipeline step's inputs are wired in its pipeline: the release flow traces them
    # `pipeline_config`, `train_args`, `run_settings`: a word of the name is enough
    params = {p for p in function.params if p not in ("self", "cls") and not any(word in switches for word in p.lower().split("_"))}
    if name in params:
        return next((f"{name}.{field}" for field in fields.get(name, ())), "")
    # `evaluation.is_model_accepted`: the decision-named attribute of a parameter (the guard's
    # names hold both when its text is not kept)
    owner = next((other for other in guard.names if other != name and other in params), "")
    if not owner or (fields and name not in fields.get(owner, ())):
        return ""
    return f"{owner}.{name}"


def _flipped_on_metric(facts: FileFacts, guard: GuardFact, name: str) -> str:
    """``should_promote = True`` ... ``if latest_metric >= current_metric: ... else:
    should_promote = False`` ... ``if should_promote:``: a flag given constants, the later one
    inside a branch of a metric comparison in the same scope, decides on that metric (one
    written after a best-checkpoint comparison, under a command-line switch, does not)."""
    lines = sorted(line for scope, target, line in facts.extra.get("constants", ()) if target == name and scope == guard.scope and line <= guard.line)  # type: ignore[attr-defined]
    if len(lines) < 2:
        return ""
    inside = next((at for scope, target, line, at in facts.extra.get("metric_constants", ()) if scope == guard.scope and target == name and line == lines[-1]), 0)  # type: ignore[misc]
    deciding = next((g for g in facts.guards if g.line == inside and g.scope == guard.scope and g.metric), None) if inside else None
    if deciding is None:
        return ""
    return f"set to a constant at {facts.location(lines[-1])} inside `if {deciding.text}` at {facts.location(deciding.line)}"


_FIELD = re.compile(r"""\b([A-Za-z_]\w*)\s*(?:\[\s*['"]([\w\- ]+)['"]\s*\]|\.get\(\s*['"]([\w\- ]+)['"]|\.([A-Za-z_]\w*)\b(?!\s*\())""")


def fields_read(text: str) -> dict[str, list[str]]:
    """The keys and attributes a condition reads from each name: ``validation["passed"]``,
    ``validation.get("passed")``, ``report.passed`` (not a method call ``report.keys()``)."""
    found: dict[str, list[str]] = {}
    for match in _FIELD.finditer(text):
        field = match.group(2) or match.group(3) or match.group(4)
        if field:
            found.setdefault(match.group(1), []).append(field)
    return found


def _describe(guard: GuardFact) -> str:
    if guard.kind == "exit":
        return f"early exit `if {guard.text}`"
    if guard.kind == "with":
        return f"`with {guard.text}`"
    return f"`{guard.kind} {guard.text}`"


def _is_gate_call(project: Project, name: str, gate_patterns: Sequence[str]) -> bool:
    entry = project.function(name)
    if entry is not None:
        # a helper in the condition that compares a metric: `return acc >= MIN`, raises on a
        # miss, or returns its verdict from the branches of a metric comparison
        # (`if accuracy >= threshold: return True` ... `return False`)
        if decides_on_metric(*entry):
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
    gated: dict[str, CallFact] = {}
    branch: dict[str, str] = {}
    where: dict[str, str] = {}
    for condition in _conditions(project, facts):
        # both branches run only after the condition is evaluated: a FailStep in if_steps
        # and the release in else_steps is as much a gate as the release in if_steps
        for keyword in ("if_steps", "else_steps"):
            for name in condition.names_in_keyword(keyword):
                gated.setdefault(name, condition)
                branch.setdefault(name, keyword)
                where.setdefault(name, facts.location(condition.line))
    for name, (condition, keyword, builder) in _passed_into_branches(project, facts, call.scope).items():
        gated.setdefault(name, condition)
        branch.setdefault(name, f"{keyword} (passed to {builder})")
        where.setdefault(name, builder)
    if not gated:
        return None
    changed = True
    while changed:
        changed = False
        for candidate in facts.calls:
            if candidate.assigned_to in gated:
                # `ModelStep(step_args=register_args)`: the arguments that define the step run
                # in its branch; other inputs (the estimator, the data) run before it. A
                # `LambdaStep(lambda_func=deployer)` runs its Lambda's handler in its branch too
                for name in (*candidate.names_in_keyword("step_args"), *candidate.names_in_keyword("lambda_func")):
                    if name not in gated:
                        gated[name] = gated[candidate.assigned_to]
                        branch[name] = branch[candidate.assigned_to]
                        where[name] = where[candidate.assigned_to]
                        changed = True
    holder = call
    while True:
        if holder.assigned_to in gated:
            name = holder.assigned_to
            return Gate(f"ConditionStep at {where[name]} runs `{name}` only in its {branch[name]}")
        if holder.parent < 0:
            return None
        holder = facts.calls[holder.parent]


def _conditions(project: Project, facts: FileFacts) -> list[CallFact]:
    rules = [r for r in project.knowledge.by_kind("gate") if "ConditionStep" in r.name]
    return [c for c in facts.calls if any(r.pattern.match(c.name) for r in rules)]


def _passed_into_branches(project: Project, facts: FileFacts, scope: str) -> dict[str, tuple[CallFact, str, str]]:
    """Steps this scope passes to a project function that puts its parameters into a
    ConditionStep's branches: ``get_step_condition(dependencies={"register": step_register})``
    where that function builds ``ConditionStep(if_steps=[dependencies["register"]])``. Teams
    split a SageMaker pipeline into one builder function per step, so the steps reach the
    condition as arguments (a name, or a dict or list holding them). Name -> (the condition,
    its branch keyword, where the builder is called)."""
    found: dict[str, tuple[CallFact, str, str]] = {}
    for builder, params in _condition_builders(project).items():
        entry = project.functions.get(builder)
        if entry is None:
            continue
        for caller_facts, caller in project.callers_of(builder):
            if caller_facts is not facts or caller.scope != scope:
                continue
            for param, (condition, keyword) in params.items():
                for name in argument_names(caller, entry[1], param):
                    found.setdefault(name, (condition, keyword, f"{entry[1].qualname}() at {caller_facts.location(caller.line)}"))
    return found


def argument_names(call: CallFact, function: FunctionFact, param: str) -> list[str]:
    """The names ``call`` passes to ``function``'s parameter ``param``: by keyword, or by
    position when each positional argument is a plain name or a literal."""
    names = list(call.names_in_keyword(param))
    if param in function.params:
        position = parameter_position(function, param)
        positional = positional_names(call)
        if 0 <= position < len(positional) and positional[position]:
            names.append(positional[position])
    return names


def parameter_position(function: FunctionFact, param: str) -> int:
    """Where a call passes ``function``'s parameter ``param`` positionally (``self``/``cls``
    are not passed); ``param`` is one of its parameters."""
    offset = 1 if function.params[:1] in (("self",), ("cls",)) else 0
    return function.params.index(param) - offset


def positional_names(call: CallFact) -> list[str]:
    """The name each positional argument is, ``""`` for a literal; ``[]`` when some argument
    is an expression of several names (then which name sits where is unknown)."""
    in_keywords = {n for _, names in call.keyword_names for n in names}
    plain = [n for n in call.arg_names if n not in in_keywords]
    if sum(1 for v in call.positional if v == NON_LITERAL) != len(plain):
        return []
    names = iter(plain)
    return [next(names) if v == NON_LITERAL else "" for v in call.positional]


def _condition_builders(project: Project) -> dict[str, dict[str, tuple[CallFact, str]]]:
    """Project function -> its parameters that its ConditionStep puts into a branch (built
    once per project)."""
    cached = project.memo.get("condition_builders")
    if cached is None:
        cached = {}
        for facts in project.files:
            conditions = _conditions(project, facts)
            for condition in conditions:
                if not condition.scope:
                    continue
                qualified = f"{facts.module}.{condition.scope}" if facts.module else condition.scope
                entry = project.functions.get(qualified)
                if entry is None:
                    continue
                for keyword in ("if_steps", "else_steps"):
                    for name in condition.names_in_keyword(keyword):
                        if name in entry[1].params and name not in ("self", "cls"):
                            cached.setdefault(qualified, {}).setdefault(name, (condition, keyword))
        project.memo["condition_builders"] = cached
    return cached  # type: ignore[no-any-return]


# -- gate tasks ------------------------------------------------------------------------------
def gate_task(project: Project, task: CallFact) -> str:
    """Why ``task`` (a task or step that others run after) is an evaluation gate, or ``""``:
    an Airflow short-circuit / branch task whose callable decides on a metric, or a call to a
    project function (component, task, step) that stops the run when a metric misses."""
    for rule in project.knowledge.by_kind("gate"):
        if rule.match in ("call", "any") and rule.keywords and rule.pattern.match(task.name):
            entry = project.function(task.reference(rule.keywords[0]))
            if entry is not None and decides_on_metric(*entry):
                return f"{rule.says} whose {rule.keywords[0]}={entry[1].qualname} {_how(*entry)}"
    entry = project.function(task.name)
    if entry is None:
        return ""
    for rule in project.knowledge.by_kind("gate"):
        if rule.match == "decorator":
            decorator = next((d for d in entry[1].decorators if rule.pattern.match(d)), None)
            if decorator is not None and decides_on_metric(*entry):
                return f"@{decorator} function {entry[1].qualname}() {_how(*entry)}"
    if entry[1].exits_on_metric:
        return f"{entry[1].qualname}() stops the run when a metric misses its threshold"
    return ""


def decides_on_metric(facts: FileFacts, function: FunctionFact) -> bool:
    return function.returns_comparison or function.exits_on_metric or any(g.metric and g.scope == function.qualname for g in facts.guards)


def _how(facts: FileFacts, function: FunctionFact) -> str:
    if function.returns_comparison:
        return "returns a comparison"
    if function.exits_on_metric:
        return "stops the run when a metric misses"
    guard = next(g for g in facts.guards if g.metric and g.scope == function.qualname)
    return f"branches on `{guard.text}` ({facts.location(guard.line)})"
