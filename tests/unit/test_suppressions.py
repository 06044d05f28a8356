"""Suppression comments sit on Python's own lines: characters that str.splitlines() treats as line ends do not move them."""

from __future__ import annotations

import pytest

from pytest_mllens.facts.suppressions import suppressions

# every character str.splitlines() splits at that Python does not end a line with
NOT_LINE_ENDS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("char", NOT_LINE_ENDS, ids=[f"U+{ord(c):04X}" for c in NOT_LINE_ENDS])
def test_character_inside_a_string_does_not_shift_later_suppressions(char: str) -> None:
    """A string holding the character keeps the suppression two lines below it on line 3."""
    text = f'LABEL = "churn{char}model"\n\nclient.deploy(model)  # mllens: ignore[ML002]\n'
    assert suppressions(text) == (((3, ("ML002",)),), ())


def test_form_feed_as_page_break_does_not_shift_suppressions() -> None:
    """A form feed at the start of a line (a page break, valid whitespace) keeps the line count."""
    text = "import os\n\x0c\ndef main():\n    deploy()  # mllens: ignore[ungated-deployment]\n"
    assert suppressions(text) == (((4, ("ungated-deployment",)),), ())


def test_carriage_return_line_ends_count_like_python() -> None:
    """Old-Mac and Windows line ends are line ends."""
    assert suppressions("a = 1\rb = 2\r\nc = 3  # mllens: ignore\n") == (((3, ("*",)),), ())


def test_a_string_that_spells_a_suppression_is_not_one() -> None:
    """Only real comments suppress; text in a string literal is data."""
    text = 'HELP = "add # mllens: ignore[ML002] to silence it"\nNOTE = """\n# mllens: ignore-file\n"""\n'
    assert suppressions(text) == ((), ())


def test_file_suppressions_and_several_codes() -> None:
    """ignore-file collects codes for the whole file; codes are split, trimmed and sorted."""
    text = "# mllens: ignore-file[ML003]\nx = 1  # mllens: ignore[ML002, ML001]\n"
    assert suppressions(text) == (((2, ("ML001", "ML002")),), ("ML003",))


def test_untokenizable_text_falls_back_to_python_line_ends() -> None:
    """Text the tokenizer rejects is still scanned, on lines split where Python splits them."""
    text = 's = "a\u2028b\nx = (  # mllens: ignore[ML001]\n'
    assert suppressions(text) == (((2, ("ML001",)),), ())
