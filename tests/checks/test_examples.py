"""Every check's own bad and good examples, and the conventions every check follows."""

from __future__ import annotations

import importlib
import re

import pytest

from pytest_mllens import Check, Example
from pytest_mllens.lens import practice, principle
from pytest_mllens.registry import load_registry
from pytest_mllens.testing import example_params, run_example

CHECKS = [load_registry().checks[name] for name in sorted(load_registry().checks)]


@pytest.mark.parametrize("check, example", example_params([c for c in CHECKS if not getattr(c, "runtime", False)]))  # runtime checks: tests/functional/test_runtime_evidence.py
def test_example(check: type[Check], example: Example) -> None:
    """A bad example yields exactly its expected findings; a good example yields none."""
    assert run_example(check, example) == sorted(example.expect)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.name)
def test_check_declares_itself(check: type[Check]) -> None:
    """Id, name, module and class name are related, and the declaration is complete."""
    assert re.fullmatch(r"ML\d{3}", check.id)
    module = importlib.import_module(check.__module__)
    assert check.__module__.rpartition(".")[2] == check.name.replace("-", "_")
    assert check.__name__ == "".join(part.title() for part in check.name.split("-"))
    assert module.__doc__ and check.id in module.__doc__
    assert check.summary and check.rationale and check.fix
    assert any(not e.good for e in check.examples) and any(e.good for e in check.examples)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.name)
def test_lens_references_resolve(check: type[Check]) -> None:
    """Every cited best practice and principle exists in the shipped lens catalogue."""
    assert check.practices
    for identifier in check.practices:
        assert practice(identifier).url.startswith("https://docs.aws.amazon.com/")
    assert principle(check.principle).title


def test_check_ids_and_names_are_unique() -> None:
    """No two checks share an id or a name."""
    assert len({c.id for c in CHECKS}) == len({c.name for c in CHECKS}) == len(CHECKS)


def test_generated_check_reference_is_up_to_date() -> None:
    """docs/checks.md equals what the checks generate (run `python -m pytest_mllens.docs`)."""
    from pathlib import Path

    from pytest_mllens.docs import documented_checks, render_checks_doc
    from pytest_mllens.registry import load_registry

    committed = (Path(__file__).resolve().parents[2] / "docs" / "checks.md").read_text(encoding="utf-8")
    assert committed == render_checks_doc(documented_checks(load_registry()))  # ML000 unused-suppression included
