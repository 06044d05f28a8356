"""Judging gate and monitor targets against hand-made coverage data: which exit of a gate
rejects, and what a finding says."""

from __future__ import annotations

from pathlib import Path

from coverage import CoverageData

from pytest_mllens.checks import UntestedGate, UntestedMonitor
from pytest_mllens.coverage_evidence import evidence_from, judge_gates, judge_monitors
from pytest_mllens.model.runtime_targets import GateTarget, MonitorTarget

SOURCE = (
    "def ship(auc, deploy):\n"  # 1
    "    if auc >= 0.8:\n"  # 2
    "        deploy()\n"  # 3
    "\n"  # 4
    "\n"  # 5
    "def promote(f1, alias, log):\n"  # 6
    "    if f1 < 0.7:\n"  # 7
    "        log('kept the champion')\n"  # 8
    "    else:\n"  # 9
    "        alias()\n"  # 10
    "\n"  # 11
    "\n"  # 12
    "def check(rmse):\n"  # 13
    "    assert rmse < 4.0, rmse\n"  # 14
    "    return True\n"  # 15
)
SHIP = GateTarget("gate.py", 2, "if", 3, "auc >= 0.8", "deploy() at gate.py:3", scope="ship")
PROMOTE = GateTarget("gate.py", 7, "if", 10, "f1 < 0.7", "alias() at gate.py:10", scope="promote")
CHECK = GateTarget("gate.py", 14, "assert", 15, "rmse < 4.0", "release() at other.py:9", scope="check")


def _judge(tmp_path: Path, arcs: list[tuple[int, int]] | None, lines: list[int] = (), targets=(SHIP, PROMOTE, CHECK)):
    (tmp_path / "gate.py").write_text(SOURCE, encoding="utf-8")
    data = CoverageData(no_disk=True)
    if arcs is None:
        data.add_lines({str(tmp_path / "gate.py"): list(lines)})
    else:
        data.add_arcs({str(tmp_path / "gate.py"): arcs})
    evidence = evidence_from(data, tmp_path, {"gate.py"}, "hand-made data")
    return judge_gates(list(targets), evidence, tmp_path, UntestedGate())


ACCEPTED = [(-1, 2), (2, 3), (3, -1), (-6, 7), (7, 10), (10, -6), (-13, 14), (14, 15), (15, -13)]
REJECTED = [(2, -1), (7, 8), (8, -6), (14, -13)]


def test_gates_tested_only_on_the_accepting_path_are_found(tmp_path: Path) -> None:
    """Each gate form names the exit that never ran: past the release, into the else-less branch, the assertion failing."""
    verdict = _judge(tmp_path, ACCEPTED)
    assert [(f.line, f.message) for f in verdict.findings] == [
        (2, "evaluation gate never rejected in the tests: its rejecting branch (2 → exit) never ran"),
        (7, "evaluation gate never rejected in the tests: its rejecting branch (7 → 8) never ran"),
        (14, "evaluation gate never rejected in the tests: the assertion at line 14 never failed"),
    ]
    assert "coverage: line 7 didn't jump to line 8 because the condition on line 7 was never true" in verdict.findings[1].evidence


def test_gates_tested_both_ways_pass(tmp_path: Path) -> None:
    """With the rejecting exits executed too, no gate is reported."""
    assert _judge(tmp_path, ACCEPTED + REJECTED).findings == []


def test_a_gate_never_reached_is_reported_as_never_executed(tmp_path: Path) -> None:
    """A comparison no test reached is reported as such, with the missing test to add."""
    verdict = _judge(tmp_path, [(-6, 7), (7, 10), (7, 8)], targets=(SHIP,))
    (finding,) = verdict.findings
    assert finding.message == "evaluation gate never executed in the tests: the comparison at line 2 never ran"
    assert any(line.startswith("missing test: add a test that calls ship()") for line in finding.evidence)


def test_lines_only_data_cannot_judge_branches_and_says_so(tmp_path: Path) -> None:
    """Line data proves the comparison ran but not its rejecting branch: a skip reason, not a pass."""
    verdict = _judge(tmp_path, None, lines=[1, 2, 3, 6, 7, 10, 13, 14, 15])
    assert verdict.findings == []
    assert "holds lines only" in verdict.skip and "--cov-branch" in verdict.skip


def test_monitoring_that_never_ran_is_reported_per_function(tmp_path: Path) -> None:
    """Two monitoring calls in one unexecuted function give one finding listing both."""
    (tmp_path / "monitor.py").write_text("def watch(ref, cur):\n    report = Report()\n    return report.run(ref, cur)\n", encoding="utf-8")
    targets = [MonitorTarget("monitor.py", 2, "watch", "evidently.Report", "Evidently: builds a report"), MonitorTarget("monitor.py", 3, "watch", "evidently.Report.run", "Evidently: runs it")]
    data = CoverageData(no_disk=True)
    data.add_lines({str(tmp_path / "monitor.py"): [1]})
    (finding,) = judge_monitors(targets, evidence_from(data, tmp_path, {"monitor.py"}, "x"), tmp_path, UntestedMonitor()).findings
    assert (finding.line, finding.message) == (2, "drift/quality monitoring set up in watch() never ran in the tests")
    data.add_lines({str(tmp_path / "monitor.py"): [2, 3]})
    assert judge_monitors(targets, evidence_from(data, tmp_path, {"monitor.py"}, "x"), tmp_path, UntestedMonitor()).findings == []


def test_data_recorded_in_another_checkout_matches_by_path_suffix(tmp_path: Path) -> None:
    """A CI runner's absolute paths still match the analysed files by their relative path."""
    data = CoverageData(no_disk=True)
    data.add_lines({"/home/runner/work/churn/src/churn/release.py": [3]})
    evidence = evidence_from(data, tmp_path, {"src/churn/release.py", "serve/app.py"}, "x")
    assert evidence.lines == {"src/churn/release.py": frozenset({3})}
    assert evidence.missing == frozenset({"serve/app.py"})
