"""Hosting code as it is deployed: modules that serve because something else runs them.

A module's own calls say "I serve" for web apps and model-server classes (knowledge rules).
Most real inference code says nothing of the kind: it is a script that a deployment runs.
This stage finds, from facts already extracted (no parsing):

- entry points named elsewhere: a Dockerfile, Procfile, YAML or pyproject entry
  (``facts.deploy_config``), or a Python call such as ``PyTorchModel(entry_point=...)``;
- SageMaker handlers bound by import (``from handlers import model_fn, predict_fn``);
- classes a deployment names (Kubeflow Fairing's ``Serving("model.ModelServe")``), and
  files logged as MLflow "models from code";
- Lambda handlers (``def handler(event, context)``) that load a model or call an endpoint;
- CLIs whose commands include predict or serve (they ship whatever the module imports);
- UI apps and hand-written model servers (:mod:`.app_hosting`) and batch-inference jobs and
  pipelines (:mod:`.batch_hosting`), whose finders this module runs in order;
- the other pages of a multipage UI app one of whose pages serves (:mod:`.app_pages`).

Each finding is a :class:`Hosting` (:mod:`.entry_common`) with a reason that names the file and line.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import SERVERLESS_HOW, EntryRef, knowledge
from ...facts.records import NON_LITERAL, CallFact, ClassFact, FileFacts, FunctionFact
from .app_hosting import model_app, predictor_class, server_class, web_view
from .app_pages import app_pages
from .batch_hosting import batch_inference, inference_pipeline, pipeline_component_step
from .launched_scripts import launched_modules, server_launch
from .prediction_scripts import prediction_script
from .flag_dispatch import flag_dispatch
from .function_apps import azure_function_app
from .estimator_deploys import estimator_deploy_refs
from .entry_common import Hosting
from .entry_common import directory as _directory
from .entry_common import globs as _globs
from .entry_common import is_test as _is_test
from .entry_common import loads_here_or_imported as _loads_here_or_imported
from .entry_common import loads_model as _loads_model
from .entry_common import named_like_serving as _named_like_serving
from .entry_common import stem as _stem
from .entry_common import words as _words
from ..knowledge import imported_roots

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["Hosting", "deployed_hosting"]

_CLI_LIBRARIES = frozenset({"typer", "click", "argparse", "fire"})
_REFERENCE_SDKS = frozenset({"sagemaker", "azure", "azureml", "mlflow"})
_CONTAINER_ENTRIES = ("CMD ", "ENTRYPOINT ", "Procfile ")
"""How a Dockerfile's CMD / ENTRYPOINT or a Procfile process names the program a container runs."""


def deployed_hosting(project: Project) -> dict[str, Hosting]:
    """Hosting reasons by file path, for modules the knowledge rules did not already call hosting."""
    found: dict[str, Hosting] = {}

    def add(facts: FileFacts, hosting: Hosting) -> None:
        if facts.path not in found:
            found[facts.path] = _with_origin(facts, hosting)

    python = [f for f in project.files if f.kind == "py"]
    for config in project.configs:
        for ref in config.extra.get("entry_refs", ()):  # type: ignore[union-attr]
            for target in _referenced(project, ref, _directory(config.path)):
                if ref.how.startswith(SERVERLESS_HOW) and not _declared_function_serves(project, target):
                    continue
                if ref.strong or _named_like_serving(ref.label or _stem(target.path)) or (ref.listens and _serves_not_trains(project, target)):
                    add(target, Hosting(f"deployed by {config.location(ref.line)} ({ref.how})", 1, needs_model=_web_launch(ref)))
                elif ref.how.startswith(_CONTAINER_ENTRIES):
                    hosting = _training_entry_server(project, target) or _scoring_entry(project, target)
                    if hosting is not None:
                        add(target, Hosting(f"container entry point named by {config.location(ref.line)} ({ref.how}) that {hosting.reason}", hosting.line, needs_model=True))
    for facts in project.files:  # notebooks too: deployment calls often live in one
        # a function of the file's facts and the package's data: kept per file (Knowledge.file_summary)
        references = project.knowledge.file_summary(facts, ("python-references", "with-constants"), _python_reference_list)
        for ref, says in references + project.knowledge.file_summary(facts, ("estimator-deploys",), estimator_deploy_refs):
            for target in _referenced(project, ref, _directory(facts.path)):
                if target.path != facts.path:
                    add(target, Hosting(f"named as the inference script by {facts.location(ref.line)} ({ref.how}: {says})", 1))
        for target, hosting in _served_classes(project, facts):
            add(target, hosting)
    for facts in python:
        if _is_test(facts.path) or pipeline_component_step(project, facts):
            continue
        for finder in (_reexported_handlers, _lambda_handler, azure_function_app, _handler_functions, model_app, web_view, predictor_class, inference_pipeline, _cli_commands, flag_dispatch, batch_inference, prediction_script, server_class):
            hosting = finder(project, facts)
            if hosting is not None:
                add(facts, hosting)
                break
    for facts, hosting in _serving_cores(project, found):
        add(facts, hosting)
    hosts = set(found) | {path for path, reasons in project.roles.items() if any(r.role == "hosting" for r in reasons)}
    for facts, hosting in app_pages(project, hosts):
        add(facts, replace(hosting, needs_model=True))
    return found


def _with_origin(facts: FileFacts, hosting: Hosting) -> Hosting:
    """A file a notebook writes (``%%writefile entry.py``) is not in the repository until the
    notebook runs: the reason says which cell writes it, so a reader looking for
    ``notebooks/entry.py`` on disk knows where its code is."""
    if not facts.origin or facts.origin == facts.path:
        return hosting
    return replace(hosting, reason=f"{hosting.reason}; the file is written by {facts.location(1)} (%%writefile), not kept in the repository")


def _web_launch(ref: EntryRef) -> bool:
    """The reference starts a program as a web server (``uvicorn app:app``, ``streamlit run``,
    ``python main.py``) rather than a model server (``bentoml serve``, ``mlserver start``, a
    SageMaker or Azure ML scoring script): whether a model is behind it is for its code to show."""
    if not ref.strong:
        return True
    generic = frozenset(knowledge()["commands"].get("web-launchers", ()))
    return bool(generic & set(ref.how.replace("/", " ").split()))


# ``settings = yaml.load(f)`` at module level reads configuration, not a model
_CONFIG_READERS = frozenset({"json", "yaml", "toml", "tomllib", "tomli", "configparser", "dotenv"})


def _serving_cores(project: Project, found: dict[str, Hosting]) -> list[tuple[FileFacts, Hosting]]:
    """A sibling module a hosting module imports, that loads the model when imported (a load
    at module level) and predicts: the app's serving core (``app/main.py`` imports
    ``app/core.py``, where ``model = Model.load(path)`` runs at import). It is served as much
    as the app is, so its own imports are checked as the app's are."""
    hosts = set(found) | {path for path, reasons in project.roles.items() if any(r.role == "hosting" for r in reasons)}
    names = knowledge()["names"]
    training = set(names["training-words"])
    predicts = frozenset(knowledge()["loads"]["predict-methods"])
    loaders = frozenset(knowledge()["loads"].get("loader-methods", ()))
    cores: list[tuple[FileFacts, Hosting]] = []
    for path in sorted(hosts):
        host = project.by_path.get(path)
        if host is None or host.kind != "py":
            continue
        for imported in host.imports:
            if imported.lazy or imported.type_checking:
                continue
            module = project.resolve_import(host, imported.target)
            core = project.modules.get(module) if module else None
            if core is None or core.path in hosts or _directory(core.path) != _directory(host.path) or _words(_stem(core.path)) & training:
                continue
            if project.role_by_knowledge(core, ("training", "evaluation")):
                continue
            load = _loads_model(core) or next(
                ((c.name, c.line) for c in core.calls if c.method in loaders and c.assigned_to and not c.scope and c.name.split(".")[0] not in _CONFIG_READERS),
                None,
            )
            at_import = next((c for c in core.calls if not c.scope and c.line == load[1]), None) if load else None
            if at_import is None or not any(c.method in predicts for c in core.calls):
                continue
            cores.append((core, Hosting(
                f"serving core of {host.path}: imported at {host.path}:{imported.line}, loads the model when imported "
                f"({load[0]}() at line {load[1]}) and predicts with it",
                load[1],
            )))
    return cores


# -- references --------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _script_keywords() -> frozenset[str]:
    return frozenset(rule["script"] for rule in knowledge().get("reference", []))


def _python_reference_list(facts: FileFacts) -> tuple[tuple[EntryRef, str], ...]:
    return tuple(_python_references(facts))


def _literal_or_constant(facts: FileFacts, call: CallFact, keyword: str) -> object:
    """A keyword's literal value, or the string a module-level constant passed as that keyword
    holds (``ENTRY_POINT = "inference.py"`` then ``TensorFlowModel(entry_point=ENTRY_POINT)``),
    when the module binds that name to a string exactly once."""
    value = call.keyword(keyword)
    if value != NON_LITERAL or not keyword:
        return value
    names = call.names_in_keyword(keyword)
    if len(names) != 1:
        return value
    bound = [text for scope, name, text in facts.extra.get("strings", ()) if not scope and name == names[0]]  # type: ignore[attr-defined]
    return bound[0] if len(bound) == 1 else value


def _python_references(facts: FileFacts) -> Iterable[tuple[EntryRef, str]]:
    if not imported_roots(facts) & _REFERENCE_SDKS:
        return  # only the cloud SDKs name inference scripts: skip the calls of every other file
    rules = knowledge().get("reference", [])
    keywords = _script_keywords()
    for call in facts.calls:
        if not call.keywords or not any(key in keywords for key, _ in call.keywords):
            continue  # the cheap test first: almost no call names a script
        for rule in rules:
            if "method" in rule and call.method != rule["method"]:
                continue
            if "call" in rule and not _globs((rule["call"],)).match(call.name):
                continue
            script = _literal_or_constant(facts, call, rule["script"])
            if not isinstance(script, str) or script == NON_LITERAL or not script.endswith(".py"):
                continue
            if rule.get("named") and not _named_like_serving(_stem(script)):
                continue
            directory = _literal_or_constant(facts, call, rule.get("directory", ""))
            base = directory if isinstance(directory, str) and directory != NON_LITERAL and "://" not in directory else ""
            how = f"{call.name.rpartition('.')[2] if call.resolved else call.name}({rule['script']}={script!r}" + (f", {rule['directory']}={base!r})" if base else ")")
            yield EntryRef(call.line, "file", script, how, True, base), rule["says"]
            break


@functools.lru_cache(maxsize=1)
def _served_class_roots() -> frozenset[str]:
    return frozenset(rule["call"].split(".")[0] for rule in knowledge().get("served-class", []))


def _served_classes(project: Project, facts: FileFacts) -> Iterable[tuple[FileFacts, Hosting]]:
    """Classes a deployment call names (``Serving("model.ModelServe")``, a class object
    passed to an endpoint builder): the file defining the class is what the server runs."""
    if not imported_roots(facts) & _served_class_roots():
        return
    for rule in knowledge().get("served-class", []):
        pattern = _globs((rule["call"],))
        for call in facts.calls:
            if not call.resolved or not pattern.match(call.name):
                continue
            if "with-call" in rule and not any(_globs((rule["with-call"],)).match(c.name) for c in facts.calls if c.resolved):
                continue
            named = _named_class(call, rule)
            if not named:
                continue
            module, _, name = named.replace(":", ".").rpartition(".")
            found = _class_defined(project, facts, module, name)
            if found is None:
                continue
            target, cls = found
            how = f"{call.name.rpartition('.')[2]}(... {named!r})"
            yield target, Hosting(f"class {name} at {target.location(cls.line)} is served: {how} at {facts.location(call.line)} ({rule['says']})", cls.line)


def _named_class(call: CallFact, rule: dict) -> str:
    """The class a served-class rule's argument names: a literal string or a class object."""
    keyword = rule.get("keyword", "")
    value = call.keyword(keyword) if keyword else None
    position = rule.get("position")
    if (value is None or value == NON_LITERAL) and position is not None and len(call.positional) > position:
        value = call.positional[position]
    if isinstance(value, str) and value != NON_LITERAL and re.fullmatch(r"[A-Za-z_][\w.]*(?::[A-Za-z_]\w*)?", value):
        return value
    for key, ref in call.references:
        if key == keyword or (key == "" and position is not None):
            return ref
    return ""


def _class_defined(project: Project, facts: FileFacts, module: str, name: str) -> tuple[FileFacts, ClassFact] | None:
    """The top-level class ``name``: in ``module`` as ``facts`` imports it, else in ``facts``."""
    candidates = []
    parts = module.split(".") if module else []
    for start in range(len(parts)):  # `src.pkg.mod` names `pkg.mod` in a src/ layout
        dotted = ".".join(parts[start:])
        resolved = facts.module if dotted == facts.module else project.resolve_import(facts, dotted)
        if resolved is not None and resolved in project.modules:
            candidates.append(project.modules[resolved])
            break
    candidates.append(facts)
    for other in candidates:
        cls = next((c for c in other.classes if c.qualname == name), None)
        if cls is not None:
            return other, cls
    return None


def _referenced(project: Project, ref: EntryRef, near: str) -> list[FileFacts]:
    """The project files a reference names, nearest to the referring file first."""
    if ref.kind == "model":
        return []  # `mlflow models serve -m models:/...` serves a model, no project file (an ML003 exposure)
    if ref.kind == "module":
        if not ref.base and ref.target in project.modules and not near:
            return [project.modules[ref.target]]
        relative = ref.target.replace(".", "/")
        whole = relative.count("/") + 1  # a module path matches whole, never by its last part alone
        found = _files_named(project, f"{relative}.py", near, ref.base, whole) or _files_named(project, f"{relative}/__init__.py", near, ref.base, whole + 1)
        if not found and ref.target in project.modules:
            found = [project.modules[ref.target]]
        return found
    return _files_named(project, ref.target, near, ref.base)


def _files_named(project: Project, target: str, near: str, base: str, least: int = 1) -> list[FileFacts]:
    target = target.replace("\\", "/")
    base = base.replace("\\", "/")
    by_path = project.by_path
    if not target.startswith("/"):
        for candidate in (os.path.join(near, base, target), os.path.join(base, target)):
            candidate = os.path.normpath(candidate).replace("\\", "/")
            facts = by_path.get(candidate)
            if facts is not None and facts.kind == "py":
                return [facts]
    parts = [p for p in (base + "/" + target if base and not target.startswith("/") else target).split("/") if p not in ("", ".", "..")]
    index = project.memo.get("paths by name")
    if index is None:
        index = project.memo["paths by name"] = {}
        for facts in project.files:
            if facts.kind == "py":
                index.setdefault(facts.path.rpartition("/")[2], []).append(facts)
    for size in range(len(parts), least - 1, -1):
        suffix = "/".join(parts[-size:])
        matches = [f for f in index.get(parts[-1], ()) if f.path == suffix or f.path.endswith("/" + suffix)]
        if matches:
            closeness = {f.path: _common(f.path, near) for f in matches}
            best = max(closeness.values())
            return [f for f in matches if closeness[f.path] == best]
    return []


def _common(path: str, directory: str) -> int:
    if not directory:
        return 0
    count = 0
    for left, right in zip(path.split("/")[:-1], directory.split("/")):
        if left != right:
            break
        count += 1
    return count



def _training_entry_server(project: Project, facts: FileFacts) -> Hosting | None:
    """A container's entry script that trains and then starts the web server (``train()``
    then ``subprocess.run(["uvicorn", "app:app"])`` or ``uvicorn.run("app:app")``): the
    production container trains at every start. Only when it does both: a script that only
    starts the server is a launcher, and one that only trains is a training job."""
    launch = server_launch(facts)
    if launch is None:
        return None
    line, how = launch
    trains = _entry_trains(project, facts)
    if not trains:
        return None
    if _conditional(facts, line):  # `if args.command == "serve": uvicorn.run(...)`: a CLI that trains or serves
        return Hosting(f"{trains}, and starts the web server at line {line} on another command ({how}): the serving container ships the training code", line)
    return Hosting(f"{trains} and then starts the web server at line {line} ({how}): the serving container trains a model each time it starts", line)


def _scoring_entry(project: Project, facts: FileFacts) -> Hosting | None:
    """The program a container runs whatever it is called (``ENTRYPOINT ["python",
    "model_apply.py"]``) when it loads a model and predicts with it, and neither trains nor is
    named like training: the image is a scoring job, production inference. One that computes
    a metric is an evaluation job in a container (a test set scored), not serving."""
    loaded = _loads_model(facts, clients=False)
    if loaded is None or not _serves_not_trains(project, facts) or any(project.role(facts, role) for role in ("training", "evaluation")):
        return None
    predicts = frozenset(knowledge()["loads"]["predict-methods"])
    predicted = next((call for call in facts.calls if call.method in predicts and call.line >= loaded[1]), None)
    if predicted is None or _scores_predictions(project, facts, predicted) is not None:
        return None
    return Hosting(f"loads a model ({loaded[0]}() at line {loaded[1]}) and predicts with it (.{predicted.method}() at line {predicted.line})", loaded[1])


def _scores_predictions(project: Project, facts: FileFacts, predicted: CallFact) -> CallFact | None:
    """A later call in the same scope that compares the predictions with labels: it is handed
    the predictions and at least one other value (``evaluate(y, pred)``), and it is a known
    metric or a project function whose body computes one (``src/metrics.py`` over
    ``accuracy_score``). A container that does this is an evaluation job (a SageMaker
    processing step writing ``metrics.json``), which the knowledge rules miss when the metric
    sits behind the project's own helper; a scoring job writes predictions and has no labels."""
    if not predicted.assigned_to or "," in predicted.assigned_to:
        return None
    for call in facts.calls:
        if call.scope != predicted.scope or call.line < predicted.line or predicted.assigned_to not in call.arg_names or len(call.positional) + len(call.keywords) < 2:
            continue
        if project.knowledge.call_matches(facts, call, ("evaluation",)):
            return call
        module = project.resolve_import(facts, call.name.rpartition(".")[0]) if call.resolved and "." in call.name else None
        owner = project.modules.get(module) if module else None  # `src.metrics` beside the script, as the container lays it out
        if owner is not None and any(c.scope == call.method and project.knowledge.call_matches(owner, c, ("evaluation",)) for c in owner.calls):
            return call
    return None


def _conditional(facts: FileFacts, line: int) -> bool:
    """The server launch at ``line`` runs only on some condition other than being the main
    script (a sub-command, a flag, the other branch of a train command): the script does not
    train on every start, though its serving command still ships the training code."""
    guards = {i for call in facts.calls if call.line == line for i in call.guards}
    return any("__name__" not in facts.guards[i].text for i in guards)


def _entry_trains(project: Project, facts: FileFacts) -> str:
    """How an entry script trains: by its own calls, or through a project module it imports
    at module level or runs (``python train.py``)."""
    own = project.role_by_knowledge(facts, ("training",))
    if own is not None:
        return f"trains ({own.reason})"
    for imported in facts.imports:
        if imported.lazy or imported.type_checking:
            continue
        module = project.resolve_import(facts, imported.target)
        other = project.modules.get(module) if module else None
        if other is not None and other.path != facts.path and project.role_by_knowledge(other, ("training",)) is not None:
            return f"imports the training module {module} (line {imported.line})"
    for line, _, module, command in launched_modules(project, facts):
        other = project.modules.get(module)
        if other is not None and project.role_by_knowledge(other, ("training",)) is not None:
            return f"runs the training module {module} (`{command}`, line {line})"
    return ""


def _serves_not_trains(project: Project, facts: FileFacts) -> bool:
    """A program an exposed image runs is its server unless it is named like or does training,
    or is a runner that starts the project's training (``train_pipeline()``: the port the image
    exposes is an MLflow or TensorBoard UI beside the job)."""
    training = set(knowledge()["names"]["training-words"])
    if _words(_stem(facts.path)) & training or project.role_by_knowledge(facts, ("training",)) is not None:
        return False
    return not _runs_training(project, facts)


def _declared_function_serves(project: Project, facts: FileFacts) -> bool:
    """A function a serverless.yml declares runs on a schedule or a queue as often as behind an
    API: a retraining trigger that only calls ``create_training_job``, a data download. It is
    served code on the evidence a bare Lambda handler needs: it loads a model (here or in a
    module it imports), asks an endpoint for predictions, or predicts."""
    if _loads_here_or_imported(project, facts):
        return True
    predicts = frozenset(knowledge()["loads"]["predict-methods"])
    return any(call.method in predicts for call in facts.calls)


def _runs_training(project: Project, facts: FileFacts) -> int:
    """The line where ``facts`` calls a project function named like training (``train_pipeline()``,
    ``run_training()``), when it neither loads a model nor starts a server itself: a training
    runner. 0 otherwise; a server that trains at start-up is :func:`_training_entry_server`'s."""
    if server_launch(facts) is not None or _loads_model(facts):
        return 0
    training = set(knowledge()["names"]["training-words"])
    for call in facts.calls:
        if call.resolved and _words(call.method) & training and project.function(call.name) is not None:
            return call.line
    return 0



# -- handlers bound by import ---------------------------------------------------------------------
def _reexported_handlers(project: Project, facts: FileFacts) -> Hosting | None:
    """``from handlers import model_fn, predict_fn``: the serving toolkit looks the handlers
    up in the entry module's namespace, so importing them makes the module the entry point."""
    rules, handler_names = project.memo.get("handler rules") or (None, None)
    if rules is None:
        rules = [r for r in project.knowledge.rules if r.kind == "hosting" and r.match == "functions" and r.names]
        handler_names = frozenset(n for r in rules for n in r.names) | _handler_names()
        project.memo["handler rules"] = (rules, handler_names)
    if handler_names.isdisjoint(project.imported_names(facts)):
        return None
    defined = {f.qualname for f in facts.functions if "." not in f.qualname}
    imported = {i.local: i for i in facts.imports if i.local and not i.lazy and not i.type_checking}
    for rule in rules:
        if rule.requires_import and not imported_roots(facts).intersection(rule.requires_import):
            continue
        names = rule.names
        if all(n in defined or n in imported for n in names) and any(n in imported and n not in defined for n in names):
            first = min(imported[n].line for n in names if n in imported)
            bound = ", ".join(f"{n}()" for n in names)
            framework = f"{rule.framework}: " if rule.framework else ""
            return Hosting(f"binds {bound} by import at line {first} ({framework}{rule.says}; the serving toolkit calls them from this module)", first)
    # a handler convention of data/entrypoints.toml bound by import: judged by the project
    # function it names (model_fn(model_dir) serves, TF Estimator's model_fn trains)
    for rule in knowledge().get("handlers", []):
        if rule.get("load", True) or not all(n in imported or n in defined for n in rule["names"]):
            continue
        functions = [_imported_function(project, facts, imported[n].target) if n in imported else None for n in rule["names"]]
        found = [f[1] for f in functions if f is not None]
        if not found or any("max-params" in rule and len(f.params) > rule["max-params"] for f in found):
            continue
        if any("min-params" in rule and len(f.params) < rule["min-params"] for f in found):
            continue
        if any("params" in rule and tuple(p.lstrip("_") for p in f.params) != tuple(rule["params"]) for f in found):
            continue
        first = min(imported[n].line for n in rule["names"] if n in imported)
        return Hosting(f"binds {', '.join(n + '()' for n in rule['names'])} by import at line {first} ({rule['says']})", first)
    return None


def _imported_function(project: Project, facts: FileFacts, target: str) -> tuple[FileFacts, FunctionFact] | None:
    """The project function ``from m import f`` binds, with ``m`` found as the importer finds it."""
    found = project.function(target)
    module = project.resolve_import(facts, target)
    if found is None and module is not None:
        found = project.function(f"{module}.{target.rpartition('.')[2]}")
    return found


# -- Lambda ---------------------------------------------------------------------------------------
def _lambda_handler(project: Project, facts: FileFacts) -> Hosting | None:
    handler = next((f for f in facts.functions if len(f.params) == 2 and "." not in f.qualname and _lambda_signature(f.qualname, f.params)), None)
    if handler is None:
        return None
    loaded = _loads_here_or_imported(project, facts)
    if not loaded:
        return None
    actions = set(knowledge()["loads"].get("pipeline-actions", ()))
    if any(call.method in actions for call in facts.calls):
        return None  # a CodePipeline action that tests the endpoint: it answers the pipeline, not users
    return Hosting(f"Lambda handler {handler.qualname}(event, context) at line {handler.line} in a module that {loaded} (AWS Lambda: serves predictions)", handler.line)


def _lambda_signature(name: str, params: tuple[str, ...]) -> bool:
    """``(event, context)``; a handler named so may call its context ``_`` or ``ctx``."""
    if len(params) != 2 or params[0].lstrip("_") != "event":
        return False
    return params[1].lstrip("_") == "context" or name in ("lambda_handler", "handler")


@functools.lru_cache(maxsize=1)
def _handler_names() -> frozenset[str]:
    return frozenset(name for rule in knowledge().get("handlers", []) for name in rule["names"])


def _handler_functions(project: Project, facts: FileFacts) -> Hosting | None:
    rules = knowledge().get("handlers", [])
    needed = _handler_names()
    top = {f.qualname: f for f in facts.functions if f.qualname in needed}
    if not top:
        return None
    for rule in rules:
        if not all(name in top for name in rule["names"]):
            continue
        if "max-params" in rule and any(len(top[name].params) > rule["max-params"] for name in rule["names"]):
            continue
        if "min-params" in rule and any(len(top[name].params) < rule["min-params"] for name in rule["names"]):
            continue
        if "params" in rule and any(tuple(p.lstrip("_") for p in top[name].params) != tuple(rule["params"]) for name in rule["names"]):
            continue
        line = min(top[name].line for name in rule["names"])
        names = ", ".join(f"{n}()" for n in rule["names"])
        if not rule.get("load", True):
            return Hosting(f"defines {names} at line {line} ({rule['says']})", line)
        loaded = _loads_here_or_imported(project, facts)
        if loaded:
            return Hosting(f"defines {names} at line {line} and {loaded} ({rule['says']})", line)
    return None



# -- CLIs ---------------------------------------------------------------------------------------
def _cli_commands(project: Project, facts: FileFacts) -> Hosting | None:
    if not imported_roots(facts) & _CLI_LIBRARIES:
        return None
    commands: list[tuple[str, int]] = []
    for call in facts.calls:
        if not call.name.endswith((".command", ".add_parser", "fire.Fire")):
            continue
        if call.name != "fire.Fire":
            named = call.positional[0] if call.positional else call.keyword("name")
            if isinstance(named, str) and named != NON_LITERAL:
                commands.append((named, call.line))
            elif call.arg_names and call.name.endswith(".command"):
                commands.append((call.arg_names[0], call.line))  # app.command()(predict): named after the function
        else:
            commands.extend((name, call.line) for name in call.arg_names)
            for _, ref in call.references:
                cls = next((c for c in facts.classes if f"{facts.module}.{c.qualname}" == ref), None)
                if cls is not None:
                    commands.extend((m, call.line) for m in cls.methods if not m.startswith("_"))
    starts_server: set[str] = set()
    for function in facts.functions:
        if any(d.endswith(".command") for d in function.decorators) and "." not in function.qualname:
            commands.append((function.qualname, function.line))
            starts_server.add(function.qualname)
    if starts_server:  # a command named anything (run, start, up) that starts the web server in-process serves
        server_calls = frozenset(knowledge().get("launchers", {}).get("server-calls", ()))
        starts_server &= {call.scope.partition(".")[0] for call in facts.calls if call.name in server_calls}
    vocabulary = knowledge()["names"]
    serving = sorted({(line, name) for name, line in commands if _words(name) & set(vocabulary["serving-commands"]) or name in starts_server})
    if not serving:
        return None
    training = sorted({(line, name) for name, line in commands if _words(name) & set(vocabulary["training-commands"])})
    line, name = serving[0]
    beside = f" beside its `{training[0][1]}` command (line {training[0][0]})" if training else ""
    does = "starts the web server" if name in starts_server and not _words(name) & set(vocabulary["serving-commands"]) else "predicts or serves"
    if {command for _, command in serving} == {command for command, _ in commands}:
        # every command predicts or serves: whatever any of them imports, even inside a function, is the serving path
        return Hosting(f"command-line tool whose every command predicts or serves (`{name}`, line {line}); whatever it imports, even inside a function, runs with them", line)
    return Hosting(f"command-line tool whose `{name}` command (line {line}) {does}{beside}; whatever it imports at module level ships with that command", line, eager_only=True)
