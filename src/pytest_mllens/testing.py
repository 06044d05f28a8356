"""Turn a check's bad/good examples into tests: for built-in and third-party checks alike.

Usage in a plugin's test suite::

    from pytest_mllens.testing import example_params, run_example
    from my_plugin import MyCheck

    @pytest.mark.parametrize("check, example", example_params([MyCheck]))
    def test_examples(check, example):
        assert run_example(check, example) == sorted(example.expect)

Examples are analysed in memory: nothing is written to disk, nothing is imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .check import Check, Example
from .config import Settings, parse_settings
from .discovery import module_name, source_roots
from .engine import METRIC_WORDS
from .extract import extract_facts
from .facts import FileFacts
from .notebooks import notebook_source
from .project import Project
from .registry import load_registry

__all__ = ["analyse_sources", "example_params", "run_example"]


def example_params(checks: Iterable[type[Check]]) -> list[Any]:
    import pytest

    return [
        pytest.param(check, example, id=f"{check.name}-{'good' if example.good else 'bad'}-{index}")
        for check in checks
        for index, example in enumerate(check.examples)
    ]


def analyse_sources(files: Mapping[str, str], config: Mapping[str, Any] | None = None, extra_plugins: Sequence[object] = ()) -> tuple[Project, Settings]:
    """Build the project model for in-memory sources (``{"pkg/mod.py": source}``)."""
    registry = load_registry(extra_plugins)
    settings = parse_settings(dict(config or {}), {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    roots = settings.src and [("" if s in (".", "") else s) for s in settings.src] or source_roots(Path("/nonexistent"), ())
    if not settings.src and any(path.startswith("src/") for path in files):
        roots = ["src", ""]
    facts: list[FileFacts] = []
    for path in sorted(files):
        module, is_package = module_name(path, roots)
        text = files[path]
        if path.endswith(".ipynb"):
            source, cells = notebook_source(text)
            facts.append(_with_cells(extract_facts(source, path=path, module=module, metric_words=METRIC_WORDS, kind="ipynb"), cells))
        else:
            facts.append(extract_facts(text, path=path, module=module, is_package=is_package, metric_words=METRIC_WORDS))
    from .knowledge import rules_from_config

    knowledge = registry.knowledge(rules_from_config(settings.knowledge))
    project = Project([f for f in facts if not f.error], knowledge, settings, settings.roles, settings.not_roles)
    return project, settings


def _with_cells(facts: FileFacts, cells: tuple[tuple[int, int], ...]) -> FileFacts:
    from dataclasses import replace

    return replace(facts, cells=cells)


def run_example(check: type[Check], example: Example) -> list[str]:
    """Run one check on one example; return ``"path:line"`` of each finding, sorted."""
    project, settings = analyse_sources(example.files, example.config)
    options = settings.check_options.get(check.name, {})
    return sorted(f"{f.path}:{f.line}" for f in check(options).run(project))
