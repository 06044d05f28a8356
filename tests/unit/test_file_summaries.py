"""Per-file summaries kept with the knowledge matches, and regular expressions compiled on first use."""

from __future__ import annotations

import re

import pytest

from pytest_mllens.facts.configs.lazy_re import LazyPattern
from pytest_mllens.facts.records import FileFacts
from pytest_mllens.model.knowledge import Knowledge
from pytest_mllens.model.project import Project
from pytest_mllens.model.releases import gates
from pytest_mllens.model.roles.monitoring import exposures
from pytest_mllens.testing import analyse_sources

SOURCES = {
    "shop/trainer.py": (
        "from transformers import Trainer\n"
        "\n"
        "class DistillationTrainer(Trainer):\n"
        "    pass\n"
    ),
    "shop/release.py": (
        "from sagemaker.model import Model\n"
        "from shop.trainer import DistillationTrainer\n"
        "\n"
        "def ship(image, data):\n"
        "    model = Model(image_uri=image, model_data=data)\n"
        "    model.deploy(initial_instance_count=1, instance_type='ml.m5.large')\n"
        "\n"
        "def publish(args):\n"
        "    trainer = DistillationTrainer(args=args)\n"
        "    trainer.train()\n"
        "    trainer.push_to_hub()\n"
    ),
}


def test_file_summary_is_computed_once_and_handed_over_between_runs() -> None:
    """A summary is computed once per facts, exported, and a preloaded one is used as it is."""
    facts = FileFacts(path="a.py", module="a")
    first = Knowledge()
    computed: list[str] = []
    value = first.file_summary(facts, ("sample",), lambda f: computed.append(f.path) or (1, 2))
    assert first.file_summary(facts, ("sample",), lambda f: (3,)) == value == (1, 2)
    assert computed == ["a.py"]
    exported = first.exported(facts)
    assert exported is not None
    second = Knowledge()
    second.preload(facts, exported)
    assert second.file_summary(facts, ("sample",), lambda f: pytest.fail("recomputed")) == (1, 2)
    assert second.exported(facts) is None  # nothing new to store


def test_releases_from_preloaded_summaries_equal_fresh_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """Deploy sites and exposures found from the stored summaries equal those of a fresh run, a project subclass's release included."""
    project, settings = analyse_sources(SOURCES)
    fresh = [(s.facts.path, s.call.line, s.rule.says) for s in gates.deploy_sites(project)]
    fresh_exposed = [(e.path, e.line, e.reason) for e in exposures(project)]
    assert ("shop/release.py", 6) in {(p, line) for p, line, _ in fresh}
    assert ("shop/release.py", 11) in {(p, line) for p, line, _ in fresh}
    knowledge = Knowledge(rules=project.knowledge.rules)
    for facts in project.files:
        stored = project.knowledge.exported(facts)
        if stored is not None:
            knowledge.preload(facts, stored)
    monkeypatch.setattr(gates, "_candidates", lambda *args: pytest.fail("candidates recomputed"))
    again = Project(project.files, knowledge, settings, settings.roles, settings.not_roles)
    assert [(s.facts.path, s.call.line, s.rule.says) for s in gates.deploy_sites(again)] == fresh
    assert [(e.path, e.line, e.reason) for e in exposures(again)] == fresh_exposed


def test_lazy_pattern_compiles_on_first_use_and_answers_like_re() -> None:
    """A LazyPattern compiles nothing until used, then matches, searches and iterates like re."""
    lazy = LazyPattern(r"(\w+)\.py\b", re.IGNORECASE)
    assert "compiled" not in vars(lazy)
    compiled = re.compile(r"(\w+)\.py\b", re.IGNORECASE)
    text = "python TRAIN.PY then serve.py"
    assert lazy.search(text).group(1) == compiled.search(text).group(1) == "TRAIN"  # type: ignore[union-attr]
    assert [m.group(1) for m in lazy.finditer(text)] == compiled.findall(text) == lazy.findall(text)
    assert lazy.match(text) is None and lazy.pattern == compiled.pattern
    assert "compiled" in vars(lazy)
