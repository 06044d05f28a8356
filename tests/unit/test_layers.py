"""The package lints its own layers with its own machinery (as import-linter does): only the
pytest glue imports pytest, and dependencies point down the stages of a run."""

from __future__ import annotations

from pathlib import Path

import pytest

from pytest_mllens.facts.discovery import discover
from pytest_mllens.facts.parsing import extract_file

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "pytest_mllens"
GLUE = {"plugin", "state", "items", "runtime_plugin", "testing"}  # the modules that talk to pytest
# a stage may import its own stage and those listed after it, never one listed before it
STAGES = ("report", "model", "facts")


def _imports() -> dict[str, list[tuple[str, int]]]:
    sources, _ = discover(PACKAGE, ("__pycache__",), (), notebooks=False)
    found = {}
    for source in sources:
        facts = extract_file(PACKAGE, source, 2_000_000)
        assert not facts.error, facts.error
        # module names relative to the package (relative imports resolve that way); absolute ones too
        found[source.module] = [(i.module.removeprefix("pytest_mllens."), i.line) for i in facts.imports if not i.type_checking]
    return found


IMPORTS = _imports()


def test_the_import_data_is_real() -> None:
    """Guard against a vacuous pass: the project model is seen importing the facts records."""
    assert any(m.startswith("facts.records") for m, _ in IMPORTS["model.project"])


@pytest.mark.parametrize("module", sorted(m for m in IMPORTS if m.split(".")[0] not in GLUE))
def test_only_the_glue_imports_pytest(module: str) -> None:
    """Engine, facts, model, checks contract and reports run without pytest."""
    assert not [(m, line) for m, line in IMPORTS[module] if m == "pytest" or m.startswith(("pytest.", "_pytest"))]


@pytest.mark.parametrize("module", sorted(m for m in IMPORTS if m.split(".")[0] in STAGES))
def test_stages_only_depend_downwards(module: str) -> None:
    """facts/ knows nothing of model/ or report/, model/ nothing of report/."""
    stage = STAGES.index(module.split(".")[0])
    above = set(STAGES[:stage])
    assert not [(m, line) for m, line in IMPORTS[module] if any(m == a or m.startswith(a + ".") for a in above)]
