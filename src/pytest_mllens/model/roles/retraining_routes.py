"""Serving code that trains: a request handler that refits the model it serves.

A web app often exposes ``/train`` next to ``/predict`` and fits the served model in place::

    @router.post("/train")
    def train(request: Request):
        X, y = fetch_training_data()
        model = request.app.state.model
        model.fit(X, y)

The model is the app's (``app.state``, a module global loaded at start-up, a project wrapper
class), so the module imports no ML library and no training rule matches ``model.fit``; yet
every replica of the endpoint runs the training step. A handler registered by a web framework's
route decorator (``[retraining-routes]`` in data/entrypoints.toml) that calls ``fit()`` with
training data (features and labels: two positional arguments, or one and ``y=``), or a training
method of the model's own (``model.fit_model(train_data)``) with a data argument, makes its
module training code as well, so ML001 reports a module that both serves and trains. A
one-argument ``fit(X)`` (a scaler, a vectoriser) is preprocessing, and ``model.train()`` a
PyTorch mode switch, not training.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge
from ...facts.records import NON_LITERAL, CallFact, FileFacts
from ..knowledge import imported_roots
from .entry_common import globs
from .role_reason import RoleReason

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["retraining_route_roles"]


def retraining_route_roles(project: Project) -> Iterator[tuple[FileFacts, RoleReason]]:
    """The training role of hosting modules whose request handler fits the served model,
    with the first such fit as the reason."""
    table = knowledge().get("retraining-routes", {})
    decorators = globs(tuple(table.get("decorators", ())))
    methods = frozenset(table.get("methods", ()))
    labels = frozenset(table.get("label-keywords", ()))
    training = frozenset(table.get("training-methods", ()))
    for facts in project.files:
        reasons = project.roles.get(facts.path, ())
        if facts.error or not any(r.role == "hosting" for r in reasons) or any(r.role == "training" for r in reasons):
            continue
        handlers = {
            f.qualname: decorator
            for f in facts.functions
            if "." not in f.qualname
            for decorator in [next((d for d in f.decorators if decorators.fullmatch(d)), None)]
            if decorator is not None
        }
        if not handlers:
            continue
        for call in facts.calls:
            handler = call.scope.partition(".")[0]
            if handler not in handlers or not _on_an_object(project, facts, call) or _outside_library(project, facts, call):
                continue
            if (call.method in methods and _with_training_data(call, labels)) or (call.method in training and _with_data(call)):
                receiver = f"{call.receiver}." if call.receiver and not call.receiver.startswith("#") else ""
                function = next(f for f in facts.functions if f.qualname == handler)
                yield facts, RoleReason(
                    "training",
                    f"request handler {handler}() at line {function.line} ({handlers[handler]}) calls {receiver}{call.method}() "
                    f"with training data at line {call.line}: the endpoint retrains the model it serves",
                    call.line,
                )
                break


def _with_training_data(call: CallFact, labels: frozenset[str]) -> bool:
    """``fit(X, y)`` or ``fit(X, y=labels)``: features and labels, not ``fit(X)``."""
    return len(call.positional) >= 2 or (len(call.positional) == 1 and any(key in labels for key, _ in call.keywords))


def _with_data(call: CallFact) -> bool:
    """``fit_model(train_data)``: a computed argument (a literal one, ``retrain(True)``, sets a flag)."""
    return any(value == NON_LITERAL for value in call.positional) or any(value == NON_LITERAL for _, value in call.keywords)


def _on_an_object(project: Project, facts: FileFacts, call: CallFact) -> bool:
    """A method called on an object the handler holds (``model.fit``, ``net.fit_model``), not
    a project function (``retrain(frame)``, ``training.run(...)``: the import graph follows
    those to the module that trains)."""
    if not call.receiver or call.receiver.startswith("#"):
        return False
    return project.function_called(facts, call) is None


def _outside_library(project: Project, facts: FileFacts, call: CallFact) -> bool:
    """A call resolved into an outside library (``automl_client.train_model(...)`` on an
    imported client) asks a service to train; the served model is the app's own object."""
    if not call.resolved:
        return False
    root = call.name.split(".")[0]
    return root in imported_roots(facts) and project.resolve_import(facts, root) is None
