"""The per-file summaries the project stage keeps in the cache (import edges under the project's
shape, hosting and monitoring evidence, typed training, star-resolved facts) give a run with one
file changed exactly what a cold run reports, and a facts-changing edit recomputes them for the
changed file only (issue 14: "results identical to a cold run")."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.facts.cache import Cache, package_salt
from pytest_mllens.model.project import Project
from pytest_mllens.registry import load_registry
from pytest_mllens.report.json_report import json_report

SECRET = b"s" * 32
FRAMEWORKS = Path(__file__).resolve().parents[1] / "frameworks"
ADDED = "\n\ndef _audit(values):\n    import json\n\n    return json.dumps(values, indent=2)\n"

Edit = tuple[str, str, Callable[[Path], None]]


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


def _delete(path: str) -> Callable[[Path], None]:
    return lambda root: (root / path).unlink()


# (framework sample, label, edit), applied in order per sample, each measured against a cold run
EDITS: dict[str, list[tuple[str, Callable[[Path], None]]]] = {
    "hosting_batch_adapter_job_bad": [
        ("the job's sink removed: no batch role", _replace("churn/jobs/inference.py", "        self.sink.write(scores)\n", "")),
        ("the sink restored", _replace("churn/jobs/inference.py", "        scores = model.predict(customers)\n", "        scores = model.predict(customers)\n        self.sink.write(scores)\n")),
        ("a function with a call added to a module the job imports", lambda root: (root / "churn/io/stores.py").write_text((root / "churn/io/stores.py").read_text(encoding="utf-8") + ADDED, encoding="utf-8")),
        ("a new module importing the job (the shape changes)", _write("churn/jobs/nightly.py", "from churn.jobs.inference import ScoreJob\n\nScoreJob().run()\n")),
        ("that module removed again", _delete("churn/jobs/nightly.py")),
    ],
    "monitoring_scipy_stats_bad": [
        ("a drift test added", _replace("monitoring/drift.py", "import pandas as pd\n", "import pandas as pd\nfrom scipy.stats import ks_2samp\n\n\ndef compare(reference, current):\n    return ks_2samp(reference, current)\n")),
        ("a function with a call added elsewhere", _write("serve/extra.py", "import json\n" + ADDED)),
        ("the drift test's arguments renamed", _replace("monitoring/drift.py", "def compare(reference, current):\n    return ks_2samp(reference, current)", "def compare(a, b):\n    return ks_2samp(a, b)")),
    ],
    "training_typed_factory_bad": [
        ("the factory no longer says it returns a Trainer", _replace("sentiment/trainer_factory.py", ") -> Trainer:", "):")),
        ("nor builds one", _replace("sentiment/trainer_factory.py", "    return Trainer(", "    return dict(")),
        ("the return type restored", _replace("sentiment/trainer_factory.py", "output_dir: str):", "output_dir: str) -> Trainer:")),
    ],
    "hosting_staged_copy_bad": [
        ("the deploy script no longer copies the model module (the shape changes)", _replace("scripts/package.sh", "cp ml/claims_model.py functions/score/\n", "")),
        ("the copy restored", _replace("scripts/package.sh", "cd \"$(dirname \"$0\")/..\"\n", "cd \"$(dirname \"$0\")/..\"\ncp ml/claims_model.py functions/score/\n")),
    ],
    "imports_star_bad": [
        ("the star-imported module stops defining the name the app uses", _replace("training/fit.py", 'FEATURES = ["age", "vehicle_value", "postcode_risk"]\n', "")),
        ("the name restored", _replace("training/fit.py", "from sklearn.ensemble import *\n", 'from sklearn.ensemble import *\n\nFEATURES = ["age", "vehicle_value", "postcode_risk"]\n')),
        ("a function with a call added to the app", _replace("serve/app.py", "app = Flask(__name__)\n", "app = Flask(__name__)\n" + ADDED + "\n")),
        ("the app calls a star-bound loader", _replace("serve/app.py", 'model = joblib.load("model.joblib")', 'model = load_quote_model("model.joblib")')),
        ("the training module defines it", _write("training/fit.py", Path(FRAMEWORKS / "imports_star_bad/training/fit.py").read_text(encoding="utf-8") + "\n\ndef load_quote_model(path):\n    return joblib.load(path)\n")),
        ("and stops defining it (the star binds another set of names)", _write("training/fit.py", Path(FRAMEWORKS / "imports_star_bad/training/fit.py").read_text(encoding="utf-8"))),
    ],
    "hosting_streamlit_bad": [
        ("the app stops loading the model", _replace("streamlit_app.py", "tokenizer, model = load()\n", "tokenizer, model = None, None\n")),
        ("a module that loads the model imported instead", _write("summarizer/loader.py", "import joblib\n\nMODEL = joblib.load('model.joblib')\n")),
        ("the app imports it", _replace("streamlit_app.py", "from summarizer.train import PROMPT\n", "from summarizer.train import PROMPT\nfrom summarizer.loader import MODEL\n")),
    ],
    "star_bound_app": [
        ("the project module the app star-imports defines the app's constructor: the call resolves there", _write("web/helpers.py", "def FastAPI(*args):\n    return dict(args=args)\n")),
        ("and stops defining it: the call resolves to the library again", _write("web/helpers.py", "def greet(name):\n    return f'hello {name}'\n")),
    ],
}

# sample projects written here rather than taken from tests/frameworks
INLINE = {
    "star_bound_app": {
        "web/__init__.py": "",
        "web/helpers.py": "def greet(name):\n    return f'hello {name}'\n",
        "web/app.py": "from fastapi import *\nfrom web.helpers import *\n\nfrom train import fit\n\napp = FastAPI()\n",
        "train.py": "from sklearn.linear_model import LogisticRegression\n\n\ndef fit(x, y):\n    return LogisticRegression().fit(x, y)\n",
    },
}


def _report(root: Path, cache: Cache | None, table: dict[str, object] | None = None) -> tuple[str, dict[str, int]]:
    """The JSON report, the findings and every file's roles of one run, and its stats."""
    registry = load_registry()
    settings = parse_settings(table or {}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    analysis = analyse(root, settings, registry, cache=cache, jobs=1)
    report = json_report(analysis)
    report.pop("root")
    roles = {path: [(r.role, r.reason, r.line) for r in reasons] for path, reasons in sorted(analysis.roles.items())}
    seen = {"report": report, "findings": [(f.check, f.path, f.line, f.message, f.evidence) for f in analysis.findings], "roles": roles}
    return json.dumps(seen, sort_keys=True, default=str), dict(analysis.stats)


@pytest.mark.parametrize("sample", sorted(EDITS))
def test_each_edit_reports_what_a_cold_run_reports(sample: str, tmp_path: Path) -> None:
    """After each edit of a sample project (roles and edges added and removed, files added and removed, a deploy script's copies, star-bound names), the incremental run equals a cold one."""
    root = tmp_path / "project"
    if sample in INLINE:
        for path, text in INLINE[sample].items():
            _write(path, text)(root)
    else:
        shutil.copytree(FRAMEWORKS / sample, root, ignore=shutil.ignore_patterns("expected.toml"))
    (root / "pyproject.toml").write_text("[tool.mllens]\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    reports = {_report(root, Cache(cache_dir, package_salt(), secret=SECRET))[0]}
    for label, edit in EDITS[sample]:
        edit(root)
        warm, _ = _report(root, Cache(cache_dir, package_salt(), secret=SECRET))
        cold, _ = _report(root, None)
        assert warm == cold, label
        reports.add(warm)
    assert len(reports) >= 2  # the edits did change what is reported


def test_a_facts_changing_edit_recomputes_the_changed_files_edges_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the project's shape unchanged, the import edges of every file but the edited one come from the cache; a new file recomputes them all."""
    root = tmp_path / "project"
    shutil.copytree(FRAMEWORKS / "hosting_batch_adapter_job_bad", root, ignore=shutil.ignore_patterns("expected.toml"))
    (root / "pyproject.toml").write_text("[tool.mllens]\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    _report(root, Cache(cache_dir, package_salt(), secret=SECRET))
    computed: list[str] = []
    edges_of = Project._edges_of

    def counting(self: Project, facts: object) -> object:
        computed.append(facts.path)  # type: ignore[attr-defined]
        return edges_of(self, facts)  # type: ignore[arg-type]

    monkeypatch.setattr(Project, "_edges_of", counting)
    path = root / "churn/jobs/inference.py"
    path.write_text(path.read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    warm, stats = _report(root, Cache(cache_dir, package_salt(), secret=SECRET))
    assert stats["parsed"] == 1 and computed == ["churn/jobs/inference.py"] and warm == _report(root, None)[0]
    computed.clear()
    (root / "churn/jobs/extra.py").write_text("from churn.jobs import base\n", encoding="utf-8")
    _report(root, Cache(cache_dir, package_salt(), secret=SECRET))
    assert len(computed) == len(list(root.rglob("*.py")))  # a new module may be what others import


def test_roles_assigned_in_the_configuration_are_not_taken_from_the_cache(tmp_path: Path) -> None:
    """A file's own roles are kept per file under the configured roles: assigning or removing one in [tool.mllens] gives what a cold run gives."""
    root = tmp_path / "project"
    for path, text in INLINE["star_bound_app"].items():
        _write(path, text)(root)
    cache_dir = tmp_path / "cache"
    tables: list[dict[str, object]] = [{}, {"roles": {"hosting": ["web/helpers.py"]}}, {"not-roles": {"hosting": ["web/app.py"]}}, {}]
    seen = set()
    for table in tables:
        warm, _ = _report(root, Cache(cache_dir, package_salt(), secret=SECRET), table)
        assert warm == _report(root, None, table)[0], table
        seen.add(warm)
    assert len(seen) == 3
