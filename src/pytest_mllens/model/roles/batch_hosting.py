"""Batch inference: pipelines, steps and jobs that run a trained model over a dataset.

Production inference need not answer requests: a nightly job that loads the model and writes
predictions ships whatever it imports to the scoring worker just as a server does. Known by
names (``[names]`` batch/pipeline words) together with what the code does (loads, predicts,
reads rows, writes predictions), never by names alone.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import COMPONENT_STEP, knowledge
from ...facts.records import CallFact, FileFacts
from .entry_common import Hosting
from .entry_common import globs as _globs
from .entry_common import loads_model as _loads_model
from .entry_common import stem as _stem
from .entry_common import words as _words
from ..knowledge import imported_roots
from .prediction_scripts import is_model_load

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["batch_inference", "inference_pipeline"]


def inference_pipeline(project: Project, facts: FileFacts) -> Hosting | None:
    """A pipeline named like inference runs production inference over a dataset.

    A function of the file's facts and the package's data only: kept per file with its
    knowledge matches (``Knowledge.file_summary``), so a run with one file changed reads it
    for every other file instead of walking their calls again."""
    return project.knowledge.file_summary(facts, ("inference-pipeline",), _inference_pipeline)


def _inference_pipeline(facts: FileFacts) -> Hosting | None:
    decorators = _globs(tuple(knowledge()["pipelines"]["decorators"]))
    names = knowledge()["names"]
    batch, training = set(names["pipeline-words"]), set(names["training-words"])
    if _words(_stem(facts.path)) & training:
        return None
    constructors = frozenset(knowledge()["pipelines"].get("constructors", ()))
    for call in facts.calls:
        if call.name in constructors:
            named = call.positional[0] if call.positional else call.keyword("dag_id")
            if isinstance(named, str) and _words(named) & batch and not _words(named) & training:
                return Hosting(f"pipeline {named!r} created at line {call.line} ({call.name}) is named like batch inference: it runs a trained model over data in production", call.line)
    nodes = _prediction_nodes(facts, batch, training)
    if nodes is not None:
        return nodes
    if not any(f.decorators for f in facts.functions) and not any(c.bases for c in facts.classes):
        return None
    for function in facts.functions:
        if not function.decorators:
            continue
        decorator = next((d for d in function.decorators if decorators.match(d)), None)
        if decorator is None:
            continue
        words = _words(function.qualname) | _words(_stem(facts.path))
        if words & batch and not _words(function.qualname) & training and not _calls_training(facts, function.qualname, training):
            return Hosting(f"pipeline {function.qualname} at line {function.line} (@{decorator}) is named like batch inference: it runs a trained model over data in production", function.line)
    # a step predicts in its own body, so "score" names it safely too (batch-words)
    step = _inference_step(facts, set(names["batch-words"]), training)
    if step is not None:
        return step
    for cls in facts.classes:
        base = next((b for b in cls.bases if decorators.match(b)), None)
        if base is not None and (_words(cls.qualname) | _words(_stem(facts.path))) & batch and not _words(cls.qualname) & training and not _calls_training(facts, cls.qualname, training):
            return Hosting(f"flow {cls.qualname} at line {cls.line} (subclasses {base}) is named like batch inference: it runs a trained model over data in production", cls.line)
    return None


def _calls_training(facts: FileFacts, scope: str, training: set[str]) -> bool:
    """Whether the pipeline's body calls a step named like training (``train_all_models(...)``):
    "prediction" in ``churn_prediction_pipeline`` names the product, and a pipeline that trains
    is a training pipeline, whatever the product is called."""
    inside = scope + "."
    return any(_words(call.name.rpartition(".")[2]) & training for call in facts.calls if call.scope == scope or call.scope.startswith(inside))


def _prediction_nodes(facts: FileFacts, batch: set[str], training: set[str]) -> Hosting | None:
    """A pipeline built from nodes (Kedro's ``node(func=predict, ...)``) whose functions predict
    and none of which trains or evaluates: it runs a trained model over data in production,
    whatever the pipeline is called (``user_app``, ``scoring``). A pipeline that mixes training
    and prediction nodes is a training pipeline."""
    table = knowledge()["pipelines"]
    node_calls = frozenset(table.get("node-calls", ()))
    if not node_calls or not imported_roots(facts) & {name.split(".")[0] for name in node_calls}:
        return None  # the cheap test first: almost no module imports kedro
    nodes = [c for c in facts.calls if c.resolved and c.name in node_calls]
    if not nodes:
        return None
    excluded = training | set(table.get("step-not-words", ()))
    functions = [(call, _node_function(call)) for call in nodes]
    if any(_words(function) & excluded for _, function in functions):
        return None
    call, function = next(((c, f) for c, f in functions if _words(f) & batch), (None, ""))
    if call is None:
        return None
    return Hosting(
        f"pipeline node {function}() at line {call.line} ({call.name}) is named like prediction and no node of the pipeline trains: "
        "a batch-inference pipeline that runs a trained model over data in production",
        call.line,
    )


def _node_function(call: CallFact) -> str:
    """The function a node runs: ``func=`` or the first positional argument (its own name)."""
    named = call.reference("func") or next(iter(call.names_in_keyword("func")), "")
    if not named and call.positional and call.arg_names:
        named = call.arg_names[0]
    return named.rpartition(".")[2]


def _inference_step(facts: FileFacts, batch: set[str], training: set[str]) -> Hosting | None:
    """A pipeline step named like inference that predicts in its own body (a ZenML
    ``@step def inference_predict``): the batch-inference pipeline runs it in production."""
    table = knowledge()["pipelines"]
    steps = _globs(tuple(table.get("step-decorators", ())))
    excluded = training | set(table.get("step-not-words", ()))
    predicts = frozenset(knowledge()["loads"]["predict-methods"])
    for function in facts.functions:
        decorator = next((d for d in function.decorators if steps.match(d)), None)
        if decorator is None:
            continue
        words = _words(function.qualname)
        if not words & batch or words & excluded or _words(_stem(facts.path)) & excluded:
            continue
        scope = function.qualname
        predict = next((c for c in facts.calls if c.method in predicts and (c.scope == scope or c.scope.startswith(scope + "."))), None)
        if predict is not None:
            return Hosting(
                f"inference step {function.qualname} at line {function.line} (@{decorator}) predicts at line {predict.line}: "
                "a batch-inference pipeline runs it over data in production",
                function.line,
            )
    return None


# -- batch inference ------------------------------------------------------------------------------
def batch_inference(project: Project, facts: FileFacts) -> Hosting | None:
    training = set(knowledge()["names"]["training-words"])
    words = _words(_stem(facts.path))
    if words & training or project.role_by_knowledge(facts, ("training", "evaluation")):
        return None
    # the rest reads this file's facts and the package's data only: kept per file (see inference_pipeline)
    return project.knowledge.file_summary(facts, ("batch-inference",), _batch_job) or _batch_class(project, facts, training)


def _batch_job(facts: FileFacts) -> Hosting | None:
    """:func:`batch_inference` for a file whose name and roles say nothing against it."""
    names = knowledge()["names"]
    batch, training = set(names["batch-words"]), set(names["training-words"])
    words = _words(_stem(facts.path))
    if not words & batch:
        # a job class named for scoring in a module named for something else (jobs/nightly.py: ScoringJob)
        flow = _adapter_job(facts)
        owner = flow[0].scope.partition(".")[0] if flow is not None else ""
        named = _words(owner) if any(c.qualname == owner for c in facts.classes) else set()
        if flow is None or not named & batch or named & training:
            return None
        return _adapter_hosting(*flow, f"in {flow[0].scope.partition('.')[0]}")
    loads = knowledge()["loads"]
    scoring = _globs(tuple(loads.get("scoring-calls", ())))
    predict = next((c for c in facts.calls if c.resolved and scoring.match(c.name)), None)
    loaded = (predict.name, predict.line) if predict is not None else _loads_model(facts)
    flow = _adapter_job(facts) if loaded is None else None
    if flow is not None:
        return _adapter_hosting(*flow, f"in {facts.path}")
    if loaded is None:
        return None
    methods = frozenset(loads["predict-methods"])
    predict = predict or next((c for c in facts.calls if c.method in methods), None)
    if predict is None:
        return None
    # a job, not a helper an app calls: it reads a dataset and writes the predictions out; a
    # scoring call (a Spark UDF over the model, score_batch) is batch-only by itself, so there
    # the write is enough (the rows often come from a helper: ``df = get_dataset(path)``)
    reads, writes = frozenset(loads["dataset-reads"]), frozenset(loads["writes"])
    batch_only = scoring.match(predict.name) is not None and predict.resolved
    if not (batch_only or any(c.method in reads for c in facts.calls)) or not (any(c.method in writes for c in facts.calls) or _writes_by_decorator(facts)):
        return None
    applied = "" if predict.line == loaded[1] and predict.name == loaded[0] else f" and .{predict.method}() at line {predict.line}"
    return Hosting(
        f"batch inference: calls {loaded[0]}() at line {loaded[1]}{applied}, trains nothing (production inference over a dataset)",
        predict.line,
    )


def _writes_by_decorator(facts: FileFacts) -> bool:
    """A function decorated to write what it returns to a table (``@dp.table_overwrite``,
    ``@dlt.table``): the module writes its predictions though no write call is in it."""
    decorators = frozenset(knowledge()["loads"].get("write-decorators", ()))
    return any(d in decorators for f in facts.functions for d in f.decorators)


def _batch_class(project: Project, facts: FileFacts, training: set[str]) -> Hosting | None:
    """A class named for batch prediction (``BatchPrediction``, ``BatchScorer``: "batch" and
    a word of prediction) whose methods load a model and predict with it. The name says what
    it is, so neither the rows it reads nor where the predictions go need be seen: the
    templates' ``initiate_batch_prediction(frame)`` takes an uploaded frame and returns the
    scored rows to the app that calls it. "batch" alone names feature jobs; prediction alone
    names evaluation reports (``PredictionReport``)."""
    batch = set(knowledge()["names"]["batch-words"])
    named = [c for c in facts.classes if "." not in c.qualname and "batch" in _words(c.qualname) and _words(c.qualname) & batch and not _words(c.qualname) & training]
    if not named:
        return None  # the cheap test first: almost no module defines a class named for batch prediction
    predicts = frozenset(knowledge()["loads"]["predict-methods"])
    for cls in named:
        inside = [c for c in facts.calls if c.scope.startswith(cls.qualname + ".")]
        if any(_words(c.method) & training for c in inside):
            continue  # it fits too: a training class, whatever it is called
        load = next((c for c in inside if is_model_load(project, facts, c)), None)
        predict = next((c for c in inside if c.method in predicts and load is not None and c.scope == load.scope and c.line > load.line), None)
        if load is not None and predict is not None:
            return Hosting(
                f"batch prediction class {cls.qualname} at line {cls.line}: {load.scope}() loads a model with {load.name}() at line {load.line} "
                f"and predicts with it at line {predict.line}; trains nothing (production inference over a dataset)",
                cls.line,
            )
    return None


def _adapter_hosting(load: CallFact, predict: CallFact, sink: CallFact, where: str) -> Hosting:
    return Hosting(
        f"batch inference {where}: loads a model with {load.name}() at line {load.line}, predicts with it at line {predict.line} "
        f"and hands the predictions to {sink.name}() at line {sink.line}; trains nothing (production inference over a dataset)",
        predict.line,
    )


def _adapter_job(facts: FileFacts) -> tuple[CallFact, CallFact, CallFact] | None:
    """A job that loads a model through the project's own adapter and scores a dataset with it.

    Known by the flow within one function, not by the adapter's name: ``model = <x>.load(...)``,
    then ``predictions = model.predict(...)``, then ``<y>.write(predictions)`` or
    ``predictions.to_parquet(...)`` (any sink in ``[loads]``), with the rows read in the same
    function. A helper that an app calls
    returns its predictions instead of writing them, so it is not taken for a job.
    """
    loads = knowledge()["loads"]
    loaders = frozenset(loads.get("loader-methods", ()))
    predicts = frozenset(loads["predict-methods"])
    sinks = frozenset(loads.get("prediction-sinks", ())) | frozenset(loads["writes"])
    reads = frozenset(loads.get("input-reads", ())) | frozenset(loads["dataset-reads"])
    for load in facts.calls:
        if load.method not in loaders or not load.assigned_to or "," in load.assigned_to:
            continue
        scoped = [c for c in facts.calls if c.scope == load.scope]
        for predict in scoped:
            if predict.method not in predicts or predict.receiver != load.assigned_to or predict.line < load.line:
                continue
            # the predictions, or the frame they were added to (``rows["score"] = model.predict(rows)``)
            carriers = {predict.assigned_to} if predict.assigned_to else set(predict.arg_names) - {"self"}
            sink = next((c for c in scoped if c.method in sinks and c.line > predict.line and (carriers & set(c.arg_names) or c.receiver in carriers)), None)
            if sink is not None and any(c.method in reads and c is not load for c in scoped):
                return load, predict, sink
    return None


def pipeline_component_step(project: Project, facts: FileFacts) -> str:
    """The Python file that wires ``facts`` into an Azure ML pipeline as a command step, when
    that file deploys no batch endpoint: the step scores a test split for the evaluation step
    after it, inside training. The step is a command component YAML (``command: python
    score.py``) the file loads with ``load_component(source=...)``, or an inline
    ``command(code="components/score", command="python score.py ...")``. "" otherwise: a
    component a batch deployment runs is production scoring, and a script run any other way is
    judged by its code."""
    wiring, scripts = _component_wiring(project)
    components = {path for path, script in scripts if script == facts.path}
    for other in wiring:
        if other.path == facts.path:
            continue
        if any(_runs_step(other, call, facts.path, components) for call in other.calls):
            return "" if any("BatchDeployment" in c.name for c in other.calls) else other.path
    return ""


def _component_wiring(project: Project) -> tuple[list[FileFacts], list[tuple[str, str]]]:
    """The files that can wire a pipeline step (they call ``load_component`` or ``command``)
    and each (component YAML, script it runs), found once per project: asked for every file,
    a scan of every project file's calls each time grew with the square of the project."""
    cached = project.memo.get("component_wiring")
    if cached is None:
        # only Azure ML code wires components: the imports answer before any call is unpacked
        wiring = [f for f in project.files if "azure" in imported_roots(f) and any(c.method in ("load_component", "command") for c in f.calls)]
        scripts = [
            (posixpath.normpath(config.path), posixpath.normpath(posixpath.join(posixpath.dirname(config.path), ref.target)))
            for config in project.configs
            for ref in config.extra.get("entry_refs", ())  # type: ignore[union-attr]
            if ref.label == COMPONENT_STEP
        ]
        cached = project.memo["component_wiring"] = (wiring, scripts)
    return cached  # type: ignore[return-value]


def _runs_step(owner: FileFacts, call: CallFact, script: str, components: set[str]) -> bool:
    """``call`` in ``owner`` makes a pipeline step of ``script``: loads a component YAML that
    runs it, or defines an inline command step over it."""
    here = posixpath.dirname(owner.path)
    if call.method == "load_component" and components:
        source = call.keyword("source") or (call.positional[0] if call.positional else None)
        return isinstance(source, str) and posixpath.normpath(posixpath.join(here, source)) in components
    if call.resolved and call.name in ("azure.ai.ml.command", "azure.ai.ml.entities.CommandComponent"):
        code, command = call.keyword("code"), call.keyword("command")
        if not isinstance(code, str) or not isinstance(command, str):
            return False
        words = command.split()
        return any(
            word.startswith("python") and i + 1 < len(words) and posixpath.normpath(posixpath.join(here, code, words[i + 1])) == script
            for i, word in enumerate(words)
        )
    return False
