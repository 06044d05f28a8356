"""Plugin folders: the modules a computed ``importlib.import_module`` may load.

``import_module(f"demand.forecasters.{name}")`` picks one module of a plugin package by a name
from configuration or the command line; which one is only known at run time, so each public
module of the package is a module the importing code may run. A module named like a training
stage (``train.py``, ``trainer.py``) is left out: a name chosen from a config picks a model
family, and a dispatcher over pipeline stages (``import_module(f"src.{stage}")``) would
otherwise tie every stage to every caller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge
from .entry_common import words as _words

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["plugin_modules"]


def plugin_modules(package: str, modules: Iterable[str]) -> list[str]:
    """The public modules directly inside ``package`` (among ``modules``) that a computed import may load."""
    training = set(knowledge()["names"]["training-words"])
    found = []
    for name in modules:
        parent, _, leaf = name.rpartition(".")
        if parent != package or leaf.startswith(("_", "test")) or leaf.endswith("_test") or _words(leaf) & training:
            continue
        found.append(name)
    return sorted(found)
