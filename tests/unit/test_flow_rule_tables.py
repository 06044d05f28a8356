"""The release-flow tables added for retirements, run stops, components, specs, flags and approvals."""

from __future__ import annotations

import pytest

from pytest_mllens.model.releases.flow_rules import flow_rules, flow_rules_from_table
from pytest_mllens.model.knowledge import KnowledgeError


def test_tables_missing_required_keys_are_reported_together() -> None:
    """A [[spec]] without words and a [[flag]] without decisions are both named."""
    with pytest.raises(KnowledgeError) as error:
        flow_rules_from_table({"spec": [{"marker": "apiVersion", "verbs": ["apply"], "framework": "K", "says": "s"}], "flag": [{"subjects": ["deploy"], "says": "s"}]}, "t.toml")
    message = str(error.value)
    assert "spec 1: missing a required key" in message and "flag 1: missing a required key" in message


def test_archiving_is_a_retirement_whatever_its_case_and_position() -> None:
    """stage="Archived" (keyword) and "none" (third positional) retire; "Production" does not."""
    (rule,) = flow_rules().retire_methods["transition_model_version_stage"]
    assert rule.retires((("stage", "Archived"),), ())
    assert rule.retires((), ("churn", "3", "none"))
    assert not rule.retires((("stage", "Production"),), ())


def test_component_and_flag_words_are_whole_words_of_snake_and_camel_case() -> None:
    """serving_op and mlengineDeployOp name releases, deploy_flag and shouldPromote decisions; deployment_report_op and a bare flag do not."""
    component = flow_rules().component[0]
    assert component.names_a_release(["serving_op"]) == "serving_op"
    assert component.names_a_release(["mlengineDeployOp"]) == "mlengineDeployOp"
    assert component.names_a_release(["deployment_report_op"]) == ""
    (flag,) = flow_rules().flag
    assert flag.names_a_decision("deploy_flag") and flag.names_a_decision("shouldPromote")
    assert flag.names_a_decision("should_deploy") and not flag.names_a_decision("flag")


def test_spec_rule_needs_a_manifest_that_runs_a_model_server() -> None:
    """A manifest running TF Serving is a serving spec; a manifest for a UI, or prose, is not."""
    spec = next(rule for rule in flow_rules().spec if rule.framework == "Kubernetes")
    assert spec.serves("apiVersion: apps/v1\nkind: Deployment\n  image: tensorflow/serving:2.14") == "tensorflow/serving"
    assert spec.serves("apiVersion: apps/v1\nkind: Deployment\n  image: acme/ui:1") == ""
    assert spec.serves("we use tensorflow/serving in production") == ""
    assert spec.applies("apply_k8s_specs") and spec.applies("create_namespaced_deployment") and not spec.applies("load_specs")


def test_a_spec_written_to_a_file_is_not_applied() -> None:
    """create_namespaced_deployment and apply_k8s_specs apply a manifest; create_file and write_spec_file only write it out."""
    spec = next(rule for rule in flow_rules().spec if rule.framework == "Kubernetes")
    assert spec.applies("create_namespaced_deployment") and spec.applies("apply_k8s_specs")
    assert not spec.applies("create_file") and not spec.applies("write_spec_file") and not spec.applies("render_template")


def test_a_flag_read_from_the_environment_or_command_line_is_no_decision() -> None:
    """deploy_flag = os.getenv(...) is what someone passed in; a helper's result is a decision."""
    flag = flow_rules().flag[0]
    assert flag.read_from_outside("os.getenv") and flag.read_from_outside("os.environ.get") and flag.read_from_outside("argparse.ArgumentParser.parse_args")
    assert not flag.read_from_outside("evaluate.compare_with_production")


def test_bigquery_ml_spec_registers_only_with_registry_options() -> None:
    """A BigQuery ML CREATE MODEL registers when it names the Vertex AI registry; a plain one trains only."""
    spec = next(rule for rule in flow_rules().spec if rule.framework == "BigQuery ML")
    assert spec.action == "registers"
    assert spec.serves("CREATE OR REPLACE MODEL `p.d.m` OPTIONS (model_type='LOGISTIC_REG', MODEL_REGISTRY = 'VERTEX_AI') AS SELECT 1")
    assert not spec.serves("CREATE OR REPLACE MODEL `p.d.m` OPTIONS (model_type='LOGISTIC_REG') AS SELECT 1")
    assert spec.applies("query") and not spec.applies("load_table_from_dataframe")
