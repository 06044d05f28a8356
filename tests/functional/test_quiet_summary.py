"""The lens's terminal summary says only what is useful: the pillar block when a check failed
(covered pillars only) or under -v (all six), nothing after a collection error or under
--collect-only, each unanalysed file once, and ML003's evidence names what it looked for briefly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Files = dict[str, str]
Write = Callable[[Files], None]

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")
CLEAN = {"pyproject.toml": "[tool.mllens]\n", "ml/train.py": "from sklearn.linear_model import LogisticRegression\n\ndef fit(X, y):\n    return LogisticRegression().fit(X, y)\n"}


def test_pillar_block_on_failure_lists_only_covered_pillars(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A failing run shows the pillars its checks cover, without `no check` lines."""
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--tb=no")
    result.stdout.fnmatch_lines(["mllens pillar: operational excellence   0 passed, 2 failed, 2 findings"])
    assert "no check" not in result.stdout.str()


def test_clean_run_prints_no_pillar_block_unless_verbose(pytester: pytest.Pytester, write_files: Write) -> None:
    """A run where every check passed ends with the one-line summary; -v adds the posture."""
    write_files(CLEAN)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["mllens: 3 checks run, 3 passed, 0 failed, 0 findings, 1 file analysed"])
    assert "mllens pillar" not in result.stdout.str()
    verbose = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "-v")
    verbose.stdout.fnmatch_lines(["mllens pillar: operational excellence   2 passed, 0 failed, 0 findings", "mllens pillar: security                 no check"])


def test_no_lens_summary_after_a_collection_error_or_under_collect_only(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """When no lens item ran there is nothing to summarise: no `0 checks run`, no pillars."""
    write_files({**bad_project, "tests/test_broken.py": "import nothing_here_at_all\n"})
    broken = pytester.runpytest("--mllens", "-p", "no:cacheprovider")
    assert broken.ret == pytest.ExitCode.INTERRUPTED
    assert "mllens:" not in broken.stdout.str() and "mllens pillar" not in broken.stdout.str()
    collect = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--co")
    assert "checks run" not in collect.stdout.str() and "mllens pillar" not in collect.stdout.str()


def test_an_unanalysed_file_is_listed_once_without_repeating_itself(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """The failing mllens::analysis item lists the file; the summary does not list it again;
    in warn mode the summary line says it once, without `; not analysed` after the reason."""
    write_files({**bad_project, "broken.py": "def (:\n"})
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    assert sum("broken.py" in line for line in result.stdout.lines if not line.startswith("FAILED")) == 1
    write_files({"pyproject.toml": "[tool.mllens]\nunanalysed = 'warn'\n"})
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    (line,) = [line for line in result.stdout.lines if line.startswith("mllens: not analysed: broken.py")]
    assert not line.endswith("; not analysed")


def test_missing_monitor_evidence_names_the_kinds_briefly_and_explain_has_the_list(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """ML003's `looked for:` line is short and points to --mllens-explain, which lists every monitor."""
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    (looked,) = [line for line in result.stdout.lines if "looked for:" in line]
    assert len(looked) < 300 and "--mllens-explain ML003" in looked
    explain = pytester.runpytest("--mllens-explain", "ML003")
    assert "NannyML" in explain.stdout.str() and "What it looks for" in explain.stdout.str()


@pytest.mark.parametrize("ci", ["", "true"])
def test_short_summary_gives_each_failed_check_its_headline_on_ci_too(pytester: pytest.Pytester, write_files: Write, bad_project: Files, monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    """pytest prints a string failure report in full in the short summary when ``CI`` is set:
    the findings would be listed twice in every CI log. The summary line carries the headline
    only, on a developer's machine and on CI alike, and JUnit's failure message is the headline."""
    monkeypatch.delenv("BUILD_NUMBER", raising=False)
    if ci:
        monkeypatch.setenv("CI", ci)
    else:
        monkeypatch.delenv("CI", raising=False)
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--junitxml=report.xml")
    finding = [line for line in result.stdout.lines if line.startswith("serve/app.py:2:1 ML001")]
    assert len(finding) == 1, result.stdout.str()
    result.stdout.fnmatch_lines(["FAILED mllens::hosting-imports-training - ML001 hosting-imports-training: A*"])
    junit = (pytester.path / "report.xml").read_text()
    assert 'message="ML001 hosting-imports-training: A hosting module' in junit
    assert "serve/app.py:2:1 ML001" in junit  # the findings are the failure's text


@pytest.mark.parametrize("output", ["full", "concise"])
def test_tb_line_prints_each_finding_once_as_a_line(pytester: pytest.Pytester, write_files: Write, bad_project: Files, output: str) -> None:
    """`--tb=line` asks for one line per failure: pytest prints the report and then its crash
    line, so the findings are given as that line, one `path:line:col: ID message` each, once."""
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--tb=line", "--mllens-output", output)
    lines = [line for line in result.stdout.lines if line.startswith("serve/app.py:2:1: ML001")]
    assert len(lines) == 1, result.stdout.str()
    assert "why:" not in result.stdout.str() and "import chain:" not in result.stdout.str()


def test_path_arguments_say_how_many_files_the_project_model_read(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A path argument narrows the findings shown, not the files read: the import chain into
    ml/train.py needs it. The summary says both counts, so `1 file analysed` does not mislead."""
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "serve")
    result.stdout.fnmatch_lines(["mllens: * 1 file analysed in the paths given (of 2 read)"])
    whole = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    assert "in the paths given" not in whole.stdout.str()


def test_a_project_with_no_ml_code_is_told_the_checks_judged_nothing(pytester: pytest.Pytester, write_files: Write) -> None:
    """Three passes on a project without any recognised ML code would read like a clean bill of
    health: the summary says nothing was there to judge, also on a warm run; an ML project
    that passes gets no such line."""
    write_files({"pyproject.toml": "[tool.mllens]\n", "util.py": "def add(a, b):\n    return a + b\n"})
    for _ in range(2):  # cold, then from the cache
        result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
        result.assert_outcomes(passed=3)
        result.stdout.fnmatch_lines(["mllens: no training, evaluation, hosting, pipeline or release code recognised: the checks had nothing to judge*"])
    write_files(CLEAN)
    assert "nothing to judge" not in pytester.runpytest("--mllens-only", "-p", "no:cacheprovider").stdout.str()


def test_short_summary_gives_the_headline_on_ci_under_xdist_too(pytester: pytest.Pytester, write_files: Write, bad_project: Files, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pytest-xdist worker sends a failure report as a plain string; on the controller it
    becomes the lens's report again, so CI's short summary still shows one headline per check."""
    pytest.importorskip("xdist")
    monkeypatch.setenv("CI", "true")
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "-n", "2")
    assert sum(line.startswith("serve/app.py:2:1 ML001") for line in result.stdout.lines) == 1, result.stdout.str()
    result.stdout.fnmatch_lines(["FAILED mllens::hosting-imports-training - ML001 hosting-imports-training: A*"])


def test_roles_option_prints_each_recognised_role_with_its_reason(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """--mllens-roles lists what the checks judged (counts, then module, role and reason), on a warm run too, narrowed by a path argument; without the option no role line is printed."""
    write_files(bad_project)
    assert "mllens roles:" not in pytester.runpytest("--mllens-only").stdout.str()
    for _ in range(2):  # cold (the run above filled the cache), then warm
        result = pytester.runpytest("--mllens-only", "--mllens-roles")
        result.stdout.fnmatch_lines(["mllens roles: 1 hosting, 1 training", "  ml/train.py is training code: *fit()*", "  serve/app.py is hosting code: *FastAPI*"])
    narrowed = pytester.runpytest("--mllens-only", "--mllens-roles", "serve").stdout.str()
    assert "  serve/app.py is hosting code" in narrowed and "  ml/train.py is training code: calls" not in narrowed.split("mllens roles:")[1]


def test_invalid_escapes_in_the_analysed_code_raise_no_warning_in_the_run(pytester: pytest.Pytester, write_files: Write) -> None:
    """A regex written as "\\[a-z\\S+" in the project is its own business: the run's warnings summary stays empty."""
    write_files({**CLEAN, "ml/patterns.py": 'import re\n\nTOKEN = re.compile("\\[a-z\\S+")\nif TOKEN.match("\\d") is None:\n    pass\n'})
    result = pytester.runpytest_subprocess("--mllens-only", "-p", "no:cacheprovider", "--tb=no")
    assert "DeprecationWarning" not in result.stdout.str() and "SyntaxWarning" not in result.stdout.str()
