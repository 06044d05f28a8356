"""The project model: modules, the import graph between them, and the role of each.

Built once per run from the per-file facts; checks read it and never parse anything.
Importing ``a.b.c`` runs ``a/__init__.py`` and ``a/b/__init__.py`` first, so the graph
links an importer to every package ``__init__`` on the way, and a module to its own
enclosing packages: a package ``__init__`` that imports training code drags training code
into everything that imports anything from the package.
"""

from __future__ import annotations

import builtins
import fnmatch
import hashlib
import time
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from ..facts.records import CallFact, FileFacts, FunctionFact
from .bound_steps import bound_steps, rebind
from .roles.entrypoints import Hosting, deployed_hosting
from .roles.launched_scripts import launched_modules
from .roles.model_hooks import in_definition_hook
from .knowledge import Knowledge, imported_roots
from .roles.plugin_imports import plugin_modules
from .roles.role_reason import RoleReason
from .roles.staged_copies import staged_module

__all__ = ["Edge", "Hosting", "Project", "RoleReason"]


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


def _edges_from(source: str, rows: tuple[tuple[str, int, bool, str], ...]) -> list[Edge]:
    """The edges of :meth:`Project._edge_rows`, each built as unpickling builds an instance (no
    ``__init__``: the fields set in its dictionary, in declaration order), so that they equal the
    edges the rows were made from."""
    built = []
    for target, line, lazy, note in rows:
        edge = _new(Edge)
        state = edge.__dict__
        state["source"] = source
        state["target"] = target
        state["line"] = line
        state["lazy"] = lazy
        state["note"] = note
        built.append(edge)
    return built


_new = object.__new__
_UNKNOWN = object()
_STAGED = object()
"""What :meth:`Project._resolve_in_folder` returns when only the importing file can tell
(``staged_module``)."""
if tuple(f.name for f in fields(Edge)) != ("source", "target", "line", "lazy", "note"):  # pragma: no cover - a guard for whoever adds a field
    raise TypeError("Edge gained a field: _edges_from and Project._edge_rows must carry it")


@dataclass
class Project:
    """Everything the checks read. ``files`` holds the facts of files that parsed."""

    files: list[FileFacts]
    knowledge: Knowledge
    settings: Any = None
    role_overrides: Mapping[str, Sequence[str]] = field(default_factory=dict)
    role_removals: Mapping[str, Sequence[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.memo: dict[Any, Any] = {}  # derived data several checks share, computed once
        for facts in self.files:
            # the root packages a file imports (knowledge.imported_roots, which the matchers and
            # release stages ask of most files), kept per file: a run with one file changed reads
            # no other file's imports for them (they stay encoded in the cache)
            if "imported_roots" not in facts.extra:
                facts.extra["imported_roots"] = self.knowledge.file_summary(facts, ("imported-roots",), imported_roots)
        # deployment files (Dockerfile, Procfile, YAML, pyproject) only name entry points
        self.configs: list[FileFacts] = [f for f in self.files if f.kind == "config"]
        if self.configs:
            self.files = [f for f in self.files if f.kind != "config"]
        self.modules: dict[str, FileFacts] = {}
        for facts in self.files:
            if facts.kind == "py" and not facts.error:
                self.modules.setdefault(facts.module, facts)
        self.by_path: dict[str, FileFacts] = {f.path: f for f in self.files}  # star imports resolve through it
        if any(self._has_stars(f) for f in self.files):
            self.files = [self._resolve_star_names(f) for f in self.files]
            by_path = {f.path: f for f in self.files}
            self.modules = {module: by_path[facts.path] for module, facts in self.modules.items()}
        bound = bound_steps(self.files)  # `register = step.with_options(...)` run from another module
        if bound:
            heads = frozenset(m.partition(".")[0] for m in bound)
            self.files = [rebind(f, bound, self.canonical, heads) for f in self.files]
            by_path = {f.path: f for f in self.files}
            self.modules = {module: by_path[facts.path] for module, facts in self.modules.items()}
        self.by_path = {f.path: f for f in self.files}
        self.functions: dict[str, tuple[FileFacts, FunctionFact]] = {}
        for facts in self.files:
            for function in facts.functions:
                self.functions[f"{facts.module}.{function.qualname}" if facts.module else function.qualname] = (facts, function)
        started = time.perf_counter()
        self.shape = self._shape()
        summary = self.knowledge.shaped_summary
        self.edges: dict[str, list[Edge]] = {f.module: _edges_from(f.module, summary(f, ("edge-rows",), self.shape, self._edge_rows)) for f in self.files if not f.error}
        graph = time.perf_counter()
        # a file's own roles depend on its facts, the rules and the configured roles only: kept per file
        assigned = repr([sorted((role, tuple(patterns)) for role, patterns in table.items()) for table in (self.role_overrides, self.role_removals)])
        self.roles: dict[str, list[RoleReason]] = {f.path: list(summary(f, ("roles",), assigned, self._roles_of)) for f in self.files if not f.error}
        self.hosting: dict[str, Hosting] = {}
        self._add_deployed_hosting()
        self._add_derived_roles()
        self.timings = {"import graph": graph - started, "roles": time.perf_counter() - graph}

    def _shape(self) -> str:
        """A digest of what one file's import edges depend on besides its own facts: every file's
        path, module name, kind and whether it parsed (the names imports resolve against, the
        folders and the scripts a launch names) and the copies deploy scripts make (staged
        modules). An edit that changes what a file calls or imports keeps the shape, so every
        other file's edges are taken from the cache (``Knowledge.shaped_summary``)."""
        hasher = hashlib.blake2b(digest_size=16)
        for facts in self.files:
            hasher.update(f"{facts.path}\0{facts.module}\0{facts.kind}\0{bool(facts.error)}\n".encode("utf-8", "surrogatepass"))
        for config in self.configs:
            hasher.update(f"{config.path}\0{config.extra.get('copies', ())!r}\n".encode("utf-8", "surrogatepass"))
        return hasher.hexdigest()

    # -- imports -----------------------------------------------------------------------------
    def resolve_module(self, target: str) -> str | None:
        """The project module that importing ``target`` loads (longest existing prefix)."""
        name = target
        while name:
            if name in self.modules:
                return name
            name = name.rpartition(".")[0]
        head, _, inner = target.partition(".")
        if inner:  # `from src.evaluate import f` run from the repository root, `src/` a source root
            found = self.resolve_module(inner) if inner != target else None
            if found is not None and self.modules[found].path.startswith(f"{head}/"):
                return found
        return None

    def resolve_import(self, facts: FileFacts, target: str) -> str | None:
        """The project module an import in ``facts`` loads, as Python finds it when the file
        runs: a script's own directory is first on ``sys.path``, so in a directory without
        ``__init__.py`` (a SageMaker ``source_dir``, a container ``src/``, a course folder)
        ``from training import fit`` loads the sibling ``training.py``. In a package the
        absolute name wins, and the sibling is the fallback (a script run from inside it)."""
        folder = facts.module if facts.path.endswith("__init__.py") else facts.module.rpartition(".")[0]
        memo: dict[tuple[str, str], Any] = self.memo.setdefault("imports by folder", {})
        found = memo.get((folder, target), _UNKNOWN)
        if found is _UNKNOWN:
            found = memo[(folder, target)] = self._resolve_in_folder(folder, target)
        # a module a deploy script copies next to this one, or a folder the file puts on
        # sys.path (model/roles/staged_copies.py): asked of the file itself, never remembered
        return staged_module(self, facts, target) if found is _STAGED else found

    def _resolve_in_folder(self, folder: str, target: str) -> Any:
        """:meth:`resolve_import` for a file in ``folder``, up to where the file itself decides:
        the module (or None), or ``_STAGED`` when only a staged copy or the file's own sys.path
        edits can tell. It reads the module table alone, so it is remembered by folder and
        target: a run that resolves every file's imports (the project's shape changed) asks
        the same few thousand pairs about 20,000 times at 2,000 files."""
        if folder and target.startswith(folder + "."):
            return self._importable(target)
        if not folder:  # a file at the root: what the root holds, else a folder it puts on sys.path
            return self._importable(target) or _STAGED
        head = target.split(".")[0]
        if f"{folder}.{head}" in self.modules or f"{folder}.{head}" in self._namespaces():
            if folder in self.modules:  # a package: the absolute import first
                return self._importable(target) or self._importable(f"{folder}.{target}")
            return self._importable(f"{folder}.{target}") or self._importable(target)
        found = self._importable(target)
        if found is not None and not (found == head and self.modules[found].path.endswith("__init__.py") and target != head):
            return found
        # `found` is at most a top-level package that lacks the submodule asked for: an
        # enclosing folder that has it comes first (below), the package is the fallback
        # `from steps import x` in project/pipelines/run_inference.py, where the project runs
        # from project/ (its entry script there puts it first on sys.path): the nearest
        # enclosing directory that holds `steps`, even when an unrelated top-level `steps/`
        # exists that has no such module (it would otherwise hide the import chain)
        parent = folder.rpartition(".")[0]
        while parent:
            if f"{parent}.{head}" in self.modules or f"{parent}.{head}" in self._namespaces():
                nearer = self._importable(f"{parent}.{target}")
                if nearer is not None or (head not in self.modules and head not in self._namespaces()):
                    return nearer or _STAGED
            parent = parent.rpartition(".")[0]
        if found is not None or head in self.modules or head in self._namespaces():
            return found
        return _STAGED

    def _submodule_of_plain(self, found: str, target: str) -> bool:
        """Is ``found`` a plain module (no ``__init__.py``) that ``target`` names a submodule of?"""
        return found != target and not target.endswith(f".{found}") and not self.modules[found].path.endswith("__init__.py") and f".{found.rpartition('.')[2]}." in f".{target}"

    def _importable(self, target: str) -> str | None:
        """:meth:`resolve_module` for an import statement's target: a plain module (``models.py``)
        has no submodules, so ``from models.instance import Instance`` does not load it (that
        ``models`` is a package the project ships elsewhere, in an image or an install)."""
        found = self.resolve_module(target)
        if found is None or found == target or self.modules[found].path.endswith("__init__.py"):
            return found
        inner = target.partition(".")[2]  # resolve_module's `src.`-rooted fallback drops the head
        rest = target[len(found) + 1 :] if target.startswith(f"{found}.") else inner[len(found) + 1 :] if inner.startswith(f"{found}.") else ""
        return found if "." not in rest else None

    def _namespaces(self) -> frozenset[str]:
        """Dotted names of directories that hold project modules (namespace packages too)."""
        cached = self.memo.get("namespaces")
        if cached is None:
            names = set()
            for module in self.modules:
                parts = module.split(".")
                names.update(".".join(parts[:i]) for i in range(1, len(parts)))
            cached = self.memo["namespaces"] = frozenset(names)
        return cached  # type: ignore[no-any-return]

    def canonical(self, name: str, depth: int = 0) -> str:
        """Follow re-exports: ``model.fit_model``, bound in ``model/__init__.py`` by
        ``from .trainer import fit_model`` (or a star import), is ``model.trainer.fit_model``."""
        module = self.resolve_module(name)
        if module is not None and module != name and not name.startswith(f"{module}."):
            name = name.partition(".")[2]  # `src.evaluate.f` where `src/` is a source root
        if module is None or module == name or depth > 8:
            return name
        facts = self.modules[module]
        attr, _, rest = name[len(module) + 1 :].partition(".")
        if any(f.qualname == attr for f in facts.functions) or any(c.qualname == attr for c in facts.classes):
            return name
        for imported in facts.imports:
            if imported.local == attr and not imported.type_checking and not imported.dynamic:
                target = imported.target
                if imported.module == target and attr == target.split(".")[0]:
                    target = attr  # `import a.b` binds `a`
                return self.canonical(f"{target}.{rest}" if rest else target, depth + 1)
        for imported in facts.imports:
            if imported.star and not imported.type_checking:
                origin = self.resolve_module(imported.target)
                if origin == imported.target and attr in self.top_level_names(origin):
                    return self.canonical(f"{origin}.{attr}" + (f".{rest}" if rest else ""), depth + 1)
        return name

    def top_level_names(self, module: str) -> frozenset[str]:
        """Names a project module defines or imports at top level (what ``import *`` binds)."""
        facts = self.modules.get(module)
        if facts is None:
            return frozenset()
        cached = facts.extra.get("top_level_names")
        if cached is None:
            names = {f.qualname for f in facts.functions if "." not in f.qualname}
            names.update(c.qualname for c in facts.classes if "." not in c.qualname)
            names.update(i.local for i in facts.imports if i.local and not i.lazy and not i.type_checking)
            cached = frozenset(n for n in names if not n.startswith("_"))
            facts.extra["top_level_names"] = cached
        return cached  # type: ignore[return-value]

    def imported_names(self, facts: FileFacts) -> frozenset[str]:
        """The local names the imports of ``facts`` bind (``from handlers import model_fn`` binds
        ``model_fn``), kept per file like :meth:`_has_stars`: a question the role finders ask of
        every file, answered without reading its imports."""
        return self.knowledge.file_summary(facts, ("imported-names",), lambda f: frozenset(i.local for i in f.imports if i.local))

    def _has_stars(self, facts: FileFacts) -> bool:
        """Does ``facts`` import ``*`` (outside ``TYPE_CHECKING``)? Kept per file, so a run with one
        file changed reads no other file's imports to learn it (they stay encoded in the cache)."""
        return self.knowledge.file_summary(facts, ("star-imports",), lambda f: any(i.star and not i.type_checking for i in f.imports))

    def _resolve_star_names(self, facts: FileFacts) -> FileFacts:
        """Resolve calls to names that a ``from m import *`` bound: to ``m.name`` when the
        project module ``m`` defines or imports ``name``; for one star import of an outside
        library, to ``library.name`` (a name no import, definition, parameter or builtin binds,
        called bare or with a class-like head)."""
        if facts.error or not self._has_stars(facts):
            return facts
        stars = [i for i in facts.imports if i.star and not i.type_checking]
        # the module each star loads, found as any import of the file is (`from utils import *`
        # in a script folder binds the sibling utils.py); only a whole module counts, not a prefix
        loaded = {i.target: self.resolve_import(facts, i.target) for i in stars}
        loaded = {target: module for target, module in loaded.items() if module is not None and (module == target or module.endswith(f".{target}"))}
        project_stars = sorted(((i.line, loaded[i.target]) for i in stars if i.target in loaded), reverse=True)
        outside = [i.target for i in stars if i.target not in loaded and self.resolve_module(i.target) is None]
        if not project_stars and len(outside) != 1:
            return facts  # nothing a star binds can be told apart: no call changes
        bound_by = {module: self.top_level_names(module) for _, module in project_stars}
        # which calls a star binds depends on the file's own facts and on these only: kept per
        # file under their digest, so that a run reads the calls of a file whose stars bind none
        # of them (and most do not) only when the stars or the names they bind change
        inputs = repr((project_stars, outside, sorted((module, sorted(names)) for module, names in bound_by.items())))
        shape = hashlib.blake2b(inputs.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        found = self.knowledge.shaped_summary(facts, ("star-bound-calls",), shape, lambda f: _star_bound_calls(f, project_stars, outside, bound_by))
        if not found:
            return facts
        calls = list(facts.calls)
        changed: list[tuple[int, str]] = []
        for index, origin, head, rest in found:
            qualified = self.canonical(f"{origin}.{head}") + (f".{rest}" if rest else "")
            calls[index] = replace(calls[index], name=qualified, resolved=True)
            changed.append((index, qualified))
        if not changed:
            return facts
        resolved = replace(facts, calls=tuple(calls))
        # what is derived from the resolved facts is kept with the file's own (Knowledge.variant)
        self.knowledge.variant(facts, resolved, tuple(changed))
        return resolved

    def _packages_on_the_way(self, module: str) -> list[str]:
        parts = module.split(".")
        return [p for p in (".".join(parts[:i]) for i in range(1, len(parts))) if p in self.modules]

    def _edge_rows(self, facts: FileFacts) -> tuple[tuple[str, int, bool, str], ...]:
        """The file's import edges as the summary keeps them: ``(target, line, lazy, note)`` rows
        (the source is the file's module). A run with one file changed loads every other file's
        rows; as rows they unpickle in a fifth of the time dataclass instances take (15,000 edges
        at 2,000 files: 0.025 -> 0.005 s of CPU), and :func:`_edges_from` builds the edges."""
        return tuple(self._edges_of(facts))

    def _edges_of(self, facts: FileFacts) -> list[tuple[str, int, bool, str]]:
        """The rows of :meth:`_edge_rows`, sorted as their edges sort (one source: by target),
        built as rows: a frozen ``Edge`` per import and its generated ordering cost a run whose
        shape changed about a fifth of resolving every file's imports again."""
        edges: dict[str, tuple[str, int, bool, str]] = {}
        module = facts.module

        def add(target: str, line: int, lazy: bool = False, note: str = "") -> None:
            if target != module and target not in edges:
                edges[target] = (target, line, lazy, note)

        for package in self._packages_on_the_way(facts.module):
            add(package, 1, note=f"its enclosing package {package}/__init__.py runs first")
        for imported in sorted(facts.imports, key=lambda i: (i.lazy, i.line)):
            if imported.type_checking:
                continue
            target = self.resolve_import(facts, imported.target)
            if imported.dynamic and imported.partial:
                # `import_module(f"churn.handlers.{kind}")`: the modules of churn/handlers/ (a
                # package or a plain folder), not of a parent package the name falls back to
                folder = target if target is not None and (target == imported.target or target.endswith(f".{imported.target}")) else imported.target
                for plugin in plugin_modules(folder, self.modules) if folder in self._namespaces() else ():
                    add(plugin, imported.line, imported.lazy, note=f"importlib.import_module(f\"{folder}.{{...}}\") may load it")
            if target is None or (imported.module == imported.target and not imported.dynamic and self._submodule_of_plain(target, imported.target)):
                continue  # `import models.instance` cannot load a plain models.py
            for package in self._packages_on_the_way(target):
                add(package, imported.line, imported.lazy, note=f"importing {target} runs the package {package}/__init__.py")
            note = ""
            if imported.dynamic:
                note = "importlib.import_module with a computed name: its package runs" if imported.partial else "importlib.import_module"
            elif imported.star:
                note = "from ... import *"
            else:
                note = self.memo.get(("staged", facts.path, imported.target), "")
            add(target, imported.line, imported.lazy, note=note)
        for line, lazy, target, command in launched_modules(self, facts):
            add(target, line, lazy, note=f"runs `{command}` in a child process")
        return sorted(edges.values())

    def shortest_chains(self, start: str, stop: Iterable[str], eager_only: bool = False) -> dict[str, list[Edge]]:
        """Shortest import chain from ``start`` to each reachable module in ``stop``.

        The search does not continue past a ``stop`` module: the first offending module on
        a path is the one to report. ``eager_only`` follows only imports that run when the
        module is imported (not those inside functions).
        """
        targets = frozenset(stop)
        useful = self._reaching(targets)
        previous: dict[str, Edge] = {}
        seen = {start}
        queue = deque([start])
        found: dict[str, list[Edge]] = {}
        while queue:
            current = queue.popleft()
            for edge in self.edges.get(current, ()):
                if edge.target in seen or edge.target not in useful or (eager_only and edge.lazy):
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

    def _reaching(self, targets: frozenset[str]) -> set[str]:
        """Modules from which some target can be reached (targets included), computed once
        per target set by one backward search, so that each forward search from a hosting
        module skips every branch of the graph that leads nowhere."""
        key = ("reaching", targets)
        cached = self.memo.get(key)
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        backward = self.memo.get("backward")
        if backward is None:
            backward = self.memo["backward"] = {}
            for edges in self.edges.values():
                for edge in edges:
                    backward.setdefault(edge.target, []).append(edge.source)
        reached = set(targets)
        queue = deque(targets)
        while queue:
            for source in backward.get(queue.popleft(), ()):
                if source not in reached:
                    reached.add(source)
                    queue.append(source)
        self.memo[key] = reached
        return reached

    # -- roles -------------------------------------------------------------------------------
    ROLE_KINDS = ("hosting", "training", "evaluation", "pipeline", "monitoring")

    def _roles_of(self, facts: FileFacts) -> list[RoleReason]:
        reasons: dict[str, RoleReason] = {}
        for role, patterns in self.role_overrides.items():
            if _matches_module(facts, patterns):
                reasons[role] = RoleReason(role, "assigned in [tool.mllens] roles", 1)
        for match in self.knowledge.module_matches(facts, self.ROLE_KINDS):
            role = match.rule.kind
            if role in reasons or (role == "training" and match.rule.match in ("call", "method") and in_definition_hook(facts, match.line)):
                continue  # apply_gradients inside a Keras model's own train_step defines the model
            framework = f"{match.rule.framework}: " if match.rule.framework else ""
            where = facts.location(match.line) if facts.origin else f"line {match.line}"  # a %%writefile script: its notebook cell
            reasons[role] = RoleReason(role, f"{match.detail} at {where} ({framework}{match.rule.says})", match.line)
        for role, patterns in self.role_removals.items():
            if role in reasons and _matches_module(facts, patterns):
                del reasons[role]
        return sorted(reasons.values(), key=lambda r: (self.ROLE_KINDS.index(r.role), r.line))

    def _add_deployed_hosting(self) -> None:
        """Hosting found from how code is deployed (see :mod:`.entrypoints`), for modules
        whose own calls did not already say so; ``[tool.mllens] not-roles`` still wins."""
        self.hosting = deployed_hosting(self)
        removals = self.role_removals.get("hosting", ())
        for path, hosting in sorted(self.hosting.items()):
            facts = self.by_path[path]
            reasons = self.roles.setdefault(path, [])
            if any(r.role == "hosting" for r in reasons) or (removals and _matches_module(facts, removals)):
                del self.hosting[path]
                continue
            reasons.append(RoleReason("hosting", hosting.reason, hosting.line))
            reasons.sort(key=lambda r: (self.ROLE_KINDS.index(r.role), r.line))

    def role_by_knowledge(self, facts: FileFacts, roles: Sequence[str]) -> RoleReason | None:
        """The first of ``roles`` the knowledge rules (or configuration) gave ``facts``."""
        return next((r for r in self.roles.get(facts.path, ()) if r.role in roles), None)

    def _add_derived_roles(self) -> None:
        """Roles that one file's knowledge matches cannot give: training through a typed
        project factory (model/roles/typed_results.py) and hand-written monitoring (a gauge
        defined in another module, a PSI function called elsewhere; model/roles/monitoring.py)
        need the whole project."""
        from .roles.monitoring import derived_monitoring_roles
        from .roles.retraining_routes import retraining_route_roles
        from .roles.typed_results import typed_result_roles

        for facts, reason in (*typed_result_roles(self), *retraining_route_roles(self), *derived_monitoring_roles(self)):
            reasons = self.roles.get(facts.path)
            removals = self.role_removals.get(reason.role, ())
            if reasons is None or any(r.role == reason.role for r in reasons) or (removals and _matches_module(facts, removals)):
                continue
            reasons.append(reason)
            reasons.sort(key=lambda r: (self.ROLE_KINDS.index(r.role), r.line))
        self.memo.pop("roles", None)  # the role index may have been built while deriving
        from .roles.monitoring import validates_splits_only

        for facts in [f for f in self.files if validates_splits_only(self, f)]:
            self.roles[facts.path] = [r for r in self.roles[facts.path] if r.role != "monitoring"]
        self.memo.pop("roles", None)

    def role(self, facts: FileFacts, role: str) -> RoleReason | None:
        index = self.memo.get("roles")
        if index is None:
            index = self.memo["roles"] = {(path, r.role): r for path, reasons in self.roles.items() for r in reversed(reasons)}
        return index.get((facts.path, role))  # type: ignore[no-any-return]

    def files_with_role(self, role: str) -> list[FileFacts]:
        return [f for f in self.files if self.role(f, role) is not None]

    @property
    def release_flow(self) -> Any:
        """The release-flow graph (``model/releases/release_flow.py``), built on first use and shared."""
        from .releases.release_flow import release_flow

        return release_flow(self)

    # -- calls -------------------------------------------------------------------------------
    def function(self, name: str) -> tuple[FileFacts, FunctionFact] | None:
        """The project function a qualified name refers to, through re-exports."""
        found = self.functions.get(name)
        if found is None and "." in name:
            found = self.functions.get(self.canonical(name))
        return found

    def function_called(self, facts: FileFacts, call: CallFact) -> tuple[FileFacts, FunctionFact] | None:
        """The project function a call in ``facts`` names, its module found as the file finds
        it when it runs (``from pipelines import build`` beside it, in a folder without
        ``__init__.py``, or in an enclosing folder), not only by its absolute name."""
        found = self.function(call.name)
        if found is None and call.resolved:
            qualified = self._function_name_from(facts, call.name)
            found = self.functions.get(qualified) if qualified else None
        return found

    def callers_of(self, qualified: str) -> list[tuple[FileFacts, CallFact]]:
        """Project call sites whose callee resolves to the project function ``qualified``, or
        that pass it along (a callback, ``PythonOperator(python_callable=f)``)."""
        memo: dict[str, list[tuple[FileFacts, CallFact]]] = self.memo.setdefault("callers_of", {})
        found = memo.get(qualified)
        if found is None:
            found = memo[qualified] = self._find_callers(qualified)
        return found

    def _find_callers(self, qualified: str) -> list[tuple[FileFacts, CallFact]]:
        """Only the files that name the function's last name in a call, an argument or a
        reference are read (an index of per-file summaries): resolving every call of every
        file, as one index of all callers did, decoded and walked each file's calls on every
        run, a changed file or not."""
        short = qualified.rpartition(".")[2]
        unique: dict[tuple[str, int], tuple[FileFacts, CallFact]] = {}
        for facts in self.files_naming(short):
            for call in facts.calls:
                last = call.name.rpartition(".")[2]
                if last != short and short not in call.arg_names and not any(ref.rpartition(".")[2] == short for _, ref in call.references):
                    continue
                callee = self._function_name(call.name) or (self._function_name_from(facts, call.name) if call.resolved else "")
                if callee == qualified:
                    unique.setdefault((facts.path, call.line), (facts, call))
                    continue
                passed = {f"{facts.module}.{name}" if facts.module else name for name in call.arg_names}
                passed.update(self._function_name(ref) for _, ref in call.references)
                if qualified in passed and qualified in self.functions:
                    unique.setdefault((facts.path, call.line), (facts, call))
        return list(unique.values())

    def files_naming(self, short: str) -> list[FileFacts]:
        """The files that call, pass or reference a name whose last part is ``short``, from
        per-file summaries: a lookup of one function's or class's uses reads only these."""
        index: dict[str, list[FileFacts]] | None = self.memo.get("files by called name")
        if index is None:
            index = {}
            for facts in self.files:
                for name in self.knowledge.file_summary(facts, ("called-names",), _called_names):
                    index.setdefault(name, []).append(facts)
            self.memo["files by called name"] = index
        return index.get(short, [])

    def function_name(self, name: str) -> str:
        """The qualified name of the project function ``name`` refers to (through
        re-exports), or ""."""
        return self._function_name(name)

    def _function_name_from(self, facts: FileFacts, name: str) -> str:
        """The project function a call in ``facts`` names when its module part resolves only
        from where the file runs: ``from utils import reg`` in proj/blocks/release.py, run with
        proj/ first on sys.path, calls ``utils.reg.register``, which is proj.utils.reg's
        (``resolve_import`` finds it in the enclosing folders). Only for a call resolved through
        the file's imports: a method called on a local or a parameter names no module."""
        module, _, attr = name.rpartition(".")
        if not module:
            return ""
        memo = self.memo.setdefault("modules_from", {})
        key = (facts.path, module)  # resolve_import reads the file's own sys.path edits too
        found = memo.get(key)
        if found is None:
            found = memo[key] = self.resolve_import(facts, module) or ""
        return self._function_name(f"{found}.{attr}") if found and found != module else ""

    def _function_name(self, name: str) -> str:
        """The project function ``name`` refers to, or "": remembered by name, since a
        project calls the same few thousand names hundreds of thousands of times."""
        if name in self.functions:
            return name
        names = self.__dict__.setdefault("_function_names", {})
        found = names.get(name)
        if found is None:
            canonical = self.canonical(name) if "." in name else name
            found = names[name] = canonical if canonical in self.functions else ""
        return found  # type: ignore[no-any-return]


def _star_bound_calls(facts: FileFacts, project_stars: list[tuple[int, str]], outside: list[str], bound_by: Mapping[str, frozenset[str]]) -> tuple[tuple[int, str, str, str], ...]:
    """``(position, origin, head, rest)`` of each call of ``facts`` that a star import binds:
    ``origin`` is the project module whose star (the last before the call) binds ``head``, or the
    one outside library a lone outside star names (see ``Project._resolve_star_names``)."""
    params = {f.qualname: f.params for f in facts.functions}
    bound = frozenset().union(*bound_by.values())  # a cheap test first
    single = len(outside) == 1
    found: list[tuple[int, str, str, str]] = []
    for index, call in enumerate(facts.calls):
        if call.resolved or not call.name:
            continue
        head, _, rest = call.name.partition(".")
        if head not in bound and not single:
            continue
        origin = next((m for line, m in project_stars if line <= call.line and head in bound_by[m]), None) if head in bound else None
        if origin is None and single and not hasattr(builtins, head) and (not rest or head[:1].isupper()) and head not in params.get(call.scope, ()):
            # a bare call (Sequential()) or a class-like head (Sequential.fit); never a
            # parameter or lower-case local (tokenizer.fit), which the star did not bind
            origin = outside[0]
        if origin is not None:
            found.append((index, origin, head, rest))
    return tuple(found)



def _called_names(facts: FileFacts) -> tuple[str, ...]:
    """The last names this file calls, passes as arguments or references: what
    :meth:`Project.callers_of` looks a function up by (kept per file)."""
    names = {call.name.rpartition(".")[2] for call in facts.calls}
    for call in facts.calls:
        names.update(call.arg_names)
        names.update(ref.rpartition(".")[2] for _, ref in call.references)
    return tuple(sorted(names))

def _matches_module(facts: FileFacts, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatchcase(facts.path, p) or fnmatch.fnmatchcase(facts.module, p) for p in patterns)
