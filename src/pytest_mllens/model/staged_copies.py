"""Modules a build or deploy script copies next to the code that imports them.

A Lambda function, a CDK asset folder or a container build context is often assembled by a
script (``deploy.sh``, a Makefile recipe) that copies shared modules beside the handler::

    cp src/features.py functions/predict/
    cp -r src/common functions/predict/

The handler's ``from features import encode`` finds nothing in the repository as it is
checked in; once deployed it loads the copy, so the import graph links it to the source file
the script names. The destination is resolved from the repository root or from the
script's own folder (and the folders above it: scripts are run from several places), the
first that names a project file or folder wins.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..facts.records import FileFacts
    from .project import Project

__all__ = ["staged_module"]


def staged_module(project: Project, facts: FileFacts, target: str) -> str | None:
    """The project module ``import target`` in ``facts`` loads from a staged copy, or None;
    the edge note (which script, which line) is left in ``project.memo``."""
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
