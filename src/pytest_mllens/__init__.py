"""pytest-mllens: the AWS Well-Architected Machine Learning Lens as failing tests.

What plugin and check authors need is exported here; everything else is internal.
"""

from __future__ import annotations

from .check import Check, Example, OptionSpec
from .findings import Finding
from .hookspecs import hookimpl

from .version import __version__

__all__ = ["Check", "Example", "Finding", "OptionSpec", "Project", "__version__", "hookimpl"]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .model.project import Project


def __getattr__(name: str) -> object:
    # The project model (and the knowledge and graph modules behind it) is imported only when
    # asked for: a warm run, which reuses cached results, never builds one.
    if name == "Project":
        from .model.project import Project

        return Project
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
