"""Releases made through a platform's REST API, also through a team's own REST client.

When the SDK is not at hand, teams call the serving or registry API over HTTP: a
``requests.post`` to ``/api/2.0/serving-endpoints``, or, more often, a small client of their
own (``ModelServingClient.start_endpoint(spec)`` posting ``"serving-endpoints"`` through a
generic ``HttpClient.post``; ``serve_ml_model_endpoint(name, config)`` calling
``databricks_put_api(f"2.0/serving-endpoints/{name}/config", ...)``). The routes are data
(``[[route]]`` in ``data/release_flow.toml``).

An HTTP write is a call whose name has a verb of the route as a word (``post``, ``put``) or
that is given the verb as a literal (``api_client.do("POST", path)``); its URL is a literal
argument, a computed string in an argument (kept by the extractor under the pseudo-name
``#N``), a string bound to a name it passes, or a string bound in its function. A generic
helper that posts to whatever path it is given (``f"https://{host}/api/{endpoint}"``) names
no route, so the release is where the route is known.

The project calls the wrapper to release, so where it calls a wrapper method of a client
class, or a wrapper function from another module, each call is the release, and its evidence
names the HTTP call inside; a wrapper nothing in the project calls (a shared client notebook
run by others) is reported at its HTTP call.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...facts.records import NON_LITERAL, CallFact, FileFacts
from .flow_rules import RouteRule, flow_rules, words_of
from ..knowledge import Rule
from ..project import Project

__all__ = ["rest_release_rules"]

_HTTP_VERBS = frozenset({"post", "put", "patch"})


@dataclass(frozen=True)
class _Leaf:
    """An HTTP write to a release route."""

    facts: FileFacts
    index: int
    rule: RouteRule
    url: str

    @property
    def call(self) -> CallFact:
        return self.facts.calls[self.index]


def rest_release_rules(project: Project) -> dict[tuple[str, int], Rule]:
    """(path, call index) of each REST release, with the rule that explains it."""
    routes = flow_rules().route
    if not routes:
        return {}
    found: dict[tuple[str, int], Rule] = {}
    verbs = frozenset(v for rule in routes for v in rule.verbs)
    memo: dict[str, str] = {}
    writes = _writes(project, verbs, memo)
    helpers = _http_helpers(project, verbs, memo, writes)
    for facts in project.files:
        # without HTTP helpers only the file's own HTTP writes can be leaves
        for index in range(len(facts.calls)) if helpers else writes[id(facts)]:
            call = facts.calls[index]
            verb = _verb(call, verbs, memo) or (_helper_verb(project, call, helpers) if helpers else "")
            if not verb:
                continue
            leaf = _leaf(facts, index, call, verb, routes)
            if leaf is None:
                continue
            callers = _wrapper_callers(project, leaf)
            if not callers and _dead_method(project, leaf):
                continue  # the project uses its client class elsewhere, never this method
            if not callers:
                found.setdefault((facts.path, index), _rule(call.name, f"{leaf.rule.says} ({leaf.url!r})", leaf.rule))
                continue
            inner = f"{call.name.rpartition('.')[2] or call.name}() at {facts.location(call.line)}"
            for caller_facts, position in callers:
                caller = caller_facts.calls[position]
                says = f"wraps the REST API: its {inner} {leaf.rule.says} ({leaf.url!r})"
                found.setdefault((caller_facts.path, position), _rule(caller.name, says, leaf.rule))
    return found


def _rule(name: str, says: str, route: RouteRule) -> Rule:
    return Rule(kind="deploy", match="call", name=name, says=says, framework=route.framework, action=route.action, source="release_flow.toml [[route]]")


def _verb(call: CallFact, verbs: frozenset[str], memo: dict[str, str]) -> str:
    """The HTTP verb of a write: a word of the callee's last name, or a literal argument."""
    method = call.method or call.name
    found = memo.get(method)
    if found is None:
        found = memo[method] = next((w for w in sorted(words_of(method)) if w in verbs), "")
    if found:
        return found
    for value in (*call.positional[:2], call.keyword("method")):
        if isinstance(value, str) and value != NON_LITERAL and value.lower() in verbs and value.lower() in _HTTP_VERBS:
            return value.lower()
    return ""


def _writes(project: Project, verbs: frozenset[str], memo: dict[str, str]) -> dict[int, tuple[int, ...]]:
    """Each file (by id) -> the calls of the file that make an HTTP write (:func:`_verb`), found once per
    file's facts and kept with its knowledge matches (a function of the facts and the routes)."""
    def of(facts: FileFacts) -> tuple[int, ...]:
        return tuple(i for i, call in enumerate(facts.calls) if _verb(call, verbs, memo))

    return {id(facts): project.knowledge.file_summary(facts, ("http-writes",), of) for facts in project.files}


def _http_helpers(project: Project, verbs: frozenset[str], memo: dict[str, str], writes: dict[int, tuple[int, ...]]) -> dict[str, str]:
    """Project functions that make an HTTP write to a URL built from one of their parameters
    (``def _call(route, payload): requests.post(f"{host}/api/2.0/{route}", ...)``): a call of
    one is an HTTP write too, to the route its caller passes. Qualified name -> verb."""
    found: dict[str, str] = {}
    for facts in project.files:
        for index in writes[id(facts)]:
            call = facts.calls[index]
            if not call.scope or not call.arg_names:
                continue
            verb = _verb(call, verbs, memo)
            if not verb:
                continue
            qualified = f"{facts.module}.{call.scope}" if facts.module else call.scope
            entry = project.functions.get(qualified)
            if entry is not None and set(entry[1].params).intersection(call.arg_names) - {"self", "cls"}:
                found.setdefault(qualified, verb)
    return found


def _helper_verb(project: Project, call: CallFact, helpers: dict[str, str]) -> str:
    entry = project.function(call.name)
    if entry is None:
        return ""
    return helpers.get(f"{entry[0].module}.{entry[1].qualname}" if entry[0].module else entry[1].qualname, "")


def _leaf(facts: FileFacts, index: int, call: CallFact, verb: str, routes: tuple[RouteRule, ...]) -> _Leaf | None:
    for url in _urls(facts, index, call):
        for rule in routes:
            if verb in rule.verbs and rule.ends(url):
                return _Leaf(facts, index, rule, url)
    return None


def _urls(facts: FileFacts, index: int, call: CallFact) -> list[str]:
    """The texts that may be the call's URL, nearest first."""
    texts = [v for v in (*call.positional, *(v for _, v in call.keywords)) if isinstance(v, str) and v != NON_LITERAL and ("/" in v or ":" in v or "-" in v)]
    strings: list[tuple[str, str, str]] = facts.extra.get("strings", ())  # type: ignore[assignment]
    if not strings:
        return texts
    own = f"#{index}"
    names = set(call.arg_names)
    for scope, name, text in strings:
        if name == own or (name in names and scope in (call.scope, "")):
            texts.append(text)
    if call.scope:
        # `url = f"{host}{route}"` with `route = "/api/2.0/serving-endpoints"` bound in the
        # same function: the route is one of the function's strings
        texts.extend(text for scope, name, text in strings if scope == call.scope and not name.startswith("#") and name not in names)
    return texts


def _wrapper_callers(project: Project, leaf: _Leaf) -> list[tuple[FileFacts, int]]:
    """Where the project calls the wrapper holding the HTTP write: a method of a client class
    (any caller), or a function called from other modules (those callers)."""
    call = leaf.call
    if not call.scope:
        return []
    facts = leaf.facts
    qualified = f"{facts.module}.{call.scope}" if facts.module else call.scope
    entry = project.functions.get(qualified)
    if entry is None:
        return []
    method = entry[1].is_method or "." in call.scope
    callers = [(f, c) for f, c in project.callers_of(qualified) if c is not call]
    if not method:
        callers = [(f, c) for f, c in callers if f.path != facts.path]
    else:
        # `self._enable_endpoint()` from the class's own `run()`: the class's own code is the
        # wrapper's implementation, not a use of it (the release stays at the HTTP write)
        owner = call.scope.rpartition(".")[0]
        callers = [(f, c) for f, c in callers if f is not facts or c.scope.rpartition(".")[0] != owner]
    callers.extend(_instance_calls(project, qualified) if method else ())
    found: list[tuple[FileFacts, int]] = []
    seen: set[tuple[str, int]] = set()
    for caller_facts, caller in callers:
        position = next((i for i, c in enumerate(caller_facts.calls) if c is caller), -1)
        if position >= 0 and (caller_facts.path, position) not in seen and caller.name.rpartition(".")[2] == call.scope.rpartition(".")[2]:
            seen.add((caller_facts.path, position))
            found.append((caller_facts, position))
    return found


def _dead_method(project: Project, leaf: _Leaf) -> bool:
    """The HTTP write sits in a method of a client class that other modules of the project
    use (they build it or call its methods), yet nothing calls this method: dead code. A
    client only its own module uses (a shared notebook other notebooks ``%run``) is not."""
    scope = leaf.call.scope
    if "." not in scope:
        return False
    facts = leaf.facts
    owner = f"{facts.module}.{scope.rpartition('.')[0]}" if facts.module else scope.rpartition(".")[0]
    if owner not in _classes(project):
        return False
    instances = {f"{module}.{name}." for module, name, made in _module_instances(project) if made == owner}
    for other in project.files:
        if other is facts:
            continue
        for call in other.calls:
            name = call.name if call.name.startswith(owner) else project.canonical(call.name) if "." in call.name else call.name
            if name == owner or name.startswith(owner + ".") or any(name.startswith(i) for i in instances):
                return True
    return False


def _instance_calls(project: Project, qualified: str) -> list[tuple[FileFacts, CallFact]]:
    """Calls of the method ``qualified`` (``pkg.client.ServingClient.start``) through a
    module-level instance of its class (``serving = ServingClient()`` in ``pkg.client``, used
    as ``serving.start(spec)`` where that module is imported, or in the module itself)."""
    owner, _, method = qualified.rpartition(".")
    cls_module, _, cls = owner.rpartition(".")
    instances = _module_instances(project)
    wanted = {f"{module}.{name}.{method}" for module, name, made in instances if made == owner}
    wanted |= {f"{name}.{method}" for module, name, made in instances if made == owner and module == cls_module}
    if not wanted:
        return []
    return [(facts, call) for facts in project.files for call in facts.calls if call.name in wanted or project.canonical(call.name) in wanted]


def _module_instances(project: Project) -> list[tuple[str, str, str]]:
    """(module, variable, qualified project class) of each module-level ``x = ProjectClass()``."""
    cached = project.memo.get("module_instances")
    if cached is None:
        cached = []
        classes = _classes(project)
        for facts in project.files:
            for call in facts.calls:
                if call.scope or not call.assigned_to or "." in call.assigned_to:
                    continue
                owner = call.name if "." in call.name else (f"{facts.module}.{call.name}" if facts.module else call.name)
                if owner not in classes and "." in owner:
                    owner = project.canonical(owner)
                if owner in classes:
                    cached.append((facts.module, call.assigned_to, owner))
        project.memo["module_instances"] = cached
    return cached  # type: ignore[no-any-return]


def _classes(project: Project) -> frozenset[str]:
    cached = project.memo.get("project_classes")
    if cached is None:
        cached = frozenset(f"{f.module}.{c.qualname}" if f.module else c.qualname for f in project.files for c in f.classes)
        project.memo["project_classes"] = cached
    return cached  # type: ignore[no-any-return]
