"""How a save or load call names its file: the path resolver of file-based releases.

Real projects rarely write the shared path as one literal on both sides. The trainer joins a
file name onto a folder it computes (``export_dir / "model.joblib"``, ``os.path.join(os.getcwd(),
"src", "models")``), the app takes the folder from the environment with the path as default
(``Path(os.getenv("MODEL_DIR", BASE_DIR / "models" / "latest"))``), both read it from one config
(``cfg["paths"]["model_output"]``). This module turns such spellings into a path: ``{}`` stands
for a folder known only at run time (the working directory, the script's own folder, an
environment variable without default), so ``{}/models/latest/model.joblib`` matches a load of
``models/latest/model.joblib``. What it cannot resolve past the file name it still reports,
marked *weak*: file_releases matches those on a distinctive model-file name only (knowledge
in ``data/model_files.toml``). Everything is read from the facts; nothing is parsed again.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass

from ...facts.records import NON_LITERAL, FileFacts
from ..shipped import data_table

__all__ = ["ModelFiles", "bindings", "bound_path", "call_path", "is_run_input", "kernel_in_notebook_folder", "config_key_of", "object_key", "param_default", "config_source", "looks_like_path", "model_files", "normal", "reads_platform_folder", "path_base_of", "strings_of"]

_ENV = frozenset({"os.getenv", "os.environ.get", "getenv", "os.environ.setdefault"})
_PATHLIKE = frozenset({"pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "str", "os.path.join", "posixpath.join", "os.path.abspath", "os.path.normpath", "os.path.expanduser", "os.fspath"})
_PATH_METHODS = frozenset({"resolve", "absolute", "expanduser"})
_ANCHORS = frozenset({"os.getcwd", "pathlib.Path.cwd", "pathlib.Path.home", "os.path.dirname", "os.path.realpath", "tempfile.gettempdir"})
"""Calls that give a folder known only at run time: the path continues from ``{}``."""
_RUN_TIME = frozenset({"__file__", "getcwd", "cwd", "home"})


@dataclass(frozen=True)
class ModelFiles:
    """What makes a file name a model artefact's, and a config key a path's (model_files.toml)."""

    extensions: tuple[str, ...]
    json_words: tuple[str, ...]
    not_model_words: tuple[str, ...]
    key_words: tuple[str, ...]
    readers: frozenset[str]
    platform_dirs: frozenset[str] = frozenset()
    platform_paths: tuple[str, ...] = ()

    def in_platform_folder(self, path: str) -> bool:
        """Is ``path`` inside the folder a training platform packs when the job ends
        (``/opt/ml/model/model.joblib``)? Such a write goes to the platform, not to a server."""
        return any(path == folder or path.startswith(folder.rstrip("/") + "/") for folder in self.platform_paths)

    def is_model_file(self, path: str) -> bool:
        """Does ``path`` end in a file name that can only be a model (``model_weights.pth``,
        ``xgb_model.json``), not a companion (``scaler.pkl``) or a report (``metrics.json``)?"""
        name = posixpath.basename(path).lower()
        stem, extension = posixpath.splitext(name)
        if extension not in self.extensions or not stem:
            return False
        words = _words(stem)
        if any(word in words for word in self.not_model_words):
            return False
        return extension not in (".json", ".txt", ".ubj") or any(word in words for word in self.json_words)

    def is_path_key(self, key: str) -> bool:
        """Does the config key's last segment name a path (``model_output``, ``model_path``)?"""
        words = _words(key.rpartition(".")[2].lower())
        return any(word in words for word in self.key_words)


def _words(text: str) -> set[str]:
    return {word for word in text.replace("-", "_").replace(".", "_").split("_") if word}


@functools.lru_cache(maxsize=1)
def model_files() -> ModelFiles:
    """The built-in knowledge (static package data: loaded once per process)."""
    table = data_table("model_files.toml")
    files, config = table["model-files"], table["config"]
    return ModelFiles(
        extensions=tuple(str(e).lower() for e in files["extensions"]),
        json_words=tuple(files["json-words"]),
        not_model_words=tuple(files["not-model-words"]),
        key_words=tuple(config["key-words"]),
        readers=frozenset(config["readers"]),
        platform_dirs=frozenset(files.get("platform-dirs", ())),
        platform_paths=tuple(files.get("platform-paths", ())),
    )


def reads_platform_folder(facts: FileFacts) -> bool:
    """Does the module read a serving platform's model folder (``os.environ["AZUREML_MODEL_DIR"]``,
    ``os.getenv("SM_MODEL_DIR")``, TorchServe's ``properties.get("model_dir")``)? Built once per file."""
    cached = facts.extra.get("_platform_folder")
    if cached is None:
        names = model_files().platform_dirs
        cached = any(kind == "env" and text in names for _, _, kind, text in facts.extra.get("path_refs", ()))  # type: ignore[attr-defined]
        cached = cached or any(call.positional and call.positional[0] in names and (call.method in ("get", "getenv", "setdefault")) for call in facts.calls)
        facts.extra["_platform_folder"] = cached
    return bool(cached)


def strings_of(facts: FileFacts) -> dict[tuple[str, str], str]:
    """(scope, name) -> the string bound to it (``#N``: computed in call N's argument)."""
    cached = facts.extra.get("_string_index")
    if cached is None:
        cached = {}
        for scope, name, value in facts.extra.get("strings", ()):  # type: ignore[attr-defined]
            cached[(scope, name)] = value
        facts.extra["_string_index"] = cached
    return cached  # type: ignore[return-value]


def _path_refs(facts: FileFacts) -> dict[tuple[str, str, str], str]:
    """(scope, name or ``#N``, kind) -> the base variable or config key (built once per file)."""
    cached = facts.extra.get("_path_ref_index")
    if cached is None:
        cached = {}
        for scope, name, kind, text in facts.extra.get("path_refs", ()):  # type: ignore[attr-defined]
            cached[(scope, name, kind)] = text
        facts.extra["_path_ref_index"] = cached
    return cached  # type: ignore[return-value]


def path_base_of(facts: FileFacts, scope: str, name: str) -> str:
    """The variable the computed path bound to ``name`` (or call ``#N``'s argument) starts from."""
    refs = _path_refs(facts)
    return refs.get((scope, name, "base")) or refs.get(("", name, "base"), "")


def config_key_of(facts: FileFacts, scope: str, name: str) -> str:
    """The config key bound to ``name`` (``#N``: read in call N's argument): in the scope, at
    module level, or, for ``self.model_path``, in any method of the same class."""
    refs = _path_refs(facts)
    found = refs.get((scope, name, "config")) or refs.get(("", name, "config"), "")
    if not found and name.startswith("self.") and "." in scope:
        owner = scope.rpartition(".")[0]
        found = next((text for (where, bound, kind), text in refs.items() if kind == "config" and bound == name and where.rpartition(".")[0] == owner), "")
    return found


def config_source(facts: FileFacts) -> str:
    """The config file this module reads (``params.yaml``), when a reader names it literally."""
    readers = model_files().readers
    for call in facts.calls:
        if call.name in readers or call.method in ("safe_load", "load") and call.name.startswith(("yaml.", "json.", "omegaconf.")):
            value = call.positional[0] if call.positional else None
            if isinstance(value, str) and value != NON_LITERAL and value.lower().endswith((".yaml", ".yml", ".json", ".toml", ".cfg", ".ini")):
                return value
    return ""


def bindings(facts: FileFacts) -> dict[tuple[str, str], list[int]]:
    """(scope, name) -> the calls whose result is bound to the name, in order (built once per file)."""
    cached = facts.extra.get("_call_bindings")
    if cached is None:
        cached = {}
        for position, call in enumerate(facts.calls):
            if call.assigned_to:
                cached.setdefault((call.scope, call.assigned_to), []).append(position)
        facts.extra["_call_bindings"] = cached
    return cached  # type: ignore[return-value]


def bound_path(facts: FileFacts, scope: str, name: str, depth: int = 0) -> str:
    """The path a name holds: a string bound to it (its leading ``{}`` resolved through the
    variable the join starts from), or a call that builds one: an environment lookup's default
    (``os.getenv("MODEL_PATH", "artifacts/model.pkl")``), wrapped or not in ``Path(...)``,
    ``str(...)``, ``os.path.join(...)``, ``.resolve()``; ``os.getcwd()`` and ``__file__`` give
    ``{}``, a folder known at run time."""
    if depth > 4 or not name:
        return ""
    if name in _RUN_TIME:
        return "{}"
    value = strings_of(facts).get((scope, name)) or strings_of(facts).get(("", name), "")
    if value:
        return resolve_base(facts, scope, name, value, depth)
    index = bindings(facts)
    found = index.get((scope, name)) or (index.get(("", name)) if scope else None)
    if found:
        return _built_path(facts, found[-1], depth)
    if name.startswith("self.") and "." in scope:
        # `self.model_path = "models/clf.pkl"` (or a join) in `__init__`, read in another method
        where, text, call = _attributes(facts).get((scope.rpartition(".")[0], name), ("", "", -1))
        if text:
            return resolve_base(facts, where, name, text, depth)
        if call >= 0:
            return _built_path(facts, call, depth)
    # a local name for a module constant (`model_path = MODEL_DIR`)
    alias = _path_refs(facts).get((scope, name, "alias"), "")
    return bound_path(facts, scope, alias, depth + 1) if alias and alias != name else ""


def param_default(facts: FileFacts, scope: str, name: str) -> str:
    """The path a parameter's default holds (``def model_load(model_dir=MODEL_DIR)``,
    ``def __init__(self, models_dir="models")``): what runs when the caller passes nothing.
    Read only where that is the serving case (a constructor, a folder a loader lists); a
    helper's default is not the path its callers pass."""
    default = _path_refs(facts).get((scope, name, "default"), "") if scope else ""
    if default.startswith("="):
        return default[1:]
    return bound_path(facts, "", default) if default else ""


def _attributes(facts: FileFacts) -> dict[tuple[str, str], tuple[str, str, int]]:
    """(class, ``self.x``) -> (the method that binds it, the string, or the call whose result
    it is, ``-1`` for none), the first binding in source order (built once per file)."""
    cached = facts.extra.get("_self_attributes")
    if cached is None:
        cached = {}
        for scope, name, value in facts.extra.get("strings", ()):  # type: ignore[attr-defined]
            if name.startswith("self.") and "." in scope:
                cached.setdefault((scope.rpartition(".")[0], name), (scope, value, -1))
        for (scope, name), calls in bindings(facts).items():
            if name.startswith("self.") and "." in scope:
                cached.setdefault((scope.rpartition(".")[0], name), (scope, "", calls[0]))
        facts.extra["_self_attributes"] = cached
    return cached  # type: ignore[return-value]


def resolve_base(facts: FileFacts, scope: str, name: str, value: str, depth: int = 0) -> str:
    """``value`` (bound to ``name``, or ``#N``) with a leading ``{}`` replaced by what the
    variable it starts from holds, when that resolves (``MODEL_DIR / "model.pkl"``)."""
    if not value.startswith("{}") or depth > 4:
        return value
    base = path_base_of(facts, scope, name)
    if not base or base == name:
        return value
    where = bound_path(facts, scope, base, depth + 1)
    if not where or where == "{}":
        return value
    return posixpath.join(where, value[2:].lstrip("/")) if value[2:].strip("/") else where


_CLI = frozenset({"args", "opt", "opts", "FLAGS", "flags", "arguments", "argv", "cli_args", "parsed_args"})


def is_run_input(facts: FileFacts, scope: str, name: str) -> bool:
    """Is ``name`` (or the object it is an attribute of) handed in at run time by whoever
    runs the step: a parameter of the enclosing function or a command-line argument? A
    folder that comes that way is a pipeline step's input or output (the orchestrator
    decides it), so a file name under it names no fixed handoff."""
    root = name.split(".")[0]
    if root in _CLI or root == "sys":
        return True
    if scope:
        params = facts.extra.get("_params")
        if params is None:
            params = facts.extra["_params"] = {f.qualname: f.params for f in facts.functions}
        if root in params.get(scope, ()):  # type: ignore[union-attr]
            return True
    found = bindings(facts).get((scope, root)) or bindings(facts).get(("", root)) or []
    return any(facts.calls[i].method in ("parse_args", "parse_known_args", "vars") for i in found)


def call_path(facts: FileFacts, index: int) -> str:
    """The path call ``index`` builds (``os.path.join(MODEL_DIR, "model.pkl")``), ``""`` if unknown."""
    return _built_path(facts, index)


def _built_path(facts: FileFacts, index: int, depth: int = 0) -> str:
    call = facts.calls[index]
    if depth > 4:
        return ""
    if call.name == "format":  # `"models/prod-{}.joblib".format(tag)`: the template the extractor kept
        return strings_of(facts).get((call.scope, f"#{index}"), "")
    if call.name in _ANCHORS:
        return "{}"
    if call.name in _ENV:
        default = call.positional[1] if len(call.positional) > 1 else call.keyword("default")
        if isinstance(default, str) and default != NON_LITERAL:
            return default
        computed = strings_of(facts).get((call.scope, f"#{index}"))
        if default == NON_LITERAL and computed:  # `os.getenv("MODEL_DIR", BASE_DIR / "models")`
            return resolve_base(facts, call.scope, f"#{index}", computed, depth + 1)
        if default == NON_LITERAL:  # `os.getenv("MODEL_DIR", DEFAULT_DIR)`: the default's name
            names = [n for n in call.arg_names if n not in ("os", "environ", "getenv", "get")]
            return bound_path(facts, call.scope, names[0], depth + 1) if len(names) == 1 else ""
        return ""
    if call.method == "get" and len(call.positional) == 2 and call.name not in _ENV:
        # `config.get("model_path", "models/model.pkl")`: a settings dict's default, as an
        # environment lookup's
        key, default = call.positional
        if isinstance(key, str) and key != NON_LITERAL and model_files().is_path_key(key) and isinstance(default, str) and looks_like_path(default):
            return default
        return ""
    if call.method in _PATH_METHODS and call.receiver.startswith("#"):
        return _built_path(facts, int(call.receiver[1:]), depth + 1)
    if call.name not in _PATHLIKE:
        return ""
    computed = strings_of(facts).get((call.scope, f"#{index}"))
    if computed:  # `str(Path(__file__).parent / "model.pkl")`: the join in the argument
        return resolve_base(facts, call.scope, f"#{index}", computed, depth + 1)
    children = [i for i in range(index + 1, min(len(facts.calls), index + 16)) if facts.calls[i].parent == index]
    # a non-literal argument is a call (recorded as a child) or a name: names are resolved only
    # when no argument is a call and each maps to its own name in order; one that does not
    # resolve is a folder known at run time (``{}``), unless the step is handed it
    names = [n for n in call.arg_names if n not in ("os", "path")] if not children else []
    computed = sum(1 for value in call.positional if not isinstance(value, str) or value == NON_LITERAL)
    if names and len(names) != computed:
        if any(is_run_input(facts, call.scope, n) for n in names):
            return ""
        names = []
    # `os.path.join(MODEL_DIR, "prod-{}.joblib".format(tag))`: a folder name, then calls; the
    # first name is the folder's when none of the calls uses it (names come in source order)
    lead = ""
    if children and computed == len(children) + 1 and type(call.positional[0]) is str and call.positional[0] == NON_LITERAL:
        inside = {n for c in children for n in (*facts.calls[c].arg_names, facts.calls[c].method)}
        first = next((n for n in call.arg_names if n not in ("os", "path")), "")
        lead = first if first and first not in inside else ""
    parts: list[str] = []
    for value in call.positional:
        if isinstance(value, str) and value != NON_LITERAL:
            parts.append(value)
            continue
        if lead:
            inner = bound_path(facts, call.scope, lead, depth + 1) or ("" if is_run_input(facts, call.scope, lead) else "{}")
            lead = ""
        elif children:
            inner = _built_path(facts, children.pop(0), depth + 1)
        elif names:
            name = names.pop(0)
            inner = bound_path(facts, call.scope, name, depth + 1)
            if not inner and call.scope.endswith(".__init__"):
                inner = param_default(facts, call.scope, name)  # `self.models_dir = Path(models_dir)`
            inner = inner or ("" if is_run_input(facts, call.scope, name) else "{}")
        else:
            inner = "{}" if call.arg_names and not parts else ""
        if not inner:
            return ""
        parts.append(inner)
    return posixpath.join(*parts) if parts else ""


def kernel_in_notebook_folder(facts: FileFacts) -> bool:
    """Is ``facts`` a notebook whose kernel stays in the notebook's folder (no ``%cd``, no
    ``os.chdir``)? Jupyter starts the kernel there, so its relative paths start there."""
    if facts.kind != "ipynb" or facts.origin:
        return False
    moved = facts.extra.get("_moves_kernel")
    if moved is None:
        moved = facts.extra["_moves_kernel"] = any(
            call.name == "os.chdir" or call.method == "run_line_magic" and call.positional[:1] == ("cd",) for call in facts.calls
        )
    return not moved


def looks_like_path(value: str, strict: bool = True) -> bool:
    """Could ``value`` be a file path? ``strict``: it also has a folder or an extension (a
    literal among other arguments); a string bound to a name the save call is passed may be
    a bare file name (``model_file = "bc-xgboost-model"``)."""
    if not 0 < len(value) < 300 or any(c.isspace() for c in value) or "{" in value or "://" in value:
        return False
    return not strict or "." in value.rpartition("/")[2] or "/" in value


_URI_SCHEMES = ("s3://", "s3a://", "gs://")


def object_key(value: str) -> str:
    """The object key an ``s3://bucket/key`` or ``gs://bucket/key`` URI names (``{}`` for a
    computed part, as in a template), ``""`` for anything else: a Keras ``model.save("s3://...")``
    and a ``download_file(bucket, key, ...)`` of the same key are one object."""
    for scheme in _URI_SCHEMES:
        if value.startswith(scheme):
            _, _, key = value[len(scheme) :].partition("/")
            return posixpath.normpath(key) if key and not any(c.isspace() for c in key) and key.replace("{}", "").strip("/") else ""
    return ""


def normal(path: str) -> str:
    return posixpath.normpath(path.replace("\\", "/")) if path and "{" not in path and "://" not in path else ""
