"""Modules an import finds only once the code is deployed or run: copied next to it by a
build or deploy script, or on a folder the file itself puts on ``sys.path``.

A Lambda function, a CDK asset folder or a container build context is often assembled by a
script (``deploy.sh``, a Makefile recipe) that copies shared modules beside the handler::

    cp src/features.py functions/predict/
    cp -r src/common functions/predict/

The handler's ``from features import encode`` finds nothing in the repository as it is
checked in; once deployed it loads the copy, so the import graph links it to the source file
the script names. The destination is resolved from the repository root or from the
script's own folder (and the folders above it: scripts are run from several places), the
first that names a project file or folder wins.

A file that extends ``sys.path`` (``sys.path.append("../src")``) and then imports a name no
folder of its own answers finds it in the folder it added; when that folder is computed
(``Path(__file__).parents[1]``) the one project module with that name is taken, and none when
several share it.

A package the repository installs from a folder of its own (``pip install ./ml`` in the
app's Dockerfile, a monorepo's ``ml/setup.py`` or ``ml/pyproject.toml`` beside ``ml/humor/``
or ``ml/src/humor/``) is imported by its bare name from anywhere (``from humor import
Model`` in ``backend/app/deps.py``): an import nothing else answers loads that package when
exactly one such installable package carries the name.
"""

from __future__ import annotations

import posixpath
import sys
from typing import TYPE_CHECKING

from ...facts.records import NON_LITERAL
from ..knowledge import imported_roots

if TYPE_CHECKING:
    from ...facts.records import CallFact, FileFacts
    from ..project import Project

__all__ = ["staged_module"]


_SYS_PATH_CALLS = frozenset({"sys.path.append", "sys.path.insert", "sys.path.extend", "site.addsitedir"})


def staged_module(project: Project, facts: FileFacts, target: str) -> str | None:
    """The project module ``import target`` in ``facts`` loads from a staged copy or from a
    folder the file puts on ``sys.path``, or None; the edge note (which script or call, which
    line) is left in ``project.memo``."""
    found = _from_staged_copy(project, facts, target)
    if found is None:
        found = _from_sys_path(project, facts, target)
    if found is None:
        found = _from_installed_package(project, facts, target)
    return found


_DISTRIBUTION_FILES = ("setup.py", "pyproject.toml", "setup.cfg")


def _from_installed_package(project: Project, facts: FileFacts, target: str) -> str | None:
    """``from humor import HumorModel`` where the repository holds ``ml/setup.py`` (or
    ``pyproject.toml``) and ``ml/humor/__init__.py`` (or ``ml/src/humor/__init__.py``): the
    package that distribution installs, when it is the only installable package of that name
    (a standard-library or known library name is never taken for one)."""
    head, _, rest = target.partition(".")
    module = _installed_packages(project).get(head)
    if module is None or module == facts.module or head in _STANDARD_LIBRARY or _known_package(project, head):
        return None
    found = project.resolve_module(f"{module}.{rest}" if rest else module)
    if found is not None:
        folder = posixpath.dirname(project.modules[module].path)
        project.memo[("staged", facts.path, target)] = f"the package {folder}/ installed from its distribution folder"
    return found


def _installed_packages(project: Project) -> dict[str, str]:
    """Import name -> module of each package folder that sits in a folder with a distribution
    file (or in its ``src/``), below the repository root; names two such packages share are
    left out. Built once per project (every unresolved import of a library asks)."""
    cached = project.memo.get("installed packages")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    paths = [*project.by_path, *(config.path for config in project.configs)]  # pyproject.toml is a config file
    distributions = {posixpath.dirname(path) for path in paths if posixpath.basename(path) in _DISTRIBUTION_FILES}
    distributions.discard("")  # the root's own packages are found by their absolute names already
    found: dict[str, str] = {}
    shared: set[str] = set()
    if distributions:
        for path, other in project.by_path.items():
            if not path.endswith("/__init__.py") or other.kind != "py" or other.error:
                continue
            package = posixpath.dirname(path)
            parent = posixpath.dirname(package)
            if posixpath.basename(parent) == "src":
                parent = posixpath.dirname(parent)
            name = posixpath.basename(package)
            if parent not in distributions or not name.isidentifier():
                continue
            if name in found and found[name] != other.module:
                shared.add(name)
            found[name] = other.module
    table = {name: module for name, module in found.items() if name not in shared}
    project.memo["installed packages"] = table
    return table


def _from_sys_path(project: Project, facts: FileFacts, target: str) -> str | None:
    """``sys.path.append("../src")`` (or ``insert(0, os.path.join(os.path.dirname(__file__),
    "..", "src"))``) then ``from training import fit``: the folder it names, relative to the
    file; when the folder is computed some other way, the one project module of that name."""
    key = ("sys.path calls", facts.path)
    calls = project.memo.get(key)
    if calls is None:  # once per file: every unresolved (third-party) import asks
        calls = project.memo[key] = [c for c in facts.calls if c.name in _SYS_PATH_CALLS] if "sys" in imported_roots(facts) or "site" in imported_roots(facts) else []
    if not calls:
        return None
    head, _, rest = target.partition(".")
    here = posixpath.dirname(facts.path)
    for call in calls:
        for relative in _named_folders(facts, call):
            # relative to the file, else to the project root: sys.path takes a relative folder
            # from the working directory, the root for an app a container starts from there
            folders = [posixpath.normpath(posixpath.join(here, relative))]
            if here and not relative.startswith(".."):
                folders.append(posixpath.normpath(relative))
            for folder in folders:
                module = _module_at(project, "" if folder == "." else folder, head, rest)
                if module is not None:
                    project.memo[("staged", facts.path, target)] = f"found through {call.name}() at line {call.line}"
                    return module
    # the last resort is for folders computed some other way only: a literal folder that
    # holds no such module says the import is not from there (`import mlflow` after
    # `sys.path.append("../src")` is the library, not some project file named mlflow.py)
    if all(_named_folders(facts, call) for call in calls) or head in _STANDARD_LIBRARY or _known_package(project, head):
        return None
    index = project.memo.get("modules by last name")
    if index is None:
        index = {}
        for module in project.modules:
            index.setdefault(module.rpartition(".")[2], []).append(module)
        project.memo["modules by last name"] = index
    candidates = [m for m in index.get(head, ()) if m != facts.module]
    if len(candidates) != 1:
        return None
    module = project.resolve_module(f"{candidates[0]}.{rest}" if rest else candidates[0])
    if module is not None:
        project.memo[("staged", facts.path, target)] = f"found through {calls[0].name}() at line {calls[0].line} (the only project module named {head})"
    return module


_STANDARD_LIBRARY = frozenset(getattr(sys, "stdlib_module_names", ()))


def _known_package(project: Project, head: str) -> bool:
    """A package the knowledge files name (mlflow, sklearn, torch ...): never a project module
    found by its last name."""
    roots = project.memo.get("knowledge roots")
    if roots is None:
        roots = project.memo["knowledge roots"] = frozenset(  # a library's qualified names, not a bare method (`train`)
            rule.name.split(".", 1)[0] for rule in project.knowledge.rules if "." in getattr(rule, "name", "")
        )
    return head in roots


def _named_folders(facts: FileFacts, call: CallFact) -> list[str]:
    """Literal folders a sys.path call adds, relative to the file."""
    folders = [v for v in call.positional if isinstance(v, str) and v != NON_LITERAL and not v.startswith("/")]
    for join in facts.calls:  # os.path.join(os.path.dirname(__file__), "..", "src") on the same line
        if join.line == call.line and join.name == "os.path.join" and join.positional and join.positional[0] == NON_LITERAL:
            parts = join.positional[1:]
            if parts and all(isinstance(v, str) and v != NON_LITERAL for v in parts):
                folders.append(posixpath.join(*parts))  # type: ignore[arg-type]
    return folders


def _module_at(project: Project, folder: str, head: str, rest: str) -> str | None:
    parts = [head, *rest.split(".")] if rest else [head]
    for keep in range(len(parts), 0, -1):
        stem = posixpath.join(folder, *parts[:keep]) if folder else posixpath.join(*parts[:keep])
        for path in (f"{stem}.py", f"{stem}/__init__.py"):
            other = project.by_path.get(path)
            if other is not None and other.kind == "py" and not other.error:
                return other.module
    return None


def _from_staged_copy(project: Project, facts: FileFacts, target: str) -> str | None:
    table = _table(project)
    if not table:
        return None
    folder = posixpath.dirname(facts.path)
    head, _, rest = target.partition(".")
    found = table.get((folder, head))
    if found is None:
        return None
    source, where = found
    parts = rest.split(".") if rest else []
    module = None
    for keep in range(len(parts), -1, -1):
        stem = posixpath.join(source, *parts[:keep]) if parts[:keep] else source
        for path in (stem if stem.endswith(".py") else f"{stem}.py", f"{stem}/__init__.py"):
            other = project.by_path.get(path)
            if other is not None and other.kind == "py" and not other.error:
                module = other.module
                break
        if module is not None:
            break
    if module is not None:
        project.memo[("staged", facts.path, target)] = f"{head} is copied there by {where}"
    return module


def _table(project: Project) -> dict[tuple[str, str], tuple[str, str]]:
    """(destination folder, import name) -> (source path, "script:line"), built once."""
    cached = project.memo.get("staged copies")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    table: dict[tuple[str, str], tuple[str, str]] = {}
    scripts = [config for config in project.configs if config.extra.get("copies")]
    if not scripts:  # the common case: nothing is staged, and no folder index is needed
        project.memo["staged copies"] = table
        return table
    folders = project.memo.get("source folders")
    if folders is None:
        folders = set()
        for path in project.by_path:
            directory = posixpath.dirname(path)
            while directory and directory not in folders:
                folders.add(directory)
                directory = posixpath.dirname(directory)
        project.memo["source folders"] = folders
    for config in scripts:
        copies = config.extra.get("copies", ())
        bases = [""]
        directory = posixpath.dirname(config.path)
        while directory:
            bases.insert(1, directory)
            directory = posixpath.dirname(directory)
        for line, source, destination in copies:  # type: ignore[union-attr]
            for base in bases:
                path = posixpath.normpath(posixpath.join(base, source))
                is_file = path.endswith(".py") and path in project.by_path
                if not is_file and path not in folders:
                    continue
                into = posixpath.normpath(posixpath.join(base, destination))
                if destination.endswith(".py"):
                    into, name = posixpath.dirname(into), posixpath.basename(into)[:-3]
                else:
                    name = posixpath.basename(path)[:-3] if is_file else posixpath.basename(path)
                into = "" if into == "." else into
                if name.isidentifier():
                    table.setdefault((into, name), (path, f"{config.path}:{line}"))
                break
    project.memo["staged copies"] = table
    return table
