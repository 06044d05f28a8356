"""Judge runtime targets against coverage.py data: did the tests run each gate's rejecting
branch, and each monitoring setup?

Pure: no pytest here. Branches come from coverage.py's own static analysis of the file
(:class:`coverage.parser.PythonParser`, the parser behind ``coverage report --branch``), so
"line 84 didn't jump to line 85" means exactly what coverage's own reports mean by it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .findings import Finding
from .model.runtime_targets import GateTarget, MonitorTarget

__all__ = ["Evidence", "Verdict", "evidence_from", "judge_gates", "judge_monitors", "read_data_file"]


@dataclass(frozen=True)
class Evidence:
    """What the tests executed in the analysed files, keyed by path relative to the root.

    ``arcs`` is None when the data holds lines only (coverage measured without ``branch``).
    ``missing`` lists the analysed files the data does not mention at all.
    """

    source: str
    lines: dict[str, frozenset[int]]
    arcs: dict[str, frozenset[tuple[int, int]]] | None
    missing: frozenset[str] = frozenset()


@dataclass
class Verdict:
    findings: list[Finding] = field(default_factory=list)
    skip: str = ""
    """Why nothing could be judged (no data, lines only): the item is skipped with this reason."""


def read_data_file(path: Path) -> Any:
    """A coverage data file (``.coverage``, SQLite) as a :class:`coverage.CoverageData`."""
    from coverage import CoverageData

    data = CoverageData(basename=str(path))
    data.read()
    return data


def evidence_from(data: Any, root: Path, paths: Iterable[str], source: str) -> Evidence:
    """Pick the analysed files ``paths`` out of ``data`` (a CoverageData).

    A measured file matches by its absolute path under ``root``; failing that (data recorded
    in another checkout, a CI runner's workspace) by ending in ``/<relative path>``.
    """
    wanted = set(paths)
    root = root.resolve()
    by_path: dict[str, str] = {}
    measured = sorted(data.measured_files())
    for name in measured:
        try:
            relative = Path(name).resolve().relative_to(root).as_posix()
        except (ValueError, OSError):
            continue
        if relative in wanted:
            by_path[relative] = name
    for path in sorted(wanted - set(by_path)):
        suffix = "/" + path
        candidates = [name for name in measured if name.replace("\\", "/").endswith(suffix)]
        if len(candidates) == 1:
            by_path[path] = candidates[0]
    branch = bool(data.has_arcs())
    lines = {path: frozenset(data.lines(name) or ()) for path, name in by_path.items()}
    arcs = {path: frozenset(data.arcs(name) or ()) for path, name in by_path.items()} if branch else None
    return Evidence(source, lines, arcs, frozenset(wanted - set(by_path)))


class _Code:
    """coverage.py's static view of one file: statement first lines, possible arcs, wording."""

    def __init__(self, root: Path, path: str) -> None:
        from coverage.parser import PythonParser

        self.parser = PythonParser(text=(root / path).read_text(encoding="utf-8"), filename=str(root / path))
        self.parser.parse_source()
        self.possible = self.parser.arcs()

    def first(self, line: int) -> int:
        return self.parser.first_line(line)

    def lines(self, measured: Iterable[int]) -> set[int]:
        return self.parser.translate_lines(measured)

    def arcs(self, measured: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
        return self.parser.translate_arcs(measured)

    def exits(self, line: int) -> list[int]:
        return sorted(b for a, b in self.possible if a == line)

    def describe(self, start: int, end: int) -> str:
        try:
            return self.parser.missing_arc_description(start, end)
        except Exception:  # noqa: BLE001 - wording only; the arc itself is what matters
            return f"line {start} didn't jump to {'the function exit' if end < 0 else f'line {end}'}"


def _rejecting_exits(target: GateTarget, line: int, exits: Sequence[int]) -> list[int]:
    """The exits of the gate statement that do not lead to what it protects.

    ``if``: the release sits in the branch that starts last at or before it; every other
    exit rejects. Early exit: the branch into its body (``raise``/``return``) rejects, which
    is the exit out of the function when the body shares the ``if`` line.
    """
    if target.kind == "if":
        forward = [end for end in exits if line < end <= target.protects]
        if not forward:
            return []
        accept = max(forward)
        return [end for end in exits if end != accept]
    if target.kind == "exit":
        leaving = [end for end in exits if end < 0]
        if leaving:
            return leaving
        body = [end for end in exits if end > line]
        return [min(body)] if len(body) > 1 else []
    return []


def judge_gates(targets: Sequence[GateTarget], evidence: Evidence, root: Path, check: Any) -> Verdict:
    """A finding for each gate whose comparison never ran, or whose rejecting branch never ran."""
    verdict = Verdict()
    undecided: list[GateTarget] = []
    codes: dict[str, _Code | None] = {}
    for target in targets:
        code = codes.get(target.path)
        if target.path not in codes:
            try:
                code = codes[target.path] = _Code(root, target.path)
            except Exception:  # noqa: BLE001 - an unreadable or unparsable file cannot be judged
                code = codes[target.path] = None
        if code is None:
            continue
        line = code.first(target.line)
        where = f"{target.path}:{line}"
        gate = f"{target.described} at {where} protects {target.release}"
        fix = _gate_fix(target)
        executed = code.lines(evidence.lines.get(target.path, ()))
        if line not in executed:
            why = "the coverage data does not mention the file: no test imported it, or coverage did not measure it (check --cov / [coverage:run] source)" if target.path in evidence.missing else "no test reached this line"
            verdict.findings.append(
                check.finding(
                    target.path, line, 1,
                    f"evaluation gate never executed in the tests: the comparison at line {line} never ran",
                    (f"gate: {gate}", f"coverage: {why}", f"evidence from: {evidence.source}", f"missing test: {fix}"),
                )
            )
            continue
        if evidence.arcs is None:
            undecided.append(target)
            continue
        ran = code.arcs(evidence.arcs.get(target.path, ()))
        taken = sorted(end for start, end in ran if start == line)
        if target.kind == "assert":
            exits = code.exits(line)
            if any(end not in exits for end in taken):
                continue
            verdict.findings.append(
                check.finding(
                    target.path, line, 1,
                    f"evaluation gate never rejected in the tests: the assertion at line {line} never failed",
                    (f"gate: {gate}", f"coverage: line {line} ran, but execution always went on to line {', '.join(map(str, exits)) or '?'}; the assertion never stopped a candidate", f"evidence from: {evidence.source}", f"missing test: {fix}"),
                )
            )
            continue
        rejecting = _rejecting_exits(target, line, code.exits(line))
        if not rejecting:
            continue  # the statement's branches could not be told apart: nothing is claimed
        if any(end in taken for end in rejecting):
            continue
        arcs = ", ".join(f"{line} → {'exit' if end < 0 else end}" for end in rejecting)
        verdict.findings.append(
            check.finding(
                target.path, line, 1,
                f"evaluation gate never rejected in the tests: its rejecting branch ({arcs}) never ran",
                (
                    f"gate: {gate}",
                    *(f"coverage: {code.describe(line, end)}" for end in rejecting),
                    f"coverage: the tests only took {', '.join(f'{line} → ' + ('exit' if end < 0 else str(end)) for end in taken) or 'no branch'} (the accepting path)",
                    f"evidence from: {evidence.source}",
                    f"missing test: {fix}",
                ),
            )
        )
    if undecided and not verdict.findings:
        names = ", ".join(f"{t.path}:{t.line}" for t in undecided)
        verdict.skip = (
            f"the coverage data ({evidence.source}) holds lines only, so whether the rejecting branch of each gate ran "
            f"cannot be told ({names}); measure branches (pytest-cov: --cov-branch; coverage: [run] branch = true)"
        )
    return verdict


def _gate_fix(target: GateTarget) -> str:
    function = f"{target.scope.rpartition('.')[2]}()" if target.scope else f"the code around line {target.line}"
    how = "the release call not made, e.g. on a mock client" if target.kind == "if" else "pytest.raises(...) if the gate raises, or the release call not made on a mock client"
    return f"add a test that calls {function} with a candidate whose metrics miss the bar and asserts that it is refused ({how}); keep the test of the accepted candidate"


def judge_monitors(targets: Sequence[MonitorTarget], evidence: Evidence, root: Path, check: Any) -> Verdict:
    """A finding for each function (or module body) whose monitoring calls no test executed."""
    verdict = Verdict()
    groups: dict[tuple[str, str], list[MonitorTarget]] = {}
    for target in targets:
        groups.setdefault((target.path, target.scope), []).append(target)
    for (path, scope), members in sorted(groups.items()):
        try:
            code = _Code(root, path)
        except Exception:  # noqa: BLE001 - cannot be judged
            continue
        executed = code.lines(evidence.lines.get(path, ()))
        lines = sorted({code.first(t.line) for t in members})
        if any(line in executed for line in lines):
            continue
        first = lines[0]
        what = f"{scope}()" if scope else f"the module body of {path}"
        why = "the coverage data does not mention the file: no test imported it, or coverage did not measure it" if path in evidence.missing else "no test reached these lines"
        function = f"calls {scope.rpartition('.')[2]}()" if scope else f"imports {path}"
        verdict.findings.append(
            check.finding(
                path, first, 1,
                f"drift/quality monitoring set up in {what} never ran in the tests",
                (
                    *(f"monitoring: {t.name}() at {path}:{code.first(t.line)} ({t.says})" for t in members),
                    f"coverage: {why}",
                    f"evidence from: {evidence.source}",
                    f"missing test: add a test that {function} with a small reference sample and a shifted current sample and asserts that the drift is reported",
                ),
            )
        )
    return verdict
