"""The hand-labelled corpus in tests/corpus: every project parses, and the checks score well on it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


def _scoring():
    spec = importlib.util.spec_from_file_location("corpus_scores", ROOT / "benchmarks" / "corpus_scores.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("corpus_scores", module)
    spec.loader.exec_module(module)
    return module


scoring = _scoring()
PROJECTS = scoring.projects(CORPUS)


def test_corpus_is_not_empty():
    """The corpus holds at least twelve labelled projects."""
    assert len(PROJECTS) >= 12


@pytest.mark.parametrize("project", PROJECTS, ids=[p.name for p in PROJECTS])
def test_project_parses_without_errors(project):
    """Every file of the corpus project is discovered and parsed with no analysis errors."""
    _, errors = scoring.run_project(project)
    assert errors == []


@pytest.fixture(scope="module")
def corpus_score():
    return scoring.score(CORPUS)


@pytest.mark.parametrize("check", ["hosting-imports-training", "ungated-deployment", "missing-drift-monitor"])
def test_check_precision_and_recall(corpus_score, check):
    """Each check reaches precision >= 0.9 and recall >= 0.8 against the corpus ground truth."""
    figures = corpus_score["checks"][check]
    misses = [row for row in corpus_score["false_positives"] + corpus_score["false_negatives"] if row[1] == check]
    assert figures["precision"] >= 0.9 and figures["recall"] >= 0.8, (figures, misses)
