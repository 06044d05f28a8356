"""Shared helpers of the robustness suite: write a tree, analyse it, check the invariants."""

from __future__ import annotations

import functools
import json
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pytest_mllens.config import Settings, parse_settings
from pytest_mllens.engine import Analysis, analyse
from pytest_mllens.registry import Registry, load_registry
from pytest_mllens.report.json_report import write_json

REPO = Path(__file__).resolve().parents[2]


@functools.cache
def registry() -> Registry:
    return load_registry()


def settings(table: Mapping[str, Any] | None = None) -> Settings:
    reg = registry()
    return parse_settings(dict(table or {}), {n: c.options for n, c in reg.checks.items()}, reg.aliases)


def write_tree(root: Path, files: Mapping[str, bytes | str]) -> None:
    for relative, content in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        target.write_bytes(content)


@contextmanager
def project(files: Mapping[str, bytes | str]) -> Iterator[Path]:
    """A fresh directory holding ``files`` (hypothesis examples cannot use ``tmp_path``)."""
    root = Path(tempfile.mkdtemp(prefix="mllens-robust-"))
    try:
        write_tree(root, files)
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(root: Path, table: Mapping[str, Any] | None = None) -> Analysis:
    return analyse(root, settings(table), registry())


def report_bytes(analysis: Analysis) -> bytes:
    """The JSON report exactly as ``--mllens-report json:PATH`` writes it."""
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "report.json"
        write_json(analysis, target)
        return target.read_bytes()


def assert_invariants(analysis: Analysis, expected_paths: set[str]) -> dict[str, Any]:
    """Every expected file is analysed or has exactly one error entry; the report is sane."""
    by_path = {f.path: f for f in analysis.files}
    assert set(by_path) == expected_paths
    error_paths = [path for path, _ in analysis.errors]
    failed = {f.path for f in analysis.files if f.error}
    assert failed <= set(error_paths)
    for path, message in analysis.errors:
        assert message and message.strip() == message, (path, message)
        assert "\n" not in message and "\r" not in message, (path, message)
    for facts in analysis.files:
        if facts.error:
            assert (facts.path, facts.error) in analysis.errors
    raw = report_bytes(analysis)
    assert_clean_json(raw)
    report = json.loads(raw)
    assert {m["path"] for m in report["modules"]} == expected_paths - failed
    assert [e["path"] for e in report["errors"]] == error_paths
    return report


def assert_clean_json(raw: bytes) -> None:
    """Pure ASCII with no raw control characters except the indentation newlines."""
    text = raw.decode("ascii")
    assert not any(ord(ch) < 32 and ch != "\n" or ord(ch) == 127 for ch in text)


def seed_sources() -> list[str]:
    """Realistic ML code: the example project and the sample-project corpus."""
    paths = sorted((REPO / "example_project").rglob("*.py")) + sorted((REPO / "tests" / "corpus").rglob("*.py"))
    return [p.read_text(encoding="utf-8") for p in paths if 0 < p.stat().st_size < 6000]
