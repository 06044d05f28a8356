"""Which job-order reader a deployment file needs (release flow).

A Databricks job file (``facts/configs/job_tasks.py``), a CI pipeline (``facts/configs/workflow_jobs.py``: GitHub
Actions, GitLab CI, CircleCI, Azure Pipelines), a Makefile or a shell script
(``facts/configs/script_jobs.py``) all give the same task rows, stored in ``FileFacts.extra["job_tasks"]``.
"""

from __future__ import annotations

from .job_tasks import job_tasks
from .script_jobs import makefile_tasks, shell_tasks
from .workflow_jobs import workflow_tasks

__all__ = ["file_tasks"]


def file_tasks(path: str, text: str) -> tuple[tuple[object, ...], ...]:
    """The job tasks of any deployment file; ``()`` for anything else.

    A reader's failure propagates: the caller (``deploy_config.extract_config``) reports it as
    the file's unreadable job order instead of turning it into "no tasks" in silence.
    """
    name = path.rpartition("/")[2].lower()
    if name == "makefile":
        return makefile_tasks(path, text)
    if name.endswith(".sh"):
        return shell_tasks(path, text)
    if name.endswith((".yml", ".yaml")):
        return job_tasks(text) or workflow_tasks(path, text)
    return ()
