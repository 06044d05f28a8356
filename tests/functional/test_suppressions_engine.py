"""End to end: a suppression below a string holding a form feed, \\x1c or \\u2028 silences the finding under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry


@pytest.mark.parametrize("char", ["\x0c", "\x1c", "\u2028"], ids=["form-feed", "U+001C", "U+2028"])
def test_engine_suppresses_the_finding_on_the_right_line(tmp_path: Path, char: str) -> None:
    """End to end: the finding under the comment is suppressed and no unused suppression is reported."""
    (tmp_path / "release.py").write_text(
        "import mlflow\n"
        f'NOTE = "registered by CI{char}see runbook"\n'
        "\n"
        "def publish(run_id):\n"
        "    mlflow.register_model(f'runs:/{run_id}/model', 'churn')  # mllens: ignore[ML002]\n",
        encoding="utf-8",
    )
    registry = load_registry()
    settings = parse_settings({"select": ["ML002", "ML000"]}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    analysis = analyse(tmp_path, settings, registry)
    assert analysis.errors == []
    assert analysis.findings == []
