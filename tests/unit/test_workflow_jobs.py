"""Job tasks read from CI pipelines, Makefiles and shell scripts (facts/configs/workflow_jobs.py)."""

from __future__ import annotations

import time

import pytest

from pytest_mllens.facts.configs.deploy_config import extract_config
from pytest_mllens.facts.configs.task_files import file_tasks
from pytest_mllens.facts.configs.shell_commands import commands
from pytest_mllens.facts.configs.yaml_outline import outline


def _order(path: str, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """script -> (key, upstream keys), for compact assertions."""
    return {str(script): (str(key), tuple(upstream)) for _, key, script, upstream in file_tasks(path, text)}  # type: ignore[misc]


GITHUB = """\
name: release
on: [workflow_dispatch]
defaults:
  run:
    working-directory: ml
jobs:
  train:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python src/train.py
  evaluate:
    needs: train
    runs-on: ubuntu-latest
    steps:
      - name: report only
        continue-on-error: true
        run: python src/report.py
      - name: Evaluate
        run: |
          cd src
          python evaluate.py --min-auc 0.8
  deploy:
    needs: [evaluate]
    runs-on: ubuntu-latest
    steps:
      - name: Deploy
        run: python -m churn.deploy
      - name: Notify
        if: always()
        run: python src/notify.py
      - name: inline
        shell: python
        run: print("not a shell step")
"""


def test_github_jobs_follow_needs_and_steps_follow_each_other() -> None:
    """A deploy job that needs evaluate runs after every fatal step of evaluate and, transitively, of train."""
    order = _order(".github/workflows/release.yml", GITHUB)
    assert order["/ml/src/train.py"] == ("train / step 2", ())
    assert order["/ml/src/evaluate.py"] == ("evaluate / Evaluate", ("train / step 2",))
    assert order["-m churn.deploy"] == ("deploy / Deploy", ("evaluate / Evaluate", "train / step 2"))


def test_github_continue_on_error_gates_nothing_and_always_is_gated_by_no_step() -> None:
    """A continue-on-error step is nobody's upstream; an `if: always()` step is not gated by earlier steps of its job."""
    order = _order(".github/workflows/release.yml", GITHUB)
    assert all("evaluate / report only" not in upstream for _, upstream in order.values())
    assert order["/ml/src/notify.py"] == ("deploy / Notify", ("evaluate / Evaluate", "train / step 2"))


def test_shell_python_steps_are_not_read_as_commands() -> None:
    """A `shell: python` step's body is Python, not commands."""
    assert len(file_tasks(".github/workflows/release.yml", GITHUB)) == 5


def test_a_failure_hidden_by_a_pipe_or_or_true_stops_nothing() -> None:
    """`evaluate | tee` without pipefail, and `evaluate || true`, let the next command run; `&&` and set -e do not."""
    piped = commands("python evaluate.py | tee log.txt\npython deploy.py\n", 1, errexit=True)
    assert [(c.script, c.fatal) for c in piped] == [("/evaluate.py", False), ("/deploy.py", True)]
    assert commands("python evaluate.py | tee log.txt", 1, errexit=True, pipefail=True)[0].fatal
    assert not commands("python evaluate.py || true\npython deploy.py", 1, errexit=True)[0].fatal
    assert commands("python evaluate.py && python deploy.py", 1, errexit=False)[0].fatal
    assert not commands("python evaluate.py\npython deploy.py", 1, errexit=False)[0].fatal
    assert not commands("if python evaluate.py; then python deploy.py; fi", 1, errexit=True)[0].fatal


def test_wrappers_variables_and_notebooks_name_the_script() -> None:
    """poetry/uv/conda wrappers, env prefixes, python flags, workspace variables and papermill all resolve to the script."""
    text = (
        "poetry run python -u src/a.py\n"
        "MODEL=x uv run src/b.py\n"
        "conda run -n ml python ${{ github.workspace }}/src/c.py\n"
        "papermill notebooks/d.ipynb out.ipynb -p alpha 0.1\n"
        "python -c 'print(1)'\n"
        "python $SCRIPT\n"
        "dvc repro\n"
    )
    assert [c.script for c in commands(text, 1, errexit=True)] == ["/src/a.py", "/src/b.py", "/src/c.py", "/notebooks/d.ipynb"]


GITLAB = """\
stages: [train, evaluate, deploy]

.python: &python
  image: python:3.11
  before_script:
  - pip install -e .

.publish:
  script:
  - python -m shop.publish

train:
  <<: *python
  stage: train
  script:
  - python -m shop.train

evaluate:
  stage: evaluate
  script:
    - python -m shop.evaluate

smoke:
  stage: evaluate
  allow_failure: true
  script: python -m shop.smoke

publish:
  stage: deploy
  extends: .publish

cleanup:
  stage: deploy
  when: always
  script:
    - python -m shop.cleanup

early:
  stage: deploy
  needs: []
  script:
    - python -m shop.early
"""


def test_gitlab_stages_order_jobs_and_needs_overrides_them() -> None:
    """Later stages wait for earlier ones (allow_failure jobs gate nothing, `when: always` waits for nothing, `needs: []` for nothing)."""
    order = _order(".gitlab-ci.yml", GITLAB)
    assert order["-m shop.publish"] == ("publish / script", ("train / script", "evaluate / script"))
    assert order["-m shop.cleanup"][1] == ()
    assert order["-m shop.early"][1] == ()
    assert order["-m shop.smoke"][1] == ("train / script",)


def test_gitlab_templates_are_merged() -> None:
    """A job's script may come from `extends:` or a `<<: *anchor` merge."""
    assert "-m shop.publish" in _order(".gitlab-ci.yml", GITLAB)
    assert "-m shop.train" in _order(".gitlab-ci.yml", GITLAB)


AZURE = """\
stages:
- stage: Build
  jobs:
  - job: train
    steps:
    - script: |
        python src/evaluate_old.py
        python src/train.py
- stage: Release
  dependsOn: Build
  jobs:
  - job: gate
    steps:
    - task: PythonScript@0
      inputs:
        scriptPath: src/evaluate.py
  - job: deploy
    dependsOn: gate
    steps:
    - bash: python src/deploy.py
      condition: succeeded()
"""


def test_azure_stage_and_job_order_and_only_the_last_command_of_a_script_is_fatal() -> None:
    """Azure runs a multi-line script without -e: only its last command's failure fails the step."""
    order = _order("azure-pipelines.yml", AZURE)
    assert order["/src/deploy.py"] == ("Release.deploy / step 1", ("Release.gate / step 1", "Build.train / step 1 #2"))


MAKEFILE = """\
PYTHON := .venv/bin/python
VENV ?= .venv

.PHONY: all train evaluate release

train:
\t$(PYTHON) pipeline/train.py

evaluate: train  ## evaluation gate
\t@$(PYTHON) pipeline/evaluate.py

release:
\t$(MAKE) evaluate
\t-$(PYTHON) pipeline/lint_card.py
\t$(PYTHON) pipeline/release.py \\
\t    --stage production
"""


def test_make_prerequisites_recursive_make_and_ignored_lines() -> None:
    """`$(MAKE) evaluate` orders evaluate first; a `-` line gates nothing; paths are relative to the Makefile."""
    order = _order("ml/Makefile", MAKEFILE)
    assert order["/ml/pipeline/release.py"] == ("make release #2", ("make evaluate", "make train"))
    assert order["/ml/pipeline/lint_card.py"][0] == "make release"


def test_a_recipe_line_that_is_only_an_empty_variable_costs_nothing_else() -> None:
    """`\t$(EXTRA)` with `EXTRA =` leaves no words: the Makefile's other tasks are still read."""
    order = _order("Makefile", "EXTRA =\n\ntrain:\n\t$(EXTRA)\n\tpython train.py\n")
    assert order["/train.py"][0] == "make train"


def test_shell_scripts_need_set_e_or_and_chains() -> None:
    """A script without `set -e` orders nothing; with it, each command gates the next."""
    assert file_tasks("run.sh", "python train.py\npython evaluate.py\npython deploy.py\n")[2][3] == ()
    strict = file_tasks("run.sh", "#!/bin/bash\nset -euo pipefail\npython train.py\npython evaluate.py\npython deploy.py\n")
    assert strict[2][3] == ("run.sh", "run.sh #2")


def test_ci_files_are_read_for_job_order_only() -> None:
    """A workflow that starts a server for its tests names no hosting entry point."""
    text = "jobs:\n  e2e:\n    steps:\n      - run: uvicorn app.main:app &\n      - run: python tests/smoke.py\n"
    facts = extract_config(".github/workflows/e2e.yml", text.encode())
    assert facts.extra["entry_refs"] == ()
    assert "resources" not in facts.extra


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01binary\xff",
        "jobs: [\n  unclosed",
        "jobs:\n\tbuild:\n\t\tsteps:\n\t\t- run: python a.py",
        "jobs:\n  a:\n    steps: *missing\n  b:\n    needs: a\n    steps:\n      - run: python b.py",
        "jobs:\n  a: {steps: [{run: python a.py}]}\n",
        "---\njobs:\n  a:\n    steps:\n    - run: 'python a.py\n---\n...\n",
        "jobs:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(600)),
        "jobs:\r\n  a:\r\n    steps:\r\n      - run: python a.py\r\n",
        "- - - -\n: : :\n  - : x\n\"\": ''\n? complex\n",
    ],
)
def test_odd_yaml_never_fails(text: str) -> None:
    """Unreadable, nested, tabbed or truncated YAML yields some tasks or none, never an error."""
    for path in (".github/workflows/x.yml", ".gitlab-ci.yml", "azure-pipelines.yml"):
        file_tasks(path, text)
    outline(text)


def test_crlf_and_tabs_still_read() -> None:
    """Windows line ends do not hide a workflow's steps."""
    text = "jobs:\r\n  a:\r\n    steps:\r\n      - run: python a.py\r\n  b:\r\n    needs: a\r\n    steps:\r\n      - run: python b.py\r\n"
    assert _order(".github/workflows/x.yml", text)["/b.py"] == ("b / step 1", ("a / step 1",))


def test_long_lines_are_read_in_linear_time() -> None:
    """A line of spaces or words with no colon does not make the readers backtrack."""
    text = "jobs:\n  a:\n    steps:\n      - run: python a.py " + "x " * 200_000 + "\n" + "y" + " " * 200_000 + "z\n"
    started = time.process_time()  # CPU time: a guard against runaway backtracking, not a speed target, and blind to a busy machine
    file_tasks(".github/workflows/x.yml", text)
    file_tasks("Makefile", "python a.py\n" + "t" + " " * 200_000 + "u\n" + "A =" + " " * 200_000 + "b\n")
    assert time.process_time() - started < 2.0


CIRCLECI = """\
version: 2.1
jobs:
  train:
    docker:
      - image: cimg/python:3.11
    steps:
      - checkout
      - run: python train.py
  evaluate:
    docker:
      - image: cimg/python:3.11
    steps:
      - checkout
      - run:
          name: Evaluate
          command: python evaluate.py --min-f1 0.8
  deploy:
    docker:
      - image: cimg/python:3.11
    steps:
      - run:
          name: Deploy
          command: |
            python deploy.py
workflows:
  nightly:
    jobs:
      - train
      - evaluate:
          requires: [train]
      - deploy:
          requires:
            - evaluate
  hotfix:
    jobs:
      - deploy
"""


def test_circleci_workflows_order_jobs_by_requires() -> None:
    """Each workflow orders its jobs: deploy after evaluate in one, unordered in the other."""
    tasks = {(key, upstream) for _, key, script, upstream in file_tasks(".circleci/config.yml", CIRCLECI) if script == "/deploy.py"}
    assert tasks == {("nightly.deploy / Deploy", ("nightly.evaluate / Evaluate", "nightly.train / step 2")), ("hotfix.deploy / Deploy", ())}


def test_a_thousand_chained_jobs_are_read_without_recursion() -> None:
    """A `needs:` chain deeper than Python's recursion limit still yields every task, each after all the jobs before it."""
    jobs = "".join(f"  j{i}:\n    runs-on: ubuntu-latest\n" + (f"    needs: j{i - 1}\n" if i else "") + f"    steps:\n      - run: python train{i}.py\n" for i in range(1_500))
    facts = extract_config(".github/workflows/chain.yml", f"on: push\njobs:\n{jobs}".encode())
    tasks = facts.extra["job_tasks"]
    assert not facts.part_errors
    assert len(tasks) == 1_500  # type: ignore[arg-type]
    last = max(tasks, key=lambda task: task[0])  # type: ignore[arg-type, index]
    assert last[2] == "/train1499.py" and len(last[3]) == 1_499 and "j0 / step 1" in last[3]


# -- one definition of a CI file (facts/configs/ci_files.py) -----------------------------------
CIRCLECI_E2E = """\
version: 2.1
jobs:
  e2e:
    docker:
      - image: cimg/python:3.11
    steps:
      - checkout
      - run:
          name: Start the API
          command: uvicorn serve.app:app --port 8080 &
      - run:
          name: Integration test
          command: python tests/integration.py
  deploy:
    docker:
      - image: cimg/python:3.11
    steps:
      - run:
          name: Deploy
          command: python deploy.py
workflows:
  release:
    jobs:
      - e2e
      - deploy:
          requires: [e2e]
"""

AZURE_E2E = """\
trigger: [main]
stages:
  - stage: Test
    jobs:
      - job: e2e
        steps:
          - script: |
              uvicorn serve.app:app --port 8080 &
              python tests/integration.py
            displayName: Integration test
  - stage: Release
    jobs:
      - job: deploy
        steps:
          - script: python deploy.py
            displayName: Deploy
"""

SERVE_APP = "from platform_kit import make_app\nfrom training.fit import fit\n\napp = make_app(fit)\n"  # hosting code only if deployed


@pytest.mark.parametrize(
    ("path", "text", "deploy_key", "test_key"),
    [
        (".circleci/config.yml", CIRCLECI_E2E, "release.deploy / Deploy", "release.e2e / Integration test"),
        ("azure-pipelines.yml", AZURE_E2E, "Release.deploy / Deploy", "Test.e2e / Integration test"),
        (".azure-pipelines/release.yml", AZURE_E2E, "Release.deploy / Deploy", "Test.e2e / Integration test"),
        ("pipelines/release.yml", AZURE_E2E, "Release.deploy / Deploy", "Test.e2e / Integration test"),  # told by its text
    ],
)
def test_circleci_and_azure_pipelines_are_read_for_job_order_only(path: str, text: str, deploy_key: str, test_key: str) -> None:
    """A CircleCI or Azure Pipelines file that starts `uvicorn serve.app:app` for an integration test
    names no entry point and no resource, and its job order (deploy after the test) is still read."""
    facts = extract_config(path, text.encode())
    assert facts.extra["entry_refs"] == ()
    assert "resources" not in facts.extra
    order = {script: (key, upstream) for _, key, script, upstream in facts.extra["job_tasks"]}  # type: ignore[union-attr]
    assert order["/deploy.py"] == (deploy_key, (test_key,))


@pytest.mark.parametrize("path", [".circleci/config.yml", "azure-pipelines.yml"])
def test_a_server_a_ci_file_starts_for_a_test_is_not_hosting_code(tmp_path: Path, path: str) -> None:
    """serve/app.py started by a CI file's integration test gets no hosting role; started by a
    Procfile (the control) it does."""
    from pytest_mllens.config import Settings
    from pytest_mllens.engine import analyse
    from pytest_mllens.registry import load_registry

    def hosting(files: dict[str, str]) -> bool:
        root = tmp_path / str(len(list(tmp_path.iterdir())))
        for name, text in {"serve/app.py": SERVE_APP, "training/fit.py": "def fit(x):\n    return x\n", **files}.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text)
        project = analyse(root, Settings(), load_registry()).project
        assert project is not None
        return any(reason.role == "hosting" for reason in project.roles.get("serve/app.py", []))

    assert not hosting({path: CIRCLECI_E2E if "circleci" in path else AZURE_E2E})
    assert hosting({"Procfile": "web: uvicorn serve.app:app --port $PORT\n"})


@pytest.mark.parametrize(
    ("path", "flavour"),
    [
        (".github/workflows/ci.yml", "github"),
        (".gitlab-ci.yml", "gitlab"),
        (".gitlab/ci/train.yml", "gitlab"),
        (".circleci/config.yml", "circleci"),
        ("azure-pipelines.yml", "azure"),
        (".azure-pipelines/train.yaml", "azure"),
        (".github/dependabot.yml", ""),
        ("deploy/serve_config.yaml", ""),
        ("Makefile", ""),
    ],
)
def test_ci_files_are_named_in_one_place(path: str, flavour: str) -> None:
    """Discovery, the entry-point reader and the job reader ask the same predicate which files are CI pipelines."""
    from pytest_mllens.facts.configs import deploy_config, workflow_jobs
    from pytest_mllens.facts.configs.ci_files import ci_flavour, ci_path_flavour

    assert ci_path_flavour(path) == flavour == ci_flavour(path, "")
    assert workflow_jobs.ci_flavour is ci_flavour and not hasattr(deploy_config, "_ci_only")
    assert deploy_config.config_kind(path) == ("config" if flavour or path.startswith(("deploy/", "Makefile")) else "")
