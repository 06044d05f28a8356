"""Folder handoffs: serving loads whichever model file it finds in a folder training writes to.

Many teams version the file name (``models/churn_20240105.pkl``, ``"prod-{}-{}.joblib".format(
tag, version)``) and let the service pick from the folder: ``os.listdir(MODEL_DIR)``, the
newest of ``glob.glob(MODEL_DIR + "/*.pkl")``, ``sorted(Path(MODEL_DIR).glob("*.joblib"))[-1]``.
No file name is shared, yet the folder is the handoff: every save into it is served. A load
counts as such a pick when its function lists a folder and the load's path is that folder
joined with the picked name, or a name bound to the listing (or to a call around it). Read
from the facts: the listing calls are data (``[listing]`` in ``data/model_files.toml``).
"""

from __future__ import annotations

import fnmatch
import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...facts.records import NON_LITERAL, CallFact, FileFacts
from ..knowledge import Rule
from ..project import Project
from .file_handoffs import listing_calls, serving_reach
from .file_paths import bindings, bound_path, call_path, normal, param_default, resolve_base, strings_of

__all__ = ["Listing", "folder_releases", "listed_folder", "save_folder"]


@dataclass(frozen=True)
class Listing:
    """A folder a function lists, the extension the listing keeps (``""``: any) and where."""

    folder: str
    suffix: str
    index: int
    line: int


def listed_folder(facts: FileFacts, index: int, path_call: int) -> Listing | None:
    """The listing the load ``index`` picks its file from; ``path_call`` is the call whose
    argument names the path (the load itself, or the ``open(...)`` it reads)."""
    call = facts.calls[path_call]
    listings = _listings(facts).get(call.scope, [])
    if not listings:
        return None
    # `joblib.load(os.path.join(MODEL_DIR, name))`: the folder joined with the picked name
    built = _load_path(facts, path_call)
    if built:
        folder, name = posixpath.split(built)
        if name == "{}" or name.startswith("{}") and "/" not in name:
            found = next((listing for listing in listings if listing.folder == _folder(folder)), None)
            if found is not None:
                return found
    # `latest = max(glob.glob(...), key=os.path.getctime)` ... `joblib.load(latest)`
    index_of = bindings(facts)
    for name in call.arg_names:
        for bound in index_of.get((call.scope, name), ()):
            found = next((listing for listing in listings if _within(facts, listing.index, bound)), None)
            if found is not None:
                return found
            # `files = glob.glob(...)` then `latest = max(files, key=...)`: one name further
            for inner in facts.calls[bound].arg_names:
                for listed in index_of.get((call.scope, inner), ()):
                    found = next((listing for listing in listings if _within(facts, listing.index, listed)), None)
                    if found is not None:
                        return found
    # `joblib.load(max(glob.glob("models/*.joblib")))`: the listing inside the load's own argument
    return next((listing for listing in listings if listing.index != path_call and _within(facts, listing.index, path_call)), None)


def folder_releases(project: Project, listed: list[tuple[Listing, FileFacts, int]], saves: Sequence[tuple[FileFacts, int, CallFact, Any]], found: dict[tuple[str, int], Rule]) -> None:
    """Saves into a folder whose files serving code lists and loads: each is a release (at the
    save, or at the caller that passes the path, as file_releases.py reports others); the
    file name differs per run (a version, a date), the folder is the handoff."""
    into = [(save, folder) for save in saves if not (save[3].key or save[3].weak or save[3].config) for folder in (save_folder(save[3].facts, save[3].value),) if folder]
    # a bare folder name (`models`) is one folder for the scripts of one project: side by side,
    # or spread over at most two top-level folders (`training/` writes what `serving/` lists;
    # a course repository's lessons each have their own `models/`)
    tops: dict[str, set[str]] = {}
    for (_, _, _, path), folder in into:
        tops.setdefault(folder, set()).add(_top_folder(path.facts.path))
    for listing, load_facts, _ in listed:
        tops.setdefault(listing.folder, set()).add(_top_folder(load_facts.path))
    for (facts, index, call, path), folder in into:
        for listing, load_facts, load_index in listed:
            if listing.folder != folder or (listing.suffix and not path.value.lower().endswith(listing.suffix)):
                continue
            if "/" not in folder and posixpath.dirname(path.facts.path) != posixpath.dirname(load_facts.path) and len(tops[folder] - {""}) > 2:
                continue
            local = path.facts is facts and path.facts.calls[path.index].scope == call.scope
            site = (facts.path, index) if local else (path.facts.path, path.index)
            if site in found:
                break
            via = f" ({path.how})" if path.how and path.how != f"f{path.value!r}" else ""
            lists = load_facts.calls[listing.index].name
            reach = serving_reach(project, load_facts, load_facts.calls[load_index])
            loader = load_facts.location(load_facts.calls[load_index].line) + (f" ({reach})" if reach else "")
            where = f"into {folder!r}, the folder whose files {loader} loads for serving, picking them from {lists}() at {load_facts.location(listing.line)}"
            if local:
                says, name = f"writes the trained model to {path.value!r}{via} {where}", call.name
            else:
                says, name = f"passes {path.value!r}{via} to {call.scope}(), whose {call.name}() at {facts.location(call.line)} writes the trained model {where}", path.facts.calls[path.index].name
            found[site] = Rule(kind="deploy", match="call", name=name, says=says, framework="file", action="deploys", source="release_flow.toml [[save]]")
            break


def save_folder(facts: FileFacts, value: str) -> str:
    """The folder a resolved save path (``models/prod-{}.joblib``) writes into, ``""`` when it
    has none or the folder itself is computed."""
    folder = posixpath.dirname(value)
    return _folder(folder) if folder and "{}" not in folder else ""


def _top_folder(path: str) -> str:
    return path.partition("/")[0] if "/" in path else ""


def _folder(path: str) -> str:
    path = path.replace("\\", "/")
    while path.startswith("{}/"):
        path = path[3:]
    return normal(path) if path and "{}" not in path else ""


def _within(facts: FileFacts, inner: int, outer: int) -> bool:
    """Is call ``inner`` call ``outer`` or nested in its arguments?"""
    for _ in range(8):
        if inner == outer:
            return True
        if inner < 0:
            return False
        inner = facts.calls[inner].parent
    return False


def _argument_path(facts: FileFacts, index: int) -> str:
    """The path the first argument of call ``index`` builds, with ``{}`` for what it computes."""
    call = facts.calls[index]
    value = call.positional[0] if call.positional else None
    if isinstance(value, str) and value != NON_LITERAL:
        return value
    child = next((i for i in range(index + 1, min(len(facts.calls), index + 8)) if facts.calls[i].parent == index), -1)
    if child >= 0:
        return call_path(facts, child)
    if call.arg_names:
        return bound_path(facts, call.scope, call.arg_names[0])
    return ""


def _load_path(facts: FileFacts, index: int) -> str:
    """The path a load builds; a join onto the folder parameter the function lists keeps its
    default (``os.path.join(model_dir, name)`` with ``model_dir=MODEL_DIR``)."""
    built = _argument_path(facts, index)
    if built:
        return built
    call = facts.calls[index]
    child = next((i for i in range(index + 1, min(len(facts.calls), index + 8)) if facts.calls[i].parent == index), -1)
    if child < 0 or not facts.calls[child].arg_names or facts.calls[child].name not in ("os.path.join", "posixpath.join"):
        return ""
    inner = facts.calls[child]
    folder = param_default(facts, call.scope, inner.arg_names[0])
    return posixpath.join(folder, "{}") if folder and len(inner.positional) == 2 else ""


def _listings(facts: FileFacts) -> dict[str, list[Listing]]:
    """scope -> the folders its listing calls list (built once per file)."""
    cached = facts.extra.get("_folder_listings")
    if cached is None:
        cached = {}
        patterns = listing_calls()
        methods = {pattern.rpartition(".")[2] for pattern in patterns}  # the cheap test first, from the same data
        for index, call in enumerate(facts.calls):
            if call.method not in methods or not any(fnmatch.fnmatchcase(call.name, p) for p in patterns):
                continue
            listing = _listing(facts, index, call)
            if listing is not None:
                cached.setdefault(call.scope, []).append(listing)
        facts.extra["_folder_listings"] = cached
    return cached  # type: ignore[return-value]


def _listing(facts: FileFacts, index: int, call: CallFact) -> Listing | None:
    pattern = ""
    if call.receiver and call.method in ("glob", "rglob", "iterdir") and not call.name.startswith("glob."):
        # `Path(MODEL_DIR).glob("*.pkl")`, `MODEL_DIR.glob(...)`: the folder is the receiver
        receiver = call.receiver
        folder = call_path(facts, int(receiver[1:])) if receiver.startswith("#") else bound_path(facts, call.scope, receiver)
        first = call.positional[0] if call.positional else ""
        pattern = first if isinstance(first, str) and first != NON_LITERAL else ""
    else:
        # `glob.glob(MODEL_DIR + "/*.pkl")`, `glob.glob(f"{MODEL_DIR}/*.pkl")`: the text computed
        # in the argument, its leading folder resolved; else a literal, a join, a bound name
        text = strings_of(facts).get((call.scope, f"#{index}"), "")
        text = resolve_base(facts, call.scope, f"#{index}", text) if text else _argument_path(facts, index)
        if call.method in ("glob", "iglob"):
            folder, pattern = posixpath.split(text)
        else:
            folder = text
    if not folder and call.arg_names and call.method in ("listdir", "scandir"):
        folder = param_default(facts, call.scope, call.arg_names[0])  # `def model_load(model_dir=MODEL_DIR)`
    folder = _folder(folder)
    if not folder:
        return None
    suffix = posixpath.splitext(pattern)[1] if "*" in pattern and "*" not in posixpath.splitext(pattern)[1] else ""
    return Listing(folder, suffix.lower(), index, call.line)
