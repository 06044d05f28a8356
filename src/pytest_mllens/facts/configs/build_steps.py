"""What a Dockerfile builds into its image: the files it copies, where, and the scripts it runs.

A file-based release often happens inside an image build: ``COPY train.py ./`` then
``RUN python train.py`` writes the model into the image, and ``COPY app.py ./`` puts the code
that loads it beside it. The release-flow graph needs the order of those steps to tell that
the training script's relative output path is the serving code's relative input path. Read
as text with a token scan (no shell), like ``deploy_config``; it never fails: text it cannot
read yields nothing. Stored as plain tuples in ``FileFacts.extra["build_steps"]``:

- ``("workdir", line, path)``
- ``("copy", line, destination, source, ...)`` (``COPY``/``ADD`` without ``--from``)
- ``("run", line, script, argument, ...)`` for each ``python[3.x] script.py ...`` in a
  ``RUN``, ``CMD`` or ``ENTRYPOINT`` (the kind is ``"run"`` for RUN, ``"cmd"`` otherwise).
- ``("env", line, name, value)`` for ``ENV NAME value`` / ``ENV NAME=value`` and ``ARG NAME=default``
  (a ``COPY model.pkl ${BASE}/`` lands where ``BASE`` says).
- ``("archive", line, path)`` for a model archiver a ``RUN`` runs (``torch-model-archiver
  --serialized-file ./models/model.pt``): the file it packs into the served archive.

Build files other than Dockerfiles (shell scripts, Makefiles, CI pipelines, build specs) hand a
model file over to serving with a command: :func:`handoff_commands` reads those into
``FileFacts.extra["handoffs"]``, and :func:`dvc_stages` reads a DVC pipeline's stages into
``FileFacts.extra["dvc_stages"]``; the data files a package ships (``MANIFEST.in``,
``[tool.setuptools.package-data]``) go to ``FileFacts.extra["packaged"]``, and the bind mounts
into services a compose file builds to ``FileFacts.extra["mounts"]``. The commands are
data (``[build]`` in ``data/model_files.toml``).
"""

from __future__ import annotations

import functools
import re
import shlex
import sys
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .continued_lines import continued_lines

__all__ = ["build_facts", "compose_mounts", "dockerfile_steps", "dvc_stages", "handoff_commands", "manifest_data", "package_data"]

_PYTHON = re.compile(r"^(?:/usr/(?:local/)?bin/)?python[\d.]*$")


def dockerfile_steps(text: str) -> tuple[tuple[object, ...], ...]:
    steps: list[tuple[object, ...]] = []
    for line, instruction in continued_lines(text):
        stripped = instruction.strip()
        if not stripped or stripped.startswith("#"):
            continue
        keyword, _, rest = stripped.partition(" ")
        keyword = keyword.upper()
        if keyword == "WORKDIR" and rest.strip():
            steps.append(("workdir", line, rest.strip().strip("\"'")))
        elif keyword in ("ENV", "ARG") and rest.strip():
            steps.extend(("env", line, name, value) for name, value in _assignments(rest, keyword == "ENV"))
        elif keyword in ("COPY", "ADD"):
            words = _words(rest)
            if any(w.startswith("--from") for w in words):
                continue  # from another stage or image: not a project file
            operands = [w for w in words if not w.startswith("--")]
            if len(operands) >= 2:
                steps.append(("copy", line, operands[-1], *operands[:-1]))
        elif keyword in ("RUN", "CMD", "ENTRYPOINT"):
            kind = "run" if keyword == "RUN" else "cmd"
            for command in _commands(rest):
                if command and _PYTHON.match(command[0]) and len(command) > 1 and command[1].endswith(".py"):
                    steps.append((kind, line, command[1], *command[2:]))
                elif kind == "run" and (packed := _archived(command)):
                    steps.append(("archive", line, packed))
    return tuple(steps)


def _words(rest: str) -> list[str]:
    rest = rest.strip()
    if rest.startswith("["):
        return [w.strip().strip("\"'") for w in rest.strip("[]").split(",") if w.strip()]
    try:
        return shlex.split(rest, comments=False)
    except ValueError:
        return rest.split()


def _commands(rest: str) -> list[list[str]]:
    words = _words(rest)
    commands: list[list[str]] = [[]]
    for word in words:
        if word in ("&&", "||", ";", "|"):
            commands.append([])
        else:
            commands[-1].append(word)
    return commands


def _assignments(rest: str, spaced: bool) -> list[tuple[str, str]]:
    """``NAME=value`` pairs of an ENV or ARG line (``ENV NAME value``: the legacy form)."""
    words = _words(rest)
    if spaced and len(words) >= 2 and "=" not in words[0]:
        return [(words[0], " ".join(words[1:]))]
    found = []
    for word in words:
        name, equals, value = word.partition("=")
        if equals and re.match(r"^[A-Za-z_]\w*$", name):
            found.append((name, value))
    return found


@functools.lru_cache(maxsize=1)
def _knowledge() -> dict[str, Any]:
    """``[build]`` of ``data/model_files.toml`` (static package data: read once per process)."""
    document = resources.files("pytest_mllens") / "data" / "model_files.toml"
    return dict(tomllib.loads(document.read_text(encoding="utf-8")).get("build", {}))


def _archived(command: list[str]) -> str:
    """The model file an archiver command packs (``--serialized-file PATH``), or ``""``."""
    if not command:
        return ""
    flag = _knowledge().get("archivers", {}).get(command[0].rpartition("/")[2])
    if not flag:
        return ""
    for position, word in enumerate(command[1:], 1):
        if word == flag and position + 1 < len(command):
            return command[position + 1]
        if word.startswith(flag + "="):
            return word[len(flag) + 1 :]
    return ""


def _starts(command: list[str], prefixes: list[list[str]]) -> bool:
    return any(command[: len(prefix)] == prefix for prefix in prefixes)


_YAML_LEAD = re.compile(r"^\s*(?:-\s+)?(?:(?:run|script|command|commands|cmd|args|entrypoint)\s*:\s*)?(?:[|>]-?\s*$)?")
@functools.lru_cache(maxsize=1)
def _worth() -> re.Pattern[str]:
    """A line can hand a file over only if it holds a word of a ``[build]`` command (or ``cp``):
    built from the TOML, so a new command in the data is never skipped by the pre-filter."""
    build = _knowledge()
    words = {"cp", *(w for w in build.get("archivers", {})), *(w for command in (*build.get("downloads", ()), *build.get("ships", ())) for w in command)}
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_CI_EXPRESSION = re.compile(r"\$\{\{[^}]*\}\}")
"""A CI expression (``${{ secrets.BUCKET }}``): one word, like the shell variable it stands for."""


def handoff_commands(text: str) -> tuple[tuple[object, ...], ...]:
    """The commands of a build file that hand a model file over to serving, in order:

    - ``("archive", line, path)``: an archiver packs ``path`` into a served archive;
    - ``("fetch", line, uri, destination)``: an object-store key copied to a local file;
    - ``("push", line, source, uri)``: a local file copied to an object-store key (a CI step
      uploading what the training step wrote: ``gcloud storage cp model.txt gs://$B/m/model.txt``);
    - ``("ship", line, command)``: the file builds, pushes or deploys what it assembled.

    Shell scripts, Makefile recipes and the command lines of YAML pipelines (``- run: ...``,
    a build spec's ``commands:`` items) are read alike, as words; nothing is run."""
    knowledge = _knowledge()
    downloads = [list(d) for d in knowledge.get("downloads", ())]
    ships = [list(s) for s in knowledge.get("ships", ())]
    found: list[tuple[object, ...]] = []
    for line, raw in continued_lines(text):
        if not _worth().search(raw):
            continue  # most lines hand nothing over: skip the word split
        stripped = _CI_EXPRESSION.sub("$CI", _YAML_LEAD.sub("", raw.split(" #", 1)[0]).strip().strip("\"'"))
        if not stripped or stripped.startswith("#"):
            continue
        for command in _commands(stripped):
            while command and (command[0] in ("sudo", "exec", "then", "do", "else", "!", "-") or "=" in command[0] and not command[0].startswith("-")):
                command = command[1:]
            if not command:
                continue
            packed = _archived(command)
            if packed:
                found.append(("archive", line, packed))
            elif _starts(command, downloads):
                operands = [w for w in command[1:] if not w.startswith("-") and w not in ("s3", "cp", "sync", "storage", "blob", "download")]
                if len(operands) >= 2 and operands[0].startswith(("s3://", "gs://")):
                    found.append(("fetch", line, operands[0], operands[-1]))
                elif len(operands) == 2 and operands[1].startswith(("s3://", "gs://")) and "://" not in operands[0] and "$" not in operands[0]:
                    found.append(("push", line, operands[0], operands[1]))
            else:
                shipped = next((prefix for prefix in ships if command[: len(prefix)] == prefix), None)
                if shipped:
                    found.append(("ship", line, " ".join(shipped)))
    return tuple(found)


_DVC_KEY = re.compile(r"^(\s*)([\w.-]+)\s*:\s*(.*?)\s*$")
_DVC_ITEM = re.compile(r"^(\s*)-\s+(.*?)\s*$")


def dvc_stages(text: str) -> tuple[tuple[object, ...], ...]:
    """The stages of a ``dvc.yaml``: ``("stage", line, name, command, out, ...)`` for each stage
    whose ``outs`` list files (an out may carry options: ``- models/model.pkl:`` then
    ``cache: false``). Read by indentation, like yaml_outline (no YAML library)."""
    stages: list[list[object]] = []
    in_stages = False
    stage_indent = -1
    field = ""
    field_indent = -1
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        if indent == 0:
            in_stages = line.startswith("stages:")
            stage_indent, field = -1, ""
            continue
        if not in_stages:
            continue
        item = _DVC_ITEM.match(line)
        key = None if item else _DVC_KEY.match(line)
        if key and (stage_indent < 0 or indent == stage_indent):
            stage_indent = indent
            stages.append(["stage", number, key.group(2), ""])
            field = ""
            continue
        if not stages:
            continue
        if key and indent > stage_indent and (not field or indent <= field_indent):
            field, field_indent = key.group(2), indent
            if field == "cmd" and key.group(3) and key.group(3) not in ("|", ">", "|-", ">-"):
                stages[-1][3] = key.group(3).strip("\"'")
            continue
        if item and field == "outs":
            out = item.group(2).rstrip(":").strip("\"'")
            if out and not out.startswith(("{", "$")):
                stages[-1].append(out)
        elif item and field == "cmd" and not stages[-1][3]:
            stages[-1][3] = item.group(2).strip("\"'")
        elif not key and field == "cmd" and not stages[-1][3]:
            stages[-1][3] = line.strip()
    return tuple(tuple(stage) for stage in stages if len(stage) > 4)


def build_facts(path: str, text: str) -> dict[str, object]:
    """The handoff facts of a deployment file other than a Dockerfile: ``handoffs`` (shell,
    Makefile, YAML pipelines) and ``dvc_stages`` (a DVC pipeline)."""
    name = path.rpartition("/")[2].lower()
    facts: dict[str, object] = {}
    if name in _knowledge().get("dvc-files", ()):
        stages = dvc_stages(text)
        if stages:
            facts["dvc_stages"] = stages
        return facts
    if name == "manifest.in" or name == "pyproject.toml":
        packaged = manifest_data(text) if name == "manifest.in" else package_data(text)
        if packaged:
            facts["packaged"] = packaged
        return facts
    if name.endswith((".yaml", ".yml", ".sh")) or name == "makefile":
        handoffs = handoff_commands(text)
        if handoffs:
            facts["handoffs"] = handoffs
    if name.endswith((".yaml", ".yml")) and "services" in text and "volumes" in text and "build" in text:
        mounts = compose_mounts(text)
        if mounts:
            facts["mounts"] = mounts
    return facts


def compose_mounts(text: str) -> tuple[tuple[object, ...], ...]:
    """Bind mounts into the services a compose file builds: ``(line, service, build context,
    Dockerfile, host path, container path)`` for ``volumes: ["./model.pkl:/app/model.pkl"]``
    of a service with ``build:``. The container serves whatever file the host has there, so a
    training script writing that file releases the model to the running service."""
    from .yaml_outline import outline

    services = outline(text).get("services")
    if services is None or not services.keys:
        return ()
    found: list[tuple[object, ...]] = []
    for service_name, service in services.keys.items():
        build = service.get("build")
        if build is None:
            continue
        context = (build.scalar("context") if build.keys is not None else build.text).strip("\"'") or "."
        dockerfile = (build.scalar("dockerfile") if build.keys is not None else "").strip("\"'") or "Dockerfile"
        volumes = service.get("volumes")
        for item in (volumes.items or ()) if volumes is not None else ():
            if item.keys is None:
                host, _, rest = item.text.strip("\"'").partition(":")
                container = rest.partition(":")[0]
            elif item.scalar("type") in ("", "bind"):
                host, container = item.scalar("source").strip("\"'"), item.scalar("target").strip("\"'")
            else:
                continue
            if host.startswith(".") and container.startswith("/"):
                found.append((item.line, service_name, context, dockerfile, host, container))
    return tuple(found)


def manifest_data(text: str) -> tuple[tuple[object, ...], ...]:
    """The data files a ``MANIFEST.in`` puts into the package: ``("package", line, folder,
    pattern, recursive)`` for ``include a/b/*.pkl``, ``recursive-include a *.pkl``, ``graft a``
    (a source distribution, and a wheel built with ``include_package_data``, ship them)."""
    found: list[tuple[object, ...]] = []
    for number, line in continued_lines(text):
        words = line.split("#", 1)[0].split()
        if len(words) < 2:
            continue
        command, operands = words[0], words[1:]
        if command == "include":
            for operand in operands:
                folder, _, pattern = operand.strip("./").rpartition("/") if "/" in operand else ("", "", operand)
                found.append(("package", number, folder.lstrip("./"), pattern, False))
        elif command == "recursive-include" and len(operands) >= 2:
            found.extend(("package", number, operands[0].strip("/").removeprefix("./"), pattern, True) for pattern in operands[1:])
        elif command == "graft":
            found.extend(("package", number, operand.strip("/").removeprefix("./"), "*", True) for operand in operands)
    # a wheel installs what is inside a package: files at the distribution's root are no package data
    return tuple(f for f in found if f[2] and f[2] != "." and "*" not in str(f[2]))


_TABLE = re.compile(r"^\s*\[([^\]]+)\]\s*$")
_ENTRY = re.compile(r"^\s*\"?([\w.*-]+)\"?\s*=\s*\[(.*)\]\s*$")


def package_data(text: str) -> tuple[tuple[object, ...], ...]:
    """``[tool.setuptools.package-data]`` of a ``pyproject.toml``: ``("package", line, folder,
    pattern, False)`` for each glob (``churn_model = ["artifacts/*.joblib"]``: the package's
    folder joined with the glob's). One-line arrays only; a package ``*`` means any."""
    found: list[tuple[object, ...]] = []
    inside = False
    for number, line in enumerate(text.split("\n"), 1):
        table = _TABLE.match(line)
        if table:
            inside = table.group(1).strip() == "tool.setuptools.package-data"
            continue
        entry = _ENTRY.match(line) if inside else None
        if not entry:
            continue
        package = "" if entry.group(1) == "*" else entry.group(1).replace(".", "/")
        for glob in re.findall(r"[\"']([^\"']+)[\"']", entry.group(2)):
            folder, _, pattern = glob.rpartition("/")
            folder = "/".join(part for part in folder.split("/") if part != "**")  # `artifacts/**/*.joblib`: under artifacts/
            found.append(("package", number, "/".join(p for p in (package, folder) if p), pattern, "**" in glob))
    return tuple(found)
