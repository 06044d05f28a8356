"""Job graphs of CI/CD files: which project scripts run, in order, before which others.

Teams train, evaluate and release from CI: a GitHub Actions workflow's ``evaluate`` job runs
``python src/evaluate.py`` (which exits non-zero when accuracy misses its bar) and the
``deploy`` job ``needs: evaluate``; a GitLab CI pipeline orders the same jobs by ``stages``
(or ``needs``); Azure Pipelines by stage order and ``dependsOn``; a Makefile by a target's
prerequisites; a shell script by ``set -e`` or ``&&``. Inside a job, steps run in order and a
failing step stops the job. The release-flow graph asks which scripts run before the script
that releases, so each CI system is read into the task tuples Databricks job files give
(``facts/configs/job_tasks.py``; ``facts/configs/task_files.py`` picks the reader for a file):
``(line, key, script, (upstream key, ...))``, where ``upstream`` lists
every task whose failure stops this one from running (earlier fatal commands of its job, the
fatal commands of the jobs it waits for, transitively), ``script`` is ``/path/from/root.py``
or ``-m package.module``, and ``key`` reads ``job / step``.

Read as text (``yaml_outline``, ``shell_commands``): no YAML parser, never fails. A step
that cannot fail its job (``continue-on-error``, ``allow_failure``, ``|| true``) gates
nothing; one that runs after failures (``if: always()``, ``when: always``,
``condition: always()``) is gated by nothing.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

from .ci_files import ci_flavour  # which files are CI pipelines: one definition for every reader
from .shell_commands import Command, commands
from .yaml_outline import Node, outline

__all__ = ["Job", "Step", "Task", "ci_flavour", "job_tasks_of", "workflow_tasks"]

Task = tuple[int, str, str, tuple[str, ...]]

_RUNS_ANYWAY = re.compile(r"\b(?:always|failure|failed|cancelled|canceled|succeededOrFailed)\s*\(", re.IGNORECASE)
RUNS_PYTHON = re.compile(r"\bpython|\.py\b|\.ipynb\b|papermill|\bmake\b|\$\(MAKE\)")


@dataclass
class Step:
    label: str
    commands: list[Command]
    fatal: bool = True
    """Its failure fails the job (no ``continue-on-error``)."""
    anyway: bool = False
    """It runs after earlier steps failed (``if: always()``)."""


@dataclass
class Job:
    name: str
    steps: list[Step] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    blocks: bool = True
    """Its failure stops the jobs that wait for it."""
    anyway: bool = False


def workflow_tasks(path: str, text: str) -> tuple[Task, ...]:
    """The tasks of a CI pipeline file (``()`` for any other file or when nothing runs a script)."""
    flavour = ci_flavour(path, text)
    if not flavour or not RUNS_PYTHON.search(text):
        return ()
    root = outline(text)
    jobs = {"github": _github, "gitlab": _gitlab, "circleci": _circleci, "azure": _azure}[flavour](root)
    return job_tasks_of(jobs)


# -- GitHub Actions ------------------------------------------------------------------------------
def _github(root: Node) -> list[Job]:
    jobs = root.get("jobs")
    if jobs is None or not jobs.keys:
        return []
    default_dir = _directory(root)
    found = []
    for name, node in jobs.keys.items():
        if node.keys is None:
            continue
        job = Job(name, needs=_strings(node.get("needs")), blocks=not _true(node.scalar("continue-on-error")), anyway=_anyway(node.scalar("if")))
        job_dir = _directory(node) or default_dir
        steps = node.get("steps")
        for number, step in enumerate(steps.items or () if steps is not None else (), 1):
            run = step.get("run")
            if step.keys is None or run is None or not run.text:
                continue
            shell = step.scalar("shell")
            if shell and not shell.startswith(("bash", "sh")):
                continue  # python, pwsh, cmd: not a shell block we read
            errexit = not shell or shell in ("bash", "sh") or " -e" in shell
            directory = _cwd(job_dir, step.scalar("working-directory"))
            label = step.scalar("name") or step.scalar("id") or f"step {number}"
            found_commands = commands(run.text, run.line + run.block, errexit, pipefail=shell == "bash", cwd=directory)
            job.steps.append(Step(label, found_commands, fatal=not _true(step.scalar("continue-on-error")), anyway=_anyway(step.scalar("if"))))
        found.append(job)
    return found


def _directory(node: Node) -> str:
    defaults = node.get("defaults")
    run = defaults.get("run") if defaults is not None else None
    return run.scalar("working-directory") if run is not None else ""


# -- GitLab CI -----------------------------------------------------------------------------------
_GITLAB_RESERVED = frozenset({"stages", "variables", "default", "include", "workflow", "image", "services", "before_script", "after_script", "cache", "types"})
_GITLAB_STAGES = [".pre", "build", "test", "deploy", ".post"]


def _gitlab(root: Node) -> list[Job]:
    keys = root.keys or {}
    declared = _strings(root.get("stages"))
    stages = [".pre", *[s for s in declared if s not in (".pre", ".post")], ".post"] if declared else _GITLAB_STAGES
    default = root.get("default")
    default_before = (default.get("before_script") if default is not None else None) or root.get("before_script")
    jobs: list[tuple[Job, int]] = []
    for name, node in keys.items():
        if name in _GITLAB_RESERVED or name.startswith(".") or node.keys is None:
            continue
        merged = _extended(node, keys, 0)
        if "script" not in merged:
            continue
        when = _text(merged.get("when"))
        job = Job(name, blocks=not _true(_text(merged.get("allow_failure")) or "false"), anyway=when in ("always", "on_failure"))
        stage = _text(merged.get("stage")) or "test"
        needs = merged.get("needs")
        if needs is not None:
            job.needs = [n for n in (_text(i.get("job")) if i.keys is not None else i.text for i in (needs.items or [])) if n]
            job.needs.append("")  # `needs:` given (maybe empty): stage order no longer applies
        before = merged.get("before_script", default_before)
        for label, block in (("before_script", before), ("script", merged.get("script"))):
            if block is not None:
                job.steps.append(Step(label, _script_commands(block, errexit=True)))
        after = merged.get("after_script")
        if after is not None:
            job.steps.append(Step("after_script", _script_commands(after, errexit=True), fatal=False, anyway=True))
        jobs.append((job, stages.index(stage) if stage in stages else len(stages)))
    for job, position in jobs:
        if job.needs and job.needs[-1] == "":
            job.needs.pop()
        else:
            job.needs = [other.name for other, earlier in jobs if earlier < position]
    return [job for job, _ in jobs]


def _extended(node: Node, keys: dict[str, Node], depth: int) -> dict[str, Node]:
    """A job's keys with those of the templates it ``extends`` (its own win)."""
    merged: dict[str, Node] = {}
    parents = _strings(node.get("extends"))
    if depth < 8:
        for parent in parents:
            template = keys.get(parent)
            if template is not None and template.keys is not None:
                merged.update(_extended(template, keys, depth + 1))
    merged.update(node.keys or {})
    return merged


def _script_commands(block: Node, errexit: bool) -> list[Command]:
    found: list[Command] = []
    items = block.items if block.items is not None else [block]
    for item in items:
        text = item.text if item.keys is None else " ".join(f"{k}: {v.text}" for k, v in item.keys.items())
        if text:
            found.extend(commands(text, item.line + item.block, errexit))
    return found


# -- CircleCI ------------------------------------------------------------------------------------
def _circleci(root: Node) -> list[Job]:
    """Each workflow's jobs (``requires:`` orders them); ``run`` steps use bash -eo pipefail."""
    definitions = root.get("jobs")
    workflows = root.get("workflows")
    if definitions is None or not definitions.keys or workflows is None or not workflows.keys:
        return []
    found: list[Job] = []
    for workflow, node in workflows.keys.items():
        listed = node.get("jobs")
        for entry in listed.items or () if listed is not None else ():
            if entry.keys is not None and len(entry.keys) == 1:
                (name, options), = entry.keys.items()
            else:
                name, options = entry.text, Node(entry.line)
            definition = definitions.get(name)
            if not name or definition is None:
                continue
            job = Job(f"{workflow}.{options.scalar('name') or name}", needs=[f"{workflow}.{r}" for r in _strings(options.get("requires"))])
            directory = definition.scalar("working_directory").removeprefix("~/project").strip("/")
            steps = definition.get("steps")
            for number, step in enumerate(steps.items or () if steps is not None else (), 1):
                run = step.get("run")
                if run is None:
                    continue
                body = run.get("command") if run.keys is not None else run
                if body is None or not body.text:
                    continue
                label = run.scalar("name") if run.keys is not None else ""
                anyway = run.scalar("when") in ("always", "on_fail") if run.keys is not None else False
                step_commands = commands(body.text, body.line + body.block, errexit=True, pipefail=True, cwd=_cwd("", directory))
                job.steps.append(Step(label or f"step {number}", step_commands, anyway=anyway))
            found.append(job)
    return found


# -- Azure Pipelines -----------------------------------------------------------------------------
_AZURE_SCRIPTS = ("script", "bash", "pwsh", "powershell")


def _azure(root: Node) -> list[Job]:
    stages = root.get("stages")
    if stages is not None and stages.items is not None:
        stage_nodes = [(s.scalar("stage"), s) for s in stages.items if s.keys is not None and s.scalar("stage")]
    else:
        stage_nodes = [("", root)]
    jobs: list[Job] = []
    previous: list[str] = []
    stage_jobs: dict[str, list[str]] = {}
    for stage_name, stage in stage_nodes:
        depends = stage.get("dependsOn")
        upstream_stages = _strings(depends) if depends is not None else previous
        waits = [name for s in upstream_stages for name in stage_jobs.get(s, [])]
        anyway_stage = _anyway(stage.scalar("condition"))
        names: list[str] = []
        job_nodes = stage.get("jobs")
        if job_nodes is not None and job_nodes.items is not None:
            items = [(j.scalar("job") or j.scalar("deployment"), j) for j in job_nodes.items if j.keys is not None]
        elif stage.get("steps") is not None:
            items = [("build", stage)]
        else:
            items = []
        for job_name, node in items:
            if not job_name:
                continue
            name = f"{stage_name}.{job_name}" if stage_name else job_name
            job_depends = node.get("dependsOn")
            needs = [f"{stage_name}.{n}" if stage_name else n for n in _strings(job_depends)] if job_depends is not None else []
            job = Job(name, needs=needs + waits, blocks=not _true(node.scalar("continueOnError")), anyway=anyway_stage or _anyway(node.scalar("condition")))
            directory = node.scalar("workingDirectory")
            for number, step in enumerate(_azure_steps(node), 1):
                step_commands = _azure_step(step, directory)
                if step_commands:
                    label = step.scalar("displayName") or step.scalar("name") or f"step {number}"
                    job.steps.append(Step(label, step_commands, fatal=not _true(step.scalar("continueOnError")), anyway=_anyway(step.scalar("condition"))))
            jobs.append(job)
            names.append(name)
        stage_jobs[stage_name] = names
        previous = [stage_name]
    return jobs


def _azure_steps(node: Node) -> list[Node]:
    """The steps of a job, or of a deployment job's strategy (``runOnce: deploy: steps:``), in order."""
    steps = node.get("steps")
    if steps is not None and steps.items is not None:
        return [s for s in steps.items if s.keys is not None]
    found: list[Node] = []
    strategy = node.get("strategy")
    stack = [strategy] if strategy is not None else []
    while stack:
        current = stack.pop(0)
        for key, child in (current.keys or {}).items():
            if key == "steps" and child.items is not None:
                found.extend(s for s in child.items if s.keys is not None)
            elif child.keys is not None:
                stack.append(child)
    return found


def _azure_step(step: Node, job_directory: str) -> list[Command]:
    directory = _cwd(_cwd("", job_directory), step.scalar("workingDirectory"))
    for key in _AZURE_SCRIPTS:
        body = step.get(key)
        if body is not None and body.text:
            return commands(body.text, body.line + body.block, errexit=False, cwd=directory)
    inputs = step.get("inputs")
    if inputs is None or not step.scalar("task"):
        return []
    directory = _cwd(directory, inputs.scalar("workingDirectory") or inputs.scalar("cwd"))
    file = inputs.get("scriptPath") or inputs.get("filePath")
    if file is not None and file.text.endswith(".py"):
        return commands(f"python {file.text}", file.line, errexit=False, cwd=directory)
    for key in ("inlineScript", "script"):
        body = inputs.get(key)
        if body is not None and body.text:
            return commands(body.text, body.line + body.block, errexit=False, cwd=directory)
    return []


# -- from jobs to tasks ---------------------------------------------------------------------------
def job_tasks_of(jobs: list[Job], label: object = None) -> tuple[Task, ...]:
    """Task tuples: each script-running command with every command whose failure stops it."""
    by_name = {job.name: job for job in jobs}
    fatal_keys: dict[str, list[str]] = {}
    tasks: list[Task] = []
    used: set[str] = set()

    def upstream_of(job: Job) -> list[str]:
        """Keys of every blocking job upstream, depth first; a loop, not recursion, so that a
        pipeline of a thousand chained jobs costs no stack."""
        found: list[str] = []
        if job.anyway:
            return found
        seen = {job.name}
        stack = [iter(job.needs)]
        while stack:
            name = next(stack[-1], None)
            if name is None:
                stack.pop()
                continue
            other = by_name.get(name)
            if other is None or name in seen or not other.blocks:
                continue
            seen.add(name)
            found.extend(keys_of(other))
            if not other.anyway:
                stack.append(iter(other.needs))
        return found

    def keys_of(job: Job) -> list[str]:
        if job.name not in fatal_keys:
            fatal_keys[job.name] = []  # a cycle reads as no keys
            fatal_keys[job.name] = _emit(job)
        return fatal_keys[job.name]

    def _emit(job: Job) -> list[str]:
        before = upstream_of(job)
        job_fatal: list[str] = []
        for step in job.steps:
            step_fatal: list[str] = []
            for command in step.commands:
                if not command.script:
                    continue
                key = label(job.name, step.label) if callable(label) else f"{job.name} / {step.label}"
                base, count = key, 2
                while key in used:
                    key, count = f"{base} #{count}", count + 1
                used.add(key)
                upstream = ([] if step.anyway else job_fatal) + step_fatal + before
                tasks.append((command.line, key, command.script, tuple(dict.fromkeys(upstream))))
                if command.fatal:
                    step_fatal.append(key)
                    if step.fatal:
                        job_fatal.append(key)
        return job_fatal

    for job in _needs_first(jobs, by_name):  # keys_of then finds every upstream job's keys made
        keys_of(job)
    tasks.sort()
    return tuple(tasks)


def _needs_first(jobs: list[Job], by_name: dict[str, Job]) -> list[Job]:
    """The jobs with each one after the jobs it needs (post-order, iterative; a loop in the
    ``needs`` keeps file order), so emitting keys never recurses down a long chain."""
    order: list[Job] = []
    done: set[str] = set()
    for first in jobs:
        if first.name in done:
            continue
        done.add(first.name)
        stack = [(first, iter(first.needs))]
        while stack:
            job, needs = stack[-1]
            name = next(needs, None)
            if name is None:
                stack.pop()
                order.append(job)
            elif name not in done and name in by_name:
                done.add(name)
                stack.append((by_name[name], iter(by_name[name].needs)))
    return order


def _cwd(base: str, directory: str) -> str:
    directory = re.sub(r"^(?:\$\{\{\s*github\.workspace\s*\}\}|\$\([\w.]+\)|\$\{?\w+\}?)/?", "", directory.strip()) if directory.startswith("$") else directory.strip()
    if "$" in directory or "{" in directory:
        return base
    joined = posixpath.normpath(posixpath.join(base, directory)) if directory else base
    return "" if joined in (".", "") or joined.startswith("..") else joined.lstrip("/")


def _strings(node: Node | None) -> list[str]:
    return node.strings() if node is not None else []


def _text(node: Node | None) -> str:
    return node.text if node is not None and node.keys is None and node.items is None else ""


def _true(value: str) -> bool:
    """``true`` or an expression (which may be true): either way the failure may not stop anything."""
    value = value.strip().lower()
    return value in ("true", "yes", "on") or "${{" in value or value.startswith("$[")


def _anyway(condition: str) -> bool:
    return bool(condition) and bool(_RUNS_ANYWAY.search(condition))
