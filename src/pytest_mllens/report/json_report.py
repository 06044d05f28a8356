"""``--mllens-report json:PATH``: the public, stable machine-readable report.

Shape (documented in docs/report.md and the README; keys and nesting never change within a
major version, new keys are only added, and ``schema_version`` counts the additions)::

    {"schema_version": 3, "tool": {"name", "version"}, "root",
     "findings": [FINDING (open findings only, as before)],
     "suppressed": [FINDING + "suppressed_by", "reason"],          # schema 2
     "baselined": [FINDING],                                       # schema 2
     "checks": [{"check", "name", "outcome", "reason", "findings",
                 "suppressed", "baselined"}],                      # schema 2
     "modules": [{"module", "path", "roles": [{"role", "reason", "line"}],
                  "written_to" (a file a notebook's %%writefile cell writes; ``path`` is the notebook)}],
     "errors": [{"path", "message"}],
     "releases": [{"kind", "api", "framework", "path", "line", "gated",
                   "gate" (gated) | "ungated_path": [{"step", "at"}], "finding_sites" (ungated)}]}

    FINDING = {"check", "name", "path", "line", "column", "message",
               "principles": [lens best-practice IDs, sorted], "principle": design
               principle or null, "severity", "evidence": [...],
               # schema 2:
               "status": "open" | "suppressed" | "baselined", "fingerprint",
               "evidence_items": [... (complete: never abridged)], "why", "fix",
               "references": [{"id", "title", "url", "kind": "practice" | "principle"}]
               (in the check's order: its practices, then its design principle),
               # schema 3, only for a finding in a notebook:
               "cell": its 1-based position among the notebook's cells ("line" is within it)}

``evidence`` is what the terminal shows: a long list (ML003's unmonitored exposures) keeps
its first entries and a line ``... and N more``; ``evidence_items`` is never abridged, so a
consumer gets every entry there.

``path`` stays relative to the analysed root. ``releases`` lists every release site the
release-flow graph knows (deploys, registrations, promotions), gated or not, so that a
reviewer can audit the gates as well as the findings.

A check that crashed is an ``errors`` entry with ``path`` ``mllens::<check-name>``, so a
consumer never mistakes it for a clean check; its ``checks`` entry says ``failed`` with the
error as its ``reason``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..analysis import Analysis
from ..check import Check
from ..facts.records import cell_position
from ..filters import check_selected
from ..version import __version__
from .files import write_text
from .records import BASELINED, OPEN, SUPPRESSED, Record, records
from .terminal import references

if TYPE_CHECKING:
    from ..registry import Registry

__all__ = ["SCHEMA_VERSION", "evidence_items", "json_report", "write_json"]

SCHEMA_VERSION = 3
"""1: the first published shape (no ``schema_version`` key). 2: adds ``schema_version``,
``suppressed``, ``baselined``, ``checks`` and, per finding, ``status``, ``fingerprint``,
``evidence_items``, ``why``, ``fix`` and ``references``. 3: adds ``cell`` to a finding in a
notebook, so a consumer can place it without parsing the evidence text."""

PASSED, FAILED, SKIPPED, DISABLED, DESELECTED = "passed", "failed", "skipped", "disabled", "deselected"


def json_report(analysis: Analysis, *, outcomes: Mapping[str, str] | None = None, registry: Registry | None = None) -> dict[str, Any]:
    """The report of ``analysis``. ``outcomes`` (check name -> the pytest outcome of its item)
    and ``registry`` (every installed check) let ``checks`` say skipped, deselected and
    disabled too; without them each check that ran is passed or failed by its findings."""
    items = records(analysis)
    by_status: dict[str, list[dict[str, Any]]] = {OPEN: [], SUPPRESSED: [], BASELINED: []}
    for record in items:
        by_status[record.status].append(_finding(record))
    for rows in by_status.values():  # the order schema 1 promised: path, line, column, check, message
        rows.sort(key=lambda f: (f["path"], f["line"], f["column"], f["check"], f["message"]))
    modules = []
    for facts in sorted(analysis.files, key=lambda f: (f.origin or f.path, f.path)):
        if facts.error:
            continue
        roles = []
        for reason in analysis.roles.get(facts.path, ()):
            line = reason.line
            if (facts.kind == "ipynb" or facts.origin) and facts.cells:
                _, line = cell_position(facts.cells, line)
            roles.append({"role": reason.role, "reason": reason.reason, "line": line})
        if facts.origin:  # a file a notebook writes (%%writefile): reported in the notebook
            modules.append({"module": facts.module, "path": facts.origin, "roles": roles, "written_to": facts.path})
        else:
            modules.append({"module": facts.module, "path": facts.path, "roles": roles})
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "pytest-mllens", "version": __version__},
        "root": analysis.root.as_posix(),
        "findings": by_status[OPEN],
        "suppressed": by_status[SUPPRESSED],
        "baselined": by_status[BASELINED],
        "checks": _checks(analysis, outcomes, registry),
        "modules": modules,
        "errors": [{"path": path, "message": message} for path, message in analysis.errors]
        + [{"path": f"mllens::{name}", "message": result.error} for name, result in sorted(analysis.results.items()) if result.error],
        "releases": list(analysis.releases),
    }


def evidence_items(evidence: tuple[str, ...] | list[str]) -> list[str]:
    """The evidence as self-contained statements: a heading line (ending in ``:``) and the
    indented lines under it become one item (``import chain: a -> b (l.6); b -> c (l.2)``),
    and no item keeps the terminal's indentation."""
    out: list[str] = []
    heading = ""
    parts: list[str] = []
    for line in evidence:
        if line[:1].isspace() and heading:
            parts.append(line.strip())
            continue
        if heading:
            out.append(f"{heading} {'; '.join(parts)}" if parts else heading)
            heading, parts = "", []
        if line.rstrip().endswith(":") and not line[:1].isspace():
            heading = line.rstrip()
        else:
            out.append(line.strip())
    if heading:
        out.append(f"{heading} {'; '.join(parts)}" if parts else heading)
    return out


def _finding(record: Record) -> dict[str, Any]:
    check, finding = record.check, record.finding
    evidence = list(finding.evidence)
    complete = list(finding.complete_evidence)  # `evidence` as the terminal shows it; the items in full
    if finding.cell:
        evidence.insert(0, f"notebook cell {finding.cell}, line {finding.line} of the cell")
        complete.insert(0, evidence[0])
    entry: dict[str, Any] = {
        "check": check.id,
        "name": check.name,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "message": finding.message,
        "principles": sorted(check.practices),
        "principle": check.principle or None,
        "severity": finding.severity,
        "evidence": evidence,
        "status": record.status,
        "fingerprint": record.fingerprint,
        "evidence_items": evidence_items(complete),
        "why": check.rationale,
        "fix": check.fix,
        "references": _references(check),
    }
    if finding.cell:
        entry["cell"] = finding.cell
    if record.status == SUPPRESSED:
        entry["suppressed_by"] = record.how
        entry["reason"] = record.reason
    return entry


def _references(check: type[Check]) -> list[dict[str, str]]:
    try:
        refs = references(check)
    except KeyError:  # a plugin's check citing an ID the catalogue lacks: the IDs alone
        return [{"id": p, "title": "", "url": "", "kind": "practice"} for p in check.practices]
    return [{"id": ref.id, "title": ref.title, "url": ref.url, "kind": "practice" if ref.id in check.practices else "principle"} for ref in refs]


def _checks(analysis: Analysis, outcomes: Mapping[str, str] | None, registry: Registry | None) -> list[dict[str, Any]]:
    """Each check's outcome, so a consumer can tell a passing check from one that never ran."""
    known: dict[str, type[Check]] = {name: result.check for name, result in analysis.results.items()}
    if registry is not None:
        for name, check in registry.checks.items():
            known.setdefault(name, check)
    enabled = _enabled(analysis, registry) if registry is not None else set(known)
    rows = []
    for name, check in sorted(known.items(), key=lambda item: item[1].id):
        result = analysis.results.get(name)
        open_, suppressed, baselined = (len(result.findings), len(result.suppressed), len(result.baselined)) if result else (0, 0, 0)
        reason = ""
        if outcomes is not None and name in outcomes:
            outcome = {"passed": PASSED, "failed": FAILED, "skipped": SKIPPED}.get(outcomes[name], outcomes[name])
        elif result is not None and outcomes is None:
            outcome = FAILED if result.findings or result.error else PASSED
        elif getattr(check, "runtime", False) and name in enabled:
            outcome, reason = DISABLED, "a runtime check: runs with --mllens-coverage (or coverage = true) after the tests"
        elif name not in enabled:
            outcome, reason = DISABLED, "not enabled by [tool.mllens] select / ignore"
        else:
            outcome, reason = DESELECTED, "not run in this session (-k, -m, a node id or --collect-only)"
        if result is not None and result.error:
            reason = result.error
        elif outcome == SKIPPED and not reason:
            reason = "no coverage data for this runtime check" if getattr(check, "runtime", False) else ""
        rows.append({"check": check.id, "name": name, "outcome": outcome, "reason": reason, "findings": open_, "suppressed": suppressed, "baselined": baselined})
    return rows


def _enabled(analysis: Analysis, registry: Registry) -> set[str]:
    """The registered checks ``select`` / ``ignore`` enable (static and runtime alike), and every check that ran."""
    return {name for name in registry.checks if check_selected(analysis.settings, name)} | set(analysis.results)


def write_json(analysis: Analysis, path: Path, *, outcomes: Mapping[str, str] | None = None, registry: Registry | None = None) -> None:
    """Written atomically (an interrupted run never leaves half a report for CI to read),
    with the permissions the user's umask gives, like every report file."""
    write_text(path, json.dumps(json_report(analysis, outcomes=outcomes, registry=registry), indent=2, sort_keys=False) + "\n")
