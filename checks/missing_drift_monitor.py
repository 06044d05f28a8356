"""ML003 missing-drift-monitor: a served or deployed model must be watched for drift."""

from __future__ import annotations

from collections.abc import Iterator

from pytest_mllens import Check, Example, Finding, OptionSpec, Project
from pytest_mllens.gates import deploy_sites
from pytest_mllens.knowledge import matches_any


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
        "Hand-written statistical drift code (KS/PSI on features) and cloud consoles configured outside the repository are not recognised; list such functions in monitor-functions.",
    )
    options = {
        "monitor-functions": OptionSpec("list[str]", [], "Qualified names (globs) of project functions whose call counts as drift monitoring."),
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
                "looked for: a drift or model-quality monitor call (SageMaker Model Monitor schedule, Evidently, NannyML, alibi-detect, whylogs, deepchecks) anywhere in the project; found none",
            ),
        )

    def _monitoring_evidence(self, project: Project) -> bool:
        patterns = tuple(self.settings["monitor-functions"])
        for facts in project.files:
            if project.role(facts, "monitoring") is not None:
                return True
            if patterns and any(matches_any(call.name, patterns) for call in facts.calls):
                return True
        return False


