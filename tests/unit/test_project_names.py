"""Project-level name resolution: re-exports, star imports and callers through references."""

from __future__ import annotations

from pytest_mllens.testing import analyse_sources


def test_reexport_through_package_init_is_canonicalised() -> None:
    """`model.fit_model`, re-exported by model/__init__.py, is model.trainer.fit_model."""
    project, _ = analyse_sources({
        "model/__init__.py": "from .trainer import fit_model\n",
        "model/trainer.py": "def fit_model(X, y):\n    return X\n",
    })
    assert project.canonical("model.fit_model") == "model.trainer.fit_model"
    assert project.function("model.fit_model") is not None


def test_star_import_resolves_names_from_project_and_outside_modules() -> None:
    """Calls to names bound by `from m import *` resolve to m.name (project module) or lib.name (one outside star import)."""
    project, _ = analyse_sources({
        "lib/helpers.py": "def build(df):\n    return df\n",
        "job.py": "from lib.helpers import *\nfrom sklearn.ensemble import *\nclf = GradientBoostingRegressor()\nclf.fit(build(X), y)\nprint(1)\n",
    })
    job = next(f for f in project.files if f.path == "job.py")
    names = [c.name for c in job.calls]
    assert "lib.helpers.build" in names
    assert "sklearn.ensemble.GradientBoostingRegressor.fit" in names
    assert "print" in names
    assert project.role(job, "training") is not None


def test_type_checking_imports_make_no_edge() -> None:
    """An import under `if TYPE_CHECKING:` is not runtime coupling; a try/except ImportError import is."""
    project, _ = analyse_sources({
        "train.py": "def fit():\n    pass\n",
        "opt.py": "X = 1\n",
        "app.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from train import fit\ntry:\n    import opt\nexcept ImportError:\n    opt = None\n",
    })
    assert [e.target for e in project.edges["app"]] == ["opt"]


def test_callable_passed_by_reference_has_its_caller_recorded() -> None:
    """PythonOperator(python_callable=tasks.register) is a caller of pkg.tasks.register."""
    project, _ = analyse_sources({
        "pkg/__init__.py": "",
        "pkg/tasks.py": "def register():\n    pass\n",
        "dag.py": "from airflow.operators.python import PythonOperator\nfrom pkg import tasks\nop = PythonOperator(task_id='r', python_callable=tasks.register)\n",
    })
    callers = project.callers_of("pkg.tasks.register")
    assert [(f.path, c.line) for f, c in callers] == [("dag.py", 3)]


def test_an_outside_star_import_does_not_claim_parameters_or_locals() -> None:
    """After `from tensorflow.keras.models import *`, Sequential() resolves but a parameter's `tokenizer.fit(...)` does not."""
    from pytest_mllens.testing import analyse_sources

    source = (
        "from flask import Flask\n"
        "from tensorflow.keras.models import *\n"
        "\n"
        "app = Flask(__name__)\n"
        "model = load_model('model.keras')\n"
        "\n"
        "def normalise(tokenizer, texts):\n"
        "    tokenizer.fit(texts)\n"
        "    return tokenizer.transform(texts)\n"
    )
    project, _ = analyse_sources({"serve.py": source})
    names = [call.name for call in project.files[0].calls]
    assert "tensorflow.keras.models.load_model" in names
    assert "tokenizer.fit" in names
    assert [r.role for r in project.roles["serve.py"]] == ["hosting"]
