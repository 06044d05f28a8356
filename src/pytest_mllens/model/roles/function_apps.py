"""Serverless functions whose code carries no serving framework: Azure Functions apps.

An Azure Functions app (Python v2 model: ``app = func.FunctionApp()`` with ``@app.route`` or a
trigger decorator) answers requests or events with whatever its functions do: a webhook, a
file converter, or a model. The knowledge rule in serving.toml counts one as hosting when the
module imports a model library; this finder adds the app that serves a model without one: it
loads a model through a project module, or asks a managed endpoint for predictions (an
``invoke_endpoint`` call, or an HTTP request to an endpoint's scoring URL, ``[loads]
client-urls`` in data/entrypoints.toml). A function app that does neither is not hosting.

Google Cloud Functions have no decorator at all when the deploy step names the entry point;
those are read from the deploy configuration (facts/configs/deploy_config.py ``cloud_functions``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge
from ...facts.records import FileFacts
from .entry_common import Hosting, globs, loads_here_or_imported

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["azure_function_app", "endpoint_url"]

@functools.lru_cache(maxsize=1)
def _client_urls() -> object:
    return globs(tuple(knowledge()["loads"].get("client-urls", ())))


@functools.lru_cache(maxsize=1)
def _prefixes(key: str) -> tuple[str, ...]:
    """``[loads] http-clients`` / ``function-app-decorators`` of data/entrypoints.toml."""
    return tuple(str(p) for p in knowledge()["loads"].get(key, ()))


def endpoint_url(facts: FileFacts) -> str:
    """``name = 'https://x.inference.ml.azure.com/score'`` in a module that sends HTTP requests:
    what to say (the name, its URL and line), or "" when there is none."""
    clients = _prefixes("http-clients")
    if not clients or not any(c.resolved and c.name.startswith(clients) for c in facts.calls):
        return ""
    pattern = _client_urls()
    for scope, name, value in facts.extra.get("strings", ()):  # type: ignore[attr-defined]
        if isinstance(value, str) and pattern.match(value):  # type: ignore[attr-defined]
            where = f" in {scope}()" if scope else ""
            return f"sends an HTTP request to a managed endpoint's scoring URL ({name} = '{value}'{where})"
    return ""


def azure_function_app(project: Project, facts: FileFacts) -> Hosting | None:
    """An Azure Functions v2 function that serves a model: the app's first decorated function,
    when the module loads a model (itself or through a project module) or calls an endpoint."""
    if "azure" not in {i.target.split(".")[0] for i in facts.imports}:
        return None
    decorators = _prefixes("function-app-decorators")
    handler = next((f for f in facts.functions if decorators and any(d.startswith(decorators) for d in f.decorators)), None)
    if handler is None:
        return None
    evidence = loads_here_or_imported(project, facts) or endpoint_url(facts)
    if not evidence:
        return None
    return Hosting(f"Azure Functions app: {handler.qualname}() at line {handler.line} answers requests in a module that {evidence} (Azure Functions: serves predictions)", handler.line)
