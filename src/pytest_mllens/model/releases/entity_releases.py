"""Releases decided by the entity a generic call is given, not by the call's own name.

Some platform calls take whatever resource they are handed: Azure ML's
``ml_client.begin_create_or_update(entity)`` creates a compute cluster, a job, an endpoint or
a model deployment depending on ``entity``; a Databricks serving endpoint serves a model or a
*feature spec* depending on its ``ServedEntityInput``. So the call is a release exactly when
the entity built for it is a model's:

- ``[[entity]]`` (``data/release_flow.toml``): a generic create call releases when the name it
  is passed was built by a release entity's constructor (``ManagedOnlineDeployment(...)``) in
  the same scope, nested in the call, or, one hop back, by the callers that fill the
  parameter it is passed (a helper that deploys whatever deployment it is given);
- ``[[not-model]]``: a release verb releases no model when every entity built for it names a
  non-model entity (``entity_name=feature_spec_name``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...facts.records import NON_LITERAL, CallFact, FileFacts
from .flow_rules import EntityRule, NotModelRule
from ..knowledge import Rule
from ..project import Project

__all__ = ["entity_release", "serves_no_model"]


def serves_no_model(facts: FileFacts, index: int, call: CallFact, rules: Sequence[NotModelRule]) -> str:
    """Why the release call at ``index`` serves no model (``""``: it may serve one): every
    entity constructor built for it (nested in it, or earlier in its scope) names a non-model
    entity in the rule's keyword; for a rule without a keyword, the entity the call is handed
    was built by the rule's constructor (a pipeline-component deployment)."""
    strings: dict[tuple[str, str], str] | None = None
    for rule in rules:
        if not rule.pattern.match(call.name):
            continue
        if strings is None:  # only for a call a rule names: this runs for every release call
            strings = _strings(facts)
        if rule.keyword:
            entities = [c for i, c in enumerate(facts.calls) if rule.constructor_pattern.match(c.name) and (_nested_in(facts, i, index) or (c.scope == call.scope and c.line <= call.line))]
        else:  # the constructor alone decides: only the entity this call is handed
            latest: dict[str, CallFact] = {}
            for earlier in facts.calls:  # each name's binding last before the call
                if earlier.assigned_to in call.arg_names and earlier.scope == call.scope and earlier.line <= call.line:
                    latest[earlier.assigned_to] = earlier
            entities = [c for i, c in enumerate(facts.calls) if rule.constructor_pattern.match(c.name) and _nested_in(facts, i, index)]
            entities += [c for c in latest.values() if rule.constructor_pattern.match(c.name)]
        if not entities:
            continue
        named: list[str] = []
        for entity in entities:
            if not rule.keyword:  # the constructor alone says it (a pipeline-component deployment)
                named.append(entity.name.rpartition(".")[2])
                continue
            texts = [*entity.names_in_keyword(rule.keyword)]
            value = entity.keyword(rule.keyword) if entity.has_keyword(rule.keyword) else None
            if isinstance(value, str) and value != NON_LITERAL:
                texts.append(value)
            texts += [strings[(s, n)] for n in entity.names_in_keyword(rule.keyword) for s in (entity.scope, "") if (s, n) in strings]
            text = rule.names_no_model(texts)
            if not text:
                break
            named.append(text)
        else:
            return f"{rule.says} ({rule.keyword}={named[0]})" if rule.keyword else f"{rule.says} ({named[0]}(...))"
    return ""


def entity_release(project: Project, facts: FileFacts, index: int, call: CallFact, rules: Sequence[EntityRule]) -> Rule | None:
    """The release a generic create call makes, judged by the entity it is passed."""
    for rule in rules:
        if not rule.pattern.match(call.name):
            continue
        built = next(_built(project, facts, index, call, rule), None)
        if built is not None:
            says = f"{rule.says} ({built})"
            return Rule(kind="deploy", match="call", name=call.name, says=says, framework=rule.framework, action=rule.action, source="release_flow.toml [[entity]]")
    return None


def _built(project: Project, facts: FileFacts, index: int, call: CallFact, rule: EntityRule) -> Iterator[str]:
    """Where the entity passed to ``call`` was built by one of the rule's constructors."""
    for i, child in enumerate(facts.calls[index + 1 : index + 4], start=index + 1):
        if child.parent == index and rule.builds(child.name):
            yield f"a {_short(child.name)} built in the call"
    names = [n for n in call.arg_names[:2] if n not in ("self", "cls")]
    for name in names:
        producer = _producer(facts, call, name)
        if producer is not None and rule.builds(producer.name):
            yield f"`{name}` = {_short(producer.name)}(...) at {facts.location(producer.line)}"
    entry = project.functions.get(f"{facts.module}.{call.scope}" if facts.module else call.scope) if call.scope else None
    if entry is None:
        return
    params = entry[1].params
    wanted = [n for n in names if n in params]
    if not wanted:
        return
    offset = 1 if params and params[0] in ("self", "cls") else 0
    for caller_facts, caller in project.callers_of(entry[0].module + "." + entry[1].qualname if entry[0].module else entry[1].qualname):
        passed = [names_ for keyword, names_ in caller.keyword_names if keyword in wanted]
        # positional arguments, when each is one plain name (their names in order)
        in_keywords = {n for _, names_ in caller.keyword_names for n in names_}
        plain = [n for n in caller.arg_names if n not in in_keywords]
        if len(plain) == len(caller.positional):
            passed += [(plain[i - offset],) for i, p in enumerate(params) if p in wanted and 0 <= i - offset < len(plain)]
        for group in passed:
            for name in group:
                producer = _producer(caller_facts, caller, name)
                if producer is not None and rule.builds(producer.name):
                    yield f"`{name}` = {_short(producer.name)}(...) at {caller_facts.location(producer.line)}, passed to {entry[1].qualname}()"
                    return


def _producer(facts: FileFacts, consumer: CallFact, name: str) -> CallFact | None:
    """The latest call before ``consumer`` in its scope (or at module level) whose result is ``name``."""
    found: CallFact | None = None
    own = _results_of(facts, consumer)
    for position, candidate in enumerate(facts.calls):
        if candidate.line > consumer.line:
            break
        if position in own:
            continue  # `blue = ml_client.begin_create_or_update(blue).result()`: the statement's own result
        same = candidate.assigned_to == name and candidate.scope in (consumer.scope, "") and candidate is not consumer
        # a binding in the consumer's own scope wins over one at module level
        if same and (found is None or candidate.scope == consumer.scope or found.scope != consumer.scope):
            found = candidate
    return found


def _results_of(facts: FileFacts, consumer: CallFact) -> set[int]:
    """Calls made on the result of ``consumer`` (``.result()``, ``.wait()``), directly or in
    a chain: what they return is assigned after ``consumer`` runs, never passed to it."""
    index = next((i for i, c in enumerate(facts.calls) if c is consumer), -1)
    found: set[int] = set()
    if index < 0:
        return found
    wanted = {f"#{index}"}
    for position, candidate in enumerate(facts.calls):
        if candidate.line == consumer.line and candidate.receiver in wanted:
            found.add(position)
            wanted.add(f"#{position}")
    return found


def _nested_in(facts: FileFacts, index: int, outer: int) -> bool:
    parent = facts.calls[index].parent
    while parent >= 0:
        if parent == outer:
            return True
        parent = facts.calls[parent].parent
    return False


def _short(name: str) -> str:
    return name.rpartition(".")[2] or name


def _strings(facts: FileFacts) -> dict[tuple[str, str], str]:
    return {(scope, name): text for scope, name, text in facts.extra.get("strings", ())}  # type: ignore[attr-defined]
