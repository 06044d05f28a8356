"""A deployment file a scanner cannot fully read costs that part only, and the run says which (facts/configs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry

REGISTRY = load_registry()

SERVING = {
    "serve/app.py": "import joblib\n\nmodel = joblib.load('model.joblib')\n\n\nasync def app(scope, receive, send):\n    ...\n",
    "Dockerfile": 'FROM python:3.11-slim\nCOPY serve/ /app/serve/\nCMD ["uvicorn", "serve.app:app", "--host", "0.0.0.0"]\n',
}


def test_a_lost_part_is_listed_as_an_error_and_the_file_still_names_its_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Dockerfile's build steps are reported as unread (`Dockerfile[build steps]`); its CMD still makes serve/app.py hosting code."""
    from pytest_mllens.facts.configs import build_steps

    def broken(text: str) -> object:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(build_steps, "dockerfile_steps", broken)
    for path, text in SERVING.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    settings = parse_settings({"cache": False}, {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases, tmp_path)
    analysis = analyse(tmp_path, settings, REGISTRY)
    assert analysis.errors == [("Dockerfile[build steps]", "could not read its build steps (RecursionError: maximum recursion depth exceeded)")]
    assert any(r.role == "hosting" and "Dockerfile" in r.reason for r in analysis.roles["serve/app.py"])
