"""The release-flow graph's nodes and edges (``release_flow`` judges paths through it).

Built in one pass over every call of the project: which project scripts or modules a
pipeline step runs (``code="evaluate.py"``, ``python -m pkg.release``), which calls read a
model back from a registry, which releases write registry entries, and the function-level
order of steps (Metaflow ``self.next``, Dagster asset deps). Per-file edges (task ordering,
data passed between steps, nested calls) are indexed the first time a verdict looks into a
file. The constructs are data: ``data/release_flow.toml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterator
from dataclasses import dataclass, field

from ...facts.records import NON_LITERAL, CallFact, FileFacts
from .flow_rules import FlowRules, ReadRule, WriteRule, flow_rules
from .gates import DeploySite, deploy_sites
from .job_scripts import job_script, resolved_job_files
from ..knowledge import imported_roots
from ..project import Project
from ..shipped import data_table

__all__ = ["FileIndex", "Read", "ReleaseGraph", "Write", "literal_strings", "shows_text", "top_call"]

_SCRIPT = re.compile(r"[\w./-]*\w\.py\b")


@functools.lru_cache(maxsize=1)
def _display_calls() -> tuple[re.Pattern[str], frozenset[str]]:
    """Calls that show text to a person (``data/display_calls.toml``): the scripts their text
    names are commands for someone to type, not steps this code runs."""
    table = data_table("display_calls.toml")
    names = "|".join(".*".join(re.escape(part) for part in name.split("*")) for name in table.get("names", ()))
    return re.compile(f"^(?:{names})$" if names else "(?!)"), frozenset(table.get("methods", ()))


def shows_text(call: CallFact) -> bool:
    """Does ``call`` only show its text to a person (print, log, a UI widget)?"""
    names, methods = _display_calls()
    return call.name.rpartition(".")[2] in methods or bool(names.match(call.name))
_TASK_VALUE = re.compile(r"tasks\.([\w-]+)\.values\.([\w-]+)")
_MODULE = re.compile(r"(?:^|\s)-m\s+([A-Za-z_][\w.]*)")


@dataclass(frozen=True)
class Read:
    """A registry read: a call that returns what a registry entry holds."""

    facts: FileFacts
    index: int
    rule: ReadRule
    entry: str
    label: str = ""
    """The alias or stage read, when the call names it literally (``""``: any)."""

    @property
    def call(self) -> CallFact:
        return self.facts.calls[self.index]


@dataclass(frozen=True)
class Write:
    site: DeploySite
    rule: WriteRule
    entry: str
    label: str = ""
    """The alias or stage written, when the call names it literally (``""``: any)."""


@dataclass
class FileIndex:
    """Per-file edges, built the first time a verdict looks into the file."""

    before: dict[int, list[int]] = field(default_factory=dict)
    producers: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    positions: dict[int, int] = field(default_factory=dict)
    children: dict[int, list[int]] = field(default_factory=dict)


class ReleaseGraph:
    """Nodes and edges of the release flow; ``ReleaseFlow`` adds the verdicts."""

    def __init__(self, project: Project, rules: FlowRules | None = None) -> None:
        self.project = project
        self.rules = rules or flow_rules()
        self.releases: list[DeploySite] = deploy_sites(project)
        self._files: dict[str, FileIndex] = {}
        self.runners: dict[str, list[tuple[FileFacts, int, str]]] = {}
        """Script path -> the step calls that run it (top-level call index, the literal)."""
        self.scripts_run: dict[tuple[str, int], list[tuple[str, str]]] = {}
        """(path, top-level call index) of a step -> the project scripts it runs."""
        self.reads: dict[str, list[Read]] = {}
        self.next_steps: dict[str, list[tuple[str, int]]] = {}
        """Qualified function -> functions that run right before it (Metaflow ``self.next``)."""
        self.writes: list[Write] = []
        self.job_upstream: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}
        """Script path -> for each job task that runs it (``config:line``), the scripts of
        the tasks it depends on, directly or not, with their task keys (job definition files)."""
        self.job_conditions: dict[str, list[tuple[str, str, str, tuple[str, ...]]]] = {}
        """Job task (``config:line``) -> the condition tasks it waits on, directly or not:
        (condition key, the script of the task whose value the condition reads, the value,
        the condition's operands ``(left, op, right)``)."""
        self._scan()
        self._job_order()

    # -- construction ----------------------------------------------------------------------
    def _scan(self) -> None:
        """One pass over every call: scripts run by steps, registry reads, function order."""
        scripts = self._script_index()
        read_methods = self.rules.read_methods
        read_words = self.rules.read_words
        next_methods = {r.method for r in self.rules.order if r.functions}
        candidates_of = functools.partial(_scan_candidates, frozenset(read_methods), frozenset(next_methods), self.rules.order_keywords, read_words)
        for facts in self.project.files:
            steps, ordered = self.project.knowledge.file_summary(facts, ("graph-candidates",), candidates_of)
            for index in steps:
                call = facts.calls[index]
                if scripts:
                    literals = [v for _, v in call.keywords if type(v) is str and (".py" in v or "-m " in v)]
                    literals.extend(v for v in call.positional if type(v) is str and (".py" in v or "-m " in v))
                    for literal in literals:
                        if literal == NON_LITERAL:
                            continue
                        if "-m " in literal:
                            for module in _MODULE.findall(literal):
                                target = self.project.modules.get(module) or self.project.modules.get(f"{module}.__main__")
                                if target is not None and target.path != facts.path:
                                    self._runs(facts, index, target.path, f"-m {module}")
                        if ".py" in literal:
                            for token in _SCRIPT.findall(literal):
                                for path in _scripts_named(scripts, token, call, facts.path):
                                    if path != facts.path:
                                        self._runs(facts, index, path, token)
                method = call.name.rpartition(".")[2]
                rules = read_methods.get(method) or [r for r in read_words if r.names_method(method)]
                if rules:
                    for rule in rules:
                        read = self._read(facts, index, rule)
                        if read is not None:
                            self.reads.setdefault(facts.path, []).append(read)
                            break
                if method in next_methods and call.scope and "." in call.scope:
                    owner = call.scope.rpartition(".")[0]
                    prefix = f"{facts.module}." if facts.module else ""
                    for name in call.arg_names:
                        if name != "self" and f"{prefix}{owner}.{name}" in self.project.functions:
                            self.next_steps.setdefault(f"{prefix}{owner}.{name}", []).append((f"{prefix}{call.scope}", call.line))
            if ordered is not None:  # the file has decorated functions
                self._decorated_order(facts, ordered)
        for site in self.releases:
            for rule in self.rules.write:
                if rule.pattern.match(site.call.name):
                    self.writes.append(Write(site, rule, _literal(site.call, rule.entry), _label_of(site.call, rule.label, rule.label_position)))
                    break

    def _decorated_order(self, facts: FileFacts, ordered: tuple[int, ...]) -> None:
        """Function-level order from decorators: ``@asset(deps=[evaluate])`` runs after
        ``evaluate``; a ``[[graph]]`` decorator with ``params = true`` also orders the function
        after the project functions its parameters name (Dagster infers deps from them)."""
        prefix = f"{facts.module}." if facts.module else ""
        upstream: dict[str, set[str]] = {}
        param_rules = [r for r in self.rules.graph if r.params]
        decorated = [f for f in facts.functions if f.decorators]
        if not decorated:
            return
        for function in decorated:
            if param_rules and any(r.pattern.match(d) for d in function.decorators for r in param_rules):
                upstream.setdefault(function.qualname, set()).update(f"{prefix}{p}" for p in function.params)
        keywords = self.rules.order_keywords
        for call in (facts.calls[i] for i in ordered):  # the calls that pass an ordering keyword
            names = [n for keyword, found in call.keyword_names if keyword in keywords for n in found]
            if not names:
                continue
            # the decorator call belongs to the nearest decorated function at or below it
            owners = [f for f in decorated if f.line >= call.line and call.name in f.decorators and f.qualname.rpartition(".")[0] == call.scope]
            if owners:
                function = min(owners, key=lambda f: f.line)
                upstream.setdefault(function.qualname, set()).update(f"{prefix}{n}" for n in names)
        for qualname, names in upstream.items():
            for name in sorted(names):
                if name in self.project.functions and name != f"{prefix}{qualname}":
                    line = next(f.line for f in decorated if f.qualname == qualname)
                    self.next_steps.setdefault(f"{prefix}{qualname}", []).append((name, line))

    def _job_order(self) -> None:
        """Task order from job definition files (``depends_on`` of Databricks job tasks):
        which project scripts run, in the same job, before the script a task runs, and which
        ``condition_task`` operands it waits on (``{{tasks.evaluate.values.model_update}}``:
        the script of task ``evaluate`` and the task value ``model_update``)."""
        configs = [c for c in self.project.configs if c.extra.get("job_tasks")]
        if not configs:
            return
        sources = [f.path for f in self.project.files if f.kind in ("py", "ipynb")]
        configs = resolved_job_files(self.project, configs, sources)  # CI rows: -m modules, hand runs of job scripts
        for config in configs:
            tasks: dict[str, tuple[int, str, tuple[str, ...]]] = {}
            conditions: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
            for line, key, script, upstream, *rest in config.extra["job_tasks"]:  # type: ignore[union-attr]
                if script:
                    path = job_script(config.path, str(script), sources)
                    if path:
                        tasks[str(key)] = (int(line), path, tuple(upstream))  # type: ignore[arg-type]
                elif rest and rest[0]:
                    conditions[str(key)] = (tuple(str(o) for o in rest[0]), tuple(upstream))  # type: ignore[union-attr, arg-type]
            for key, (line, path, upstream) in tasks.items():
                before: list[tuple[str, str]] = []
                waits: list[tuple[str, str, str, tuple[str, ...]]] = []
                seen = {key}
                queue = list(upstream)
                while queue:
                    current = queue.pop()
                    if current in seen:
                        continue
                    seen.add(current)
                    if current in conditions:
                        operands, above = conditions[current]
                        for task, value in _task_values(" ".join(operands)):
                            if task in tasks:
                                waits.append((current, tasks[task][1], value, operands))
                        queue.extend(above)
                    elif current in tasks:
                        before.append((tasks[current][1], current))
                        queue.extend(tasks[current][2])
                self.job_upstream.setdefault(path, []).append((f"{config.path}:{line}", before))
                if waits:
                    self.job_conditions.setdefault(f"{config.path}:{line}", []).extend(waits)

    def _runs(self, facts: FileFacts, index: int, script: str, token: str) -> None:
        top = top_call(facts, index)
        self.runners.setdefault(script, []).append((facts, top, token))
        self.scripts_run.setdefault((facts.path, top), []).append((script, token))

    def _script_index(self) -> dict[str, list[str]]:
        scripts: dict[str, list[str]] = {}
        for facts in self.project.files:
            if facts.kind == "py":
                scripts.setdefault(facts.path.rpartition("/")[2], []).append(facts.path)
        return scripts

    def _read(self, facts: FileFacts, index: int, rule: ReadRule) -> Read | None:
        call = facts.calls[index]
        if rule.match == "method" and call.method != rule.name:
            return None
        if rule.match == "words" and not rule.names_method(call.method):
            return None
        if rule.match not in ("method", "words") and not rule.pattern.match(call.name):
            return None
        if rule.requires_import and not imported_roots(facts).intersection(rule.requires_import):
            return None
        if rule.filter:
            if not call.has_keyword(rule.filter):
                if not (rule.picked and _picks(facts, call, rule.equals)):
                    return None
            elif rule.equals and call.keyword(rule.filter) != rule.equals:
                return None
        if rule.pinned and call.has_keyword(rule.pinned) and call.keyword(rule.pinned) not in (NON_LITERAL, None):
            return None  # `models.get(name=..., version="3")`: a version a person chose
        return Read(facts, index, rule, _literal(call, rule.entry), _label_of(call, rule.label, rule.label_position))

    def _index(self, facts: FileFacts) -> FileIndex:
        found = self._files.get(facts.path)
        if found is not None:
            return found
        found = self._files[facts.path] = FileIndex()
        for position, call in enumerate(facts.calls):
            found.positions[id(call)] = position
            if call.parent >= 0:
                found.children.setdefault(call.parent, []).append(position)
            if call.assigned_to:
                found.producers.setdefault((call.scope, call.assigned_to), []).append(position)
        for flow in facts.flows:
            found.before.setdefault(flow.downstream, []).append(flow.upstream)
        keywords, methods = self.rules.order_keywords, self.rules.order_methods
        for position, call in enumerate(facts.calls):
            for keyword, _ in call.keyword_names:
                if keyword in keywords:
                    for name in call.names_in_keyword(keyword):
                        for upstream in self._producer(facts, found, call, name):
                            found.before.setdefault(top_call(facts, position), []).append(upstream)
            rule = methods.get(call.method)
            if rule is not None and not rule.functions and call.receiver:
                downstream = self._receiver(facts, found, call)
                for name in call.arg_names:
                    for upstream in self._producer(facts, found, call, name):
                        for target in downstream:
                            found.before.setdefault(target, []).append(upstream)
        return found

    def _producer(self, facts: FileFacts, index: FileIndex, consumer: CallFact, name: str) -> list[int]:
        """The latest call before ``consumer`` in its scope whose result was stored in ``name``."""
        found = [i for i in index.producers.get((consumer.scope, name), ()) if facts.calls[i].line <= consumer.line and facts.calls[i] is not consumer]
        return found[-1:]

    def _receiver(self, facts: FileFacts, index: FileIndex, call: CallFact) -> list[int]:
        if call.receiver.startswith("#"):
            return [top_call(facts, int(call.receiver[1:]))]
        return self._producer(facts, index, call, call.receiver)


def _scan_candidates(read_methods: frozenset[str], next_methods: frozenset[str], order_keywords: Container[str], read_words: tuple[ReadRule, ...], facts: FileFacts) -> tuple[tuple[int, ...], tuple[int, ...] | None]:
    """The calls of one file that :meth:`ReleaseGraph._scan` looks at (a literal naming a
    script or ``-m`` module, a registry read's method, a step-order method), and, when the file
    has decorated functions, those that pass an ordering keyword (``@asset(deps=[...])``; else
    ``None``): a function of the file's facts and the flow rules, kept with its knowledge matches."""
    steps: list[int] = []
    for index, call in enumerate(facts.calls):
        method = call.name.rpartition(".")[2]
        if (
            method in read_methods
            or any(rule.names_method(method) for rule in read_words)
            or (method in next_methods and "." in call.scope)
            or (
                (
                    any(type(v) is str and (".py" in v or "-m " in v) and v != NON_LITERAL for _, v in call.keywords)
                    or any(type(v) is str and (".py" in v or "-m " in v) and v != NON_LITERAL for v in call.positional)
                )
                and not shows_text(call)
            )
        ):
            steps.append(index)
    ordered: tuple[int, ...] | None = None
    if any(f.decorators for f in facts.functions):
        ordered = tuple(i for i, call in enumerate(facts.calls) if any(keyword in order_keywords for keyword, _ in call.keyword_names))
    return tuple(steps), ordered


def _literal(call: CallFact, keyword: str) -> str:
    if not keyword:
        return ""
    value = call.keyword(keyword)
    return value if isinstance(value, str) and value != NON_LITERAL else ""


def _picks(facts: FileFacts, call: CallFact, value: str) -> bool:
    """Does an ``if`` after ``call`` in its scope keep only items equal to the literal ``value``
    (``if package["ModelApprovalStatus"] == "Approved":`` in the loop over the listing; not a
    warning under ``!= "Approved"``)?"""
    equal = (f"== '{value}'", f'== "{value}"', f"'{value}' ==", f'"{value}" ==')
    return any(g.kind == "if" and g.scope == call.scope and g.line > call.line and any(q in g.text for q in equal) for g in facts.guards)


def _label_of(call: CallFact, keyword: str, position: int) -> str:
    """The alias or stage a registry call names literally, lower-cased (``""``: not literal)."""
    value = call.keyword(keyword) if keyword and call.has_keyword(keyword) else None
    if value is None and 0 <= position < len(call.positional):
        value = call.positional[position]
    return value.lower() if isinstance(value, str) and value != NON_LITERAL else ""


def literal_strings(call: CallFact) -> Iterator[str]:
    for _, value in call.keywords:
        if isinstance(value, str) and value != NON_LITERAL:
            yield value
    for value in call.positional:
        if isinstance(value, str) and value != NON_LITERAL:
            yield value


def _scripts_named(scripts: dict[str, list[str]], token: str, call: CallFact, caller: str) -> list[str]:
    """Project files a step's literal names: by path suffix; a bare file name only when it is
    unique in the project or sits in a directory the call names (``source_dir=``) or in the
    caller's own directory."""
    token = token[2:] if token.startswith("./") else token
    candidates = scripts.get(token.rpartition("/")[2], [])
    if "/" in token:
        return [p for p in candidates if p == token or p.endswith("/" + token) or token.endswith("/" + p)]
    if len(candidates) <= 1:
        return candidates
    folders = {s.strip("./").rstrip("/") for s in literal_strings(call) if "/" in s or "." not in s}
    folders.add(caller.rpartition("/")[0])
    return [p for p in candidates if p.rpartition("/")[0] in folders or any(p.rpartition("/")[0].endswith("/" + f) for f in folders if f)]


def _task_values(text: str) -> list[tuple[str, str]]:
    """``{{tasks.evaluate.values.model_update}}`` -> [("evaluate", "model_update")]."""
    return _TASK_VALUE.findall(text)


def top_call(facts: FileFacts, index: int) -> int:
    while facts.calls[index].parent >= 0:
        index = facts.calls[index].parent
    return index
