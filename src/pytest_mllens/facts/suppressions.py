"""``# mllens: ignore[...]`` and ``# mllens: ignore-file[...]`` comments, found by a text scan.

A regular expression over the lines that mention ``mllens`` is exact enough (the comment
must be a comment to matter, and a string that spells one is rare and harmless: an unused
suppression is reported) and far cheaper than tokenizing every file.
"""

from __future__ import annotations

import re

__all__ = ["suppressions"]

_SUPPRESS = re.compile(r"#\s*mllens:\s*(ignore-file|ignore)\b(?:\[([^\]]*)\])?")


def suppressions(text: str) -> tuple[tuple[tuple[int, tuple[str, ...]], ...], tuple[str, ...]]:
    if "mllens" not in text:
        return (), ()
    per_line: list[tuple[int, tuple[str, ...]]] = []
    whole: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "mllens" not in line:
            continue
        for match in _SUPPRESS.finditer(line):
            codes = tuple(sorted(c.strip() for c in (match.group(2) or "").split(",") if c.strip())) or ("*",)
            if match.group(1) == "ignore-file":
                whole.extend(codes)
            else:
                per_line.append((number, codes))
    return tuple(per_line), tuple(sorted(set(whole)))
