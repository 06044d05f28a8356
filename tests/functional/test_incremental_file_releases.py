"""File-based releases (a training script writes the file a serving module loads) read a per-file
summary of the save and load calls their rules match; after each edit that adds, moves or
removes such a call, a run with the cache reports exactly what a cold run reports (issue 14:
"results identical to a cold run")."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.facts.cache import Cache, package_salt
from pytest_mllens.registry import load_registry
from pytest_mllens.report.json_report import json_report

SECRET = b"f" * 32
FRAMEWORKS = Path(__file__).resolve().parents[1] / "frameworks"


def _replace(path: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(root: Path) -> None:
        text = (root / path).read_text(encoding="utf-8")
        assert old in text, (path, old)
        (root / path).write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def _write(path: str, text: str) -> Callable[[Path], None]:
    def edit(root: Path) -> None:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")

    return edit


EDITS: dict[str, list[tuple[str, Callable[[Path], None]]]] = {
    "release_file_bad": [
        ("the training script writes another file: no release", _replace("train.py", 'joblib.dump(model, "price_model.joblib")', 'joblib.dump(model, "candidate_model.joblib")')),
        ("the app loads that file: the release is back", _replace("app.py", 'joblib.load("price_model.joblib")', 'joblib.load("candidate_model.joblib")')),
        ("the write goes through a helper in a new module (the shape changes)", _write("persist.py", "import joblib\n\n\ndef save_object(file_path, obj):\n    joblib.dump(obj, file_path)\n")),
        ("the training script calls the helper with the served path", _replace("train.py", 'joblib.dump(model, "candidate_model.joblib")', 'save_object("candidate_model.joblib", model)')),
        ("and imports it", _replace("train.py", "import joblib\n", "import joblib\nfrom persist import save_object\n")),
        ("the write is a pickle.dump through open() instead", _replace("train.py", 'save_object("candidate_model.joblib", model)', 'import pickle\nwith open("candidate_model.joblib", "wb") as out:\n    pickle.dump(model, out)')),
    ],
}


def _report(root: Path, cache: Cache | None) -> str:
    """The JSON report, the findings and every file's roles of one run."""
    registry = load_registry()
    settings = parse_settings({}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    analysis = analyse(root, settings, registry, cache=cache, jobs=1)
    report = json_report(analysis)
    report.pop("root")
    roles = {path: [(r.role, r.reason, r.line) for r in reasons] for path, reasons in sorted(analysis.roles.items())}
    seen = {"report": report, "findings": [(f.check, f.path, f.line, f.message, f.evidence) for f in analysis.findings], "roles": roles}
    return json.dumps(seen, sort_keys=True, default=str)


@pytest.mark.parametrize("sample", sorted(EDITS))
def test_each_file_release_edit_reports_what_a_cold_run_reports(sample: str, tmp_path: Path) -> None:
    """After each edit of a file-release sample (the written or loaded path changed, a save helper added and called, another save API), the run with the cache equals a cold one."""
    root = tmp_path / "project"
    shutil.copytree(FRAMEWORKS / sample, root, ignore=shutil.ignore_patterns("expected.toml"))
    (root / "pyproject.toml").write_text("[tool.mllens]\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    reports = {_report(root, Cache(cache_dir, package_salt(), secret=SECRET))}
    for label, edit in EDITS[sample]:
        edit(root)
        warm = _report(root, Cache(cache_dir, package_salt(), secret=SECRET))
        cold = _report(root, None)
        assert warm == cold, label
        reports.add(warm)
    assert len(reports) >= 3  # the edits did change what is reported
