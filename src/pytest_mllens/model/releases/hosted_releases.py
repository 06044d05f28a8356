"""Releases declared as infrastructure: an endpoint resource serving a model resource.

Infrastructure code (the AWS CDK) declares a model, an endpoint configuration and an endpoint
as separate resources, linked by names the deployment fills in (``model.attr_model_name``).
The endpoint is the release when a model resource of the same file is given a trained
artefact (``CfnModel.ContainerDefinitionProperty(model_data_url=...)``, a training job's S3
output) or a registered package (``model_package_name=``); a model that is only a container
image releases no trained model. The constructs are data: ``[[hosted]]`` in
``data/release_flow.toml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...facts.records import CallFact, FileFacts
from .flow_rules import HostedRule
from ..knowledge import Rule

__all__ = ["hosted_release"]


def hosted_release(facts: FileFacts, call: CallFact, rules: Sequence[HostedRule]) -> Rule | None:
    """The release an endpoint resource makes, naming the model artefact it serves."""
    for rule in rules:
        if not rule.pattern.match(call.name):
            continue
        served = _served(facts, rule)
        if served is None:
            continue
        model, keyword = served
        what = "a registered model package" if keyword in rule.packages else "a trained model artefact"
        says = f"{rule.says} serving {what} ({model.name.rpartition('.')[2]}({keyword}=...) at {facts.location(model.line)})"
        return Rule(kind="deploy", match="call", name=call.name, says=says, framework=rule.framework, action="deploys", source="release_flow.toml [[hosted]]")
    return None


def _served(facts: FileFacts, rule: HostedRule) -> tuple[CallFact, str] | None:
    """The first model resource of the file given an artefact, and the keyword that gives it
    (a trained artefact before a package, when the file has both)."""
    found: list[tuple[int, CallFact, str]] = []
    for candidate in facts.calls:
        if not any(p.match(candidate.name) for p in rule.model_patterns):
            continue
        for keyword in rule.artefacts:
            if candidate.has_keyword(keyword) and candidate.keyword(keyword) is not None:
                found.append((keyword in rule.packages, candidate, keyword))
    if not found:
        return None
    _, model, keyword = min(found, key=lambda f: (f[0], f[1].line))
    return model, keyword
