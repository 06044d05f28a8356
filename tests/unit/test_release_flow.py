"""The release-flow graph: verdicts by path, registry inheritance, wiring sites, rule validation."""

from __future__ import annotations

import time

import pytest

from pytest_mllens.model.releases.flow_rules import flow_rules_from_table
from pytest_mllens.model.knowledge import KnowledgeError
from pytest_mllens.model.releases.release_flow import release_flow
from pytest_mllens.testing import analyse_sources

PROMOTE = (
    "from mlflow import MlflowClient\n"
    "\n"
    "client = MlflowClient()\n"
    "\n"
    "def promote(version):\n"
    "    client.set_registered_model_alias('churn', 'champion', version)\n"
)


def _verdicts(files: dict[str, str]) -> dict[tuple[str, int], object]:
    project, _ = analyse_sources(files)
    flow = release_flow(project)
    return {(s.facts.path, s.call.line): flow.verdict(s) for s in flow.releases}


def test_graph_is_built_once_and_shared() -> None:
    """Project.release_flow returns the same graph every time it is asked."""
    project, _ = analyse_sources({"promote.py": PROMOTE})
    assert project.release_flow is project.release_flow is release_flow(project)


def test_ungated_path_is_reported_hop_by_hop_from_the_entry() -> None:
    """A release reached from an ungated caller shows the caller, then the release."""
    verdicts = _verdicts({"promote.py": PROMOTE, "cli.py": "from promote import promote\n\ndef main(v):\n    promote(v)\n"})
    verdict = verdicts[("promote.py", 6)]
    assert not verdict.gated
    assert verdict.render_path() == "promote() (cli.py:4) -> set_registered_model_alias() (promote.py:6)"


def test_release_is_gated_when_every_caller_passes_a_gate() -> None:
    """Two callers, each comparing the metric first: the release is gated (sanitiser on every path)."""
    cli = (
        "from promote import promote\n"
        "\n"
        "def nightly(v, auc):\n"
        "    if auc >= 0.8:\n"
        "        promote(v)\n"
        "\n"
        "def manual(v, auc):\n"
        "    assert auc > 0.85\n"
        "    promote(v)\n"
    )
    verdict = _verdicts({"promote.py": PROMOTE, "cli.py": cli})[("promote.py", 6)]
    assert verdict.gated and "every caller of promote()" in verdict.evidence


def test_deploy_of_approved_packages_inherits_the_registrations_verdict() -> None:
    """An approved-only reader is gated behind a pending registration and ungated behind an auto-approved one."""
    deploy = (
        "import boto3\n"
        "sm = boto3.client('sagemaker')\n"
        "def handler(event, context):\n"
        "    arn = sm.list_model_packages(ModelPackageGroupName='churn', ModelApprovalStatus='Approved')['ModelPackageSummaryList'][0]['ModelPackageArn']\n"
        "    sm.create_model(ModelName='churn', PrimaryContainer={'ModelPackageName': arn})\n"
    )
    register = "def build(model):\n    model.register(model_package_group_name='churn', content_types=['text/csv'], approval_status='{}')\n"
    pending = _verdicts({"deploy.py": deploy, "build.py": register.format("PendingManualApproval")})
    assert pending[("deploy.py", 5)].gated
    approved = _verdicts({"deploy.py": deploy, "build.py": register.format("Approved")})
    verdict = approved[("deploy.py", 5)]
    assert not verdict.gated
    assert [hop.where for hop in verdict.path] == ["build.py:2", "deploy.py:4", "deploy.py:5"]


def test_json_report_lists_every_release_with_its_verdict() -> None:
    """describe() gives one row per release: gated ones with their gate, ungated ones with the path."""
    project, _ = analyse_sources({"promote.py": PROMOTE.replace("def promote(version):\n", "def promote(version, auc):\n    if auc < 0.8:\n        return\n")})
    rows = release_flow(project).describe()
    assert rows == [
        {
            "kind": "promotes",
            "api": "mlflow.MlflowClient.set_registered_model_alias",
            "framework": "MLflow",
            "path": "promote.py",
            "line": 8,
            "gated": True,
            "gate": "early exit `if auc < 0.8` at promote.py:6",
        }
    ]


def test_malformed_flow_rules_are_all_reported() -> None:
    """An unknown table, an unknown key and a bad `reads` value are reported together."""
    with pytest.raises(KnowledgeError) as error:
        flow_rules_from_table({"oder": [], "read": [{"name": "x", "registry": "r", "reads": "latest", "says": "s", "colour": "red"}]}, "t.toml")
    message = str(error.value)
    assert "unknown table [[oder]]" in message and "unknown key 'colour'" in message and "reads: expected" in message


def test_many_paths_to_one_release_are_judged_in_linear_time() -> None:
    """Eight layers of six functions, each calling every function of the layer below (6^8 paths), are judged at once."""
    lines = ["from mlflow import MlflowClient\n", "client = MlflowClient()\n", "def level0_0(v):\n    client.set_registered_model_alias('m', 'prod', v)\n"]
    for level in range(1, 9):
        for index in range(6):
            below = "".join(f"    level{level - 1}_{i}(v)\n" for i in range(6 if level > 1 else 1))
            lines.append(f"def level{level}_{index}(v):\n{below}")
    project, _ = analyse_sources({"deep.py": "".join(lines)})
    flow = release_flow(project)
    started = time.process_time()  # CPU time: a guard against runaway backtracking, not a speed target, and blind to a busy machine
    verdict = flow.verdict(flow.releases[0])
    assert time.process_time() - started < 2.0
    assert not verdict.gated


def test_promotion_that_only_reads_the_champion_does_not_inherit_a_gate() -> None:
    """Reading the current champion and then moving the alias unconditionally is still ungated."""
    promote = (
        "from mlflow import MlflowClient\n"
        "client = MlflowClient()\n"
        "def promote(version):\n"
        "    old = client.get_model_version_by_alias('churn', 'champion')\n"
        "    print('replacing', old.version)\n"
        "    client.set_registered_model_alias('churn', 'champion', version)\n"
    )
    assert not _verdicts({"promote.py": promote})[("promote.py", 6)].gated


def test_create_model_is_a_release_alone_but_not_before_an_endpoint() -> None:
    """boto3 create_model for batch transform is a release; followed by update_endpoint, the endpoint is the release."""
    batch = (
        "import boto3\n"
        "sm = boto3.client('sagemaker')\n"
        "def score(uri):\n"
        "    sm.create_model(ModelName='ltv', ExecutionRoleArn=ROLE, PrimaryContainer={'Image': IMAGE, 'ModelDataUrl': uri})\n"
        "    sm.create_transform_job(TransformJobName='ltv', ModelName='ltv', TransformInput=INPUT, TransformOutput=OUTPUT, TransformResources=RES)\n"
    )
    serve = batch.replace(
        "    sm.create_transform_job(TransformJobName='ltv', ModelName='ltv', TransformInput=INPUT, TransformOutput=OUTPUT, TransformResources=RES)\n",
        "    sm.update_endpoint(EndpointName='ltv', EndpointConfigName='ltv')\n",
    )
    assert list(_verdicts({"batch.py": batch})) == [("batch.py", 4)]
    assert list(_verdicts({"serve.py": serve})) == [("serve.py", 5)]


def test_a_read_of_one_alias_inherits_only_the_writes_of_that_alias() -> None:
    """A deploy of the `champion` version is judged by the champion's promotions, not by an ungated `shadow` alias of the same model."""
    promote = (
        "from mlflow import MlflowClient\n"
        "client = MlflowClient()\n"
        "def promote(version, auc, champion_auc):\n"
        "    if auc >= champion_auc:\n"
        "        client.set_registered_model_alias('churn', 'champion', version)\n"
        "def shadow(version):\n"
        "    client.set_registered_model_alias('churn', 'shadow', version)\n"
    )
    serve = (
        "from databricks.sdk import WorkspaceClient\n"
        "from mlflow import MlflowClient\n"
        "def deploy(entities):\n"
        "    version = MlflowClient().get_model_version_by_alias('churn', 'champion').version\n"
        "    WorkspaceClient().serving_endpoints.update_config(name='churn', served_entities=entities(version))\n"
    )
    verdicts = _verdicts({"promote.py": promote, "serve.py": serve})
    assert verdicts[("promote.py", 5)].gated and not verdicts[("promote.py", 7)].gated
    assert verdicts[("serve.py", 5)].gated
    unlabelled = serve.replace("'churn', 'champion')", "'churn', alias)").replace("def deploy(entities)", "def deploy(entities, alias)")
    assert not _verdicts({"promote.py": promote, "serve.py": unlabelled})[("serve.py", 5)].gated


def _gated(files: dict[str, str], path: str, line: int) -> bool:
    return bool(_verdicts(files)[(path, line)].gated)


def _line_of(source: str, text: str) -> int:
    return next(number for number, line in enumerate(source.splitlines(), 1) if text in line)


def test_a_flag_set_after_a_best_checkpoint_comparison_decides_nothing() -> None:
    """`upload = True` under a command-line switch, after an `if val_loss < best_loss:` checkpoint save, is no metric decision."""
    train = (
        "from transformers import AutoModelForSequenceClassification\n"
        "def main(losses, publish):\n"
        "    model = AutoModelForSequenceClassification.from_pretrained('distilbert-base-uncased')\n"
        "    upload = False\n"
        "    best = float('inf')\n"
        "    for loss in losses:\n"
        "        if loss < best:\n"
        "            best = loss\n"
        "    if publish:\n"
        "        upload = True\n"
        "    if upload:\n"
        "        model.push_to_hub('acme/sentiment')\n"
    )
    inside = train.replace("            best = loss\n", "            best = loss\n            upload = True\n").replace("    if publish:\n        upload = True\n", "")
    assert not _gated({"train.py": train}, "train.py", _line_of(train, "push_to_hub"))
    assert _gated({"train.py": inside}, "train.py", _line_of(inside, "push_to_hub"))


def test_a_switch_or_a_file_check_named_like_a_decision_is_no_gate() -> None:
    """`deploy = cfg.get("deploy")` and `model_ok = os.path.exists(path)` guard nothing an evaluation decided."""
    register = (
        "import os\n"
        "import mlflow\n"
        "def register(cfg, run_id, path):\n"
        "    deploy = cfg.get('deploy', False)\n"
        "    model_ok = os.path.exists(path)\n"
        "    if deploy and model_ok:\n"
        "        mlflow.register_model(f'runs:/{run_id}/model', 'churn')\n"
    )
    assert not _gated({"register.py": register}, "register.py", 7)


def test_a_status_condition_gates_only_when_it_lets_approved_packages_through() -> None:
    """A warning under `!= "Approved"` and an approver of pending packages decide nothing; an early exit on `!= "Approved"` gates."""
    warn = (
        "import boto3\n"
        "sm = boto3.client('sagemaker')\n"
        "def deploy(name):\n"
        "    newest = sm.list_model_packages(ModelPackageGroupName='churn')['ModelPackageSummaryList'][0]\n"
        "    if newest['ModelApprovalStatus'] != 'Approved':\n"
        "        print('deploying an unapproved package')\n"
        "    sm.update_endpoint(EndpointName='churn', EndpointConfigName=name)\n"
    )
    stop = warn.replace("        print('deploying an unapproved package')\n", "        raise SystemExit('not approved')\n")
    approver = (
        "import boto3\n"
        "sm = boto3.client('sagemaker')\n"
        "def approve():\n"
        "    for package in sm.list_model_packages(ModelPackageGroupName='churn')['ModelPackageSummaryList']:\n"
        "        if package['ModelApprovalStatus'] == 'PendingManualApproval':\n"
        "            sm.update_model_package(ModelPackageArn=package['ModelPackageArn'], ModelApprovalStatus='Approved')\n"
    )
    in_else = approver.replace("== 'PendingManualApproval':\n", "== 'Approved':\n            print('already live')\n        else:\n")
    event = (
        "import boto3\n"
        "sm = boto3.client('sagemaker')\n"
        "def handler(event, context):\n"
        "    package = sm.describe_model_package(ModelPackageName=event['arn'])\n"
        "    if package['ModelApprovalStatus'] == 'Approved' and event['arn'] != event.get('live_arn'):\n"
        "        sm.update_endpoint(EndpointName='churn', EndpointConfigName=event['config'])\n"
    )
    assert not _gated({"deploy.py": warn}, "deploy.py", 7)
    assert _gated({"deploy.py": stop}, "deploy.py", 7)
    assert not _gated({"approve.py": approver}, "approve.py", 6)
    assert not _gated({"approve.py": in_else}, "approve.py", _line_of(in_else, "update_model_package"))
    assert _gated({"handler.py": event}, "handler.py", 6)


def test_a_start_call_approving_a_parameter_the_pipeline_lacks_approves_nothing() -> None:
    """`get_pipeline().start(parameters=dict(ModelApprovalStatus="Approved"))` skips no approval when the project's pipeline has no such parameter."""
    pipeline = (
        "from sagemaker.workflow.parameters import ParameterString\n"
        "from sagemaker.workflow.pipeline import Pipeline\n"
        "def get_pipeline(steps):\n"
        "    return Pipeline(name='abalone', parameters=[ParameterString(name='InputData', default_value='s3://x')], steps=steps)\n"
    )
    run = (
        "from pipeline import get_pipeline\n"
        "def main(steps):\n"
        "    execution = get_pipeline(steps).start(parameters=dict(ModelApprovalStatus='Approved'))\n"
        "    execution.wait()\n"
    )
    verdicts = _verdicts({"pipeline.py": pipeline, "run.py": run})
    assert verdicts[("run.py", 3)].gated
