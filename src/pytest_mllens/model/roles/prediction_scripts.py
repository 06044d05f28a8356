"""Prediction scripts: command-line programs that run a trained model and nothing else.

``python predict.py --model-dir out --input rows.csv`` is production inference as much as a
server is: whatever the script imports ships with it and runs where it runs. Such a script is
known by three things together, never by its name alone: it is named like inference
(``[names] batch-words``: predict, inference, score ...; for ``pkg/predict/__main__.py`` the
package's name), it runs from the command line (argparse, click, typer, fire, ``sys.argv``,
a ``__main__`` block or a package's ``__main__.py``, or a plain script that predicts at module
level; a script named like a command-line front end, ``cli.py``, counts as named like
inference), and it does inference in one of the ways real scripts do:

- it loads a model and, later in the same function, predicts with it or hands it to a call
  named like prediction (``model, vocab = Pipeline.load(path)`` then
  ``predict.run_batch(model, rows)``), or hands it to an object whose method named like
  prediction then runs it (``runner = ChurnModel(cfg, model=fitted); runner.write_predictions()``);
  the load may be a known loader, a loader method of the project's own, or a project
  function whose body calls a known loader (``load_run(path)``);
- it builds an object of one of the project's classes, directly or through a factory
  (``Trainer.from_checkpoint(path)``), and calls its ``predict()`` (``runner = Trainer(args,
  mode="predict"); runner.predict()``; ``self.trainer`` built in ``__init__`` counts for
  ``run()``);
- it hands the work to a project function named like prediction in another module
  (``make_predictions(args)``, ``predict(args.input)``): a thin CLI over the project's own
  inference code.

A script that trains, evaluates, or registers, saves to a model store or deploys is not one
(it is a training, evaluation or release step that happens to predict).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge
from ...facts.records import CallFact, FileFacts
from .entry_common import Hosting
from .entry_common import globs as _globs
from .entry_common import stem as _stem
from .entry_common import words as _words

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["is_model_load", "prediction_script", "reaches_prediction"]

_COMMAND_LINES = ("argparse.ArgumentParser", "click.*", "typer.*", "fire.Fire", "sys.argv*", "absl.app.run", "absl.flags.*")
# ``cfg = json.load(fh)`` reads settings, ``np.load`` an array: neither is a model
_CONFIG_READERS = frozenset({"json", "yaml", "toml", "tomllib", "tomli", "configparser", "dotenv", "np", "numpy", "pd", "pandas"})


def prediction_script(project: Project, facts: FileFacts) -> Hosting | None:
    """The hosting reason of a prediction script (see the module docstring), or None."""
    # how it runs from the command line: a function of the file's facts and the package's data,
    # kept per file (``Knowledge.file_summary``) so a run with one file changed reads it
    how = project.knowledge.file_summary(facts, ("command-line-script",), _command_line)
    if how is None:
        return None
    if project.role_by_knowledge(facts, ("training", "evaluation")) or project.knowledge.module_matches(facts, ("deploy",)):
        return None
    found = reaches_prediction(project, facts)
    if found is None:
        return None
    what, line = found
    return Hosting(f"prediction script: run from the command line ({how}), {what}; trains nothing (production inference)", line)


def reaches_prediction(project: Project, facts: FileFacts) -> tuple[str, int] | None:
    """How the file's calls do inference (the three ways of the module docstring), with the
    line, or None. ``facts`` may be a view of one branch of a script (:mod:`.flag_dispatch`)."""
    names = knowledge()["names"]
    batch, training = set(names["batch-words"]), set(names["training-words"])
    return _load_then_predict(project, facts, batch, training) or _project_predictor(project, facts) or _hands_to_prediction(project, facts, batch, training)


def _command_line(facts: FileFacts) -> str | None:
    """How a script named like inference runs from the command line, or None."""
    names = knowledge()["names"]
    batch, training = set(names["batch-words"]), set(names["training-words"])
    name = facts.path.rpartition("/")[0] if facts.path.endswith("/__main__.py") else facts.path
    words = _words(_stem(name))
    if not words & (batch | set(names.get("cli-words", ()))) or words & training or words & set(names["not-serving-words"]):
        return None
    command_line = _globs(_COMMAND_LINES)
    run = next((c for c in facts.calls if c.resolved and command_line.match(c.name)), None)
    main = next((g for g in facts.guards if g.kind == "if" and not g.scope and "__name__" in g.names), None)
    entry = facts.path.endswith("/__main__.py") or facts.path == "__main__.py"  # `python -m pkg` runs it
    if run is not None:
        how = "argparse" if run.name.startswith("argparse") else f"{run.name}()"
        return f"{how} at line {run.line}"
    if main is not None:
        return f"a __main__ block at line {main.line}"
    if entry:
        return "the package's __main__.py, run with python -m"
    # a plain script: it predicts at module level, so running the file is what does the work
    # (not a notebook: its top-level cells are exploration until something runs it)
    if facts.path.endswith(".ipynb"):
        return None
    predicts = frozenset(knowledge()["loads"]["predict-methods"])
    top = next((c for c in facts.calls if not c.scope and c.method in predicts), None)
    return f"a script that predicts at module level (line {top.line})" if top is not None else None


def _load_then_predict(project: Project, facts: FileFacts, batch: set[str], training: set[str]) -> tuple[str, int] | None:
    loads = knowledge()["loads"]
    loaders = frozenset(loads.get("loader-methods", ()))
    predicts = frozenset(loads["predict-methods"])
    known = _load_globs()
    for load in facts.calls:
        if not _is_load(project, facts, load, loaders, known):
            continue
        # the loaded model, and the objects built around it (``runner = ChurnModel(cfg, model=fitted)``)
        carriers = {load.assigned_to: load} if load.assigned_to and "," not in load.assigned_to else {}
        for apply in sorted((c for c in facts.calls if c.scope == load.scope and c.line > load.line), key=lambda c: (c.line, c.col)):
            if apply.method in predicts or (apply.arg_names and _words(apply.name) & batch and not _words(apply.name) & training):
                return f"loads a model with {load.name}() at line {load.line} and predicts with it through {apply.name}() at line {apply.line}", load.line
            if apply.receiver in carriers and _words(apply.method) & batch and not _words(apply.method) & training:
                built = carriers[apply.receiver]
                through = "" if built is load else f", hands it to {built.name}() at line {built.line}"
                return f"loads a model with {load.name}() at line {load.line}{through} and calls {apply.method}() on it at line {apply.line}", load.line
            if apply.assigned_to and "," not in apply.assigned_to and _takes(apply, carriers):
                carriers[apply.assigned_to] = apply
    return None


def _takes(call: CallFact, carriers: dict[str, CallFact]) -> bool:
    """The call is handed one of ``carriers`` (positionally or by keyword): a wrapper built
    around the loaded model, whose methods then predict with it."""
    return any(name in carriers for name in call.arg_names) or any(name in carriers for _, names in call.keyword_names for name in names)


def _project_predictor(project: Project, facts: FileFacts) -> tuple[str, int] | None:
    """``runner = Runner(args)`` (a project class, or one of its factories:
    ``Runner.from_checkpoint(path)``) then ``runner.predict(...)`` in the same function; for
    ``self.runner``, built in any method of the same class (``__init__`` builds, ``run()`` predicts)."""
    predicts = frozenset(knowledge()["loads"]["predict-methods"])
    for apply in facts.calls:
        if apply.method not in predicts or not apply.receiver or apply.receiver.startswith("#"):
            continue
        owner = apply.scope.partition(".")[0] + "." if apply.receiver.startswith("self.") and "." in apply.scope else None
        built = next(
            (c for c in facts.calls if c.assigned_to == apply.receiver and (c.scope == apply.scope and c.line <= apply.line or owner is not None and c.scope.startswith(owner))),
            None,
        )
        if built is not None and (_project_definition(project, facts, built, classes=True) or _project_factory(project, facts, built)):
            return f"builds {built.name}() at line {built.line}, a class of the project's own, and calls its {apply.method}() at line {apply.line}", built.line
    return None


def _project_factory(project: Project, facts: FileFacts, call: CallFact) -> bool:
    """``Runner.from_checkpoint(path)``: a method called on a top-level class of another project module."""
    if not call.resolved or call.name.count(".") < 2:
        return False
    owner = call.name.rpartition(".")[0]
    module = project.resolve_import(facts, owner.rpartition(".")[0])
    other = project.modules.get(module) if module else None
    if other is None or other.path == facts.path:
        return False
    cls = owner.rpartition(".")[2]
    return any(c.qualname == cls for c in other.classes)


def _hands_to_prediction(project: Project, facts: FileFacts, batch: set[str], training: set[str]) -> tuple[str, int] | None:
    """A call to a project function in another module that is named like prediction."""
    for call in facts.calls:
        found = _words(call.method)
        if not found & batch or found & training:
            continue
        if _project_definition(project, facts, call, classes=False):
            return f"hands the work to {call.name}() at line {call.line}, the project's own prediction function", call.line
    return None


def _project_definition(project: Project, facts: FileFacts, call: CallFact, classes: bool) -> bool:
    """The call names a top-level class (``classes``) or function of another project module."""
    other = _defining_module(project, facts, call)
    if other is None:
        return False
    definitions = other.classes if classes else other.functions
    return any(d.qualname == call.method for d in definitions)


def _defining_module(project: Project, facts: FileFacts, call: CallFact) -> FileFacts | None:
    """The other project module whose top-level name ``call`` calls (``artifacts.load_run``
    from a sibling import, or ``pkg.artifacts.load_run``), or None."""
    if not call.resolved or call.method.startswith("_") or "." not in call.name:
        return None
    module = project.resolve_import(facts, call.name.rpartition(".")[0])
    other = project.modules.get(module) if module else None
    if other is None or other.path == facts.path:
        return None
    return other


def is_model_load(project: Project, facts: FileFacts, call: CallFact) -> bool:
    """The call loads a model: a known loader, a loader method of the project's own, or a
    project function whose body makes a known load (``load_object(path)`` over ``pickle.load``)."""
    return _is_load(project, facts, call, frozenset(knowledge()["loads"].get("loader-methods", ())), _load_globs())


def _is_load(project: Project, facts: FileFacts, call: CallFact, loaders: frozenset[str], known: re.Pattern[str]) -> bool:
    """A model load: a known loader (``joblib.load``), a loader method of the project's own
    (``Pipeline.load(path)``), or a project function whose body makes one (``load_run(path)``)."""
    if call.resolved and known.match(call.name):
        return True
    if call.method in loaders and call.name.split(".")[0] not in _CONFIG_READERS:
        return True
    other = _defining_module(project, facts, call)
    return other is not None and any(c.scope == call.method and c.resolved and known.match(c.name) for c in other.calls)


def _load_globs() -> re.Pattern[str]:
    return _globs(tuple(knowledge()["loads"]["calls"]))
