"""ML003 missing-drift-monitor: a served or deployed model must be watched for drift."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pytest_mllens import Check, Example, Finding, OptionSpec, Project
from pytest_mllens.facts.records import FileFacts
from pytest_mllens.model.gates import deploy_sites
from pytest_mllens.model.knowledge import matches_any

TWO_SAMPLE_TESTS = frozenset(
    {
        "scipy.stats.ks_2samp",
        "scipy.stats.kstest",
        "scipy.stats.cramervonmises_2samp",
        "scipy.stats.anderson_ksamp",
        "scipy.stats.epps_singleton_2samp",
        "scipy.stats.chisquare",
        "scipy.stats.chi2_contingency",
        "scipy.stats.wasserstein_distance",
        "scipy.stats.energy_distance",
        "scipy.stats.entropy",
        "scipy.spatial.distance.jensenshannon",
    }
)
"""Two-sample tests and distribution distances: drift evidence when they compare a reference with current data."""

REFERENCE_WORDS = frozenset({"reference", "ref", "baseline", "train", "training", "expected", "historical", "previous", "prev", "old"})
CURRENT_WORDS = frozenset({"current", "cur", "curr", "production", "prod", "live", "serving", "online", "inference", "recent", "latest", "incoming", "actual", "analysis"})
LOG_CALLS = frozenset({"numpy.log", "numpy.log2", "numpy.log10", "math.log"})
BINNING_CALLS = frozenset({"numpy.histogram", "numpy.histogram_bin_edges", "numpy.percentile", "numpy.quantile", "numpy.digitize", "pandas.cut", "pandas.qcut"})


class MissingDriftMonitor(Check):
    id = "ML003"
    name = "missing-drift-monitor"
    summary = "A model is served or deployed but nothing monitors data drift or model quality."
    practices = ("MLPERF06-BP03", "MLOPS06-BP02", "MLPERF06-BP04")
    principle = "detect_data_drift"
    rationale = (
        "Production data drifts away from the training data and accuracy decays silently. "
        "The lens asks for deployed models to be monitored for data drift and model quality, "
        "with captured inference data compared against a training baseline."
    )
    fix = "Capture inference data and schedule a drift monitor (SageMaker DefaultModelMonitor, Evidently, NannyML, alibi-detect, whylogs) against a training baseline."
    limitations = (
        "Monitoring is project-wide evidence: one monitor anywhere satisfies every served model.",
        "Hand-written statistical drift code counts only in two shapes: a scipy two-sample test or distance (ks_2samp, kstest, chisquare, chi2_contingency, wasserstein_distance, jensenshannon, entropy, ...) whose arguments, or the parameters of the function calling it, name both a reference sample (reference, ref, baseline, train, expected, ...) and a current one (current, cur, production, prod, live, serving, actual, analysis, ...); and a project function with such reference/current parameters that bins (numpy.histogram/percentile/quantile/digitize, pandas.cut/qcut, value_counts) and takes a log (a PSI or KL implementation) and is called somewhere. A KS statistic between classes (scores of positives vs negatives) or a train/test comparison is evaluation, not drift monitoring.",
        "Operational monitoring (Prometheus counters, latency histograms, CloudWatch metrics, logging) is not drift monitoring, whatever its folder or function is called.",
        "Cloud monitors configured outside the repository (console, Terraform, CloudFormation) are not seen; list a project function that stands for them in monitor-functions.",
    )
    options = {
        "monitor-functions": OptionSpec("list[str]", [], "Qualified names (globs) of project functions whose call counts as drift monitoring.", pattern="qualified-name"),
        "require-data-capture": OptionSpec("bool", True, "Report SageMaker deploy() calls that do not enable data capture."),
    }
    examples = (
        Example(
            "FastAPI service with no monitoring anywhere",
            {
                "app.py": (
                    "import joblib\n"
                    "from fastapi import FastAPI\n"
                    "\n"
                    "app = FastAPI(title='churn')\n"
                    "model = joblib.load('model.joblib')\n"
                ),
            },
            expect=("app.py:4",),
        ),
        Example(
            "SageMaker deploy without data capture",
            {
                "deploy.py": (
                    "from sagemaker.model_monitor import DefaultModelMonitor\n"
                    "\n"
                    "predictor = estimator.deploy(initial_instance_count=1, instance_type='ml.m5.xlarge')\n"
                    "monitor = DefaultModelMonitor(role=role, instance_count=1, instance_type='ml.m5.xlarge')\n"
                    "monitor.create_monitoring_schedule(endpoint_input=predictor.endpoint_name, output_s3_uri=out)\n"
                ),
            },
            expect=("deploy.py:3",),
        ),
        Example(
            "a monitoring/ folder and a docstring mentioning drift are not monitoring",
            {
                "serve.py": "from flask import Flask\n\napp = Flask(__name__)\n",
                "monitoring/__init__.py": '"""Drift monitoring lives here (TODO)."""\n',
                "monitoring/report.py": "import pandas as pd\n\ndef drift_summary(df):\n    '''Check for drift.'''\n    return df.describe()\n",
            },
            expect=("serve.py:3",),
        ),
        Example(
            "a KS statistic between classes and Prometheus latency metrics are not drift monitoring",
            {
                "serve.py": "import joblib\nfrom fastapi import FastAPI\n\napp = FastAPI()\nmodel = joblib.load('model.joblib')\n",
                "monitoring/metrics.py": (
                    "from prometheus_client import Counter, Histogram\n"
                    "\n"
                    "LATENCY = Histogram('predict_latency_seconds', 'latency')\n"
                    "DRIFT_ALERTS = Counter('drift_alerts_total', 'drift alerts')\n"
                ),
                "monitoring/ks.py": (
                    "from scipy.stats import ks_2samp\n"
                    "\n"
                    "def ks_score(scores, y_test):\n"
                    "    return ks_2samp(scores[y_test == 1], scores[y_test == 0]).statistic\n"
                ),
            },
            expect=("serve.py:4",),
        ),
        Example(
            "a scheduled job runs a KS test of each feature, reference against current data",
            {
                "serve.py": "import joblib\nfrom fastapi import FastAPI\n\napp = FastAPI()\nmodel = joblib.load('model.joblib')\n",
                "jobs/drift.py": (
                    "from scipy.stats import ks_2samp\n"
                    "\n"
                    "def drifted_features(reference, current, alpha=0.01):\n"
                    "    return [c for c in reference.columns if ks_2samp(reference[c], current[c]).pvalue < alpha]\n"
                ),
            },
        ),
        Example(
            "Evidently drift report over captured production data",
            {
                "serve.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
                "jobs/drift.py": (
                    "from evidently import Report\n"
                    "from evidently.presets import DataDriftPreset\n"
                    "\n"
                    "def run(reference, current):\n"
                    "    report = Report([DataDriftPreset()])\n"
                    "    return report.run(reference_data=reference, current_data=current)\n"
                ),
            },
        ),
        Example(
            "SageMaker endpoint with data capture and a Model Monitor schedule",
            {
                "deploy.py": (
                    "from sagemaker.model_monitor import DataCaptureConfig, DefaultModelMonitor\n"
                    "\n"
                    "capture = DataCaptureConfig(enable_capture=True, sampling_percentage=20, destination_s3_uri=uri)\n"
                    "predictor = model.deploy(initial_instance_count=1, instance_type='ml.m5.xlarge', data_capture_config=capture)\n"
                    "monitor = DefaultModelMonitor(role=role, instance_count=1, instance_type='ml.m5.xlarge')\n"
                    "monitor.suggest_baseline(baseline_dataset=train_csv, dataset_format=fmt)\n"
                    "monitor.create_monitoring_schedule(endpoint_input=predictor.endpoint_name, output_s3_uri=out)\n"
                ),
            },
        ),
    )

    def run(self, project: Project) -> Iterator[Finding]:
        # Registering a version exposes nothing; deploying an endpoint or promoting a
        # version to a serving stage/alias does.
        sites = [s for s in deploy_sites(project) if s.action in ("deploys", "promotes")]
        if self.settings["require-data-capture"]:
            for site in sites:
                keyword = site.rule.capture_keyword
                if keyword and (not site.call.has_keyword(keyword) or site.call.keyword(keyword) in (None, False)):
                    yield self.finding(
                        site.facts.path,
                        site.call.line,
                        site.call.col,
                        f"{site.call.name}() {site.rule.says} without data capture, so no monitor can see its traffic",
                        (f"release call: {site.call.name}() has no {keyword}= argument", "expected: data_capture_config=DataCaptureConfig(enable_capture=True, ...)"),
                    )
        monitor = self._monitoring_evidence(project)
        if monitor:
            return
        served = [(f, r.line, f"{f.path} is hosting code: {r.reason}") for f in project.files_with_role("hosting") for r in [project.role(f, "hosting")] if r]
        deployed = [(s.facts, s.call.line, f"{s.facts.path}:{s.call.line} {s.rule.says} ({s.call.name})") for s in sites]
        exposures = sorted(served + deployed, key=lambda item: (item[0].path, item[1]))
        if not exposures:
            return
        facts, line, _ = exposures[0]
        yield self.finding(
            facts.path,
            line,
            1,
            "the project serves or deploys a model but nothing monitors data drift or model quality",
            (
                *(evidence for _, _, evidence in exposures[:5]),
                *([f"... and {len(exposures) - 5} more"] if len(exposures) > 5 else []),
                "looked for: a drift or model-quality monitor anywhere in the project (SageMaker Model Monitor or Clarify monitors, Vertex AI or Azure ML model monitoring, Evidently, NannyML, alibi-detect, whylogs, Deepchecks, river or Frouros drift detectors, a scipy two-sample test or PSI comparing reference with current data); found none",
            ),
        )

    def _monitoring_evidence(self, project: Project) -> bool:
        patterns = tuple(self.settings["monitor-functions"])
        for facts in project.files:
            if project.role(facts, "monitoring") is not None:
                return True
            if patterns and any(matches_any(call.name, patterns) for call in facts.calls):
                return True
        return any(_statistical_drift(project, facts) for facts in project.files)


def _words(names: Iterable[str]) -> set[str]:
    """Lower-case words of identifiers: ``X_ref``, ``refDf`` and ``reference_df`` all give ``ref``/``reference``."""
    words: set[str] = set()
    for name in names:
        for part in re.split(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])", name):
            if part:
                words.add(part.lower())
    return words


def _compares_reference_with_current(names: Iterable[str]) -> bool:
    words = _words(names)
    return bool(words & REFERENCE_WORDS) and bool(words & CURRENT_WORDS)


def _statistical_drift(project: Project, facts: FileFacts) -> bool:
    """A scipy two-sample test, or a called PSI/KL function, comparing reference with current data."""
    params = {f.qualname: f.params for f in facts.functions}
    for call in facts.calls:
        if call.name in TWO_SAMPLE_TESTS:
            names = [*call.arg_names, *(n for _, group in call.keyword_names for n in group)]
            if _compares_reference_with_current(names) or _compares_reference_with_current(params.get(call.scope, ())):
                return True
    for function in facts.functions:
        if not _compares_reference_with_current(function.params):
            continue
        body = [c for c in facts.calls if c.scope == function.qualname]
        takes_log = any(c.name in LOG_CALLS for c in body)
        bins = any(c.name in BINNING_CALLS or c.method == "value_counts" for c in body)
        if takes_log and bins and _is_called(project, function.qualname.rpartition(".")[2]):
            return True
    return False


def _is_called(project: Project, short_name: str) -> bool:
    return any(call.method == short_name or short_name in call.arg_names for facts in project.files for call in facts.calls)


