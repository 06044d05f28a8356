"""The parse that skips libcst's per-node validation gives the validated parse's tree, and
libcst's hook is back afterwards, whether or not other threads may build nodes meanwhile."""

from __future__ import annotations

import libcst as cst
import pytest
from libcst._nodes.base import CSTNode

from pytest_mllens.facts.extraction import extract

SOURCE = "import mlflow\n\n\ndef ship(run_id, auc):\n    if auc > 0.9:\n        mlflow.register_model(f'runs:/{run_id}/model', 'churn')\n"


@pytest.mark.parametrize("sole", [True, False])
def test_the_unvalidated_parse_equals_the_validated_one(monkeypatch: pytest.MonkeyPatch, sole: bool) -> None:
    """A sole parsing thread (a worker) and a shared process get libcst's own tree, and the hook is restored."""
    hook = CSTNode.__dict__["__post_init__"]
    monkeypatch.setattr(extract, "_SOLE_PARSER", sole)
    tree = extract._parse_checked(SOURCE)
    assert tree.deep_equals(cst.parse_module(SOURCE)) and tree.code == SOURCE
    assert CSTNode.__dict__["__post_init__"] is hook
