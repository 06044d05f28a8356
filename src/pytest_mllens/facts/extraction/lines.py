"""Line numbers for libcst statements without libcst's PositionProvider.

PositionProvider re-generates the whole file's code to count characters, which costs
about twice the parse itself. Statement line spans are all the engine needs (finer
positions are found by searching the statement's own lines), and CPython's ``ast``
computes them in C for a fraction of a libcst parse. We pair the two trees statement by
statement; when they disagree (a syntax the running interpreter's ``ast`` does not know),
we fall back to PositionProvider for that one file.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence

import libcst as cst

Spans = dict[int, tuple[int, int]]
"""``id(libcst statement node) -> (first line, last line)``, 1-based."""

Tests = dict[int, ast.expr]
"""``id(libcst expression) -> the same expression in the ast tree``, for the tests of ``if``,
``elif``, ``while``, ``assert`` and the context managers of ``with``: their positions let a
guard's text be read from the source instead of re-generated from the libcst tree."""


COMPOUND = frozenset({cst.FunctionDef, cst.ClassDef, cst.If, cst.Try, cst.TryStar, cst.With, cst.For, cst.While, cst.Match})
"""libcst's compound statements: a type lookup here spares an ``isinstance`` against its ABCs."""


class _Mismatch(Exception):
    pass


def statement_spans(module: cst.Module, text: str, tree: ast.Module | None = None, tests: Tests | None = None) -> Spans:
    """Return the line span of every statement of ``module``.

    ``tree`` is ``ast.parse(text)`` when the caller has it already; without it (or when
    ``ast`` rejects the text) positions come from libcst's PositionProvider. ``tests``, when
    given, is filled with the ast twin of each guard test (left empty on the fallback).
    """
    if tests is None:
        tests = {}
    if tree is None:
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeEncodeError):
            return _spans_from_positions(module)
    spans: Spans = {}
    try:
        _pair_block(module.body, tree.body, spans, tests)
    except (_Mismatch, StopIteration, AttributeError):
        tests.clear()
        return _spans_from_positions(module)
    return spans


def _body(node: cst.BaseSuite) -> Sequence[cst.CSTNode]:
    return node.body


def _pair_block(cst_body: Sequence[cst.CSTNode], ast_body: list[ast.stmt], spans: Spans, tests: Tests) -> None:
    it: Iterator[ast.stmt] = iter(ast_body)
    for statement in cst_body:
        if type(statement) is cst.SimpleStatementLine:
            first = last = None
            for small in statement.body:
                node = next(it)
                spans[id(small)] = (node.lineno, node.end_lineno or node.lineno)
                if type(small) is cst.Assert and type(node) is ast.Assert:
                    tests[id(small.test)] = node.test
                first = first or node
                last = node
            if first is not None and last is not None:
                spans[id(statement)] = (first.lineno, last.end_lineno or last.lineno)
        elif type(statement) not in COMPOUND and isinstance(statement, cst.BaseSmallStatement):
            node = next(it)
            spans[id(statement)] = (node.lineno, node.end_lineno or node.lineno)
        else:
            node = next(it)
            spans[id(statement)] = (node.lineno, node.end_lineno or node.lineno)
            _pair_compound(statement, node, spans, tests)
    if next(it, None) is not None:
        raise _Mismatch


def _pair_compound(statement: cst.CSTNode, node: ast.stmt, spans: Spans, tests: Tests) -> None:
    # (the twins are recorded only where the two trees plainly agree; elsewhere the guard's
    # text is generated from the libcst node as before)
    if type(statement) is cst.With and type(node) in (ast.With, ast.AsyncWith) and len(statement.items) == len(node.items):  # type: ignore[attr-defined]
        for item, ast_item in zip(statement.items, node.items):  # type: ignore[attr-defined]
            tests[id(item.item)] = ast_item.context_expr
    elif (type(statement), type(node)) in ((cst.If, ast.If), (cst.While, ast.While)):
        tests[id(statement.test)] = node.test  # type: ignore[attr-defined]
    if type(statement) in (cst.FunctionDef, cst.ClassDef, cst.With):
        _pair_block(_body(statement.body), node.body, spans, tests)  # type: ignore[attr-defined]
    elif type(statement) is cst.If:
        _pair_block(_body(statement.body), node.body, spans, tests)  # type: ignore[attr-defined]
        orelse = statement.orelse
        if type(orelse) is cst.If:
            _pair_block([orelse], node.orelse, spans, tests)  # type: ignore[attr-defined]
        elif type(orelse) is cst.Else:
            _pair_block(_body(orelse.body), node.orelse, spans, tests)  # type: ignore[attr-defined]
    elif type(statement) in (cst.For, cst.While):
        _pair_block(_body(statement.body), node.body, spans, tests)  # type: ignore[attr-defined]
        if statement.orelse is not None:
            _pair_block(_body(statement.orelse.body), node.orelse, spans, tests)  # type: ignore[attr-defined]
    elif type(statement) in (cst.Try, cst.TryStar):
        _pair_block(_body(statement.body), node.body, spans, tests)  # type: ignore[attr-defined]
        for handler, ast_handler in zip(statement.handlers, node.handlers, strict=True):  # type: ignore[attr-defined]
            _pair_block(_body(handler.body), ast_handler.body, spans, tests)
        if statement.orelse is not None:
            _pair_block(_body(statement.orelse.body), node.orelse, spans, tests)  # type: ignore[attr-defined]
        if statement.finalbody is not None:
            _pair_block(_body(statement.finalbody.body), node.finalbody, spans, tests)  # type: ignore[attr-defined]
    elif type(statement) is cst.Match:
        for case, ast_case in zip(statement.cases, node.cases, strict=True):  # type: ignore[attr-defined]
            _pair_block(_body(case.body), ast_case.body, spans, tests)
    else:
        raise _Mismatch


def _spans_from_positions(module: cst.Module) -> Spans:
    from libcst.metadata import MetadataWrapper, PositionProvider

    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    positions = wrapper.resolve(PositionProvider)
    return {
        id(node): (pos.start.line, pos.end.line)
        for node, pos in positions.items()
        if isinstance(node, (cst.BaseStatement, cst.BaseSmallStatement))
    }


def segment(lines: list[str], node: ast.expr) -> str | None:
    """The source text of ``node`` (``lines`` is the text split at ``\\n`` only, as the
    interpreter numbers lines when the text has no ``\\r``); ``None`` without positions.

    ast columns count UTF-8 bytes, so a line with other characters is sliced as bytes.
    """
    end_line, end_col = node.end_lineno, node.end_col_offset
    if end_line is None or end_col is None or not 0 < node.lineno <= end_line <= len(lines):
        return None
    first, last = lines[node.lineno - 1], lines[end_line - 1]
    if end_line == node.lineno:
        return _cut(first, node.col_offset, end_col)
    head, tail = _cut(first, node.col_offset, None), _cut(last, 0, end_col)
    if head is None or tail is None:
        return None
    return "\n".join((head, *lines[node.lineno : end_line - 1], tail))


def _cut(line: str, start: int, end: int | None) -> str | None:
    if line.isascii():
        return line[start:end]
    try:
        return line.encode("utf-8")[start:end].decode("utf-8")
    except UnicodeError:  # a lone surrogate, or a cut inside a character: let libcst render it
        return None
