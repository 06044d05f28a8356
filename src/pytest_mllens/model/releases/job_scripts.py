"""Job task rows from CI files, resolved for the release-flow graph's job order.

CI steps name modules as often as files (``python -m pkg.release``): such a row's script
becomes the module's file. And a CI, make or shell step that runs by hand a script a
Databricks job also runs (a debugging or local convenience run) does not revoke the order of
that job: only job definition files decide such a script's gate, so the CI row is left out.
CI rows are told from Databricks rows by their keys: a Databricks ``task_key`` is letters,
digits, ``_`` and ``-``, while the CI readers' keys read ``job / step``, ``make target`` or
``script.sh``.
"""

from __future__ import annotations

from dataclasses import replace

from ...facts.records import FileFacts
from ..project import Project

__all__ = ["job_script", "module_script", "resolved_job_files"]


def resolved_job_files(project: Project, configs: list[FileFacts], sources: list[str]) -> list[FileFacts]:
    """``configs`` with their CI rows resolved (``-m`` modules) or left out (hand runs of a
    script a Databricks job runs); Databricks rows as they are."""
    bundled = {job_script(c.path, str(row[2]), sources) for c in configs for row in _rows(c) if str(row[2]) and not _from_ci(str(row[1]))} - {""}
    resolved: list[FileFacts] = []
    for config in configs:
        rows = _rows(config)
        if not any(_from_ci(str(row[1])) for row in rows):
            resolved.append(config)
            continue
        kept = []
        for row in rows:
            if _from_ci(str(row[1])):
                script = module_script(project, str(row[2]))
                if not script or job_script(config.path, script, sources) in bundled:
                    continue
                row = (row[0], row[1], script, *row[3:])
            kept.append(row)
        resolved.append(replace(config, extra={**config.extra, "job_tasks": tuple(kept)}))
    return resolved


def module_script(project: Project, script: str) -> str:
    """``-m pkg.mod`` as ``/path/of/pkg/mod.py`` when the project holds that module (or its
    ``__main__``), ``""`` when it does not; any other script as written."""
    if not script.startswith("-m "):
        return script
    name = script[3:].strip()
    target = project.modules.get(name) or project.modules.get(f"{name}.__main__")
    return f"/{target.path}" if target is not None else ""


def _rows(config: FileFacts) -> tuple[tuple[object, ...], ...]:
    return config.extra.get("job_tasks", ())  # type: ignore[return-value]


def _from_ci(key: str) -> bool:
    return " " in key or "." in key


def job_script(config: str, script: str, sources: list[str]) -> str:
    """The project file a job task's script path names: relative to the job file when it
    starts with ``.``, else by its tail (a workspace path such as
    ``/Workspace/.../files/src/promote`` or ``${workspace.file_path}/src/promote.py``);
    notebooks are named without their extension. ``""`` when none or several fit."""
    import posixpath

    if script.startswith("."):
        script = posixpath.normpath(posixpath.join(posixpath.dirname(config), script))
    target = script.rsplit(".", 1)[0] if script.endswith((".py", ".ipynb")) else script
    best: list[str] = []
    best_length = 0
    for path in sources:
        stem = path.rsplit(".", 1)[0]
        if target == stem or target.endswith(f"/{stem}"):
            if len(stem) > best_length:
                best, best_length = [path], len(stem)
            elif len(stem) == best_length:
                best.append(path)
    return best[0] if len(best) == 1 else ""
