"""``--mllens-baseline PATH``: adopt the lens on an existing codebase without fixing
everything first. Findings recorded in the baseline pass; new ones fail; entries that no
longer match a finding are reported as stale so the baseline only shrinks.

An entry is matched by fingerprint (see :func:`records.fingerprints`), which leaves the line
number out: adding or removing lines above a finding, or reformatting other code in the file,
keeps it matched. A project-wide finding (ML003's "nothing monitors") is matched by its check
and message alone, since its anchor moves when another serving module sorts first. The file is JSON, sorted, one entry per finding, meant to be committed::

    {"tool": "pytest-mllens", "version": 1,
     "findings": [{"fingerprint", "check", "path", "line", "message"}]}

``line`` and ``message`` are for the reader of a diff; only ``fingerprint`` is matched.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..analysis import Analysis
from ..findings import Finding
from ..facts.text import SourceLines
from .files import write_text
from .records import Record, fingerprints

__all__ = ["BaselineError", "Entry", "apply_baseline", "baseline_document", "load_baseline", "write_baseline"]

VERSION = 1


class BaselineError(Exception):
    """The baseline file cannot be read; the message says why."""


@dataclass(frozen=True, order=True)
class Entry:
    path: str
    line: int
    check: str
    message: str
    fingerprint: str


def load_baseline(path: Path) -> list[Entry]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such file (write it with --mllens-baseline-update)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not a readable mllens baseline ({exc.__class__.__name__}: {exc})") from None
    items = document.get("findings") if isinstance(document, dict) else None
    if not isinstance(items, list) or document.get("version") != VERSION:
        raise BaselineError(f"{path}: expected an mllens baseline (version {VERSION}) with a 'findings' list")
    entries = []
    for number, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise BaselineError(f"{path}: findings[{number}]: expected an object with a string 'fingerprint' (got {item!r:.60})")
        line = item.get("line", 0)
        entries.append(Entry(str(item.get("path", "")), line if isinstance(line, int) else 0, str(item.get("check", "")), str(item.get("message", "")), item["fingerprint"]))
    return entries


def apply_baseline(analysis: Analysis, entries: list[Entry]) -> list[Entry]:
    """Move the open findings the baseline records to ``baselined`` (in place); return the
    entries no finding matched (stale), for checks that ran."""
    available = Counter(e.fingerprint for e in entries)
    text = SourceLines(analysis.root)
    for name, result in list(analysis.results.items()):
        prints = fingerprints(analysis, [(result.check, f) for f in result.findings], text)
        kept, accepted = [], []
        for finding, fingerprint in zip(result.findings, prints):
            if available[fingerprint] > 0:
                available[fingerprint] -= 1
                accepted.append(finding)
            elif finding.project_wide and (older := _recorded_in_place(entries, available, result.check.name, finding)) is not None:
                available[older.fingerprint] -= 1  # a baseline written before it was matched by place
                accepted.append(finding)
            else:
                kept.append(finding)
        analysis.results[name] = replace(result, findings=tuple(kept), baselined=tuple(sorted((*result.baselined, *accepted))))
    ran = {name for name in analysis.results} | {result.check.id for result in analysis.results.values()}
    stale = []
    for entry in sorted(entries):
        if available[entry.fingerprint] > 0 and entry.check in ran:
            available[entry.fingerprint] -= 1
            stale.append(entry)
    return stale


def _recorded_in_place(entries: list[Entry], available: Counter[str], check: str, finding: Finding) -> Entry | None:
    """An entry for the same project-wide verdict recorded with the fingerprint of its old
    anchor (baselines written by versions that matched it by place)."""
    return next((e for e in entries if available[e.fingerprint] > 0 and e.check == check and e.message == finding.message), None)


def baseline_document(items: list[Record]) -> dict[str, Any]:
    """The baseline recording every open and baselined finding (suppressed ones need none)."""
    entries = sorted(
        Entry(r.finding.path, r.finding.line, r.check.name, r.finding.message, r.fingerprint) for r in items if r.status != "suppressed"
    )
    return {
        "tool": "pytest-mllens",
        "version": VERSION,
        "findings": [{"fingerprint": e.fingerprint, "check": e.check, "path": e.path, "line": e.line, "message": e.message} for e in entries],
    }


def write_baseline(path: Path, items: list[Record]) -> None:
    write_text(path, json.dumps(baseline_document(items), indent=2) + "\n")
