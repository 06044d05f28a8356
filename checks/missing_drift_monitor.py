"""ML003 missing-drift-monitor: a served or deployed model must be watched for drift."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from pytest_mllens import Check, Example, Finding, OptionSpec
from pytest_mllens.findings import abridge

if TYPE_CHECKING:
    from pytest_mllens import Project


SERVE_SNIPPET = "import joblib\nfrom fastapi import FastAPI\n\napp = FastAPI()\nmodel = joblib.load('model.joblib')\n"


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
    looks_for = (
        "A drift or model-quality monitor anywhere in the project: SageMaker Model Monitor, its CDK or CloudFormation resources or pipeline check steps; a drift detector declared in Seldon Core or KServe manifests (alibi-detect); Vertex AI, Azure ML (SDK or schedule YAML) or Databricks model monitoring; Evidently, NannyML, alibi-detect, whylogs, Deepchecks, TorchDrift, popmon, river or Frouros drift detectors; TFDV skew/drift statistics; Arize or Fiddler uploads; a scipy two-sample test or PSI comparing reference with current data; a model-quality metric on recent data published to CloudWatch, Prometheus or a monitoring table; an alarm on a drift metric."
    )
    fix = "Capture inference data and schedule a drift or model-quality monitor against a training baseline (SageMaker Model Monitor or its CDK resources, Azure ML or Vertex AI model monitoring, Evidently, NannyML, alibi-detect, whylogs), or publish a drift statistic or a metric on recent ground truth where an alarm watches it."
    limitations = (
        "Monitoring is project-wide evidence: one monitor anywhere satisfies every served model. The one project finding is anchored where a model is most clearly served: a deploy call, a declared endpoint or a module that serves or loads the model itself before an app whose model is loaded in a module it imports, then by path and line. A module that monitors, whether through a known API or hand-written code (below), gets the monitoring role, with its reason, in the project model and the JSON report; a training module whose drift library only compares its training data with a held-out split (`report.run(reference_data=X_train, current_data=X_test)`, no current or production data named anywhere in it) does not: that checks the split, not what the model meets in production. A SageMaker deploy() that captures no traffic (no data_capture_config=; through boto3 or the CDK, an endpoint configuration that spells its production variants but no DataCaptureConfig / data_capture_config) is reported on its own only when a monitor is set up in the same module or notebook (that monitor cannot see the endpoint); uncaptured deploys elsewhere in a monitored project are not reported, and in an unmonitored one they are listed in the one project finding.",
        "Exposure is decided by what the repository itself defines: a hosting module that serves a model (a model server, inference handler, scoring script or Lambda handler by what it is; a web or UI app, or a program a container or Procfile starts, only when it or a project module it imports, at top level or inside a route, loads a model, asks an endpoint for predictions, predicts or trains: a health check or a dashboard of run metadata is hosting code for ML001 but exposes no model), a call that deploys an endpoint, a command that serves a registered or logged model (`mlflow models serve -m models:/... or runs:/...` in a shell script, Makefile, Dockerfile CMD/ENTRYPOINT, Procfile or YAML command, or as the literal command or argument list a Python file gives os.system or subprocess; `mlflow server` and `mlflow ui` serve none; TorchServe `--models`, Triton `--model-repository` and TF Serving `--model_base_path` serve whatever store they are pointed at), a batch prediction (Vertex AI Model.batch_predict, BatchPredictionJob.create, ModelBatchPredictOp; a SageMaker transformer or create_transform_job; an Azure ML batch endpoint invoked), a ZenML model deployer step imported or deploy_model called, an endpoint declared as infrastructure (CDK in Python, TypeScript or JavaScript, CloudFormation YAML or JSON, Terraform, Bicep, Pulumi), a TFX Pusher (it copies the model to where it is served), a promotion to a serving stage or alias (also a model-version tag such as `app_stage` = `Production`, or a Kubernetes Deployment the project creates for a registered model), a Lambda a serverless.yml declares, a Google Cloud Function a deploy step names (the deploy-cloud-functions action's entry_point:, gcloud functions deploy --entry-point) or an Azure Functions app, when its code loads a model or asks an endpoint for predictions (invoke_endpoint, or an HTTP request to a managed endpoint's scoring URL such as *.inference.ml.azure.com/score), or a registration straight to 'Approved' (the same promotion in one call, e.g. SageMaker approval_status='Approved', also as a pipeline parameter's default: what deploys approved versions may be code the tool cannot read). So does any release that publishes a model: a registration (MLflow register_model or log_model(registered_model_name=), Vertex AI Model.upload, SageMaker model packages, Azure ML Model.register, also one that waits for approval), a Hugging Face Hub push or a W&B model artifact. A published model is there to be served, by this repository or another, so the lens asks for it to be monitored; the finding is anchored at a deploy or a hosting module when there is one, at the publishing call otherwise. Saving a model file exposes nothing by itself (the module that serves the file is the exposure). An Azure ML command component that scores a test split inside a training pipeline (loaded with load_component or defined with command(), in a file that deploys no batch endpoint) is not hosting either. A promotion to a literal non-serving target (Staging, Archived, challenger, candidate, ...) and a SageMaker local-mode deploy (instance_type='local') expose nothing either. Training-only projects that publish nothing and libraries therefore stay quiet.",
        "Declared monitoring counts like called monitoring: AWS CDK CfnMonitoringSchedule and the Cfn*JobDefinition resources (data quality, model quality, bias, explainability), SageMaker Pipelines QualityCheckStep/ClarifyCheckStep with their check configurations and DriftCheckBaselines, Azure ML MonitorSchedule/MonitorDefinition and signals, Vertex AI monitoring objectives and batch-prediction monitoring (SDK and gapic types), Databricks Lakehouse Monitoring, TFDV validate_statistics with serving or previous statistics. Kubernetes manifests count too: a Seldon Core v2 Model served by the alibi-detect runtime (requirements: alibi-detect) whose name or storageUri names a drift detector, Seldon's alibi-detect-server image run as a DriftDetector (Seldon Core v1, KServe, Knative), and a KServe InferenceService or SeldonDeployment whose payload logger url names a drift detector; an alibi-detect outlier detector, a message-dumper logger or the word drift in a comment or a model's name are not monitoring. A schedule defined outside Python counts when code reads it (DefaultModelMonitor.attach, describe_monitoring_schedule, list_monitoring_executions). CfnEndpointConfig(data_capture_config=...) and request-response logging are capture, not monitoring.",
        "A ZenML Evidently or Deepchecks drift step counts only when its call names current data (inference, production, live, current, serving, ...) as well as a reference; the same step comparing a train split with a test split is validation.",
        "Hand-written statistical drift code counts only in two shapes: a scipy two-sample test or distance (ks_2samp, kstest, chisquare, chi2_contingency, wasserstein_distance, jensenshannon, entropy, ...) whose arguments, or the parameters of the function calling it, name both a reference sample (reference, ref, baseline, train, expected, ...) and a current one (current, cur, production, prod, live, serving, inference, actual, analysis, new, today, captured, ...), or the parameters of any function around it (a helper nested in a pipeline component); the same test inside a function named for drift or skew (not a docstring: its name) that the project calls or hands to a call (`component(func=feature_drift_check)`); and a project function with such reference/current parameters that bins (numpy.histogram/percentile/quantile/digitize, pandas.cut/qcut, value_counts) and takes a log (a PSI or KL implementation; its nested helpers count as its body) and is called somewhere, or such a function inside a drift-named function the project runs. A KS statistic between classes (scores of positives vs negatives) or a train/test comparison is evaluation, not drift monitoring.",
        "Hand-written model-quality monitoring needs both halves in one function (or module code) outside training modules: a metric (a known metric API such as sklearn.metrics, a two-sample test, or a project function computing one) over recent or ground-truth data (its names mention actuals, ground truth, feedback, labels, a time window, production or captured data) and a call that publishes or stores it for alerting (CloudWatch put_metric_data, a Prometheus gauge's set, Cloud Monitoring time series, Datadog gauges, a write to a table named for monitoring or metrics). A metric that is only printed or logged to an experiment tracker is evaluation.",
        "Operational monitoring (Prometheus counters, latency histograms, CloudWatch latency alarms, request and prediction logging) is not drift monitoring, whatever its folder or function is called; nor are EarlyStopping/ModelCheckpoint(monitor=...), a README dashboard link or the word drift in a docstring.",
        "Infrastructure outside Python is read as text, without a parser: CloudFormation YAML and JSON templates (`*.template.json`), Terraform `resource` blocks, Bicep `resource` declarations, and TypeScript/JavaScript CDK or Pulumi files named like a stack or under an infrastructure folder (cdk/, infra/, deploy/; not cdk.out), where a construct counts only when it comes from the SageMaker module. Monitors configured in the console or another repository are not seen; list a project function that stands for them in monitor-functions. The request of a gapic create_batch_prediction_job is often a dict whose monitoring config is not visible, so that call is not counted as exposure either.",
    )
    options = {
        "monitor-functions": OptionSpec("list[str]", [], "Qualified names (globs) of project functions whose call counts as drift monitoring.", pattern="qualified-name"),
        "require-data-capture": OptionSpec("bool", True, "Report SageMaker deploy() calls, and boto3 create_endpoint_config() or CDK CfnEndpointConfig endpoint configurations, that do not enable data capture."),
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
                "serve.py": "import joblib\nfrom flask import Flask\n\napp = Flask(__name__)\nmodel = joblib.load('model.joblib')\n",
                "monitoring/__init__.py": '"""Drift monitoring lives here (TODO)."""\n',
                "monitoring/report.py": "import pandas as pd\n\ndef drift_summary(df):\n    '''Check for drift.'''\n    return df.describe()\n",
            },
            expect=("serve.py:4",),
        ),
        Example(
            "a health-check app and a dashboard of run metadata serve no model: the model the training script saves is served elsewhere",
            {
                "train.py": (
                    "import joblib\n"
                    "from sklearn.linear_model import LogisticRegression\n"
                    "\n"
                    "model = LogisticRegression().fit(X_train, y_train)\n"
                    "joblib.dump(model, 'model.joblib')\n"
                ),
                "ops/health.py": "from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get('/health')\ndef health():\n    return {'status': 'ok'}\n",
                "ops/runs.py": (
                    "from flask import Flask, jsonify\n"
                    "from mlflow.tracking import MlflowClient\n"
                    "\n"
                    "app = Flask(__name__)\n"
                    "\n"
                    "@app.get('/runs')\n"
                    "def runs():\n"
                    "    found = MlflowClient().search_runs(['1'], max_results=20)\n"
                    "    return jsonify([{'id': r.info.run_id, 'auc': r.data.metrics.get('auc')} for r in found])\n"
                ),
            },
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
            "a holdout score that is printed and a latency that is published are not model-quality monitoring",
            {
                "serve.py": SERVE_SNIPPET,
                "jobs/backtest.py": (
                    "import boto3\n"
                    "from sklearn.metrics import mean_absolute_error\n"
                    "\n"
                    "def backtest(y_holdout, y_pred):\n"
                    "    print(mean_absolute_error(y_holdout, y_pred))\n"
                    "\n"
                    "def publish_latency(ms):\n"
                    "    boto3.client('cloudwatch').put_metric_data(Namespace='svc', MetricData=[{'MetricName': 'LatencyMs', 'Value': ms}])\n"
                ),
            },
            expect=("serve.py:4",),
        ),
        Example(
            "a nightly job publishes the error of last week's predictions against actual sales to CloudWatch",
            {
                "serve.py": SERVE_SNIPPET,
                "jobs/quality.py": (
                    "import boto3\n"
                    "from sklearn.metrics import mean_absolute_error\n"
                    "\n"
                    "def publish_error(predictions, actuals, window_days=7):\n"
                    "    joined = predictions.merge(actuals, on='order_id')\n"
                    "    mae = mean_absolute_error(joined['actual_units'], joined['predicted_units'])\n"
                    "    boto3.client('cloudwatch').put_metric_data(Namespace='forecast/quality', MetricData=[{'MetricName': 'MAE', 'Value': mae}])\n"
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
        from pytest_mllens.model.roles.monitoring import PUBLISHED_RANK, exposures, monitoring_evidence

        monitors = monitoring_evidence(project, tuple(self.settings["monitor-functions"]))
        exposed = exposures(project)
        if not exposed:
            return
        uncaptured = self._uncaptured_deploys(project)
        if monitors:
            # Monitoring is project-wide evidence, but a monitor set up next to a deploy that
            # captures nothing (same module or notebook) is watching an endpoint it cannot see.
            monitored_files = {m.path for m in monitors}
            yield from (f for f in uncaptured if f.path in monitored_files)
            return
        # anchored where a model is most clearly served (a deploy call, a module that loads the
        # model, before an app whose model is loaded elsewhere), then by place: deterministic
        ordered = sorted(exposed, key=lambda e: (e.rank, e.path, e.line, e.reason))
        first = ordered[0]
        # the terminal shows the first few exposures; the reports list every one (more_evidence)
        shown, more = abridge([e.reason for e in ordered], 5)
        finding = self.finding(
            first.path,
            first.line,
            1,
            # a project that only publishes (registers, pushes to a hub) says so: nothing here serves
            "the project publishes a model for serving but nothing monitors data drift or model quality"
            if first.rank >= PUBLISHED_RANK
            else "the project serves or deploys a model but nothing monitors data drift or model quality",
            (
                *shown,
                *([f"{len(uncaptured)} SageMaker deploy or endpoint-configuration call(s) capture no traffic either (data_capture_config=, DataCaptureConfig=), e.g. {uncaptured[0].path}:{uncaptured[0].line}"] if uncaptured else []),
                "looked for: a drift or model-quality monitor anywhere in the project (a cloud monitoring service, a drift-detection library, a statistical test of reference against current data, or a model metric published where an alarm watches it; the full list: --mllens-explain ML003); found none",
            ),
        )
        yield replace(finding, more_evidence=more, project_wide=True)

    def _uncaptured_deploys(self, project: Project) -> list[Finding]:
        from pytest_mllens.model.releases.gates import deploy_sites
        from pytest_mllens.model.roles.endpoint_capture import uncaptured_configs
        from pytest_mllens.model.roles.monitoring import is_local_mode

        if not self.settings["require-data-capture"]:
            return []
        found = []
        for site in deploy_sites(project):
            keyword = site.rule.capture_keyword
            if site.action == "deploys" and keyword and not is_local_mode(site.call) and (not site.call.has_keyword(keyword) or site.call.keyword(keyword) in (None, False)):
                found.append(
                    self.finding(
                        site.facts.path,
                        site.call.line,
                        site.call.col,
                        f"{site.call.name}() {site.rule.says} without data capture, so no monitor can see its traffic",
                        (f"release call: {site.call.name}() has no {keyword}= argument", "expected: data_capture_config=DataCaptureConfig(enable_capture=True, ...)"),
                    )
                )
        for config in uncaptured_configs(project):
            call = config.call
            found.append(
                self.finding(
                    config.facts.path,
                    call.line,
                    call.col,
                    f"{call.name}() {config.says} without data capture, so no monitor can see its endpoint's traffic",
                    (f"endpoint configuration: {config.facts.location(call.line)} {call.name}() has no {config.keyword}= argument", f"expected: {config.expected}"),
                )
            )
        return sorted(found, key=lambda f: (f.path, f.line, f.column))
