"""Backslash continuations joined: the one reading of "a line" shared by the config readers.

Dockerfiles, shell scripts, Makefile recipes and CI ``run:`` blocks all continue a command
over several lines with a trailing backslash (``RUN pip install \\`` / ``    -r requirements.txt``).
Entry references, build steps, staged copies, shell commands and Makefile targets are read
per logical line, numbered by its first physical line so that evidence points where the
command starts. Kept free of regular expressions: discovery imports the config readers on
every run.
"""

from __future__ import annotations

__all__ = ["continued_lines"]


def continued_lines(text: str) -> list[tuple[int, str]]:
    """Lines with backslash continuations joined, each with the number of its first line.

    A line whose text (trailing whitespace aside) ends with ``\\`` is joined to the next one
    with a space in place of the backslash; the next line is kept as written (its indent too).
    """
    joined: list[tuple[int, str]] = []
    lines = text.split("\n")
    number = 0
    while number < len(lines):
        start = number + 1
        line = lines[number]
        while line.rstrip().endswith("\\") and number + 1 < len(lines):
            number += 1
            line = line.rstrip()[:-1] + " " + lines[number]
        number += 1
        joined.append((start, line))
    return joined
