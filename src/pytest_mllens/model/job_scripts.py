"""What a job task's script names, as the release-flow graph's job order reads it.

CI steps name modules as often as files (``python -m pkg.release``): such a script becomes the
module's file. And a CI, make or shell step that runs by hand a script a Databricks job also
runs (a debugging or local convenience run) does not revoke the order of that job: only job
definition files decide such a script's gate, so the CI row is left out. CI rows are told from
Databricks rows by their keys: a Databricks ``task_key`` is letters, digits, ``_`` and ``-``,
while the CI readers' keys read ``job / step``, ``make target`` or ``script.sh``.
"""

from __future__ import annotations

from ..facts.records import FileFacts
from .project import Project

__all__ = ["job_script", "module_script"]


def job_script(project: Project, config: FileFacts, key: str, script: str) -> str:
    """The script of one job task row, as ``_job_order`` resolves it; ``""`` to leave it out."""
    if not _from_ci(key):
        return script
    script = module_script(project, script)
    if script and _bundled(project):
        from .release_graph import _job_script  # the one resolver of job scripts (imported late: it imports us)

        if _job_script(config.path, script, _sources(project)) in _bundled(project):
            return ""
    return script


def module_script(project: Project, script: str) -> str:
    """``-m pkg.mod`` as ``/path/of/pkg/mod.py`` when the project holds that module (or its
    ``__main__``), ``""`` when it does not; any other script as written."""
    if not script.startswith("-m "):
        return script
    name = script[3:].strip()
    target = project.modules.get(name) or project.modules.get(f"{name}.__main__")
    return f"/{target.path}" if target is not None else ""


def _from_ci(key: str) -> bool:
    return " " in key or "." in key


def _sources(project: Project) -> list[str]:
    return [f.path for f in project.files if f.kind in ("py", "ipynb")]


def _bundled(project: Project) -> frozenset[str]:
    """Project files a Databricks job task runs (computed once per project)."""
    found = project.memo.get("bundled_job_scripts")
    if found is None:
        from .release_graph import _job_script

        sources = _sources(project)
        paths = {
            _job_script(config.path, str(row[2]), sources)
            for config in project.configs
            for row in config.extra.get("job_tasks", ())  # type: ignore[union-attr]
            if not _from_ci(str(row[1]))
        }
        found = project.memo["bundled_job_scripts"] = frozenset(paths - {""})
    return found  # type: ignore[no-any-return]
