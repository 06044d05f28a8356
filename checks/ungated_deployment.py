"""ML002 ungated-deployment: no model is deployed, registered or promoted without an evaluation gate."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pytest_mllens import Check, Example, Finding, OptionSpec

if TYPE_CHECKING:
    from pytest_mllens import Project


class UngatedDeployment(Check):
    id = "ML002"
    name = "ungated-deployment"
    summary = "A model is deployed, registered or promoted without an evaluation gate."
    practices = ("MLPERF04-BP03", "MLOPS04-BP01")
    principle = "automate_training_and_evaluation_pipeline"
    rationale = (
        "A release that does not first compare the candidate's evaluation metric with a threshold "
        "or with the production model ships regressions automatically. The lens asks for a model "
        "performance evaluation pipeline whose result decides promotion."
    )
    fix = "Guard the release with the evaluation result, e.g. `if metrics['auc'] >= MIN_AUC:` or a ConditionStep / dsl.Condition whose true branch holds the deploy step."
    limitations = (
        "A gate is recognised by comparisons that involve metric-like names (auc, f1, rmse, score, threshold, champion, ...); a comparison of opaquely named values is not a gate to the tool (list the helper in gate-functions).",
        "Which way a comparison decides is read only when it is unambiguous: a single comparison of the candidate's metric, named by a word whose better direction is known (accuracy, auc, f1 higher; rmse, loss, error lower), with a number, a threshold or the production model's value. Then a release in the branch where the metric fails (`if accuracy < MIN_ACCURACY: register(...)`, the else of `if rmse < best_rmse:`, after `if auc >= MIN_AUC: return`) is not gated by it, unless it parks the model for review (a challenger or staging alias or stage); nor is a release made by the same call in both branches. Other comparisons (`and`/`or`, two candidate metrics, a score of unknown direction, a gate helper) count as gates whichever branch holds the release.",
        "The release-flow graph follows direct calls and function references within the project, pipeline steps that run a project script named by a literal (code='evaluate.py', script_name=, command='python register.py'), ordering by >>, <<, set_upstream/set_downstream, chain(), depends_on=, wait_for=, deps= (also on a Dagster @asset decorator, and asset parameters naming other assets), .after(), run_after, add_depends_on and Metaflow self.next, and data passed between steps in the same file; calls through instance methods of other classes, getattr, registries, orderings built in loops or across files are not followed.",
        "An evaluation step gates the steps ordered after it when it stops the run on a metric (a project function or script that raises, asserts or exits when a metric misses); a step that only writes its metrics gates nothing unless a ConditionStep, dsl.Condition or branch decides on them.",
        "Kubeflow dsl.Condition/dsl.If/dsl.Elif (and a dsl.Else right after them) and SageMaker ConditionStep branches (if_steps and else_steps) count as gates whatever their conditions compare, also when the steps reach the branches as arguments of the project function that builds the ConditionStep (by name, in a dict or list, by keyword or position); which branch an Airflow BranchPythonOperator picks is not checked.",
        "Releases through a platform's REST API are recognised by the route the URL ends with (Databricks serving-endpoints, MLflow model-versions, Vertex :deployModel and models:upload, Azure online deployments): an HTTP post/put, or a project helper posting to a URL built from its parameter; where the project calls a client method or a wrapper function from another module that makes such a call, each call is the release. A URL assembled from configuration files, or routes of other platforms, are not recognised.",
        "A SageMaker Model Registry registration whose approval status is not 'Approved' (absent, 'PendingManualApproval', or a run-time value other than a pipeline parameter defaulting to 'Approved') counts as gated by the registry's approval. A deploy that reads only Approved packages (list_model_packages(ModelApprovalStatus='Approved')) or a promoted MLflow stage/alias inherits the verdicts of every release in the project that writes that registry entry (matched by literal name when both name it), and is gated when none does; so does a deploy helper whose caller first reads the registry, also through a project wrapper function (registry.latest(stages=['Production'])).",
        "An Azure ML deploy of a model read back by name without a literal version (`ml_client.models.get(name=..., label='latest')`, a version computed at run time, v1 `Model(ws, name=...)`) inherits the verdicts of the project's registrations of that name (Azure ML, and MLflow registrations, since a workspace is its runs' MLflow registry); when the project registers no such model the deploy is judged on its own path.",
        "ZenML pipelines of the API before 0.40 that take their steps as parameters are read through the steps bound where the pipeline is instantiated by keyword (`p(deployment_trigger=deployment_trigger(...), model_deployer=mlflow_model_deployer_step(...))`): the deployer (a built-in deployer step, or a project step that returns early unless its decision input is true) is gated when its decision input comes from the bound trigger step that compares a metric; steps bound by position are not followed.",
        "A TensorFlow SavedModel exported (tf.saved_model.save, Keras save_model / model.save / model.export, an Estimator's export_saved_model) into a folder a TensorFlow Serving container serves is a release when the export path resolves to that folder or one inside it and the folder is bind-mounted into a tensorflow/serving container (docker-compose volumes, docker run -v / --mount in a shell script or Makefile) or copied into an image FROM tensorflow/serving (from the Dockerfile's folder or the project root); Kubernetes volumes, cloud storage model base paths and copies of an export made by a later step are not followed.",
        "A file handoff (training writes the model where serving code loads it) is a release when both sides name the same file, Hugging Face model folder (save_pretrained / Trainer.save_model, then from_pretrained / pipeline(model=)) or object key (an upload, or a Keras save to an s3:// URI, and the download of that key), or when training writes into a folder whose files the serving code lists and loads (os.listdir, glob, Path.glob): a load counts for serving in a hosting module or in a function a hosting module reaches through project calls (a predictor class it constructs, a model_load() beside the training code that saves nothing itself). Paths are read from literals, module constants (also imported), str.format and f-string templates, os.path.join and pathlib joins, environment defaults, config keys and attributes a class binds; a parameter's default is followed only for a class's folder (`def __init__(self, models_dir='models')`) and for the folder a loader lists, and a path passed to a constructor or a helper's other parameters is not. A companion saved beside the model (a tokenizer, a vectorizer, a scaler) is no release.",
        "A file handoff through a build step is a release at the training save of the file the step takes into serving: a Dockerfile COPY/ADD of it into an image whose serving code loads it (ENV/ARG and WORKDIR place both), torch-model-archiver --serialized-file naming it (Dockerfile RUN, shell script, Makefile, CI step: the TorchServe archive), an object key a build spec or CI job copies (aws s3 cp, gsutil cp) in a file that also builds, pushes or deploys (before that step), a dvc.yaml stage output (a file, or a folder holding it) the app loads, written by the stage's script under a folder its command line names, a Makefile or shell cp to where the app loads it, a docker-compose bind mount of it into a service the compose file builds, where the image's serving code loads it, and package data (MANIFEST.in, [tool.setuptools.package-data]) the package's own serving code loads; setup.py package_data dictionaries, variables in build commands and copies between images (COPY --from) are not read.",
        "A Databricks job task gated by a condition_task counts as gated only when the task value the condition reads is set, in the upstream task's script, behind a metric decision, or the condition itself holds a metric-named task value to a number or another value (`{{tasks.evaluate.values.holdout_mae}} LESS_THAN 1250`); a condition on anything else (a data refresh flag) gates nothing. Which outcome a task waits for (`outcome: \"false\"`) is not read yet.",
        "A registry read inherits the verdicts of the writes it reads: of the same registered model, and of the same alias or stage when both name it literally (a deploy of `@champion` is not judged by a `shadow` alias). A deploy that picks the newest package whose status is Approved in a loop over an unfiltered listing reads approved packages only. A condition on a registry status gates only when it lets Approved versions through (`== \"Approved\"` around the release, `!= \"Approved\"` before an early exit); an approver of every PendingManualApproval package decides nothing. A pipeline start passing ModelApprovalStatus=Approved to a pipeline of the project that has no such parameter approves nothing. A notebook's save into the BentoML model store counts only when the project serves from the store (a bentofile.yaml, or code reading the store).",
        "A component wired into pipelines both behind a gate and without one is reported at the ungated wiring; wired only without a gate, it is reported at the release inside the component.",
        "More file handoffs: a Keras ModelCheckpoint(filepath=...) saves the model being trained (save_best_only is no gate; Lightning checkpoints are not matched), also when the path reaches it through the class's constructor (`self.x = x`); a serving load whose path is a template filled per request (`models/{name}_model.pkl`) is matched by literal saves it can produce only when the saved object was fitted or returned by a training function; a /train route of the serving app that saves the model it just trained to a path spelled like another route's load is a release; a project path registry (nested classes binding file names) matches on the full attribute name; a CI or shell step uploading the trained file (aws s3 cp, gsutil cp, gcloud storage cp) is a release at the training save when the key is one serving code downloads. A training job writing into a platform's model folder (SageMaker SM_MODEL_DIR, /opt/ml/model) is no file release: the platform packs the folder and its register or deploy call is the release. Online retraining inside a server class (saving to its own folder and reloading) is not detected.",
        "A release called on a function parameter is recognised when the parameter is annotated with a plain class name, or when every project caller passes a variable built by one class (a constructor, or a factory whose return type names it); `kwargs[\"model\"]` or a `model` parameter in an on_* method of a transformers TrainerCallback subclass is the trained model. Optional/union/string annotations and attributes filled by tuple unpacking are not followed. Azure ML v1 register_model on a run the tool cannot type counts by its model_path= keyword in modules that import azureml.",
        "An approval filter added to a request dict item by item (`kwargs[\"ModelApprovalStatus\"] = \"Approved\"`) counts only when written unconditionally. An update_model_package to a literal Rejected or PendingManualApproval status is no release. A version tag that records a promotion (`promoted_to_champion`, `deployed_at`, a timestamp) is no release; a tag whose value names a stage is. A release in the branch of an `if` on a flag named for a rollback (`rolled_back`, `revert`) restores the previous model and is no ungated path. Checks collected as (name, passed) pairs and combined with all()/any() gate like `and`. A script run only by a workflow_dispatch workflow is judged as if nothing gated it: the dispatch request made under a metric comparison elsewhere is not followed, nor is workflow_run chaining.",
        "A bare None test of a score (`if best_f1 is None: raise`, `if prod_auc is not None:`) is no gate; only the branch where an incumbent is missing (`if champion is None: promote()`) counts, as the bootstrap of a champion/challenger gate. A load at import time serves when a function of its module that uses the loaded object is reached from hosting code; a bare relative file name written from a subfolder module matches only a hosting module at the repository root that loads the same name, when project code calls the writing function; a dump of a value kept beside the model (a feature list: a not-model word in both the object's and the file's name, nothing fitted) is no release. Not read yet: a path parameter's default value (`def save(model, path=MODEL_PATH)` called without a path), constants inside the middle of an f-string, AWS Step Functions SDK Choice states, boto3 Bucket.Object(key).upload_file.",
        "Stage order declared in infrastructure code is not read: an AWS CodePipeline (CloudFormation or CDK) whose deploy action runs after a test action that fails the pipeline, or Azure DevOps stages after a stage that fails on a bad evaluation, gates the release without the tool seeing it; suppress the finding with the pipeline as the reason, or list the test function in gate-functions.",
    )
    options = {
        "gate-functions": OptionSpec("list[str]", [], "Qualified names (globs) of project functions that act as gates, e.g. 'ml.quality.require_*'.", pattern="qualified-name"),
        "actions": OptionSpec("list[str]", ["deploys", "registers", "promotes"], "Which kinds of release sites need a gate.", choices=("deploys", "registers", "promotes")),
    }
    examples = (
        Example(
            "SageMaker release script that deploys whatever was trained",
            {
                "release.py": (
                    "import sagemaker\n"
                    "from sagemaker.model import Model\n"
                    "from sagemaker.model_monitor import DataCaptureConfig\n"
                    "\n"
                    "def release(model_data: str, role: str) -> None:\n"
                    "    model = Model(image_uri=IMAGE, model_data=model_data, role=role)\n"
                    "    model.deploy(\n"
                    "        initial_instance_count=1,\n"
                    "        instance_type='ml.m5.large',\n"
                    "        data_capture_config=DataCaptureConfig(enable_capture=True, destination_s3_uri=CAPTURE),\n"
                    "    )\n"
                ),
            },
            expect=("release.py:7",),
        ),
        Example(
            "MLflow registration right after training",
            {
                "train.py": (
                    "import mlflow\n"
                    "import mlflow.sklearn\n"
                    "from sklearn.ensemble import RandomForestClassifier\n"
                    "\n"
                    "with mlflow.start_run():\n"
                    "    clf = RandomForestClassifier().fit(X_train, y_train)\n"
                    "    mlflow.sklearn.log_model(clf, 'model', registered_model_name='churn')\n"
                ),
            },
            expect=("train.py:7",),
        ),
        Example(
            "a sibling that returns early on its own metric does not gate a later rollback",
            {
                "release.py": (
                    "from mlflow import MlflowClient\n"
                    "\n"
                    "client = MlflowClient()\n"
                    "\n"
                    "def promote(version, auc, champion_auc):\n"
                    "    if auc < champion_auc:\n"
                    "        return False\n"
                    "    client.set_registered_model_alias('churn', 'champion', version)\n"
                    "    return True\n"
                    "\n"
                    "def rollback(version):\n"
                    "    client.set_registered_model_alias('churn', 'champion', version)\n"
                    "\n"
                    "def main(command, version, auc, champion_auc):\n"
                    "    if command == 'promote':\n"
                    "        return promote(version, auc, champion_auc)\n"
                    "    rollback(version)\n"
                ),
            },
            expect=("release.py:12",),
        ),
        Example(
            "promotion gated on a comparison with the production model",
            {
                "promote.py": (
                    "from mlflow import MlflowClient\n"
                    "\n"
                    "client = MlflowClient()\n"
                    "\n"
                    "def promote(candidate, champion_auc: float) -> None:\n"
                    "    auc = client.get_run(candidate.run_id).data.metrics['val_auc']\n"
                    "    if auc <= champion_auc:\n"
                    "        raise SystemExit(f'candidate AUC {auc:.3f} does not beat champion {champion_auc:.3f}')\n"
                    "    client.set_registered_model_alias('churn', 'champion', candidate.version)\n"
                ),
            },
        ),
        Example(
            "gate in a helper imported from another module",
            {
                "quality.py": "MIN_F1 = 0.82\n\ndef passes_gate(metrics: dict) -> bool:\n    return metrics['f1'] >= MIN_F1\n",
                "release.py": (
                    "import mlflow\n"
                    "from quality import passes_gate\n"
                    "\n"
                    "def release(run_id, metrics):\n"
                    "    if passes_gate(metrics):\n"
                    "        mlflow.register_model(f'runs:/{run_id}/model', 'fraud')\n"
                ),
            },
        ),
        Example(
            "SageMaker pipeline: RegisterModel only in the ConditionStep's if_steps",
            {
                "pipeline.py": (
                    "from sagemaker.workflow.condition_step import ConditionStep\n"
                    "from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo\n"
                    "from sagemaker.workflow.functions import JsonGet\n"
                    "from sagemaker.workflow.step_collections import RegisterModel\n"
                    "\n"
                    "step_register = RegisterModel(name='Register', estimator=xgb, model_data=model_data,\n"
                    "    content_types=['text/csv'], response_types=['text/csv'], model_package_group_name='churn')\n"
                    "cond = ConditionGreaterThanOrEqualTo(\n"
                    "    left=JsonGet(step_name=step_eval.name, property_file=report, json_path='metrics.auc.value'),\n"
                    "    right=0.8)\n"
                    "step_cond = ConditionStep(name='CheckAUC', conditions=[cond], if_steps=[step_register], else_steps=[])\n"
                ),
            },
        ),
        Example(
            "deploy function whose only caller is gated",
            {
                "deploy.py": (
                    "def push(estimator):\n"
                    "    return estimator.deploy(initial_instance_count=1, instance_type='ml.c5.xlarge',\n"
                    "                            data_capture_config=capture)\n"
                    "\n"
                    "def main(estimator, report):\n"
                    "    assert report['rmse'] < 3.5, 'model worse than baseline'\n"
                    "    push(estimator)\n"
                ),
            },
        ),
        Example(
            "one deploy component, wired in behind dsl.If in one pipeline and without it in another: the finding is at the ungated wiring",
            {
                "components.py": (
                    "from kfp import dsl\n"
                    "\n"
                    "@dsl.component(packages_to_install=['google-cloud-aiplatform'])\n"
                    "def upload(model: dsl.Input[dsl.Model]):\n"
                    "    from google.cloud import aiplatform\n"
                    "    aiplatform.Model.upload(display_name='eta', artifact_uri=model.uri, serving_container_image_uri=IMAGE)\n"
                ),
                "pipelines.py": (
                    "from kfp import dsl\n"
                    "from components import upload\n"
                    "from steps import evaluate, train\n"
                    "\n"
                    "@dsl.pipeline(name='eta-weekly')\n"
                    "def weekly():\n"
                    "    trained = train()\n"
                    "    with dsl.If(evaluate(model=trained.output).output >= 0.8):\n"
                    "        upload(model=trained.output)\n"
                    "\n"
                    "@dsl.pipeline(name='eta-hotfix')\n"
                    "def hotfix():\n"
                    "    upload(model=train().output)\n"
                ),
            },
            expect=("pipelines.py:13",),
        ),
        Example(
            "a deploy Lambda that ships only Approved packages, behind a registration that waits for manual approval",
            {
                "pipeline.py": (
                    "from sagemaker.workflow.step_collections import RegisterModel\n"
                    "\n"
                    "register = RegisterModel(name='Register', estimator=xgb, model_data=model_data, content_types=['text/csv'],\n"
                    "    response_types=['text/csv'], model_package_group_name='churn', approval_status='PendingManualApproval')\n"
                ),
                "deploy.py": (
                    "import boto3\n"
                    "\n"
                    "sm = boto3.client('sagemaker')\n"
                    "\n"
                    "def handler(event, context):\n"
                    "    latest = sm.list_model_packages(ModelPackageGroupName='churn', ModelApprovalStatus='Approved',\n"
                    "                                    SortBy='CreationTime', SortOrder='Descending')['ModelPackageSummaryList'][0]\n"
                    "    sm.create_model(ModelName=event['name'], ExecutionRoleArn=ROLE, PrimaryContainer={'ModelPackageName': latest['ModelPackageArn']})\n"
                    "    sm.update_endpoint(EndpointName='churn', EndpointConfigName=event['name'])\n"
                ),
            },
        ),
        Example(
            "A y/N confirmation prompt is not an evaluation gate, even when it says 'Production'",
            {
                "scripts/hotfix_register.py": (
                    "import sys\n"
                    "\n"
                    "import mlflow\n"
                    "\n"
                    "def hotfix(run_id: str) -> None:\n"
                    "    if input('register and move to Production? [y/N] ').strip().lower() != 'y':\n"
                    "        sys.exit('aborted')\n"
                    "    mlflow.register_model(f'runs:/{run_id}/model', 'card-fraud')\n"
                ),
            },
            expect=("scripts/hotfix_register.py:8",),
        ),
    )

    def run(self, project: Project) -> Iterator[Finding]:
        from pytest_mllens.model.releases.release_flow import release_flow  # only when the run is not cached

        actions = set(self.settings["actions"])
        patterns = tuple(self.settings["gate-functions"])
        flow = release_flow(project)
        for site in flow.releases:
            if site.action not in actions:
                continue
            verdict = flow.verdict(site, patterns)
            if verdict.gated:
                continue
            call = site.call
            # a component bound to a variable is called through it: name the variable
            name = call.receiver if site.rule.source.endswith("[[component]]") and call.receiver else call.name
            path = f"path without a gate: {verdict.render_path()}"
            expected = (
                "expected: a comparison of an evaluation metric with a threshold or the production model "
                "(if/assert/early exit, a gate helper, a ConditionStep or dsl.Condition, an evaluation step "
                "ordered before it, or a registry approval) on every path to this call"
            )
            for facts, where in verdict.sites:
                if where is call:
                    yield self.finding(
                        facts.path,
                        call.line,
                        call.col,
                        f"{name}() {site.rule.says} without an evaluation gate",
                        (f"release call: {name}() ({site.rule.framework or 'configured'}: {site.action})", path, expected),
                    )
                else:
                    yield self.finding(
                        facts.path,
                        where.line,
                        where.col,
                        f"{where.name}() wires in a release without an evaluation gate: {name}() {site.rule.says}",
                        (
                            f"release call: {name}() at {site.facts.location(call.line)} ({site.rule.framework or 'configured'}: {site.action})",
                            f"wired in elsewhere behind a gate ({verdict.evidence}); this wiring has none" if verdict.evidence else "this wiring has no gate",
                            path,
                            expected,
                        ),
                    )
