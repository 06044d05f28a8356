"""Scripts a module runs in a child process: ``os.system("python main.py")``.

A web app whose ``/train`` route runs ``os.system("python main.py")`` or
``subprocess.run("python -m pipeline.train", shell=True)`` trains in the serving container as
surely as one that imports the training module: the training code and its dependencies ship
with the server and the training run takes the server's resources. The import graph links such
a module to the script it runs, so ML001 follows the chain from there.

Only a literal command string is read (the launch calls are ``[launchers]`` in
data/entrypoints.toml); an argument list (``["python", "train.py"]``) or a computed command is
not, and the script must be a project file or module: ``python X.py`` is resolved from the
launching file's folder, then from the project root; ``python -m pkg.mod`` by module name.
"""

from __future__ import annotations

import functools
import os
import re
import shlex
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge
from ...facts.records import NON_LITERAL, FileFacts

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["launched_modules"]

_PYTHON = re.compile(r"^(?:.*/)?python[\d.]*$")
_SEPARATORS = re.compile(r"&&|\|\||;|\|")


@functools.lru_cache(maxsize=1)
def _launchers() -> frozenset[str]:
    return frozenset(knowledge().get("launchers", {}).get("calls", ()))


def launched_modules(project: Project, facts: FileFacts) -> Iterator[tuple[int, bool, str, str]]:
    """(line, inside a function, project module, command) for each project script ``facts`` runs."""
    launchers = _launchers()
    for call in facts.calls:
        if call.name not in launchers or not call.resolved:
            continue
        command = call.positional[0] if call.positional else call.keyword("args") or call.keyword("command")
        if not isinstance(command, str) or command == NON_LITERAL:
            continue
        for piece in _SEPARATORS.split(command):
            module = _script_module(project, facts, piece)
            if module is not None and module != facts.module:
                yield call.line, bool(call.scope), module, piece.strip()


def _script_module(project: Project, facts: FileFacts, piece: str) -> str | None:
    try:
        tokens = shlex.split(piece)
    except ValueError:
        return None
    start = next((i for i, token in enumerate(tokens) if _PYTHON.match(token)), None)
    if start is None:
        return None
    rest = tokens[start + 1 :]
    while rest and rest[0].startswith("-") and rest[0] != "-m":
        rest = rest[1:]  # python -u train.py
    if not rest:
        return None
    if rest[0] == "-m":
        if len(rest) < 2:
            return None
        name = rest[1]
        found = project.modules.get(name) or project.modules.get(f"{name}.__main__")
        return found.module if found is not None else None
    script = rest[0]
    if not script.endswith(".py") or script.startswith("/"):
        return None
    folder = facts.path.rpartition("/")[0]
    for candidate in (os.path.join(folder, script), script):
        path = os.path.normpath(candidate).replace("\\", "/")
        found = project.by_path.get(path)
        if found is not None and found.kind == "py" and not found.error:
            return found.module
    return None
