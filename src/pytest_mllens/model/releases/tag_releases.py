"""Promotions made by tagging a model version, also through a team's own registry helper.

Teams that do not use registry stages or aliases mark the version in service with a tag the
serving side filters on: ``client.set_model_version_tag(name, version, "app_stage",
"Production")``. Such a tag is a promotion; an ordinary tag (``"owner"``, ``"git_sha"``) is
not. What makes the difference is data (``[[tag]]`` in ``data/release_flow.toml``): a word of
the tag's key or value.

Often the tag call sits in a helper (``def promote(client, name, version, stage)``) whose key
or value is a parameter: the helper promotes nothing by itself, its callers decide. Where the
project calls it with a literal that says so (``promote(client, MODEL, v, "Production")``),
each call is the release, judged by the caller's own context (a metric check before it), and
its evidence names the tag call inside. A helper nobody calls with such a literal releases
nothing.
"""

from __future__ import annotations

from ...facts.records import NON_LITERAL, CallFact, FileFacts, FunctionFact
from .flow_rules import TagRule, flow_rules, words_of
from .local_gates import parameter_position, positional_names
from ..knowledge import Rule, imported_roots
from ..project import Project

__all__ = ["tag_release_rules"]


def tag_release_rules(project: Project) -> dict[tuple[str, int], Rule]:
    """(path, call index) of each tag promotion, with the rule that explains it."""
    rules = {rule.method: rule for rule in flow_rules().tag}
    if not rules:
        return {}
    found: dict[tuple[str, int], Rule] = {}
    # only the files whose per-file summary calls a tag verb: the rest keep their calls packed
    candidates = {id(facts): facts for method in rules for facts in project.files_naming(method)}
    for facts in sorted(candidates.values(), key=lambda f: f.path):
        roots = None
        for index, call in enumerate(facts.calls):
            rule = rules.get(call.method)
            if rule is None:
                continue
            if roots is None:
                roots = imported_roots(facts)
            if rule.requires_import and not roots.intersection(rule.requires_import):
                continue
            key, value = _bound(facts, call, rule.key, rule.key_position), _bound(facts, call, rule.value, rule.value_position)
            if _retired(value, rule):
                continue
            own = (_promotes(key, rule) and not _records(key, rule)) or _promotes(value, rule)
            callers = _deciding_callers(project, facts, call, rule, key, value, own)
            if callers is None:
                if own:
                    found.setdefault((facts.path, index), _rule(call.name, f"{rule.says} (tag {_shown(key)} = {_shown(value)})", rule))
                continue
            for caller_facts, position, says in callers:
                found.setdefault((caller_facts.path, position), _rule(caller_facts.calls[position].name, says, rule))
    return found


def _rule(name: str, says: str, tag: TagRule) -> Rule:
    return Rule(kind="deploy", match="call", name=name, says=says, framework=tag.framework, action="promotes", source="release_flow.toml [[tag]]")


def _argument(call: CallFact, keyword: str, position: int) -> object:
    if keyword and call.has_keyword(keyword):
        return call.keyword(keyword)
    if 0 <= position < len(call.positional):
        return call.positional[position]
    return None


def _bound(facts: FileFacts, call: CallFact, keyword: str, position: int) -> object:
    """The tag's key or value: its literal, or the string the name it passes holds
    (``STAGE_TAG = "candidate"`` at module level, or bound in the same function)."""
    value = _argument(call, keyword, position)
    if value != NON_LITERAL:
        return value
    name = _passed(call, keyword, position, value)
    if not name:
        return value
    strings: tuple[tuple[str, str, str], ...] = facts.extra.get("strings", ())  # type: ignore[assignment]
    bound = [text for scope, named, text in strings if named == name and scope in (call.scope, "")]
    return bound[-1] if len(set(bound)) == 1 else value


def _promotes(value: object, rule: TagRule) -> bool:
    return isinstance(value, str) and value != NON_LITERAL and not words_of(value).isdisjoint(rule.words)


def _records(key: object, rule: TagRule) -> bool:
    """A key that keeps a promotion's history (``promoted_to_champion``, ``deployed_at``): it
    says the version was promoted, at the alias move next to it, not where it serves."""
    return isinstance(key, str) and key != NON_LITERAL and not words_of(key).isdisjoint(rule.record_words)


def _retired(value: object, rule: TagRule) -> bool:
    return isinstance(value, str) and value != NON_LITERAL and value.strip().lower() in rule.not_values


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str) and value != NON_LITERAL else "<computed>"


def _deciding_callers(project: Project, facts: FileFacts, call: CallFact, rule: TagRule, key: object, value: object, own: bool) -> list[tuple[FileFacts, int, str]] | None:
    """The project calls of the helper enclosing ``call`` that promote through it: they pass a
    promoting literal for the parameter the tag's key or value is (or the tag's own literal
    promotes) and no retiring value. ``None`` when the tag's key and value are no parameters
    of a helper the project calls: then the tag call itself is judged."""
    if not call.scope:
        return None
    qualified = f"{facts.module}.{call.scope}" if facts.module else call.scope
    entry = project.functions.get(qualified)
    if entry is None:
        return None
    function = entry[1]
    params = {name for name in (_passed(call, rule.key, rule.key_position, key), _passed(call, rule.value, rule.value_position, value)) if name in function.params}
    if not params:
        return None
    inner = f"{call.method}() at {facts.location(call.line)}"
    owner = call.scope.rpartition(".")[0] if function.is_method else ""
    # `self._set_stage(...)` from the class's own methods is the helper's implementation, not a use
    callers = [
        (f, c) for f, c in project.callers_of(qualified)
        if c is not call and c.name.rpartition(".")[2] == function.qualname.rpartition(".")[2] and not (owner and f is facts and c.scope.rpartition(".")[0] == owner)
    ]
    if not callers:
        return None
    found: list[tuple[FileFacts, int, str]] = []
    for caller_facts, caller in callers:
        passed = [_passed_literal(caller, function, param) for param in sorted(params)]
        if any(_retired(v, rule) for v in passed) or not (own or any(_promotes(v, rule) for v in passed)):
            continue
        position = next((i for i, c in enumerate(caller_facts.calls) if c is caller), -1)
        if position >= 0:
            shown = ", ".join(repr(v) for v in passed if _promotes(v, rule)) or f"tag {_shown(key)} = {_shown(value)}"
            found.append((caller_facts, position, f"promotes through {function.qualname}(), whose {inner} {rule.says} ({shown})"))
    return found


def _passed(call: CallFact, keyword: str, position: int, literal: object) -> str:
    """The name ``call`` passes as its tag key or value (``""`` for a literal or an expression)."""
    if literal != NON_LITERAL:
        return ""
    names = call.names_in_keyword(keyword) if keyword and call.has_keyword(keyword) else ()
    if names:
        return names[0] if len(names) == 1 else ""
    positional = positional_names(call)
    return positional[position] if 0 <= position < len(positional) else ""


def _passed_literal(caller: CallFact, function: FunctionFact, param: str) -> object:
    """The literal the caller gives ``function``'s parameter ``param``, by keyword or position."""
    if caller.has_keyword(param):
        return caller.keyword(param)
    position = parameter_position(function, param)
    return caller.positional[position] if 0 <= position < len(caller.positional) else None
