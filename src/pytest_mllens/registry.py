"""Load checks and knowledge from every installed plugin, built-ins included.

Strict by design: a plugin that fails to load or registers a duplicate check stops the
run with a clear :class:`RegistryError` before any check runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType

import pluggy

from . import hookspecs
from .check import Check
from .knowledge import Knowledge, KnowledgeError, Rule, load_builtin_rules, rules_from_table

__all__ = ["Registry", "RegistryError", "load_registry"]


class RegistryError(Exception):
    """Plugins disagree or fail to load; the message names the plugin."""


@dataclass
class Registry:
    checks: dict[str, type[Check]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    rules: list[Rule] = field(default_factory=list)

    def knowledge(self, extra: Iterable[Rule] = ()) -> Knowledge:
        return Knowledge([*self.rules, *extra])


def load_registry(extra_plugins: Iterable[ModuleType | object] = ()) -> Registry:
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    try:
        manager.load_setuptools_entrypoints(hookspecs.PROJECT_NAME)
    except Exception as exc:  # noqa: BLE001 - any plugin import error is reported, not raised
        raise RegistryError(f"an mllens plugin failed to load: {exc.__class__.__name__}: {exc}") from exc
    if manager.get_plugin("builtin") is None and not _has_builtin(manager):
        from . import checks as builtin  # editable installs without entry points

        manager.register(builtin, name="builtin")
    for plugin in extra_plugins:
        manager.register(plugin)
    registry = Registry(rules=load_builtin_rules())
    for plugin in manager.get_plugins():
        name = manager.get_name(plugin) or repr(plugin)
        impl = getattr(plugin, "mllens_checks", None)
        if impl is not None:
            try:
                classes = list(impl())
            except Exception as exc:  # noqa: BLE001
                raise RegistryError(f"plugin {name!r}: mllens_checks() raised {exc.__class__.__name__}: {exc}") from exc
            for cls in classes:
                _add_check(registry, cls, name)
        impl = getattr(plugin, "mllens_knowledge", None)
        if impl is not None:
            try:
                documents = list(impl())
                for index, document in enumerate(documents):
                    registry.rules.extend(rules_from_table(document, f"plugin {name!r} document {index + 1}"))
            except KnowledgeError as exc:
                raise RegistryError(str(exc)) from exc
            except Exception as exc:  # noqa: BLE001
                raise RegistryError(f"plugin {name!r}: mllens_knowledge() raised {exc.__class__.__name__}: {exc}") from exc
    return registry


def _has_builtin(manager: pluggy.PluginManager) -> bool:
    return any(getattr(p, "__name__", "") == "pytest_mllens.checks" for p in manager.get_plugins())


def _add_check(registry: Registry, cls: type[Check], plugin: str) -> None:
    if not (isinstance(cls, type) and issubclass(cls, Check)) or not cls.id or not cls.name:
        raise RegistryError(f"plugin {plugin!r}: {cls!r} is not a Check subclass with an id and a name")
    for key in (cls.id, cls.name):
        if key in registry.aliases:
            other = registry.checks[registry.aliases[key]]
            raise RegistryError(f"plugin {plugin!r}: check {key!r} is already registered by {other.__module__}.{other.__qualname__}")
    registry.checks[cls.name] = cls
    registry.aliases[cls.id] = cls.name
    registry.aliases[cls.name] = cls.name
