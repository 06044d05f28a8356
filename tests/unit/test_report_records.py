"""Units of the CI outputs: fingerprints, annotation escaping, SARIF from hostile records,
suppression reasons, pillar grouping, import-chain parsing."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from pytest_mllens.check import Check
from pytest_mllens.config import Settings
from pytest_mllens.engine import Analysis, CheckResult, Suppression
from pytest_mllens.facts.records import FileFacts
from pytest_mllens.facts.text import SourceLines, joined_line, suppression_reasons
from pytest_mllens.findings import Finding
from pytest_mllens.report.baseline import apply_baseline, baseline_document, load_baseline, write_baseline
from pytest_mllens.report.concise import concise_line
from pytest_mllens.report.github import annotation, escape_data, escape_property
from pytest_mllens.report.html import chain_of, html_report
from pytest_mllens.report.pillars import cells_of, pillar_counts, pillar_lines, pillar_of
from pytest_mllens.report.records import BASELINED, SUPPRESSED, Record, records
from pytest_mllens.report.sarif import sarif_report

SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


class Sample(Check):
    id = "ML900"
    name = "sample-check"
    summary = "A sample."
    practices = ("MLREL01-BP02", "MLOPS06-BP02")
    rationale = "Because."
    fix = "Do better."


def _analysis(tmp_path: Path, files: dict[str, str], result: CheckResult) -> Analysis:
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    facts = [FileFacts(path=p, module=p.removesuffix(".py").replace("/", ".")) for p in files]
    return Analysis(tmp_path, Settings(), facts, None, [], {Sample.name: result})


def test_fingerprint_ignores_line_shifts_and_whitespace_but_not_the_code(tmp_path: Path) -> None:
    """Moving a finding down and re-spacing its line keeps its fingerprint; changing its code does not."""
    finding = Finding("app.py", 2, 1, Sample.name, "imports train (l.2)")
    before = records(_analysis(tmp_path, {"app.py": "import os\nfrom ml import train\n"}, CheckResult(Sample, (finding,))))
    shifted = Finding("app.py", 5, 1, Sample.name, "imports train (l.5)")
    after = records(_analysis(tmp_path, {"app.py": "'''doc'''\n\n\nimport os\nfrom  ml  import  train\n"}, CheckResult(Sample, (shifted,))))
    changed = records(_analysis(tmp_path, {"app.py": "import os\nfrom ml import train as t\n"}, CheckResult(Sample, (finding,))))
    assert before[0].fingerprint == after[0].fingerprint != changed[0].fingerprint


def test_identical_findings_get_distinct_fingerprints_by_occurrence(tmp_path: Path) -> None:
    """Two findings with the same code line and message are told apart by their order."""
    text = "deploy()\ndeploy()\n"
    items = (Finding("job.py", 1, 1, Sample.name, "deploys"), Finding("job.py", 2, 1, Sample.name, "deploys"))
    prints = [r.fingerprint for r in records(_analysis(tmp_path, {"job.py": text}, CheckResult(Sample, items)))]
    assert len(set(prints)) == 2


def test_baseline_round_trip_moves_findings_and_reports_stale(tmp_path: Path) -> None:
    """A written baseline accepts its findings when read back; an entry matching nothing is stale."""
    finding = Finding("app.py", 1, 1, Sample.name, "m")
    analysis = _analysis(tmp_path, {"app.py": "x = 1\n"}, CheckResult(Sample, (finding,)))
    path = tmp_path / "baseline.json"
    write_baseline(path, records(analysis))
    entries = load_baseline(path)
    ghost = entries[0].__class__("gone.py", 3, Sample.name, "old", "0" * 24)
    stale = apply_baseline(analysis, [*entries, ghost])
    assert analysis.results[Sample.name].findings == () and analysis.results[Sample.name].baselined == (finding,)
    assert stale == [ghost]
    assert [r.status for r in records(analysis)] == [BASELINED]
    assert baseline_document(records(analysis))["findings"][0]["path"] == "app.py"


def test_annotation_escapes_data_and_properties() -> None:
    """%, CR and LF are escaped everywhere; ':' and ',' also in properties, so nothing breaks out."""
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    finding = Finding("dir,x/a:b.py", 3, 7, Sample.name, "bad\n::error::injected", ("evidence, 100%",))
    line = annotation(Record(Sample, finding))
    assert line.startswith("::error file=dir%2Cx/a%3Ab.py,line=3,col=7,title=ML900 sample-check::bad\\n::error::injected%0Aevidence, 100%25")  # one line per message, as in the terminal
    assert "\n" not in line and "\r" not in line
    colour = annotation(Record(Sample, Finding("a.py", 1, 1, Sample.name, "red \x1b[31m text")))
    assert "\x1b" not in colour and "red \\x1b[31m text" in colour


def test_concise_line_is_path_line_col_id_message() -> None:
    """One printable line per finding, in the editors' format, the notebook cell named."""
    assert concise_line(Record(Sample, Finding("a.py", 3, 2, Sample.name, "msg\x1b[31m"))) == "a.py:3:2: ML900 msg\\x1b[31m"
    assert concise_line(Record(Sample, Finding("n.ipynb", 1, 1, Sample.name, "m", cell=4))) == "n.ipynb:1:1: ML900 m (notebook cell 4)"


def test_sarif_from_hostile_records_is_schema_valid(tmp_path: Path) -> None:
    """Odd paths, control characters, suppressions by configuration and baselined findings still
    give a valid SARIF 2.1.0 log with the right suppression kinds and baseline states."""
    odd = Finding("we ird/%20<x>.py", 1, 0, Sample.name, "m\x00\u202e", ("e",))
    hidden = Suppression(Finding("b.py", 2, 1, Sample.name, "s"), "per-file-ignores")
    analysis = _analysis(tmp_path, {"b.py": "a\nb\n"}, CheckResult(Sample, (odd,), suppressed=(hidden,), baselined=(Finding("b.py", 1, 1, Sample.name, "old"),)))
    log = sarif_report(analysis, records(analysis), baseline=True)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert [r.get("baselineState") for r in results] == ["unchanged", "new", "new"]
    assert results[1]["suppressions"] == [{"kind": "external", "status": "accepted"}]
    assert results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "we%20ird/%2520%3Cx%3E.py"
    assert results[2]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 1


def test_suppression_reasons_parse_the_because_clause() -> None:
    """The reason runs from `because` to the end of the line; none without it."""
    assert suppression_reasons("x()  # mllens: ignore[ML001, ML002] because the shim is temporary ") == [("ignore", ("ML001", "ML002"), "the shim is temporary")]
    assert suppression_reasons("# mllens: ignore-file") == [("ignore-file", ("*",), "")]
    assert suppression_reasons("x = 'because'") == []


def test_notebook_lines_map_between_cells_and_joined_source(tmp_path: Path) -> None:
    """Line 2 of cell 3 is read from the joined code cells the checks saw."""
    cells = [{"cell_type": "code", "source": "a = 1\n"}, {"cell_type": "markdown", "source": "x"}, {"cell_type": "code", "source": "b = 2\nc = 3\n"}]
    (tmp_path / "n.ipynb").write_text(json.dumps({"cells": cells}), encoding="utf-8")
    assert joined_line(((1, 1), (3, 3)), 3, 2) == 4
    assert SourceLines(tmp_path).line("n.ipynb", 4) == "c = 3"
    assert SourceLines(tmp_path).line("missing.py", 1) == ""


def test_pillars_from_practice_ids_and_catalogue_phases() -> None:
    """Pillars come from the ID prefix, phases from the catalogue; a check counts in each pillar it cites."""
    assert pillar_of("MLPERF04-BP01") == "performance efficiency" and pillar_of("XYZ") == ""
    assert cells_of(Sample) == {("reliability", "ml_problem_framing"), ("operational excellence", "monitoring")}
    lines = pillar_lines(pillar_counts([(Sample, True, 2)]), verbose=True)
    assert "mllens pillar: reliability              0 passed, 1 failed, 2 findings" in lines
    assert "mllens pillar: security                 no check" in lines
    assert "mllens pillar: security                 no check" not in pillar_lines(pillar_counts([(Sample, True, 2)]))  # only -v lists uncovered pillars
    assert pillar_lines(pillar_counts([(Sample, False, 0)])) == []  # a clean run: no block unless -v


def test_chain_parsing_and_html_escaping(tmp_path: Path) -> None:
    """Import-chain evidence becomes graph links; every project string in the page is escaped."""
    evidence = ("x is hosting", "import chain:", "  a.b -> c (l.3)", "  c -> d<e> (l.9; inside a function)", "other")
    assert chain_of(evidence) == [("a.b", "c", "l.3"), ("c", "d<e>", "l.9; inside a function")]
    finding = Finding("app.py", 1, 1, Sample.name, "<img src=x onerror=alert(1)>", evidence)
    analysis = _analysis(tmp_path, {"app.py": "import c  # <script>\n"}, CheckResult(Sample, (finding,)))
    page = html_report(analysis, records(analysis), {Sample.name: "failed"})
    assert "<img" not in page and "<script" not in page and "d&lt;e&gt;" in page
    assert page.count('class="chain"') == 1 and page.count("<rect") == 3


def test_suppressed_records_carry_how_and_reason(tmp_path: Path) -> None:
    """A suppressed finding reaches every report with its kind and reason."""
    hidden = Suppression(Finding("a.py", 1, 1, Sample.name, "m"), "inline", "temporary")
    (item,) = records(_analysis(tmp_path, {"a.py": "x\n"}, CheckResult(Sample, suppressed=(hidden,))))
    assert (item.status, item.how, item.reason) == (SUPPRESSED, "inline", "temporary")


def test_notebook_excerpt_stays_inside_the_cell(tmp_path: Path) -> None:
    """A notebook finding's excerpt shows lines of its own cell only, numbered within the cell."""
    cells = [{"cell_type": "code", "source": "before = 1\n"}, {"cell_type": "code", "source": "x = 1\ndeploy()\n"}, {"cell_type": "code", "source": "after = 2\n"}]
    (tmp_path / "n.ipynb").write_text(json.dumps({"cells": cells}), encoding="utf-8")
    finding = Finding("n.ipynb", 2, 1, Sample.name, "deploys", cell=2)
    analysis = Analysis(tmp_path, Settings(), [FileFacts(path="n.ipynb", module="n", kind="ipynb", cells=((1, 1), (3, 2), (6, 3)))], None, [], {Sample.name: CheckResult(Sample, (finding,))})
    page = html_report(analysis, records(analysis), {})
    excerpt = page[page.index("<pre><code>") : page.index("</code></pre>")]
    assert "x = 1" in excerpt and "deploy()" in excerpt and "before" not in excerpt and "after" not in excerpt
    assert '<span class="hit">    2  deploy()</span>' in excerpt


def test_source_lines_split_where_python_does(tmp_path: Path) -> None:
    """A form feed or U+2028 inside a line does not shift later line numbers."""
    (tmp_path / "m.py").write_text("a = '\u2028'\f\nb = 1\r\nc = 2\n", encoding="utf-8")
    lines = SourceLines(tmp_path)
    assert lines.line("m.py", 2) == "b = 1" and lines.line("m.py", 3) == "c = 2"


def test_report_files_are_written_whole_with_umask_permissions(tmp_path: Path) -> None:
    """write_text leaves no temporary file behind and does not keep mkstemp's private 0600 mode."""
    from pytest_mllens.report.files import write_text

    target = tmp_path / "out" / "r.sarif"
    write_text(target, "{}\n")
    assert target.read_text() == "{}\n" and [p.name for p in target.parent.iterdir()] == ["r.sarif"]
    assert target.stat().st_mode & 0o044  # readable by group/others under the usual umask
