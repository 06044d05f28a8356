"""Every built-in knowledge rule is exercised by real-looking code somewhere in the tests.

A rule nobody's example triggers is a rule nobody has checked against the framework's real
API; this test keeps the knowledge honest as it grows.
"""

from __future__ import annotations

from pathlib import Path

from pytest_mllens.config import parse_settings
from pytest_mllens.facts.discovery import discover
from pytest_mllens.engine import extract_file
from pytest_mllens.model.knowledge import KNOWLEDGE_KINDS, load_builtin_rules
from pytest_mllens.registry import load_registry
from pytest_mllens.testing import analyse_sources

ROOT = Path(__file__).resolve().parents[2]
TREES = [ROOT / "tests" / "corpus", ROOT / "tests" / "frameworks", ROOT / "example_project"]


def _all_facts():
    registry = load_registry()
    settings = parse_settings({}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    for tree in TREES:
        for project in sorted(p for p in tree.iterdir() if p.is_dir()) if tree.name != "example_project" else [tree]:
            sources, _ = discover(project, settings.exclude, (), True)
            for source in sources:
                yield extract_file(project, source, settings.max_file_size)
    for check in registry.checks.values():
        for example in check.examples:
            project, _ = analyse_sources(example.files, example.config)
            yield from project.files


def test_every_builtin_rule_is_exercised() -> None:
    """Each rule in pytest_mllens/data/knowledge/*.toml matches at least one file of the test trees."""
    registry = load_registry()
    knowledge = registry.knowledge()
    matched: set[tuple[str, str, str]] = set()
    for facts in _all_facts():
        if facts.error:
            continue
        matched.update((m.rule.source, m.rule.kind, m.rule.name) for m in knowledge.module_matches(facts, KNOWLEDGE_KINDS))
    unused = sorted(f"{r.source}: {r.kind} {r.name}" for r in load_builtin_rules() if (r.source, r.kind, r.name) not in matched)
    assert unused == []
