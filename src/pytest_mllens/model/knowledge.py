"""Knowledge about the ML ecosystem, kept as data and matched against resolved names.

Each rule says what a construct *means*: ``fastapi.FastAPI()`` creates a prediction app
(hosting), ``sagemaker.model.Model.deploy`` deploys an endpoint, ``evidently`` reports
watch for drift. Rules live in the TOML files of ``knowledge/``; ``[tool.mllens.knowledge]``
and plugins (the ``mllens_knowledge`` hook) add more. A rule is matched against:

- ``call``: the resolved qualified name of a call (``*`` matches any characters);
- ``method``: only the called attribute's name, for receivers we cannot type
  (``predictor = model.deploy(...)`` where ``model`` is a parameter), narrowed by
  ``keywords`` (any of) and ``requires-import`` (the module imports one of these);
  ``not-keywords`` (none of) leaves out a call passing one of them (``out.backward(gradient=g)``
  is Grad-CAM's vector-Jacobian product, not a training step);
- ``base`` / ``decorator``: a class base or a decorator's resolved name;
- ``class``: a class's own name (``TritonPythonModel`` is found by name);
- ``functions``: a module that defines all of ``names`` at top level.

``notebooks = false`` keeps a rule out of notebooks: an MLflow pyfunc class defined in a
notebook is pickled by value with the model, so serving never runs the notebook.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from ..facts.records import CallFact, FileFacts
from .shipped import builtin_digest, builtin_documents

__all__ = ["KNOWLEDGE_KINDS", "Knowledge", "KnowledgeError", "Rule", "load_builtin_rules", "rules_from_table"]

KNOWLEDGE_KINDS = ("hosting", "training", "evaluation", "pipeline", "monitoring", "deploy", "gate", "capture")
T = TypeVar("T")
_MISSING = object()
MATCHES = ("call", "method", "base", "decorator", "class", "functions", "any")
ACTIONS = ("deploys", "registers", "promotes")


class KnowledgeError(Exception):
    """A knowledge rule is malformed; the message names the source and the field."""


@dataclass(frozen=True)
class Rule:
    kind: str
    match: str
    name: str
    says: str
    framework: str = ""
    keywords: tuple[str, ...] = ()
    not_keywords: tuple[str, ...] = ()
    requires_import: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    min_positional: int = 0
    action: str = ""
    capture_keyword: str = ""
    approval_keyword: str = ""
    notebooks: bool = True
    source: str = ""

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile("^" + ".*".join(re.escape(part) for part in self.name.split("*")) + "$")

    def matches_call(self, call: CallFact, imported: frozenset[str]) -> bool:
        if self.match == "method":
            if call.method != self.name:
                return False
        elif self.match in ("call", "any"):
            if not self.pattern.match(call.name):
                return False
        else:
            return False
        conditions = []
        if self.keywords:
            conditions.append(any(call.has_keyword(k) for k in self.keywords))
        if self.min_positional:
            conditions.append(len(call.positional) >= self.min_positional)
        if conditions and not any(conditions):
            return False
        if self.not_keywords and any(call.has_keyword(k) for k in self.not_keywords):
            return False
        if self.requires_import and not imported.intersection(self.requires_import):
            return False
        return True


@dataclass(frozen=True)
class Match:
    """A rule that matched, with the line and a human reason."""

    rule: Rule
    line: int
    detail: str


@dataclass
class Knowledge:
    """The rules, and what they matched in each file so far.

    Matching is a pure function of one file's facts and the rules, and it is most of the
    project stage's work; so each file's matches are kept (``_memo``, by the facts object)
    and can be handed over between runs: :meth:`preload` gives a file the matches a
    previous run computed for the same facts under the same rules, :meth:`exported` returns
    what this run added. Matches are stored as rule positions, valid only for this same
    list of rules (the engine keys them by the rules' fingerprint).
    """

    rules: list[Rule] = field(default_factory=list)
    _indexes: dict[frozenset[str], Any] = field(default_factory=dict, repr=False, compare=False)
    _memo: dict[int, tuple[FileFacts, dict[Any, Any], list[bool]]] = field(default_factory=dict, repr=False, compare=False)
    _call_positions: dict[int, dict[int, int]] = field(default_factory=dict, repr=False, compare=False)
    _positions: dict[int, int] | None = field(default=None, repr=False, compare=False)
    _last: tuple[Any, ...] | None = field(default=None, repr=False, compare=False)

    # -- per-file memo -----------------------------------------------------------------------
    def preload(self, facts: FileFacts, data: dict[Any, Any]) -> None:
        """Matches a previous run computed for these very facts under these very rules."""
        self._memo[id(facts)] = (facts, dict(data), [False])

    def exported(self, facts: FileFacts) -> dict[Any, Any] | None:
        """This file's matches, when this run computed any that :meth:`preload` did not give."""
        entry = self._memo.get(id(facts))
        if entry is None or entry[0] is not facts or not entry[2][0]:
            return None
        return entry[1]

    def variant(self, original: FileFacts, derived: FileFacts, change: Any) -> None:
        """``derived`` is ``original`` with ``change`` applied (hashable, picklable: the project
        model resolves the names a ``from m import *`` binds, see ``Project._resolve_star_names``).
        Its matches and summaries are a function of the original facts and the change, so they
        are kept inside the original's memo under the change and stored with it: the next run
        that resolves the same change finds them. A different change replaces the kept one."""
        memo = self._file_memo(original)
        entry = self._memo[id(original)]
        key = ("variant", change)
        inner = memo.get(key)
        if inner is None:
            for stale in [k for k in memo if isinstance(k, tuple) and k[:1] == ("variant",)]:
                del memo[stale]
            inner = memo[key] = {}
            entry[2][0] = True
        self._memo[id(derived)] = (derived, inner, entry[2])  # computing for it marks the original's memo as changed

    def _file_memo(self, facts: FileFacts) -> dict[Any, Any]:
        entry = self._memo.get(id(facts))
        if entry is None or entry[0] is not facts:  # the facts object keeps its id alive
            entry = self._memo[id(facts)] = (facts, {}, [False])
        return entry[1]

    def _remember(self, facts: FileFacts, key: Any, value: Any) -> None:
        entry = self._memo[id(facts)]
        entry[1][key] = value
        entry[2][0] = True

    def file_summary(self, facts: FileFacts, key: tuple[str, ...], compute: Callable[[FileFacts], T]) -> T:
        """``compute(facts)``, a value that depends on this one file's facts, these rules and the
        package's own data only (which calls a later stage must look at, say), kept with the
        file's matches: a run with one file changed loads it for every other file instead of
        walking their calls again. ``key`` names the summary (``("deploy-candidates",)``); the
        value must pickle (plain tuples, strings, numbers)."""
        memo = self._file_memo(facts)
        tagged = ("summary", *key)
        found = memo.get(tagged, _MISSING)
        if found is _MISSING:
            found = compute(facts)
            self._remember(facts, tagged, found)
        return found  # type: ignore[no-any-return]

    def shaped_summary(self, facts: FileFacts, key: tuple[str, ...], shape: str, compute: Callable[[FileFacts], T]) -> T:
        """Like :meth:`file_summary`, for a value that also depends on the project's *shape*:
        what other files exist and what they are called (the import graph's edges resolve names
        against the module set), summed up by ``shape``, a digest the caller computes. One value
        is kept per file and summary: a run whose shape differs computes it again and replaces
        it, so the stored data does not grow with every file added or removed."""
        memo = self._file_memo(facts)
        tagged = ("shaped", *key)
        found = memo.get(tagged)
        if found is not None and found[0] == shape:
            return found[1]  # type: ignore[no-any-return]
        value = compute(facts)
        self._remember(facts, tagged, (shape, value))
        return value

    def _position(self, rule: Rule) -> int:
        if self._positions is None:
            self._positions = {id(r): i for i, r in enumerate(self.rules)}
        return self._positions[id(rule)]

    def by_kind(self, kind: str) -> list[Rule]:
        return [rule for rule in self.rules if rule.kind == kind]

    def _call_index(self, kinds: frozenset[str]) -> tuple[dict[str, list[Rule]], dict[str, list[Rule]], list[Rule]]:
        """Call rules of ``kinds`` keyed by what a call must have for them to match.

        Most rules end in a concrete name (``.deploy``, ``.fit``) and are keyed by it; a
        rule with a wildcard tail (``evidently.*``) is keyed by its root package; only a
        rule starting with a wildcard is tried on every call. So each call is tested
        against the few rules that could possibly match it. One index per set of kinds.
        """
        index = self._indexes.get(kinds)
        if index is not None:
            return index
        by_method: dict[str, list[Rule]] = {}
        by_root: dict[str, list[Rule]] = {}
        anywhere: list[Rule] = []
        for rule in self.rules:
            if rule.match not in ("call", "method", "any") or rule.kind not in kinds:
                continue
            last = rule.name.rpartition(".")[2]
            root = rule.name.split(".")[0]
            if "*" not in last:
                by_method.setdefault(last, []).append(rule)
            elif rule.match != "method" and "*" not in root and "." in rule.name:
                by_root.setdefault(root, []).append(rule)
            else:
                anywhere.append(rule)
        index = self._indexes[kinds] = (by_method, by_root, anywhere)
        return index

    def _candidates(self, call: CallFact, kinds: frozenset[str]) -> list[Rule]:
        by_method, by_root, anywhere = self._call_index(kinds)
        found = by_method.get(call.method)
        root = by_root.get(call.name.split(".", 1)[0]) if by_root else None
        if not root and not anywhere:
            return found or []
        return [*(found or ()), *(root or ()), *anywhere]

    @cached_property
    def _definition_rules(self) -> tuple[list[Rule], list[Rule], list[Rule]]:
        """Rules about classes, about decorated functions, and about sets of top-level functions."""
        classes = [r for r in self.rules if r.match in ("base", "any", "decorator", "class")]
        decorated = [r for r in self.rules if r.match in ("decorator", "any")]
        functions = [r for r in self.rules if r.match == "functions"]
        return classes, decorated, functions

    def call_matches(self, facts: FileFacts, call: CallFact, kinds: Iterable[str]) -> list[Rule]:
        """The rules of ``kinds`` that ``call`` (one of ``facts.calls``) matches.

        The first question about a file and a set of kinds answers it for every call of the
        file at once (callers walk all calls anyway), remembered by call position."""
        last = self._last
        if last is not None and last[0] is facts and last[1] is kinds:  # the same file and question (a tuple kept alive by _last)
            index = last[3].get(id(call))
            if index is not None:
                found = last[2].get(index)
                return [self.rules[i] for i in found] if found else []
        wanted = frozenset(kinds)
        positions = self._call_positions.get(id(facts))
        memo = self._file_memo(facts)
        if positions is None:
            positions = self._call_positions[id(facts)] = {id(c): i for i, c in enumerate(facts.calls)}
        index = positions.get(id(call))
        if index is None or facts.calls[index] is not call:  # not one of the file's own calls
            return self._call_matches(facts, call, wanted)
        key = ("call", tuple(sorted(wanted)))
        found = memo.get(key)
        if found is None:
            found = {}
            for i, each in enumerate(facts.calls):
                rules = self._call_matches(facts, each, wanted)
                if rules:
                    found[i] = tuple(self._position(rule) for rule in rules)
            self._remember(facts, key, found)
        if type(kinds) is tuple:  # immutable: identity means the same question
            self._last = (facts, kinds, found, positions)
        return [self.rules[i] for i in found.get(index, ())]

    def _call_matches(self, facts: FileFacts, call: CallFact, wanted: frozenset[str]) -> list[Rule]:
        candidates = self._candidates(call, wanted)
        if not candidates:
            return []
        imported = imported_roots(facts)
        own = _own_method(facts, call)
        return [rule for rule in candidates if rule.matches_call(call, imported) and not (own and rule.match == "method")]

    def module_matches(self, facts: FileFacts, kinds: Iterable[str]) -> list[Match]:
        """Every rule of ``kinds`` that fires somewhere in one file, with its line."""
        wanted = frozenset(kinds)
        key = ("module", tuple(sorted(wanted)))
        memo = self._file_memo(facts)
        found = memo.get(key)
        if found is None:
            matches = self._module_matches(facts, wanted)
            self._remember(facts, key, tuple((self._position(m.rule), m.line, m.detail) for m in matches))
            return matches
        return [Match(self.rules[i], line, detail) for i, line, detail in found]

    def _module_matches(self, facts: FileFacts, wanted: frozenset[str]) -> list[Match]:
        imported = imported_roots(facts)
        found: list[Match] = []
        for call in facts.calls:
            candidates = self._candidates(call, wanted)
            own = bool(candidates) and _own_method(facts, call)
            for rule in candidates:
                if rule.matches_call(call, imported) and not (own and rule.match == "method"):
                    found.append(Match(rule, call.line, f"calls {shown_call(call, facts)}"))
        class_rules, decorator_rules, function_rules = self._definition_rules
        notebook = facts.kind == "ipynb"
        for cls in facts.classes:
            for rule in class_rules:
                if rule.kind not in wanted or not _imports_ok(rule, imported) or (notebook and not rule.notebooks):
                    continue
                if rule.match in ("base", "any") and any(rule.pattern.match(base) for base in cls.bases):
                    base = next(b for b in cls.bases if rule.pattern.match(b))
                    found.append(Match(rule, cls.line, f"class {cls.qualname} subclasses {base}"))
                elif rule.match in ("decorator", "any") and any(rule.pattern.match(d) for d in cls.decorators):
                    found.append(Match(rule, cls.line, f"defines class {cls.qualname} decorated with @{rule.name}"))
                elif rule.match == "class" and rule.pattern.match(cls.qualname.rpartition(".")[2]):
                    found.append(Match(rule, cls.line, f"defines class {cls.qualname}"))
        for function in facts.functions:
            if not function.decorators:
                continue
            for rule in decorator_rules:
                if rule.kind in wanted and _imports_ok(rule, imported):
                    decorator = next((d for d in function.decorators if rule.pattern.match(d)), None)
                    if decorator is not None:
                        found.append(Match(rule, function.line, f"defines function {function.qualname} decorated with @{decorator}"))
        if function_rules:
            top_level = {f.qualname: f.line for f in facts.functions if "." not in f.qualname}
            for rule in function_rules:
                if rule.kind in wanted and all(n in top_level for n in rule.names) and _imports_ok(rule, imported):
                    line = min(top_level[n] for n in rule.names)
                    found.append(Match(rule, line, "defines " + ", ".join(f"{n}()" for n in rule.names)))
        found.sort(key=lambda m: (m.line, m.rule.kind, m.detail))
        return found


def _imports_ok(rule: Rule, imported: frozenset[str]) -> bool:
    """``requires-import`` narrows every kind of match, not only calls."""
    return not rule.requires_import or bool(imported.intersection(rule.requires_import))


def _own_method(facts: FileFacts, call: CallFact) -> bool:
    """``call`` resolves to a method of a class this file defines (``gcam.backward()`` on the
    file's own GradCAM, ``trainer.fit()`` on its own Trainer): project code, judged by that
    method's own calls, not by the library method of the same name a ``method`` rule names."""
    if not call.resolved or not facts.classes:
        return False
    owner, _, method = call.name.rpartition(".")
    module, _, name = owner.rpartition(".")
    return module == facts.module and any(c.qualname == name and method in c.methods for c in facts.classes)


def shown_call(call: CallFact, facts: FileFacts) -> str:
    """How a reason names a call: ``model.fit() on the result of churn.train.build_model()``
    or ``clf.fit() on a sklearn.ensemble.RandomForestClassifier`` rather than
    ``churn.train.build_model.fit()``, which reads as though build_model were a class (a
    receiver's type is the call its variable was assigned from)."""
    owner, _, method = call.name.rpartition(".")
    receiver = call.receiver
    if not receiver or receiver.startswith("#") or not owner or not any(c.assigned_to == receiver and c.name == owner for c in facts.calls):
        return f"{call.name}()"
    if owner.rpartition(".")[2][:1].isupper():
        return f"{receiver}.{method}() on a {owner}"
    return f"{receiver}.{method}() on the result of {owner}()"


def matches_any(name: str, patterns: Sequence[str]) -> bool:
    """Does a qualified name match one of the user's fnmatch-style globs?"""
    import fnmatch

    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def imported_roots(facts: FileFacts) -> frozenset[str]:
    cached = facts.extra.get("imported_roots")
    if cached is None:
        cached = frozenset(i.target.split(".")[0] for i in facts.imports if not i.type_checking)
        facts.extra["imported_roots"] = cached
    return cached  # type: ignore[return-value]


def rules_from_table(table: Mapping[str, Any], source: str) -> list[Rule]:
    """Rules from one knowledge document (a TOML file, or a plugin's mapping)."""
    framework = table.get("framework", "")
    rules: list[Rule] = []
    for index, raw in enumerate(table.get("rule", [])):
        where = f"{source}: rule {index + 1}"
        if not isinstance(raw, dict):
            raise KnowledgeError(f"{where}: expected a table")
        kind = raw.get("kind")
        match = raw.get("match", "call")
        if kind not in KNOWLEDGE_KINDS:
            raise KnowledgeError(f"{where}: kind: expected one of {', '.join(KNOWLEDGE_KINDS)} (got {kind!r})")
        if match not in MATCHES:
            raise KnowledgeError(f"{where}: match: expected one of {', '.join(MATCHES)} (got {match!r})")
        action = raw.get("action", "")
        if kind == "deploy" and action not in ACTIONS:
            raise KnowledgeError(f"{where}: action: expected one of {', '.join(ACTIONS)} (got {action!r})")
        names = tuple(raw.get("names", ()))
        name = raw.get("name", "+".join(names))
        if not isinstance(name, str) or not name:
            raise KnowledgeError(f"{where}: name: expected a non-empty string (got {name!r})")
        rules.append(
            Rule(
                kind=kind,
                match=match,
                name=name,
                says=raw.get("says", ""),
                framework=raw.get("framework", framework),
                keywords=tuple(raw.get("keywords", ())),
                not_keywords=tuple(raw.get("not-keywords", ())),
                requires_import=tuple(raw.get("requires-import", ())),
                names=names,
                min_positional=int(raw.get("min-positional", 0)),
                action=action,
                capture_keyword=raw.get("capture-keyword", ""),
                approval_keyword=raw.get("approval-keyword", ""),
                notebooks=bool(raw.get("notebooks", True)),
                source=source,
            )
        )
    return rules


def load_builtin_rules() -> list[Rule]:
    """The shipped knowledge rules, parsed once per process (rules are frozen; the list is a copy)."""
    return list(_builtin_rules())


@functools.lru_cache(maxsize=1)
def _builtin_rules() -> tuple[Rule, ...]:
    """Parsed once per user and version, then unpickled (authenticated, see facts.cache.compiled)."""
    from ..facts.cache import compiled

    return compiled("knowledge", builtin_digest().encode(), _parse_builtin_rules)


def _parse_builtin_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for name, text in builtin_documents():
        rules.extend(rules_from_table(tomllib.loads(text), f"knowledge/{name}"))
    return tuple(rules)


def rules_from_config(knowledge: Mapping[str, Sequence[str]]) -> list[Rule]:
    """``[tool.mllens.knowledge]``: each pattern matches calls, bases and decorators."""
    rules = []
    for kind, patterns in knowledge.items():
        for pattern in patterns:
            action = "deploys" if kind == "deploy" else ""
            rules.append(Rule(kind=kind, match="any", name=pattern, says=f"configured {kind} API", action=action, source="[tool.mllens.knowledge]"))
    return rules
