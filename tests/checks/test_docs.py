"""Generated documentation stays in step with the knowledge it is generated from."""

from __future__ import annotations

from pathlib import Path

from pytest_mllens.docs import render_frameworks_table, render_knowledge_doc
from pytest_mllens.model.knowledge import load_builtin_rules

ROOT = Path(__file__).resolve().parents[2]


def test_knowledge_reference_is_current() -> None:
    """docs/knowledge.md equals `python -m pytest_mllens.docs knowledge`."""
    assert (ROOT / "docs" / "knowledge.md").read_text(encoding="utf-8") == render_knowledge_doc(load_builtin_rules())


def test_readme_frameworks_table_is_current() -> None:
    """The README's table of recognised frameworks equals `python -m pytest_mllens.docs frameworks`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- frameworks:start -->\n", "<!-- frameworks:end -->"
    assert start in readme and end in readme
    table = readme.split(start, 1)[1].split(end, 1)[0]
    assert table == render_frameworks_table(load_builtin_rules())


def test_every_rule_names_its_framework() -> None:
    """A rule without a framework would show up as an anonymous row in the README table."""
    assert [r for r in load_builtin_rules() if not r.framework] == []
