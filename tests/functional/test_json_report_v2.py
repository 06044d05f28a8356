"""The JSON report's schema-2 additions, read back from real runs: each finding's why, fix,
reference URLs, status and fingerprint; each check's outcome; suppressed and baselined
findings in lists of their own; the schema-1 keys unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from pytest_mllens.report.json_report import evidence_items

Files = dict[str, str]
Write = Callable[[Files], None]

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")


def _report(pytester: pytest.Pytester, *args: str) -> dict:
    pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-report", "json:lens.json", *args)
    return json.loads((pytester.path / "lens.json").read_text(encoding="utf-8"))


def test_findings_carry_why_fix_and_reference_urls(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A finding says why it matters, how to fix it and links each lens reference, in the
    check's own order, while `principles` stays the sorted list of IDs it always was."""
    write_files(bad_project)
    report = _report(pytester)
    assert report["schema_version"] == 3
    ml001 = next(f for f in report["findings"] if f["check"] == "ML001")
    assert ml001["why"].startswith("Serving code that imports training code")
    assert ml001["fix"].startswith("Load the trained artifact")
    assert [r["id"] for r in ml001["references"]] == ["MLREL01-BP02", "MLPERF04-BP01", "decouple_training_evaluation_from_hosting"]
    assert all(r["url"].startswith("https://") for r in ml001["references"])
    assert [r["kind"] for r in ml001["references"]] == ["practice", "practice", "principle"]
    assert ml001["principles"] == ["MLPERF04-BP01", "MLREL01-BP02"]
    assert ml001["status"] == "open" and len(ml001["fingerprint"]) == 24
    assert "import chain:" in ml001["evidence"]  # the terminal's lines, unchanged
    assert "import chain: serve.app -> ml.train (l.2)" in ml001["evidence_items"]
    assert not any(item.startswith(" ") or item.endswith(":") for item in ml001["evidence_items"])


def test_checks_list_tells_passed_failed_disabled_deselected_and_skipped(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """Every installed check has an outcome, so a consumer can tell a clean check from one that
    did not run (ignored in the config, deselected with -k, or a runtime check without data)."""
    bad_project["pyproject.toml"] = "[tool.mllens]\nignore = ['missing-drift-monitor']\n"
    write_files(bad_project)
    report = _report(pytester, "-k", "not ungated")
    outcome = {c["name"]: c["outcome"] for c in report["checks"]}
    assert outcome["hosting-imports-training"] == "failed"
    assert outcome["missing-drift-monitor"] == "disabled"
    assert outcome["ungated-deployment"] == "deselected"
    assert outcome["untested-gate"] == "disabled"
    assert "--mllens-coverage" in next(c["reason"] for c in report["checks"] if c["name"] == "untested-gate")
    assert next(c for c in report["checks"] if c["name"] == "hosting-imports-training")["findings"] == 1
    report = _report(pytester, "--mllens-coverage")  # --mllens-only without a data file: skipped, never silently passed
    outcome = {c["name"]: c["outcome"] for c in report["checks"]}
    assert outcome["untested-gate"] == "skipped" and outcome["ungated-deployment"] == "failed"
    bad_project["serve/app.py"] = "from fastapi import FastAPI\n\napp = FastAPI()\n"
    write_files(bad_project)
    assert {c["name"]: c["outcome"] for c in _report(pytester)["checks"]}["hosting-imports-training"] == "passed"


def test_suppressed_findings_are_listed_with_how_and_why(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A finding a comment hid is in `suppressed` with the comment's reason, not in `findings`."""
    bad_project["serve/app.py"] = bad_project["serve/app.py"].replace("import train\n", "import train  # mllens: ignore[ML001] because the shim is temporary\n")
    write_files(bad_project)
    report = _report(pytester)
    assert not any(f["check"] == "ML001" for f in report["findings"])
    (hidden,) = report["suppressed"]
    assert (hidden["check"], hidden["status"], hidden["suppressed_by"], hidden["reason"]) == ("ML001", "suppressed", "inline", "the shim is temporary")
    assert next(c for c in report["checks"] if c["name"] == "hosting-imports-training")["suppressed"] == 1


def test_baselined_findings_stay_visible_and_marked(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """With a baseline the accepted findings leave `findings` (they do not fail) but are listed
    in `baselined`, with the fingerprint the baseline file records."""
    write_files(bad_project)
    pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", "base.json", "--mllens-baseline-update")
    report = _report(pytester, "--mllens-baseline", "base.json")
    assert report["findings"] == []
    assert {f["check"] for f in report["baselined"]} == {"ML001", "ML002", "ML003"}
    assert all(f["status"] == "baselined" for f in report["baselined"])
    recorded = {e["fingerprint"] for e in json.loads((pytester.path / "base.json").read_text())["findings"]}
    assert {f["fingerprint"] for f in report["baselined"]} == recorded
    assert {c["name"]: c["baselined"] for c in report["checks"]}["ungated-deployment"] == 1


def test_evidence_items_join_a_heading_with_its_indented_lines() -> None:
    """`import chain:` and the links under it become one statement; other lines stay as they are."""
    evidence = ("a.py is hosting code: calls x()", "import chain:", "  a -> b (l.1)", "  b -> c (l.4)", "expected: a gate")
    assert evidence_items(evidence) == ["a.py is hosting code: calls x()", "import chain: a -> b (l.1); b -> c (l.4)", "expected: a gate"]
    assert evidence_items(("looked for:",)) == ["looked for:"]
