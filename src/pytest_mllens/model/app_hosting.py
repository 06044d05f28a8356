"""Model front ends and model-server classes that no serving framework names.

A Streamlit, Dash or Panel app is a model's front end when it loads or predicts with a model;
a class that a model server instantiates by convention (Seldon's class named like its module,
a custom prediction routine's ``predict``/``from_path``) serves what its module loads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..facts.deploy_config import knowledge
from ..facts.records import FileFacts
from .entry_common import Hosting
from .entry_common import loads_here_or_imported as _loads_here_or_imported
from .entry_common import loads_model as _loads_model
from .entry_common import stem as _stem
from .knowledge import imported_roots

if TYPE_CHECKING:
    from .project import Project

__all__ = ["model_app", "predictor_class"]


def model_app(project: Project, facts: FileFacts) -> Hosting | None:
    """A Streamlit (or Dash, Panel) app that loads a model is that model's front end."""
    library = next((lib for lib in knowledge()["apps"]["imports"] if lib in imported_roots(facts)), None)
    if library is None:
        return None
    loaded = _loads_model(facts)
    if loaded is None:
        return None
    return Hosting(f"{library} app that calls {loaded[0]}() at line {loaded[1]}: it serves the model's predictions to its users", loaded[1])


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

