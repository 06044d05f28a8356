"""``--mllens-report json:PATH``: the public, stable machine-readable report.

Shape (documented in the README; keys and nesting never change within a major version)::

    {"tool": {"name", "version"}, "root",
     "findings": [{"check", "name", "path", "line", "column", "message",
                   "principles": [lens best-practice IDs, sorted], "principle": design
                   principle or null, "severity", "evidence": [...]}],
     "modules": [{"module", "path", "roles": [{"role", "reason", "line"}],
                  "written_to" (a file a notebook's %%writefile cell writes; ``path`` is the notebook)}],
     "errors": [{"path", "message"}],
     "releases": [{"kind", "api", "framework", "path", "line", "gated",
                   "gate" (gated) | "ungated_path": [{"step", "at"}], "finding_sites" (ungated)}]}

``releases`` lists every release site the release-flow graph knows (deploys, registrations,
promotions), gated or not, so that a reviewer can audit the gates as well as the findings.

A check that crashed is an ``errors`` entry with ``path`` ``mllens::<check-name>``, so a
consumer never mistakes it for a clean check.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..version import __version__
from ..analysis import Analysis
from ..facts.records import cell_position
from .files import write_text

__all__ = ["json_report", "write_json"]


def json_report(analysis: Analysis) -> dict[str, Any]:
    findings = []
    for result in analysis.results.values():
        check = result.check
        principles = sorted(check.practices)
        for finding in result.findings:
            evidence = list(finding.evidence)
            if finding.cell:
                evidence.insert(0, f"notebook cell {finding.cell}, line {finding.line} of the cell")
            findings.append(
                {
                    "check": check.id,
                    "name": check.name,
                    "path": finding.path,
                    "line": finding.line,
                    "column": finding.column,
                    "message": finding.message,
                    "principles": principles,
                    "principle": check.principle or None,
                    "severity": finding.severity,
                    "evidence": evidence,
                }
            )
    findings.sort(key=lambda f: (f["path"], f["line"], f["column"], f["check"], f["message"]))
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
        "tool": {"name": "pytest-mllens", "version": __version__},
        "root": analysis.root.as_posix(),
        "findings": findings,
        "modules": modules,
        "errors": [{"path": path, "message": message} for path, message in analysis.errors]
        + [{"path": f"mllens::{name}", "message": result.error} for name, result in sorted(analysis.results.items()) if result.error],
        "releases": list(analysis.releases),
    }


def write_json(analysis: Analysis, path: Path) -> None:
    """Written atomically (an interrupted run never leaves half a report for CI to read),
    with the permissions the user's umask gives, like every report file."""
    write_text(path, json.dumps(json_report(analysis), indent=2, sort_keys=False) + "\n")
