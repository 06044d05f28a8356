"""The release tooling's unit tests run on a laptop or a CI runner without the cloud SDKs:
when MLflow or the SageMaker SDK is not installed, a stand-in module takes its place, so
``churn.release`` imports and the tests drive it through mock clients."""

from __future__ import annotations

import importlib
import sys
import types
from unittest import mock

CLOUD_MODULES = (
    "mlflow",
    "mlflow.entities",
    "mlflow.entities.model_registry",
    "mlflow.exceptions",
    "sagemaker",
    "sagemaker.predictor",
    "sagemaker.sklearn",
    "sagemaker.sklearn.model",
)


class _StandIn(types.ModuleType):
    """Any attribute is a mock, except exception classes, which must stay catchable."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        value: object = type(name, (Exception,), {}) if name.endswith(("Exception", "Error")) else mock.MagicMock(name=f"{self.__name__}.{name}")
        setattr(self, name, value)
        return value


for _name in CLOUD_MODULES:
    try:
        importlib.import_module(_name)
    except ImportError:
        sys.modules[_name] = _StandIn(_name)
