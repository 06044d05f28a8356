"""Which files are CI pipelines: the one definition the config readers share.

A CI pipeline (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines) starts servers to test
them (``uvicorn serve.app:app &`` before an integration test), not to serve, and names no
deployed resource; what it gives the lens is its job order (which script runs before the
release). So a CI file is read for its job order only (``deploy_config.extract_config``), and
discovery reads, inside ``.github/`` and ``.gitlab`` folders, only the pipelines
(``deploy_config.config_kind``). Both ask this module, as does the job reader
(``workflow_jobs``), so the three can no longer disagree.

An Azure pipeline may be named anything (``pipelines/train.yml``): besides the usual names
(``azure-pipelines.yml``, ``.azure-pipelines/*.yml``) it is told by its text, a list of
``steps``/``jobs``/``stages`` whose items are ``- script:``, ``- task:``, ``- job:`` ...
"""

from __future__ import annotations

import re

from .lazy_re import LazyPattern

__all__ = ["ci_flavour", "ci_path_flavour"]

_AZURE_STEP = LazyPattern(r"^[ \t]*-[ \t]+(?:script|bash|pwsh|powershell|task|job|deployment|stage)[ \t]*:", re.M)
_AZURE_LIST = LazyPattern(r"^[ \t]*(?:steps|jobs|stages)[ \t]*:", re.M)


def ci_path_flavour(path: str) -> str:
    """``github``, ``gitlab``, ``circleci`` or ``azure`` when the path alone names a CI
    pipeline file, else ``""`` (discovery decides from names, without reading files)."""
    lowered = f"/{path.lower()}"
    name = lowered.rpartition("/")[2]
    if not name.endswith((".yml", ".yaml")):
        return ""
    if "/.github/workflows/" in lowered:
        return "github"
    if name.startswith(".gitlab-ci") or "/.gitlab/" in lowered:
        return "gitlab"
    if "/.circleci/" in lowered:
        return "circleci"
    if name.startswith("azure-pipelines") or "/.azure-pipelines/" in lowered:
        return "azure"
    return ""


def ci_flavour(path: str, text: str) -> str:
    """``github``, ``gitlab``, ``circleci`` or ``azure`` for a CI pipeline file, else ``""``:
    by its path, or (an Azure pipeline under any name) by its text."""
    flavour = ci_path_flavour(path)
    if flavour or not path.lower().endswith((".yml", ".yaml")):
        return flavour
    return "azure" if _AZURE_STEP.search(text) and _AZURE_LIST.search(text) else ""
