"""Release sites, and the gates that sanitise a release flow at one place in the code.

A deploy, register or promote call is a *release site*. Whether a release is gated is a
question about every path that reaches it (see ``release_flow``); this module answers the
registry part: a registration that waits for manual approval is gated by that approval.
The gates at one call (a guard, an earlier helper that raises, a ConditionStep, a gate task)
are in ``local_gates`` and re-exported here.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ...facts.records import NON_LITERAL, CallFact, FileFacts, FunctionFact
from .flow_rules import (
    ApproveRule,
    FlowRules,
    ArtifactRule,
    ComponentRule,
    LaunchRule,
    ModelArgRule,
    OpRule,
    RetireRule,
    SpecRule,
    flow_rules,
)
from ..knowledge import Knowledge, Rule, imported_roots
from .file_paths import strings_of
from .local_gates import Gate, gate_task, local_gate, stop_on_metric
from .parameter_receivers import parameter_calls, parameter_class
from ..project import Project

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
    from .entity_releases import entity_release, serves_no_model
    from .file_releases import file_release_rules
    from .hosted_releases import hosted_release
    from .rest_releases import rest_release_rules
    from .scratch_releases import explores_only
    from .tag_releases import tag_release_rules
    from .workload_releases import workload_release

    rules_of_flow = flow_rules()
    artifacts = {rule.release: rule for rule in rules_of_flow.artifact}
    retire = rules_of_flow.retire_methods
    files = file_release_rules(project)
    posts = rest_release_rules(project)
    tags = tag_release_rules(project)
    model_args: dict[str, list[ModelArgRule]] = {}
    for model_arg in rules_of_flow.model_arg:
        model_args.setdefault(model_arg.name.rpartition(".")[2], []).append(model_arg)
    ops = rules_of_flow.op_roots
    bases = _project_class_bases(project)
    component_roots = frozenset(rule.name.split(".")[0] for rule in rules_of_flow.component)
    approve_suffixes = tuple(f".{rule.method}" for rule in rules_of_flow.approve)
    approvals: dict[str, list[ApproveRule]] = {}
    for approve in rules_of_flow.approve:
        approvals.setdefault(approve.method, []).append(approve)
    entity_methods = frozenset(rule.name.rpartition(".")[2].lstrip("*") for rule in rules_of_flow.entity)
    not_model = rules_of_flow.not_model
    launch_names: dict[str, bool] = {}  # call name -> whether a launch pattern names it (names repeat)
    # only the calls a branch below can take reach the matchers: each file's candidates (a
    # function of its facts and the rules alone) are kept with its knowledge matches, so a
    # run with one file changed walks that file's calls, not the whole project's
    static = _Static(approve_suffixes, frozenset(model_args), entity_methods, frozenset(ops), component_roots)
    candidates_of = functools.partial(_candidates, project.knowledge, rules_of_flow, static)
    subclasses = frozenset(bases)
    elsewhere: dict[str, set[int]] = {}  # path -> calls that project-wide rules (REST routes, file releases) name
    for path, index in (*posts, *files, *tags):
        elsewhere.setdefault(path, set()).add(index)
    for facts in project.files:
        candidates, owners = project.knowledge.file_summary(facts, ("deploy-candidates",), candidates_of)
        if subclasses and owners and not owners.isdisjoint(subclasses):  # a release verb of a project subclass (resolved per run)
            inherited = [i for i, call in enumerate(facts.calls) if call.name.rpartition(".")[0] in bases]
            candidates = tuple(sorted({*candidates, *inherited}))
        if facts.path in elsewhere:
            candidates = tuple(sorted({*candidates, *elsewhere[facts.path]}))
        on_parameters = frozenset(project.knowledge.file_summary(facts, ("parameter-calls",), parameter_calls))
        if on_parameters:
            candidates = tuple(sorted({*candidates, *on_parameters}))
        if not candidates:
            continue
        matched: dict[int, Rule] = {}
        components = _release_components(project, facts, rules_of_flow.component) if component_roots and component_roots & imported_roots(facts) else {}
        specs = _serving_specs(facts, rules_of_flow.spec) if rules_of_flow.spec else {}
        for index in candidates:
            call = facts.calls[index]
            rules = project.knowledge.call_matches(facts, call, _DEPLOY)
            if rules and call.keywords:
                rules = [r for r in rules if not _switched_off(call, r)]
            if not rules and bases and call.name.rpartition(".")[0] in bases:
                rules = _inherited_matches(project, facts, call, bases)
            if not rules and index in on_parameters:
                rules = _parameter_matches(project, facts, call, bases)
            if rules and call.method in retire and _retires(facts, index, call, retire[call.method]):
                continue  # transition_model_version_stage(..., stage="Archived"): takes a version out of service
            if rules and not_model and serves_no_model(facts, index, call, not_model):
                continue  # a serving endpoint for a feature spec: it serves features, not a model
            if rules and rules_of_flow.scratch and explores_only(project, facts, call, rules_of_flow.scratch):
                continue  # a notebook pulls a model into BentoML's store, and nothing serves from that store
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
            elif posts and (facts.path, index) in posts:
                matched[index] = posts[(facts.path, index)]
            elif tags and (facts.path, index) in tags:
                matched[index] = tags[(facts.path, index)]
            elif rules_of_flow.workload and (workload := workload_release(facts, call, rules_of_flow.workload)) is not None:
                matched[index] = workload
            elif model_args and call.method in model_args and (configured := _model_arg_release(call, model_args[call.method])) is not None:
                matched[index] = configured
            elif entity_methods and call.method in entity_methods and (built := entity_release(project, facts, index, call, rules_of_flow.entity)) is not None:
                matched[index] = built
            elif rules_of_flow.hosted and (hosted := hosted_release(facts, call, rules_of_flow.hosted)) is not None:
                matched[index] = hosted
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
        if containers:
            # `register_args = model.register(...)` then `ModelStep(step_args=register_args)`:
            # the same wrapping, through a variable of the same scope
            results = {(facts.calls[i].scope, facts.calls[i].assigned_to) for i in matched if facts.calls[i].assigned_to}
            holding |= {i for i in containers if any((facts.calls[i].scope, name) in results for name in facts.calls[i].names_in_keyword("step_args"))}
        linked = {(facts.calls[i].scope, name) for i in matched for name in facts.calls[i].arg_names}
        served = {(facts.calls[i].scope, facts.calls[i].line) for i, rule in matched.items() if rule.action == "deploys" and facts.calls[i].method not in PREPARATORY_METHODS}
        verbs = {facts.calls[i].method for i in matched}
        for index, rule in matched.items():
            call = facts.calls[index]
            if call.method in artifacts and artifacts[call.method].superseded_by:
                if artifacts[call.method].superseded_by in verbs:
                    continue  # TrainingArguments(push_to_hub=True) and trainer.push_to_hub(): one release, the push
                pushed = _pushing_call(facts, call)
                if pushed is not None:
                    # the Trainer built with these arguments pushes when it saves the model
                    where, how = pushed
                    says = f"pushes the model to the Hugging Face Hub as it {how} (the training arguments at {facts.location(call.line)} set push_to_hub=)"
                    yield DeploySite(facts, facts.calls[where], replace(rule, name=facts.calls[where].name, says=says), where)
                    continue
            if call.method in artifacts and call.assigned_to and (call.scope, call.assigned_to) in linked:
                continue  # `logged = run.log_artifact(a)` then `run.link_artifact(logged, ...)`: one release, the link
            if call.method in PREPARATORY_METHODS and any((scope == call.scope and line > call.line) or _called_in_turn(facts, call.scope, scope) for scope, line in served):
                continue  # create_model, then an endpoint in the same function (or in the helper called after it): one release, the endpoint
            if index in holding:
                continue  # ModelStep(step_args=model.register(...)): the inner register is the release
            if call.parent in matched and call.parent not in containers:
                continue  # a release nested in another release is reported once, as the outer call
            yield DeploySite(facts, call, rule, index)


_DEPLOY = ("deploy",)
"""The knowledge kinds of a release (one tuple: ``call_matches`` answers a repeated question by identity)."""


@dataclass(frozen=True)
class _Static:
    """What a call's own name must show for a branch of ``_deploy_sites`` to take it."""

    approve_suffixes: tuple[str, ...]
    model_arg_methods: frozenset[str]
    entity_methods: frozenset[str]
    op_roots: frozenset[str]
    component_roots: frozenset[str]


def _candidates(knowledge: Knowledge, rules: FlowRules, static: _Static, facts: FileFacts) -> tuple[tuple[int, ...], frozenset[str]]:
    """The calls of one file that a release rule could take, judged by the file alone (a
    knowledge match, or a name, method or root that a flow rule names), and the owners of its
    dotted callees (``pkg.train.DistillationTrainer`` of ``...DistillationTrainer.push_to_hub``):
    whether one is a project subclass of a released class depends on other files, so it is
    decided per run. A superset of what the branches take: they still decide."""
    components = rules.component if static.component_roots & imported_roots(facts) else ()
    spec_rules = rules.spec if rules.spec and _serving_specs(facts, rules.spec) else ()
    found: list[int] = []
    owners: set[str] = set()
    for index, call in enumerate(facts.calls):
        name = call.name
        owner, _, method = name.rpartition(".")
        if owner:
            owners.add(owner)
        if (
            knowledge.call_matches(facts, call, _DEPLOY)
            or name.endswith(static.approve_suffixes)
            or method in static.model_arg_methods
            or method in static.entity_methods
            or name.split(".", 1)[0] in static.op_roots
            or (components and any(r.pattern.match(name) for r in components))
            or (spec_rules and call.arg_names and any(r.applies(method or name) for r in spec_rules))
            or (rules.launch and any(r.pattern.match(name) for r in rules.launch))
            or (rules.hosted and any(r.pattern.match(name) for r in rules.hosted))
            or (rules.workload and any(r.pattern.match(name) for r in rules.workload))
        ):
            found.append(index)
    return tuple(found), frozenset(owners)


def _switched_off(call: CallFact, rule: Rule) -> bool:
    """The call names the keywords that make it a release only to turn them off:
    ``log_model(..., registered_model_name=None)`` logs the model and registers nothing."""
    if not rule.keywords or rule.min_positional and len(call.positional) >= rule.min_positional:
        return False
    given = [k for k in rule.keywords if call.has_keyword(k)]
    return bool(given) and all(call.keyword(k) is None for k in given)


def _model_arg_release(call: CallFact, rules: Sequence[ModelArgRule]) -> Rule | None:
    """A platform call configured with a model (``[[model-arg]]``): the rule, naming the model."""
    for rule in rules:
        if rule.pattern.match(call.name):
            named = rule.model_name(call.names_in_keyword(rule.keyword))
            if named:
                says = f"{rule.says} ({rule.keyword}= passes `{named}`)"
                return Rule(kind="deploy", match="call", name=call.name, says=says, framework=rule.framework, action=rule.action, source="release_flow.toml [[model-arg]]")
    return None


def _pushing_call(facts: FileFacts, arguments: CallFact) -> tuple[int, str] | None:  # (call index, what it does)
    """Where a trainer built with these training arguments (``Trainer(args=training_args)``)
    saves its model (``trainer.save_model()``), else trains it (``trainer.train()``): with
    ``push_to_hub=True`` that call pushes to the Hub. ``None`` when the arguments are not bound
    to a name, or no trainer in the file is given them."""
    if not arguments.assigned_to:
        return None
    trainers = {c.assigned_to for c in facts.calls if c.assigned_to and arguments.assigned_to in c.names_in_keyword("args") and c.line >= arguments.line}
    if not trainers:
        return None
    found: tuple[int, str] | None = None
    for index, call in enumerate(facts.calls):
        if call.receiver in trainers and call.line >= arguments.line:
            if call.method == "save_model":
                return index, "saves it"
            if call.method == "train" and found is None:
                found = (index, "trains and saves it")
    return found


def _called_in_turn(facts: FileFacts, first: str, then: str) -> bool:
    """Does one function of ``facts`` call the helper ``first`` and later the helper ``then``
    (``create_model(sm, ...)`` then ``upsert_endpoint(sm, ...)`` in ``main``)? Helpers of the
    same module, called by their own name."""
    if not first or not then or first == then or "." in first or "." in then:
        return False
    firsts = {(c.scope, c.line) for c in facts.calls if c.method == first}
    return any(c.method == then and any(scope == c.scope and line < c.line for scope, line in firsts) for c in facts.calls)


def _named(memo: dict[str, bool], name: str, rules: Sequence[LaunchRule]) -> bool:
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
            for rule in flow_rules().subclass:
                if rule.pattern.match(f"{base}.{method}"):
                    return [Rule(kind="deploy", match="call", name=f"{base}.{method}", says=rule.says, framework=rule.framework, action=rule.action, source="release_flow.toml [[subclass]]")]
            queue.append(base)
    return []


def _parameter_matches(project: Project, facts: FileFacts, call: CallFact, bases: dict[str, tuple[str, ...]]) -> list[Rule]:
    """A release verb called on a parameter whose class is known from its annotation or from
    every project caller (``def evaluate(trainer: MyTrainer): trainer.push_to_hub()``): the
    rules of that class's method, or of the framework class a project class subclasses. The
    call keeps its own name."""
    owner = parameter_class(project, facts, call)
    if not owner:
        return []
    typed = replace(call, name=f"{owner}.{call.method}", resolved=True)
    rules = project.knowledge.call_matches(facts, typed, _DEPLOY)
    if not rules and owner in bases:
        rules = _inherited_matches(project, facts, typed, bases)
    return rules


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
    strings = facts.extra.get("strings", ())
    bound: dict[tuple[str, str], int] = {}
    for scope, name, _ in strings:  # type: ignore[attr-defined]
        bound[(scope, name)] = bound.get((scope, name), 0) + 1
    for scope, name, text in strings:  # type: ignore[attr-defined]
        if bound[(scope, name)] > 1:
            continue  # `query = "..."` rebound to other statements: which one a call runs is unknown
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
            return Rule(kind="deploy", match="call", name=call.name, says=says, framework=rule.framework, action=rule.action, source="release_flow.toml [[spec]]")
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
    only literals); or, in a pipeline task, the model a training task of the same workflow
    hands it (``deploy(model=train(...))``, ``create_node(deploy, model=trained)``). A
    launcher in code that trains nothing serves a model made elsewhere."""
    launch = next((rule for rule in launches if rule.pattern.match(call.name)), None)
    if launch is None:
        return None
    if launch.after_training:
        if launch.keyword and (call.keyword(launch.keyword) != launch.equals if launch.equals else not call.has_keyword(launch.keyword)):
            return None  # `equals` unset: the keyword need only be given (update_function_code(ImageUri=...))
        trained = next((c for c in facts.calls if c.line < call.line and c.scope == call.scope and project.knowledge.call_matches(facts, c, ("training",))), None)
        if trained is None:
            return None
        says = f"{launch.says} (the same code trains a model first: {trained.name.rpartition('.')[2] or trained.name}() at {facts.location(trained.line)})"
        return Rule(kind="deploy", match="call", name=launch.name, says=says, framework=launch.framework, action="deploys", source="release_flow.toml [[launch]]")
    apps = set(call.arg_names)
    bound = [c for c in facts.calls if c.method == "bind" and (c.parent == index or (c.assigned_to and c.assigned_to in apps and c.scope == call.scope and c.line <= call.line))]
    if any(c.arg_names for c in bound):
        for earlier in facts.calls:
            if earlier.line < call.line and earlier.scope == call.scope and project.knowledge.call_matches(facts, earlier, ("training",)):
                return Rule(kind="deploy", match="call", name=launch.name, says=launch.says, framework=launch.framework, action="deploys", source="release_flow.toml [[launch]]")
    fed = _fed_by_training(project, facts, call)
    if fed:
        return Rule(kind="deploy", match="call", name=launch.name, says=f"{launch.says} ({fed})", framework=launch.framework, action="deploys", source="release_flow.toml [[launch]]")
    return None


def _fed_by_training(project: Project, facts: FileFacts, call: CallFact) -> str:
    """The launcher's function is a task whose caller (a workflow calling it, or passing it
    to a node factory) hands it the result of a project function that trains a model."""
    if not call.scope:
        return ""
    function = call.scope.split(".")[0]
    qualified = f"{facts.module}.{function}" if facts.module else function
    entry = project.functions.get(qualified)
    if entry is None or not [p for p in entry[1].params if p not in ("self", "cls")]:
        return ""
    for caller_facts, caller in project.callers_of(qualified):
        for name in caller.arg_names:
            producer = max((c for c in caller_facts.calls if c.assigned_to == name and c.scope == caller.scope and c.line <= caller.line and c is not caller), key=lambda c: c.line, default=None)
            trainer = project.function(producer.name) if producer is not None else None
            if trainer is not None and _trains(project, *trainer):
                return f"`{name}` comes from {trainer[1].qualname}() at {caller_facts.location(producer.line)}, which trains a model, and is passed at {caller_facts.location(caller.line)}"  # type: ignore[union-attr]
    return ""


def _trains(project: Project, facts: FileFacts, function: FunctionFact) -> bool:
    inner = f"{function.qualname}."
    return any((c.scope == function.qualname or c.scope.startswith(inner)) and project.knowledge.call_matches(facts, c, ("training",)) for c in facts.calls)


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
    value = rule.default if value is None and rule.default else value
    # `push_to_hub=True`, `push_to_hub=args.push_to_hub`: the data names these "true" and "computed"
    return "true" if value is True else "computed" if value == NON_LITERAL else value


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


def _retires(facts: FileFacts, index: int, call: CallFact, rules: Sequence[RetireRule]) -> bool:
    """Does one of ``rules`` make the call a retirement (its labels read once for all)?"""
    labels = _labels(facts, call.scope, index)
    return any(r.retires(call.keywords, call.positional, call.names_in_keyword(r.keyword) if r.keyword else (), labels) for r in rules)


def _labels(facts: FileFacts, scope: str, index: int) -> dict[str, str]:
    """Argument slot -> the label an f-string computes in call ``index`` (``f"challenger{i}"``
    kept as ``challenger{}`` under ``#N:<keyword or position>``), or the string a keyword's
    one variable holds in the scope."""
    prefix = f"#{index}:"
    strings = strings_of(facts)
    labels = {name[len(prefix):]: text for (where, name), text in strings.items() if where == scope and name.startswith(prefix) and name != f"{prefix}argv"}
    for keyword, names in facts.calls[index].keyword_names:
        # `alias = f"challenger{rank}"` ... `set_registered_model_alias(name=n, alias=alias, version=v)`
        if len(names) == 1 and keyword not in labels and (bound := strings.get((scope, names[0]))):
            labels[keyword] = bound
    return labels
