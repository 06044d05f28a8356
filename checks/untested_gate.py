"""ML004 untested-gate: an evaluation gate whose rejecting branch no test ever ran.

A runtime check: it needs coverage data from the project's own tests (``--mllens-coverage``),
and is judged after them; without that data it is skipped with the reason, never passed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pytest_mllens import Check, Example, Finding

if TYPE_CHECKING:
    from pytest_mllens import Project

_RELEASE = (
    "from __future__ import annotations\n"
    "\n"
    "from typing import TYPE_CHECKING\n"
    "\n"
    "if TYPE_CHECKING:\n"
    "    from mlflow import MlflowClient\n"
    "\n"
    "MIN_F1 = 0.72\n"
    "\n"
    "\n"
    "def promote(client: MlflowClient, name: str, version: str, f1: float) -> bool:\n"
    "    if f1 < MIN_F1:\n"
    "        return False\n"
    "    client.set_registered_model_alias(name, 'champion', version)\n"
    "    return True\n"
)


class UntestedGate(Check):
    id = "ML004"
    name = "untested-gate"
    runtime = True
    """Judged against coverage data after the project's tests, not by the static analysis."""
    summary = "An evaluation gate's comparison never ran in the tests, or its rejecting branch never did."
    practices = ("MLPERF04-BP03", "MLREL03-BP01")
    principle = "automate_training_and_evaluation_pipeline"
    rationale = (
        "A gate that no test has ever seen refuse a candidate is a gate in name only: an inverted "
        "comparison, a metric read from the wrong key or a threshold of 0 all pass every test that only "
        "feeds it good models. The lens asks for an evaluation pipeline whose result decides the release; "
        "coverage of the rejecting branch is the evidence that it can decide against it."
    )
    fix = "Add a test that feeds the gate a candidate whose metrics miss the threshold and asserts that nothing is released (the exception raised, the registry or endpoint call not made), next to the test of the accepted candidate."
    limitations = (
        "Needs `--mllens-coverage` (or `coverage = true` in [tool.mllens]) and coverage data from the same session, pytest-cov's, or a data file named with `--mllens-coverage-data`; without data the check is skipped with the reason.",
        "Whether the rejecting branch ran needs branch data; with lines only (pytest-cov without --cov-branch), a gate whose comparison ran cannot be judged and the check is skipped with that reason.",
        "Gates are the statements Python evaluates: an `if`, an early `raise`/`return`/`exit` or an `assert` that compares a metric (or calls a gate helper) before a release, in its function or in the callers of that function; pipeline conditions (`dsl.Condition`, SageMaker ConditionStep), orchestrator branch tasks and registry approvals are decided by the orchestrator and are not judged.",
        "An assertion counts as having rejected when the run left its line other than to the next statement (it raised); with `python -O` assertions do not run at all.",
        "Inline `# mllens: ignore[...]` comments do not apply to runtime findings; use `per-file-ignores` or `ignore`. Code run only in subprocesses the tests start is not seen unless that coverage data is combined into the data the lens reads.",
    )
    examples = (
        Example(
            "a promotion gate that the tests only ever feed a good model",
            {
                "release.py": _RELEASE,
                "tests/test_release.py": (
                    "from unittest import mock\n"
                    "\n"
                    "from release import promote\n"
                    "\n"
                    "\n"
                    "def test_good_model_is_promoted():\n"
                    "    client = mock.Mock()\n"
                    "    assert promote(client, 'churn', '7', f1=0.80)\n"
                    "    client.set_registered_model_alias.assert_called_once()\n"
                ),
            },
            expect=("release.py:12",),
        ),
        Example(
            "the same gate tested in both directions",
            {
                "release.py": _RELEASE,
                "tests/test_release.py": (
                    "from unittest import mock\n"
                    "\n"
                    "from release import promote\n"
                    "\n"
                    "\n"
                    "def test_good_model_is_promoted():\n"
                    "    client = mock.Mock()\n"
                    "    assert promote(client, 'churn', '7', f1=0.80)\n"
                    "    client.set_registered_model_alias.assert_called_once()\n"
                    "\n"
                    "\n"
                    "def test_weak_model_is_refused():\n"
                    "    client = mock.Mock()\n"
                    "    assert not promote(client, 'churn', '8', f1=0.50)\n"
                    "    client.set_registered_model_alias.assert_not_called()\n"
                ),
            },
        ),
    )

    def run(self, project: Project) -> Iterator[Finding]:
        """Nothing to say statically: the gate sites are recorded as runtime targets by the
        engine and judged against coverage data by the pytest plugin."""
        return iter(())
