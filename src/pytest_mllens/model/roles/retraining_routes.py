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
training data (features and labels: two positional arguments, or one and ``y=``) makes its
module training code as well, so ML001 reports a module that both serves and trains. A
one-argument ``fit(X)`` (a scaler, a vectoriser) is preprocessing, not training.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge
from ...facts.records import CallFact, FileFacts
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
            if handler in handlers and call.method in methods and _with_training_data(call, labels):
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
