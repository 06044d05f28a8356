"""What a release verb called on a function's parameter is called on.

``def evaluate_and_save(trainer: MyTrainer, ds): ...; trainer.push_to_hub()`` names no class
at the call: the extractor types a variable only where it is bound from a constructor or an
import. The parameter's type comes from its annotation (a plain class name, kept as facts'
``annotated``), or, with no annotation, from what the project passes: every call of the
function hands it a variable built by the same class (``trainer = Trainer(...)``) or by a
project factory that says it returns one (``def setup_trainer(...) -> MyTrainer``).

A hook of a framework callback subclass (``[[callback]]`` in release_flow.toml) is typed by
the framework's contract instead: ``kwargs["model"]`` (or a ``model`` parameter) in a
``TrainerCallback``'s ``on_save`` is the model the Trainer trains.

The call keeps its own name (``trainer.push_to_hub()``, as written): only the release rules
are asked about the typed name, so no other stage's reading of the file changes.
"""

from __future__ import annotations

from ...facts.records import CallFact, FileFacts, FunctionFact
from .flow_rules import flow_rules
from .local_gates import parameter_position, positional_names
from ..project import Project

__all__ = ["parameter_class", "parameter_calls"]


def parameter_calls(facts: FileFacts) -> tuple[int, ...]:
    """The calls of one file made on a parameter of their own function (``trainer.push_to_hub()``
    inside ``def evaluate(trainer)``) that the extractor could not type: what
    :func:`parameter_class` may type. A function of the file alone (kept as a per-file summary)."""
    params = {function.qualname: function.params for function in facts.functions}
    found: list[int] = []
    for index, call in enumerate(facts.calls):
        receiver = call.receiver
        if call.resolved or not receiver or "." in receiver:
            continue
        if receiver.endswith('"]'):
            if call.scope.rpartition(".")[2].startswith("on_"):
                found.append(index)  # `kwargs["model"].push_to_hub()` in a hook: typed only by a callback contract
            continue
        if call.name != f"{receiver}.{call.method}":
            continue
        if receiver in params.get(call.scope, ()) and receiver not in ("self", "cls"):
            found.append(index)
    return tuple(found)


def parameter_class(project: Project, facts: FileFacts, call: CallFact) -> str:
    """The class of the parameter ``call`` is made on: its annotation, else the one class every
    project caller passes (``""`` when unknown, or when callers disagree)."""
    hooked = _callback_class(facts, call)
    if hooked or call.receiver.endswith('"]'):
        return hooked
    annotated = _annotation(facts, call.scope, call.receiver)
    if annotated:
        return annotated
    qualified = f"{facts.module}.{call.scope}" if facts.module else call.scope
    entry = project.functions.get(qualified)
    if entry is None:
        return ""
    function = entry[1]
    found = {_passed_class(caller_facts, caller, function, call.receiver, project) for caller_facts, caller in project.callers_of(qualified)}
    return found.pop() if len(found) == 1 else ""


def _callback_class(facts: FileFacts, call: CallFact) -> str:
    """The class a framework hands a callback hook under the receiver's name (``""`` when the
    call is not in an ``on_*`` hook of a subclass of a ``[[callback]]`` class, or the receiver
    is another argument: a tokenizer also has ``push_to_hub``)."""
    owner, _, method = call.scope.rpartition(".")
    if not owner or not method.startswith("on_"):
        return ""
    bases = next((cls.bases for cls in facts.classes if cls.qualname == owner), ())
    for rule in flow_rules().callback:
        if (call.receiver == rule.argument or call.receiver.endswith(f'["{rule.argument}"]')) and any(rule.pattern.match(b) for b in bases):
            return rule.type
    return ""


def _annotation(facts: FileFacts, scope: str, name: str) -> str:
    annotated: tuple[tuple[str, str, str], ...] = facts.extra.get("annotated", ())  # type: ignore[assignment]
    return next((cls for where, param, cls in annotated if where == scope and param == name), "")


def _passed_class(facts: FileFacts, caller: CallFact, function: FunctionFact, param: str, project: Project) -> str:
    """The class of the variable ``caller`` passes for ``param`` (``""`` when unknown)."""
    if caller.has_keyword(param):
        names = caller.names_in_keyword(param)
        name = names[0] if len(names) == 1 else ""
    else:
        position = parameter_position(function, param)
        passed = positional_names(caller)
        name = passed[position] if 0 <= position < len(passed) else ""
    if not name or "." in name:
        return ""
    annotated = _annotation(facts, caller.scope, name)
    if annotated:
        return annotated
    built = [c for c in facts.calls if c.assigned_to == name and c.scope == caller.scope and c.line <= caller.line]
    return _built_class(project, built[-1]) if built else ""


def _built_class(project: Project, call: CallFact) -> str:
    """The class a call builds: a constructor (``transformers.Trainer(...)``), or a project
    factory whose return annotation or last statement names one (``setup_trainer(...)``)."""
    if not call.resolved:
        return ""
    entry = project.functions.get(call.name)
    if entry is not None:
        return entry[1].returns
    return call.name if call.name.rpartition(".")[2][:1].isupper() and "." in call.name else ""
