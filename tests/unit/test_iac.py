"""facts/configs/iac.py: endpoints and monitors declared in CDK TypeScript, Terraform and Bicep, read as text."""

from __future__ import annotations

import pytest

from pytest_mllens.facts.configs.deploy_config import config_kind, extract_config
from pytest_mllens.facts.configs.iac import declared_in_iac, iac_kind


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("cdk-model-deploy/lib/model-endpoint-stack.ts", "cdk"),
        ("infra/lib/endpoint.ts", "cdk"),
        ("deploy/bin/app.js", "cdk"),
        ("terraform/main.tf", "terraform"),
        ("infra/ml.bicep", "bicep"),
        ("web/src/App.ts", ""),
        ("infra/lib/endpoint.d.ts", ""),
        ("infra/test/endpoint.test.ts", ""),
        ("infra/cdk.out/asset.1234/index.js", ""),
        ("frontend/static/main.js", ""),
    ],
)
def test_iac_kind_is_decided_from_the_path(path: str, kind: str) -> None:
    """CDK sources are read only where a CDK app lives; Terraform and Bicep by their suffix."""
    assert iac_kind(path) == kind
    assert bool(config_kind(path)) == bool(kind)


def test_cdk_constructs_of_the_sagemaker_module_are_declared_and_a_dms_endpoint_is_not() -> None:
    """Only classes reached through the SageMaker module count: aws-dms has a CfnEndpoint too."""
    text = (
        'import * as sm from "aws-cdk-lib/aws-sagemaker";\n'
        'import { aws_dms as dms } from "aws-cdk-lib";\n'
        'import { CfnMonitoringSchedule as Schedule } from "aws-cdk-lib/aws-sagemaker";\n'
        'new dms.CfnEndpoint(this, "Source", {});\n'
        'new sm.CfnEndpoint(this, "Endpoint", {});\n'
        'new Schedule(this, "Drift", {});\n'
    )
    assert declared_in_iac("cdk", text) == [(5, "cdk:CfnEndpoint"), (6, "cdk:CfnMonitoringSchedule")]


def test_cdk_lib_namespace_and_require_forms() -> None:
    """``aws_sagemaker`` imported from aws-cdk-lib (optionally renamed) and a CommonJS require are the module too."""
    assert declared_in_iac("cdk", 'import { Stack, aws_sagemaker } from "aws-cdk-lib";\nnew aws_sagemaker.CfnEndpoint(this, "E", {});\n') == [(2, "cdk:CfnEndpoint")]
    assert declared_in_iac("cdk", 'const sagemaker = require("aws-cdk-lib/aws-sagemaker");\n\nnew sagemaker.CfnModel(this, "M", {});\n') == [(3, "cdk:CfnModel")]
    assert declared_in_iac("cdk", 'import { CfnEndpoint } from "aws-cdk-lib/aws-ec2";\nnew CfnEndpoint(this, "E", {});\n') == []


def test_terraform_and_bicep_resources() -> None:
    """A Terraform ``resource "type" "name"`` and a Bicep ``resource x 'type@version'`` give their type."""
    terraform = 'resource "aws_sagemaker_endpoint" "churn" {\n  name = "churn"\n}\n# resource "aws_sagemaker_monitoring_schedule" "off" {\n'
    assert declared_in_iac("terraform", terraform) == [(1, "terraform:aws_sagemaker_endpoint")]
    bicep = "param name string\nresource endpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2023-10-01' = {\n"
    assert declared_in_iac("bicep", bicep) == [(2, "bicep:Microsoft.MachineLearningServices/workspaces/onlineEndpoints")]


def test_extract_config_records_declared_resources_and_no_entry_points() -> None:
    """An infrastructure file yields its resources (cached like other facts) and never crashes on bad bytes."""
    facts = extract_config("infra/stack.ts", b'import * as sagemaker from "@aws-cdk/aws-sagemaker";\nnew sagemaker.CfnEndpoint(this, "E", {});\n')
    assert facts.extra["resources"] == ((2, "cdk:CfnEndpoint"),)
    assert facts.extra["entry_refs"] == ()
    assert "resources" not in extract_config("infra/main.tf", b"\xff\xfe not terraform").extra


def test_step_functions_tasks_that_deploy_or_batch_run_a_model() -> None:
    """CDK Step Functions tasks from aws-stepfunctions-tasks are read like the SageMaker module."""
    text = (
        'import * as tasks from "aws-cdk-lib/aws-stepfunctions-tasks";\n'
        'new tasks.SageMakerCreateEndpoint(this, "Deploy", { endpointName: "e", endpointConfigName: "c" });\n'
        'new tasks.LambdaInvoke(this, "Notify", {});\n'
    )
    assert declared_in_iac("cdk", text) == [(2, "cdk:SageMakerCreateEndpoint"), (3, "cdk:LambdaInvoke")]
