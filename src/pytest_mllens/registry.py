"""Load checks and knowledge from every installed plugin, built-ins included.

Plugins are found through the ``mllens`` entry-point group (:mod:`pytest_mllens.hookspecs`);
the built-in checks are the entry point ``builtin = pytest_mllens.checks`` and are loaded by
the same code as any third-party package. Hooks are called through pluggy, one
implementation at a time, so that every problem can name the plugin that caused it.

Strict by design: a plugin that fails to import, defines a hook without ``@hookimpl``,
implements an unknown hook, raises from a hook, returns a malformed check or knowledge
document, or registers a check id or name that is already taken stops the run with a
:class:`RegistryError` before any file is read or any check runs.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from . import hookspecs
from .check import Check, Example, OptionSpec
from .lens import practice, principle

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .model.knowledge import Knowledge, Rule

__all__ = ["RESERVED", "Registry", "RegistryError", "load_registry"]

RESERVED = ("ML000", "unused-suppression")
"""Check id and name the engine itself reports under (stale suppression comments)."""

BUILTIN_PLUGIN = "pytest_mllens.checks"
_REFERENCE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_DOCUMENT_KEYS = ("framework", "rule")
_RULE_KEYS: dict[str, str] = {
    "kind": "str",
    "match": "str",
    "name": "str",
    "names": "list[str]",
    "says": "str",
    "framework": "str",
    "keywords": "list[str]",
    "not-keywords": "list[str]",
    "requires-import": "list[str]",
    "min-positional": "int",
    "action": "str",
    "capture-keyword": "str",
    "approval-keyword": "str",
    "notebooks": "bool",
}


class RegistryError(Exception):
    """Plugins disagree or fail to load; the message names the plugin."""


@dataclass
class Registry:
    """Every registered check (by name), every accepted reference, every knowledge rule.

    The built-in knowledge (the TOML files shipped in ``data/knowledge``) is read when a rule
    is first asked for: a run the cache answers never matches a rule, so it never parses them.
    """

    checks: dict[str, type[Check]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    plugin_rules: list[Rule] = field(default_factory=list)
    """Rules of plugins' knowledge documents (the ``mllens_knowledge`` hook)."""
    origins: dict[str, str] = field(default_factory=dict)
    """Check name -> the plugin that registered it, as shown in error messages."""
    builtin: bool = True
    """Whether the shipped knowledge comes first in :attr:`rules`."""

    @property
    def rules(self) -> list[Rule]:
        """Every knowledge rule: the shipped ones, then the plugins'."""
        from .model.knowledge import load_builtin_rules

        return [*(load_builtin_rules() if self.builtin else ()), *self.plugin_rules]

    def knowledge(self, extra: Iterable[Rule] = ()) -> Knowledge:
        from .model.knowledge import Knowledge

        return Knowledge([*self.rules, *extra])

    def knowledge_key(self) -> str:
        """What the rules depend on, for cache keys, without parsing the shipped TOML: the
        digest of its bytes and the plugins' rules."""
        from .model.shipped import builtin_digest

        return f"{builtin_digest() if self.builtin else '-'}:{self.plugin_rules!r}"

    def add_check(self, cls: Any, plugin: str) -> None:
        """Register one check class; :class:`RegistryError` if it is invalid or taken."""
        problems = check_problems(cls)
        if problems:
            raise RegistryError(f"{plugin}: {_describe(cls)} is not a valid check:\n" + "\n".join(f"    - {p}" for p in problems))
        for key in (cls.id, cls.name):
            if key in RESERVED:
                raise RegistryError(f"{plugin}: check {_describe(cls)} uses {key!r}, which is reserved for mllens's own unused-suppression report")
            if key in self.aliases:
                other_name = self.aliases[key]
                other = self.checks[other_name]
                raise RegistryError(
                    f"{plugin}: check {cls.id} {cls.name} ({_qualname(cls)}) uses the {'id' if key == cls.id else 'name'} {key!r}, "
                    f"already registered by {self.origins[other_name]} for check {other.id} {other.name} ({_qualname(other)})"
                )
        self.checks[cls.name] = cls
        self.aliases[cls.id] = cls.name
        self.aliases[cls.name] = cls.name
        self.origins[cls.name] = plugin

    def add_knowledge(self, document: Any, plugin: str, index: int) -> None:
        """Validate one knowledge document and add its rules."""
        from .model.knowledge import KnowledgeError, rules_from_table

        source = f"{plugin}: knowledge document {index}"
        problems = document_problems(document)
        if problems:
            raise RegistryError(f"{source} is invalid:\n" + "\n".join(f"    - {p}" for p in problems))
        try:
            self.plugin_rules.extend(rules_from_table(document, source))
        except KnowledgeError as exc:
            raise RegistryError(str(exc)) from exc


def load_registry(extra_plugins: Iterable[object] = ()) -> Registry:
    """Load every installed plugin, then ``extra_plugins`` (modules or objects with hookimpls).

    An extra plugin that is also installed is registered once.
    """
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    labels: dict[str, str] = {}
    for entry_point in _entry_points():
        label = _entry_point_label(entry_point)
        try:
            plugin = entry_point.load()
        except (Exception, SystemExit) as exc:  # noqa: BLE001 - any import error is reported, not raised
            raise RegistryError(f"{label} failed to import: {exc.__class__.__name__}: {exc}") from exc
        _register(manager, labels, plugin, entry_point.name, label)
    if not _is_registered(manager, BUILTIN_PLUGIN):  # a source checkout without installed metadata
        from . import checks as builtin

        _register(manager, labels, builtin, "builtin", f"plugin 'builtin' ({BUILTIN_PLUGIN})")
    for plugin in extra_plugins:
        if manager.is_registered(plugin) or _is_registered(manager, getattr(plugin, "__name__", None)):
            continue
        name = getattr(plugin, "__name__", None) or repr(plugin)
        _register(manager, labels, plugin, name, f"plugin {name!r}")
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as exc:
        raise RegistryError(f"{labels.get(manager.get_name(exc.plugin) or '', repr(exc.plugin))}: {exc}") from exc

    registry = Registry()
    for impl in manager.hook.mllens_checks.get_hookimpls():
        label = labels[impl.plugin_name]
        for cls in _call(impl, label, "mllens_checks", "a list of Check subclasses"):
            registry.add_check(cls, label)
    for impl in manager.hook.mllens_knowledge.get_hookimpls():
        label = labels[impl.plugin_name]
        for index, document in enumerate(_call(impl, label, "mllens_knowledge", "a list of knowledge documents (mappings)"), start=1):
            registry.add_knowledge(document, label, index)
    return registry


def check_problems(cls: Any) -> list[str]:
    """Everything wrong with a check class, all at once (empty when it is valid)."""
    if not (isinstance(cls, type) and issubclass(cls, Check)):
        return [f"expected a subclass of pytest_mllens.Check (got {type(cls).__name__} {cls!r})"]
    problems = []
    for attribute in ("id", "name", "summary"):
        value = getattr(cls, attribute)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{attribute}: expected a non-empty string (got {value!r})")
        elif attribute != "summary" and not _REFERENCE.fullmatch(value):
            problems.append(f"{attribute}: expected letters, digits, '-' and '_' only (got {value!r})")
    if cls.run is Check.run:
        problems.append("run: not implemented (define run(self, project) yielding Findings)")
    for identifier in cls.practices:
        try:
            practice(identifier)
        except KeyError:
            problems.append(f"practices: {identifier!r} is not a best practice in the lens catalogue (e.g. 'MLSEC05-BP01')")
    if cls.principle:
        try:
            principle(cls.principle)
        except KeyError:
            problems.append(f"principle: {cls.principle!r} is not a design principle in the lens catalogue (e.g. 'provide_protection')")
    if not isinstance(cls.options, Mapping):
        problems.append(f"options: expected a mapping of option name -> OptionSpec (got {type(cls.options).__name__})")
    else:
        for key, spec in cls.options.items():
            if not isinstance(spec, OptionSpec):
                problems.append(f"options[{key!r}]: expected an OptionSpec (got {type(spec).__name__} {spec!r})")
            elif spec.problem(spec.default):
                problems.append(f"options[{key!r}]: default {spec.default!r} does not fit kind {spec.kind!r} (expected {spec.problem(spec.default)})")
    for index, example in enumerate(cls.examples):
        if not isinstance(example, Example):
            problems.append(f"examples[{index}]: expected a pytest_mllens.Example (got {type(example).__name__})")
    return problems


def document_problems(document: Any) -> list[str]:
    """Shape and type problems of one plugin knowledge document (kinds are checked later)."""
    if not isinstance(document, Mapping):
        return [f"expected a mapping with keys {', '.join(_DOCUMENT_KEYS)} (got {type(document).__name__} {document!r:.60})"]
    problems = [_unknown("", key, _DOCUMENT_KEYS) for key in document if key not in _DOCUMENT_KEYS]
    if not isinstance(document.get("framework", ""), str):
        problems.append(f"framework: expected a string (got {document['framework']!r})")
    rules = document.get("rule")
    if not isinstance(rules, list) or not rules:
        problems.append(f"rule: expected a non-empty list of rule tables (got {rules!r:.60})")
        return problems
    for number, rule in enumerate(rules, start=1):
        where = f"rule {number}: "
        if not isinstance(rule, Mapping):
            problems.append(f"{where}expected a table (got {type(rule).__name__})")
            continue
        for key, value in rule.items():
            expected = _RULE_KEYS.get(key)
            if expected is None:
                problems.append(_unknown(where, key, _RULE_KEYS))
            elif not _fits(value, expected):
                problems.append(f"{where}{key}: expected {expected} (got {type(value).__name__} {value!r})")
        if not rule.get("says"):
            problems.append(f"{where}says: required (what the matched construct does, shown in every reason)")
    return problems


# -- internals -----------------------------------------------------------------------------


def _entry_points() -> list[metadata.EntryPoint]:
    """Installed ``mllens`` entry points: pytest-mllens's own first, then by name."""
    found = metadata.entry_points(group=hookspecs.PROJECT_NAME)
    return sorted(found, key=lambda ep: (ep.module != BUILTIN_PLUGIN, ep.name, ep.value))


def _entry_point_label(entry_point: metadata.EntryPoint) -> str:
    dist = getattr(entry_point, "dist", None)
    where = f"{dist.name} {dist.version}: {entry_point.value}" if dist is not None else entry_point.value
    return f"plugin {entry_point.name!r} ({where})"


def _register(manager: pluggy.PluginManager, labels: dict[str, str], plugin: object, name: str, label: str) -> None:
    if name in labels:
        raise RegistryError(f"{label}: the plugin name {name!r} is already used by {labels[name]}")
    try:
        manager.register(plugin, name)
    except pluggy.PluginValidationError as exc:
        raise RegistryError(f"{label}: {exc}") from exc
    except ValueError as exc:  # the same module under two entry-point names
        other = labels.get(manager.get_name(plugin) or "", "another plugin")
        raise RegistryError(f"{label}: the same module is already registered as {other} ({exc})") from exc
    labels[name] = label
    registered = {caller.name for caller in manager.get_hookcallers(plugin) or ()}
    hooks = [name for name in dir(hookspecs) if name.startswith("mllens_")]
    for attribute in dir(plugin):
        if not attribute.startswith("mllens_") or attribute in registered or not callable(getattr(plugin, attribute, None)):
            continue
        if attribute in hooks:
            raise RegistryError(f"{label}: {attribute}() is not marked with @pytest_mllens.hookimpl, so mllens would ignore it")
        close = difflib.get_close_matches(attribute, hooks, n=1, cutoff=0.8)
        if close:
            raise RegistryError(f"{label}: {attribute}() is not an mllens hook; did you mean {close[0]}()?")


def _is_registered(manager: pluggy.PluginManager, module_name: str | None) -> bool:
    return module_name is not None and any(getattr(p, "__name__", None) == module_name for p in manager.get_plugins())


def _call(impl: Any, label: str, hook_name: str, expected: str) -> list[Any]:
    hook = f"{hook_name}()"
    try:
        result = impl.function()
    except Exception as exc:  # noqa: BLE001 - reported with the plugin's name
        raise RegistryError(f"{label}: {hook} raised {exc.__class__.__name__}: {exc}") from exc
    if isinstance(result, (str, bytes, Mapping)) or not isinstance(result, Iterable):
        raise RegistryError(f"{label}: {hook} must return {expected} (got {type(result).__name__} {result!r:.60})")
    return list(result)


def _fits(value: Any, expected: str) -> bool:
    if expected == "str":
        return isinstance(value, str)
    if expected == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "bool":
        return isinstance(value, bool)
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _unknown(where: str, key: Any, valid: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(key), list(valid), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else f"; expected one of: {', '.join(sorted(valid))}"
    return f"{where}unknown key {key!r}{hint}"


def _describe(cls: Any) -> str:
    return _qualname(cls) if isinstance(cls, type) else repr(cls)


def _qualname(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"
