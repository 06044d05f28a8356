"""Training through a project factory: ``trainer = get_trainer(...)`` then ``trainer.train()``.

Extraction types a variable by the call it was assigned from, so a method called on the result
of a project function is named after that function (``pkg.train.get_trainer.train``), which no
training rule knows. Teams build their trainers and estimators in such factories. When the
function says what it returns (its annotation ``-> Trainer``, or the object it constructs and
returns, see ``FunctionFact.returns``), the method call is read as a call on that class and the
training rules decide, e.g. ``transformers.Trainer.train``. Only the training role is derived
this way: a factory returning a client or an app says nothing about training.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ...facts.records import FileFacts
from .role_reason import RoleReason

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["typed_result_roles"]

ROLES = ["training"]  # a list: a question the knowledge answers without its per-file memo


def typed_result_roles(project: Project) -> Iterator[tuple[FileFacts, RoleReason]]:
    """The training role of modules that call a training method on what a typed project
    function returns, with the first such call as the reason."""
    typed = {name: function.returns for name, (_, function) in project.functions.items() if function.returns}
    if not typed:
        return
    short_names = {name.rpartition(".")[2] for name in typed}
    for facts in project.files:
        if facts.error or any(r.role == "training" for r in project.roles.get(facts.path, ())):
            continue
        owners = project.knowledge.file_summary(facts, ("call-owners",), _call_owners)
        if short_names.isdisjoint(owners):
            continue  # most files: no call on the result of a typed project function
        for call in facts.calls:
            if not call.resolved or "." not in call.name:
                continue
            owner, _, method = call.name.rpartition(".")
            if owner.rpartition(".")[2] not in short_names:
                continue
            returns = typed.get(project.function_name(owner))
            if not returns:
                continue
            rules = project.knowledge.call_matches(facts, replace(call, name=f"{returns}.{method}"), ROLES)
            if rules:
                rule = rules[0]
                framework = f"{rule.framework}: " if rule.framework else ""
                receiver = f"{call.receiver}." if call.receiver and not call.receiver.startswith("#") else ""
                where = facts.location(call.line) if facts.origin else f"line {call.line}"
                reason = f"calls {receiver}{method}() on the result of {owner}(), which returns a {returns}, at {where} ({framework}{rule.says})"
                yield facts, RoleReason("training", reason, call.line)
                break


def _call_owners(facts: FileFacts) -> frozenset[str]:
    """The last part of the owner of each resolved method call (``get_trainer`` for
    ``pkg.train.get_trainer.train``): kept per file (``Knowledge.file_summary``), so a run with
    one file changed tests each other file with one set intersection instead of walking its calls."""
    return frozenset(call.name.rpartition(".")[0].rpartition(".")[2] for call in facts.calls if call.resolved and "." in call.name)
