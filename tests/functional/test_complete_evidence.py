"""Machine-readable reports list every unmonitored exposure; the terminal keeps five."""

from __future__ import annotations

from pathlib import Path

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.findings import Finding
from pytest_mllens.registry import load_registry
from pytest_mllens.report.html import html_report
from pytest_mllens.report.json_report import json_report
from pytest_mllens.report.records import records
from pytest_mllens.report.terminal import render_finding

REGISTRY = load_registry()
SERVICES = ["churn", "fraud", "ltv", "ranking", "search", "spam", "upsell"]


def _project(root: Path) -> Path:
    for name in SERVICES:
        (root / "services").mkdir(exist_ok=True)
        (root / "services" / f"{name}_api.py").write_text(
            "import joblib\nfrom fastapi import FastAPI\n\n"
            f"app = FastAPI(title='{name}')\nmodel = joblib.load('models/{name}.joblib')\n",
            encoding="utf-8",
        )
    return root


def _drift_finding(analysis) -> tuple[type, Finding]:
    result = analysis.results["missing-drift-monitor"]
    (finding,) = result.findings
    return result.check, finding


def test_the_json_report_keeps_evidence_abridged_and_lists_every_exposure_in_evidence_items(tmp_path: Path) -> None:
    analysis = analyse(_project(tmp_path), parse_settings({}, {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases), REGISTRY)
    (entry,) = [f for f in json_report(analysis)["findings"] if f["check"] == "ML003"]
    assert "... and 2 more" in entry["evidence"]
    assert sum("is hosting code" in line for line in entry["evidence"]) == 5
    hosting_items = [item for item in entry["evidence_items"] if "is hosting code" in item]
    assert [item.split(" is hosting code")[0] for item in hosting_items] == [f"services/{n}_api.py" for n in SERVICES]
    assert not any(item.startswith("... and") for item in entry["evidence_items"])
    assert entry["evidence_items"][-1].startswith("looked for:")


def test_the_terminal_shows_five_exposures_and_the_html_scorecard_all_of_them(tmp_path: Path) -> None:
    analysis = analyse(_project(tmp_path), parse_settings({}, {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases), REGISTRY)
    check, finding = _drift_finding(analysis)
    terminal = "\n".join(render_finding(check, finding))
    assert terminal.count("is hosting code") == 5 and "... and 2 more" in terminal
    page = html_report(analysis, records(analysis), {})
    assert all(f"services/{n}_api.py is hosting code" in page for n in SERVICES)
    assert "... and 2 more" not in page


def test_complete_evidence_puts_the_left_out_lines_where_the_marker_was_even_after_lines_are_added_around_it() -> None:
    finding = Finding("a.py", 1, 1, evidence=("note", "first", "... and 2 more", "looked for: x", "refused"), more_evidence=("second", "third"))
    assert finding.complete_evidence == ("note", "first", "second", "third", "looked for: x", "refused")
    assert Finding("a.py", 1, 1, evidence=("only",)).complete_evidence == ("only",)


def test_sarif_properties_list_every_exposure(tmp_path: Path) -> None:
    """SARIF is read by tools too: its evidence property is the complete list."""
    from pytest_mllens.report.sarif import sarif_report

    analysis = analyse(_project(tmp_path), parse_settings({}, {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases), REGISTRY)
    results = sarif_report(analysis, records(analysis))["runs"][0]["results"]
    (drift,) = [r for r in results if r["properties"]["check"] == "missing-drift-monitor"]
    assert sum("is hosting code" in line for line in drift["properties"]["evidence"]) == len(SERVICES)
    assert not any(line.startswith("... and") for line in drift["properties"]["evidence"])
