"""A run with one file changed, answered partly from the cache, reports exactly what a cold run
over the same files reports (issue 14: "results identical to a cold run")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.facts.cache import Cache, package_salt
from pytest_mllens.registry import load_registry
from pytest_mllens.report.json_report import json_report

SECRET = b"q" * 32

TRAIN = (
    "import mlflow.sklearn\n"
    "from sklearn.linear_model import LogisticRegression\n"
    "\n"
    "\n"
    "def train(features, labels):\n"
    "    model = LogisticRegression(max_iter=500)\n"
    "    model.fit(features, labels)\n"
    "    mlflow.sklearn.log_model(model, 'classifier', registered_model_name='churn')\n"
    "    return model\n"
)
SERVE = "from fastapi import FastAPI\nfrom ml.train import train\n\napp = FastAPI()\n"
PROJECT = {
    "pyproject.toml": "[tool.mllens]\n",
    "ml/__init__.py": "",
    "ml/train.py": TRAIN,
    "ml/features.py": "import numpy as np\n\ndef scale(x):\n    return np.log1p(x)\n",
    "serve/app.py": SERVE,
    "jobs/score.py": "from ml.features import scale\n\ndef run(rows):\n    return [scale(r) for r in rows]\n",
}

# (label, path, new text): applied one after another, each measured against a cold run
EDITS = [
    ("a comment: no fact changes", "ml/features.py", PROJECT["ml/features.py"] + "# log scale keeps outliers in range\n"),
    ("blank lines at the end: no fact changes", "jobs/score.py", PROJECT["jobs/score.py"] + "\n\n"),
    ("an import edge removed", "serve/app.py", "from fastapi import FastAPI\n\napp = FastAPI()\n"),
    ("an import edge added", "serve/app.py", SERVE),
    ("a hosting role removed", "serve/app.py", "from ml.train import train\n\ndef main():\n    return train\n"),
    ("a hosting role added", "jobs/score.py", "from fastapi import FastAPI\nfrom ml.features import scale\n\napp = FastAPI()\n"),
    ("a release removed", "ml/train.py", TRAIN.replace(", registered_model_name='churn'", "")),
    ("a release added", "ml/features.py", PROJECT["ml/features.py"] + "\nimport mlflow\n\ndef publish(run_id):\n    mlflow.register_model(f'runs:/{run_id}/model', 'scaler')\n"),
    ("the release restored beside a new function with a call", "ml/train.py", TRAIN + "\n\ndef save(values):\n    import json\n\n    return json.dumps(values, indent=2)\n"),
]


def _report(root: Path, cache: Cache | None) -> tuple[str, dict[str, int], bool]:
    registry = load_registry()
    settings = parse_settings({}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    analysis = analyse(root, settings, registry, cache=cache, jobs=1)
    report = json_report(analysis)
    report.pop("root")
    findings = [(f.check, f.path, f.line, f.message, f.evidence) for f in analysis.findings]
    return json.dumps({"report": report, "findings": findings}, sort_keys=True, default=str), dict(analysis.stats), analysis.cached


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for path, text in PROJECT.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def test_each_one_file_change_reports_what_a_cold_run_reports(tree: Path, tmp_path: Path) -> None:
    """After each edit (facts unchanged, an import edge, a hosting role, a release, a new call added or removed), the warm run's report equals a cold run's."""
    cache_dir = tmp_path / "cache"
    reports = {_report(tree, Cache(cache_dir, package_salt(), secret=SECRET))[0]}
    for label, path, text in EDITS:
        (tree / path).write_text(text, encoding="utf-8")
        warm, stats, _ = _report(tree, Cache(cache_dir, package_salt(), secret=SECRET))
        cold, _, _ = _report(tree, None)
        assert warm == cold, label
        assert stats["parsed"] == 1, label
        reports.add(warm)
    assert len(reports) >= 6  # the edits did change what is reported


def test_an_edit_that_leaves_the_facts_alone_reuses_the_results(tree: Path, tmp_path: Path) -> None:
    """A comment added to one file parses that file only and takes the stored results, which equal a cold run's."""
    cache_dir = tmp_path / "cache"
    first, _, _ = _report(tree, Cache(cache_dir, package_salt(), secret=SECRET))
    (tree / "ml/train.py").write_text(TRAIN + "# retrain weekly\n", encoding="utf-8")
    warm, stats, cached = _report(tree, Cache(cache_dir, package_salt(), secret=SECRET))
    assert cached and stats["parsed"] == 1 and warm == first == _report(tree, None)[0]
    again, stats, cached = _report(tree, Cache(cache_dir, package_salt(), secret=SECRET))
    assert cached and stats["parsed"] == 0 and again == first  # and the next run is warm again


def test_an_edit_that_changes_the_facts_is_not_answered_by_stale_results(tree: Path, tmp_path: Path) -> None:
    """Removing the import that made a finding recomputes the results: the finding goes."""
    cache_dir = tmp_path / "cache"
    first, _, _ = _report(tree, Cache(cache_dir, package_salt(), secret=SECRET))
    (tree / "serve/app.py").write_text("from fastapi import FastAPI\n\napp = FastAPI()\n", encoding="utf-8")
    warm, _, cached = _report(tree, Cache(cache_dir, package_salt(), secret=SECRET))
    checks = [[f["check"] for f in json.loads(report)["report"]["findings"]] for report in (first, warm)]
    assert not cached and "ML001" in checks[0] and "ML001" not in checks[1]


def test_a_stored_entry_that_no_longer_loads_is_parsed_again(tree: Path, tmp_path: Path) -> None:
    """A facts entry that is present but cannot be unpickled costs that file a parse, never a wrong or failed run."""
    from pytest_mllens.facts.cache import FACTS_FILE, FACTS_SHARDS

    cache_dir = tmp_path / "cache"
    _report(tree, Cache(cache_dir, package_salt(), secret=SECRET))
    writer = Cache(cache_dir, package_salt(), secret=SECRET)
    damaged = 0
    for number in range(FACTS_SHARDS):
        shard = writer._load(FACTS_FILE.format(number), dict)
        if shard:
            writer._write(FACTS_FILE.format(number), {key: b"\x80\x05not facts" if key[0] == "serve/app.py" else blob for key, blob in shard.items()})
            damaged += any(key[0] == "serve/app.py" for key in shard)
    assert damaged == 1
    (tree / "ml/train.py").write_text(TRAIN.replace("max_iter=500", "max_iter=800"), encoding="utf-8")
    warm, stats, cached = _report(tree, Cache(cache_dir, package_salt(), secret=SECRET))
    assert not cached and stats["parsed"] == 2 and warm == _report(tree, None)[0]


def test_an_edit_to_a_suppression_reason_alone_is_not_answered_by_stale_results(tree: Path, tmp_path: Path) -> None:
    """With require-suppression-reason on, adding `because ...` to a suppression (no other fact changes) suppresses the finding, and taking it away brings the finding back, as in a cold run."""
    registry = load_registry()
    settings = parse_settings({"require-suppression-reason": True}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)

    def ml001(cache: Cache | None) -> list[str]:
        analysis = analyse(tree, settings, registry, cache=cache, jobs=1)
        return [f.path for f in analysis.findings if f.check == "hosting-imports-training"]

    cache_dir = tmp_path / "cache"
    bare = SERVE.replace("from ml.train import train\n", "from ml.train import train  # mllens: ignore[ML001]\n")
    reasoned = bare.replace("ignore[ML001]", "ignore[ML001] because the shared featuriser moves out next sprint")
    for text, expected in ((bare, ["serve/app.py"]), (reasoned, []), (bare, ["serve/app.py"])):
        (tree / "serve/app.py").write_text(text, encoding="utf-8")
        assert ml001(Cache(cache_dir, package_salt(), secret=SECRET)) == ml001(None) == expected


def test_a_line_added_to_pyproject_moves_its_reported_entry(tree: Path, tmp_path: Path) -> None:
    """A roles entry that names no file is reported at its line of pyproject.toml; a comment added above it (no setting changes) moves the reported line, as in a cold run."""
    from pytest_mllens.config import load_table

    registry = load_registry()

    def lines(cache: Cache | None) -> list[int]:
        settings = parse_settings(load_table(tree), {n: c.options for n, c in registry.checks.items()}, registry.aliases, tree)
        analysis = analyse(tree, settings, registry, cache=cache, jobs=1)
        return [f.line for f in analysis.findings if f.path == "pyproject.toml"]

    cache_dir = tmp_path / "cache"
    table = '[tool.mllens.roles]\nhosting = ["serve/missing_app.py"]\n'
    for text in (table, "# roles the heuristics miss\n" + table):
        (tree / "pyproject.toml").write_text(text, encoding="utf-8")
        assert lines(Cache(cache_dir, package_salt(), secret=SECRET)) == lines(None) != []
