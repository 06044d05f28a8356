"""pytest-mllens: the AWS Well-Architected Machine Learning Lens as failing tests.

What plugin and check authors need is exported here; everything else is internal.
"""

from __future__ import annotations

from .check import Check, Example, OptionSpec
from .findings import Finding
from .hookspecs import hookimpl
from .model.project import Project

from .version import __version__

__all__ = ["Check", "Example", "Finding", "OptionSpec", "Project", "__version__", "hookimpl"]
