"""The scan of logical lines gives exactly ast's statement lines, and vouches only for text ast would accept."""

from __future__ import annotations

import ast
import types

import libcst as cst
import pytest

from pytest_mllens.facts.extraction import extract, lines
from pytest_mllens.facts.extraction.expressions import short
from pytest_mllens.facts.parsing import METRIC_WORDS

TRICKY = '''\
"""Docstring with ( and [ and a quote ' in it."""
import os; import sys
from typing import (
    Any,  # a comment inside brackets
    Literal,
)

X = """a
multi-line ( string"""
Y = 2; Z = 3


@decorator(
    "arg",
)
@other
async def fetch(x: int = 1, *, y: "str" = ")") -> Any:
    if x > 1 and (y or
                  x):  # trailing
        return x
    elif x := os.getcwd(): return 1
    else:
        pass
    while x \\
            < 3:
        x += 1
    else: x = 0
    async with open("a") as a, \\
            open("b"), (c):
        assert x > 0, f"{x!r} (bad"
    try: y = 1
    except (ValueError, TypeError) as error:
        raise
    else:
        y = 2
    finally: z = 3
    for item in [1, 2,
                 3]:
        continue
    match x:
        case {"k": 1}:
            pass
        case _: pass
    value = {"a": lambda: 1,
             "b": [x for x in range(3) if x]}
    return value


class Model(Base, metaclass=Meta): ...


def overloaded(
    self, flag: bool = True
) -> int: ...


def inline(): return (
    1)
'''


def _ast_spans(text: str) -> tuple[lines.Spans, cst.Module, dict[int, str]]:
    module = cst.parse_module(text)
    tests: lines.Tests = {}
    spans = lines.statement_spans(module, text, ast.parse(text), tests)
    raw = text.split("\n")
    return spans, module, {key: short(lines.segment(raw, twin) or "") for key, twin in tests.items()}


@pytest.mark.parametrize("text", [TRICKY, TRICKY.replace("    ", "\t"), "", "\n\n# only a comment", "x = 1", "x = 1  # no newline at the end"])
def test_scanned_spans_equal_ast_spans(text: str) -> None:
    """Every statement gets ast's first and last line from the scan, and each guard test's text
    read from its header is ast's segment of it."""
    expected, module, texts = _ast_spans(text)
    logical = lines.logical_lines(text)
    assert logical is not None
    tests: lines.Tests = {}
    assert lines.scanned_spans(module, text, logical, tests) == expected
    for key, twin in tests.items():
        found = lines.segment([], twin)
        if found is not None:
            assert short(found) == texts[key]


@pytest.mark.parametrize(
    "text",
    [
        "x = " + "(" * 31 + "1" + ")" * 31 + "\n",  # brackets deeper than the scan vouches for
        "".join(" " * i + "if x:\n" for i in range(90)) + " " * 90 + "pass\n",  # indentation
        "x = " + "-" * 1600 + "1\n",  # an expression nested one operator at a time
        "x = 'unterminated\n",
        "x = 1\r\ny = 2\r\n",  # line ends ast counts differently from a split at \n
        "x = 1 + \\\n\ny = 2\n",  # continued into an empty line
        "  x = 1\n",  # an unexpected indent
    ],
)
def test_scan_refuses_what_it_cannot_vouch_for(text: str) -> None:
    """Deep nesting, odd line ends and broken tokens are left to ast, as before."""
    assert lines.logical_lines(text) is None


def test_what_the_scan_cannot_place_is_left_to_ast() -> None:
    """Statements after a ``;`` on a line that spans several lines: the pairing gives up, and
    the extractor's spans come from ast as before."""
    text = 'X = """a\nb"""; Y = f(1)\n'
    logical = lines.logical_lines(text)
    assert logical is not None
    assert lines.scanned_spans(cst.parse_module(text), text, logical, {}) is None
    assert [call.line for call in extract.extract_facts(text, path="m.py", module="m").calls] == [2]


def test_long_flat_lines_are_vouched_for() -> None:
    """A long logical line that nests nothing (a signature of many parameters) is scanned."""
    text = "def f(\n" + "".join(f"    p{i}=None,\n" for i in range(400)) + "):\n    pass\n"
    assert lines.logical_lines(text) is not None


def test_common_case_does_not_call_ast(monkeypatch: pytest.MonkeyPatch) -> None:
    """A module the scan vouches for is parsed by libcst alone, with the same facts."""
    before = extract.extract_facts(TRICKY, path="m.py", module="m", metric_words=METRIC_WORDS)
    calls: list[str] = []
    recording = types.SimpleNamespace(**{**vars(ast), "parse": lambda text, *a, **k: calls.append(text) or ast.parse(text, *a, **k)})
    monkeypatch.setattr(extract, "ast", recording)
    monkeypatch.setattr(lines, "ast", recording)
    assert extract.extract_facts(TRICKY, path="m.py", module="m", metric_words=METRIC_WORDS) == before
    assert calls == []


def test_refused_text_takes_the_ast_way() -> None:
    """Text the scan refuses is still refused cleanly when ast refuses it too."""
    facts = extract.extract_facts("x = " + "(" * 250 + "1" + ")" * 250 + "\n", path="m.py", module="m")
    assert facts.error == "too deeply nested to parse; not analysed"


def test_an_assert_test_leaves_out_the_statement_separator() -> None:
    """`assert auc >= 0.8;` gives the test ast gives, without the semicolon after it."""
    source = "def check(auc):\n    assert auc >= 0.8;\n"
    expected = ast.get_source_segment(source, ast.parse(source).body[0].body[0].test)  # type: ignore[attr-defined]
    assert expected == "auc >= 0.8"
    assert lines._trimmed(" auc >= 0.8; ") == expected
    assert lines._trimmed(" auc >= 0.8 \\\n ; ") == expected
