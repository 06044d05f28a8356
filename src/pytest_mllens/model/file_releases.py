"""File-based releases: training writes the model to the very file that serving loads.

No registry call is involved, yet the write *is* the release: the next time the service
starts (or reloads), it serves whatever training wrote. Kept narrow so that it stays
precise: the write is in a training module, the read in a hosting module, and both name the
same literal path (or the same file name in the same directory). The save and load calls
are data (``[[save]]`` / ``[[load]]`` in ``data/release_flow.toml``).
"""

from __future__ import annotations

import posixpath

from ..facts.records import NON_LITERAL, CallFact, FileFacts
from .flow_rules import FileRule, flow_rules
from .knowledge import Rule
from .project import Project

__all__ = ["file_release_rules"]

_OPEN = frozenset({"open", "builtins.open", "io.open"})


def file_release_rules(project: Project) -> dict[tuple[str, int], Rule]:
    """(path, call index) of each file-based release, with the rule that explains it."""
    rules = flow_rules()
    if not rules.save or not rules.load:
        return {}
    loads: dict[str, list[tuple[FileFacts, CallFact]]] = {}
    for facts in project.files:
        if project.role(facts, "hosting") is None:
            continue
        for index, call in enumerate(facts.calls):
            path = _path_of(facts, index, call, rules.load)
            if path:
                loads.setdefault(posixpath.basename(path), []).append((facts, call))
    if not loads:
        return {}
    found: dict[tuple[str, int], Rule] = {}
    for facts in project.files:
        if project.role(facts, "training") is None or project.role(facts, "hosting") is not None:
            continue
        for index, call in enumerate(facts.calls):
            path = _path_of(facts, index, call, rules.save)
            if not path:
                continue
            for loader_facts, loader in loads.get(posixpath.basename(path), ()):
                loaded = _path_of(loader_facts, -1, loader, rules.load)
                if _same_file(path, facts.path, loaded, loader_facts.path):
                    says = f"writes the trained model to {path!r}, the file {loader_facts.location(loader.line)} loads for serving"
                    found[(facts.path, index)] = Rule(kind="deploy", match="call", name=call.name, says=says, framework="file", action="deploys", source="release_flow.toml [[save]]")
                    break
    return found


def _path_of(facts: FileFacts, index: int, call: CallFact, rules: tuple[FileRule, ...]) -> str:
    for rule in rules:
        if not rule.pattern.match(call.name):
            continue
        value = call.keyword(rule.keyword) if rule.keyword and call.has_keyword(rule.keyword) else None
        if value is None and 0 <= rule.position < len(call.positional):
            value = call.positional[rule.position]
        if isinstance(value, str) and value != NON_LITERAL:
            return _normal(value)
        if rule.handle:
            return _opened(facts, index, call)
    return ""


def _opened(facts: FileFacts, index: int, call: CallFact) -> str:
    """The literal path of the file object passed to ``call``: ``open(...)`` inline or bound
    by ``with open(...) as f`` earlier in the same scope."""
    if index < 0:
        index = next((i for i, c in enumerate(facts.calls) if c is call), -1)
    for i, candidate in enumerate(facts.calls):
        inline = candidate.parent == index and index >= 0
        bound = candidate.assigned_to in call.arg_names and candidate.scope == call.scope and candidate.line <= call.line
        if (inline or bound) and candidate.name in _OPEN and candidate.positional:
            value = candidate.positional[0]
            if isinstance(value, str) and value != NON_LITERAL:
                return _normal(value)
    return ""


def _normal(path: str) -> str:
    return posixpath.normpath(path.replace("\\", "/")) if path and "{" not in path and "://" not in path else ""


def _same_file(saved: str, saver: str, loaded: str, loader: str) -> bool:
    """The same literal path, or the same file name where both scripts live side by side."""
    if not loaded or posixpath.basename(saved) != posixpath.basename(loaded):
        return False
    if saved == loaded and ("/" in saved or posixpath.dirname(saver) == posixpath.dirname(loader)):
        return True
    return posixpath.dirname(saver) == posixpath.dirname(loader) and "/" not in saved and "/" not in loaded
