"""The project file a job task's ``-m package.module`` runs (CI steps name modules as often as files)."""

from __future__ import annotations

from .project import Project

__all__ = ["module_script"]


def module_script(project: Project, script: str) -> str:
    """``-m pkg.mod`` as ``/path/of/pkg/mod.py`` when the project holds that module (or its
    ``__main__``); any other script as written."""
    if not script.startswith("-m "):
        return script
    name = script[3:].strip()
    target = project.modules.get(name) or project.modules.get(f"{name}.__main__")
    return f"/{target.path}" if target is not None else ""
