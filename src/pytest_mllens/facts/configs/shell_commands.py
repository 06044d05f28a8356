"""Which project scripts a block of shell commands runs, and whether each one's failure stops it.

CI steps (``run:``, ``script:``), Makefile recipes and shell scripts run commands one after
another; an evaluation script that exits non-zero when a metric misses gates what runs after
it only when its failure stops the block: under ``set -e`` (GitHub Actions and GitLab CI run
bash that way), chained with ``&&``, or as the block's last command (its exit status is the
step's), and never when ``|| true`` or an ``if`` catches it. Read as text with a word scan
(no shell); it never fails.
"""

from __future__ import annotations

import posixpath
import re
import shlex
from dataclasses import dataclass

from .continued_lines import continued_lines

__all__ = ["Command", "commands", "script_path"]

_PYTHON = re.compile(r"^(?:python[\d.]*|ipython[\d.]*|py)$")
_WRAPPERS = {
    ("poetry", "run"), ("uv", "run"), ("pipenv", "run"), ("pdm", "run"), ("hatch", "run"), ("rye", "run"),
    ("conda", "run"), ("mamba", "run"), ("micromamba", "run"), ("dotenv", "run"), ("uvx", ""),
    ("time", ""), ("sudo", ""), ("exec", ""), ("nohup", ""), ("env", ""), ("xvfb-run", ""), ("command", ""),
}
_WRAPPER_VALUE_FLAGS = frozenset({"-n", "--name", "-p", "--prefix", "-e", "--env", "--env-file", "--with", "--python", "-f"})
_PYTHON_VALUE_FLAGS = frozenset({"-W", "-X", "-Q"})
_ROOT_VARIABLES = re.compile(
    r"^(?:\$\{\{\s*github\.workspace\s*\}\}|\$\{?GITHUB_WORKSPACE\}?|\$\{?CI_PROJECT_DIR\}?|\$\{?PWD\}?|\$\(pwd\)|\$\(CURDIR\)"
    r"|\$\((?:Build\.SourcesDirectory|System\.DefaultWorkingDirectory|Pipeline\.Workspace|Build\.Repository\.LocalPath)\))/",
    re.IGNORECASE,
)
_WORTH_READING = re.compile(r"py|\.ipynb|papermill|jupyter|make|MAKE|\bcd\b")
_WORKSPACE = re.compile(r"\$\{\{\s*github\.workspace\s*\}\}")
_OPERATORS = re.compile(r"(&&|\|\||;|\||\n)")
_CONDITIONS = frozenset({"if", "elif", "while", "until", "!"})
_PREFIXES = frozenset({"then", "do", "else", "{", "(", "fi", "done", "}", ")"})


@dataclass(frozen=True)
class Command:
    """A command that runs a project script (``script``: a path, or ``-m module``) or make targets."""

    line: int
    script: str
    fatal: bool
    """Its failure stops the block (nothing after it runs)."""
    make: tuple[str, ...] = ()


def commands(text: str, first_line: int, errexit: bool, pipefail: bool = False, cwd: str = "", variables: dict[str, str] | None = None) -> list[Command]:
    """The script-running commands of ``text`` (a step's body), in order.

    ``cwd`` is the directory relative paths start from (relative to the project root);
    ``variables`` are Makefile variables substituted into the words."""
    found: list[Command] = []
    logical = continued_lines(text)
    for position, (number, line) in enumerate(logical):
        offset = number - 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if variables:
            stripped = _substitute(stripped, variables)
        stripped = _WORKSPACE.sub("$GITHUB_WORKSPACE", stripped)
        words = stripped.split()
        if not words:  # a recipe line that was only an empty variable (`$(EMPTY)`)
            continue
        if words[0] == "set" and len(words) > 1:
            flags = " ".join(words[1:])
            if re.search(r"(?:^|\s)-\w*e|-o\s+errexit", flags):
                errexit = True
            elif re.search(r"(?:^|\s)\+\w*e|\+o\s+errexit", flags):
                errexit = False
            if "pipefail" in flags:
                pipefail = not flags.startswith("+")
            continue
        parts = _OPERATORS.split(stripped.split(" #", 1)[0])
        last_line = position == len(logical) - 1
        for index in range(0, len(parts), 2):
            segment = parts[index].strip()
            if not _WORTH_READING.search(segment):
                continue  # most commands run no script: skip the word split
            operator = parts[index + 1] if index + 1 < len(parts) else ""
            later = parts[index + 1 :: 2]
            words = _words(segment)
            while words and words[0] in _PREFIXES:
                words = words[1:]
            if not words:
                continue
            if words[0] == "cd" and len(words) == 2 and "$" not in words[1]:
                cwd = _join(cwd, words[1]) or cwd
                continue
            condition = words[0] in _CONDITIONS
            if condition:
                words = words[1:]
            caught = "||" in later or condition
            if operator == "&&":
                fatal = not caught
            elif operator == "|":
                fatal = pipefail and not caught
            else:
                fatal = not caught and (errexit or (last_line and index + 2 >= len(parts)))
            script, make = _script(words)
            if script:
                path = script if script.startswith("-m ") else script_path(cwd, script)
                if path:
                    found.append(Command(first_line + offset, path, fatal))
            elif make:
                found.append(Command(first_line + offset, "", fatal, make))
    return found


def script_path(cwd: str, token: str) -> str:
    """``token`` as a path from the project root, written ``/src/train.py``; ``""`` when it
    cannot be known (a variable, a glob, outside the project). An absolute path is kept as
    written (``/app/src/train.py`` in an image): the project stage matches it by its tail."""
    token = _ROOT_VARIABLES.sub("/", token.strip("\"'"))
    if token.startswith("/"):
        return token if "$" not in token and "*" not in token else ""
    if "$" in token or "*" in token or "{" in token:
        return ""
    joined = _join(cwd, token)
    return f"/{joined}" if joined else ""


def _join(cwd: str, path: str) -> str:
    path = _ROOT_VARIABLES.sub("/", path.strip("\"'"))
    if path.startswith("/"):
        cwd, path = "", path.lstrip("/")
    if "$" in path or "{" in path:
        return ""
    joined = posixpath.normpath(posixpath.join(cwd, path)) if cwd else posixpath.normpath(path)
    return "" if joined.startswith("..") or joined == "." else joined


def _script(words: list[str]) -> tuple[str, tuple[str, ...]]:
    """The script a simple command runs (``path.py``, ``path.ipynb`` or ``-m module``), or the
    make targets it builds."""
    while words and "=" in words[0] and not words[0].startswith(("-", "=")):
        words = words[1:]  # VAR=value prefixes
    changed, wrapped = True, False
    while words and changed:
        changed = False
        for word, verb in _WRAPPERS:
            if words[0].rpartition("/")[2] == word and (not verb or len(words) > 1 and words[1] == verb):
                words = words[2 if verb else 1 :]
                while words and (words[0].startswith("-") or "=" in words[0]):
                    words = words[2:] if words[0] in _WRAPPER_VALUE_FLAGS else words[1:]
                changed = wrapped = True
                break
    if not words:
        return "", ()
    program = words[0].rpartition("/")[2]
    if _PYTHON.match(program):
        rest = words[1:]
        while rest and rest[0].startswith("-") and rest[0] not in ("-m", "-c"):
            rest = rest[2:] if rest[0] in _PYTHON_VALUE_FLAGS else rest[1:]
        if len(rest) >= 2 and rest[0] == "-m":
            return (f"-m {rest[1]}", ()) if re.match(r"^[A-Za-z_][\w.]*$", rest[1]) else ("", ())
        if rest and rest[0].endswith((".py", ".ipynb")):
            return rest[0], ()
        return "", ()
    if program == "papermill" or (program == "jupyter" and len(words) > 1 and words[1] in ("nbconvert", "execute")):
        if program == "jupyter" and words[1] == "nbconvert" and "--execute" not in words:
            return "", ()
        notebooks = [w for w in words[1:] if w.endswith(".ipynb")]
        return (notebooks[0], ()) if notebooks else ("", ())
    if program in ("make", "gmake", "$(MAKE)", "${MAKE}") and not any(w in ("-C", "-f", "--directory", "--file") or w.startswith(("-C", "-f", "--directory=", "--file=")) for w in words[1:]):
        return "", tuple(w for w in words[1:] if not w.startswith("-") and "=" not in w)
    if words[0].endswith(".py") and (wrapped or words[0].startswith(("./", "/"))):
        return words[0], ()  # an executable script, or `uv run script.py`
    return "", ()


def _words(segment: str) -> list[str]:
    try:
        return shlex.split(segment, comments=False)
    except ValueError:
        return segment.split()


_VARIABLE = re.compile(r"\$[({]([A-Za-z_][\w]*)[)}]")


def _substitute(text: str, variables: dict[str, str]) -> str:
    for _ in range(3):
        replaced = _VARIABLE.sub(lambda m: variables.get(m.group(1), m.group(0)), text)
        if replaced == text:
            break
        text = replaced
    return text
