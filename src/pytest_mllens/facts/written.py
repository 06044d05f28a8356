"""Files a notebook writes from a cell: ``%%writefile PATH`` as a source file of the project.

SageMaker, Azure ML and Vertex notebooks (and many course notebooks) write their training,
inference and deploy scripts from a cell, then name them (``entry_point="inference.py",
source_dir="code"``, ``entry_script="score.py"``), run them (``!python deploy.py``, ``%run
train.py``) or package them. When the written file is not committed, the cell *is* the
script, so it is analysed as one: a **written file** at PATH, resolved against the
notebook's folder as Jupyter does, parsed once with the notebook (and cached with it), a
module like any other (imports, roles, entry points named elsewhere, releases), and every
finding in it is reported in the notebook, at the cell and line that wrote it.

What IPython does, and so what is read:

- ``%%writefile PATH`` (alias ``%%file``) writes the cell's body; ``-a``/``--append`` appends.
  Cells are taken in notebook order: a full write starts the file afresh, an append adds its
  body to what the earlier cells wrote (or starts the file when nothing did);
- a quoted path has its quotes removed;
- the path is relative to the kernel's working folder: the notebook's, moved by any literal
  ``%cd`` line in an earlier cell (``%cd ..``); after a ``%cd`` to a variable or ``~`` the
  folder is unknown and later cells are not read as files.

What is left alone (the cell stays a blank cell of the notebook, as before):

- a path computed when the cell runs: ``{var}`` and ``$var`` are expanded by IPython from the
  notebook's variables, which a static reading does not know; ``~`` and absolute paths and
  paths that leave the project are outside it;
- targets that are neither Python (``.py``) nor a deployment file the project already reads
  (Dockerfile, YAML, Procfile, ``pyproject.toml``, shell scripts: those give the same facts a
  committed one would): ``requirements.txt``, JSON, R scripts;
- a path where the repository holds a real file, or one the project excludes: the committed
  file is what ships (decided by the engine, which knows the project's files).
"""

from __future__ import annotations

import posixpath
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .configs.deploy_config import config_kind
from .notebooks import CellWrite, NotebookCode
from .records import FileFacts, cell_position

__all__ = ["WrittenFile", "error_entry", "expand_written", "locate_releases", "provisional_module", "written_facts", "written_files", "written_path"]


@dataclass(frozen=True)
class WrittenFile:
    """The text a notebook writes to ``path`` and where each of its lines comes from."""

    path: str
    """Relative to the project root, POSIX."""
    kind: str
    """``py`` or ``config``."""
    text: str
    cells: tuple[tuple[int, int], ...]
    """Per contributing cell, as :attr:`FileFacts.cells` holds them for notebooks: (line of
    ``text`` that is the cell's line 1, cell number), so :func:`records.cell_position` maps a
    line of ``text`` to (cell, line of that cell)."""


def written_path(notebook: str, arguments: str, folder: str | None = "") -> tuple[str, bool] | None:
    """``(path relative to the project root, append)`` for a ``%%writefile`` line's arguments,
    run in ``folder`` (relative to the notebook's, where ``%cd`` lines took the kernel), or None
    when the path is computed, outside the project or missing."""
    if folder is None:
        return None
    try:
        words = shlex.split(arguments, posix=False)
    except ValueError:
        words = arguments.split()
    append = False
    names = []
    for word in words:
        if word in ("-a", "--append"):
            append = True
        elif word.startswith("-"):
            return None  # an option this magic does not have: not a cell IPython would run
        else:
            names.append(word)
    if len(names) != 1:
        return None
    name = names[0]
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "'\"":
        name = name[1:-1]
    if not name or any(mark in name for mark in "{}$~\\") or name.startswith("/"):
        return None
    path = posixpath.normpath(posixpath.join(notebook.rpartition("/")[0], folder, name))
    if path.startswith("../") or path in (".", "..") or path.startswith("/"):
        return None
    return path, append


def written_files(notebook: str, code: NotebookCode) -> list[WrittenFile]:
    """The Python and deployment files ``notebook`` writes, each as the cells leave it."""
    chunks: dict[str, list[CellWrite]] = {}
    for write in code.writes:
        target = written_path(notebook, write.arguments, write.folder)
        if target is None:
            continue
        path, append = target
        if append:
            chunks.setdefault(path, []).append(write)
        else:
            chunks[path] = [write]
    files = []
    for path, writes in sorted(chunks.items()):
        kind = "py" if path.endswith(".py") else config_kind(path)
        if not kind:
            continue
        lines: list[str] = []
        cells: list[tuple[int, int]] = []
        for write in writes:
            if not write.body:
                continue
            # blank lines where the cell has its magic line (and any blank lines above it): line N
            # of each cell's part is N lines after its start, and the parts never overlap
            cells.append((len(lines) + 1, write.cell))
            lines.extend([""] * write.offset)
            lines.extend(write.body)
        if cells:
            files.append(WrittenFile(path, kind, "\n".join(lines) + "\n", tuple(cells)))
    return files


def written_facts(notebook: str, module: str, code: NotebookCode, metric_words: frozenset[str], max_size: int | None = None) -> tuple[FileFacts, ...]:
    """Facts of each file the notebook writes, parsed here (once, with the notebook, so they
    are cached and invalidated with it). A script that is not Python carries its error,
    which names the notebook and the cell."""
    found = []
    for written in written_files(notebook, code):
        try:
            facts = _facts(written, notebook, module, metric_words, max_size)
        except Exception as exc:  # noqa: BLE001 - one written file must not take the notebook down
            facts = FileFacts(path=written.path, module="", kind=written.kind, error=f"cannot be analysed: {exc.__class__.__name__}")
        found.append(replace(facts, origin=notebook, cells=written.cells))
    return tuple(found)


def provisional_module(notebook: str, module: str, path: str) -> tuple[str, bool]:
    """The module name of ``path`` under the source root the notebook's own name was taken
    from (the engine corrects it when another root is longer)."""
    stem = notebook.rsplit(".", 1)[0]
    inner = module.replace(".", "/")
    prefix = stem[: len(stem) - len(inner)] if inner and stem.endswith(inner) else ""
    relative = path[len(prefix):] if path.startswith(prefix) else path
    parts = relative.rsplit(".", 1)[0].split("/")
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return ".".join(parts), is_package


def _facts(written: WrittenFile, notebook: str, module: str, metric_words: frozenset[str], max_size: int | None) -> FileFacts:
    if written.kind != "py":
        from .configs.deploy_config import extract_config

        return extract_config(written.path, written.text.encode("utf-8", "surrogatepass"))
    name, is_package = provisional_module(notebook, module, written.path)
    size = len(written.text.encode("utf-8", "surrogatepass"))
    if max_size is not None and size > max_size:
        return FileFacts(path=written.path, module=name, error=f"written file is {size} bytes, over max-file-size ({max_size}); not analysed")
    from .extraction.extract import extract_facts  # libcst: only when a notebook writes a script

    facts = extract_facts(written.text, path=written.path, module=name, is_package=is_package, metric_words=metric_words, kind="py")
    if facts.error:
        facts = replace(facts, error=_cell_error(written.cells, facts.error))
    return facts


_LINE = re.compile(r"\bline (\d+)")


def _cell_error(cells: Sequence[tuple[int, int]], error: str) -> str:
    """``syntax error at line 12: ...`` of a written file, said in the notebook's terms."""
    match = _LINE.search(error)
    if match is None:
        return error
    cell, line = cell_position(tuple(cells), int(match.group(1)))
    return f"{error[: match.start()]}line {line} of cell {cell}{error[match.end():]}"


def error_entry(facts: FileFacts) -> tuple[str, str]:
    """The run's error entry for a written file that could not be analysed: the notebook cell
    that wrote it, and why (``deploy.ipynb[cell 6]``, ``%%writefile deploy.py: syntax ...``)."""
    cell = cell_position(facts.cells, 1)[0] if facts.cells else 0
    match = re.search(r"of cell (\d+)", facts.error)
    if match:
        cell = int(match.group(1))
    where = f"{facts.origin}[cell {cell}]" if cell else facts.origin
    return where, f"%%writefile {facts.path}: {facts.error}"


def expand_written(files: list[FileFacts], root_src: Sequence[str], exclude: Sequence[str]) -> list[FileFacts]:
    """``files`` and, after them, the files their notebooks write that the project does not
    hold: a path the repository has a file at (the committed file is what ships) or that
    ``exclude`` leaves out is dropped, and so is a path an earlier notebook (in path order)
    writes too. Module names are taken under the project's source roots ``root_src``."""
    from .discovery import excluded_path, module_name

    real = {f.path for f in files}
    taken: set[str] = set()
    added = []
    for notebook in files:
        for facts in notebook.written:
            if facts.path in real or facts.path in taken or excluded_path(facts.path, exclude):
                continue
            taken.add(facts.path)
            if facts.kind == "py" and not facts.error:
                name, is_package = module_name(facts.path, root_src)
                if name != facts.module:
                    facts = replace(facts, module=name)
            added.append(facts)
    return [*files, *added] if added else files


def locate_releases(rows: list[dict[str, object]], files: Sequence[FileFacts]) -> list[dict[str, object]]:
    """The JSON report's release rows with each release in a written file located in its
    notebook, as notebook releases are: ``path`` the notebook, ``line`` over its joined code
    cells; ``cell`` and ``written_to`` added."""
    by_path = {f.path: f for f in files}
    located = []
    for row in rows:
        facts = by_path.get(str(row["path"]))
        if facts is not None and facts.origin and facts.cells:
            cell, line = cell_position(facts.cells, int(row["line"]))  # type: ignore[call-overload]
            notebook = by_path.get(facts.origin)
            joined = next((first + line - 1 for first, number in notebook.cells if number == cell), line) if notebook else line
            row = {**row, "path": facts.origin, "line": joined, "cell": cell, "written_to": facts.path}
        located.append(row)
    located.sort(key=lambda r: (str(r["path"]), int(r["line"]), str(r["api"])))  # type: ignore[call-overload]
    return located
