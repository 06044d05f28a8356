"""A run with one file changed keeps the other files' imports and guards encoded and reads what
it needs of them from per-file summaries (star imports, imported names, imported roots), and
rewrites only the derived-data shard of the changed file; it still reports exactly what a cold
run reports (issue 14)."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytest_mllens.facts.cache import DERIVED_FILE, FACTS_SHARDS, Cache, _shard, package_salt

from test_incremental_summaries import ADDED, FRAMEWORKS, SECRET, _replace, _report


def _project(tmp_path: Path, sample: str) -> Path:
    root = tmp_path / "project"
    shutil.copytree(FRAMEWORKS / sample, root, ignore=shutil.ignore_patterns("expected.toml"))
    (root / "pyproject.toml").write_text("[tool.mllens]\n", encoding="utf-8")
    return root


def test_handlers_bound_by_import_are_found_as_a_cold_run_finds_them(tmp_path: Path) -> None:
    """An entry module that stops and starts re-exporting its serving handlers (answered from the per-file imported names), then a star import in the handlers, report what a cold run reports each time."""
    root = _project(tmp_path, "hosting_handler_reexport_bad")
    cache_dir = tmp_path / "cache"
    seen = {_report(root, Cache(cache_dir, package_salt(), secret=SECRET))[0]}
    edits = [
        _replace("src/inference.py", "from handlers import input_fn, model_fn, predict_fn  # noqa: F401", "from handlers import input_fn  # noqa: F401"),
        _replace("src/inference.py", "from handlers import input_fn  # noqa: F401", "from handlers import input_fn, model_fn, predict_fn  # noqa: F401"),
        _replace("src/handlers.py", "from churn_training import FEATURES\n", "from churn_training import *\n"),
    ]
    for edit in edits:
        edit(root)
        warm, stats = _report(root, Cache(cache_dir, package_salt(), secret=SECRET))
        assert stats["parsed"] == 1 and warm == _report(root, None)[0]
        seen.add(warm)
    assert len(seen) >= 2  # the handlers' import decides the entry module's role


def test_an_edit_rewrites_the_derived_shard_of_the_changed_file_only(tmp_path: Path) -> None:
    """After a facts-changing edit of one file, every derived-data shard but that file's keeps its bytes, and the run equals a cold one."""
    root = _project(tmp_path, "hosting_batch_adapter_job_bad")
    cache_dir = tmp_path / "cache"
    _report(root, Cache(cache_dir, package_salt(), secret=SECRET))
    before = {n: (cache_dir / DERIVED_FILE.format(n)).read_bytes() for n in range(FACTS_SHARDS) if (cache_dir / DERIVED_FILE.format(n)).exists()}
    edited = "churn/io/stores.py"
    (root / edited).write_text((root / edited).read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    warm, stats = _report(root, Cache(cache_dir, package_salt(), secret=SECRET))
    assert stats["parsed"] == 1 and warm == _report(root, None)[0]
    after = {n: (cache_dir / DERIVED_FILE.format(n)).read_bytes() for n in range(FACTS_SHARDS) if (cache_dir / DERIVED_FILE.format(n)).exists()}
    own = _shard((edited, "", "", False, ""))
    assert after.keys() == before.keys() and after[own] != before[own]
    assert all(after[n] == before[n] for n in after if n != own)
