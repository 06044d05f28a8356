"""Commands that launchers run and steps configured with with_options are read as what they run."""

from __future__ import annotations

from pytest_mllens.model.roles.launched_scripts import server_launch
from pytest_mllens.testing import analyse_sources


def test_argument_list_and_computed_commands_of_launchers_are_kept() -> None:
    """A launcher's argument list and f-string command become readable text; other calls' lists do not."""
    project, _ = analyse_sources({
        "boot.py": (
            "import subprocess\nimport os\n"
            "subprocess.run(['uvicorn', 'app:app', '--port', '8000'])\n"
            "os.system(f'cd {os.getcwd()} && gunicorn api:app')\n"
            "print(['not', 'a', 'command'])\n"
        ),
    })
    strings = dict(((s, n), t) for s, n, t in project.by_path["boot.py"].extra["strings"])
    assert strings == {("", "#0:argv"): "uvicorn app:app --port 8000", ("", "#1:argv"): "cd {} && gunicorn api:app"}


def test_server_launch_skips_environment_assignments_and_python_dash_m() -> None:
    """`PORT=80 exec python -m uvicorn app:app` starts a server; `python train.py` does not."""
    project, _ = analyse_sources({
        "a.py": "import os\nos.system('PORT=80 exec python -m uvicorn app:app')\n",
        "b.py": "import subprocess\nsubprocess.run(['python', 'train.py'])\n",
    })
    assert server_launch(project.by_path["a.py"]) == (2, "system('PORT=80 exec python -m uvicorn app:app')")
    assert server_launch(project.by_path["b.py"]) is None


def test_argument_list_launch_of_a_training_script_is_followed_by_ml001() -> None:
    """A web app whose route runs ["python", "train.py"] in a child process runs training code."""
    project, _ = analyse_sources({
        "app.py": (
            "import subprocess\nfrom flask import Flask\napp = Flask(__name__)\n\n"
            "@app.route('/retrain')\ndef retrain():\n    subprocess.run(['python', 'train.py'], check=True)\n    return 'ok'\n"
        ),
        "train.py": "from sklearn.linear_model import Ridge\nRidge().fit([[0]], [0])\n",
    })
    assert [e.target for e in project.edges["app"]] == ["train"]


def test_a_step_bound_with_options_in_another_module_is_the_step() -> None:
    """`register = step.with_options(...)` in steps/reg.py, called from the pipeline, is the step itself."""
    project, _ = analyse_sources({
        "steps/__init__.py": "",
        "steps/reg.py": (
            "from zenml.integrations.mlflow.steps.mlflow_registry import mlflow_register_model_step\n"
            "register = mlflow_register_model_step.with_options(parameters=dict(name='m'))\n"
        ),
        "pipe.py": "from zenml import pipeline\nfrom steps.reg import register\n\n@pipeline\ndef p(model):\n    register(model)\n",
    })
    names = [c.name for c in project.by_path["pipe.py"].calls]
    assert "zenml.integrations.mlflow.steps.mlflow_registry.mlflow_register_model_step" in names
    # the configuring call itself is not a call of the step
    assert [c.name for c in project.by_path["steps/reg.py"].calls][0].endswith(".with_options")


def test_an_imported_step_renamed_in_another_module_is_the_step() -> None:
    """`deployer = mlflow_model_deployer_step` in steps/deploy.py, called from the pipeline, is the step; a project function renamed is left alone."""
    project, _ = analyse_sources({
        "steps/__init__.py": "",
        "steps/deploy.py": (
            "from zenml.integrations.mlflow.steps import mlflow_model_deployer_step\n"
            "from steps.train import fit\n"
            "deployer = mlflow_model_deployer_step\nfit_again = fit\n"
        ),
        "steps/train.py": "def fit(x):\n    return x\n",
        "pipe.py": "from zenml import pipeline\nfrom steps.deploy import deployer, fit_again\n\n@pipeline\ndef p(model):\n    deployer(model=fit_again(model))\n",
    })
    names = [c.name for c in project.by_path["pipe.py"].calls]
    assert "zenml.integrations.mlflow.steps.mlflow_model_deployer_step" in names
    assert "steps.deploy.fit_again" in names


def test_a_dispatching_entry_script_is_not_said_to_train_at_every_start() -> None:
    """An entry script that trains on one command and starts the server on another is hosting code that ships training, not one that trains each time it starts."""
    from pathlib import Path

    from pytest_mllens.config import parse_settings
    from pytest_mllens.engine import analyse
    from pytest_mllens.registry import load_registry

    sample = Path(__file__).resolve().parents[1] / "frameworks" / "hosting_entry_cli_dispatch_bad"
    registry = load_registry()
    settings = parse_settings({"cache": False}, {n: c.options for n, c in registry.checks.items()}, registry.aliases, sample)
    reason = next(r.reason for r in analyse(sample, settings, registry).roles["main.py"] if r.role == "hosting")
    assert "on another command" in reason and "each time it starts" not in reason
