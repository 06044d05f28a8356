"""Turn a check's bad/good examples into tests: for built-in and third-party checks alike.

Usage in a plugin's test suite::

    import pytest
    from pytest_mllens.testing import assert_example, example_params

    import my_plugin
    from my_plugin import MyCheck

    @pytest.mark.parametrize("check, example", example_params([MyCheck]))
    def test_example(check, example):
        assert_example(check, example, plugins=[my_plugin])

``plugins`` are the plugin modules (or objects) whose ``mllens_knowledge`` documents and
``mllens_checks`` must apply to the examples, as they would once the package is installed;
an installed plugin passed again is registered once. The check under test need not be
registered by any plugin: it is added for the example so that its ``[tool.mllens.checks]``
options in ``Example.config`` are validated like a user's.

Examples are analysed in memory: nothing is written to disk, nothing is imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .check import Check, Example
from .config import Settings, parse_settings
from .facts.discovery import SourceFile, module_name, source_roots
from .facts.records import FileFacts
from .findings import Finding
from .model.knowledge import rules_from_config
from .facts.parsing import extract_source
from .model.project import Project
from .registry import Registry, load_registry

__all__ = ["ExampleMismatch", "analyse_sources", "assert_example", "example_findings", "example_params", "run_example"]


class ExampleMismatch(AssertionError):
    """A check's findings on one of its examples differ from ``Example.expect``."""


def example_params(checks: Iterable[type[Check]]) -> list[Any]:
    """One ``pytest.param(check, example)`` per example, with ids like ``my-check-bad-0``."""
    import pytest

    return [
        pytest.param(check, example, id=f"{check.name}-{'good' if example.good else 'bad'}-{index}")
        for check in checks
        for index, example in enumerate(check.examples)
    ]


def assert_example(check: type[Check], example: Example, plugins: Sequence[object] = ()) -> None:
    """Fail with expected-versus-found (and each finding's message) unless they agree."""
    findings = example_findings(check, example, plugins)
    found = [f"{f.path}:{f.line}" for f in findings]
    expected = sorted(example.expect)
    if found == expected:
        return
    raise ExampleMismatch(_mismatch_report(check, example, findings))


def run_example(check: type[Check], example: Example, plugins: Sequence[object] = ()) -> list[str]:
    """Run one check on one example; return ``"path:line"`` of each finding, sorted."""
    return [f"{f.path}:{f.line}" for f in example_findings(check, example, plugins)]


def example_findings(check: type[Check], example: Example, plugins: Sequence[object] = ()) -> list[Finding]:
    """Run one check on one example with ``plugins`` loaded; its findings, sorted."""
    registry = _registry_with(check, plugins)
    project, settings = _analyse(registry, example.files, example.config)
    options = settings.check_options.get(check.name, {})
    return sorted(check(options).run(project))


def analyse_sources(files: Mapping[str, str], config: Mapping[str, Any] | None = None, extra_plugins: Sequence[object] = ()) -> tuple[Project, Settings]:
    """Build the project model for in-memory sources (``{"pkg/mod.py": source}``)."""
    return _analyse(load_registry(extra_plugins), files, config)


def _mismatch_report(check: type[Check], example: Example, findings: Sequence[Finding]) -> str:
    """The failure text of :func:`assert_example`: what was expected, what was found, the diff."""
    expected = sorted(example.expect)
    missing = list(expected)
    matched: list[Finding] = []
    unexpected: list[Finding] = []
    for finding in findings:
        (matched if _consume(missing, f"{finding.path}:{finding.line}") else unexpected).append(finding)
    kind = "good" if example.good else "bad"
    lines = [f"{check.id} {check.name}: {kind} example {example.title!r}"]
    lines.append("  expected: " + (", ".join(expected) if expected else "no findings"))
    lines.append("  found:    " + (", ".join(f"{f.path}:{f.line}" for f in findings) if findings else "no findings"))
    lines.extend(f"  - missing    {location}" for location in missing)
    for finding in unexpected:
        lines.append(f"  + unexpected {finding.location} {finding.message}")
        lines.extend(f"        {item}" for item in finding.evidence)
    lines.extend(f"    matched    {f.location} {f.message}" for f in matched)
    return "\n".join(lines)


# -- internals -----------------------------------------------------------------------------


def _consume(pool: list[str], item: str) -> bool:
    if item in pool:
        pool.remove(item)
        return True
    return False


def _registry_with(check: type[Check], plugins: Sequence[object]) -> Registry:
    registry = load_registry(plugins)
    if registry.checks.get(check.name) is not check:  # not registered, or its name taken by another
        registry.add_check(check, f"the check under test ({check.__module__}.{check.__qualname__})")
    return registry


def _analyse(registry: Registry, files: Mapping[str, str], config: Mapping[str, Any] | None) -> tuple[Project, Settings]:
    settings = parse_settings(dict(config or {}), {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    roots = settings.src and [("" if s in (".", "") else s) for s in settings.src] or source_roots(Path("/nonexistent"), ())
    if not settings.src and any(path.startswith("src/") for path in files):
        roots = ["src", ""]
    facts: list[FileFacts] = []
    for path in sorted(files):
        module, is_package = module_name(path, roots)
        data = files[path].encode("utf-8")
        kind = "ipynb" if path.endswith(".ipynb") else "py"
        facts.append(extract_source(SourceFile(path, kind, module, is_package, len(data)), data))  # the engine's own per-file path
    knowledge = registry.knowledge(rules_from_config(settings.knowledge))
    project = Project([f for f in facts if not f.error], knowledge, settings, settings.roles, settings.not_roles)
    return project, settings
