"""The one source of truth every report renders: each finding of a run with its check, its
status (open, suppressed, baselined) and its fingerprint.

SARIF, GitHub annotations, the concise lines, the baseline, the pillar summary and the HTML
scorecard all start from :func:`records`, so no two outputs can disagree about a finding.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..check import Check
from ..analysis import Analysis
from ..facts.records import FileFacts
from ..facts.text import SourceLines, joined_line
from ..findings import Finding

__all__ = ["Record", "fingerprints", "records", "source_line"]

OPEN, SUPPRESSED, BASELINED = "open", "suppressed", "baselined"


@dataclass(frozen=True)
class Record:
    """One finding as every report sees it."""

    check: type[Check]
    finding: Finding
    status: str = OPEN
    how: str = ""  # for a suppressed finding: inline, file or per-file-ignores
    reason: str = ""  # the suppression's ``because ...``
    fingerprint: str = ""
    root: Path | None = None  # the analysed root, so outputs can show paths from elsewhere

    @property
    def sort_key(self) -> tuple[str, int, int, int, str, str]:
        f = self.finding
        return (f.path, f.cell, f.line, f.column, self.check.id, f.message)


def records(analysis: Analysis, text: SourceLines | None = None) -> list[Record]:
    """Every finding of ``analysis`` (open, suppressed and baselined), sorted, fingerprinted."""
    text = text or SourceLines(analysis.root)
    raw: list[Record] = []
    for result in analysis.results.values():
        raw.extend(Record(result.check, f) for f in result.findings)
        raw.extend(Record(result.check, s.finding, SUPPRESSED, s.how, s.reason) for s in result.suppressed)
        raw.extend(Record(result.check, f, BASELINED) for f in result.baselined)
    prints = fingerprints(analysis, [(r.check, r.finding) for r in raw], text)
    out = [Record(r.check, r.finding, r.status, r.how, r.reason, p, analysis.root) for r, p in zip(raw, prints)]
    return sorted(out, key=lambda r: r.sort_key)


_NUMBER = re.compile(r"\b\d+\b")
_SPACE = re.compile(r"\s+")


def fingerprints(analysis: Analysis, items: list[tuple[type[Check], Finding]], text: SourceLines) -> list[str]:
    """A fingerprint per finding that survives unrelated edits: a hash of the check, the path,
    the message with numbers blanked (messages cite other lines), the finding's source line
    stripped of whitespace, and its index among findings equal in all of those. The line
    number is not part of it, so lines added above a finding change nothing. A project-wide
    finding is the check and the message alone: its anchor moves with the modules."""
    by_path = {f.path: f for f in analysis.files}
    keys = []
    for check, finding in items:
        message = _SPACE.sub(" ", _NUMBER.sub("#", finding.message)).strip()
        if finding.project_wide:  # its place is one of many: the check and message name it
            keys.append((check.name, "", message, ""))
            continue
        code = _SPACE.sub("", source_line(by_path.get(finding.path), finding, text))
        keys.append((check.name, finding.path, message, code))
    order = sorted(range(len(items)), key=lambda i: (keys[i], items[i][1].cell, items[i][1].line, items[i][1].column))
    seen: Counter[tuple[str, str, str, str]] = Counter()
    result = [""] * len(items)
    for i in order:
        index = seen[keys[i]]
        seen[keys[i]] += 1
        payload = "\0".join((*keys[i], str(index)))
        result[i] = hashlib.blake2b(payload.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
    return result


def source_line(facts: FileFacts | None, finding: Finding, text: SourceLines) -> str:
    """The source line a finding points at ("" when the file cannot be read back)."""
    number = finding.line
    if finding.cell and facts is not None:
        number = joined_line(facts.cells, finding.cell, finding.line)
    return text.line(finding.path, number)
