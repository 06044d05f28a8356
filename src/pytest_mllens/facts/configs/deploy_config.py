"""Deployment files that name the code a server runs: Dockerfiles, Procfiles, YAML, pyproject.

A module is often hosting code only because something outside it deploys it: a Dockerfile
``CMD ["uvicorn", "app.main:app"]``, ``ENV SAGEMAKER_PROGRAM inference.py``, a shell script or
Makefile recipe that starts a server or archives a TorchServe handler, a Procfile
``web: gunicorn wsgi:app``, BentoML's ``service: "service:svc"``, a Ray Serve config's
``import_path``, an Azure ML deployment's ``scoring_script``, a ``[project.scripts]`` entry
named ``serve``. This module reads those files as text (no YAML library, no shell) with a
few regular expressions and a token scan, and records each reference with its line; the
project stage resolves them to modules. It never fails: a part of a file it cannot read yields
nothing and an entry in the run's errors (``FileFacts.part_errors``), the other parts are kept.

The references are stored in ``FileFacts.extra["entry_refs"]`` (plain tuples, so they are
cached and pickled like every other fact).
"""

from __future__ import annotations

import functools
import posixpath
import re
import sys
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .ci_files import ci_flavour, ci_path_flavour
from .continued_lines import continued_lines
from .iac import declared_in_iac, iac_kind
from ..records import FileFacts
from .lazy_re import LazyPattern

__all__ = ["COMPONENT_STEP", "EntryRef", "cloud_functions", "config_kind", "declared_resources", "entry_refs", "extract_config", "knowledge", "launchers", "staged_copies"]

KIND = "config"

_DOCKERFILE = LazyPattern(r"^(?:dockerfile|containerfile)(?:[._-].*)?$|.*\.(?:dockerfile|containerfile)$")


@dataclass(frozen=True, order=True)
class EntryRef:
    """One place in a deployment file that names code to run as a server.

    ``kind`` is ``file`` (``target`` is a path such as ``code/inference.py``), ``module``
    (a dotted name) or ``model`` (a command that serves a model, no project file: ``target`` is
    the model URI it names, ``label`` what the server does). ``strong`` references start something that only serves (uvicorn,
    ``streamlit run``, a BentoML service); weak ones (``python X.py``, SAGEMAKER_PROGRAM,
    a console script) count only when the target is named like serving code. ``base`` is a
    directory the target is relative to (gunicorn ``--chdir``, Azure ML ``code:``).
    """

    line: int
    kind: str
    target: str
    how: str
    strong: bool
    base: str = ""
    label: str = ""
    """The name a weak reference is judged by when it is not the target's (a console script's name)."""
    listens: bool = False
    """A weak launch in an image that EXPOSEs a port: the program it runs answers on that port."""


def config_kind(relative: str) -> str:
    """``config`` for the deployment files worth reading, else ``""``. Decided from the
    name alone, so discovery stays a directory walk."""
    name = relative.rpartition("/")[2].lower()
    if name in ("procfile", "pyproject.toml", "makefile", "manifest.in") or _DOCKERFILE.match(name) or name.endswith(".sh"):
        return KIND
    if relative.lower().endswith(".s2i/environment"):  # Seldon's source-to-image settings
        return KIND
    if name.endswith((".yaml", ".yml")):
        lowered = f"/{relative.lower()}"
        # inside .github/ and .gitlab folders only the CI pipelines are deployment files
        if "/.github/" in lowered or "/.gitlab" in lowered:
            return KIND if ci_path_flavour(relative) else ""
        return KIND
    # infrastructure in other languages (CDK TypeScript, Terraform, Bicep): declared endpoints and monitors
    return KIND if iac_kind(relative) else ""


def extract_config(path: str, data: bytes) -> FileFacts:
    """Facts of one deployment file: no module, only its entry references."""
    text = data.decode("utf-8", "replace")
    problems: list[tuple[str, str]] = []
    infrastructure = iac_kind(path)
    if infrastructure:
        declared = _read(problems, "resources", declared_in_iac, infrastructure, text) or []
        extra: dict[str, object] = {"entry_refs": (), **({"resources": tuple(declared)} if declared else {})}
        return FileFacts(path=path, module="", kind=KIND, extra=extra, part_errors=tuple(problems))
    from .task_files import file_tasks  # job order: Databricks jobs, CI pipelines, make, shell (release flow)
    from .build_steps import build_facts  # model files build steps hand to serving (release flow)

    if ci_flavour(path, text):
        # CI pipelines run tests and training jobs, start servers only to test them: job order only
        # except a serverless function a deploy step names: that is the code deployed, not a test
        functions = tuple(_read(problems, "cloud functions", cloud_functions, text) or ())
        extra = {"entry_refs": functions, **_tasks(_read(problems, "job order", file_tasks, path, text) or ())}
        extra.update(_read(problems, "build handoffs", build_facts, path, text) or {})
        return FileFacts(path=path, module="", kind=KIND, extra=extra, part_errors=tuple(problems))
    extra = {"entry_refs": tuple(_read(problems, "entry points", entry_refs, path, text) or ())}
    name = path.rpartition("/")[2].lower()
    if _DOCKERFILE.match(name):
        from .build_steps import dockerfile_steps  # what the image build copies and runs (release flow)

        steps = _read(problems, "build steps", dockerfile_steps, text)
        if steps is not None:
            extra["build_steps"] = steps
    if name.endswith((".yaml", ".yml")):
        from .k8s_detectors import declared_detectors  # only YAML needs it, not discovery's import of this module

        declared = _read(problems, "resources", lambda: declared_resources(text) + declared_detectors(text))
        if declared:
            extra["resources"] = tuple(declared)
    if name.endswith((".yaml", ".yml")) or name == "makefile" or name.endswith(".sh"):
        extra.update(_tasks(_read(problems, "job order", file_tasks, path, text) or ()))
    if name.endswith((".yaml", ".yml", ".sh")) or name in ("makefile", "manifest.in", "pyproject.toml"):
        extra.update(_read(problems, "build handoffs", build_facts, path, text) or {})
    if "serving" in text:
        from .model_servers import served_model_dirs  # folders a TF Serving container serves (release flow)

        served = _read(problems, "served models", served_model_dirs, name, text)
        if served:
            extra["served_dirs"] = served
    if name == "makefile" or name.endswith(".sh"):
        copies = _read(problems, "copies", staged_copies, text)
        if copies:
            extra["copies"] = tuple(copies)
    return FileFacts(path=path, module="", kind=KIND, extra=extra, part_errors=tuple(problems))


def _read(problems: list[tuple[str, str]], part: str, reader: Any, *args: object) -> Any:
    """``reader(*args)``, or None with ``(part, why)`` added to ``problems`` when it fails.

    Deployment files are read with hand-written scanners over text nobody validated: one part
    that trips a scanner (a 1,000-job ``needs:`` chain, a construct no rule foresaw) must cost
    that part only, and say so in the run's errors, instead of losing the file in silence.
    """
    try:
        return reader(*args)
    except Exception as exc:  # noqa: BLE001 - any failure of a scanner is the file's, reported
        problems.append((part, f"could not read its {part} ({type(exc).__name__}: {exc})"[:300]))
        return None


def _tasks(tasks: tuple[tuple[object, ...], ...]) -> dict[str, object]:
    return {"job_tasks": tasks} if tasks else {}


_CFN_TYPE = LazyPattern(r"^\s*(?:-\s*)?[\"']?Type[\"']?\s*:\s*[\"']?((?:AWS|Custom)::[\w:]+)[\"']?\s*(?:#.*)?$")
_TOP_KEY = LazyPattern(r"^([A-Za-z_][\w-]*)\s*:")


def declared_resources(text: str) -> list[tuple[int, str]]:
    """Resources a YAML file declares, as ``(line, kind)``: CloudFormation / SAM types
    (``AWS::SageMaker::MonitoringSchedule``) and the top-level keys of the file (an Azure ML
    monitor schedule is ``create_monitor:``). The project stage decides which of them serve
    or monitor a model."""
    found: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), 1):
        if "Type" in line and (match := _CFN_TYPE.match(line)):
            found.append((number, match.group(1)))
        elif line[:1].isalpha() and (match := _TOP_KEY.match(line)):
            found.append((number, f"key:{match.group(1)}"))
    return found


_COPY_COMMANDS = frozenset({"cp", "install"})
_COPY_SOURCE = LazyPattern(r"^[\w./-]+$")


def staged_copies(text: str) -> list[tuple[int, str, str]]:
    """``cp`` commands in a build or deploy script, as ``(line, source, destination)``.

    Lambda functions, CDK assets and container build contexts are often assembled by a
    script that copies shared modules next to the handler (``cp src/features.py
    lambda/predict/``) before packaging: the handler's ``import features`` then loads that
    copy. Only literal paths are kept (no ``$VAR``, no globs); the project stage decides
    which of them name project files.
    """
    copies: list[tuple[int, str, str]] = []
    for number, line in continued_lines(text):
        if line.lstrip().startswith("#"):
            continue
        for command in re.split(r"&&|\|\||;|\|", line.split(" #")[0]):
            words = command.split()
            while words and words[0] in ("sudo", "exec", "then", "do", "else", "-"):
                words = words[1:]
            if not words or words[0] not in _COPY_COMMANDS:
                continue
            operands = [w.strip("\"'") for w in words[1:] if not w.startswith("-")]
            if len(operands) < 2 or not all(_COPY_SOURCE.match(o) for o in operands):
                continue
            *sources, destination = operands
            copies.extend((number, source, destination) for source in sources)
    return copies


_SELDON_MODEL = LazyPattern(r"\bMODEL_NAME[\"']?\s*(?:=|:|\s)\s*[\"']?([A-Za-z_]\w*)[\"']?\s*(?:$|#|,|\})")
_SELDON_NAMED = LazyPattern(r"^\s*(?:-\s*)?name:\s*[\"']?MODEL_NAME[\"']?\s*$")


def _seldon_model_names(text: str) -> list[EntryRef]:
    """Seldon Core's Python wrapper serves the class MODEL_NAME from the file of the same name
    (``MODEL_NAME=ChurnModel`` serves ``ChurnModel.py``); read only where Seldon is named."""
    if "seldon" not in text.lower() and "SERVICE_TYPE" not in text:
        return []
    refs = []
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        match = _SELDON_MODEL.search(line)
        if match is None and number > 1 and _SELDON_NAMED.match(lines[number - 2]):
            match = re.match(r"^\s*value:\s*[\"']?([A-Za-z_]\w*)[\"']?\s*$", line)
        if match:
            refs.append(EntryRef(number, "file", f"{match.group(1)}.py", f"Seldon MODEL_NAME={match.group(1)}", True))
    return refs


def entry_refs(path: str, text: str) -> list[EntryRef]:
    name = path.rpartition("/")[2].lower()
    if name == "pyproject.toml":
        return _pyproject(text)
    if name == "environment":
        return _seldon_model_names(text)
    if name == "procfile":
        refs: list[EntryRef] = []
        for number, line in enumerate(text.splitlines(), 1):
            label, colon, command = line.partition(":")
            if colon and label.strip() and not label.lstrip().startswith("#"):
                refs.extend(_scan(_tokens(command, number), f"Procfile {label.strip()}:"))
        return refs
    if name in ("serverless.yml", "serverless.yaml"):
        return _serverless(text)
    if name.endswith((".yaml", ".yml")):
        return _yaml(text, bento=name.startswith("bentofile")) + _seldon_model_names(text) + cloud_functions(text)
    if name == "makefile" or name.endswith(".sh"):
        # shell lines and make recipes: every line is a command (comments dropped)
        label = "Makefile:" if name == "makefile" else "script:"
        return [ref for number, line in continued_lines(text) if not line.lstrip().startswith("#") for ref in _scan(_tokens(line, number), label)] + cloud_functions(text)
    return _dockerfile(text) + _seldon_model_names(text)


@functools.lru_cache(maxsize=1)
def launchers() -> frozenset[str]:
    """Calls that run a command in a child process (``[launchers] calls`` of data/entrypoints.toml):
    read by extraction (a command a call runs) and by the roles (what it starts)."""
    return frozenset(knowledge().get("launchers", {}).get("calls", ()))


@functools.lru_cache(maxsize=1)
def knowledge() -> dict[str, Any]:
    """The entry-point knowledge (``data/entrypoints.toml``), read once per process."""
    document = resources.files("pytest_mllens") / "data" / "entrypoints.toml"
    return tomllib.loads(document.read_text(encoding="utf-8"))


# -- commands ----------------------------------------------------------------------------------
_TOKEN = LazyPattern(r"[^\s\"',\[\]{}()=]+")
_APP = LazyPattern(r"^([A-Za-z_][\w.]*):([A-Za-z_][\w.]*)(?:\(\))?$")
_MODULE = LazyPattern(r"^[A-Za-z_][\w.]*$")
_PYTHON = LazyPattern(r"^python[\d.]*$")
_SEPARATORS = frozenset({"&&", "||", ";", "|", "-", "exec"})


def _tokens(text: str, first_line: int) -> list[tuple[str, int]]:
    found = []
    for offset, line in enumerate(text.split("\n")):
        found.extend((m.group(0), first_line + offset) for m in _TOKEN.finditer(line.split(" #")[0]))
    return found


def _scan(tokens: list[tuple[str, int]], where: str) -> list[EntryRef]:
    """Find server launches in a stream of command tokens (a shell line, a JSON array, a
    YAML list: punctuation is dropped, so all read alike)."""
    commands = knowledge()["commands"]
    servers = frozenset(commands["app-servers"])
    runners = {(word, verb) for word, verb in commands["script-runners"]}
    flags = {word: flag for word, flag in commands.get("handler-flags", [])}
    refs: list[EntryRef] = []
    words = [t for t, _ in tokens]
    i = 0
    while i < len(tokens):
        word, line = tokens[i]
        base_word = word.rpartition("/")[2]
        if _PYTHON.match(base_word):
            j = i + 1
            while j < len(words) and words[j].startswith("-") and words[j] != "-m":
                j += 1
            if j + 1 < len(words) and words[j] == "-m":
                module = words[j + 1]
                if module in servers or any(module == w for w, _ in runners):
                    i = j + 1
                    continue  # python -m uvicorn ...: the server word is scanned next
                if _MODULE.match(module):
                    refs.append(EntryRef(line, "module", module, f"{where} python -m {module}".strip(), False))
                i = j + 2
                continue
            if j < len(words) and words[j].endswith(".py"):
                refs.append(EntryRef(line, "file", words[j], f"{where} python {words[j]}".strip(), False))
                i = j + 1
                continue
        elif base_word in flags:
            for j in range(i + 1, min(len(tokens), i + 40)):
                if words[j] in _SEPARATORS:
                    break
                if words[j - 1] == flags[base_word] and words[j].endswith(".py"):
                    refs.append(EntryRef(line, "file", words[j], f"{where} {base_word} {flags[base_word]} {words[j]}".strip(), True))
                    break
        elif base_word in servers:
            base = ""
            for j in range(i + 1, min(len(tokens), i + 24)):
                token = words[j]
                if token in _SEPARATORS:
                    break
                if token in ("--chdir", "--app-dir") and j + 1 < len(words):
                    base = words[j + 1]
                match = _APP.match(token)
                if match:
                    refs.append(EntryRef(line, "module", match.group(1), f"{where} {base_word} {token}".strip(), True, base))
                    i = j
                    break
        elif (served := model_server_ref(words, i, line, where)) is not None:
            refs.append(served)
        else:
            verb = words[i + 1] if i + 1 < len(words) else ""
            for runner, runner_verb in runners:
                if base_word != runner or (runner_verb and verb != runner_verb):
                    continue
                j = i + (2 if runner_verb else 1)
                while j < len(words) and words[j].startswith("-"):
                    j += 1
                if j < len(words):
                    target = words[j]
                    launch = f"{where} {runner}{' ' + runner_verb if runner_verb else ''} {target}".strip()
                    if target.endswith(".py"):
                        refs.append(EntryRef(line, "file", target, launch, True))
                    elif _APP.match(target) or (_MODULE.match(target) and runner != "gradio"):
                        module = target.partition(":")[0]
                        refs.append(EntryRef(line, "module", module, launch, True))
                break
        i += 1
    return refs


def model_server_ref(words: list[str], i: int, line: int, where: str) -> EntryRef | None:
    """``mlflow models serve -m models:/churn/Production`` (``[[model-server]]`` of
    data/entrypoints.toml) at ``words[i]``: a reference of kind ``model`` whose target is the
    model URI, serving no project file. For MLflow only a registry or run URI (or a variable
    holding one) counts: `mlflow models serve --help` or a local folder names no model this
    project ships; a model server that serves the store it is pointed at (``local = true``:
    ``torchserve --start --models churn=churn.mar``) serves a model whatever the store."""
    for rule in knowledge().get("model-server", ()):
        command = rule["words"]
        if words[i].rpartition("/")[2] != command[0] or words[i + 1 : i + len(command)] != command[1:]:
            continue
        uri, flag = "", ""
        for j in range(i + len(command), min(len(words), i + 40)):
            if words[j] in _SEPARATORS:
                break
            name, equals, value = words[j].partition("=")
            if name in rule["flags"] and (equals or j + 1 < len(words)):
                uri, flag = (value if equals else words[j + 1]), name
                break
        # a registry or run URI, or for a server that serves what it is pointed at (TorchServe,
        # Triton, TF Serving: `local = true`) any model store, archive or folder
        wanted = bool(uri) and not uri.startswith("-") if rule.get("local") else uri.startswith(("models:/", "runs:/", "$"))
        if not wanted or (i and words[i - 1] in ("echo", "printf")):
            return None  # `mlflow models serve --help`, a local folder, or a line that prints the command
        shown = f" {flag} {uri}" if "$" not in uri else ""
        return EntryRef(line, "model", uri, f"{where} {' '.join(command)}{shown}".strip(), True, label=rule["says"])
    return None


# -- Dockerfile ---------------------------------------------------------------------------------
_ENV_PROGRAM = LazyPattern(r"SAGEMAKER_PROGRAM[\"']?\s*[=:\s]\s*[\"']?([\w./-]+\.py)")


def _dockerfile(text: str) -> list[EntryRef]:
    refs: list[EntryRef] = []
    exposed = ""
    for start, instruction in continued_lines(text):
        stripped = instruction.strip()
        keyword = stripped.split(None, 1)[0].upper() if stripped else ""
        if keyword == "ENV" or keyword == "ARG":
            for match in _ENV_PROGRAM.finditer(stripped):
                refs.append(EntryRef(start, "file", match.group(1), f"ENV SAGEMAKER_PROGRAM={match.group(1)}", False))
        elif keyword in ("CMD", "ENTRYPOINT"):
            refs.extend(_scan(_tokens(stripped[len(keyword):], start), keyword))
        elif keyword == "EXPOSE" and not exposed:
            exposed = " ".join(stripped.split()[1:2])
    if exposed:
        # `python main.py` in an image that exposes a port runs the server behind that port
        refs = [replace(r, listens=True, how=f"{r.how}; the image EXPOSEs {exposed}") if r.how.startswith(("CMD python", "ENTRYPOINT python")) else r for r in refs]
    return refs


# -- YAML ---------------------------------------------------------------------------------------
_BENTO_SERVICE = LazyPattern(r"^service:\s*[\"']?([\w./-]+?)(?:\.py)?(?::\w+)?[\"']?\s*(?:#.*)?$")
_IMPORT_PATH = LazyPattern(r"^\s*(?:-\s*)?import_path:\s*[\"']?([A-Za-z_][\w.]*?)(?::|\.)([A-Za-z_]\w*)[\"']?\s*(?:#.*)?$")
_SCORING = LazyPattern(r"^\s*(?:-\s*)?[\"']?(scoring_script|entry_script|score_script|entryScript|scoringScript)[\"']?\s*:\s*[\"']?([\w./-]+\.py)[\"']?", re.IGNORECASE)
# Azure DevOps variables: `- name: SCORE_SCRIPT` then `value: 'scoring/score.py'`
_NAMED = LazyPattern(r"^\s*(?:-\s*)?name:\s*[\"']?(score_script|scoring_script|entry_script|sagemaker_program)[\"']?\s*$", re.IGNORECASE)
_VALUE = LazyPattern(r"^\s*value:\s*[\"']?([\w./-]+\.py)[\"']?")
_CODE_DIR = LazyPattern(r"^\s*(?:code|source_directory):\s*[\"']?([\w./-]+)[\"']?\s*(?:#.*)?$")
_SERVER_HINT = LazyPattern(r"uvicorn|gunicorn|hypercorn|daphne|granian|waitress|streamlit|fastapi|gradio|bentoml|python|serve\b")


_TRUSS_KEY = LazyPattern(r"^(model_class_name|model_module_dir|model_class_filename):\s*[\"']?([\w./-]+)[\"']?\s*(?:#.*)?$")


def _truss(text: str) -> list[EntryRef]:
    """A Truss ``config.yaml`` (it names ``model_class_name``): the server loads
    ``<model_module_dir>/<model_class_filename>`` (``model/model.py`` by default)."""
    keys: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(text.split("\n"), 1):
        if match := _TRUSS_KEY.match(line):
            keys[match.group(1)] = (match.group(2), number)
    if "model_class_name" not in keys:
        return []
    directory = keys.get("model_module_dir", ("model", 0))[0]
    filename = keys.get("model_class_filename", ("model.py", 0))[0]
    line = keys["model_class_name"][1]
    return [EntryRef(line, "file", f"{directory}/{filename}", f"Truss config: model_class_name {keys['model_class_name'][0]} in {directory}/{filename}", True)]


def _yaml(text: str, bento: bool = False) -> list[EntryRef]:
    refs: list[EntryRef] = _truss(text) if "model_class_name" in text else []
    code_dir = ""
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if bento and (match := _BENTO_SERVICE.match(line)):
            refs.append(EntryRef(number, "module", match.group(1).replace("/", "."), f"bentofile service: {line.split(':', 1)[1].strip()}", True))
        elif match := _IMPORT_PATH.match(line):
            refs.append(EntryRef(number, "module", match.group(1), f"Ray Serve import_path: {match.group(1)}:{match.group(2)}", True))
        elif match := _CODE_DIR.match(line):
            code_dir = match.group(1)
        elif match := _SCORING.match(line):
            refs.append(EntryRef(number, "file", match.group(2), f"Azure ML {match.group(1)}: {match.group(2)}", True, code_dir))
        elif (match := _VALUE.match(line)) and number > 1 and (named := _NAMED.match(lines[number - 2])):
            variable = named.group(1)
            strong = variable.lower() != "sagemaker_program"
            refs.append(EntryRef(number, "file", match.group(1), f"variable {variable} = {match.group(1)}", strong))
        for match in _ENV_PROGRAM.finditer(line):
            refs.append(EntryRef(number, "file", match.group(1), f"SAGEMAKER_PROGRAM: {match.group(1)}", False))
    if _SERVER_HINT.search(text):
        # commands: only the values of command/args/entrypoint keys (and their list items)
        stream: list[tuple[str, int]] = []
        inside = -1
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            indent = len(line) - len(line.lstrip())
            key, colon, value = stripped.lstrip("- ").partition(":")
            if colon and key in ("command", "args", "entrypoint", "cmd", "run", "web"):
                inside = indent
                stream.append(("&&", number))
                stream.extend(_tokens(value, number))
            elif inside >= 0 and stripped and (indent > inside or stripped.startswith("- ") and indent >= inside):
                stream.extend(_tokens(stripped.lstrip("- "), number))
            else:
                inside = -1
        commands = _scan(stream, "command:")
        if _COMMAND_COMPONENT.search(text):
            # an Azure ML command component: a pipeline step whose job is the component's, not a server
            commands = [ref if ref.strong else replace(ref, label=COMPONENT_STEP) for ref in commands]
        refs.extend(commands)
    return refs


COMPONENT_STEP = "pipeline component step"
"""The label of a ``python X.py`` an Azure ML command component runs: not named like serving,
so the step is hosting code only by what its code does (a batch-inference finder), not because
its script is called ``score.py``: such components are most often the scoring step of a
training pipeline (test split in, predictions out to an evaluation step)."""
_COMMAND_COMPONENT = LazyPattern(r"commandComponent\.schema\.json|^type:\s*command\s*$", re.MULTILINE)


SERVERLESS_HOW = "serverless.yml function handler"
"""How a Serverless Framework reference starts (``EntryRef.how``): a declared function, hosting
only when its code shows a model (see ``model.roles.entrypoints``)."""
_SERVERLESS_HANDLER = re.compile(r"^\s+handler:\s*['\"]?([\w./-]+)\.(\w+)['\"]?\s*(?:#.*)?$")


def _serverless(text: str) -> list[EntryRef]:
    """The Serverless Framework's ``functions:``: each ``handler: api/main.run`` names the module
    (``api/main.py``) whose function AWS Lambda calls with every request or event. A weak
    reference that answers requests (``listens``): the module is hosting code when it serves and
    does not train, and it exposes a model only when its code loads one or invokes an endpoint."""
    refs: list[EntryRef] = []
    for number, line in enumerate(text.split("\n"), 1):
        match = _SERVERLESS_HANDLER.match(line)
        if match:
            module = match.group(1).removeprefix("./")
            # `src/handler.predict` (a path) or `model_lambda.lambda_function.lambda_handler` (dotted)
            refs.append(EntryRef(number, "file", f"{module.replace('.', '/')}.py", f"{SERVERLESS_HOW}: {match.group(1)}.{match.group(2)}", False, listens=True))
    return refs


_GCF_ACTION = LazyPattern(r"^\s*(?:-\s*)?uses:\s*[\"']?google-github-actions/deploy-cloud-functions\b")
_GCF_KEY = LazyPattern(r"^\s*(entry_point|source_dir):\s*[\"']?([\w./-]+)[\"']?\s*(?:#.*)?$")
_GCF_STEP_END = LazyPattern(r"^\s*-\s")
_GCLOUD_DEPLOY = LazyPattern(r"\bgcloud\s+(?:beta\s+)?functions\s+deploy\b")
_GCLOUD_FLAG = LazyPattern(r"--(entry-point|source)(?:=|\s+)[\"']?([\w./-]+)")


def cloud_functions(text: str) -> list[EntryRef]:
    """Google Cloud Functions deployed from a CI step or a shell command: the
    ``google-github-actions/deploy-cloud-functions`` action's ``entry_point:`` (with its
    ``source_dir:``) and ``gcloud functions deploy --entry-point X [--source D]``. The Python
    runtime imports ``main.py`` of the source folder and calls the named function per request,
    with no decorator in the code to say so. A weak reference that answers requests
    (``listens``): hosting when the module serves and does not train, exposing a model only when
    its code loads one or asks an endpoint for predictions (the same shape answers webhooks)."""
    if "deploy-cloud-functions" not in text and "functions" not in text:
        return []
    refs: list[EntryRef] = []
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if _GCF_ACTION.match(line):
            keys = _cloud_function_keys(lines[number:])
            if "entry_point" in keys:
                entry, where = keys["entry_point"]
                refs.append(_cloud_function_ref(number + where, keys.get("source_dir", ("", 0))[0], entry, f"deploy-cloud-functions entry_point: {entry}"))
    for number, line in continued_lines(text):
        if _GCLOUD_DEPLOY.search(line) and not line.lstrip().startswith("#"):
            flags = dict(_GCLOUD_FLAG.findall(line))
            if "entry-point" in flags:
                refs.append(_cloud_function_ref(number, flags.get("source", ""), flags["entry-point"], f"gcloud functions deploy --entry-point {flags['entry-point']}"))
    return refs


def _cloud_function_keys(following: list[str]) -> dict[str, tuple[str, int]]:
    """``entry_point`` / ``source_dir`` of the action step that starts just above ``following``
    (value, offset of its line), read up to the next step."""
    keys: dict[str, tuple[str, int]] = {}
    for offset, line in enumerate(following, 1):
        if _GCF_STEP_END.match(line):
            break
        if match := _GCF_KEY.match(line):
            keys[match.group(1)] = (match.group(2), offset)
    return keys


def _cloud_function_ref(line: int, source: str, entry: str, how: str) -> EntryRef:
    folder = posixpath.normpath(source).strip("/") if source else "."
    return EntryRef(line, "file", "main.py" if folder == "." else f"{folder}/main.py", f"{how} (Cloud Functions calls {entry}() of main.py per request)", False, listens=True)


# -- pyproject.toml -----------------------------------------------------------------------------
def _pyproject(text: str) -> list[EntryRef]:
    try:
        document = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeError):
        return []
    tables = [document.get("project", {}).get("scripts", {}), document.get("tool", {}).get("poetry", {}).get("scripts", {})]
    refs = []
    lines = text.split("\n")
    # BentoML 1.2+ reads its build configuration from pyproject: [tool.bentoml.build] service = "service:Summarizer"
    bento = document.get("tool", {}).get("bentoml", {})
    service = bento.get("build", {}).get("service") if isinstance(bento, dict) and isinstance(bento.get("build"), dict) else None
    if isinstance(service, str) and (match := _APP.match(service.replace(".py:", ":"))):
        line = next((n for n, text_line in enumerate(lines, 1) if text_line.strip().startswith("service") and service in text_line), 1)
        refs.append(EntryRef(line, "module", match.group(1), f"[tool.bentoml.build] service = \"{service}\"", True))
    for table in tables:
        if not isinstance(table, dict):
            continue
        for script, value in table.items():
            if not isinstance(value, str) or ":" not in value:
                continue
            module = value.partition(":")[0].strip()
            if not _MODULE.match(module):
                continue
            line = next((n for n, text_line in enumerate(lines, 1) if text_line.strip().startswith((script, f'"{script}"')) and value in text_line), 1)
            refs.append(EntryRef(line, "module", module, f"[project.scripts] {script} = \"{value}\"", False, label=script))
    return refs
