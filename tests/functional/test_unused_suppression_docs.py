"""ML000 unused-suppression is a check like the others for the user: listed by --mllens-list,
explained by --mllens-explain, in docs/checks.md; a misspelt check in a comment gets a
did-you-mean; a comment on the closing line of a multi-line call points at the line the
finding is on. --mllens-explain prints plain text, not Markdown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pytest_mllens.docs import render_check_text
from pytest_mllens.registry import load_registry

Files = dict[str, str]
Write = Callable[[Files], None]

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")
MULTILINE_DEPLOY = (
    "from sklearn.ensemble import RandomForestClassifier\n"
    "import mlflow.sklearn\n"
    "\n"
    "def train(X, y):\n"
    "    clf = RandomForestClassifier(n_estimators=300).fit(X, y)\n"
    "    mlflow.sklearn.log_model(\n"
    "        clf,\n"
    "        'model',\n"
    "        registered_model_name='churn',\n"
    "    )  # mllens: ignore[ML002] because the release board gates it\n"
)


def test_list_and_explain_know_ml000(pytester: pytest.Pytester, write_files: Write) -> None:
    """--mllens-list shows ML000 with its state; --mllens-explain ML000 documents it."""
    write_files({"pyproject.toml": "[tool.mllens]\n"})
    result = pytester.runpytest("--mllens-list")
    result.stdout.fnmatch_lines(["ML000 unused-suppression [[]enabled[]]*"])
    result = pytester.runpytest("--mllens-explain", "ML000")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["ML000 unused-suppression", "What it does: *", "What it looks for: *"])
    write_files({"pyproject.toml": "[tool.mllens]\nignore = ['ML000']\n"})
    pytester.runpytest("--mllens-list").stdout.fnmatch_lines(["ML000 unused-suppression [[]disabled[]]*"])


def test_list_says_runtime_checks_run_with_coverage(pytester: pytest.Pytester, write_files: Write) -> None:
    """ML004/ML005 are not shown as plainly disabled: they run with --mllens-coverage."""
    write_files({"pyproject.toml": "[tool.mllens]\n"})
    pytester.runpytest("--mllens-list").stdout.fnmatch_lines(["ML004 untested-gate [[]enabled with --mllens-coverage[]]*"])


def test_docs_reference_documents_ml000() -> None:
    """docs/checks.md has an ML000 section."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "checks.md").read_text(encoding="utf-8")
    assert "## ML000 `unused-suppression`" in text


def test_explain_text_has_no_markdown_markup() -> None:
    """The terminal text has no bold markers, headings or tables, and keeps every section."""
    for check in load_registry().checks.values():
        text = render_check_text(check)
        assert "**" not in text and not text.startswith("#") and "|---|" not in text
        assert text.startswith(f"{check.id} {check.name}\n") and f"Fix: {check.fix[:20]}" in text


def test_misspelt_check_in_a_suppression_gets_a_suggestion(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """`ignore[ungated-deploymnet]` is reported with "did you mean 'ungated-deployment'?"."""
    bad_project["ml/train.py"] = bad_project["ml/train.py"].replace("registered_model_name='churn')", "registered_model_name='churn')  # mllens: ignore[ungated-deploymnet]")
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-output", "concise", "--tb=no")
    result.stdout.fnmatch_lines(["ml/train.py:6:1: ML000 suppression names an unknown check 'ungated-deploymnet'; did you mean 'ungated-deployment'?"])


def test_comment_on_the_closing_line_points_to_the_statement_start(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A suppression on the `)` line of a multi-line call names the line its finding is on."""
    bad_project["ml/train.py"] = MULTILINE_DEPLOY
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-output", "concise", "--tb=no")
    result.stdout.fnmatch_lines(["ml/train.py:10:1: ML000 *matches no finding on this line; the ML002 finding of this statement is reported at line 6, where the statement starts"])


def test_comment_on_a_middle_line_of_the_call_points_to_the_statement_start(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """The pointer does not depend on which line of the statement holds the comment: one on an
    argument line (the bracket still open) is pointed at the start as the closing line is."""
    moved = MULTILINE_DEPLOY.replace("    )  # mllens: ignore[ML002] because the release board gates it\n", "    )\n")
    bad_project["ml/train.py"] = moved.replace("        'model',\n", "        'model',  # mllens: ignore[ML002] because the release board gates it\n")
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-output", "concise", "--tb=no")
    result.stdout.fnmatch_lines(["ml/train.py:8:1: ML000 *matches no finding on this line; the ML002 finding of this statement is reported at line 6, where the statement starts"])


def test_a_comment_after_a_finished_statement_gets_no_pointer(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A stale comment on a later, separate statement is only reported as unused."""
    bad_project["ml/train.py"] = bad_project["ml/train.py"] + "    return clf  # mllens: ignore[ML002]\n"
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-output", "concise", "--tb=no")
    result.stdout.fnmatch_lines(["ml/train.py:7:1: ML000 suppression `# mllens: ignore[ML002]` matches no finding on this line"])
