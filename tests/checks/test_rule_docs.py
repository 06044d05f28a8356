"""--mllens-explain prints the same generated text as docs/checks.md: one source for rule docs."""

from __future__ import annotations

from pathlib import Path

from pytest_mllens.docs import render_check_doc, render_check_list
from pytest_mllens.registry import load_registry

DOC = (Path(__file__).resolve().parents[2] / "docs" / "checks.md").read_text(encoding="utf-8")


def test_each_explain_text_is_its_section_of_the_committed_reference() -> None:
    """Every check's --mllens-explain text appears verbatim in docs/checks.md (regenerate with `python -m pytest_mllens.docs`)."""
    for check in load_registry().checks.values():
        assert render_check_doc(check) in DOC, f"docs/checks.md is stale for {check.name}"


def test_list_names_every_check_with_its_state() -> None:
    """--mllens-list has one headline per check saying whether it is enabled."""
    checks = load_registry().checks
    text = render_check_list(checks.values(), {"ungated-deployment"})
    headlines = [line for line in text.splitlines() if not line.startswith(" ")]
    assert len(headlines) == len(checks)
    assert any(line.startswith("ML002 ungated-deployment [enabled]") for line in headlines)
    assert any(line.startswith("ML001 hosting-imports-training [disabled]") for line in headlines)
