"""[[op]] release rules: a generic step is a release by the literal words it is given."""

from __future__ import annotations

import pytest

from pytest_mllens.model.releases.flow_rules import flow_rules, flow_rules_from_table
from pytest_mllens.model.knowledge import KnowledgeError


def _container_op():
    return next(rule for rule in flow_rules().op if rule.name == "kfp.dsl.ContainerOp")


def test_deployer_image_is_a_release() -> None:
    """An image naming a deployer (a whole token) makes the ContainerOp a release."""
    assert _container_op().names_a_release((("name", "rollout"), ("image", "gcr.io/ml-pipeline/ml-pipeline-kubeflow-deployer:77")))


def test_deploy_in_an_image_alone_is_not_a_release() -> None:
    """``deploy-service`` images often ship a web UI: "deploy" counts only as a step name."""
    op = _container_op()
    assert not op.names_a_release((("name", "web-ui"), ("image", "gcr.io/acme/deploy-service:latest")))
    assert op.names_a_release((("name", "deploy"), ("image", "gcr.io/acme/tools:latest")))


def test_words_are_tokens_not_substrings() -> None:
    """``observe`` does not contain the word ``serve``; ``tf-serving`` matches as written."""
    op = _container_op()
    assert not op.names_a_release((("name", "observe-metrics"),))
    assert op.names_a_release((("image", "acme/churn-tf-serving-launcher:1"),))


def test_non_literal_arguments_are_ignored() -> None:
    """An image built at run time names nothing."""
    assert not _container_op().names_a_release((("image", "<expr>"), ("name", "<expr>")))


def test_custom_object_group_read_from_positional_arguments() -> None:
    """``create_namespaced_custom_object("serving.kserve.io", ...)`` is a release; a TFJob is not."""
    op = next(rule for rule in flow_rules().op if rule.name.endswith("create_namespaced_custom_object"))
    assert op.names_a_release((), ("serving.kserve.io", "v1beta1", "<expr>", "inferenceservices"))
    assert not op.names_a_release((("group", "kubeflow.org"), ("plural", "tfjobs")))


def test_keyword_names_of_a_deployer_component() -> None:
    """A loaded component called with ``inferenceservice_yaml=`` is the KServe deployer."""
    op = next(rule for rule in flow_rules().op if rule.name.startswith("kfp.components"))
    assert op.names_a_release((("action", "apply"), ("inferenceservice_yaml", "<expr>"))) == "inferenceservice_yaml="
    assert not op.names_a_release((("data_dir", "<expr>"), ("model_dir", "<expr>")))


def test_malformed_op_rule_is_reported() -> None:
    """A rule without says/framework, with an unknown action or a leading wildcard is refused."""
    with pytest.raises(KnowledgeError, match="op 1"):
        flow_rules_from_table({"op": [{"name": "*ContainerOp", "says": "s", "framework": "f"}]}, "test")
    with pytest.raises(KnowledgeError, match="op 1"):
        flow_rules_from_table({"op": [{"name": "kfp.dsl.ContainerOp", "says": "s", "framework": "f", "action": "ships"}]}, "test")
