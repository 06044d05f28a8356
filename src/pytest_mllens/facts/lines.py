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


class _Mismatch(Exception):
    pass


def statement_spans(module: cst.Module, text: str, tree: ast.Module | None = None) -> Spans:
    """Return the line span of every statement of ``module``.

    ``tree`` is ``ast.parse(text)`` when the caller has it already; without it (or when
    ``ast`` rejects the text) positions come from libcst's PositionProvider.
    """
    if tree is None:
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeEncodeError):
            return _spans_from_positions(module)
    spans: Spans = {}
    try:
        _pair_block(module.body, tree.body, spans)
    except (_Mismatch, StopIteration, AttributeError):
        return _spans_from_positions(module)
    return spans


def _body(node: cst.BaseSuite) -> Sequence[cst.CSTNode]:
    return node.body


def _pair_block(cst_body: Sequence[cst.CSTNode], ast_body: list[ast.stmt], spans: Spans) -> None:
    it: Iterator[ast.stmt] = iter(ast_body)
    for statement in cst_body:
        if isinstance(statement, cst.SimpleStatementLine):
            first = last = None
            for small in statement.body:
                node = next(it)
                spans[id(small)] = (node.lineno, node.end_lineno or node.lineno)
                first = first or node
                last = node
            if first is not None and last is not None:
                spans[id(statement)] = (first.lineno, last.end_lineno or last.lineno)
        elif isinstance(statement, cst.BaseSmallStatement):
            node = next(it)
            spans[id(statement)] = (node.lineno, node.end_lineno or node.lineno)
        else:
            node = next(it)
            spans[id(statement)] = (node.lineno, node.end_lineno or node.lineno)
            _pair_compound(statement, node, spans)
    if next(it, None) is not None:
        raise _Mismatch


def _pair_compound(statement: cst.CSTNode, node: ast.stmt, spans: Spans) -> None:
    if isinstance(statement, (cst.FunctionDef, cst.ClassDef, cst.With)):
        _pair_block(_body(statement.body), node.body, spans)  # type: ignore[attr-defined]
    elif isinstance(statement, cst.If):
        _pair_block(_body(statement.body), node.body, spans)  # type: ignore[attr-defined]
        orelse = statement.orelse
        if isinstance(orelse, cst.If):
            _pair_block([orelse], node.orelse, spans)  # type: ignore[attr-defined]
        elif isinstance(orelse, cst.Else):
            _pair_block(_body(orelse.body), node.orelse, spans)  # type: ignore[attr-defined]
    elif isinstance(statement, (cst.For, cst.While)):
        _pair_block(_body(statement.body), node.body, spans)  # type: ignore[attr-defined]
        if statement.orelse is not None:
            _pair_block(_body(statement.orelse.body), node.orelse, spans)  # type: ignore[attr-defined]
    elif isinstance(statement, (cst.Try, cst.TryStar)):
        _pair_block(_body(statement.body), node.body, spans)  # type: ignore[attr-defined]
        for handler, ast_handler in zip(statement.handlers, node.handlers, strict=True):  # type: ignore[attr-defined]
            _pair_block(_body(handler.body), ast_handler.body, spans)
        if statement.orelse is not None:
            _pair_block(_body(statement.orelse.body), node.orelse, spans)  # type: ignore[attr-defined]
        if statement.finalbody is not None:
            _pair_block(_body(statement.finalbody.body), node.finalbody, spans)  # type: ignore[attr-defined]
    elif isinstance(statement, cst.Match):
        for case, ast_case in zip(statement.cases, node.cases, strict=True):  # type: ignore[attr-defined]
            _pair_block(_body(case.body), ast_case.body, spans)
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
