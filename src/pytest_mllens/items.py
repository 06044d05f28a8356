"""The lens's pytest items: one per enabled check, plus ``unused-suppression`` and
``analysis`` when they have something to say; failures render the findings, never a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .state import STATE_KEY, State

if TYPE_CHECKING:
    from _pytest._io import TerminalWriter

__all__ = ["ANALYSIS_ITEM", "EXTRA_ITEMS", "CheckCrashed", "LensViolation", "MllensCollector", "MllensItem", "lens_items", "unanalysed"]


class MllensCollector(pytest.Collector):
    """Parent of the check items, so their node ids read ``mllens::<check-name>``."""

    def collect(self) -> Iterator[pytest.Item]:  # pragma: no cover - items are created directly
        return iter(())


class MllensItem(pytest.Item):
    def __init__(self, *, check_name: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.check_name = check_name
        self.add_marker("mllens")

    def runtest(self) -> None:
        state = self.config.stash[STATE_KEY]
        if self.check_name == ANALYSIS_ITEM:
            return _check_coverage_of_analysis(state)
        result = state.visible().results[self.check_name]
        if result.error:
            from .report.terminal import printable

            raise CheckCrashed(f"{self.check_name}: the check itself failed: {printable(result.error)}")
        if result.findings:
            raise self.violation(result.check, result.findings)

    def violation(self, check: Any, findings: Any) -> LensViolation:
        """The failure of this item for ``findings``, in the output style asked for: the full
        report, or one line per finding (concise, or ``--tb=line``). Static and runtime checks
        both fail through here, so every lens item honours the same options."""
        state = self.config.stash[STATE_KEY]
        if output_style(self.config, state) == "concise" or self.config.getoption("tbstyle", "auto") == "line":
            from .report.concise import concise_lines
            from .report.records import Record

            return LensViolation("\n".join(concise_lines(Record(check, f, root=state.root) for f in findings)) + "\n")
        from .report.terminal import render_failure

        return LensViolation(render_failure(check, findings, state.root))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str | FindingsRepr:  # type: ignore[override]
        if isinstance(excinfo.value, (LensViolation, CheckCrashed)):
            return FindingsRepr(str(excinfo.value), line_style=self.config.getoption("tbstyle", "auto") == "line")
        return str(super().repr_failure(excinfo, style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"mllens::{self.check_name}"


def _check_coverage_of_analysis(state: State) -> None:
    """No silent passes: a lens that could not look at a file must not pass for it."""
    from .report.terminal import printable

    view = state.visible()
    where = ", ".join(state.paths) or str(state.root)
    if not view.analysed:
        raise LensViolation(
            f"mllens analysed no file under {printable(where)}: nothing was checked.\n"
            "Check the path arguments, `src`, `exclude` and `extend-exclude` in [tool.mllens], and --mllens-root.\n"
            + "".join(f"not analysed: {printable(path)}: {printable(message)}\n" for path, message in view.errors)
        )
    failures = unanalysed(view)
    if failures and state.settings.unanalysed == "fail":
        count = len(failures)
        raise LensViolation(
            f"mllens could not analyse {count} file{'s' if count != 1 else ''}; findings in {'them' if count != 1 else 'it'} would be missed:\n"
            + "".join(f"  {printable(path)}: {printable(message)}\n" for path, message in failures)
            + "Fix the files, exclude them (`extend-exclude` in [tool.mllens]), or set `unanalysed = \"warn\"` to report them without failing."
        )


def unanalysed(view: Any) -> list[tuple[str, str]]:
    """Files the lens wanted to read and could not. Generated and data-like modules are left
    out on purpose, like excluded files: they are listed, but they do not fail the run."""
    if not view.errors:
        return []
    from .facts.generated import SKIPPED_ON_PURPOSE

    return [(path, message) for path, message in view.errors if not message.startswith(SKIPPED_ON_PURPOSE)]


class Headline:
    """Stands in for pytest's crash location. The short summary and JUnit's failure message
    read ``message``, where only the headline belongs; ``--tb=line`` prints ``str()`` of it as
    the failure's one entry, which is where the findings go in that style."""

    def __init__(self, message: str, line_style_text: str) -> None:
        self.message = message
        self.line_style_text = line_style_text

    def __str__(self) -> str:
        return self.line_style_text


class FindingsRepr:
    """The failure text of a lens item, with a one-line headline for summaries. A plain string
    would do for the failures section, but on CI (``CI`` set) pytest's short summary prints a
    string report in full, which repeated every finding under "short test summary info".
    Duck-typed like pytest's ``TerminalRepr`` (``toterminal``), which pytest does not export."""

    def __init__(self, text: str, *, line_style: bool = False) -> None:
        self.text = text
        self.line_style = line_style
        # under --tb=line pytest prints the report and then the crash line: the findings go in
        # the crash line only, or each one is printed twice
        self.reprcrash = Headline(text.split("\n", 1)[0], text.rstrip("\n") if line_style else text.split("\n", 1)[0])

    def __str__(self) -> str:
        return self.text

    def toterminal(self, tw: TerminalWriter) -> None:
        if self.line_style:
            return
        for line in self.text.rstrip("\n").split("\n"):
            tw.line(line)


class LensViolation(Exception):
    """A check found violations; the message is the rendered list of findings."""


class CheckCrashed(Exception):
    """A check raised; other checks still ran."""


ANALYSIS_ITEM = "analysis"
EXTRA_ITEMS = ("unused-suppression", ANALYSIS_ITEM)


def lens_items(session: pytest.Session, state: State) -> list[MllensItem]:
    """One item per enabled check; ``unused-suppression`` when the project has suppressions;
    ``analysis`` when a file could not be analysed or none was."""
    from .engine import UnusedSuppression, enabled_checks

    collector = MllensCollector.from_parent(session, name="mllens", path=state.root, nodeid="mllens")
    analysis = state.get_analysis()
    # a nested project may enable a check the root does not: every check that ran gets its item
    names = sorted({*enabled_checks(state.registry, state.settings), *analysis.results} - {UnusedSuppression.name})
    if UnusedSuppression.name in analysis.results:
        names.append(UnusedSuppression.name)
    view = state.visible()
    if unanalysed(view) or not view.analysed:
        names.append(ANALYSIS_ITEM)
    return [MllensItem.from_parent(collector, name=name, check_name=name) for name in names]


def output_style(config: pytest.Config, state: State) -> str:
    return str(config.getoption("mllens_output") or state.settings.output)


