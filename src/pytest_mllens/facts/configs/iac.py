"""Model endpoints and monitors declared as infrastructure in languages other than Python.

A team that deploys its model with an AWS CDK app in TypeScript, a Terraform module or an
Azure Bicep template writes the endpoint (and, when it has one, the Model Monitor schedule)
there, not in Python. ML003 needs both facts. This module reads such files as text, with a
few regular expressions and no parser, and records each declared resource as ``(line,
kind)``, the same shape as CloudFormation types found in YAML; the project stage decides from
``[[declared]]`` in data/monitoring_signals.toml which kinds serve or monitor a model.

Kinds: a CloudFormation type for a JSON template (``AWS::SageMaker::Endpoint``), ``cdk:<Class>`` for a ``new <sagemaker module>.<Class>(`` in a CDK file (the class must
come from the SageMaker module, since ``CfnEndpoint`` also exists for DMS), ``terraform:<type>``
for ``resource "<type>" "<name>"``, ``bicep:<type>`` for ``resource x '<type>@<version>'`` and
``pulumi:<Class>`` for ``new aws.sagemaker.<Class>(`` with Pulumi's AWS provider in TypeScript.
Which files are read is decided from the path alone, so discovery stays a directory walk.
"""

from __future__ import annotations

import re

from .lazy_re import LazyPattern

__all__ = ["declared_in_iac", "iac_kind"]

_SCRIPT_SUFFIXES = (".ts", ".js", ".mjs", ".cjs")
_NOT_SOURCE = (".d.ts", ".test.ts", ".spec.ts", ".test.js", ".spec.js", ".min.js", ".config.js", ".config.ts")
_IAC_FOLDER_WORDS = ("cdk", "infra", "iac", "deploy", "stack")


def iac_kind(relative: str) -> str:
    """``cdk``, ``terraform``, ``bicep`` or ``cloudformation`` for a file worth reading, else ``""``.

    TypeScript and JavaScript are read only where a CDK app lives: a file named like a stack
    (``model-endpoint-stack.ts``) or under a folder named for infrastructure (``cdk/``,
    ``infra/``, ``deploy/``); ``cdk.out`` holds what CDK synthesised, not sources."""
    lowered = relative.lower()
    name = lowered.rpartition("/")[2]
    if name.endswith(".tf"):
        return "terraform"
    if name.endswith(".bicep"):
        return "bicep"
    folders = lowered.split("/")[:-1]
    if name.endswith(".json") and (name.endswith((".template.json", "-template.json", "_template.json")) or (name == "template.json" and "cdk.out" not in folders)):
        return "cloudformation"
    if not name.endswith(_SCRIPT_SUFFIXES) or name.endswith(_NOT_SOURCE):
        return ""
    if "cdk.out" in folders:
        return ""
    if "stack" in name or any(word in folder for folder in folders for word in _IAC_FOLDER_WORDS):
        return "cdk"
    return ""


# the SageMaker construct library, and Step Functions tasks (SageMakerCreateEndpoint,
# SageMakerCreateTransformJob) that deploy or batch-run a model from a state machine
_SAGEMAKER_MODULE = r"(?:aws-cdk-lib/aws-sagemaker|@aws-cdk/aws-sagemaker(?:-alpha)?|aws-cdk-lib/aws-stepfunctions-tasks|@aws-cdk/aws-stepfunctions-tasks)"
_LIB_MODULES = frozenset({"aws_sagemaker", "aws_stepfunctions_tasks"})
_NAMESPACE_IMPORT = LazyPattern(r"import\s+\*\s+as\s+([\w$]+)\s+from\s+['\"]" + _SAGEMAKER_MODULE + r"['\"]")
_REQUIRE = LazyPattern(r"(?:const|let|var)\s+([\w$]+)\s*=\s*require\(\s*['\"]" + _SAGEMAKER_MODULE + r"['\"]\s*\)")
_NAMED_IMPORT = LazyPattern(r"import\s*\{([^}]*)\}\s*from\s+['\"]" + _SAGEMAKER_MODULE + r"['\"]", re.S)
_LIB_IMPORT = LazyPattern(r"import\s*\{([^}]*)\}\s*from\s+['\"]aws-cdk-lib['\"]", re.S)
_MENTIONS_SAGEMAKER = LazyPattern("sagemaker", re.IGNORECASE)
_NEW = LazyPattern(r"\bnew\s+(?:([\w$]+)\.)?([A-Z][\w$]*)\s*\(")
_PULUMI_IMPORT = LazyPattern(r"import\s+\*\s+as\s+([\w$]+)\s+from\s+['\"]@pulumi/aws['\"]")
_PULUMI_NEW = LazyPattern(r"\bnew\s+([\w$]+)\.sagemaker\.([A-Z][\w$]*)\s*\(")
_CFN_JSON_TYPE = LazyPattern(r"\"Type\"\s*:\s*\"((?:AWS|Custom)::[\w:]+)\"")
_TERRAFORM = LazyPattern(r"^\s*resource\s+\"([a-z0-9_]+)\"\s+\"[^\"]+\"")
_BICEP = LazyPattern(r"^\s*resource\s+[\w$]+\s+'([A-Za-z.]+/[\w/]+)@")


def declared_in_iac(kind: str, text: str) -> list[tuple[int, str]]:
    """The resources a CDK, Terraform or Bicep file declares, as ``(line, kind)``."""
    if kind == "terraform":
        return [(n, f"terraform:{m.group(1)}") for n, line in enumerate(text.split("\n"), 1) if "resource" in line and (m := _TERRAFORM.match(line))]
    if kind == "bicep":
        return [(n, f"bicep:{m.group(1)}") for n, line in enumerate(text.split("\n"), 1) if "resource" in line and (m := _BICEP.match(line))]
    if kind == "cloudformation":
        return [(n, m.group(1)) for n, line in enumerate(text.split("\n"), 1) if "Type" in line and (m := _CFN_JSON_TYPE.search(line))]
    if kind != "cdk" or not _MENTIONS_SAGEMAKER.search(text):
        return []
    pulumi = {m.group(1) for m in _PULUMI_IMPORT.finditer(text)}
    if pulumi:  # Pulumi's AWS provider in TypeScript: `new aws.sagemaker.Endpoint(...)`
        return [(n, f"pulumi:{m.group(2)}") for n, line in enumerate(text.split("\n"), 1) if "new" in line for m in _PULUMI_NEW.finditer(line) if m.group(1) in pulumi]
    namespaces, classes = _sagemaker_names(text)
    if not namespaces and not classes:
        return []
    found: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), 1):
        if "new" not in line:
            continue
        for match in _NEW.finditer(line):
            qualifier, name = match.group(1), match.group(2)
            if (qualifier and qualifier in namespaces) or (not qualifier and name in classes):
                found.append((number, f"cdk:{classes.get(name, name) if not qualifier else name}"))
    return found


def _sagemaker_names(text: str) -> tuple[set[str], dict[str, str]]:
    """Names bound to the CDK SageMaker module or the Step Functions tasks (``sagemaker`` in
    ``import * as sagemaker``, ``aws_sagemaker`` from ``aws-cdk-lib``), and classes imported from them by name
    (local name -> class: ``import { CfnEndpoint as Endpoint }``)."""
    namespaces = {m.group(1) for m in _NAMESPACE_IMPORT.finditer(text)} | {m.group(1) for m in _REQUIRE.finditer(text)}
    for match in _LIB_IMPORT.finditer(text):
        for entry in match.group(1).split(","):
            original, _, alias = (part.strip() for part in entry.partition(" as "))
            if original in _LIB_MODULES:
                namespaces.add(alias or original)
    classes: dict[str, str] = {}
    for match in _NAMED_IMPORT.finditer(text):
        for entry in match.group(1).split(","):
            original, _, alias = (part.strip() for part in entry.partition(" as "))
            if original:
                classes[alias or original] = original
    return namespaces, classes
