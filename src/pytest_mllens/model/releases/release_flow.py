"""The release-flow graph: the places a model passes through on its way to production.

Nodes are call sites (training and evaluation steps, gates, registrations, promotions,
registry reads, deploys) and functions; edges are

- calls: a function runs where it is called, a script where a pipeline step runs it
  (``ProcessingStep(code="evaluate.py")``, ``command="python register.py"``);
- pipeline ordering: ``a >> b``, ``set_downstream``, ``chain``, ``depends_on=``,
  ``.after()``, ``run_after``, Metaflow ``self.next`` (``data/release_flow.toml``), and data
  passed between steps (a step's argument holds another step's result);
- registry writes to reads of the same entry (an approved-only package query reads what
  registrations wrote).

Gates act like sanitisers in taint tracking: a release is gated when every path that reaches
it passes a gate, either at a node on the path (a guard, an earlier helper that raises, a
ConditionStep branch, an evaluation step ordered before it, a registry approval) or because
every predecessor is itself gated. A release that deploys what a registry read returns
inherits the verdicts of every release that writes that entry. Built once per project
(``Project.release_flow``); each verdict is computed on demand and remembered.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ...facts.records import NON_LITERAL, CallFact, FileFacts
from .flow_rules import FlowRules, ReadRule
from .gates import DeploySite, Gate, approval_gate, approval_status, gate_task, local_gate, stop_on_metric
from .gate_direction import metric_direction, none_test
from .local_gates import argument_names, decides_on_metric, fields_read
from ..bound_steps import pipeline_arguments
from ..project import Project
from .release_graph import Read, ReleaseGraph, Write, literal_strings, top_call

__all__ = ["Hop", "Read", "ReleaseFlow", "Verdict", "release_flow"]

MAX_DEPTH = 8
_PIPELINE = ("pipeline",)
"""The knowledge kind of a pipeline step (one tuple: ``call_matches`` answers by identity)."""


@dataclass(frozen=True)
class Hop:
    """One place on a path: what runs there, and where."""

    label: str
    where: str

    def render(self) -> str:
        return f"{self.label} ({self.where})"


@dataclass(frozen=True)
class Verdict:
    """Whether every path to a node passes a gate; the evidence, or one path that does not."""

    gated: bool
    evidence: str = ""
    """Why it is gated; for an ungated release wired in elsewhere behind a gate, that gate."""
    path: tuple[Hop, ...] = ()
    sites: tuple[tuple[FileFacts, CallFact], ...] = ()
    """Where an ungated finding belongs: the release itself, or the ungated wiring sites when
    the same component is also wired behind a gate."""
    wiring: bool = False

    def render_path(self) -> str:
        return " -> ".join(hop.render() for hop in self.path)


def release_flow(project: Project) -> ReleaseFlow:
    """The project's graph, built once and shared by every check."""
    flow = project.memo.get("release_flow")
    if flow is None:
        started = time.perf_counter()
        flow = project.memo["release_flow"] = ReleaseFlow(project)
        project.timings["release flow"] = time.perf_counter() - started
    return flow  # type: ignore[no-any-return]


class ReleaseFlow(ReleaseGraph):
    """The graph with its verdicts: is every path to a release gated?"""

    def __init__(self, project: Project, rules: FlowRules | None = None) -> None:
        self._verdicts: dict[tuple[str, int, tuple[str, ...]], Verdict] = {}
        self._reached: dict[tuple[str, int, tuple[str, ...], str, int, bool], Verdict] = {}
        self._reads_in: dict[str, list[Read]] | None = None
        self._classes: dict[str, list[tuple[FileFacts, CallFact]]] | None = None
        self._module_calls: dict[str, list[tuple[FileFacts, CallFact]]] | None = None
        super().__init__(project, rules)

    # -- verdicts --------------------------------------------------------------------------
    def verdict(self, site: DeploySite, gate_patterns: Sequence[str] = ()) -> Verdict:
        """Is every path from a model's production to this release gated?"""
        patterns = tuple(gate_patterns)
        index = site.index if site.index >= 0 else self._index(site.facts).positions[id(site.call)]
        key = (site.facts.path, index, patterns)
        found = self._verdicts.get(key)
        if found is None:
            found = self._verdicts[key] = self._release_verdict(site, index, patterns, frozenset())
        return found

    def _release_verdict(self, site: DeploySite, index: int, patterns: tuple[str, ...], visiting: frozenset[tuple[str, int]]) -> Verdict:
        if site.rule.source.endswith("[[approve]]"):
            approved = self._approved_registrations(site)
            if approved:
                return self._approve_verdict(site, index, approved, patterns, visiting)
            unused = self._approves_no_parameter(site)
            if unused:
                return Verdict(True, unused)
        gate = approval_gate(site)
        if gate is not None:
            return Verdict(True, gate.evidence)
        reads: list[Read] = []
        if site.action == "deploys":
            # a deploy ships what it read; a promotion that reads the current champion (to
            # compare, or to log) still releases a new version, so it does not inherit
            reads = list(self._reads_feeding(site.facts, site.call))
        elif site.action == "registers" and not any(w.site.call is site.call for w in self.writes):
            # `Model(model_data=<the newest Approved package's ModelDataUrl>).create()`: a
            # registration that writes no registry entry, after a read of approved versions
            # only, ships what a reviewer approved (a read of the champion is no such source)
            reads = [r for r in self._reads_feeding(site.facts, site.call) if r.rule.reads == "approved"]
        if reads and local_gate(self.project, site.facts, site.call, patterns) is None:
            return self._inherit(site.facts, site.call, reads, patterns, visiting | {(site.facts.path, index)})
        verdict = self._reach(site.facts, index, patterns, 0, visiting, _label(site.call), site.action == "deploys")
        if not verdict.gated and site.action == "promotes":
            approving = next((w for w in self.writes if w.site.call is site.call and w.rule.approval), None)
            if approving is not None and approval_status(site.facts, site.call, approving.rule.approval) == "Approved":
                approved = self._approves_evaluated(approving, patterns, visiting | {(site.facts.path, index)})
                if approved:
                    return Verdict(True, approved)
        return verdict

    def _reach(self, facts: FileFacts, index: int, patterns: tuple[str, ...], depth: int, visiting: frozenset[tuple[str, int]], label: str, deploys: bool = False) -> Verdict:
        """Every path into this call site, back to where it starts, passes a gate?

        ``deploys``: the path leads to a deploy, so a caller that hands it what it read from
        a registry (a promoted stage or alias, approved packages) inherits the verdicts of
        what writes that entry. Remembered per site, so that a helper called from many places
        is judged once (the first judgement at a depth stands when a cycle would give another)."""
        key = (facts.path, index, patterns, label, depth, deploys)
        found = self._reached.get(key)
        if found is None:
            found = self._reached[key] = self._reach_uncached(facts, index, patterns, depth, visiting, label, deploys)
        return found

    def _reach_uncached(self, facts: FileFacts, index: int, patterns: tuple[str, ...], depth: int, visiting: frozenset[tuple[str, int]], label: str, deploys: bool) -> Verdict:
        call = facts.calls[index]
        hop = Hop(label, facts.location(call.line))
        rolled = self._rollback(facts, call)
        if rolled:
            return Verdict(True, rolled)
        sequential = not self._declares_graph(facts, call.scope)
        gate = local_gate(self.project, facts, call, patterns, sequential) or self._order_gate(facts, index) or self._step_order_gate(facts, call)
        if gate is not None:
            return Verdict(True, gate.evidence)
        decided = self._decision_input(facts, call)
        if decided:
            return Verdict(True, decided)
        if deploys and depth:
            # `deployer.create_endpoint(version)` after `registry.latest(stages=["Production"])`:
            # the deploy helper ships what its caller read from the registry
            reads = list(self._reads_feeding(facts, call))
            if reads:
                inherited = self._inherit(facts, call, reads, patterns, visiting | {(facts.path, index)})
                return inherited if inherited.gated else Verdict(False, path=(*inherited.path, hop), sites=((facts, call),))
        visiting = visiting | {(facts.path, index)}
        predecessors = self._predecessors(facts, call)
        predecessors = [p for p in predecessors if (p[0].path, p[1]) not in visiting]
        if not predecessors or depth >= MAX_DEPTH:
            job = self._job_gate(facts) if not predecessors else None
            if job is not None:
                return Verdict(True, job.evidence)
            return Verdict(False, path=(*self._step_hops(facts, index), hop), sites=((facts, call),))
        decision = self._decision_params(facts, call)
        named = bool(decision) and self._names_a_verdict(facts, call, decision)
        results: list[tuple[FileFacts, int, Verdict]] = []
        for caller_facts, caller_index, how in predecessors:
            caller = caller_facts.calls[caller_index]
            fed = (self._fed_by_decision(caller_facts, caller, verdict_named=named) or self._fed_by_unpacked_decision(caller_facts, caller, facts, call.scope, decision) or self._fed_when_bound(caller_facts, caller)) if decision else ""
            if fed:
                results.append((caller_facts, caller_index, Verdict(True, fed)))
                continue
            results.append((caller_facts, caller_index, self._reach(caller_facts, caller_index, patterns, depth + 1, visiting, how, deploys)))
        ungated = [r for r in results if not r[2].gated]
        if not ungated:
            by_step = all(how.startswith("runs ") for _, _, how in predecessors)
            what = f"every step that runs {facts.path}" if by_step or not call.scope else f"every caller of {call.scope}()"
            return Verdict(True, f"{what} is gated: " + "; ".join(f"{f.location(f.calls[i].line)}: {v.evidence}" for f, i, v in results))
        first = ungated[0][2]
        if not depth:
            # the release's own pipeline steps, between its callers and itself
            hop_path = (*first.path, *self._step_hops(facts, index), hop)
        else:
            hop_path = (*first.path, hop)
        wired = tuple(s for _, _, v in ungated if v.wiring for s in v.sites)
        wirings = [(f, f.calls[i]) for f, i, _ in ungated if self._is_wiring(f, f.calls[i].scope)]
        if len(ungated) < len(results) and (wired or len(wirings) == len(ungated)):
            # a component wired into a pipeline behind a gate and elsewhere without one: the
            # finding belongs where it is wired in without the gate
            elsewhere = "; ".join(f"{f.location(f.calls[i].line)}: {v.evidence}" for f, i, v in results if v.gated)
            return Verdict(False, elsewhere, path=hop_path, sites=wired or tuple(wirings), wiring=True)
        if wired:
            return Verdict(False, path=hop_path, sites=wired, wiring=True)
        return Verdict(False, path=hop_path, sites=((facts, call),))

    def _rollback(self, facts: FileFacts, call: CallFact) -> str:
        """Why this call (a release or a call on the way to one) runs only in a rollback
        branch (``if rolled_back: update_endpoint_traffic(name, old_variant, 1)``), else "":
        that path puts the previous model back, so it needs no evaluation gate. The flag's
        polarity counts: ``if not rolled_back:`` and the ``else`` part release."""
        if not self.rules.rollback or not call.guards:
            return ""
        negated = set(facts.extra.get("negated_guards", ()))  # type: ignore[call-overload]
        for index in call.guards:
            guard = facts.guards[index]
            if guard.kind != "if":
                continue
            in_else = bool(guard.body_end) and call.line > guard.body_end
            if (index in negated) == in_else:
                for rule in self.rules.rollback:
                    flag = rule.names_rollback(guard.text)
                    if flag:
                        return f"{facts.location(call.line)} runs only when {flag} is set ({facts.location(guard.line)}): it {rule.says}, no new model"
        return ""

    def _declares_graph(self, facts: FileFacts, scope: str) -> bool:
        """Is ``scope`` a function whose body declares a task graph (``[[graph]]`` rules)?"""
        if not scope:
            return False
        entry = self.project.functions.get(f"{facts.module}.{scope}" if facts.module else scope)
        return entry is not None and any(rule.pattern.match(d) for d in entry[1].decorators for rule in self.rules.graph if not rule.params)

    def _is_wiring(self, facts: FileFacts, scope: str) -> bool:
        """Is ``scope`` a pipeline definition (its calls wire components into a pipeline)?"""
        if not scope:
            return False
        entry = self.project.functions.get(f"{facts.module}.{scope}" if facts.module else scope)
        if entry is None or not entry[1].decorators:
            return False
        rules = [r for r in self.project.knowledge.by_kind("pipeline") if r.match in ("decorator", "any")]
        return self._declares_graph(facts, scope) or any(r.pattern.match(d) for d in entry[1].decorators for r in rules)

    def _predecessors(self, facts: FileFacts, call: CallFact) -> list[tuple[FileFacts, int, str]]:
        """Where the code holding this call runs from: callers of its function, or for code
        at module level, the pipeline steps that run the script."""
        found: list[tuple[FileFacts, int, str]] = []
        if call.scope:
            qualified = f"{facts.module}.{call.scope}" if facts.module else call.scope
            callers = self.project.callers_of(qualified) or self._module_named_calls(facts, call.scope)
            if qualified.endswith(".__init__"):
                # a step built by a class (`ModelDeployment(...)`): its __init__ runs where
                # the class is instantiated
                callers = [*callers, *self._instantiations(qualified[: -len(".__init__")])]
            for caller_facts, caller in callers:
                position = self._index(caller_facts).positions.get(id(caller))
                if position is not None:
                    found.append((caller_facts, position, f"{call.scope.rpartition('.')[2]}()"))
            if found:
                return found
        # module-level code, or a function nothing in the project calls (a Lambda handler, a
        # step's entry function): it runs where a step runs the file
        for runner_facts, position, token in self.runners.get(facts.path, ()):
            found.append((runner_facts, position, f"runs {token}"))
        return found

    def _module_named_calls(self, facts: FileFacts, function: str) -> list[tuple[FileFacts, CallFact]]:
        """Calls of ``pkg.promote`` where module ``pkg.promote`` defines ``promote()`` and the
        package re-exports it (``from .promote import promote`` in ``pkg/__init__.py``): the
        import binds the package attribute to the function, so a call of the module's name is
        a call of the function (a module cannot be called)."""
        if not facts.module or "." in function or facts.module.rpartition(".")[2] != function:
            return []
        if self._module_calls is None:
            self._module_calls = {}
            for other in self.project.files:
                for candidate in other.calls:
                    if candidate.name in self.project.modules:
                        self._module_calls.setdefault(candidate.name, []).append((other, candidate))
        return self._module_calls.get(facts.module, [])

    def _instantiations(self, cls: str) -> list[tuple[FileFacts, CallFact]]:
        """Calls that instantiate the project class ``cls`` (built once, on first need)."""
        if self._classes is None:
            self._classes = {}
            for facts in self.project.files:
                for call in facts.calls:
                    owner, _, last = call.name.rpartition(".")
                    if not owner or not last[:1].isupper():
                        continue
                    # the module as Python finds it from this file (a script's folder first)
                    self._classes.setdefault(self._resolved_from(facts, call.name), []).append((facts, call))
        return self._classes.get(cls, [])

    def _resolved_from(self, facts: FileFacts, dotted: str) -> str:
        """``pkg.mod.name`` as Python finds it from ``facts`` (a script's folder first on
        ``sys.path``): the project module's full name, or the canonical name."""
        owner, _, last = dotted.rpartition(".")
        module = self.project.resolve_import(facts, owner) if owner else None
        if module is not None and module.endswith(owner):
            return f"{module}.{last}"
        return self.project.canonical(dotted) if "." in dotted else dotted

    def _order_gate(self, facts: FileFacts, index: int) -> Gate | None:
        """A task or step that runs before the one holding this call and is a gate: ordered
        by ``>>``, ``depends_on=``, ``.after()`` and the like, or feeding it data."""
        start = top_call(facts, index)
        upstream_tasks = list(self._upstream(facts, start))
        before_training = self._before_training(facts, upstream_tasks)
        for upstream in upstream_tasks:
            if upstream in before_training:
                continue  # a data check ordered before the training step judges no model
            task = facts.calls[upstream]
            reason = gate_task(self.project, task) or self._script_gate(task, facts, upstream)
            if reason:
                label = f"`{task.assigned_to}`" if task.assigned_to else f"{task.name}()"
                return Gate(f"task {label} at {facts.location(task.line)} runs before it: {reason}")
        return None

    def _upstream(self, facts: FileFacts, start: int) -> Iterator[int]:
        index = self._index(facts)
        seen = {start}
        queue = [start]
        while queue:
            current_index = queue.pop()
            current = facts.calls[current_index]
            found = list(index.before.get(current_index, ()))
            found.extend(index.children.get(current_index, ()))
            for name in current.arg_names:
                found.extend(self._producer(facts, index, current, name))
            for upstream in found:
                upstream = top_call(facts, upstream)
                if upstream not in seen:
                    seen.add(upstream)
                    queue.append(upstream)
                    yield upstream

    def _step_hops(self, facts: FileFacts, index: int) -> tuple[Hop, ...]:
        """The pipeline steps ordered before the one holding this call, in the order they are
        written, each with why it is no gate: where an ungated path starts in a pipeline file
        (validate -> train -> evaluate -> register), not only the release step."""
        tasks = list(self._upstream(facts, top_call(facts, index)))
        if not tasks:
            return ()
        before_training = self._before_training(facts, tasks)
        hops: list[Hop] = []
        for task in sorted(tasks, key=lambda t: facts.calls[t].line):
            step = facts.calls[task]
            if not self.project.knowledge.call_matches(facts, step, _PIPELINE):
                continue
            name = f"`{step.assigned_to}` " if step.assigned_to else ""
            runs = ", ".join(token for _, token in self.scripts_run.get((facts.path, task), ()))
            if task in before_training:
                why = "runs before the training step: judges the data, not the model"
            elif any(rule.pattern.match(step.name) for rule in self.rules.trains):
                why = "trains the model"
            elif runs:
                why = f"runs {runs}, which stops on no metric"
            else:
                why = "decides nothing"
            hops.append(Hop(f"{name}{_label(step)} {why}", facts.location(step.line)))
        return tuple(hops)

    def _before_training(self, facts: FileFacts, tasks: list[int]) -> set[int]:
        """Of ``tasks``, those ordered before a training step among them (``[[trains]]``:
        ``TrainingStep``): they run before the model exists, so whatever they stop on (a
        missing column, a negative score in the raw data) is about the data, not the model."""
        if not self.rules.trains:
            return set()
        found: set[int] = set()
        for task in tasks:
            if any(rule.pattern.match(facts.calls[task].name) for rule in self.rules.trains):
                found.update(self._upstream(facts, task))
        return found

    def _script_gate(self, task: CallFact, facts: FileFacts, index: int) -> str:
        """A step that runs a project script which stops the run when a metric misses."""
        for path, token in self.scripts_run.get((facts.path, index), ()):
            script = self.project.by_path.get(path)
            stop = _stops_on_metric(self.project, script) if script is not None else ""
            if stop:
                return f"runs {token}, which {stop}"
        return ""

    def _step_order_gate(self, facts: FileFacts, call: CallFact) -> Gate | None:
        """Metaflow: a step that runs before this one (``self.next``) and stops on a metric."""
        if not call.scope or not self.next_steps:
            return None
        prefix = f"{facts.module}." if facts.module else ""
        seen: set[str] = set()
        queue = [f"{prefix}{call.scope}"]
        while queue:
            for upstream, line in self.next_steps.get(queue.pop(), ()):
                if upstream in seen:
                    continue
                seen.add(upstream)
                queue.append(upstream)
                entry = self.project.functions.get(upstream)
                if entry is not None and entry[1].exits_on_metric:
                    return Gate(f"step {entry[1].qualname}() runs before it (ordered at {facts.location(line)}) and stops the run when a metric misses")
        return None

    def _job_gate(self, facts: FileFacts) -> Gate | None:
        """Every job task that runs this script depends on a task whose script stops the run
        when a metric misses (a Databricks job: ``promotion`` ``depends_on`` ``validation``)."""
        runs = self.job_upstream.get(facts.path)
        if not runs:
            return None
        reasons: list[str] = []
        for where, before in runs:
            reason = ""
            for path, key in before:
                script = self.project.by_path.get(path)
                stop = _stops_on_metric(self.project, script) if script is not None else ""
                if stop:
                    reason = f"job task at {where} runs after task `{key}` ({path}), which {stop}"
                    break
            for condition, path, value, operands in self.job_conditions.get(where, ()) if not reason else ():
                set_on_metric = self._value_set_on_metric(path, value)
                if set_on_metric:
                    reason = f"job task at {where} runs only on the outcome of condition task `{condition}`, which reads the task value {value!r} that {path} sets {set_on_metric}"
                    break
                bar = _bar_on_metric(operands, value)
                if bar:
                    reason = f"job task at {where} runs only on the outcome of condition task `{condition}`, which holds the task value {value!r} (set by {path}) to a bar: {bar}"
                    break
            if not reason:
                return None
            reasons.append(reason)
        return Gate("; ".join(reasons))

    def _value_set_on_metric(self, path: str, value: str) -> str:
        """Where the script sets the job task value ``value`` (``dbutils.jobs.taskValues.set(key=value, ...)``)
        behind a metric decision, or ``""``: then a condition task on it is an evaluation gate."""
        script = self.project.by_path.get(path)
        if script is None:
            return ""
        for call in script.calls:
            if call.method != "set" or (call.keyword("key") if call.has_keyword("key") else call.positional[0] if call.positional else None) != value:
                continue
            gate = local_gate(self.project, script, call, ())
            if gate is not None:
                return f"at {script.location(call.line)} under {gate.evidence}"
        return ""

    def _decision_params(self, facts: FileFacts, call: CallFact) -> set[str]:
        """Parameters of the enclosing function that a guard of this call tests (a decision
        passed in as data, such as ZenML's ``deploy_decision``)."""
        if not call.scope:
            return set()
        entry = self.project.functions.get(f"{facts.module}.{call.scope}" if facts.module else call.scope)
        if entry is None:
            return set()
        params = set(entry[1].params)
        return {name for i in call.guards for name in facts.guards[i].names if name in params}

    def _decision_input(self, facts: FileFacts, call: CallFact) -> str:
        """A release step that runs only on a true decision input (``[[decision]]``) whose
        value comes from a step or function that decides on a metric."""
        for rule in self.rules.decision:
            if not rule.pattern.match(call.name):
                continue
            uses = [(facts, call, facts, {})] if call.has_keyword(rule.keyword) else self._wired_step_uses(facts, call)
            for use_facts, use, holder_facts, bound in uses:
                # by keyword, or, not given by keyword, among the positional inputs: its position
                # differs by step and by ZenML version (first in the old pipeline API), and a
                # step's other inputs (model, config) never come from a metric decision
                names = use.names_in_keyword(rule.keyword) or (() if use.has_keyword(rule.keyword) else use.arg_names)
                fed = self._fed_by_decision(use_facts, use, names, (holder_facts, bound)) if names else ""
                if fed:
                    return f"{call.name.rpartition('.')[2]}() releases only when {rule.keyword}= is true ({use_facts.location(use.line)}): {fed}"
        return ""

    def _wired_step_uses(self, facts: FileFacts, call: CallFact) -> list[tuple[FileFacts, CallFact, FileFacts, dict[str, CallFact]]]:
        """A step instance passed by keyword to a project pipeline function (ZenML's older
        ``pipeline(model_deployer=mlflow_model_deployer_step(...))``, or the name it is bound
        to): the calls of that parameter inside the pipeline's body, with the file of the
        pipeline call and the step instances it binds to the pipeline's other parameters
        (``deployment_trigger=deployment_trigger(config=...)``), so that what the body's
        ``deployment_trigger(accuracy)`` runs is known."""
        holders = [call.parent] if call.parent >= 0 else []
        if call.assigned_to:
            holders += [i for i, c in enumerate(facts.calls) if c.scope == call.scope and c.line >= call.line and any(call.assigned_to in names for _, names in c.keyword_names)]
        found: list[tuple[FileFacts, CallFact, FileFacts, dict[str, CallFact]]] = []
        for holder_index in holders:
            bound = pipeline_arguments(facts, holder_index)
            keyword = next((k for k, step in bound.items() if step is call), "")
            entry = self.project.function_called(facts, facts.calls[holder_index]) if keyword else None
            if entry is None or keyword not in entry[1].params:
                continue
            body, function = entry
            found += [(body, c, facts, bound) for c in body.calls if c.name == keyword and c.scope == function.qualname]
        return found

    def _fed_when_bound(self, facts: FileFacts, instance: CallFact) -> str:
        """A project step instantiated as a keyword of a pipeline call (ZenML before 0.40:
        ``p(deployer=deploy_if_ready())``) runs where the pipeline's body calls that parameter;
        a decision it tests is fed there (``deployer(model, decision)``)."""
        if instance.parent < 0 and not instance.assigned_to:
            return ""
        for use_facts, use, holder_facts, bound in self._wired_step_uses(facts, instance):
            fed = self._fed_by_decision(use_facts, use, None, (holder_facts, bound))
            if fed:
                return f"{fed} (the pipeline's body runs the step at {use_facts.location(use.line)})"
        return ""

    def _names_a_verdict(self, facts: FileFacts, call: CallFact, params: set[str]) -> bool:
        """A guard of this call tests a decision parameter by a name that says it holds a
        verdict: the parameter itself (``deploy_decision``) or the field it reads
        (``promotion_result["promoted"]``, ``report.passed``)."""
        for index in call.guards:
            guard = facts.guards[index]
            fields = fields_read(guard.text) if guard.text else {}
            for name in params.intersection(guard.names):
                spellings = [name, *(f"{name}_{field}" for field in fields.get(name, ()))]
                if any(rule.names_a_decision(spelling) for rule in self.rules.flag for spelling in spellings):
                    return True
        return False

    def _fed_by_decision(self, facts: FileFacts, caller: CallFact, names: tuple[str, ...] | None = None, bound: tuple[FileFacts, dict[str, CallFact]] | None = None, verdict_named: bool = False) -> str:
        """The caller passes the result of a step or function that decides on a metric.
        ``bound``: the step instances a pipeline call binds to the parameters of the pipeline
        holding ``caller``, where the producer may be one of those parameters.
        ``verdict_named``: the release tests the input by a verdict's name
        (``if not promotion_result["promoted"]``), so a producer that branches on a metric
        comparison (``quality_ok = score >= threshold`` ... ``if not quality_ok:``) made it."""
        index = self._index(facts)
        for name in caller.arg_names if names is None else names:
            for producer in self._producer(facts, index, caller, name):
                made = facts.calls[producer]
                entry = self.project.function(made.name)
                if entry is None and bound is not None and made.name in bound[1]:
                    entry = self.project.function_called(bound[0], bound[1][made.name])
                if entry is not None and (entry[1].returns_comparison or entry[1].exits_on_metric or (verdict_named and decides_on_metric(*entry))):
                    return f"`{name}` comes from {entry[1].qualname}(), which compares the metric with its threshold"
        return ""

    def _fed_by_unpacked_decision(self, facts: FileFacts, caller: CallFact, callee_facts: FileFacts, callee: str, params: set[str]) -> str:
        """The caller passes, as a decision parameter of ``callee``, a name it unpacked from
        the result of a function that returns that element as a metric decision:
        ``metrics, passed = evaluate(model, data)`` with ``return metrics, accuracy >= MIN``
        (or ``passed = accuracy >= MIN; return metrics, passed``), then
        ``deploy(model, metrics, passed)`` where ``deploy`` returns early unless ``passed``.
        Only the argument bound to the parameter the guard tests counts."""
        unpacked = facts.extra.get("unpacked", ())
        if not unpacked:
            return ""
        entry = self.project.functions.get(f"{callee_facts.module}.{callee}" if callee_facts.module else callee)
        if entry is None:
            return ""
        for param in sorted(params):
            for name in argument_names(caller, entry[1], param):
                found = max(
                    ((index, names.index(name)) for scope, index, names in unpacked if scope == caller.scope and name in names and facts.calls[index].line <= caller.line),  # type: ignore[misc]
                    default=None,
                )
                if found is None:
                    continue
                index, position = found
                producer = self.project.function(facts.calls[index].name)
                if producer is None:
                    continue
                producer_facts, function = producer
                if any(qualname == function.qualname and position in positions for qualname, positions in producer_facts.extra.get("decision_returns", ())):  # type: ignore[attr-defined]
                    return f"`{name}` (its {param}) comes from {function.qualname}(), which returns it as a comparison of the metric with its threshold ({facts.location(facts.calls[index].line)})"
        return ""

    def _approved_registrations(self, site: DeploySite) -> list[Write]:
        """Registrations whose approval status is the pipeline parameter this start call sets."""
        keys = _approving_keys(site)
        found: list[Write] = []
        for write in self.writes:
            if not write.rule.approval:
                continue
            names = write.site.call.names_in_keyword(write.rule.approval)
            for candidate in write.site.facts.calls:
                if names and candidate.assigned_to == names[0] and candidate.method == "ParameterString" and _parameter_name(candidate) in keys:
                    found.append(write)
                    break
        # the pipeline started: `get_pipeline(...).start(...)` or `pipeline.start(...)` where
        # the pipeline was built by a project function; its registrations, not another's
        owner = self.project.function(self._resolved_from(site.facts, site.call.name.rpartition(".")[0]))
        if owner is not None:
            return [w for w in found if w.site.facts.path == owner[0].path]
        local = [w for w in found if w.site.facts.path == site.facts.path]
        return local or found

    def _approves_no_parameter(self, site: DeploySite) -> str:
        """Why a start call that passes ``ModelApprovalStatus="Approved"`` approves nothing: it
        starts a pipeline the project builds (``get_pipeline(...).start(...)``), and no pipeline
        parameter of the project has that name, so every registration keeps the approval status
        it sets itself (``""``: the pipeline is not the project's, or a parameter takes it)."""
        owner = self.project.function(self._resolved_from(site.facts, site.call.name.rpartition(".")[0]))
        if owner is None:
            return ""
        keys = _approving_keys(site)
        for facts in self.project.files:
            for candidate in facts.calls:
                if candidate.method == "ParameterString":
                    name = _parameter_name(candidate)
                    if name in keys or not isinstance(name, str) or name == NON_LITERAL:
                        return ""
        return f"the pipeline it starts ({owner[1].qualname}() in {owner[0].path}) has no parameter named {', '.join(sorted(keys))}: its registrations keep the approval status they set"

    def _approve_verdict(self, site: DeploySite, index: int, approved: list[Write], patterns: tuple[str, ...], visiting: frozenset[tuple[str, int]]) -> Verdict:
        """A start call that approves registrations up front is gated when each of those
        registrations is behind an evaluation gate in the pipeline (the approval it skips
        was not the only gate) or the start call itself is gated."""
        own = self._reach(site.facts, index, patterns, 0, visiting, _label(site.call))
        if own.gated:
            return own
        evidence: list[str] = []
        for write in approved:
            verdict = self._reach(write.site.facts, write.site.index, patterns, 0, visiting | {(site.facts.path, index)}, _label(write.site.call))
            if not verdict.gated:
                return Verdict(False, path=(*verdict.path, *own.path), sites=((site.facts, site.call),))
            evidence.append(f"{_write_label(write)} at {write.site.facts.location(write.site.call.line)} is gated: {verdict.evidence}")
        return Verdict(True, "the registration it approves up front is behind an evaluation gate: " + "; ".join(evidence))

    # -- registry --------------------------------------------------------------------------
    def _reads_feeding(self, facts: FileFacts, call: CallFact) -> Iterator[Read]:
        """Registry reads whose result this release ships: earlier in its scope, or in a
        function of the same file that its scope calls first; or a ``models:/`` URI naming a
        stage or alias."""
        reads = self.reads.get(facts.path, ())
        if reads:
            for read in reads:
                if read.call.scope == call.scope and read.call.line <= call.line and (read.rule.reads != "registered" or self._writers(read, call)):
                    yield read
        # a project function called first in the same scope that reads the registry (a
        # wrapper such as `registry.latest_version(stages=["Production"])`, in any file)
        by_function = self._reads_by_function()
        if by_function:
            for earlier in facts.calls:
                if earlier.scope != call.scope or earlier.line > call.line or earlier is call:
                    continue
                entry = self.project.function(earlier.name)
                if entry is not None:
                    yield from by_function.get(f"{entry[0].module}.{entry[1].qualname}" if entry[0].module else entry[1].qualname, ())
        for literal in literal_strings(call):
            if literal.startswith("models:/") and ("@" in literal or literal.rstrip("/").rpartition("/")[2] in ("Production", "Staging", "Champion")):
                rule = ReadRule(name="models:/", registry="MLflow Model Registry", reads="promoted", says=f"loads {literal!r}")
                path = literal[len("models:/") :].rstrip("/")
                label = path.partition("@")[2] if "@" in path else path.rpartition("/")[2]
                yield Read(facts, self._index(facts).positions[id(call)], rule, path.split("/")[0].split("@")[0], label.lower())

    def _reads_by_function(self) -> dict[str, list[Read]]:
        """Qualified project function -> the registry reads in its body (built on first need)."""
        if self._reads_in is None:
            self._reads_in = {}
            for reads in self.reads.values():
                for read in reads:
                    if read.call.scope:
                        qualified = f"{read.facts.module}.{read.call.scope}" if read.facts.module else read.call.scope
                        self._reads_in.setdefault(qualified, []).append(read)
        return self._reads_in

    def _inherit(self, facts: FileFacts, call: CallFact, reads: list[Read], patterns: tuple[str, ...], visiting: frozenset[tuple[str, int]]) -> Verdict:
        """A release (or the call that hands it its model) that ships what a registry read
        returns is gated when every release that writes that entry is gated; a read of
        approved versions also counts the registry's manual approval of pending
        registrations as a gate."""
        evidence: list[str] = []
        hop = Hop(_label(call), facts.location(call.line))
        for read in reads:
            read_hop = Hop(f"{read.call.method}() {read.rule.says}", read.facts.location(read.call.line))
            tail = (read_hop,) if read.call is call else (read_hop, hop)
            writers = [w for w in self._writers(read, call) if (w.site.facts.path, w.site.index) not in visiting]
            if read.rule.reads == "promoted":
                writers = [w for w in writers if w.site.action == "promotes"]
            if not writers:
                why = "only a person approving it in the registry makes a version readable" if read.rule.reads == "approved" else "no code in the project promotes to it: a person does, in the registry"
                evidence.append(f"{read_hop.render()}; {why}")
                continue
            for writer in writers:
                verdict = self._writer_verdict(writer, read, patterns, visiting)
                if not verdict.gated:
                    writer_hop = Hop(_write_label(writer), writer.site.facts.location(writer.site.call.line))
                    path = (*verdict.path[:-1], writer_hop) if verdict.path else (writer_hop,)
                    return Verdict(False, path=(*path, *tail), sites=((facts, call),))
                evidence.append(f"{read_hop.render()} reads what {_write_label(writer)} at {writer.site.facts.location(writer.site.call.line)} writes, and that is gated: {verdict.evidence}")
        return Verdict(True, "; ".join(evidence))

    def _writers(self, read: Read, call: CallFact) -> list[Write]:
        """The project's releases that write what ``read`` reads (its registry, or one it also
        reads, the same entry when both name it, and the same alias or stage when both name
        it: the ``previous_champion`` alias feeds no read of ``champion``). A read of a registered version by name
        (``reads = "registered"``) that no release of the project writes is no link: the
        deploy is judged on its own path, as if it had not read the registry."""
        registries = (read.rule.registry, *read.rule.also)
        return [w for w in self.writes if w.rule.registry in registries and _same_entry(w.entry, read.entry) and _same_entry(w.label, read.label) and w.site.call is not call]

    def _writer_verdict(self, writer: Write, read: Read, patterns: tuple[str, ...], visiting: frozenset[tuple[str, int]]) -> Verdict:
        site = writer.site
        if read.rule.reads == "approved" and writer.rule.approval:
            status = approval_status(site.facts, site.call, writer.rule.approval)
            if status is None or (status != "Approved" and site.action == "registers"):
                gate = approval_gate(site)
                if gate is not None:
                    return Verdict(True, gate.evidence)
            if status is not None and status != "Approved" and site.action != "registers":
                return Verdict(True, f"sets {writer.rule.approval}={status!r}, not Approved")
        own = self._reach(site.facts, site.index, patterns, 0, visiting, _label(site.call))
        if own.gated or site.action != "promotes" or not writer.rule.approval:
            return own
        approved = self._approves_evaluated(writer, patterns, visiting)
        return Verdict(True, approved) if approved else own

    def _approves_evaluated(self, approval: Write, patterns: tuple[str, ...], visiting: frozenset[tuple[str, int]]) -> str:
        """An approval (``update_model_package(ModelApprovalStatus="Approved")``, by a person
        in a notebook cell or by code) approves versions that the project's registrations
        wrote as pending: when every such registration is itself behind an evaluation gate
        (a ConditionStep on the evaluation report), only evaluated versions can be approved,
        so the approval ships nothing unevaluated. ``""`` when some registration is not, or
        the project registers nothing into that registry."""
        registrations = [w for w in self.writes if w.site.action == "registers" and w.rule.registry == approval.rule.registry and _same_entry(w.entry, approval.entry) and (w.site.facts.path, w.site.index) not in visiting]
        if not registrations:
            return ""
        evidence: list[str] = []
        for registration in registrations:
            verdict = self._reach(registration.site.facts, registration.site.index, patterns, 0, visiting | {(approval.site.facts.path, approval.site.index)}, _label(registration.site.call))
            if not verdict.gated:
                return ""
            evidence.append(f"{_write_label(registration)} at {registration.site.facts.location(registration.site.call.line)}: {verdict.evidence}")
        return f"{_write_label(approval)} at {approval.site.facts.location(approval.site.call.line)} approves only versions registered behind an evaluation gate: " + "; ".join(evidence)

    # -- report ----------------------------------------------------------------------------
    def describe(self, gate_patterns: Sequence[str] = ()) -> list[dict[str, object]]:
        """Every release with its kind, site and verdict (the JSON report's ``releases``)."""
        rows: list[dict[str, object]] = []
        for site in self.releases:
            verdict = self.verdict(site, gate_patterns)
            row: dict[str, object] = {
                "kind": site.action,
                "api": site.call.name,
                "framework": site.rule.framework,
                "path": site.facts.path,
                "line": site.call.line,
                "gated": verdict.gated,
            }
            if verdict.gated:
                row["gate"] = verdict.evidence
            else:
                row["ungated_path"] = [{"step": hop.label, "at": hop.where} for hop in verdict.path]
                row["finding_sites"] = [f.location(c.line) for f, c in verdict.sites]
            rows.append(row)
        rows.sort(key=lambda r: (str(r["path"]), int(r["line"]), str(r["api"])))  # type: ignore[call-overload]
        return rows


def _approving_keys(site: DeploySite) -> set[str]:
    """The keywords a start call (or a ``dict(...)`` among its arguments) sets to "Approved"."""
    return {k for holder in (site.call, *(c for c in site.facts.calls if c.parent == site.index)) for k, v in holder.keywords if v == "Approved"}


def _parameter_name(call: CallFact) -> object:
    """The name a ``ParameterString(name=...)`` declares (its literal, or ``None``)."""
    return call.keyword("name") if call.has_keyword("name") else (call.positional[0] if call.positional else None)


def _label(call: CallFact) -> str:
    return f"{call.name.rpartition('.')[2] or call.name}()"


def _write_label(writer: Write) -> str:
    status = ""
    if writer.rule.approval:
        value = approval_status(writer.site.facts, writer.site.call, writer.rule.approval)
        status = f" ({value})" if value and value != NON_LITERAL else ""
    entry = f" {writer.entry!r}" if writer.entry else ""
    return f"{_label(writer.site.call)}{entry}{status}"


def _same_entry(written: str, read: str) -> bool:
    return not written or not read or written == read


def _stops_on_metric(project: Project, facts: FileFacts) -> str:
    """Why running this script fails the run when a metric misses, or ``""``."""
    for guard in facts.guards:
        if guard.metric and guard.kind in ("assert", "exit") and not guard.scope and none_test(guard.text) is None:  # `if auc is None: exit` stops on no score, not a bad one
            return f"stops at {facts.location(guard.line)} (`{guard.text}`)"
    for function in facts.functions:
        if function.exits_on_metric:
            return f"raises in {function.qualname}() ({facts.location(function.line)}) when a metric misses"
    stop = stop_on_metric(project, facts, None, 1 << 30)
    if stop is not None:
        return f"cancels the run: {stop.evidence}"
    return ""


_ORDERING = frozenset({"GREATER_THAN", "GREATER_THAN_OR_EQUAL", "LESS_THAN", "LESS_THAN_OR_EQUAL"})


def _bar_on_metric(operands: tuple[str, ...], value: str) -> str:
    """A ``condition_task`` that holds the task value ``value`` to a bar itself: its operator
    orders (``LESS_THAN``), the value names a metric (``holdout_mae``, ``val_auc``) and the other
    operand is a number or another value (a task value, a job parameter: the served model's
    score). Then the condition is the evaluation's decision, ``""`` otherwise."""
    if len(operands) != 3 or operands[1].strip().upper() not in _ORDERING or not metric_direction(value):
        return ""
    left, op, right = (o.strip() for o in operands)
    other = right if value in left else left
    if value in other:
        return ""
    try:
        float(other)
    except ValueError:
        if not (other.startswith("{{") and other.endswith("}}")):
            return ""
    return f"{left} {op} {right}"
