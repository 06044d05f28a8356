"""``# mllens: ignore[...]`` and ``# mllens: ignore-file[...]`` comments, found by tokenizing.

Line numbers must be Python's own: ``str.splitlines()`` also breaks at ``\\f``, ``\\v``,
``\\x1c``-``\\x1e``, ``\\x85``, ``\\u2028`` and ``\\u2029``, which may sit inside a string
literal (or, for the form feed, in indentation) without ending a line, and would move every
later suppression onto the wrong line. Tokenizing also means only real comments count: a string
that spells ``# mllens: ignore`` suppresses nothing.

Tokenizing costs a fair part of a parse, so it runs only for the rare file that holds
something shaped like a suppression comment. A file that the tokenizer rejects (syntax newer than the running Python)
falls back to scanning lines split exactly where Python splits them.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator

__all__ = ["suppression_comments", "suppressions"]

_SUPPRESS = re.compile(r"#\s*mllens:\s*(ignore-file|ignore)\b(?:\[([^\]]*)\])?")
_LINE_END = re.compile(r"\r\n|\r|\n")

Suppressions = tuple[tuple[tuple[int, tuple[str, ...]], ...], tuple[str, ...]]


def suppressions(text: str) -> Suppressions:
    """Per-line suppressions ``((line, codes), ...)`` and the file-wide codes of ``text``."""
    if "mllens" not in text or not _SUPPRESS.search(text):
        return (), ()
    per_line: list[tuple[int, tuple[str, ...]]] = []
    whole: list[str] = []
    for number, comment in _comments(text):
        for match in _SUPPRESS.finditer(comment):
            codes = tuple(sorted(c.strip() for c in (match.group(2) or "").split(",") if c.strip())) or ("*",)
            if match.group(1) == "ignore-file":
                whole.extend(codes)
            else:
                per_line.append((number, codes))
    return tuple(per_line), tuple(sorted(set(whole)))


def _comments(text: str) -> list[tuple[int, str]]:
    """``(line, comment text)`` of every comment that mentions mllens."""
    try:
        return list(_tokenized_comments(text))
    except (tokenize.TokenError, SyntaxError, ValueError, RecursionError):
        return [(number, line) for number, line in enumerate(_LINE_END.split(text), start=1) if "mllens" in line]


def _tokenized_comments(text: str) -> Iterator[tuple[int, str]]:
    # newline=None: "\r" and "\r\n" end lines, as they do for the interpreter
    for token in tokenize.generate_tokens(io.StringIO(text, newline=None).readline):
        if token.type == tokenize.COMMENT and "mllens" in token.string:
            yield token.start[0], token.string


def suppression_comments(text: str) -> tuple[str, ...]:
    """The comments of ``text`` that suppress something, as written: their reasons
    (``because ...``) are read back by the filter stage, so they belong to the facts (an edit
    to a reason alone is then a facts change, and no run reuses results filtered with the old
    reason). Tokenises only a file that has a suppression."""
    if "mllens" not in text or not _SUPPRESS.search(text):
        return ()
    return tuple(comment for _, comment in _comments(text) if _SUPPRESS.search(comment))
