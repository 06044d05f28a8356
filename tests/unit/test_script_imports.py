"""Imports resolve as Python resolves them when a script runs: its own directory first."""

from __future__ import annotations

from pytest_mllens.testing import analyse_sources


def _targets(project, module: str) -> list[str]:
    return sorted(e.target for e in project.edges[module])


def test_script_directory_imports_load_the_sibling() -> None:
    """In a folder without __init__.py, `from train import x` loads the sibling train.py, even when a top-level train.py exists."""
    project, _ = analyse_sources({
        "train.py": "X = 1\n",
        "code/train.py": "def net():\n    pass\n",
        "code/serve.py": "from train import net\nimport utils.io\n",
        "code/utils/io.py": "def read():\n    pass\n",
    })
    assert _targets(project, "code.serve") == ["code.train", "code.utils.io"]


def test_package_imports_prefer_the_absolute_module() -> None:
    """Inside a package the absolute name wins; the sibling is only the fallback."""
    project, _ = analyse_sources({
        "features.py": "A = 1\n",
        "app/__init__.py": "",
        "app/features.py": "B = 1\n",
        "app/schema.py": "C = 1\n",
        "app/main.py": "import features\nimport schema\n",
    })
    assert _targets(project, "app.main") == ["app", "app.schema", "features"]


def test_an_enclosing_project_folder_provides_top_level_names() -> None:
    """`from steps import x` in project/pipelines/run.py finds project/steps when nothing at the top is called steps."""
    project, _ = analyse_sources({
        "project/steps/__init__.py": "from .trainer import fit\n",
        "project/steps/trainer.py": "def fit():\n    pass\n",
        "project/pipelines/inference.py": "from steps import fit\n",
    })
    assert "project.steps" in _targets(project, "project.pipelines.inference")


def test_an_unrelated_top_level_folder_of_the_same_name_does_not_hide_the_enclosing_one() -> None:
    """`from scripts.train import x` in svc/scripts/serve.py finds svc/scripts/train.py when the top-level scripts/ has no train module."""
    project, _ = analyse_sources({
        "scripts/util.py": "X = 1\n",
        "svc/scripts/train.py": "FEATURES = ['a']\n",
        "svc/scripts/serve.py": "from scripts.train import FEATURES\nfrom scripts.util import X\n",
    })
    assert _targets(project, "svc.scripts.serve") == ["scripts.util", "svc.scripts.train"]


def test_unknown_libraries_stay_unresolved() -> None:
    """A third-party import that no project folder provides makes no edge."""
    project, _ = analyse_sources({"svc/app.py": "import numpy\nfrom fastapi import FastAPI\n"})
    assert _targets(project, "svc.app") == []


def test_a_plain_module_has_no_submodules() -> None:
    """`from models.instance import X` and `import models.instance` load no plain models.py (that models is a package shipped elsewhere)."""
    project, _ = analyse_sources({
        "components/models.py": "def train():\n    pass\n",
        "components/serving/server.py": "from models.instance import Instance\n",
        "components/serve2.py": "import models.instance\n",
        "components/serve3.py": "from models import train\n",
    })
    assert _targets(project, "components.serving.server") == []
    assert _targets(project, "components.serve2") == []
    assert _targets(project, "components.serve3") == ["components.models"]


def test_a_computed_import_loads_the_folder_it_names_not_a_parent_package() -> None:
    """`import_module(f"churn.handlers.{kind}")` may load churn/handlers/*.py (a plain folder too), not churn's other modules."""
    project, _ = analyse_sources({
        "churn/__init__.py": "",
        "churn/experiment.py": "def fit():\n    pass\n",
        "churn/handlers/score.py": "def handle():\n    pass\n",
        "churn/server.py": "import importlib\n\ndef pick(kind):\n    return importlib.import_module(f'churn.handlers.{kind}')\n",
    })
    assert "churn.experiment" not in _targets(project, "churn.server")
    assert "churn.handlers.score" in _targets(project, "churn.server")
