"""``--mllens-report sarif:PATH``: SARIF 2.1.0, the format GitHub code scanning and other
code-review tools ingest.

One rule per check (its lens references as tags and properties, help from its rationale and
fix), one result per finding. Suppressed findings carry ``suppressions`` (``inSource`` for a
comment, ``external`` for configuration) with their reason; baselined findings are present
with ``baselineState: unchanged``, new ones ``new`` when a baseline is in use. Locations are
relative to ``%SRCROOT%``, the repository that holds the project (``GITHUB_WORKSPACE``, else the
nearest folder with ``.git``, else the project itself; see :mod:`.paths`), so a project in a
subfolder still resolves on GitHub code scanning; a notebook finding points at the notebook, at its line within the
cell, and names the cell. Files that could not be analysed and crashed checks are tool
notifications, so a consumer never mistakes them for a clean result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..check import Check
from ..analysis import Analysis
from ..lens import practice, principle
from ..version import __version__
from .paths import from_directory, repository_root
from .pillars import phases_of, pillars_of
from .records import BASELINED, OPEN, SUPPRESSED, Record

__all__ = ["SCHEMA", "sarif_report", "write_sarif"]

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://docs.aws.amazon.com/wellarchitected/latest/machine-learning-lens/machine-learning-lens.html"


def sarif_report(analysis: Analysis, items: list[Record], *, baseline: bool = False) -> dict[str, Any]:
    checks = sorted({r.check for r in items} | {result.check for result in analysis.results.values()}, key=lambda c: c.id)
    index = {check: i for i, check in enumerate(checks)}
    base = repository_root(analysis.root)
    results = [_result(r, index[r.check], baseline, from_directory(analysis.root, r.finding.path, base)) for r in items]
    notifications = [
        {"level": "error", "message": {"text": f"not analysed: {message}"}, "locations": [_location(from_directory(analysis.root, path, base))]}
        for path, message in analysis.errors
    ] + [
        {"level": "error", "message": {"text": f"check {name} failed: {result.error}"}, "descriptor": {"id": result.check.id}}
        for name, result in sorted(analysis.results.items())
        if result.error
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "pytest-mllens",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(check) for check in checks],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": _directory_uri(base)}},
                "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _rule(check: type[Check]) -> dict[str, Any]:
    refs = [practice(p) for p in check.practices]
    if check.principle:
        refs.append(principle(check.principle))
    markdown = [check.rationale, "", f"**Fix.** {check.fix}", "", "**Lens references.**", ""]
    markdown += [f"- [{ref.id}]({ref.url}) {ref.title}" for ref in refs]
    rule: dict[str, Any] = {
        "id": check.id,
        "name": check.name,
        "shortDescription": {"text": check.summary or check.name},
        "fullDescription": {"text": check.rationale or check.summary or check.name},
        "help": {"text": f"{check.rationale}\nFix: {check.fix}".strip(), "markdown": "\n".join(markdown).strip()},
        "defaultConfiguration": {"level": "error"},
        "properties": {
            "tags": ["ml-lens", *check.practices, *pillars_of(check)],
            "lens-practices": list(check.practices),
            "lens-principle": check.principle,
            "lens-pillars": pillars_of(check),
            "lens-phases": phases_of(check),
        },
    }
    if refs:
        rule["helpUri"] = refs[0].url
    return rule


def _result(record: Record, rule_index: int, baseline: bool, path: str) -> dict[str, Any]:
    """One result; ``path`` is the finding's path from ``%SRCROOT%``."""
    finding = record.finding
    text = finding.message
    if finding.cell:
        text += f" (notebook cell {finding.cell}, line {finding.line} of the cell)"
    location = _location(path, finding.line, finding.column)
    if finding.cell:
        location["logicalLocations"] = [{"name": f"cell {finding.cell}", "kind": "notebookCell"}]
    result: dict[str, Any] = {
        "ruleId": record.check.id,
        "ruleIndex": rule_index,
        "level": "error" if finding.severity == "error" else "warning",
        "message": {"text": text},
        "locations": [location],
        "partialFingerprints": {"mllensFingerprint/v1": record.fingerprint},
        "properties": {"evidence": list(finding.complete_evidence), "check": record.check.name},
    }
    if record.status == SUPPRESSED:
        suppression = {"kind": "external" if record.how == "per-file-ignores" else "inSource", "status": "accepted"}
        if record.reason:
            suppression["justification"] = record.reason
        result["suppressions"] = [suppression]
    if baseline or record.status == BASELINED:
        result["baselineState"] = "unchanged" if record.status == BASELINED else "new"
    if record.status != OPEN:
        result["properties"]["status"] = record.status
    return result


def _location(path: str, line: int = 0, column: int = 0) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri_path(path), "uriBaseId": "%SRCROOT%"}}
    if line > 0:
        physical["region"] = {"startLine": line, "startColumn": max(column, 1)}
    return {"physicalLocation": physical}


def _uri_path(path: str) -> str:
    """A relative URI reference: characters outside RFC 3986's path set are percent-encoded."""
    from urllib.parse import quote

    return quote(path, safe="/-._~!$&'()*+,;=@")


def _directory_uri(root: Path) -> str:
    uri = root.as_uri()
    return uri if uri.endswith("/") else uri + "/"


def write_sarif(analysis: Analysis, items: list[Record], path: Path, *, baseline: bool = False) -> None:
    import json

    from .files import write_text

    write_text(path, json.dumps(sarif_report(analysis, items, baseline=baseline), indent=2) + "\n")
