"""The project model: modules, the import graph between them, and the role of each.

Built once per run from the per-file facts; checks read it and never parse anything.
Importing ``a.b.c`` runs ``a/__init__.py`` and ``a/b/__init__.py`` first, so the graph
links an importer to every package ``__init__`` on the way, and a module to its own
enclosing packages: a package ``__init__`` that imports training code drags training code
into everything that imports anything from the package.
"""

from __future__ import annotations

import fnmatch
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .facts import CallFact, FileFacts, FunctionFact
from .knowledge import Knowledge

__all__ = ["Edge", "Project", "RoleReason"]


@dataclass(frozen=True, order=True)
class RoleReason:
    role: str
    reason: str
    line: int


@dataclass(frozen=True, order=True)
class Edge:
    """``source`` makes ``target`` run: by importing it at ``line`` (or as a package init)."""

    source: str
    target: str
    line: int
    lazy: bool = False
    note: str = ""

    def render(self) -> str:
        extras = []
        if self.lazy:
            extras.append("inside a function: runs when it is called")
        if self.note:
            extras.append(self.note)
        extra = f"; {'; '.join(extras)}" if extras else ""
        return f"{self.source} -> {self.target} (l.{self.line}{extra})"


@dataclass
class Project:
    """Everything the checks read. ``files`` holds the facts of files that parsed."""

    files: list[FileFacts]
    knowledge: Knowledge
    settings: Any = None
    role_overrides: Mapping[str, Sequence[str]] = field(default_factory=dict)
    role_removals: Mapping[str, Sequence[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.modules: dict[str, FileFacts] = {}
        for facts in self.files:
            if facts.kind == "py" and not facts.error:
                self.modules.setdefault(facts.module, facts)
        self.by_path: dict[str, FileFacts] = {f.path: f for f in self.files}
        self.functions: dict[str, tuple[FileFacts, FunctionFact]] = {}
        for facts in self.files:
            for function in facts.functions:
                self.functions[f"{facts.module}.{function.qualname}" if facts.module else function.qualname] = (facts, function)
        self.edges: dict[str, list[Edge]] = {f.module: self._edges_of(f) for f in self.files if not f.error}
        self.roles: dict[str, list[RoleReason]] = {f.path: self._roles_of(f) for f in self.files if not f.error}

    # -- imports -----------------------------------------------------------------------------
    def resolve_module(self, target: str) -> str | None:
        """The project module that importing ``target`` loads (longest existing prefix)."""
        name = target
        while name:
            if name in self.modules:
                return name
            name = name.rpartition(".")[0]
        return None

    def _packages_on_the_way(self, module: str) -> list[str]:
        parts = module.split(".")
        return [p for p in (".".join(parts[:i]) for i in range(1, len(parts))) if p in self.modules]

    def _edges_of(self, facts: FileFacts) -> list[Edge]:
        edges: dict[str, Edge] = {}

        def add(edge: Edge) -> None:
            if edge.target != facts.module and edge.target not in edges:
                edges[edge.target] = edge

        for package in self._packages_on_the_way(facts.module):
            add(Edge(facts.module, package, 1, note=f"its enclosing package {package}/__init__.py runs first"))
        for imported in sorted(facts.imports, key=lambda i: (i.lazy, i.line)):
            if imported.type_checking:
                continue
            target = self.resolve_module(imported.target)
            if target is None:
                continue
            for package in self._packages_on_the_way(target):
                add(Edge(facts.module, package, imported.line, imported.lazy, note=f"importing {target} runs the package {package}/__init__.py"))
            note = "importlib.import_module" if imported.dynamic else ""
            add(Edge(facts.module, target, imported.line, imported.lazy, note=note))
        return sorted(edges.values())

    def shortest_chains(self, start: str, stop: Iterable[str]) -> dict[str, list[Edge]]:
        """Shortest import chain from ``start`` to each reachable module in ``stop``.

        The search does not continue past a ``stop`` module: the first offending module on
        a path is the one to report.
        """
        targets = set(stop)
        previous: dict[str, Edge] = {}
        seen = {start}
        queue = deque([start])
        found: dict[str, list[Edge]] = {}
        while queue:
            current = queue.popleft()
            for edge in self.edges.get(current, ()):
                if edge.target in seen:
                    continue
                seen.add(edge.target)
                previous[edge.target] = edge
                if edge.target in targets:
                    chain = [edge]
                    while chain[0].source != start:
                        chain.insert(0, previous[chain[0].source])
                    found[edge.target] = chain
                    continue
                queue.append(edge.target)
        return found

    # -- roles -------------------------------------------------------------------------------
    ROLE_KINDS = ("hosting", "training", "evaluation", "pipeline", "monitoring")

    def _roles_of(self, facts: FileFacts) -> list[RoleReason]:
        reasons: dict[str, RoleReason] = {}
        for role, patterns in self.role_overrides.items():
            if _matches_module(facts, patterns):
                reasons[role] = RoleReason(role, "assigned in [tool.mllens] roles", 1)
        for match in self.knowledge.module_matches(facts, self.ROLE_KINDS):
            role = match.rule.kind
            if role in reasons:
                continue
            framework = f"{match.rule.framework}: " if match.rule.framework else ""
            reasons[role] = RoleReason(role, f"{match.detail} at line {match.line} ({framework}{match.rule.says})", match.line)
        for role, patterns in self.role_removals.items():
            if role in reasons and _matches_module(facts, patterns):
                del reasons[role]
        return sorted(reasons.values(), key=lambda r: (self.ROLE_KINDS.index(r.role), r.line))

    def role(self, facts: FileFacts, role: str) -> RoleReason | None:
        return next((r for r in self.roles.get(facts.path, ()) if r.role == role), None)

    def files_with_role(self, role: str) -> list[FileFacts]:
        return [f for f in self.files if self.role(f, role) is not None]

    # -- calls -------------------------------------------------------------------------------
    def callers_of(self, qualified: str) -> list[tuple[FileFacts, CallFact]]:
        """Project call sites whose callee resolves to the project function ``qualified``."""
        index = self._caller_index()
        unique: dict[tuple[str, int], tuple[FileFacts, CallFact]] = {}
        for facts, call in index.get(qualified, []):
            unique.setdefault((facts.path, call.line), (facts, call))
        return list(unique.values())

    def _caller_index(self) -> dict[str, list[tuple[FileFacts, CallFact]]]:
        cached = getattr(self, "_callers", None)
        if cached is None:
            cached = {}
            for facts in self.files:
                for call in facts.calls:
                    if call.name in self.functions:
                        cached.setdefault(call.name, []).append((facts, call))
                    for name in call.arg_names:
                        qualified = f"{facts.module}.{name}" if facts.module else name
                        if qualified in self.functions and qualified != call.name:
                            cached.setdefault(qualified, []).append((facts, call))
            self._callers = cached
        return cached


def _matches_module(facts: FileFacts, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatchcase(facts.path, p) or fnmatch.fnmatchcase(facts.module, p) for p in patterns)
