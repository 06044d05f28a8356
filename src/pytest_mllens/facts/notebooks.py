"""Jupyter notebooks as Python source: code cells joined in order, IPython syntax made Python.

Every form Jupyter's IPython kernel accepts is read, line for line, so that line numbers and
block structure survive:

- ``%magic``, ``!shell``, ``?obj``, ``obj?``/``obj??`` help, the autocall escapes
  ``/f x``, ``,f a b``, ``;f a b`` and automagic lines (``pip install x``, ``cd data``: a
  magic's or shell alias's name first, not followed by ``=``, ``(``, ``[`` or an operator) become ``pass`` at the same
  indentation (with any ``\\`` continuation lines of the command left blank);
- ``files = %ls data`` and ``project = !gcloud config get-value project`` become the calls
  IPython itself makes (``get_ipython().run_line_magic(...)``, ``get_ipython().getoutput(...)``),
  so the assignment is still there, whatever its target (``first, = !ls | head -n 1``,
  ``paths[split] = ! ls {split}``);
- ``%time stmt`` / ``%timeit stmt`` keep the statement they time;
- a ``%%time``, ``%%timeit``, ``%%capture``, ``%%prun`` or ``%%memit`` cell keeps its body
  (it is Python that runs); any other cell magic (``%%bash``, ``%%writefile``, ``%%sql``, ...)
  turns the whole cell into blank lines: it is not Python run by this notebook. A
  ``%%writefile PATH`` (or ``%%file``) cell is kept aside as a :class:`CellWrite`: the file it
  writes is a source file of its own (see ``facts/written.py``);
- ``!python script.py ...`` (also ``python3``, ``{sys.executable}``, ``-m module``) becomes
  the call IPython makes, ``get_ipython().system('python script.py ...')``, and ``%run
  script.py args`` keeps, beside the star import, ``get_ipython().run_line_magic('run', ...)``:
  the notebook runs that script, which the release flow follows like a pipeline step's command.

IPython only rewrites a line that starts a statement, so a ``%`` or ``!`` that continues an
expression (``("%s" \\n % name)``) is left alone: a small scanner tracks brackets, strings and
backslash continuations. A cell that still is not Python is reported with its number and
reason: when leaving out the one or two lines the parser stops at makes the rest of it parse
(a placeholder, a missing comma or quote in a cell that never ran), only those lines are left
out; otherwise the whole cell is (blank lines either way). A cell whose indentation mixes tabs
and spaces is read with tabs as wide as an editor shows them, and reported. The rest of the notebook is analysed. A notebook whose
kernel is not Python (R, Julia, Scala, ...) holds no Python code: it is read as an empty module,
like a ``.R`` file beside the code, rather than reported as broken (which would fail the run on
a file nobody can make Python).
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass

from .source import parse_quietly, run_as_import

__all__ = ["NOTEBOOK_FILE_FACTOR", "CellWrite", "NotebookCode", "NotebookError", "notebook_source", "read_notebook"]

NOTEBOOK_FILE_FACTOR = 50
"""A notebook *file* (outputs and attachments included) is read up to this many times
``max-file-size``; its *code* is then held to ``max-file-size`` like any module."""

_LINE_END = re.compile(r"\r\n|\r|\n")
# `%run ./helpers.py` with no options (`-i`, `-m module`, `-d` are left as they are)
_RUN = re.compile(r"%run\s+(?P<path>[^\s-]\S*)\s*$")
# `%run train.py --epochs 3`: a script run with arguments (its namespace still lands here)
_RUN_SCRIPT = re.compile(r"%run\s+(?P<path>[^\s-]\S*\.(?:py|ipynb))(?:\s.*)?$")
# `!python deploy.py --name x`, `!python3 -m pkg.release`, `!{sys.executable} train.py`: the
# notebook runs a Python script or module (IPython: get_ipython().system(...))
_SHELL_PYTHON = re.compile(r"!\s*(?:python(?:3(?:\.\d+)?)?|\{sys\.executable\})\s+(?:-u\s+)?(?:-m\s+[\w.]+|[^\s-]\S*\.py)(?:\s.*)?$")
# `%cd ..`, `cd data` (automagic) and `%cd -q ../src`: the kernel's working folder changes
_CD = re.compile(r"%?cd\s+(?:-q\s+)?(?P<path>\S.*?)\s*(?:#.*)?$|%cd\s*$")
_CD_ANYWHERE = re.compile(r"^\s*%?cd\b", re.M)
# `%%writefile [-a] PATH` / `%%file PATH`: the cell's body is written to PATH
_WRITEFILE = re.compile(r"%%(?:writefile|file)(?:\s+(?P<rest>.*))?$")
# IPython's help syntax: a whole line ``obj?``, ``obj.attr??`` or ``%magic?``; a statement
# whose comment ends in "?" (``fit(X)  # why?``) is Python and must be kept
_HELP = re.compile(r"%{0,2}[\w*]+(?:\.[\w*]+)*\?{1,2}\s*$")
_ESCAPES = ("%", "!", "?", "/", ",", ";")
# IPython's SystemAssign / MagicAssign: any assignment target, then ``=``, then ``!cmd`` or
# ``%magic``: ``files = !ls``, ``first, = !find . | head -n 1`` (unpack the one-line output),
# ``out[key] = ! echo {x}``; the target is checked with the parser, so ``a == !b`` is not one
_ASSIGN = re.compile(r"(?P<lhs>[^=#]+?)\s*=\s*(?:(?P<shell>!!?)|%\s*(?P<magic>[A-Za-z_]\w*))(?P<rest>.*)")
_TIMED = re.compile(r"%(?:time|timeit)\s+(?:(?:-[nrp]\s*\d+|-[tcqo]+)\s+)*(?P<statement>\S.*)")
# line magics and shell aliases IPython runs without the "%" (automagic, on by default):
# `pip install x`, `cd data`, `ls "/tmp/out"`, `mkdir models`
_AUTOMAGIC = frozenset(
    """alias autoawait autocall automagic bookmark cat cd clear colors conda config cp dhist dirs doctest_mode
    ed edit env gui history killbgscripts ldir less lf lk ll load load_ext loadpy logoff logon logstart
    logstate logstop ls lsmagic lx macro magic man matplotlib mkdir more mv notebook page pastebin pdb pdef
    pdoc pfile pinfo pinfo2 pip popd pprint precision prun psearch psource pushd pwd pycat pylab qtconsole
    quickref recall rehashx reload_ext rep rerun reset reset_selective rm rmdir run save sc set_env store
    sx system tb time timeit unalias unload_ext who who_ls whos xdel xmode""".split()
)
_WORD = re.compile(r"([\w.]+)(.*)")
# IPython leaves a line to Python when what follows the first word is an assignment, a call or
# an operator (its AssignmentChecker and PythonOpsChecker): `history = model.fit(...)` is Python
_PYTHON_NEXT = tuple("!=()<>,+*/%^&|[:;")
_PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "memit"})
_TOKEN = re.compile(r"#|\\|\"\"\"|'''|\"|'|[(\[{]|[)\]}]")
_STRING_END = {quote: re.compile(r"\\.|\\$|" + re.escape(quote)) for quote in ('"""', "'''", '"', "'")}


class NotebookError(Exception):
    """The file is not a readable notebook; the message says why."""


@dataclass(frozen=True)
class CellWrite:
    """A ``%%writefile`` (or ``%%file``) cell: the file it writes and the text it writes there."""

    cell: int
    """1-based position of the cell among all the notebook's cells (as Jupyter numbers them)."""
    arguments: str
    """What follows the magic's name (``-a code/inference.py``), unparsed."""
    offset: int
    """Lines of the cell before the body (the magic line and any blank lines above it)."""
    body: tuple[str, ...]
    """The lines written, as in the cell (IPython writes them unchanged)."""
    folder: str | None = ""
    """Where earlier ``%cd`` lines left the kernel, relative to the notebook's folder (``..``);
    None when a ``%cd`` went somewhere a static reading cannot follow (a variable, ``~``)."""


@dataclass(frozen=True)
class NotebookCode:
    """A notebook's code as one Python text, and where each cell is in it."""

    source: str
    cells: tuple[tuple[int, int], ...]
    """Per code cell in order: (first line in ``source``, 1-based position among all cells)."""
    problems: tuple[tuple[int, str], ...] = ()
    """(cell number, reason) for each code cell that is not Python and was left out."""
    writes: tuple[CellWrite, ...] = ()
    """The ``%%writefile`` cells, in order (blank lines in ``source``)."""

    @property
    def size(self) -> int:
        """Bytes of code: what ``max-file-size`` limits (outputs and attachments do not count)."""
        return len(self.source.encode("utf-8"))


def notebook_source(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return the joined code of a notebook and, per code cell, (first line, cell number), as
    a reader sees it: the body of a ``%%writefile`` cell is there too (a finding in the script it
    writes points at those lines), though the analysis reads it as a file of its own."""
    code = read_notebook(text)
    if not code.writes:
        return code.source, code.cells
    lines = code.source.split("\n")
    starts = {number: first for first, number in code.cells}
    for write in code.writes:
        first = starts.get(write.cell)
        if first is not None:
            at = first - 1 + write.offset
            lines[at : at + len(write.body)] = write.body
    return "\n".join(lines), code.cells


def read_notebook(text: str) -> NotebookCode:
    """Read notebook JSON into its code; raise :class:`NotebookError` when it is no notebook.

    An empty file (a placeholder made with ``touch``) is an empty notebook, as an empty ``.py``
    file is an empty module: there is nothing in it to fix or to analyse."""
    if not text.strip():
        return NotebookCode("\n", ())
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise NotebookError(f"not valid notebook JSON: {exc}") from None
    cells = _cells(document) if isinstance(document, dict) else None
    if not isinstance(cells, list):
        raise NotebookError("not a notebook: no 'cells' list (nbformat 4) and no 'worksheets' of cells (nbformat 3)")
    language = _language(document)
    if language and language != "python":
        return NotebookCode("\n", ())
    lines: list[str] = []
    starts: list[tuple[int, int]] = []
    problems: list[tuple[int, str]] = []
    writes: list[CellWrite] = []
    folder: str | None = ""  # where %cd lines have taken the kernel, relative to the notebook
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list):
            if not all(isinstance(part, str) for part in source):
                raise NotebookError(f"cell {number}: 'source' must be a string or a list of strings")
            source = "".join(source)
        if not isinstance(source, str):
            raise NotebookError(f"cell {number}: 'source' must be a string or a list of strings")
        if not _encodable(source):
            raise NotebookError(f"cell {number}: 'source' is not valid Unicode (lone surrogate)")
        write = _cell_write(number, source, folder)
        if write is not None:
            writes.append(write)
        elif folder is not None and _CD_ANYWHERE.search(source):
            folder = _changed_folder(source, folder)
        cell_lines = python_lines(source)
        problem = _not_python(cell_lines)
        if problem:
            cell_lines, problem = _recover(cell_lines, problem)
            problems.append((number, problem))
        starts.append((len(lines) + 1, number))
        lines.extend(cell_lines)
        lines.append("")
    return NotebookCode("\n".join(lines) + "\n", tuple(starts), tuple(problems), tuple(writes))


def _cells(document: dict) -> list | None:
    """The notebook's cells in order. nbformat 3 (IPython 1 and 2, still common in course and
    tutorial repositories) keeps them in ``worksheets`` and a code cell's text in ``input``; they
    are given the nbformat 4 shape, so everything after reads one form."""
    cells = document.get("cells")
    if isinstance(cells, list) or not isinstance(document.get("worksheets"), list):
        return cells
    found: list = []
    for sheet in document["worksheets"]:
        sheet_cells = sheet.get("cells") if isinstance(sheet, dict) else None
        if not isinstance(sheet_cells, list):
            return None
        for cell in sheet_cells:
            if isinstance(cell, dict) and cell.get("cell_type") == "code":
                language = cell.get("language", "python")
                cell = {"cell_type": "code" if not isinstance(language, str) or language.lower() in ("python", "") else "raw", "source": cell.get("input", "")}
            found.append(cell)
    return found


def _changed_folder(source: str, folder: str) -> str | None:
    """The kernel's folder after a cell's top-level ``%cd PATH`` / ``cd PATH`` lines (``!cd`` runs in
    a subshell and changes nothing); None once one goes where a static reading cannot follow."""
    import posixpath

    for line in _dedent(_split(source)):
        match = _CD.match(line)
        if match is None or (not line.startswith("%") and match.group("path") and match.group("path").startswith(_PYTHON_NEXT)):
            continue  # `cd = 3` is Python
        target = (match.group("path") or "").strip().strip("'\"")
        if not target or target.startswith(("/", "~", "-", "$")) or "{" in target:
            return None
        folder = posixpath.normpath(posixpath.join(folder or ".", target))
        folder = "" if folder == "." else folder
    return folder


def _cell_write(number: int, source: str, folder: str | None = "") -> CellWrite | None:
    """The file a ``%%writefile``/``%%file`` cell writes, or None for any other cell."""
    if "%%" not in source:
        return None
    cell_lines = _dedent(_split(source))
    first = next((i for i, line in enumerate(cell_lines) if line.strip()), None)
    if first is None:
        return None
    magic = _WRITEFILE.match(cell_lines[first].rstrip())
    if magic is None:
        return None
    return CellWrite(number, (magic.group("rest") or "").strip(), first + 1, tuple(cell_lines[first + 1 :]), folder)


def _split(source: str) -> list[str]:
    # Python ends lines only at \n, \r\n and \r; str.splitlines() would also split at
    # \f, \x1c, \u2028 and others, breaking string literals that contain them
    cell_lines = _LINE_END.split(source)
    if len(cell_lines) > 1 and cell_lines[-1] == "":
        cell_lines.pop()
    return cell_lines


def python_lines(source: str) -> list[str]:
    """One code cell as Python lines, one for each line of the cell."""
    cell_lines = _dedent(_split(source))
    first = next((i for i, line in enumerate(cell_lines) if line.strip()), None)
    if first is not None and cell_lines[first].startswith("%%"):
        name = cell_lines[first][2:].split(maxsplit=1)[0] if cell_lines[first][2:].strip() else ""
        if name not in _PYTHON_CELL_MAGICS:
            return ["" for _ in cell_lines]
        body = python_lines("\n".join(cell_lines[first + 1:])) if first + 1 < len(cell_lines) else []
        return [""] * (first + 1) + body
    return _rewrite(cell_lines)


def _rewrite(cell_lines: list[str]) -> list[str]:
    result: list[str] = []
    scanner = _Scanner()
    command_continues = False
    for line in cell_lines:
        if command_continues:  # a shell or magic command continued with a trailing backslash
            result.append("")
            command_continues = line.endswith("\\")
            continue
        stripped = line.lstrip()
        if scanner.at_statement_start() and stripped:
            rewritten = _ipython_line(line, stripped)
            if rewritten is not None:
                result.append(rewritten)
                command_continues = stripped.endswith("\\")
                continue
        scanner.feed(line)
        result.append(line)
    return result


def _ipython_line(line: str, stripped: str) -> str | None:
    """The Python for one IPython line that starts a statement, or None when it is Python already."""
    indent = line[: len(line) - len(stripped)]
    timed = _TIMED.match(stripped)
    if timed and _parses(timed.group("statement")):
        return indent + timed.group("statement")
    run = _RUN.match(stripped) or _RUN_SCRIPT.match(stripped)
    if run:
        # `%run helpers.py` executes the script in this namespace: a star import of it (at top
        # level), and the notebook runs it (a call naming the script, for the release flow)
        statement = run_as_import(run.group("path")) if not indent else None
        ran = f"get_ipython().run_line_magic('run', {_command(stripped[4:])!r})"
        if run.group("path").endswith(".py"):
            return f"{statement}; {ran}" if statement else f"{indent}{ran}"
        if statement:
            return statement
    if _SHELL_PYTHON.match(stripped):
        return f"{indent}get_ipython().system({_command(stripped[1:])!r})"
    word = _WORD.match(stripped)
    automagic = bool(word and word.group(1) in _AUTOMAGIC and not word.group(2).lstrip().startswith(_PYTHON_NEXT))
    if stripped.startswith("%cd") and stripped[3:4] in ("", " ") or automagic and word.group(1) == "cd":  # type: ignore[union-attr]
        # the kernel moves: the notebook's relative paths no longer start in its folder (a call
        # the file-handoff stage reads, model/releases/file_releases.py)
        return f"{indent}get_ipython().run_line_magic('cd', {_command(stripped.lstrip('%')[2:])!r})"
    if stripped.startswith(_ESCAPES) or _HELP.match(stripped):
        return f"{indent}pass"
    if automagic:
        return f"{indent}pass"  # `pip install x`: automagic, on by default in IPython
    assign = _ASSIGN.match(stripped)
    if assign and _assignable(assign.group("lhs")):
        lhs, rest = assign.group("lhs"), assign.group("rest").strip()
        if assign.group("shell"):
            return f"{indent}{lhs} = get_ipython().getoutput({rest!r})"
        return f"{indent}{lhs} = get_ipython().run_line_magic({assign.group('magic')!r}, {rest!r})"
    return None


def _command(text: str) -> str:
    """A shell or magic command's text, without the ``\\`` that continues it on the next line
    (those lines are left blank)."""
    return text.strip().removesuffix("\\").strip()


def _language(document: dict) -> str:
    """The kernel's language as the notebook records it: what the running kernel wrote
    (``language_info``) before what the kernel was declared as (``kernelspec``); ``"python"``
    when that says Python in any field (a PySpark or AWS Glue session records ``pyspark`` /
    ``Python_Glue_Session`` as its name and ``text/x-python`` as its mimetype), ``""`` when the
    notebook does not say."""
    metadata = document.get("metadata")
    if not isinstance(metadata, dict):
        return ""
    for key, fields in (("language_info", ("name", "mimetype")), ("kernelspec", ("language", "name"))):
        table = metadata.get(key)
        if not isinstance(table, dict):
            continue
        hints = [table[f].strip().lower() for f in fields if isinstance(table.get(f), str) and table[f].strip()]
        if hints:
            return "python" if any("python" in hint or "pyspark" in hint for hint in hints) else hints[0]
    return ""


class _Scanner:
    """Just enough of Python's tokenizer to know whether the next line starts a statement."""

    def __init__(self) -> None:
        self.depth = 0
        self.quote = ""
        self.continued = False

    def at_statement_start(self) -> bool:
        return not self.depth and not self.quote and not self.continued

    def feed(self, line: str) -> None:
        self.continued = False
        pos, end = 0, len(line)
        while pos < end:
            if self.quote:
                match = _STRING_END[self.quote].search(line, pos)
                if match is None:
                    if len(self.quote) == 1:  # an unterminated one-line string: a syntax error
                        self.quote = ""
                    return
                if match.group() == self.quote:
                    self.quote = ""
                elif match.group() == "\\":  # backslash at the end of the line: the string goes on
                    return
                pos = match.end()
                continue
            match = _TOKEN.search(line, pos)
            if match is None:
                return
            token = match.group()
            if token == "#":
                return
            if token == "\\":
                if match.end() == end:
                    self.continued = True
                    return
            elif token in _STRING_END:
                self.quote = token
            elif token in "([{":
                self.depth += 1
            else:
                self.depth = max(0, self.depth - 1)
            pos = match.end()


_MAX_LINES_LEFT_OUT = 2


def _recover(lines: list[str], problem: str) -> tuple[list[str], str]:
    """A cell that is not Python, with as little of it left out as makes the rest parse.

    Real notebooks keep cells that never ran as written: a placeholder (``name = <PROJECT>``,
    ``threshold =  # TODO``), an argument list missing one comma, a string missing its
    closing quote. Leaving out the one or two lines the parser stops at (blank lines, so line
    numbers hold) keeps the rest of the cell (often the pipeline or the deploy call) in the
    analysis; when that is not enough the whole cell is left out, as before.
    """
    if "inconsistent use of tabs" in problem:
        retabbed = _tabs_as_editor_shows(lines)
        if retabbed is not None:
            return retabbed
    attempt = list(lines)
    left_out: list[int] = []
    while len(left_out) < _MAX_LINES_LEFT_OUT:
        line = _error_line(attempt)
        if line is None or not 1 <= line <= len(attempt) or not attempt[line - 1].strip():
            break
        attempt[line - 1] = ""
        left_out.append(line)
        reason = _not_python(attempt)
        if not reason:
            shown = ", ".join(str(n) for n in left_out)
            plural = "s" if len(left_out) > 1 else ""
            return attempt, f"{problem.removesuffix('; cell not analysed')}; only line{plural} {shown} of the cell left out"
    return ["" for _ in lines], problem


_EDITOR_TAB_WIDTHS = (4, 8, 2)


def _tabs_as_editor_shows(lines: list[str]) -> tuple[list[str], str] | None:
    """A cell whose indentation mixes tabs and spaces, read with tabs as wide as its editor showed them.

    Python 3 refuses such a cell (``TabError``), yet it is usually code pasted from an editor
    whose tab stop is 4 (or 8, or 2) columns, and it reads as intended at that width. Only the
    leading whitespace changes, so every line keeps its number.
    """
    for width in _EDITOR_TAB_WIDTHS:
        attempt = [_expand_indent(line, width) for line in lines]
        if not _not_python(attempt):
            return attempt, f"indentation mixes tabs and spaces (Python 3 rejects it); read with tabs as {width} columns, nothing left out"
    return None


def _expand_indent(line: str, width: int) -> str:
    body = line.lstrip(" \t")
    return line[: len(line) - len(body)].expandtabs(width) + body


def _error_line(lines: list[str]) -> int | None:
    try:
        parse_quietly("\n".join(lines))
    except SyntaxError as exc:
        return exc.lineno
    except (ValueError, RecursionError, MemoryError):
        return None
    return None


def _not_python(lines: list[str]) -> str:
    """Why a rewritten cell is still not Python (``""`` when it is)."""
    try:
        parse_quietly("\n".join(lines))
    except SyntaxError as exc:
        if "too many nested" in str(exc.msg):
            return "too deeply nested to parse; cell not analysed"
        return f"syntax error at line {exc.lineno}: {exc.msg}; cell not analysed"
    except (RecursionError, MemoryError):
        return "too deeply nested to parse; cell not analysed"
    except ValueError as exc:  # e.g. source code string cannot contain null bytes
        return f"cannot be parsed: {exc}; cell not analysed"
    return ""


def _assignable(target: str) -> bool:
    """Whether ``target`` is what Python accepts left of ``=`` (a name, ``a, b,``, ``d[k]``, ``obj.attr``)."""
    if target.rstrip().endswith(("=", "!", "<", ">")):
        return False
    try:
        tree = parse_quietly(f"{target} = None")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return len(tree.body) == 1 and isinstance(tree.body[0], ast.Assign)


def _parses(statement: str) -> bool:
    try:
        parse_quietly(statement)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _dedent(lines: list[str]) -> list[str]:
    """IPython drops leading blank lines, then the first line's indentation from every line that has it."""
    first = next((line for line in lines if line.strip()), "")
    indent = first[: len(first) - len(first.lstrip(" \t"))]
    if not indent:
        return lines
    return [line[len(indent):] if line.startswith(indent) else line for line in lines]


def _encodable(text: str) -> bool:
    """JSON ``\\ud800`` escapes decode to lone surrogates, which no parser accepts."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
