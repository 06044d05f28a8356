"""ML005 untested-monitor: drift or model-quality monitoring setup that no test executes.

A runtime check: it needs coverage data from the project's own tests (``--mllens-coverage``),
and is judged after them; without that data it is skipped with the reason, never passed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pytest_mllens import Check, Example, Finding

if TYPE_CHECKING:
    from pytest_mllens import Project

_MONITOR = (
    "import pandas as pd\n"
    "from evidently import Report\n"
    "from evidently.presets import DataDriftPreset\n"
    "\n"
    "\n"
    "def drift_report(reference: pd.DataFrame, current: pd.DataFrame) -> dict:\n"
    "    report = Report([DataDriftPreset()])\n"
    "    return report.run(current_data=current, reference_data=reference).dict()\n"
)


class UntestedMonitor(Check):
    id = "ML005"
    name = "untested-monitor"
    runtime = True
    """Judged against coverage data after the project's tests, not by the static analysis."""
    summary = "Drift or model-quality monitoring is set up in code that no test executes."
    practices = ("MLPERF06-BP03",)
    principle = "detect_data_drift"
    rationale = (
        "A drift monitor that has never run is only known to exist: a wrong column list, a baseline "
        "that is never loaded or an API change in the monitoring library surfaces in production, when "
        "the monitor is needed. The lens asks for data drift to be evaluated; a test that runs the "
        "monitoring setup is the cheapest evidence that it can."
    )
    fix = "Add a test that runs the monitoring function on a small reference sample and a shifted current sample and asserts that drift is reported."
    limitations = (
        "Needs `--mllens-coverage` (or `coverage = true` in [tool.mllens]) and coverage data from the same session, pytest-cov's, or a data file named with `--mllens-coverage-data`; without data the check is skipped with the reason.",
        "Monitoring is judged per function (or module body): one executed monitoring call in it is enough; monitors configured outside Python (console, Terraform) and hand-written drift statistics are not targets.",
        "Inline `# mllens: ignore[...]` comments do not apply to runtime findings; use `per-file-ignores` or `ignore`. Code run only in subprocesses the tests start is not seen unless that coverage data is combined into the data the lens reads.",
    )
    examples = (
        Example(
            "an Evidently drift report that no test runs",
            {
                "monitoring.py": _MONITOR,
                "tests/test_smoke.py": "def test_nothing_about_drift():\n    assert True\n",
            },
            expect=("monitoring.py:7",),
        ),
        Example(
            "the drift report exercised by a test (the library stubbed in the test)",
            {
                "monitoring.py": _MONITOR,
                "tests/test_monitoring.py": (
                    "import sys\n"
                    "from unittest import mock\n"
                    "\n"
                    "sys.modules.setdefault('pandas', mock.MagicMock())\n"
                    "sys.modules.setdefault('evidently', mock.MagicMock())\n"
                    "sys.modules.setdefault('evidently.presets', mock.MagicMock())\n"
                    "\n"
                    "from monitoring import drift_report\n"
                    "\n"
                    "\n"
                    "def test_drift_report_runs():\n"
                    "    assert drift_report(reference=[1, 2], current=[5, 6]) is not None\n"
                ),
            },
        ),
    )

    def run(self, project: Project) -> Iterator[Finding]:
        """Nothing to say statically: monitoring setup calls are recorded as runtime targets by
        the engine and judged against coverage data by the pytest plugin."""
        return iter(())
