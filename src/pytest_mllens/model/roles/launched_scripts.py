"""Scripts a module runs in a child process: ``os.system("python main.py")``.

A web app whose ``/train`` route runs ``os.system("python main.py")`` or
``subprocess.run("python -m pipeline.train", shell=True)`` trains in the serving container as
surely as one that imports the training module: the training code and its dependencies ship
with the server and the training run takes the server's resources. The import graph links such
a module to the script it runs, so ML001 follows the chain from there.

Only the literal text of a command is read (the launch calls are ``[launchers]`` in
data/entrypoints.toml): a string, an argument list of literal strings (``["python",
"train.py"]``) or the fixed text of a computed string (``f"python train.py --epochs {n}"``);
a command held in a variable is not, and the script must be a project file or module:
``python X.py`` is resolved from the launching file's folder, then from the project root;
``python -m pkg.mod`` by module name. :func:`server_launch` reads the same commands for the
start of a web server (``uvicorn app:app``), which a container entry script that trains first
must not do.
"""

from __future__ import annotations

import functools
import os
import re
import shlex
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge, launchers
from ...facts.records import NON_LITERAL, FileFacts

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["launch_command", "launched_modules", "server_launch"]

_PYTHON = re.compile(r"^(?:.*/)?python[\d.]*$")
_SEPARATORS = re.compile(r"&&|\|\||;|\|")
_ENV_ASSIGNMENT = re.compile(r"^[A-Za-z_]\w*=")


@functools.lru_cache(maxsize=1)
def _server_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """App servers (``uvicorn``), script runners (``streamlit``) and in-process server calls."""
    document = knowledge()
    commands = document.get("commands", {})
    runners = frozenset(word for word, _ in commands.get("script-runners", ()))
    return frozenset(commands.get("app-servers", ())), runners, frozenset(document.get("launchers", {}).get("server-calls", ()))


def launch_command(facts: FileFacts, index: int) -> str:
    """The command call ``index`` (a launcher) runs: its literal string, its argument list as
    one shell-quoted text, or a computed string's fixed text (each computed part ``{}``);
    ``""`` when none of these is known."""
    call = facts.calls[index]
    command = call.positional[0] if call.positional else call.keyword("args") or call.keyword("command")
    if isinstance(command, str) and command != NON_LITERAL:
        return command
    for scope, name, text in facts.extra.get("strings", ()):  # type: ignore[attr-defined]
        if name == f"#{index}:argv" and scope == call.scope:
            return text
    return ""


def server_launch(facts: FileFacts) -> tuple[int, str] | None:
    """The first call of ``facts`` that starts a web server (line, what it runs): a launcher
    whose command starts an app server or a script runner (``uvicorn app:app``,
    ``python -m gunicorn ...``, ``streamlit run ui.py``), or an in-process server call."""
    servers, runners, calls = _server_words()
    launch_calls = launchers()
    for index, call in enumerate(facts.calls):
        if not call.resolved:
            continue
        if call.name in calls:
            target = call.positional[0] if call.positional else call.keyword("app")
            shown = f"{target!r}" if isinstance(target, str) and target != NON_LITERAL else "..."
            return call.line, f"{call.name}({shown})"
        if call.name not in launch_calls:
            continue
        command = launch_command(facts, index)
        for piece in _SEPARATORS.split(command) if command else ():
            try:
                words = [w.rpartition("/")[2] for w in shlex.split(piece)]
            except ValueError:
                continue
            while words and (words[0] == "exec" or _ENV_ASSIGNMENT.match(words[0])):
                words = words[1:]  # `PORT=8000 exec uvicorn ...`
            if words and _PYTHON.match(words[0]) and len(words) > 2 and words[1] == "-m":
                words = words[2:]
            if words and (words[0] in servers or words[0] in runners):
                return call.line, f"{call.name.rpartition('.')[2]}({piece.strip()!r})"
    return None


def launched_modules(project: Project, facts: FileFacts) -> Iterator[tuple[int, bool, str, str]]:
    """(line, inside a function, project module, command) for each project script ``facts`` runs."""
    # the positions of the launch calls, a function of the file's facts and the package's data:
    # kept per file (Knowledge.file_summary), so resolving the edges again reads no other calls
    for index in project.knowledge.file_summary(facts, ("launch-calls",), _launch_positions):
        call = facts.calls[index]
        command = launch_command(facts, index)
        if not command:
            continue
        for piece in _SEPARATORS.split(command):
            module = _script_module(project, facts, piece)
            if module is not None and module != facts.module:
                yield call.line, bool(call.scope), module, piece.strip()


def _launch_positions(facts: FileFacts) -> tuple[int, ...]:
    launch_calls = launchers()
    return tuple(index for index, call in enumerate(facts.calls) if call.name in launch_calls and call.resolved)


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
