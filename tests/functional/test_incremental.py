"""Incremental runs give exactly a cold run's answer: after a file is changed, added or
deleted, or the configuration changes, the report of a cached run (facts, stat stamps and
per-file knowledge matches reused) equals the report of a run without any cache."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pytest_mllens import engine
from pytest_mllens.config import load_table, parse_settings
from pytest_mllens.engine import Analysis, analyse
from pytest_mllens.facts.cache import Cache, compiled, package_salt
from pytest_mllens.registry import Registry, load_registry
from pytest_mllens.report.json_report import json_report

ROOT = Path(__file__).resolve().parents[2]
SECRET = b"i" * 32
REGISTRY = load_registry()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example project whose files count as old enough to be known by stamp."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "example_project", root)
    monkeypatch.setattr(engine, "RACY_NS", 0)
    return root


def run(root: Path, registry: Registry = REGISTRY, cached: bool = True) -> Analysis:
    settings = parse_settings(load_table(root), {n: c.options for n, c in registry.checks.items()}, registry.aliases, root)
    cache = Cache(root.parent / "cache", package_salt(), secret=SECRET) if cached else None
    return analyse(root, settings, registry, cache=cache, jobs=1)


def report(analysis: Analysis) -> str:
    return json.dumps(json_report(analysis), indent=1)


def assert_same_as_cold(root: Path) -> Analysis:
    incremental = run(root)
    cold = run(root, cached=False)
    assert report(incremental) == report(cold)
    assert incremental.findings == cold.findings and dict(incremental.roles) == dict(cold.roles)
    return incremental


def test_a_warm_run_reuses_results_and_stamps(project: Path) -> None:
    """With nothing changed, the second run reads no file's bytes for hashing and reuses the results."""
    run(project)
    warm = assert_same_as_cold(project)
    assert warm.cached and (project.parent / "cache" / "stamps.bin").exists() and any((project.parent / "cache").glob("derived-*.bin"))


def test_one_changed_file_gives_the_cold_answer(project: Path) -> None:
    """A feature module that starts serving predictions: its new role and findings appear exactly as in a cold run."""
    first = run(project)
    module = project / "src" / "churn" / "features.py"
    module.write_text(module.read_text(encoding="utf-8") + "\nfrom fastapi import FastAPI\n\napp = FastAPI()\n", encoding="utf-8")
    second = assert_same_as_cold(project)
    assert not second.cached and second.stats["parsed"] == 1
    assert report(second) != report(first)


def test_a_change_then_a_change_back_gives_the_cold_answer(project: Path) -> None:
    """Reverting an edit reuses the original facts and matches, and still equals a cold run."""
    path = project / "src" / "churn" / "release.py"
    original = path.read_text(encoding="utf-8")
    run(project)
    path.write_text(original.replace("def ", "def _renamed_", 1) + "\n# edited\n", encoding="utf-8")
    assert_same_as_cold(project)
    path.write_text(original, encoding="utf-8")
    assert_same_as_cold(project)


def test_an_added_file_gives_the_cold_answer(project: Path) -> None:
    """A new deploying module is picked up and judged like in a cold run."""
    run(project)
    (project / "src" / "churn" / "ship.py").write_text(
        "import mlflow\n\n\ndef ship(run_id):\n    mlflow.register_model(f'runs:/{run_id}/model', 'churn')\n", encoding="utf-8"
    )
    added = assert_same_as_cold(project)
    assert any(f.path == "src/churn/ship.py" for f in added.findings)


def test_a_deleted_file_gives_the_cold_answer(project: Path) -> None:
    """Deleting the serving app takes its findings away, as in a cold run."""
    run(project)
    (project / "serve" / "app.py").unlink()
    deleted = assert_same_as_cold(project)
    assert not any(f.path == "serve/app.py" for f in deleted.findings)


def test_changed_configuration_gives_the_cold_answer(project: Path) -> None:
    """Configured knowledge changes every file's matches: none is reused from before."""
    run(project)
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + '\n[tool.mllens.knowledge]\nhosting = ["sklearn.model_selection.train_test_split"]\n', encoding="utf-8")
    configured = assert_same_as_cold(project)
    assert any("configured hosting API" in r.reason for reasons in configured.roles.values() for r in reasons)


def test_a_same_size_edit_right_after_a_run_is_seen(tmp_path: Path) -> None:
    """A file written moments before a run is hashed again next time, even when its size and stat tick could repeat."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "example_project", root)
    run(root)  # every file was just written: none is remembered by stamp
    path = root / "serve" / "app.py"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("predict", "pridect", 1), encoding="utf-8")  # same size
    assert_same_as_cold(root)


def test_derived_data_signed_with_another_key_is_not_read(tmp_path: Path) -> None:
    """Per-file derived data is authenticated like the facts: another key's file is never unpickled."""
    key = ("a.py", "d", "a", False, "py")
    mine = Cache(tmp_path, "salt", secret=b"a" * 32)
    mine.store_derived(key, {"x": 1})
    mine.save_derived([key], "rules")
    assert Cache(tmp_path, "salt", secret=b"a" * 32).derived(key, "rules") == {"x": 1}
    assert Cache(tmp_path, "salt", secret=b"b" * 32).derived(key, "rules") is None
    assert Cache(tmp_path, "salt", secret=b"a" * 32).derived(key, "other rules") is None


def test_compiled_data_is_authenticated_and_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Shipped data compiled per user is read back only when its MAC verifies; anything else is rebuilt."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"answer": 42}

    assert compiled("sample", b"data", build) == {"answer": 42}
    assert compiled("sample", b"data", build) == {"answer": 42} and len(calls) == 1
    (stored,) = (tmp_path / "pytest-mllens" / "compiled").glob("sample-*.bin")
    stored.write_bytes(stored.read_bytes()[:-1] + b"\x00")  # tampered
    assert compiled("sample", b"data", build) == {"answer": 42} and len(calls) == 2
    assert compiled("sample", b"other data", build) == {"answer": 42} and len(calls) == 3


def test_remembered_call_matches_equal_fresh_ones() -> None:
    """Per-file call matches answer each call as the matcher does, for the file's own calls and for a call of another file."""
    from pytest_mllens.engine import extract_source
    from pytest_mllens.facts.discovery import SourceFile

    source = "import mlflow\nimport sagemaker\n\nmlflow.register_model('runs:/1/model', 'churn')\nprint('done')\nsagemaker.model.Model(image_uri='x').deploy(initial_instance_count=1)\n"
    facts = extract_source(SourceFile("ship.py", "py", "ship", False, len(source)), source.encode(), 1_000_000)
    other = extract_source(SourceFile("other.py", "py", "other", False, 40), b"import mlflow\nmlflow.register_model('m', 'n')\n", 1_000_000)
    remembering, fresh = REGISTRY.knowledge(), REGISTRY.knowledge()
    kinds = ("deploy",)
    for call in (*facts.calls, *other.calls, *facts.calls):
        assert remembering.call_matches(facts if call in facts.calls else other, call, kinds) == fresh._call_matches(facts if call in facts.calls else other, call, frozenset(kinds))
    assert remembering.call_matches(facts, other.calls[-1], kinds) == fresh._call_matches(facts, other.calls[-1], frozenset(kinds))
    assert any(remembering.call_matches(facts, call, kinds) for call in facts.calls)


def test_the_project_model_is_freed_without_the_cycle_collector(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a run is detached, its project model is freed by reference counting, not left for a full collection to find."""
    import gc
    import weakref

    models: list[weakref.ref[object]] = []
    plain = engine.analyse

    def remembering(*args: object, **kwargs: object) -> Analysis:
        analysis = plain(*args, **kwargs)  # type: ignore[arg-type]
        models.append(weakref.ref(analysis.project))
        return analysis

    monkeypatch.setattr(engine, "analyse", remembering)
    settings = parse_settings(load_table(project), {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases, project)
    collecting = gc.isenabled()
    gc.disable()
    try:
        detached = engine.analyse_tree(project, REGISTRY, lambda root: settings)
        assert detached.project is None and models and all(model() is None for model in models)
    finally:
        if collecting:
            gc.enable()
