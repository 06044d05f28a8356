"""Deployment files name the modules a server runs; weak launches need a serving-like name."""

from __future__ import annotations

import pytest

from pytest_mllens.facts.configs.deploy_config import config_kind, entry_refs, extract_config


def _targets(path: str, text: str) -> list[tuple[int, str, str, bool]]:
    return [(r.line, r.kind, r.target, r.strong) for r in entry_refs(path, text)]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Dockerfile", "config"),
        ("docker/Dockerfile.serve", "config"),
        ("api.dockerfile", "config"),
        ("Procfile", "config"),
        ("pyproject.toml", "config"),
        ("bentofile.yaml", "config"),
        ("deploy/serve_config.yaml", "config"),
        (".github/workflows/ci.yml", "config"),  # read for its job order only
        (".github/dependabot.yml", ""),
        (".github/ISSUE_TEMPLATE/bug.yml", ""),
        (".gitlab-ci.yml", "config"),
        ("setup.cfg", ""),
        ("scripts/start.sh", "config"),
        ("Makefile", "config"),
        ("README.md", ""),
    ],
)
def test_config_kind_is_decided_by_the_name_alone(name: str, kind: str) -> None:
    """Discovery reads only these deployment files (CI workflows only for their job order), never other text."""
    assert config_kind(name) == kind


def test_dockerfile_exec_and_shell_forms_and_sagemaker_program() -> None:
    """CMD in exec form, ENTRYPOINT in shell form over continuation lines, and ENV SAGEMAKER_PROGRAM are all read."""
    text = (
        "FROM python:3.11\n"
        "ENV SAGEMAKER_PROGRAM=inference.py \\\n"
        "    PYTHONUNBUFFERED=1\n"
        'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]\n'
        "ENTRYPOINT gunicorn --bind 0.0.0.0:8000 \\\n"
        "    --chdir src wsgi:application\n"
    )
    refs = entry_refs("Dockerfile", text)
    assert [(r.line, r.kind, r.target, r.strong, r.base) for r in refs] == [
        (2, "file", "inference.py", False, ""),
        (4, "module", "app.main", True, ""),
        (5, "module", "wsgi", True, "src"),
    ]


def test_python_launches_are_weak_and_modules_are_read_after_dash_m() -> None:
    """`python serve.py` and `python -m pkg.api` are weak references; `python -m uvicorn` reads the app."""
    text = 'CMD ["python", "-u", "serve.py"]\nENTRYPOINT python -m uvicorn api.app:app\nCMD python -m shop.api\n'
    assert _targets("Dockerfile", text) == [(1, "file", "serve.py", False), (2, "module", "api.app", True), (3, "module", "shop.api", False)]


def test_procfile_and_streamlit() -> None:
    """Each Procfile process type is a command line."""
    text = "web: gunicorn shop.wsgi:app --log-file -\nui: streamlit run dashboards/app.py --server.port $PORT\n# comment: python x.py\n"
    assert _targets("Procfile", text) == [(1, "module", "shop.wsgi", True), (2, "file", "dashboards/app.py", True)]


def test_compose_command_lists_and_yaml_keys() -> None:
    """Block-list commands, bentofile service, Ray import_path and Azure ML scoring_script."""
    compose = "services:\n  api:\n    command:\n      - uvicorn\n      - churn.api:app\n      - --reload\n  train:\n    command: python train.py\n"
    assert _targets("docker-compose.yml", compose) == [(4, "module", "churn.api", True), (8, "file", "train.py", False)]
    assert _targets("bentofile.yaml", 'service: "service:svc"\n') == [(1, "module", "service", True)]
    assert _targets("serve.yaml", "applications:\n- name: app\n  import_path: recsys.graph:app\n") == [(3, "module", "recsys.graph", True)]
    deployment = "code_configuration:\n  code: ../src\n  scoring_script: score.py\n"
    assert [(r.target, r.base) for r in entry_refs("deployment.yml", deployment)] == [("score.py", "../src")]


def test_pyproject_scripts_keep_their_names() -> None:
    """A console script is judged by its own name (serve, predict) later, so the name travels with it."""
    text = '[project.scripts]\nchurn-serve = "churn.server:main"\nchurn-train = "churn.fit:main"\n'
    refs = entry_refs("pyproject.toml", text)
    assert [(r.line, r.target, r.label) for r in refs] == [(2, "churn.server", "churn-serve"), (3, "churn.fit", "churn-train")]


@pytest.mark.parametrize("data", [b"", b"\xff\xfe\x00garbage", b"[project.scripts\n= broken", b"CMD [\"unterminated"])
def test_unreadable_files_yield_no_references(data: bytes) -> None:
    """Bad input never raises: it names nothing."""
    for name in ("Dockerfile", "pyproject.toml", "serve.yaml", "Procfile"):
        facts = extract_config(name, data)
        assert facts.kind == "config" and facts.error == ""


def test_shell_scripts_and_makefiles_join_continued_lines() -> None:
    """A continued `torch-model-archiver --handler` line and a make recipe starting uvicorn are read; `python train.py` stays weak."""
    script = "#!/bin/sh\n# python serve.py (a comment)\ntorch-model-archiver --model-name m \\\n  --handler svc/handler.py --export-path store\n"
    assert _targets("scripts/package.sh", script) == [(3, "file", "svc/handler.py", True)]
    makefile = "serve:\n\tuvicorn api.main:app --port 8080\ntrain:\n\tpython train.py\n"
    assert _targets("Makefile", makefile) == [(2, "module", "api.main", True), (4, "file", "train.py", False)]


def test_cp_commands_in_scripts_are_read_as_staged_copies() -> None:
    """`cp` (flags, several sources, `&&` chains, sudo) gives (line, source, destination); variables and globs are skipped."""
    from pytest_mllens.facts.configs.deploy_config import staged_copies

    script = (
        "#!/bin/sh\n"
        "# cp commented/out.py nowhere/\n"
        "cp -r shared/common lambda/fn/ && zip -r fn.zip lambda/fn\n"
        "sudo cp ml/features.py ml/schema.py \\\n"
        "   build/\n"
        "cp $SRC/model.py build/\n"
        "cp ml/*.py build/\n"
    )
    assert staged_copies(script) == [
        (3, "shared/common", "lambda/fn/"),
        (4, "ml/features.py", "build/"),
        (4, "ml/schema.py", "build/"),
    ]


def test_a_makefile_keeps_its_copies_as_facts() -> None:
    """A Makefile recipe's copies are stored with the file's facts; a Dockerfile has none."""
    from pytest_mllens.facts.configs.deploy_config import extract_config

    make = extract_config("Makefile", b"package:\n\tcp -v src/encode.py functions/predict/\n")
    assert make.extra["copies"] == ((2, "src/encode.py", "functions/predict/"),)
    assert "copies" not in extract_config("Dockerfile", b"FROM python:3.11\nCOPY app.py .\n").extra


def test_yaml_declares_cloudformation_types_and_top_level_keys() -> None:
    """CloudFormation `Type: AWS::...` lines (quoted or not) and top-level keys are kept with their lines; nested keys are not."""
    from pytest_mllens.facts.configs.deploy_config import declared_resources

    text = 'Resources:\n  Endpoint:\n    Type: "AWS::SageMaker::Endpoint"\n  Mon:\n    Type: AWS::SageMaker::MonitoringSchedule  # hourly\ncreate_monitor:\n  compute: x\n'
    assert declared_resources(text) == [(1, "key:Resources"), (3, "AWS::SageMaker::Endpoint"), (5, "AWS::SageMaker::MonitoringSchedule"), (6, "key:create_monitor")]
    assert extract_config("templates/endpoint.yml", text.encode()).extra["resources"][1] == (3, "AWS::SageMaker::Endpoint")


def test_a_python_launch_in_an_image_that_exposes_a_port_listens() -> None:
    """`CMD python main.py` after EXPOSE is marked as listening (and says which port); without EXPOSE it is a plain weak launch."""
    exposed = entry_refs("Dockerfile", "FROM python:3.11\nEXPOSE 8080/tcp\nCMD [\"python\", \"main.py\"]\n")
    assert [(r.target, r.strong, r.listens) for r in exposed] == [("main.py", False, True)]
    assert exposed[0].how.endswith("the image EXPOSEs 8080/tcp")
    plain = entry_refs("Dockerfile", "FROM python:3.11\nCMD [\"python\", \"main.py\"]\n")
    assert [(r.target, r.listens) for r in plain] == [("main.py", False)]


def test_seldon_model_name_is_read_only_where_seldon_is_named() -> None:
    """MODEL_NAME names the served file in .s2i/environment, a Seldon Dockerfile and a SeldonDeployment env list; a plain MODEL_NAME elsewhere names nothing."""
    assert config_kind("model/.s2i/environment") == "config"
    assert _targets("model/.s2i/environment", "MODEL_NAME=Router\nSERVICE_TYPE=MODEL\n") == [(1, "file", "Router.py", True)]
    assert _targets("k8s/sd.yaml", "kind: SeldonDeployment\nenv:\n  - name: MODEL_NAME\n    value: Router\n") == [(4, "file", "Router.py", True)]
    assert _targets("Dockerfile", "FROM python:3.11\nENV MODEL_NAME=gpt2\nCMD python serve.py\n") == [(3, "file", "serve.py", False)]


def test_a_part_a_scanner_cannot_read_is_reported_and_the_rest_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Dockerfile whose build steps trip the scanner keeps its entry point and names the part it lost."""
    from pytest_mllens.facts.configs import build_steps

    def broken(text: str) -> object:
        raise ValueError("unforeseen construct")

    monkeypatch.setattr(build_steps, "dockerfile_steps", broken)
    facts = extract_config("Dockerfile", b'FROM python:3.11-slim\nCOPY serve/ /app/\nCMD ["uvicorn", "serve.app:app"]\n')
    assert [ref.target for ref in facts.extra["entry_refs"]] == ["serve.app"]  # type: ignore[attr-defined]
    assert "build_steps" not in facts.extra
    assert facts.part_errors == (("build steps", "could not read its build steps (ValueError: unforeseen construct)"),)
