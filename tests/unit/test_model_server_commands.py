"""Commands that serve a model with no project script (`mlflow models serve -m ...`), read from deployment files."""

from __future__ import annotations

from pytest_mllens.facts.configs.deploy_config import entry_refs


def _served(path: str, text: str) -> list[tuple[int, str, str]]:
    return [(r.line, r.target, r.how) for r in entry_refs(path, text) if r.kind == "model"]


def test_a_shell_script_that_serves_a_registered_model_names_its_uri_and_line() -> None:
    """A continued `mlflow models serve -m models:/...` line in a shell script is one reference at its first line."""
    text = "#!/bin/sh\nset -e\nmlflow models serve \\\n  -m 'models:/churn/Production' --port 5001\n"
    assert _served("deploy/serve.sh", text) == [(3, "models:/churn/Production", "script: mlflow models serve -m models:/churn/Production")]


def test_a_dockerfile_cmd_in_exec_form_and_a_compose_command_serve_a_model() -> None:
    """The exec form of CMD (JSON array, --model-uri) and a docker-compose command are read alike."""
    dockerfile = 'FROM python:3.11\nCMD ["mlflow", "models", "serve", "--model-uri", "runs:/abc/model", "-h", "0.0.0.0"]\n'
    assert _served("Dockerfile", dockerfile) == [(2, "runs:/abc/model", "CMD mlflow models serve --model-uri runs:/abc/model")]
    compose = "services:\n  scorer:\n    image: scorer\n    command: mlflow models serve -m models:/scorer@champion -p 8080\n"
    assert _served("docker-compose.yml", compose) == [(4, "models:/scorer@champion", "command: mlflow models serve -m models:/scorer@champion")]


def test_a_uri_given_at_run_time_is_not_shown_and_tracking_servers_serve_no_model() -> None:
    """`-m $MODEL_URI` still serves a model (its URI is not shown); `mlflow server` and `mlflow ui` serve none."""
    assert _served("run.sh", 'mlflow models serve -m "$MODEL_URI" --port 5001\n') == [(1, "$MODEL_URI", "script: mlflow models serve")]
    assert _served("run.sh", "mlflow server --host 0.0.0.0\nmlflow ui\n") == []


def test_help_and_local_folders_name_no_served_model() -> None:
    """`mlflow models serve --help`, or a local folder as the model, is no registered model the project serves."""
    assert _served("run.sh", "mlflow models serve --help\nmlflow models serve -m ./mlruns/0/abc/artifacts/model\n") == []
