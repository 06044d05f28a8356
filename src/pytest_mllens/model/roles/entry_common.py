"""What the hosting finders share: the :class:`Hosting` record, word and path helpers, and
"does this module load a trained model" (``[loads]`` in data/entrypoints.toml).

Split out of :mod:`.entrypoints` so that each family of finders (deployment references,
apps and model servers, batch inference) can live in its own module.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge
from ...facts.records import FileFacts

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["Hosting", "directory", "globs", "imported_load", "is_test", "loads_here_or_imported", "loads_model", "named_like_serving", "stem", "stored_loads_model", "words"]

_WORDS = re.compile(r"[A-Za-z][a-z0-9]*|[0-9]+")


@dataclass(frozen=True)
class Hosting:
    """Why a module is hosting code though it builds no server itself."""

    reason: str
    line: int
    eager_only: bool = False
    """Only what the module imports at module level counts (a CLI whose other commands
    import training code lazily ships none of it with its predict command)."""
    needs_model: bool = False
    """The reason shows only that a program runs as a server (a container's ``uvicorn app:app``
    or ``python main.py``, a page of a multipage app), not that it serves a model: ML003 counts
    the module as exposing a model only when its code shows one (model/roles/served_models.py)."""


@functools.lru_cache(maxsize=None)
def globs(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern for a list of globs (fnmatch per call per glob is too slow)."""
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns) or "(?!)")



def directory(path: str) -> str:
    return path.rpartition("/")[0]


def stem(path: str) -> str:
    name = path.rpartition("/")[2]
    if name == "__init__.py":
        name = path.rpartition("/")[0].rpartition("/")[2]
    return name.rpartition(".")[0] or name


def words(text: str) -> set[str]:
    return {w.lower() for w in _WORDS.findall(text)}


def named_like_serving(name: str) -> bool:
    names = knowledge()["names"]
    found = words(name)
    return bool(found & set(names["serving-words"])) and not found & set(names["training-words"]) and not found & set(names["not-serving-words"])


def is_test(path: str) -> bool:
    *folders, name = path.split("/")
    return name.startswith("test_") or name.endswith("_test.py") or name == "conftest.py" or any(f in ("tests", "test") for f in folders)


def loads_model(facts: FileFacts, clients: bool = True) -> tuple[str, int] | None:
    """The first call that loads a trained model (name, line); with ``clients``, also one that
    asks a deployed endpoint or prediction service for predictions (a Lambda that invokes an
    endpoint serves as much as one that loads a file; a model-server class does not)."""
    calls, methods = _load_patterns(clients)
    for call in facts.calls:
        if call.method in methods or (call.resolved and calls.match(call.name)):
            return call.name, call.line
    return None


def stored_loads_model(project: Project, facts: FileFacts, clients: bool = True) -> tuple[str, int] | None:
    """:func:`loads_model`, kept per file with its knowledge matches (``Knowledge.file_summary``):
    the hosting finders ask it of a module and of every project module it imports, and a run
    with one file changed reads it for every other file instead of walking their calls."""
    return project.knowledge.file_summary(facts, ("loads-model", "clients" if clients else "own"), _LOADS[clients])


@functools.lru_cache(maxsize=2)
def _load_patterns(clients: bool) -> tuple[re.Pattern[str], frozenset[str]]:
    """The calls (globs on resolved names) and method names of ``[loads]`` that load a model;
    with ``clients``, also those that ask a deployed endpoint for predictions."""
    loads = knowledge()["loads"]
    calls = tuple(loads["calls"]) + (tuple(loads.get("client-calls", ())) if clients else ())
    methods = frozenset(loads["methods"]) | (frozenset(loads.get("client-methods", ())) if clients else frozenset())
    return globs(calls), methods


_LOADS = {True: lambda facts: loads_model(facts, True), False: lambda facts: loads_model(facts, False)}


def loads_here_or_imported(project: Project, facts: FileFacts, clients: bool = True) -> str:
    """Where ``facts`` loads a model: itself, or a project module it imports at top level
    (``from inference_onnx import Predictor``; ``import model`` then ``model.init()``)."""
    loaded = stored_loads_model(project, facts, clients)
    if loaded is not None:
        return f"calls {loaded[0]}() at line {loaded[1]}"
    through = imported_load(project, facts, clients)
    return through[0] if through else ""


def imported_load(project: Project, facts: FileFacts, clients: bool = True) -> tuple[str, int] | None:
    """The first project module ``facts`` imports at top level that loads a model: what to say
    (``imports m (line 3), which calls joblib.load() at m.py:8``) and the import's line."""
    for imported in facts.imports:
        if imported.lazy or imported.type_checking:
            continue
        module = project.resolve_import(facts, imported.target)
        other = project.modules.get(module) if module else None
        if other is not None and other.path != facts.path:
            loaded = stored_loads_model(project, other, clients)
            if loaded is not None:
                return f"imports {module} (line {imported.line}), which calls {loaded[0]}() at {other.path}:{loaded[1]}", imported.line
    return None
