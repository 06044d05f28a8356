"""The built-in lens checks, registered through the same hook a third-party plugin uses."""

from __future__ import annotations

from pytest_mllens.hookspecs import hookimpl

from .hosting_imports_training import HostingImportsTraining
from .missing_drift_monitor import MissingDriftMonitor
from .ungated_deployment import UngatedDeployment
from .untested_gate import UntestedGate
from .untested_monitor import UntestedMonitor

__all__ = ["HostingImportsTraining", "MissingDriftMonitor", "UngatedDeployment", "UntestedGate", "UntestedMonitor"]


@hookimpl
def mllens_checks() -> list[type]:
    return [HostingImportsTraining, UngatedDeployment, MissingDriftMonitor, UntestedGate, UntestedMonitor]
