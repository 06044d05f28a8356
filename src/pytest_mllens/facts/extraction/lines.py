"""Line numbers for libcst statements without libcst's PositionProvider.

PositionProvider re-generates the whole file's code to count characters, which costs
about twice the parse itself. Statement line spans are all the engine needs (finer
positions are found by searching the statement's own lines). They come from a C-level scan
of the text's logical lines paired with libcst's statements (:func:`scanned_spans`, below);
where that pairing is in doubt, from CPython's ``ast``, paired with libcst's tree statement by
statement; when those disagree (a syntax the running interpreter's ``ast`` does not know), we
fall back to PositionProvider for that one file.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import libcst as cst

from ..source import parse_quietly

Spans = dict[int, tuple[int, int]]
"""``id(libcst statement node) -> (first line, last line)``, 1-based."""

Tests = dict[int, "ast.expr | TestText"]
"""``id(libcst expression) -> the same expression in the ast tree`` (or where the scan found its
text, :class:`TestText`), for the tests of ``if``,
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
            tree = parse_quietly(text)
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


def segment(lines: list[str], node: ast.expr | TestText) -> str | None:
    """The source text of ``node`` (``lines`` is the text split at ``\\n`` only, as the
    interpreter numbers lines when the text has no ``\\r``); ``None`` without positions.

    ast columns count UTF-8 bytes, so a line with other characters is sliced as bytes.
    """
    if type(node) is TestText:
        return node.segment()
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


# -- statement lines from a scan of the text, without ast.parse ---------------------------------
#
# ``ast.parse`` costs about a tenth of the libcst parse. What the extractor takes from it, the
# line span of each statement, follows from the logical lines of the text (where CPython's
# tokenizer emits NEWLINE) paired with libcst's statements in order: one logical line per simple
# statement line, decorator and block header. A C-level ``re`` scan finds them; strings,
# comments, brackets and backslash continuations are what can make a logical line span several
# physical lines. The pairing checks every header's keyword and that every logical line is used;
# on any doubt the caller parses with ``ast`` as before, so the spans are ast's or none.
#
# The scan is also the guard ast gave libcst's native parser, which overflows the C stack on
# pathological nesting: it vouches only for text whose brackets nest at most ``MAX_DEPTH``
# deep, whose blocks are indented by at most ``MAX_INDENT`` characters, and whose logical lines
# hold at most ``MAX_CODE`` characters outside string literals. CPython itself refuses 200
# nested brackets, 100 indentation levels and about 3,000 levels of expression nesting (one
# per character at best, ``-`` after ``-``), so what the scan accepts is far inside what ast
# accepts; anything else goes to ``ast.parse`` first, exactly as before.

MAX_DEPTH = 30
MAX_INDENT = 80
MAX_CODE = 1500

def portable(pattern: str, possessive: bool = sys.version_info >= (3, 11)) -> str:
    """``pattern`` as this Python's ``re`` accepts it: possessive quantifiers arrived in 3.11.

    The scanners use them so that a string literal that never closes fails in linear time. On
    3.10 the same token patterns are written without them: a class quantified ``++`` inside a
    repeated group becomes a single class (one character per round of the group, whose
    alternatives never match at the same place, so a failed match cannot backtrack
    exponentially), and ``*+`` becomes ``*`` (every later part of these patterns is optional or
    cannot match what the loop consumed, so the first match is the same).
    """
    if possessive:
        return pattern
    return pattern.replace("]++", "]").replace("*+", "*")


_SCAN = re.compile(portable(
    r"'''(?:[^'\\]++|\\[\s\S]|'(?!''))*+'''"
    r'|"""(?:[^"\\]++|\\[\s\S]|"(?!""))*+"""'
    r"|'(?:[^'\\\n]++|\\[\s\S])*+'"
    r'|"(?:[^"\\\n]++|\\[\s\S])*+"'
    r"|#[^\n]*+"
    r"|[(\[{]|[)\]}]"
    r"|\\\n"
    r"|\n(?:[ \t\f]*+(?:#[^\n]*+)?\n)*+[ \t\f]*+"
    r"|;"
    r"|['\"\\]"  # an unterminated string, a stray backslash: not vouched for
))
_LEADING = re.compile(portable(r"(?:[ \t\f]*+(?:#[^\n]*+)?\n)*+[ \t\f]*+"))
_SURROGATE = re.compile("[\ud800-\udfff]")


_NESTING = re.compile(r"[-+*/%@&|^~<>.(\[{!=]|\b(?:not|lambda|if|await|and|or|in|is)\b")


def _too_deep(text: str, start: int, end: int) -> bool:
    """Whether a long logical line has more than ``MAX_CODE`` tokens that can nest an expression
    one level deeper (operators, brackets, ``not``, ``lambda``, a conditional...; counted in
    its strings too, which only errs on the side of ast): a long but flat line (a signature
    of fifty parameters, a table) is vouched for."""
    return len(_NESTING.findall(text, start, end)) > MAX_CODE


class LogicalLine(NamedTuple):
    first: int
    """Line of its first token (1-based)."""
    last: int
    """Line of its last token."""
    start: int
    """Offset of its first character in the text."""
    end: int
    """Offset just past its last character (before the newline, or a trailing comment)."""


def logical_lines(text: str) -> list[LogicalLine] | None:
    """The logical lines of ``text``, or None when the scan does not vouch for the text (see above)."""
    # NUL: CPython refuses it ("source code string cannot contain null bytes"), so ast must say so
    if "\r" in text or "\0" in text or (not text.isascii() and _SURROGATE.search(text)):
        return None
    found: list[LogicalLine] = []
    lead = _LEADING.match(text)
    assert lead is not None  # matches the empty string at least
    line = 1 + lead.group().count("\n")
    start, first = lead.end(), line  # the current logical line, from its first character
    if start < len(text) and start > text.rfind("\n", 0, start) + 1:
        return None  # an indented first statement: ast words the IndentationError
    depth = 0
    strings = 0  # characters of string literals in the current logical line
    comment = -1  # where a comment at depth 0 starts: the logical line's trailing comment
    continued = -1  # end of the last backslash continuation
    for match in _SCAN.finditer(text, start):
        token = match.group()
        head = token[0]
        if head == "\n":
            if depth:
                line += token.count("\n")
                continue
            if continued > start and not text[continued : match.start()].strip(" \t\f"):
                return None  # continued into an empty line: the last token is a line above
            end = comment if comment > start else match.start()
            if end - start - strings > MAX_CODE and _too_deep(text, start, end):
                return None
            found.append(LogicalLine(first, line, start, end))
            line += token.count("\n")
            start, first, strings, comment = match.end(), line, 0, -1
            if start - (text.rfind("\n", 0, start) + 1) > MAX_INDENT:
                return None
        elif head == "#":
            if not depth:
                comment = match.start()
        elif head in "'\"":
            if len(token) == 1:
                return None
            strings += len(token)
            line += token.count("\n")
        elif head in "([{":
            depth += 1
            if depth > MAX_DEPTH:
                return None
        elif head in ")]}":
            depth -= 1
            if depth < 0:
                return None
        elif head == "\\":
            if len(token) == 1 or match.start() == start:
                return None
            line += 1
            continued = match.end()
    if depth:
        return None
    if start < len(text) and text[start] != "#":  # a last line without a newline after it
        if continued > start and not text[continued:].strip(" \t\f"):
            return None
        end = comment if comment > start else len(text)
        if end - start - strings > MAX_CODE and _too_deep(text, start, end):
            return None
        found.append(LogicalLine(first, line, start, end))
    return found


class TestText:
    """The source text of a guard's test, found in its header's logical line only when asked
    for (most guards never need their text): after the keyword, up to the ``:`` that ends an
    ``if`` / ``while`` header, the ``,`` before an assertion's message, or, for context manager
    ``item`` of a ``with``, up to its ``as`` or ``,``. ``None`` (libcst renders it instead)
    where a ``lambda`` leaves the colon in doubt or the header does not read as expected."""

    __slots__ = ("end", "item", "start", "stop", "text")

    def __init__(self, text: str, start: int, end: int, stop: str, item: int = 0) -> None:
        self.text, self.start, self.end, self.stop, self.item = text, start, end, stop, item

    def _outer_tokens(self) -> Iterator[re.Match[str]]:
        """The header's tokens outside brackets, strings and comments: where its colon, commas
        and ``as`` can be."""
        depth = 0
        for match in _HEADER.finditer(self.text, self.start, self.end):
            token = match.group()
            if token in ("(", "[", "{"):
                depth += 1
            elif token in (")", "]", "}"):
                depth -= 1
            elif not depth and token[0] not in "'\"#":
                yield match

    def colon(self) -> int:
        """Offset of the colon that ends the header, or -1 where it is in doubt."""
        for match in self._outer_tokens():
            token = match.group()
            if token == "lambda":
                return -1
            elif token == ":" and self.text[match.end() : match.end() + 1] != "=":
                return match.start()
        return -1

    def segment(self) -> str | None:
        found = self._segment()
        return None if found is None else _trimmed(found)

    def _segment(self) -> str | None:
        text, stop = self.text, self.stop
        items: list[str] = []
        begin = self.start
        until = -1  # where the current with-item's expression ends (its `as`)
        for match in self._outer_tokens():
            token = match.group()
            if token == "lambda":
                return None
            elif token == "as":
                if stop != "with" or until >= 0:
                    return None
                until = match.start()
            elif token == ",":
                if stop == ",":
                    return text[begin : match.start()]
                if stop == "with":
                    items.append(text[begin : until if until >= 0 else match.start()])
                    begin, until = match.end(), -1
            elif token == ":" and text[match.end() : match.end() + 1] != "=":
                if stop == ",":
                    return None
                if stop == ":":
                    return text[begin : match.start()]
                items.append(text[begin : until if until >= 0 else match.start()])
                return items[self.item] if self.item < len(items) else None
        return text[begin : self.end] if stop == "," else None


def _trimmed(piece: str) -> str:
    """``piece`` without the blanks and backslash continuations around it (ast's segment starts
    at the test's first token and ends at its last; those inside it stay)."""
    while True:
        piece = piece.strip(" \t\f\n")
        if piece.endswith(";"):  # `assert auc >= 0.8;`: the statement's separator, not the test's
            piece = piece[:-1]
        elif piece.startswith("\\\n"):
            piece = piece[2:]
        elif piece.endswith("\\"):
            piece = piece[:-1]
        else:
            return piece


_HEADER = re.compile(portable(
    r"'''(?:[^'\\]++|\\[\s\S]|'(?!''))*+'''"
    r'|"""(?:[^"\\]++|\\[\s\S]|"(?!""))*+"""'
    r"|'(?:[^'\\\n]++|\\[\s\S])*+'"
    r'|"(?:[^"\\\n]++|\\[\s\S])*+"'
    r"|#[^\n]*+|[()\[\]{}:,]|\b(?:lambda|as)\b"
))


_KEYWORD = re.compile(r"(?:async[ \t\f]+|async\\\n[ \t\f]*)?([A-Za-z_]\w*|@)")
_HEADERS = frozenset({"@", "def", "class", "if", "elif", "else", "for", "while", "try", "except", "finally", "with"})


def scanned_spans(module: cst.Module, text: str, logical: list[LogicalLine], tests: Tests) -> Spans | None:
    """``statement_spans`` from :func:`logical_lines` instead of ast; None when the two do not
    pair up (then nothing is recorded in ``tests``)."""
    spans: Spans = {}
    pairing = _Pairing(text, logical, spans, tests)
    try:
        pairing.block(module.body)
    except (_Mismatch, IndexError, AttributeError):
        tests.clear()
        return None
    if pairing.next != len(logical):
        tests.clear()
        return None
    return spans


class _Pairing:
    def __init__(self, text: str, logical: list[LogicalLine], spans: Spans, tests: Tests) -> None:
        self.text, self.logical, self.spans, self.tests = text, logical, spans, tests
        self.next = 0

    def header(self, *keywords: str) -> tuple[LogicalLine, int]:
        """The next logical line, which must begin with one of ``keywords`` (after ``async``):
        it and the offset just past its keyword."""
        line = self.logical[self.next]
        self.next += 1
        found = _KEYWORD.match(self.text, line.start)
        if found is None or found.group(1) not in keywords:
            raise _Mismatch
        return line, found.end()

    def block(self, body: Sequence[cst.CSTNode]) -> None:
        spans, tests = self.spans, self.tests
        for statement in body:
            kind = type(statement)
            if kind is cst.SimpleStatementLine:
                line = self.logical[self.next]
                self.next += 1
                word = _KEYWORD.match(self.text, line.start)
                if word is not None and word.group(1) in _HEADERS:
                    raise _Mismatch
                smalls = statement.body
                if len(smalls) > 1 and line.first != line.last:
                    raise _Mismatch  # where each small statement starts is ast's to say
                span = (line.first, line.last)
                for small in smalls:
                    spans[id(small)] = span
                spans[id(statement)] = span
                if len(smalls) == 1 and type(smalls[0]) is cst.Assert and not smalls[0].test.lpar:
                    if word is None or word.group(1) != "assert":
                        raise _Mismatch
                    tests[id(smalls[0].test)] = TestText(self.text, word.end(), line.end, ",")  # type: ignore[assignment]
            elif kind in COMPOUND:
                first = self.compound(statement)
                spans[id(statement)] = (first, self.logical[self.next - 1].last)
            else:
                raise _Mismatch

    def suite(self, suite: cst.BaseSuite, header: LogicalLine, after: int) -> None:
        """A block, or the statements after a header's colon (``after``: past its keyword)."""
        if type(suite) is cst.IndentedBlock:
            self.block(suite.body)
            return
        if type(suite) is not cst.SimpleStatementSuite:
            raise _Mismatch
        span = (header.first, header.last)
        if header.first != header.last:  # `def f(\n  x,\n) -> int: ...`: from the colon on
            colon = TestText(self.text, after, header.end, ":").colon()
            if colon < 0:
                raise _Mismatch
            rest = self.text[colon + 1 : header.end].lstrip(" \t\f")
            if rest.startswith("\\") or ("\n" in rest and len(suite.body) > 1):
                raise _Mismatch  # where each statement starts is ast's to say
            span = (header.first + self.text.count("\n", header.start, colon), header.last)
        for small in suite.body:
            self.spans[id(small)] = span

    def compound(self, statement: cst.CSTNode) -> int:
        """Pair a compound statement's headers and blocks; its first line (ast's ``lineno``)."""
        kind = type(statement)
        if kind is cst.FunctionDef or kind is cst.ClassDef:
            for _ in statement.decorators:  # type: ignore[attr-defined]
                self.header("@")
            line, after = self.header("def" if kind is cst.FunctionDef else "class")
            self.suite(statement.body, line, after)  # type: ignore[attr-defined]
        elif kind is cst.If:
            line = self._if(statement, "if")  # type: ignore[arg-type]
        elif kind is cst.For or kind is cst.While:
            line, after = self.header("for" if kind is cst.For else "while")
            if kind is cst.While and not statement.test.lpar:  # type: ignore[attr-defined]
                self.tests[id(statement.test)] = TestText(self.text, after, line.end, ":")  # type: ignore[assignment, attr-defined]
            self.suite(statement.body, line, after)  # type: ignore[attr-defined]
            self._else(statement.orelse)  # type: ignore[attr-defined]
        elif kind is cst.Try or kind is cst.TryStar:
            line, after = self.header("try")
            self.suite(statement.body, line, after)  # type: ignore[attr-defined]
            for handler in statement.handlers:  # type: ignore[attr-defined]
                handler_line, handler_after = self.header("except")
                self.suite(handler.body, handler_line, handler_after)
            self._else(statement.orelse)  # type: ignore[attr-defined]
            if statement.finalbody is not None:  # type: ignore[attr-defined]
                final, final_after = self.header("finally")
                self.suite(statement.finalbody.body, final, final_after)  # type: ignore[attr-defined]
        elif kind is cst.With:
            line, after = self.header("with")
            if statement.lpar is None or type(statement.lpar) is cst.MaybeSentinel:  # type: ignore[attr-defined]
                for number, item in enumerate(statement.items):  # type: ignore[attr-defined]
                    if not getattr(item.item, "lpar", None):  # ast's segment leaves the parentheses out
                        self.tests[id(item.item)] = TestText(self.text, after, line.end, "with", number)  # type: ignore[assignment]
            self.suite(statement.body, line, after)  # type: ignore[attr-defined]
        elif kind is cst.Match:
            line, _ = self.header("match")
            for case in statement.cases:  # type: ignore[attr-defined]
                case_line, case_after = self.header("case")
                self.suite(case.body, case_line, case_after)
        else:
            raise _Mismatch
        return line.first

    def _if(self, statement: cst.If, keyword: str) -> LogicalLine:
        line, after = self.header(keyword)
        if not statement.test.lpar:  # type: ignore[attr-defined]
            self.tests[id(statement.test)] = TestText(self.text, after, line.end, ":")  # type: ignore[assignment]
        self.suite(statement.body, line, after)
        orelse = statement.orelse
        if type(orelse) is cst.If:  # an elif: ast's If in the orelse, with its own span
            first = self._if(orelse, "elif").first
            self.spans[id(orelse)] = (first, self.logical[self.next - 1].last)
        elif orelse is not None:
            self._else(orelse)
        return line

    def _else(self, orelse: cst.Else | None) -> None:
        if orelse is not None:
            line, after = self.header("else")
            self.suite(orelse.body, line, after)

