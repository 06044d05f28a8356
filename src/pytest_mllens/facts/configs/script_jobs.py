"""Job graphs of Makefiles and shell scripts (the CI pipelines' are in ``workflow_jobs``).

A Makefile target is a job: its prerequisites are built first, each recipe line runs in its
own shell and a failing line stops make unless it starts with ``-``; ``$(MAKE) target`` in a
recipe builds that target there. A shell script is one job whose commands stop it on failure
under ``set -e`` (or a ``#!/bin/bash -e`` line) or when chained with ``&&``. Both give the task
tuples of ``workflow_jobs``; read as text, never failing.
"""

from __future__ import annotations

import posixpath
import re

from .continued_lines import continued_lines
from .shell_commands import commands
from .workflow_jobs import RUNS_PYTHON, Job, Step, Task, job_tasks_of

__all__ = ["makefile_tasks", "shell_tasks"]

_TARGET = re.compile(r"^([A-Za-z0-9_./%-][^:=#\s]*(?:[ \t]+[^:=#\s]+)*)[ \t]*:(?!=)([^=;#]*)(?:;.*)?(?:#.*)?$")
_ASSIGN = re.compile(r"^(?:export[ \t]+|override[ \t]+)?([A-Za-z_]\w*)[ \t]*(?::{1,3}=|\?=|\+=|=)(.*)$")


def makefile_tasks(path: str, text: str) -> tuple[Task, ...]:
    """A Makefile's targets as jobs: prerequisites run first and a failing recipe line stops
    make (unless it starts with ``-``); ``$(MAKE) target`` in a recipe builds that target there."""
    if not RUNS_PYTHON.search(text):
        return ()
    directory = posixpath.dirname(path)
    variables: dict[str, str] = {}
    targets: dict[str, tuple[list[str], list[tuple[int, str]]]] = {}
    current: list[tuple[int, str]] | None = None
    for start, raw in continued_lines(text.replace("\r\n", "\n")):
        if raw.startswith("\t"):
            if current is not None:
                current.append((start, raw[1:]))
            continue
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        assignment = _ASSIGN.match(raw)
        if assignment:
            variables[assignment.group(1)] = assignment.group(2).strip()
            current = None
            continue
        target = _TARGET.match(raw)
        if target and not raw.startswith((".PHONY", ".SUFFIXES", ".DEFAULT")):
            current = []
            for name in target.group(1).split():
                targets[name] = (target.group(2).split(), current)
        else:
            current = None
    jobs = []
    for name, (prerequisites, recipe) in targets.items():
        job = Job(name, needs=[p for p in prerequisites if p in targets])
        for line, body in recipe:
            stripped = body.lstrip("@+ ")
            ignore = stripped.startswith("-")
            for command in commands(stripped.lstrip("-"), line, errexit=False, cwd=directory, variables=variables):
                if command.make:
                    job.needs.extend(t for t in command.make if t in targets and t != name)
                job.steps.append(Step(f"line {line}", [command], fatal=not ignore))
        jobs.append(job)
    return job_tasks_of(jobs, label=lambda job, step: f"make {job}")


def shell_tasks(path: str, text: str) -> tuple[Task, ...]:
    """A shell script as one job: commands in order, fatal under ``set -e`` or ``&&``."""
    if not RUNS_PYTHON.search(text):
        return ()
    first = text.split("\n", 1)[0]
    errexit = first.startswith("#!") and bool(re.search(r"\s-\w*e", first))
    found = commands(text, 1, errexit)
    if len([c for c in found if c.script]) < 2:
        return ()
    job = Job(path.rpartition("/")[2], steps=[Step("", [c]) for c in found])
    return job_tasks_of([job], label=lambda job, step: job)
