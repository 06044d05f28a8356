"""mllens-sample-plugin: one check (MLX100 pickle-model-load) and one knowledge document."""

from __future__ import annotations

from typing import Any

from pytest_mllens import hookimpl

from .pickle_model_load import PickleModelLoad

__all__ = ["ACME_SERVING", "PickleModelLoad"]

ACME_SERVING: dict[str, Any] = {
    "framework": "Acme Serving",
    "rule": [
        {"kind": "hosting", "name": "acme_serving.Server", "says": "creates an Acme model server"},
        {"kind": "hosting", "match": "decorator", "name": "acme_serving.endpoint", "says": "exposes a function as an Acme endpoint"},
    ],
}


@hookimpl
def mllens_checks() -> list[type]:
    return [PickleModelLoad]


@hookimpl
def mllens_knowledge() -> list[dict[str, Any]]:
    return [ACME_SERVING]
