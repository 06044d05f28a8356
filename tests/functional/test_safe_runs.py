"""Issue 9: --mllens-only never runs project code, never passes without looking, and fails cleanly."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")

# Importing either module would write a marker: the lens must read them, never import them.
TRAPS = {
    "serve/app.py": (
        "import pathlib\npathlib.Path(__file__).with_name('IMPORTED').write_text('app')\n"
        "from fastapi import FastAPI\nfrom ml.train import train\n\napp = FastAPI()\n"
    ),
    "tests/test_model.py": "import pathlib\npathlib.Path(__file__).with_name('IMPORTED').write_text('test')\n\ndef test_x():\n    pass\n",
}


@pytest.fixture
def trapped(write_files, bad_project: dict[str, str], pytester: pytest.Pytester) -> Path:
    write_files({**bad_project, **TRAPS})
    return pytester.path


@pytest.mark.parametrize("argument", ["serve/app.py", "tests/test_model.py", "serve", "tests"])
def test_a_path_argument_is_never_imported(pytester: pytest.Pytester, trapped: Path, argument: str) -> None:
    """Files named on the command line are analysed statically, not collected as Python."""
    result = pytester.runpytest_subprocess("--mllens-only", argument)
    assert result.ret in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED), result.stderr.str()
    assert not list(trapped.rglob("IMPORTED"))


def test_a_path_argument_narrows_what_is_reported(pytester: pytest.Pytester, trapped: Path) -> None:
    """Only findings inside the named path are reported; the import chain still spans the project."""
    result = pytester.runpytest("--mllens-only", "serve/app.py", "--mllens-report", "json:r.json")
    result.assert_outcomes(passed=1, failed=2)  # ML001 and ML003 point at serve/app.py; ML002's site is ml/train.py
    result.stdout.fnmatch_lines(["serve/app.py:4:1 ML001 *imports training code ml.train"])
    report = json.loads((trapped / "r.json").read_text())
    assert {f["path"] for f in report["findings"]} == {"serve/app.py"}
    assert [m["path"] for m in report["modules"]] == ["serve/app.py"]


def test_a_missing_path_argument_is_a_usage_error(pytester: pytest.Pytester, trapped: Path) -> None:
    result = pytester.runpytest("--mllens-only", "serve/missing.py")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*file or directory not found: serve/missing.py*"])


@pytest.mark.parametrize("node_id", ["mllens::ungated-deployment", "mllens::ML002"])
def test_a_failing_node_id_can_be_pasted_back(pytester: pytest.Pytester, trapped: Path, node_id: str) -> None:
    """`pytest --mllens-only mllens::<check>` re-runs exactly that check."""
    result = pytester.runpytest("--mllens-only", node_id)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["FAILED mllens::ungated-deployment*"])


def test_a_node_id_printed_by_a_run_on_a_folder_can_be_pasted_back(pytester: pytest.Pytester, write_files, bad_project: dict[str, str]) -> None:
    """`pytest --mllens-only service` prints `service/mllens::<check>` node ids; pasting one re-runs that check on that folder."""
    write_files({f"service/{path}": text for path, text in bad_project.items()} | {"service/pyproject.toml": "[tool.mllens]\n"})
    result = pytester.runpytest("--mllens-only", "service", "-p", "no:cacheprovider")
    failed = sorted(line.split()[1] for line in result.outlines if line.startswith("FAILED ") and "ungated-deployment" in line)
    assert failed and failed[0].endswith("mllens::ungated-deployment")
    result = pytester.runpytest("--mllens-only", failed[0], "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["FAILED *mllens::ungated-deployment*"])


def test_an_unknown_node_id_is_a_usage_error(pytester: pytest.Pytester, trapped: Path) -> None:
    """The error lists every node id that would have worked, the lens's own items included."""
    result = pytester.runpytest("--mllens-only", "mllens::ungated-deploy")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*mllens::ungated-deploy: no such mllens check; expected one of: *unused-suppression*"])


def test_deselected_checks_are_left_out_of_the_report(pytester: pytest.Pytester, trapped: Path) -> None:
    """-k narrows the JSON report to the checks that ran."""
    result = pytester.runpytest("--mllens-only", "-k", "ungated", "--mllens-report", "json:r.json")
    result.assert_outcomes(failed=1)
    report = json.loads((trapped / "r.json").read_text())
    assert {f["name"] for f in report["findings"]} == {"ungated-deployment"}
    result.stdout.fnmatch_lines(["mllens: 1 check run, 0 passed, 1 failed, 1 finding, 2 files analysed"])


def test_unanalysed_files_fail_the_run(pytester: pytest.Pytester, write_files, bad_project: dict[str, str]) -> None:
    """A file the lens could not read fails mllens::analysis, which lists it and why."""
    write_files({**bad_project, "ml/broken.py": "def f(:\n"})
    result = pytester.runpytest("--mllens-only")
    result.assert_outcomes(failed=4)
    result.stdout.fnmatch_lines(["*mllens could not analyse 1 file*", "*ml/broken.py: syntax error*", "FAILED mllens::analysis*"])


def test_unanalysed_files_can_be_downgraded_to_a_warning(pytester: pytest.Pytester, write_files, bad_project: dict[str, str]) -> None:
    write_files({**bad_project, "pyproject.toml": '[tool.mllens]\nunanalysed = "warn"\n', "ml/broken.py": "def f(:\n"})
    result = pytester.runpytest("--mllens-only")
    result.assert_outcomes(failed=3, passed=1)
    result.stdout.fnmatch_lines(["mllens: not analysed: ml/broken.py: syntax error*"])


def test_a_run_that_analysed_nothing_fails(pytester: pytest.Pytester, write_files) -> None:
    """A project whose every file is excluded does not pass silently."""
    write_files({"pyproject.toml": '[tool.mllens]\nextend-exclude = ["ml"]\n', "ml/train.py": "x = 1\n"})
    result = pytester.runpytest("--mllens-only")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*mllens analysed no file under*nothing was checked*"])


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("xml:out.xml", "*--mllens-report: expected FMT:PATH with FMT one of json*"),
        ("json:reports", "*--mllens-report: 'reports' is a directory*"),
        ("json:blocker/out.json", "*--mllens-report: cannot write 'blocker/out.json' (*blocker is a file, not a directory)*"),
        pytest.param(
            "json:/proc/mllens-nope/out.json",
            "*--mllens-report: cannot write '/proc/mllens-nope/out.json' (cannot create a file in /proc*",
            marks=pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc"),
        ),
    ],
)
def test_an_unusable_report_is_a_usage_error_before_analysis(pytester: pytest.Pytester, trapped: Path, value: str, message: str) -> None:
    (trapped / "reports").mkdir()
    (trapped / "blocker").write_text("a file, not a folder")
    result = pytester.runpytest("--mllens-only", "--mllens-report", value)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])
    assert "files analysed" not in result.stdout.str()


def test_addopts_naming_missing_plugins_has_a_documented_way_out(pytester: pytest.Pytester, trapped: Path) -> None:
    """A project configured for pytest-cov and required plugins still runs the lens with the README's invocation."""
    (trapped / "pyproject.toml").write_text(
        '[tool.mllens]\n\n[tool.pytest.ini_options]\naddopts = "--cov=ml --cov-report=xml"\nrequired_plugins = ["pytest-cov>=4", "pytest-nonexistent"]\n'
    )
    plain = pytester.runpytest_subprocess("--mllens-only")
    assert plain.ret == pytest.ExitCode.USAGE_ERROR  # pytest itself refuses, before any plugin runs
    result = pytester.runpytest_subprocess("--mllens-only", "-o", "addopts=", "-o", "required_plugins=")
    result.assert_outcomes(failed=3)


def test_xdist_workers_receive_the_analysis_and_never_analyse(pytester: pytest.Pytester, trapped: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the cache off, a worker takes the controller's analysis instead of analysing again."""
    from pytest_mllens import engine, plugin

    controller = pytester.parseconfigure("--mllens-only", "-p", "no:cacheprovider")

    class Node:
        config = controller
        workerinput: dict[str, object] = {}

    plugin.pytest_configure_node(Node())
    shared = Node.workerinput["mllens_analysis"]
    assert isinstance(shared, bytes) and pickle.loads(shared).results

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker analysed the project again")

    monkeypatch.setattr(engine, "analyse", refuse)
    worker = pytester.parseconfig("--mllens-only", "-p", "no:cacheprovider")
    worker.workerinput = {"mllens_analysis": shared, "workerid": "gw0"}  # type: ignore[attr-defined]
    worker._do_configure()
    try:
        analysis = worker.stash[plugin.STATE_KEY].get_analysis()
        assert set(analysis.results) == set(pickle.loads(shared).results)
    finally:
        worker._ensure_unconfigure()


def test_xdist_without_cache_gives_the_serial_results(pytester: pytest.Pytester, trapped: Path) -> None:
    result = pytester.runpytest_subprocess("--mllens-only", "-n", "2", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(["*mllens: 3 checks run, 0 passed, 3 failed, 3 findings, 2 files analysed*"])


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_stops_promptly_and_leaves_no_report(pytester: pytest.Pytester, write_files, presses: int) -> None:
    """SIGINT during a parallel parse (pressed once, or twice in quick succession) stops the run within seconds, with no traceback and no report."""
    body = "".join(f"def f{i}(x):\n    if x > {i}:\n        return [y * {i} for y in range(x) if y % 3]\n    return x\n" for i in range(300))
    write_files({"pyproject.toml": "[tool.mllens]\ncache = false\n", **{f"pkg/m{n}.py": body for n in range(120)}})
    process = subprocess.Popen(
        [sys.executable, "-m", "pytest", "--mllens-only", "--mllens-jobs", "2", "--mllens-report", "json:r.json"],
        cwd=pytester.path,
        # only the lens: other installed plugins' own interrupt handling (hypothesis imports its
        # whole package on the way out) is not what this measures
        env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTEST_PLUGINS": "pytest_mllens.plugin"},
        # a user's Ctrl-C: the run starts with SIGINT at its default even when this test process
        # inherited it ignored (a background CI job) or an earlier in-process run left it so
        preexec_fn=_default_sigint,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # interrupt once pytest has started (its header is out) and the lens is parsing: on a busy
    # machine start-up alone can take longer than any fixed delay, and an interrupt that lands
    # while plugins are still being imported tests pytest, not the lens
    header = _read_until(process, "rootdir:", timeout=60)
    assert header, "pytest printed no header"
    time.sleep(0.5)
    assert process.poll() is None, "the run finished before it could be interrupted"
    interrupted = time.monotonic()
    for press in range(presses):
        process.send_signal(signal.SIGINT)
        if press + 1 < presses:
            time.sleep(0.05)
    out, err = process.communicate(timeout=30)
    assert time.monotonic() - interrupted < 10  # typically well under a second; generous for a loaded CI machine
    assert "Traceback" not in err and "Process ForkPoolWorker" not in err
    assert not (pytester.path / "r.json").exists(), (process.returncode, out[-2000:], err[-2000:])
    assert not list(pytester.path.glob(".r.json.*"))


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _read_until(process: subprocess.Popen, marker: str, timeout: float) -> bool:
    """Read the process's stdout line by line until a line starts with ``marker``."""
    found = threading.Event()

    def read() -> None:
        for line in process.stdout:  # type: ignore[union-attr]
            if line.startswith(marker):
                found.set()
                return

    threading.Thread(target=read, daemon=True).start()
    return found.wait(timeout)


def test_notebook_findings_use_a_parseable_location(pytester: pytest.Pytester, write_files) -> None:
    """A finding in a notebook reads `path:line:col ID ...` (line within the cell) and names the cell below."""
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Release\n"]},
        {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [], "source": ["import mlflow\n"]},
        {"cell_type": "code", "metadata": {}, "execution_count": 2, "outputs": [], "source": ["run_id = 'abc'\n", "mlflow.register_model(f'runs:/{run_id}/model', 'churn')\n"]},
    ]
    notebook = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    write_files({"pyproject.toml": "[tool.mllens]\n", "release.ipynb": json.dumps(notebook)})
    result = pytester.runpytest("--mllens-only", "mllens::ungated-deployment")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["release.ipynb:2:* ML002 *", "    notebook cell 3, line 2 of the cell"])  # cells counted as Jupyter shows them


def test_a_cache_that_cannot_be_written_warns_and_runs(pytester: pytest.Pytester, trapped: Path) -> None:
    """A cache directory that cannot be created (read-only checkout) costs a warning, not the run."""
    (trapped / "blocker").write_text("a file where the cache folder would go")
    result = pytester.runpytest("--mllens-only", "-o", "cache_dir=blocker/cache")
    result.assert_outcomes(failed=3)
    assert "INTERNALERROR" not in result.stdout.str() + result.stderr.str()
    result.stdout.fnmatch_lines(["*mllens: cannot use the cache*running uncached*"])


NESTED = {
    "pyproject.toml": '[tool.mllens]\nignore = ["missing-drift-monitor"]\n',
    "platform/jobs/nightly.py": "import mlflow\n\ndef promote(client, version):\n    client.transition_model_version_stage('churn', version, 'Production')\n",
    "services/scoring/pyproject.toml": "[project]\nname = 'scoring'\n\n[tool.mllens]\nselect = ['hosting-imports-training', 'missing-drift-monitor']\n",
    "services/scoring/scoring/app.py": "from fastapi import FastAPI\nfrom scoring.trainer import fit\n\napp = FastAPI()\n",
    "services/scoring/scoring/trainer.py": "from sklearn.linear_model import LogisticRegression\n\ndef fit(X, y):\n    return LogisticRegression().fit(X, y)\n",
}


def test_a_nested_project_is_analysed_with_its_own_settings(pytester: pytest.Pytester, write_files) -> None:
    """services/scoring configures the lens itself: its modules resolve from its own root and its own checks run there."""
    write_files(NESTED)
    result = pytester.runpytest("--mllens-only", "--mllens-report", "json:r.json")
    report = json.loads((pytester.path / "r.json").read_text())
    found = sorted((f["name"], f["path"]) for f in report["findings"])
    assert found == [
        ("hosting-imports-training", "services/scoring/scoring/app.py"),
        ("missing-drift-monitor", "services/scoring/scoring/app.py"),
        ("ungated-deployment", "platform/jobs/nightly.py"),
    ]
    result.assert_outcomes(failed=3)


def test_running_from_a_subdirectory_analyses_the_whole_project(pytester: pytest.Pytester, write_files) -> None:
    """From serve/, the project whose pyproject.toml configures mllens is analysed, not only serve/."""
    write_files({**NESTED, "pyproject.toml": "[tool.mllens]\n"})
    (pytester.path / "services" / "scoring" / "scoring" / "api").mkdir()
    result = pytester.runpytest_subprocess("--mllens-only", "-p", "no:cacheprovider", "--mllens-report", f"json:{pytester.path / 'r.json'}", "--rootdir", str(pytester.path / "services/scoring/scoring/api"))
    report = json.loads((pytester.path / "r.json").read_text())
    assert report["root"] == (pytester.path / "services" / "scoring").as_posix()
    assert {f["path"] for f in report["findings"]} == {"scoring/app.py"}
    result.assert_outcomes(failed=2, passed=0)


def test_the_json_report_is_readable_by_others(pytester: pytest.Pytester, trapped: Path) -> None:
    """The atomically written JSON report gets the umask's permissions, not mkstemp's 0600, so a CI artifact step can read it."""
    old = os.umask(0o022)
    try:
        pytester.runpytest("--mllens-only", "--mllens-report", "json:r.json")
    finally:
        os.umask(old)
    assert (trapped / "r.json").stat().st_mode & 0o777 == 0o644


def test_a_path_argument_narrows_the_report_under_xdist_too(pytester: pytest.Pytester, trapped: Path) -> None:
    """The xdist controller writes the report, so it narrows it like a serial run."""
    result = pytester.runpytest_subprocess("--mllens-only", "serve/app.py", "-n", "2", "--mllens-report", "json:r.json")
    result.assert_outcomes(passed=1, failed=2)
    report = json.loads((trapped / "r.json").read_text())
    assert {f["path"] for f in report["findings"]} == {"serve/app.py"}
    assert not list(trapped.rglob("IMPORTED"))
