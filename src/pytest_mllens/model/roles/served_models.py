"""Which hosting modules expose a model (ML003), and how clearly.

A module is hosting code when it runs as a server (ML001 asks nothing more: a server that
imports training code ships it). ML003 asks whether a *model* meets production data, and a
web app that only answers ``/health`` or lists experiment runs serves none. So a hosting module
whose reason is a web or UI app (``[served] web-apps`` in data/monitoring_signals.toml), or a
program a container or Procfile merely starts (``Hosting.needs_model``), exposes a model only
when its code shows one: it, or a project module it imports (at top level or inside a route
handler, followed through the import graph), loads a model, asks an endpoint for predictions,
predicts or trains. Every other hosting reason (a model server, an inference handler, a
scoring script, a Lambda that loads a model) serves a model by what it is.

The rank orders the exposures by how clearly they serve a model, so that ML003's one project
finding points where a reader expects: 0 a deploy call or a declared endpoint (monitoring.py),
and a module that serves a model by what it is or loads one itself; 1 an app whose model is
loaded in a module it imports.
"""

from __future__ import annotations

from collections import deque
from functools import lru_cache
from typing import TYPE_CHECKING

from ...facts.records import CallFact, FileFacts
from ..knowledge import imported_roots
from ..shipped import data_table
from .entry_common import globs, stored_loads_model
from .function_apps import endpoint_url

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["SERVES_BY_ITSELF", "SERVES_THROUGH_IMPORTS", "served_model"]

SERVES_BY_ITSELF = 0
SERVES_THROUGH_IMPORTS = 1
_ASSIGNED = "assigned in [tool.mllens] roles"
# `st.session_state.predict` and friends are UI state, not a model
_UI = ("streamlit.", "dash.", "panel.", "gradio.", "shiny.", "nicegui.")


@lru_cache(maxsize=1)
def _table() -> tuple[object, frozenset[str], frozenset[str]]:
    table = data_table("monitoring_signals.toml").get("served", {})
    return globs(tuple(table.get("web-apps", ()))), frozenset(table.get("predict-methods", ())), frozenset(table.get("serving-calls", ()))


@lru_cache(maxsize=1)
def _model_libraries() -> frozenset[str]:
    return frozenset(data_table("monitoring_signals.toml").get("served", {}).get("model-libraries", ()))


@lru_cache(maxsize=1)
def _http_clients() -> tuple[str, ...]:
    return tuple(f"{root}." for root in data_table("monitoring_signals.toml").get("served", {}).get("http-clients", ()))


def served_model(project: Project, facts: FileFacts) -> tuple[int, str] | None:
    """``(rank, evidence)`` when the hosting module ``facts`` exposes a model, ``None`` when
    it is a server with no model behind it. ``evidence`` is empty when the hosting reason
    already says a model is served."""
    key = ("served model", facts.path)
    if key not in project.memo:
        project.memo[key] = _served_model(project, facts)
    return project.memo[key]  # type: ignore[no-any-return]


def _served_model(project: Project, facts: FileFacts) -> tuple[int, str] | None:
    own = _own_evidence(project, facts)
    if not _web_only(project, facts):
        return SERVES_BY_ITSELF, ""
    if own:
        return SERVES_BY_ITSELF, f"it {own}"
    through = _imported_evidence(project, facts)
    if through:
        return SERVES_THROUGH_IMPORTS, through
    return None


def _web_only(project: Project, facts: FileFacts) -> bool:
    """The module's hosting reason says only that a web app or a launched program runs here."""
    deployed = project.hosting.get(facts.path)
    if deployed is not None:
        return deployed.needs_model
    role = project.role(facts, "hosting")
    if role is None or role.reason == _ASSIGNED:
        return False
    matches = project.knowledge.module_matches(facts, ("hosting",))
    web = _table()[0]
    return bool(matches) and all(web.match(m.rule.name) for m in matches)  # type: ignore[attr-defined]


def _own_evidence(project: Project, facts: FileFacts) -> str:
    """What in the module itself shows a model: a load, an endpoint call, a prediction, training."""
    loaded = stored_loads_model(project, facts)
    if loaded is not None:
        return f"calls {loaded[0]}() at {facts.location(loaded[1])}"
    remote = endpoint_url(facts)
    if remote:
        return remote
    predicts = project.knowledge.file_summary(facts, ("served-predict-calls",), _predict_positions)
    predicted = next((facts.calls[i] for i in predicts if not _remote_client(project, facts.calls[i])), None)
    if predicted is not None:
        return f"predicts with a model or starts a model server (.{predicted.method}() at {facts.location(predicted.line)})"
    trained = project.role_by_knowledge(facts, ("training",)) or project.role(facts, "training")
    if trained is not None:
        return f"trains the model it serves ({facts.path} is training code: {trained.reason})"
    libraries = sorted(imported_roots(facts) & _model_libraries())
    if libraries:
        return f"imports {', '.join(libraries)}, a model or model-client library"
    return ""


def _predict_positions(facts: FileFacts) -> tuple[int, ...]:
    """Positions of the predictions (``.predict()``, not a UI library's) and model-server starts in one file."""
    _, methods, servers = _table()
    return tuple(i for i, c in enumerate(facts.calls) if (c.method in methods and not c.name.startswith(_UI)) or (c.resolved and c.name in servers))


def _remote_client(project: Project, call: CallFact) -> bool:
    """A ``.predict()`` on the project's own client of a remote API (a class whose method of that
    name sends an HTTP request, reached directly or through a function returning one): a UI
    that asks the project's backend predicts with no model of its own; the backend is judged
    where it serves."""
    if not call.resolved:
        return False
    owner = call.name.rpartition(".")[0]
    for candidate in (owner, _returned_class(project, owner)):
        module, _, name = candidate.rpartition(".")
        facts = project.modules.get(module)
        if facts is None or not any(c.qualname == name for c in facts.classes):
            continue
        method = f"{name}.{call.method}"
        return any(c.scope == method and c.name.startswith(_http_clients()) for c in facts.calls)
    return False


def _returned_class(project: Project, function: str) -> str:
    """The class a project function returns (``def get_client() -> BackendClient``), or ""."""
    found = project.function(function)
    return found[1].returns if found is not None else ""


def _imported_evidence(project: Project, facts: FileFacts) -> str:
    """The nearest project module the app imports (eagerly or inside a function, through any
    number of project modules) whose code shows a model, with the chain that reaches it."""
    if not facts.module:
        return ""
    previous: dict[str, str] = {}
    seen = {facts.module}
    queue = deque([facts.module])
    while queue:
        current = queue.popleft()
        for edge in project.edges.get(current, ()):
            target = edge.target
            if target in seen:
                continue
            seen.add(target)
            previous[target] = current
            other = project.modules.get(target)
            if other is None:
                continue
            found = _own_evidence(project, other)
            if found:
                chain = [target]
                while chain[0] in previous:
                    chain.insert(0, previous[chain[0]])
                return f"it serves a model through the project modules it imports ({' -> '.join(chain)}): {target} {found}"
            queue.append(target)
    return ""
