"""Hostile strings from the project (file names, module names, literals) are escaped for
the terminal and survive the JSON report exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mllens_robust_support import assert_clean_json, report_bytes, run, write_tree

from pytest_mllens.findings import Finding
from pytest_mllens.report.terminal import printable, render_failure, render_finding
from pytest_mllens.report.json_report import json_report

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")

HOSTILE = ["<script>alert(1)</script>", "\x1b[31mred\x1b[0m", "::error file=x.py::pwned", "line\nbreak", "carriage\rreturn", "\u202eevil", "tab\there", "bell\x07", "nul\x00"]
HOSTILE_NAMES = ["::error::x", "\x1b[31mred", "new\nline", "cr\rname", "<script>alert(1)<", "sp ace", "\u202egnp"]


def _assert_safe_lines(text: str) -> None:
    for line in text.splitlines():
        assert line.isprintable(), repr(line)
        assert not line.lstrip().startswith("::"), repr(line)


class _Check:
    id = "ML999"
    name = "hostile"
    summary = "s"
    practices = ()
    principle = ""
    rationale = ""
    fix = "::warning::fix"


@given(st.text(), st.text(), st.lists(st.text(), max_size=3))
def test_a_finding_always_renders_as_one_line_plus_its_evidence(path: str, message: str, evidence: list[str]) -> None:
    """Whatever the path, message and evidence, a finding renders as exactly 1 + len(evidence)
    (+ fix) printable lines, none starting a GitHub workflow command."""
    lines = render_finding(_Check, Finding(path, 1, 1, "hostile", message, tuple(evidence)))  # type: ignore[arg-type]
    assert len(lines) == 1 + len(evidence) + 1
    _assert_safe_lines("\n".join(lines))
    assert "\n".join(lines).count("\n") == len(lines) - 1


@pytest.mark.parametrize("text", HOSTILE)
def test_printable_escapes_repr_style(text: str) -> None:
    """printable() turns control characters into their repr escapes and keeps printable text as is."""
    shown = printable(text)
    assert shown.isprintable()
    assert printable("plain <b>text</b> é 数据") == "plain <b>text</b> é 数据"
    if not text.startswith("::"):
        assert shown == repr(text)[1:-1].replace("\\'", "'")


def _hostile_project(root: Path) -> None:
    files: dict[str, str] = {"ml/train.py": "from sklearn.linear_model import LogisticRegression\n\ndef fit(X, y):\n    return LogisticRegression().fit(X, y)\n"}
    for index, name in enumerate(HOSTILE_NAMES):
        literal = json.dumps(HOSTILE[index % len(HOSTILE)])
        files[f"serve/{name}{index}.py"] = (
            f'"""{HOSTILE[index % len(HOSTILE)].replace(chr(0), "")}"""\n'
            "from fastapi import FastAPI\nfrom ml.train import fit\nimport mlflow\n\n"
            f"app = FastAPI(title={literal})\n"
            f"mlflow.register_model({literal}, {literal})\n"
        )
    files[f"{HOSTILE_NAMES[1]}broken.py"] = "x = \x1b[31m\n::error::\n"
    files[f"{HOSTILE_NAMES[2]}broken.py"] = "def f(:\n"
    write_tree(root, files)


def test_engine_findings_from_hostile_names_render_safely(tmp_path: Path) -> None:
    """Findings on files with ANSI, newline, '::error::' and <script> names render as safe lines."""
    _hostile_project(tmp_path)
    analysis = run(tmp_path)
    assert len({f.path for f in analysis.files}) == len(HOSTILE_NAMES) + 3
    rendered = [render_failure(result.check, result.findings) for result in analysis.results.values() if result.findings]
    assert rendered and any("\\x1b[31mred" in text for text in rendered)
    for text in rendered:
        _assert_safe_lines(text)
    for _, message in analysis.errors:
        assert message.isprintable(), message


def test_json_report_round_trips_hostile_strings_exactly(tmp_path: Path) -> None:
    """The JSON report is ASCII without raw control characters and parses back to the exact report."""
    _hostile_project(tmp_path)
    analysis = run(tmp_path)
    raw = report_bytes(analysis)
    assert_clean_json(raw)
    assert json.loads(raw) == json_report(analysis)
    assert any("\x1b" in m["path"] for m in json.loads(raw)["modules"])


def test_terminal_failure_sections_carry_no_project_escape_sequences(pytester: pytest.Pytester) -> None:
    """In a real run, the failure sections show hostile file names escaped, never as raw ANSI or workflow commands."""
    _hostile_project(pytester.path)
    result = pytester.runpytest_subprocess("--mllens-only", "-p", "no:cacheprovider")
    out = result.stdout.str()
    sections = out.split("short test summary info")[0].split("- mllens -")[0]
    assert "\\x1b[31mred" in sections
    assert "\x1b" not in sections and "\r" not in sections
    assert not any(line.lstrip().startswith("::") for line in sections.splitlines())


def test_terminal_summary_not_analysed_lines_are_escaped(pytester: pytest.Pytester) -> None:
    """The lines listing unanalysed files (in the failing mllens::analysis item) escape hostile file names."""
    _hostile_project(pytester.path)
    result = pytester.runpytest_subprocess("--mllens-only", "-p", "no:cacheprovider")
    out = result.stdout.str()
    assert "\x1b" not in out and "\r" not in out
    assert not any(line.lstrip().startswith("::") for line in out.splitlines())
    result.stdout.fnmatch_lines(["*\\x1b[[]31mredbroken.py: syntax error*", "*new\\nlinebroken.py: syntax error*"])
