"""Bytes to Python source text, the way the interpreter decodes a module.

Kept apart from the extractor so that reading and decoding need no libcst import.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
import warnings
from typing import Literal, overload

__all__ = ["SourceError", "decode_source", "parse_quietly", "run_as_import", "template_as_python"]

# A Databricks notebook exported as source: this header, cells split by
# ``# COMMAND ----------``, and magics kept as ``# MAGIC %...`` comments.
_DATABRICKS_HEADER = "# Databricks notebook source"
_MAGIC_RUN = re.compile(r"#\s*MAGIC\s+%run\s+(?P<path>\S+)\s*$")
_LINE_END = re.compile(r"(\r\n|\r|\n)")
# A project template (copier, cookiecutter) holds Python with Jinja in it: a line that is one
# ``{% if x %}`` / ``{%- endif %}`` / ``{# note #}`` statement, and ``{{ name }}`` substitutions.
_JINJA_LINE = re.compile(r"\s*\{([%#])-?.*?-?\1\}\s*$")
_JINJA_VALUE = re.compile(r"\{\{-?\s*(\w[^{}]*?)\s*-?\}\}")
_JINJA_STATEMENT = re.compile(r"\{%-?\s*(?:if|for|include|set|macro|block|raw)\b.*?%\}")


class SourceError(Exception):
    """The file cannot be read as Python source; the message says why."""


def decode_source(data: bytes) -> str:
    """Decode bytes the way the interpreter would, or raise :class:`SourceError`."""
    if b"\x00" in data:
        raise SourceError("binary file (contains NUL bytes); not analysed")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        if "invalid or missing encoding declaration" in str(exc):
            raise SourceError("not valid utf-8 text and no encoding declaration; not analysed") from None
        raise SourceError(f"unknown source encoding: {exc}") from None
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise SourceError(f"not valid {encoding} text ({exc.__class__.__name__} at byte {getattr(exc, 'start', '?')}); not analysed") from None
    return _databricks_runs(text.removeprefix("\ufeff"))


def run_as_import(target: str) -> str | None:
    """The import that ``%run <target>`` amounts to, or None when it cannot be one.

    ``%run`` (Jupyter and Databricks alike) executes another notebook or script in this
    notebook's namespace: for the analysis that is ``from <sibling> import *``. The path is
    relative to the notebook's folder, so it becomes a relative import (``./utils`` and
    ``utils.py`` give ``from .utils import *``, ``../shared/io`` gives ``from ..shared.io import
    *``). A workspace-absolute path (``/Repos/...``), a parameterised one or a name that is not
    a Python identifier (``./00-setup``) is left alone: no module could carry that name.
    """
    path = target.strip("\"'")
    if not path or path.startswith(("/", "$", "{")) or "://" in path:
        return None
    level = 1
    parts = [part for part in path.split("/") if part not in ("", ".")]
    while parts and parts[0] == "..":
        level += 1
        parts.pop(0)
    if parts and parts[-1].endswith((".py", ".ipynb")):
        parts[-1] = parts[-1].rsplit(".", 1)[0]
    if not parts or not all(part.isidentifier() for part in parts):
        return None
    return f"from {'.' * level}{'.'.join(parts)} import *"


def _databricks_runs(text: str) -> str:
    """A Databricks source notebook with each ``# MAGIC %run ./x`` line made the import it
    amounts to (one line for one line, so numbering is unchanged); any other file as it is."""
    if not text.startswith(_DATABRICKS_HEADER) or "%run" not in text:
        return text
    pieces = _LINE_END.split(text)
    for index in range(0, len(pieces), 2):
        run = _MAGIC_RUN.match(pieces[index])
        statement = run_as_import(run.group("path")) if run else None
        if statement:
            pieces[index] = statement
    return "".join(pieces)


def template_as_python(text: str) -> str | None:
    """A Jinja-templated Python file read as the Python around the Jinja, or None when the
    text has no Jinja statement or substitution (then it is not a template).

    Only for a file Python cannot parse as it is (so ``f"{{x}}"`` in real code is never
    touched), and used only when the result parses. Each line that is one Jinja statement is
    blanked, so every branch of an ``{% if %}`` is kept and line numbers do not move; each
    ``{{ value }}`` becomes the identifier its words make (``{{ product_name }}_training``
    gives ``product_name_training``), so columns on those lines shift. What the template
    would render for some answers is not claimed: imports and calls that appear in any
    branch are analysed.
    """
    if not _JINJA_STATEMENT.search(text) and not _JINJA_VALUE.search(text):
        return None
    pieces = _LINE_END.split(text)
    lines = range(0, len(pieces), 2)
    for i in lines:
        if _JINJA_LINE.match(pieces[i]):
            pieces[i] = ""
        elif "{{" in pieces[i]:
            pieces[i] = _JINJA_VALUE.sub(_placeholder, pieces[i])
    return "".join(pieces)


def _placeholder(value: re.Match[str]) -> str:
    return re.sub(r"\W+", "_", value.group(1)).strip("_") or "_"


@overload
def parse_quietly(text: str) -> ast.Module: ...
@overload
def parse_quietly(text: str, mode: Literal["eval"]) -> ast.Expression: ...
def parse_quietly(text: str, mode: str = "exec") -> ast.AST:
    """``ast.parse`` without the compiler's warnings about the analysed code (``"\\["`` is an
    invalid escape sequence): they are the project's business, and without a file name they
    would reach the user's test run as ``<unknown>:1: DeprecationWarning``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(text, mode=mode)
