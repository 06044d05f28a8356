"""The pytest surface, driven through real pytest runs with pytester."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

Files = dict[str, str]
Write = Callable[[Files], None]
WITH_A_TEST = {"test_something.py": "def test_ok():\n    assert True\n"}

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")

def test_without_flag_the_plugin_adds_nothing(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A plain run collects only the project's own tests."""
    write_files({**bad_project, **WITH_A_TEST})
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    assert "mllens::" not in result.stdout.str()


def test_lens_options_without_the_lens_warn_that_they_did_nothing(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """--mllens-report / --mllens-baseline-update without --mllens or --mllens-only write nothing, and the run says so."""
    write_files(bad_project)
    result = pytester.runpytest("--mllens-report", "json:r.json", "--mllens-timings", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["*--mllens-report, --mllens-timings have no effect without --mllens or --mllens-only*"])
    assert not (pytester.path / "r.json").exists()


def test_without_lens_options_there_is_no_warning(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A plain pytest run with the plugin installed prints no lens warning."""
    write_files(bad_project)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.stdout.no_fnmatch_line("*no effect without --mllens*")


def test_mllens_adds_one_item_per_check(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """--mllens runs the project's tests plus one item per check, failing the violated ones."""
    write_files({**bad_project, **WITH_A_TEST})
    result = pytester.runpytest("--mllens", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=3)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "*serve/app.py:2:1 ML001 hosting module serve.app imports training code ml.train*",
            "*serve/app.py is hosting code: calls fastapi.FastAPI() at line 4*",
            "*serve.app -> ml.train (l.2)*",
            "*MLREL01-BP02 Adopt a machine learning microservice strategy <https://docs.aws.amazon.com/*",
            "*mllens: 3 checks run, 0 passed, 3 failed, 3 findings, 2 files analysed*",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_mllens_only_skips_project_tests_and_conftest(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """--mllens-only neither collects test files nor imports a conftest with missing deps."""
    write_files({**bad_project, "conftest.py": "import not_installed_dependency\n"})
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=3)


def test_clean_project_passes(pytester: pytest.Pytester, write_files: Write) -> None:
    """A project with no violations passes every check and exits 0."""
    write_files({"pyproject.toml": "", "lib.py": "import numpy as np\n\ndef mean(x):\n    return np.mean(x)\n"})
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
    assert result.ret == pytest.ExitCode.OK


def test_keyword_marker_and_junitxml(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """-k selects by check name, -m mllens selects all checks, junitxml names each item."""
    write_files({**bad_project, **WITH_A_TEST})
    pytester.runpytest("--mllens", "-k", "ungated", "-p", "no:cacheprovider").assert_outcomes(failed=1)
    pytester.runpytest("--mllens", "-m", "mllens", "-p", "no:cacheprovider").assert_outcomes(failed=3)
    pytester.runpytest("--mllens", "-m", "not mllens", "-p", "no:cacheprovider").assert_outcomes(passed=1)
    result = pytester.runpytest("--mllens-only", "--junitxml=report.xml", "-p", "no:cacheprovider")
    xml = (pytester.path / "report.xml").read_text()
    assert 'classname="mllens" name="ungated-deployment"' in xml


def test_plugin_can_be_disabled(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """-p no:mllens removes the plugin and its options."""
    write_files({**bad_project, **WITH_A_TEST})
    result = pytester.runpytest("-p", "no:mllens", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_json_report_shape(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """The JSON report keeps every schema-1 key (later schemas only add keys), sorted findings and module roles."""
    write_files({**bad_project, **WITH_A_TEST})
    pytester.runpytest("--mllens-only", "--mllens-report", "json:out/report.json", "-p", "no:cacheprovider")
    report = json.loads((pytester.path / "out" / "report.json").read_text())
    assert set(report) >= {"tool", "root", "findings", "modules", "errors", "releases"}
    assert report["tool"]["name"] == "pytest-mllens"
    keys = {"check", "name", "path", "line", "column", "message", "principles", "principle", "severity", "evidence"}
    assert all(set(f) >= keys for f in report["findings"])
    for finding in report["findings"]:  # lens IDs only, sorted; the design principle has its own key
        assert finding["principles"] == sorted(finding["principles"])
        assert all(p.startswith("ML") and "-BP" in p for p in finding["principles"])
    assert {f["principle"] for f in report["findings"]} >= {"decouple_training_evaluation_from_hosting"}
    assert [(f["check"], f["path"], f["line"]) for f in report["findings"]] == [
        ("ML002", "ml/train.py", 6),
        ("ML001", "serve/app.py", 2),
        ("ML003", "serve/app.py", 4),
    ]
    modules = {m["path"]: m for m in report["modules"]}
    assert modules["serve/app.py"]["roles"][0] == {
        "role": "hosting",
        "reason": "calls fastapi.FastAPI() at line 4 (FastAPI: creates a FastAPI app)",
        "line": 4,
    }
    assert [r["role"] for r in modules["ml/train.py"]["roles"]] == ["training"]
    assert report["errors"] == []


def test_config_error_is_a_usage_error(pytester: pytest.Pytester, write_files: Write) -> None:
    """A typo in [tool.mllens] stops the run with exit code 4 and a did-you-mean."""
    write_files({"pyproject.toml": "[tool.mllens]\nselekt = ['ML001']\n"})
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*[[]tool.mllens[]]: unknown key 'selekt'; did you mean 'select'?*"])


def test_unparseable_files_are_reported_and_others_analysed(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A syntax error and a binary .py become error entries; other findings are still reported."""
    write_files({**bad_project, "broken.py": "def f(:\n"})
    (pytester.path / "blob.py").write_bytes(b"\x00\x01\x02")
    pytester.runpytest("--mllens-only", "--mllens-report", "json:r.json", "-p", "no:cacheprovider").stdout.fnmatch_lines(
        ["*blob.py: binary file*", "*broken.py: syntax error at line 1*"]  # listed once, by the failing mllens::analysis
    )
    report = json.loads((pytester.path / "r.json").read_text())
    assert [e["path"] for e in report["errors"]] == ["blob.py", "broken.py"]
    assert len(report["findings"]) == 3


def test_suppression_and_unused_suppression(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """An inline ignore silences its finding; an ignore that matches nothing is reported."""
    files = dict(bad_project)
    files["serve/app.py"] = "from fastapi import FastAPI\nfrom ml.train import train  # mllens: ignore[hosting-imports-training]\n\napp = FastAPI()  # mllens: ignore[ML002]\n"
    write_files(files)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=3)
    result.stdout.fnmatch_lines(["*serve/app.py:4:1 ML000 suppression `# mllens: ignore[[]ML002[]]` matches no finding on this line*"])


def test_mllens_root_option(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """--mllens-root analyses another directory with that directory's own settings."""
    write_files({f"sub/{p}": s for p, s in bad_project.items()})
    (pytester.path / "sub" / "pyproject.toml").write_text("[tool.mllens]\nselect = ['ML001']\n")
    result = pytester.runpytest("--mllens-only", "--mllens-root", "sub", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)


def test_a_crashing_check_does_not_stop_the_others(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, write_files: Write, bad_project: Files) -> None:
    """A check that raises fails its own item with the error; other checks still report."""
    from pytest_mllens.checks import UngatedDeployment

    def boom(self, project):
        raise RuntimeError("plugin bug")

    monkeypatch.setattr(UngatedDeployment, "run", boom)
    write_files({**bad_project, **WITH_A_TEST})
    result = pytester.runpytest_inprocess("--mllens-only", "-p", "no:cacheprovider", "--mllens-report", "json:out.json")
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(["*ungated-deployment: the check itself failed: *raised RuntimeError: plugin bug (at *test_plugin.py:*)*"])
    report = json.loads((pytester.path / "out.json").read_text())
    crashed = [e for e in report["errors"] if e["path"].startswith("mllens::")]
    assert [e["path"] for e in crashed] == ["mllens::ungated-deployment"]
    assert "raised RuntimeError: plugin bug" in crashed[0]["message"]
    assert {f["name"] for f in report["findings"]} == {"hosting-imports-training", "missing-drift-monitor"}


def test_a_two_word_baseline_outside_the_project_is_refused_with_the_fix(pytester: pytest.Pytester, bad_project: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest takes the PATH of `--mllens-baseline PATH` for a test path when it chooses its
    rootdir: outside the project that moves the analysed tree to a parent folder. The run
    stops and names the `=` form; the `=` form and a baseline inside the project work."""
    project = pytester.mkdir("project")
    for name, text in bad_project.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text)
    elsewhere = pytester.mkdir("elsewhere") / "baseline.json"
    elsewhere.write_text('{"version": 1, "findings": []}\n')
    (pytester.path / "sibling").mkdir()
    (pytester.path / "sibling" / "stray.py").write_text("from fastapi import FastAPI\napp = FastAPI()\n")
    monkeypatch.chdir(project)
    refused = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", str(elsewhere))
    assert refused.ret == pytest.ExitCode.USAGE_ERROR
    refused.stderr.fnmatch_lines([f"*write --mllens-baseline={elsewhere}*"])
    joined = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", f"--mllens-baseline={elsewhere}")
    assert joined.ret == pytest.ExitCode.TESTS_FAILED
    assert "stray.py" not in joined.stdout.str()
    (project / "baseline.json").write_text('{"version": 1, "findings": []}\n')
    inside = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", "baseline.json")
    assert inside.ret == pytest.ExitCode.TESTS_FAILED
