"""What makes a load a serving load, and which calls save or load a model, for file handoffs.

file_releases.py pairs a training save with a serving load of the same path. Serving code is
more than the module that starts the web app: the route calls a prediction helper, the helper
builds a predictor class whose ``__init__`` unpickles the model, or calls ``model_load()`` that
lives in the training module beside the code that trains and saves (a course-project layout
many teams keep). A load serves when a hosting module reaches its function through project
calls (a bounded walk up the callers; a class's methods are reached by constructing it). The
extra save and load calls (Hugging Face model folders) and the words that mark a companion
artefact (a tokenizer saved beside the model) are data in ``data/model_files.toml``.
"""

from __future__ import annotations

import functools
import re

from ...facts.records import CallFact, FileFacts
from ..project import Project
from ..shipped import data_table
from .file_paths import bindings
from .flow_rules import FileRule

__all__ = ["constructions", "dumped_object", "module_load_serves", "handoff_rules", "is_companion", "names_companion", "listing_calls", "serves", "serving_reach"]

_DEPTH = 5
"""How many calls up from the loading function a hosting module may sit (route -> predict ->
load_model -> helper is three)."""
_DUMPERS = frozenset({"pickle", "joblib", "cloudpickle", "torch", "dill", "skops", "onnx"})
"""Libraries whose ``dump``/``save`` takes the object first (an alias counts: ``import dill as dpickle``)."""
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


@functools.lru_cache(maxsize=1)
def handoff_rules() -> tuple[tuple[FileRule, ...], tuple[FileRule, ...]]:
    """The ``[[save]]`` and ``[[load]]`` rules of ``model_files.toml`` (static package data)."""
    table = data_table("model_files.toml")

    def rules(kind: str) -> tuple[FileRule, ...]:
        return tuple(FileRule(r["name"], r.get("position", -1), r.get("keyword", ""), r.get("handle", False), r.get("key", False), r.get("receiver", False), r.get("exports", False)) for r in table.get(kind, ()))

    return rules("save"), rules("load")


@functools.lru_cache(maxsize=1)
def _companion_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in data_table("model_files.toml").get("companions", {}).get("words", ()))


@functools.lru_cache(maxsize=1)
def listing_calls() -> tuple[str, ...]:
    """Calls that list a folder (``os.listdir``, ``glob.glob``, ``Path.glob``)."""
    return tuple(data_table("model_files.toml").get("listing", {}).get("calls", ()))


def is_companion(call: CallFact, facts: FileFacts | None = None) -> bool:
    """Is the save or load called on a companion artefact (``tokenizer.save_pretrained``,
    ``AutoTokenizer.from_pretrained``, ``pickle.dump(vectorizer, f)``, ``self.scaler =
    joblib.load(...)``): the words of the receiver, the callee, the object a module-level
    dump writes or the name a load is bound to name one? With ``facts``, the class the
    dumped object was made from counts too (``body_pp = processor(...)`` then
    ``dill.dump(body_pp, f)`` writes a text processor, not the model)."""
    owner = call.name.rpartition(".")[0]
    # what is saved (`pickle.dump(vectorizer, f)`) or what the load is bound to
    # (`self.vectorizer = pickle.load(f)`) names it too
    subject = dumped_object(call)
    made = ""
    if subject and facts is not None:
        found = [i for i in bindings(facts).get((call.scope, subject)) or bindings(facts).get(("", subject)) or () if facts.calls[i].line <= call.line]
        # what it was built by (`processor(...)`, `TextProcessor(...)`), unless that names a
        # model or its config (`build_model_from_config(...)`, `Model.from_config(...)`)
        made = facts.calls[found[-1]].name.rpartition(".")[2] if found else ""
        if "config" in made.lower() or "model" in made.lower():
            made = ""
    return names_companion(f"{call.receiver if not call.receiver.startswith('#') else ''}.{owner}.{subject}.{call.assigned_to}.{made}")


def dumped_object(call: CallFact) -> str:
    """The name a library dump writes (``model`` in ``joblib.dump(model, path)``,
    ``torch.save(model, f)``), ``""`` for any other call."""
    if call.arg_names and call.method in ("dump", "save") and not call.receiver.startswith("#") and (call.receiver in _DUMPERS or call.name.partition(".")[0] in _DUMPERS):
        return call.arg_names[0]
    return ""


@functools.lru_cache(maxsize=4096)
def names_companion(text: str) -> bool:
    """Does a word of ``text`` (split at dots, underscores and case changes) name a companion?"""
    words = _companion_words()
    return any(word.lower() in words for word in _WORD.findall(text.replace("_", ".")))


def serving_reach(project: Project, facts: FileFacts, call: CallFact) -> str:
    """How a load outside hosting code serves, for the finding: ``in model_load(), which
    app.py:11 reaches``; ``""`` for a load in a hosting module."""
    if project.role(facts, "hosting") is not None:
        return ""
    user = _module_load_user(project, facts, call)
    if user:  # loaded at import, used by a function serving code calls
        qualified = f"{facts.module}.{user}" if facts.module else user
        where = project.memo.get("file_handoff_reach", {}).get(qualified, "")
        return f"at import; {user}(), which {where} reaches, uses it" if where else ""
    if not serves(project, facts, call):
        return ""
    qualified = f"{facts.module}.{call.scope}" if facts.module else call.scope
    where = project.memo.get("file_handoff_reach", {}).get(qualified, "")
    return f"in {call.scope}(), which {where} reaches" if where else ""


def serves(project: Project, facts: FileFacts, call: CallFact) -> bool:
    """Does ``call`` load for serving: it is in a hosting module, or in a function a hosting
    module reaches through project calls (the route's ``predict()`` calling ``load_model()``,
    a predictor class the app constructs whose ``__init__`` loads the model)?"""
    if project.role(facts, "hosting") is not None:
        return True
    if not call.scope:
        return False
    return _reached(project, f"{facts.module}.{call.scope}" if facts.module else call.scope)


def _reached(project: Project, qualified: str) -> bool:
    """Does a hosting module reach the function ``qualified``? Remembered per project, with the
    call site that reaches it (what ``serving_reach`` tells the user)."""
    memo: dict[str, bool] = project.memo.setdefault("file_handoff_serves", {})
    found = memo.get(qualified)
    if found is None:
        where = _reached_from_hosting(project, qualified)
        found = memo[qualified] = bool(where)
        project.memo.setdefault("file_handoff_reach", {})[qualified] = where
    return found


def module_load_serves(project: Project, facts: FileFacts, call: CallFact) -> bool:
    """A load at module level (``classifier = joblib.load(...)`` in ``model_load.py``) serves
    when a function of the module that predicts with what it loaded is one a hosting module
    reaches (the Gradio app calls ``model_load.predict()``): importing the module loads it."""
    return bool(_module_load_user(project, facts, call))


def _module_load_user(project: Project, facts: FileFacts, call: CallFact) -> str:
    """The function of the module that uses what a module-level load bound and that a hosting
    module reaches (``predict_intent`` for ``_pipeline = joblib.load(...)``); ``""`` for none."""
    name = call.assigned_to
    if call.scope or not name or "." in name:
        return ""
    users = {c.scope for c in facts.calls if c.scope and (c.receiver == name or name in c.arg_names)}
    return next((scope for scope in sorted(users) if _reached(project, f"{facts.module}.{scope}" if facts.module else scope)), "")


def _reached_from_hosting(project: Project, start: str) -> str:
    """The hosting call site (``app.py:11``) a walk up the callers of ``start`` meets first."""
    seen = {start}
    frontier = [start]
    for _ in range(_DEPTH):
        following: list[str] = []
        for qualified in frontier:
            for caller_facts, caller in _callers(project, qualified):
                if project.role(caller_facts, "hosting") is not None or _launches_hosting(project, caller_facts, caller.scope):
                    return caller_facts.location(caller.line)
                if not caller.scope:
                    continue
                up = f"{caller_facts.module}.{caller.scope}" if caller_facts.module else caller.scope
                if up not in seen:
                    seen.add(up)
                    following.append(up)
        frontier = following
        if not frontier:
            break
    return ""


def _launches_hosting(project: Project, facts: FileFacts, scope: str) -> bool:
    """Does ``scope`` of ``facts`` hand over to a hosting module: a launcher script
    (``model = initialize_model(); GradioApp(model).launch()``) that builds the app a hosting
    module defines, or calls one of its functions, in the same scope as the load it reaches?
    The model it loads is the one the app serves, though the script is no hosting module. A
    training or evaluation module that borrows a helper from the app launches nothing."""
    if project.role(facts, "training") is not None or project.role(facts, "evaluation") is not None:
        return False
    for call in facts.calls:
        if call.scope != scope or not call.resolved:
            continue
        target = project.function_name(call.name) or (project.canonical(call.name) if "." in call.name else "")
        module = project.modules.get(target.rpartition(".")[0]) if target else None
        if module is not None and module is not facts and project.role(module, "hosting") is not None:
            return True
    return False


def _callers(project: Project, qualified: str) -> list[tuple[FileFacts, CallFact]]:
    """The project calls of function ``qualified``; for a method, also the constructions of
    its class (``SentimentModel()`` runs ``__init__``, and the object it makes is the one
    whose other methods the caller goes on to use)."""
    found = list(project.callers_of(qualified))
    owner, _, method = qualified.rpartition(".")
    if owner:
        found.extend(constructions(project, owner))
    return found


def constructions(project: Project, owner: str) -> list[tuple[FileFacts, CallFact]]:
    """The calls that construct the project class ``owner`` (qualified), remembered per class;
    only the files that call its name are read (``Project.files_naming``)."""
    memo: dict[str, list[tuple[FileFacts, CallFact]]] = project.memo.setdefault("file_handoff_constructions", {})
    found = memo.get(owner)
    if found is None:
        found = memo[owner] = []
        if owner in _classes(project):
            short = owner.rpartition(".")[2]
            for facts in project.files_naming(short):
                for call in facts.calls:
                    if call.method != short:
                        continue
                    name = call.name if call.name == owner else project.canonical(call.name) if "." in call.name else f"{facts.module}.{call.name}"
                    if name == owner:
                        found.append((facts, call))
    return found


def _classes(project: Project) -> frozenset[str]:
    """Every project class, qualified (once per run: classes are few and need no calls)."""
    cached = project.memo.get("file_handoff_classes")
    if cached is None:
        cached = project.memo["file_handoff_classes"] = frozenset(
            f"{facts.module}.{c.qualname}" if facts.module else c.qualname for facts in project.files for c in facts.classes
        )
    return cached  # type: ignore[no-any-return]
