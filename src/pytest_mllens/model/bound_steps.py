"""Pipeline steps configured in one module and run from another.

ZenML projects often configure a built-in step once, in a module of its own
(``register_model = mlflow_register_model_step.with_options(parameters=...)`` in
``steps/register_model.py``), and call the bound name in the pipeline module
(``register_model(best_model)``), or import a step under a name of their own
(``mlflow_model_deployer = mlflow_model_deployer_step``). The call there resolves to the
project name ``steps.register_model.register_model``; what runs is the (configured) step.
Within one file the extractor already reads such a name as the step itself
(``facts/extraction/walker.py``) and keeps the module-level bindings (``extra["aliases"]``);
across modules this stage renames the calls, so that the knowledge rules (a release step, a
gate) see the step they run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..facts.records import CallFact, FileFacts

__all__ = ["bound_steps", "pipeline_arguments", "rebind"]


def bound_steps(files: Sequence[FileFacts]) -> dict[str, str]:
    """``module.name`` -> the step it is bound to, for each top-level name a project module
    binds to a configured copy of an imported step (``name = step.with_options(...)``) or to
    an imported object under a name of its own (``deployer = mlflow_model_deployer_step``):
    the ``aliases`` the extractor keeps (project objects are left to the import graph)."""
    found: dict[str, str] = {}
    project_heads: frozenset[str] | None = None
    for facts in files:
        aliases = facts.extra.get("aliases") if facts.module else None
        if not aliases:
            continue
        if project_heads is None:
            project_heads = frozenset(f.module.partition(".")[0] for f in files if f.module)
        for name, target in aliases:  # type: ignore[attr-defined]
            if target.partition(".")[0] not in project_heads:
                found[f"{facts.module}.{name}"] = target
    return found


def rebind(facts: FileFacts, bound: dict[str, str], canonical: Callable[[str], str], heads: frozenset[str]) -> FileFacts:
    """``facts`` with each call of a bound name renamed to the step it runs."""
    calls = list(facts.calls)
    changed = False
    for index, call in enumerate(calls):
        name = call.name
        if not name or name.partition(".")[0] not in heads:
            continue
        step = bound.get(name) or bound.get(canonical(name))
        if step is not None:
            calls[index] = replace(call, name=step, resolved=True)
            changed = True
    return replace(facts, calls=tuple(calls)) if changed else facts


def pipeline_arguments(facts: FileFacts, holder: int) -> dict[str, CallFact]:
    """The step instances a pipeline call binds to its parameters, by keyword: ZenML's older
    API (before 0.40) declares ``@pipeline def p(trainer, deployment_trigger, model_deployer)``
    and binds the concrete steps where it is instantiated,
    ``p(trainer=trainer(), deployment_trigger=deployment_trigger(config=...),
    model_deployer=mlflow_model_deployer_step(...))``. Keyword -> the call that builds the
    step: a call written in the keyword (a direct child of ``holder``, matched by its callee
    among the names the keyword's value uses), or the call whose result the name passed in
    it holds (``trainer=tf_trainer`` after ``tf_trainer = trainer(...)``). ``{}`` when some
    keyword cannot be matched (which call is which would be a guess)."""
    call = facts.calls[holder]
    children = iter(c for c in facts.calls[holder + 1 :] if c.parent == holder)
    pending = next(children, None)
    found: dict[str, CallFact] = {}
    for keyword, _ in call.keywords:
        names = call.names_in_keyword(keyword)
        if pending is not None and (pending.name.rpartition(".")[2] in names or pending.name in names):
            found[keyword] = pending
            pending = next(children, None)
            continue
        if len(names) == 1:
            producer = max((c for c in facts.calls if c.assigned_to == names[0] and c.scope == call.scope and c.line <= call.line and c is not call), key=lambda c: c.line, default=None)
            if producer is not None:
                found[keyword] = producer
                continue
        return {}
    return found
