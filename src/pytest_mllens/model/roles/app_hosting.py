"""Model front ends and model-server classes that no serving framework names.

A Streamlit, Dash or Panel app is a model's front end when it loads or predicts with a model;
a class that a model server instantiates by convention (Seldon's class named like its module,
a custom prediction routine's ``predict``/``from_path``) serves what its module loads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge
from ...facts.records import FileFacts
from .entry_common import Hosting, imported_load
from .entry_common import globs as _globs
from .entry_common import loads_here_or_imported as _loads_here_or_imported
from .entry_common import stored_loads_model
from .entry_common import stem as _stem
from .entry_common import words as _words
from ..knowledge import imported_roots

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["model_app", "predictor_class", "server_class", "web_view"]


def model_app(project: Project, facts: FileFacts) -> Hosting | None:
    """A UI app (Streamlit, Dash, Panel, Shiny, ...) that puts a model in front of its users.

    It loads the model itself, predicts with one (``service.predict(rows)`` on a model or
    prediction service a helper returns), or imports a project module that loads one (the
    app's own ``predictor.py``). A dashboard that only charts data does none of these, and an
    app that fits its model in place (a training playground) is left to the knowledge rules.
    """
    apps = knowledge()["apps"]
    roots = imported_roots(facts)
    found = next((lib for lib in apps["imports"] if lib in roots), None)
    if found is None:
        return None
    library = f"{found} consumer" if found in apps.get("consumers", ()) else f"{found} app"
    predicts = frozenset(apps.get("predict-methods", ()))
    predict = next((c for c in facts.calls if c.method in predicts and not c.name.startswith(_NOT_MODELS)), None)
    loaded = stored_loads_model(project, facts)
    if loaded is not None and predict is None and found in apps.get("helper-libraries", ()) and _helper_module(project, facts, found):
        return None
    if loaded is not None:
        return Hosting(f"{library} that calls {loaded[0]}() at line {loaded[1]}: it serves the model's predictions to its users", loaded[1])
    if project.role_by_knowledge(facts, ("training",)) is not None:
        return None
    if predict is not None:
        return Hosting(f"{library} that predicts with a model (.{predict.method}() at line {predict.line}): it serves the model's predictions to its users", predict.line)
    through = imported_load(project, facts)
    if through is not None:
        return Hosting(f"{library} that {through[0]}: it serves the model's predictions to its users", through[1])
    return None


def _helper_module(project: Project, facts: FileFacts, library: str) -> bool:
    """A helper module of the project that uses the UI library inside its functions only
    (``src/utils.py`` with ``load_object`` over ``pickle.load`` and a chart drawn with
    ``st.pyplot``): it calls nothing of the library and none of its own functions at module
    level, has no ``__main__`` block, and another project module imports it. Running it shows
    nothing; the app is the module that imports it."""
    if any(not c.scope and (c.name.split(".")[0] == library or c.name.startswith(f"{facts.module}.")) for c in facts.calls if c.resolved):
        return False
    if any(g.kind == "if" and not g.scope and "__name__" in g.names for g in facts.guards):
        return False
    return facts.module in _imported_modules(project)


def _imported_modules(project: Project) -> frozenset[str]:
    """Every project module another project module imports (computed once per project)."""
    known = project.memo.get("app-hosting-imported")
    if known is None:
        found = set()
        for other in project.files:
            for imported in other.imports:
                module = project.resolve_import(other, imported.target)
                if module and module != other.module:
                    found.add(module)
        known = project.memo["app-hosting-imported"] = frozenset(found)
    return known  # type: ignore[no-any-return]


def web_view(project: Project, facts: FileFacts) -> Hosting | None:
    """A Django (or Django REST framework) view module that answers requests with a model.

    Django's views are plain functions and classes, so the knowledge rules call a view module
    hosting only when it answers with JSON and imports a model library itself. Most view
    modules reach the model through the project's own code (``from .ml import predict_price``),
    so a module that makes a response (``render``, an ``HttpResponse``, a DRF ``Response``) or
    defines a class-based view is hosting when it loads a model, predicts with one, or imports
    a project module that loads one. Routing (``urls.py``), ORM models and admin make no
    response and stay out."""
    views = knowledge().get("views", {})
    if not views or not imported_roots(facts) & frozenset(views.get("imports", ())):
        return None
    responses = _globs(tuple(views.get("responses", ())))
    bases = _globs(tuple(views.get("bases", ())))
    answer = next((c for c in facts.calls if c.resolved and responses.match(c.name)), None)
    view = next((c for c in facts.classes if any(bases.match(b) for b in c.bases)), None)
    if answer is None and view is None:
        return None
    what = f"Django view module (responds with {answer.name}() at line {answer.line})" if answer is not None else f"Django view module (class {view.qualname} at line {view.line})"  # type: ignore[union-attr]
    loaded = stored_loads_model(project, facts)
    if loaded is not None:
        return Hosting(f"{what} that calls {loaded[0]}() at line {loaded[1]}: it serves the model's predictions", loaded[1])
    predicts = frozenset(knowledge()["apps"].get("predict-methods", ()))
    predict = next((c for c in facts.calls if c.method in predicts), None)
    if predict is not None and project.role_by_knowledge(facts, ("training",)) is None:
        return Hosting(f"{what} that predicts with a model (.{predict.method}() at line {predict.line})", predict.line)
    through = imported_load(project, facts)
    if through is not None:
        return Hosting(f"{what} that {through[0]}: it serves the model's predictions", through[1])
    return None


# ``st.session_state.predict`` and friends are UI state, not a model
_NOT_MODELS = ("streamlit.", "dash.", "panel.", "shiny.", "nicegui.", "solara.", "taipy.", "mesop.", "reflex.", "chainlit.")


def predictor_class(project: Project, facts: FileFacts) -> Hosting | None:
    if not facts.classes:
        return None
    stem = _stem(facts.path)
    for rule in knowledge().get("predictor-class", []):
        for cls in facts.classes:
            if "." in cls.qualname or not all(m in cls.methods for m in rule["methods"]):
                continue
            if rule.get("named-like-module") and cls.qualname != stem:
                continue
            loaded = _loads_here_or_imported(project, facts)
            if loaded:
                return Hosting(f"class {cls.qualname} at line {cls.line} defines {', '.join(m + '()' for m in rule['methods'])} in a module that {loaded} ({rule['says']})", cls.line)
    return None



def server_class(project: Project, facts: FileFacts) -> Hosting | None:
    """A model server written by hand: a class named like one (``ModelServer``,
    ``FraudPredictor``, ``InferenceService``) that predicts, fits nothing, in a module that
    loads a model (itself or through a project module it imports). Such a module is what
    a container's ``python server.py`` runs, and the Dockerfile or platform that runs it is
    often outside the analysed folder, so the module must be recognisable on its own."""
    if not facts.classes:
        return None
    table = knowledge()["server-class"]
    named, predicts, fits = set(table["words"]), set(table["methods"]), set(table["not-methods"])
    phrases = [set(phrase) for phrase in table.get("phrases", ())]
    training = set(knowledge()["names"]["training-words"])

    def like_server(name: str) -> bool:
        found = _words(name)
        return bool(found & named or any(phrase <= found for phrase in phrases)) and not found & training

    candidates = [
        (cls, method)
        for cls in facts.classes
        if "." not in cls.qualname and like_server(cls.qualname) and not any(m in fits for m in cls.methods)
        for method in [next((m for m in cls.methods if m in predicts), None)]
        if method is not None
    ]
    if not candidates:
        return None  # the cheap tests first: most modules define no class named like a server
    if _words(_stem(facts.path)) & training or project.role_by_knowledge(facts, ("training",)) is not None:
        return None
    if stored_loads_model(project, facts) != stored_loads_model(project, facts, clients=False):
        return None  # it asks an endpoint for predictions: a client of a model server
    loaded = _loads_here_or_imported(project, facts, clients=False)
    if not loaded:
        return None
    cls, method = candidates[0]
    return Hosting(f"model server class {cls.qualname} at line {cls.line} answers {method}() in a module that {loaded} (a hand-written model server)", cls.line)
