"""The facts cache reads only the shards a run needs (the digests file is their index), and a
missing or damaged index or shard costs parses, never a result that differs from a cold run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.facts.cache import DIGESTS_FILE, FACTS_FILE, FACTS_SHARDS, Cache, _shard, package_salt
from pytest_mllens.registry import load_registry
from pytest_mllens.report.json_report import json_report

SECRET = b"i" * 32
FILES = {
    "pyproject.toml": "[tool.mllens]\n",
    "ml/__init__.py": "",
    "ml/train.py": "import mlflow\nfrom sklearn.linear_model import Ridge\n\n\ndef train(x, y):\n    model = Ridge().fit(x, y)\n    mlflow.sklearn.log_model(model, 'm', registered_model_name='price')\n    return model\n",
    "serve/app.py": "from fastapi import FastAPI\nfrom ml.train import train\n\napp = FastAPI()\n",
    **{f"lib/util_{n}.py": f"import numpy as np\n\n\ndef scale_{n}(x):\n    return np.log1p(x) * {n}\n" for n in range(40)},
}


class RecordingCache(Cache):
    """A cache that remembers which of its files it read."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.read: list[str] = []

    def _load(self, name: str, kind: type) -> Any:
        self.read.append(name)
        return super()._load(name, kind)


REGISTRY = load_registry()
SETTINGS = parse_settings({}, {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases)


def _run(root: Path, cache: Cache | None) -> tuple[str, dict[str, int], bool]:
    """The run's JSON report (findings, roles, releases, errors; without the absolute root), its statistics, and whether stored results answered it."""
    analysis = analyse(root, SETTINGS, REGISTRY, cache=cache, jobs=1)
    report = json_report(analysis)
    report.pop("root")
    return json.dumps(report, sort_keys=True, default=str), dict(analysis.stats), analysis.cached


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for path, text in FILES.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def _shards(cache: RecordingCache) -> set[str]:
    return {name for name in cache.read if name.startswith("facts-") and name != DIGESTS_FILE}


def test_an_edit_that_changes_no_fact_reads_only_the_shard_of_the_changed_file(tree: Path, tmp_path: Path) -> None:
    """A comment appended to one file is answered from the stored results after reading the index and that file's shard only, and reports what a cold run reports."""
    _run(tree, Cache(tmp_path / "cache", package_salt(), secret=SECRET))
    with open(tree / "lib/util_3.py", "a", encoding="utf-8") as out:
        out.write("# reviewed\n")
    cache = RecordingCache(tmp_path / "cache", package_salt(), secret=SECRET)
    warm, stats, cached = _run(tree, cache)
    assert cached and stats["parsed"] == 1
    assert DIGESTS_FILE in cache.read
    assert _shards(cache) == {FACTS_FILE.format(_shard(("lib/util_3.py", "", "", False, "")))}
    assert warm == _run(tree, None)[0]


def test_a_run_with_facts_changed_matches_a_cold_run_and_the_next_is_warm(tree: Path, tmp_path: Path) -> None:
    """An edit that changes facts reads every shard (the project stage needs every file), reports what a cold run reports, and leaves a cache the next run answers without parsing."""
    _run(tree, Cache(tmp_path / "cache", package_salt(), secret=SECRET))
    (tree / "serve/app.py").write_text("from fastapi import FastAPI\n\napp = FastAPI()\n", encoding="utf-8")
    cache = RecordingCache(tmp_path / "cache", package_salt(), secret=SECRET)
    warm, stats, cached = _run(tree, cache)
    assert not cached and stats["parsed"] == 1 and warm == _run(tree, None)[0]
    again, stats, cached = _run(tree, Cache(tmp_path / "cache", package_salt(), secret=SECRET))
    assert cached and stats["parsed"] == 0 and again == warm


@pytest.mark.parametrize("damage", ["index removed", "index damaged", "shard damaged"])
def test_a_lost_index_or_shard_costs_parses_never_a_different_result(tree: Path, tmp_path: Path, damage: str) -> None:
    """Without the index (or with it damaged) the shards say what is stored; a damaged shard's files are parsed again; either way the results equal a cold run's, and the run after is warm."""
    directory = tmp_path / "cache"
    _run(tree, Cache(directory, package_salt(), secret=SECRET))
    if damage == "index removed":
        (directory / DIGESTS_FILE).unlink()
    elif damage == "index damaged":
        (directory / DIGESTS_FILE).write_bytes(b"not a cache file")
    else:
        numbers = [n for n in range(FACTS_SHARDS) if (directory / FACTS_FILE.format(n)).exists()]
        (directory / FACTS_FILE.format(numbers[0])).write_bytes(b"damaged")
    for text in ("# reviewed\n", "\nVERSION = 2\n"):  # no facts changed, then facts changed
        with open(tree / "lib/util_7.py", "a", encoding="utf-8") as out:
            out.write(text)
        warm, _, _ = _run(tree, Cache(directory, package_salt(), secret=SECRET))
        assert warm == _run(tree, None)[0]
    again, stats, cached = _run(tree, Cache(directory, package_salt(), secret=SECRET))
    assert cached and stats["parsed"] == 0 and again == warm


LOADED: list[str] = []


def _remember_loading(name: str) -> str:
    LOADED.append(name)
    return name


class _Tracked:
    """A stored value that records when it is unpickled."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (_remember_loading, ("results",))


def test_stored_results_are_unpickled_only_when_a_key_matches(tmp_path: Path) -> None:
    """A run whose keys match neither stored key reads the results file without unpickling the stored value; a matching key unpickles it once, and storing it back writes the bytes read."""
    Cache(tmp_path, "salt", secret=SECRET).store_results("run-a", _Tracked(), "facts-a")
    LOADED.clear()
    cache = Cache(tmp_path, "salt", secret=SECRET)
    assert cache.results("run-b") is None and cache.results("facts-b") is None and LOADED == []
    assert cache.results("facts-a") == "results" and cache.results("run-a") == "results" and LOADED == ["results"]
    cache.store_results("run-c", cache.results("run-a"), "facts-a")
    LOADED.clear()
    assert Cache(tmp_path, "salt", secret=SECRET).results("run-c") == "results" and LOADED == ["results"]
