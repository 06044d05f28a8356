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
from dataclasses import dataclass

from ...facts.records import NON_LITERAL, CallFact, FileFacts
from .file_handoffs import listing_calls
from .file_paths import bindings, bound_path, call_path, normal, resolve_base, strings_of

__all__ = ["Listing", "listed_folder", "save_folder"]


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
    built = _argument_path(facts, path_call)
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
    return None


def save_folder(facts: FileFacts, value: str) -> str:
    """The folder a resolved save path (``models/prod-{}.joblib``) writes into, ``""`` when it
    has none or the folder itself is computed."""
    folder = posixpath.dirname(value)
    return _folder(folder) if folder and "{}" not in folder else ""


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


def _listings(facts: FileFacts) -> dict[str, list[Listing]]:
    """scope -> the folders its listing calls list (built once per file)."""
    cached = facts.extra.get("_folder_listings")
    if cached is None:
        cached = {}
        patterns = listing_calls()
        for index, call in enumerate(facts.calls):
            if call.method not in ("listdir", "scandir", "glob", "iglob", "rglob", "iterdir") or not any(fnmatch.fnmatchcase(call.name, p) for p in patterns):
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
    folder = _folder(folder)
    if not folder:
        return None
    suffix = posixpath.splitext(pattern)[1] if "*" in pattern and "*" not in posixpath.splitext(pattern)[1] else ""
    return Listing(folder, suffix.lower(), index, call.line)
