"""Release sites, and the gates that sanitise a release flow at one place in the code.

A deploy, register or promote call is a *release site*. Whether a release is gated is a
question about every path that reaches it (see ``release_flow``); this module answers the
local part: is there, at this call, a gate that stops the flow? Local gates are a metric
comparison around the call (``if``/``with dsl.Condition``), before it (``assert``, an early
``raise``/``return``/``sys.exit``, a helper that raises on a metric), a gate helper in the
condition (``if passes_gate(m):``), a SageMaker ``ConditionStep`` whose branches hold the
step, a registry approval status check, and a registration that waits for manual approval.
Orchestrator tasks (Airflow short-circuit / branch) are gates of the tasks ordered after them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ..facts.records import NON_LITERAL, CallFact, FileFacts, FunctionFact, GuardFact
from .flow_rules import ApproveRule, ArtifactRule, ComponentRule, LaunchRule, OpRule, RestRule, SpecRule, flow_rules
from .knowledge import Rule, imported_roots, matches_any
from .project import Project

__all__ = ["DeploySite", "Gate", "approval_gate", "approval_status", "deploy_sites", "find_gate", "gate_task", "local_gate", "stop_on_metric"]

PREPARATORY_METHODS = ("create_model",)
"""Release calls that only prepare a later one: boto3 ``create_model`` is the release when it
stands alone (a model for batch transform), not when ``create_endpoint`` / ``update_endpoint``
in the same function puts that model into service (one release, reported at the endpoint)."""

CONTAINER_SUFFIXES = ("ModelStep",)
"""Release rules that wrap another release (``ModelStep(step_args=model.register(...))``):
the inner call is the release that is reported."""


@dataclass(frozen=True)
class DeploySite:
    facts: FileFacts
    call: CallFact
    rule: Rule
    index: int = -1

    @property
    def action(self) -> str:
        return self.rule.action


@dataclass(frozen=True)
class Gate:
    """Why a site counts as gated: one human-readable line of evidence."""

    evidence: str


_COMPONENT_SOURCES = frozenset({"func", "url", "filename", "file_path", "text", "component_spec"})

def deploy_sites(project: Project) -> list[DeploySite]:
    """Every call that deploys, registers or promotes a model, in path and line order.

    Computed once per project: ML002 and ML003 both start from these sites.
    """
    cached = project.memo.get("deploy_sites")
    if cached is None:
        cached = project.memo["deploy_sites"] = list(_deploy_sites(project))
    return cached  # type: ignore[no-any-return]


def _deploy_sites(project: Project) -> Iterator[DeploySite]:
    from .file_releases import file_release_rules

    rules_of_flow = flow_rules()
    artifacts = {rule.release: rule for rule in rules_of_flow.artifact}
    retire = rules_of_flow.retire_methods
    files = file_release_rules(project)
    ops = rules_of_flow.op_roots
    bases = _project_class_bases(project)
    component_roots = frozenset(rule.name.split(".")[0] for rule in rules_of_flow.component)
    approve_suffixes = tuple(f".{rule.method}" for rule in rules_of_flow.approve)
    approvals: dict[str, list[ApproveRule]] = {}
    for approve in rules_of_flow.approve:
        approvals.setdefault(approve.method, []).append(approve)
    launch_names: dict[str, bool] = {}  # call name -> whether a launch / rest pattern names it (names repeat)
    rest_names: dict[str, bool] = {}
    for facts in project.files:
        matched: dict[int, Rule] = {}
        components = _release_components(project, facts, rules_of_flow.component) if component_roots and component_roots & imported_roots(facts) else {}
        specs = _serving_specs(facts, rules_of_flow.spec) if rules_of_flow.spec else {}
        for index, call in enumerate(facts.calls):
            rules = project.knowledge.call_matches(facts, call, ("deploy",))
            if not rules and bases and call.name.rpartition(".")[0] in bases:
                rules = _inherited_matches(project, facts, call, bases)
            if rules and call.method in retire and any(r.retires(call.keywords, call.positional) for r in retire[call.method]):
                continue  # transition_model_version_stage(..., stage="Archived"): takes a version out of service
            if rules and (call.method not in artifacts or _logs_a_model(facts, call, artifacts[call.method])):
                matched[index] = rules[0]
            elif components and call.receiver in components and _calls_binding(facts, call, components[call.receiver]):
                matched[index] = components[call.receiver][1]
            elif call.name.endswith(approve_suffixes) and (approved := _approves(facts, index, call, approvals[call.method])) is not None:
                matched[index] = approved
            elif specs and (spec := _applies_spec(facts, index, call, specs)) is not None:
                matched[index] = spec
            elif rules_of_flow.launch and _named(launch_names, call.name, rules_of_flow.launch) and (launched := _launch_release(project, facts, index, call, rules_of_flow.launch)) is not None:
                matched[index] = launched
            elif rules_of_flow.rest and _named(rest_names, call.name, rules_of_flow.rest) and (posted := _rest_release(facts, call, rules_of_flow.rest)) is not None:
                matched[index] = posted
            elif files and (facts.path, index) in files:
                matched[index] = files[(facts.path, index)]
            elif call.name.split(".", 1)[0] in ops:
                rule = _op_release(call, ops[call.name.split(".", 1)[0]])
                if rule is not None:
                    matched[index] = rule
        if not matched:
            continue
        containers = {i for i, rule in matched.items() if rule.name.endswith(CONTAINER_SUFFIXES)}
        holding = {facts.calls[i].parent for i in matched if facts.calls[i].parent in containers}
        linked = {(facts.calls[i].scope, name) for i in matched for name in facts.calls[i].arg_names}
        served = {(facts.calls[i].scope, facts.calls[i].line) for i, rule in matched.items() if rule.action == "deploys" and facts.calls[i].method not in PREPARATORY_METHODS}
        for index, rule in matched.items():
            call = facts.calls[index]
            if call.method in artifacts and call.assigned_to and (call.scope, call.assigned_to) in linked:
                continue  # `logged = run.log_artifact(a)` then `run.link_artifact(logged, ...)`: one release, the link
            if call.method in PREPARATORY_METHODS and any(scope == call.scope and line > call.line for scope, line in served):
                continue  # create_model, then an endpoint in the same function: one release, the endpoint
            if index in holding:
                continue  # ModelStep(step_args=model.register(...)): the inner register is the release
            if call.parent in matched and call.parent not in containers:
                continue  # a release nested in another release is reported once, as the outer call
            yield DeploySite(facts, call, rule, index)


def _named(memo: dict[str, bool], name: str, rules: Sequence[LaunchRule] | Sequence[RestRule]) -> bool:
    """Whether a rule's pattern matches the call name ``name``, asked once per distinct name."""
    found = memo.get(name)
    if found is None:
        found = memo[name] = any(rule.pattern.match(name) for rule in rules)
    return found


def _project_class_bases(project: Project) -> dict[str, tuple[str, ...]]:
    """Qualified project class -> its resolved bases, for classes that subclass something
    outside the project (``class DistillationTrainer(transformers.Trainer)``)."""
    found = project.memo.get("class_bases")
    if found is None:
        found = {}
        for facts in project.files:
            prefix = f"{facts.module}." if facts.module else ""
            for cls in facts.classes:
                if cls.bases:
                    found[f"{prefix}{cls.qualname}"] = cls.bases
        project.memo["class_bases"] = found
    return found  # type: ignore[no-any-return]


def _inherited_matches(project: Project, facts: FileFacts, call: CallFact, bases: dict[str, tuple[str, ...]]) -> list[Rule]:
    """A release verb called on an instance of a project subclass: ``trainer.push_to_hub()``
    where ``trainer = DistillationTrainer(...)`` and that class subclasses ``Trainer``."""
    owner, _, method = call.name.rpartition(".")
    seen: set[str] = set()
    queue = [owner]
    while queue:
        current = queue.pop()
        for base in bases.get(current, ()):
            if base in seen:
                continue
            seen.add(base)
            rules = project.knowledge.call_matches(facts, replace(call, name=f"{base}.{method}"), ("deploy",))
            if rules:
                return rules
            queue.append(base)
    return []


def _release_components(project: Project, facts: FileFacts, rules: Sequence[ComponentRule]) -> dict[str, tuple[CallFact, Rule]]:
    """Pipeline components bound to a name whose words, wrapped function or literal source
    say serve or deploy (``serving_op = func_to_container_op(func=serving)``,
    ``deploy_op = load_component_from_url(".../deploy/component.yaml")``), or whose wrapped
    function starts a prediction server: name -> (the binding call, the release rule)."""
    found: dict[str, tuple[CallFact, Rule]] = {}
    functions = {f.qualname for f in facts.functions}
    for call in facts.calls:
        if not call.assigned_to or "." in call.assigned_to:
            continue
        for rule in rules:
            if not rule.pattern.match(call.name):
                continue
            wrapped = [n for n in call.arg_names if n in functions]
            # the component's own source (a function, a file, a URL), not its other settings:
            # `base_image=".../serving-base"` does not make a training step a deploy
            sources = (*call.positional[:1], *(v for k, v in call.keywords if k in _COMPONENT_SOURCES))
            literals = [v for v in sources if isinstance(v, str) and v != NON_LITERAL]
            text = rule.names_a_release([call.assigned_to, *wrapped, *literals])
            why = f"named {text!r}" if text else ""
            if not why:
                server = next((w for w in wrapped if _starts_a_server(project, facts, w)), "")
                why = f"wraps {server}(), which starts a prediction server" if server else ""
            if why:
                says = f"{rule.says}: component `{call.assigned_to}` ({call.name} at {facts.location(call.line)}, {why})"
                found[call.assigned_to] = (call, Rule(kind="deploy", match="call", name=call.assigned_to, says=says, framework=rule.framework, action="deploys", source="release_flow.toml [[component]]"))
            break
    return found


def _starts_a_server(project: Project, facts: FileFacts, function: str) -> bool:
    inner = f"{function}."
    return any((c.scope == function or c.scope.startswith(inner)) and project.knowledge.call_matches(facts, c, ("hosting",)) for c in facts.calls)


def _calls_binding(facts: FileFacts, call: CallFact, component: tuple[CallFact, Rule]) -> bool:
    """Does ``call`` run the component bound by ``component`` (same file, after the binding,
    in its scope or anywhere when bound at module level)?"""
    binding = component[0]
    return call is not binding and call.name == binding.name and call.line >= binding.line and (not binding.scope or binding.scope == call.scope)


def _approves(facts: FileFacts, index: int, call: CallFact, rules: Sequence[ApproveRule]) -> Rule | None:
    """``pipeline.start(parameters=dict(ModelApprovalStatus="Approved"))``: the execution
    registers its model already approved (the arguments, or a ``dict(...)`` among them)."""
    children = [c for c in facts.calls[index + 1 : index + 8] if c.parent == index]
    for rule in rules:
        for holder in (call, *children):
            key = rule.approving_key(holder.keywords)
            if key:
                says = f"{rule.says} ({key}={rule.value!r})"
                return Rule(kind="deploy", match="call", name=call.name, says=says, framework=rule.framework, action="promotes", source="release_flow.toml [[approve]]")
    return None


def _serving_specs(facts: FileFacts, rules: Sequence[SpecRule]) -> dict[tuple[str, str], tuple[SpecRule, str]]:
    """Strings bound to names that are specs serving a model: (scope, name) -> (rule, word)."""
    found: dict[tuple[str, str], tuple[SpecRule, str]] = {}
    for scope, name, text in facts.extra.get("strings", ()):  # type: ignore[attr-defined]
        for rule in rules:
            word = rule.serves(text)
            if word:
                found[(scope, name)] = (rule, word)
                break
    return found


def _applies_spec(facts: FileFacts, index: int, call: CallFact, specs: dict[tuple[str, str], tuple[SpecRule, str]]) -> Rule | None:
    """A call whose verb applies or creates and whose argument is a serving spec: the spec's
    name itself, or a name bound (one step back) to a call that parses it
    (``model_specs = list(yaml.safe_load_all(deploy_spec))``)."""
    method = call.method or call.name
    if not call.arg_names or not any(rule.applies(method) for rule, _ in specs.values()):
        return None
    for name in call.arg_names:
        hit = specs.get((call.scope, name)) or specs.get(("", name))
        source = name
        if hit is None:
            for producer in reversed(facts.calls[:index]):
                if producer.assigned_to == name and producer.scope == call.scope:
                    source = next((n for n in producer.arg_names if (call.scope, n) in specs or ("", n) in specs), "")
                    hit = specs.get((call.scope, source)) or specs.get(("", source)) if source else None
                    break
        if hit is not None and hit[0].applies(method):
            rule, word = hit
            says = f"{rule.says}: `{source}` is a spec that runs {word!r}"
            return Rule(kind="deploy", match="call", name=call.name, says=says, framework=rule.framework, action="deploys", source="release_flow.toml [[spec]]")
    return None


def _op_release(call: CallFact, ops: Sequence[OpRule]) -> Rule | None:
    """A generic step (``dsl.ContainerOp``, a loaded component, a Kubernetes custom object)
    whose literal image, command, name, API group or inputs name a serving or deploying
    tool: the release, as a rule that says which literal."""
    for op in ops:
        if op.pattern.match(call.name):
            literal = op.names_a_release(call.keywords, call.positional)
            if literal:
                says = f"{op.says} ({literal!r})"
                return Rule(kind="deploy", match="call", name=op.name, says=says, framework=op.framework, action=op.action, source="release_flow.toml [[op]]")
    return None


def _launch_release(project: Project, facts: FileFacts, index: int, call: CallFact, launches: Sequence[LaunchRule]) -> Rule | None:
    """A serving launcher releases what the same flow just trained: an earlier training call
    (knowledge kind ``training``: ``tuner.fit()``, ``trainer.fit()``) in the same function
    or module-level code, and an application bound to a value (``App.bind(checkpoint)``, not
    only literals). A launcher in code that trains nothing serves a model made elsewhere."""
    launch = next((rule for rule in launches if rule.pattern.match(call.name)), None)
    if launch is None:
        return None
    apps = set(call.arg_names)
    bound = [c for c in facts.calls if c.method == "bind" and (c.parent == index or (c.assigned_to and c.assigned_to in apps and c.scope == call.scope and c.line <= call.line))]
    if not any(c.arg_names for c in bound):
        return None
    for earlier in facts.calls:
        if earlier.line < call.line and earlier.scope == call.scope and project.knowledge.call_matches(facts, earlier, ("training",)):
            return Rule(kind="deploy", match="call", name=launch.name, says=launch.says, framework=launch.framework, action="deploys", source="release_flow.toml [[launch]]")
    return None


def _rest_release(facts: FileFacts, call: CallFact, rest: Sequence[RestRule]) -> Rule | None:
    """``requests.post(f"{host}{path}")`` where the function (or module) binds a serving REST
    path: a deploy through the platform's HTTP API."""
    for rule in rest:
        if not rule.pattern.match(call.name):
            continue
        texts = [v for v in (*call.positional[:1], call.keyword("url")) if isinstance(v, str)]
        texts += [text for scope, _, text in facts.extra.get("strings", ()) if scope in (call.scope, "")]  # type: ignore[attr-defined]
        path = next((p for p in rule.paths for t in texts if p in t), "")
        if path:
            return Rule(kind="deploy", match="call", name=rule.name, says=f"{rule.says} ({path})", framework=rule.framework, action="deploys", source="release_flow.toml [[rest]]")
    return None


def _logs_a_model(facts: FileFacts, call: CallFact, rule: ArtifactRule) -> bool:
    """``run.log_artifact(artifact)`` releases a model only for a model artifact: its own
    ``type=`` or that of the ``wandb.Artifact(...)`` whose result it logs."""
    if rule.files and not _names_a_model_file(facts, call, rule):
        return False
    if rule.receiver:
        constructed = _constructed_by(facts, call, call.receiver, rule)
        return _artifact_type(constructed or call, rule) in rule.types
    if _artifact_type(call, rule) in rule.types:
        return True
    if not rule.constructor:
        return False
    for name in call.arg_names[:1]:
        for candidate in reversed(facts.calls):
            if candidate.assigned_to == name and candidate.line <= call.line and rule.constructor_pattern.match(candidate.name):
                return _artifact_type(candidate, rule) in rule.types
    return False


def _names_a_model_file(facts: FileFacts, call: CallFact, rule: ArtifactRule) -> bool:
    """One of the call's file arguments ends like a model artefact (``best_model.pkl``): a
    literal, or a string bound to the name it passes in the same scope or at module level."""
    strings = {(scope, name): text for scope, name, text in facts.extra.get("strings", ())}  # type: ignore[attr-defined]
    values: list[object] = [call.positional[i] for i, _ in enumerate(rule.file_keywords) if i < len(call.positional)]
    for keyword in rule.file_keywords:
        if call.has_keyword(keyword):
            values.append(call.keyword(keyword))
        values.extend(strings.get((call.scope, n)) or strings.get(("", n)) for n in call.names_in_keyword(keyword))
    values.extend(strings.get((call.scope, n)) or strings.get(("", n)) for n in call.arg_names)
    return any(isinstance(v, str) and v.lower().endswith(rule.files) for v in values)


def _constructed_by(facts: FileFacts, call: CallFact, name: str, rule: ArtifactRule) -> CallFact | None:
    """The last constructor call matching the rule whose result ``name`` holds before ``call``."""
    if not name or not rule.constructor:
        return None
    for candidate in reversed(facts.calls):
        if candidate.assigned_to == name and candidate.line <= call.line and rule.constructor_pattern.match(candidate.name):
            return candidate
    return None


def _artifact_type(call: CallFact, rule: ArtifactRule) -> object:
    value = call.keyword(rule.keyword) if call.has_keyword(rule.keyword) else None
    if value is None and 0 <= rule.position < len(call.positional):
        value = call.positional[rule.position]
    return rule.default if value is None and rule.default else value


def find_gate(project: Project, site: DeploySite, gate_patterns: Sequence[str] = ()) -> Gate | None:
    """The gate of a release site through the release-flow graph (``None``: ungated)."""
    from .release_flow import release_flow

    verdict = release_flow(project).verdict(site, tuple(gate_patterns))
    return Gate(verdict.evidence) if verdict.gated else None


# -- registry approval ----------------------------------------------------------------------
def approval_status(facts: FileFacts, call: CallFact, keyword: str) -> str | None:
    """The approval status a registration asks for: a literal, the default of the pipeline
    parameter it names (``ParameterString(name=..., default_value="Approved")``), ``"<expr>"``
    when set at run time, or ``None`` when the keyword is absent."""
    if not call.has_keyword(keyword):
        return None
    value = call.keyword(keyword)
    if value != NON_LITERAL:
        return value if isinstance(value, str) else NON_LITERAL
    names = call.names_in_keyword(keyword)
    if len(names) == 1:
        for candidate in facts.calls:
            if candidate.assigned_to == names[0] and candidate.method == "ParameterString":
                default = candidate.keyword("default_value")
                if default is None and len(candidate.positional) > 1:
                    default = candidate.positional[1]
                if isinstance(default, str) and default != NON_LITERAL:
                    return default
    return NON_LITERAL


def approval_gate(site: DeploySite) -> Gate | None:
    """A registration that waits for approval in the model registry is gated by that approval.

    SageMaker registers a new model package version as ``PendingManualApproval`` unless the
    call says ``Approved``; nothing can deploy it until someone (or an approval workflow)
    approves it. Registering straight to ``Approved`` (also through a pipeline parameter
    whose default is ``Approved``) is a promotion with no gate.
    """
    keyword = site.rule.approval_keyword
    if not keyword:
        return None
    status = approval_status(site.facts, site.call, keyword)
    if status is None:
        return Gate(f"registered without {keyword}=: the new version waits as PendingManualApproval until it is approved in the model registry")
    if status == NON_LITERAL:
        return Gate(f"{keyword}= is set at run time (e.g. a pipeline parameter): the version waits for approval unless that value is 'Approved'")
    if status != "Approved":
        return Gate(f"registered with {keyword}={status!r}: the version waits for approval in the model registry before it can be deployed")
    return None


# -- gates at one call -----------------------------------------------------------------------
def local_gate(project: Project, facts: FileFacts, call: CallFact, gate_patterns: Sequence[str], sequential: bool = True) -> Gate | None:
    """A gate at this call: a guard, an earlier helper that stops the flow, a ConditionStep.

    ``sequential`` is false in a function body that only declares a graph of tasks (a
    Kubeflow ``@dsl.pipeline``): there an earlier call does not run before a later one unless
    the graph orders them, so an earlier helper is no gate by position alone."""
    for index in call.guards:
        gate = _guard_gate(project, facts, facts.guards[index], gate_patterns)
        if gate is not None:
            return gate
    if sequential:
        gate = _helper_before(project, facts, call, gate_patterns) or _stop_before(project, facts, call, gate_patterns)
        if gate is not None:
            return gate
    return _condition_step_gate(project, facts, call)


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


def _guard_gate(project: Project, facts: FileFacts, guard: GuardFact, gate_patterns: Sequence[str]) -> Gate | None:
    where = f"{facts.location(guard.line)}"
    if guard.metric:
        return Gate(f"{_describe(guard)} at {where}")
    for name in guard.calls:
        if _is_gate_call(project, name, gate_patterns):
            return Gate(f"{_describe(guard)} at {where} ({name} is an evaluation gate)")
    if guard.kind in ("if", "exit") and ("'Approved'" in guard.text or '"Approved"' in guard.text):
        return Gate(f"{_describe(guard)} at {where} (acts only on versions approved in the model registry)")
    flag = _decision_flag(facts, guard)
    if flag:
        return Gate(f"`if {guard.text or flag}` at {where}: {flag}")
    return None


def _decision_flag(facts: FileFacts, guard: GuardFact) -> str:
    """A guard on a variable named as a release decision (``if deploy_flag == 1``) whose
    latest value before the guard comes from a call (read from the evaluation step's output,
    returned by a comparison helper), not from a constant written over it."""
    if guard.kind not in ("if", "exit") or not guard.names:
        return ""
    rules = flow_rules().flag
    for name in guard.names:
        rule = next((r for r in rules if r.names_a_decision(name)), None)
        if rule is None:
            continue
        setter = max((c for c in facts.calls if c.assigned_to == name and c.scope == guard.scope and c.line <= guard.line), key=lambda c: c.line, default=None)
        computed = setter.line if setter is not None and not rule.read_from_outside(setter.name) else 0
        constant = max((line for scope, target, line in facts.extra.get("constants", ()) if target == name and scope == guard.scope and line <= guard.line), default=0)  # type: ignore[attr-defined]
        if computed and computed > constant:
            return f"`{name}` {rule.says} (set at {facts.location(computed)})"
    return ""


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
                # `ModelStep(step_args=register_args)`: the arguments that define the step run
                # in its branch; other inputs (the estimator, the data) run before it
                for name in candidate.names_in_keyword("step_args"):
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


# -- gate tasks ------------------------------------------------------------------------------
def gate_task(project: Project, task: CallFact) -> str:
    """Why ``task`` (a task or step that others run after) is an evaluation gate, or ``""``:
    an Airflow short-circuit / branch task whose callable decides on a metric, or a call to a
    project function (component, task, step) that stops the run when a metric misses."""
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
    if entry[1].exits_on_metric:
        return f"{entry[1].qualname}() stops the run when a metric misses its threshold"
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
