"""File-based releases: training writes the model to the very file (or bucket key) that serving loads.

No registry call is involved, yet the write *is* the release: the next time the service
starts (or reloads), it serves whatever training wrote. Kept narrow so that it stays
precise: the write is in a training module, the read in a hosting module, and both name the
same path (or the same file name in the same directory, or the same object-store key). A
project helper that writes or reads whatever path it is handed (``save_object(file_path, obj)``
/ ``load_object(file_path)`` in a utilities module) counts on the side of its caller: a write
for a training module, a read for a hosting module or for a function a hosting module calls
(the prediction pipeline a route runs); the release is then the trainer's call of the helper. The
path may be a literal, a string bound to a name in the same scope or at module level
(``MODEL_PATH = "models/churn.joblib"``), the default of an argparse option
(``args.model_path``), ``os.path.join`` of those, or a parameter of the enclosing function
that its callers fill (then the caller that passes the served path is the release: another
caller may pass a candidate's path; a helper with a single caller writes only the served path,
so its write is the release). The save and
load calls are data (``[[save]]`` / ``[[load]]`` in ``data/release_flow.toml``).

Serving code is a hosting module or any function one reaches through project calls (a
predictor class the app constructs, a ``model_load()`` beside the training code that saves
nothing itself: file_handoffs.py); the save and load calls of ``release_flow.toml`` are joined by
those of ``model_files.toml`` (Hugging Face model folders), and a companion saved beside the
model (a tokenizer, a vectorizer) is none. A load of whichever file a folder listing picks
(``sorted(glob(MODEL_DIR + "/*.pkl"))[-1]``) is matched on the folder (listed_folders.py).

How a path is spelled is file_paths.py's business: a folder variable joined with a file name
(resolved through environment defaults, ``os.getcwd()`` / ``__file__`` anchors and module
constants), a config key both sides read (matched on the key: ``cfg["paths"]["model"]``), an
object-store key (S3, or a GCS blob the upload is a method of). When only the file name
resolves on a side (its folder is known at run time), the two sides match on the name alone,
and only when it is a model artefact's (``model_weights.pth``, not ``scaler.pkl``), the
folder is not one the step is handed (a parameter, a CLI argument) and neither module reads a
serving platform's model folder (there, registration or packaging puts the file).
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...facts.records import NON_LITERAL, CallFact, FileFacts
from .build_handoffs import build_releases, has_build_handoffs
from .file_handoffs import constructions, dumped_object, handoff_rules, is_companion, module_load_serves, names_companion, serves, serving_reach
from .file_images import images_of, in_image
from .local_gates import positional_names
from .file_paths import bindings, call_path, is_run_input, kernel_in_notebook_folder
from .file_paths import bound_path as _bound_path
from .file_paths import config_key_of, config_source, model_files, object_key, path_base_of, resolve_base
from .file_paths import reads_platform_folder
from .file_paths import looks_like_path as _looks_like_path
from .file_paths import normal as _normal
from .file_paths import strings_of as _strings
from .flow_rules import FileRule, flow_rules
from .listed_folders import Listing, folder_releases, listed_folder
from .served_folders import ServedFolder, served_folder, served_folders
from ..knowledge import Rule
from ..project import Project

__all__ = ["file_release_rules"]

_OPEN = frozenset({"open", "builtins.open", "io.open"})
_JOIN = frozenset({"os.path.join", "posixpath.join", "pathlib.Path", "pathlib.PurePath"})
_WRAP = _JOIN | {"str", "os.fspath", "pathlib.PosixPath", "os.path.abspath", "format"}
_ARGPARSE = "add_argument"
_PATH_WORDS = re.compile(r"path|file|dir|folder|uri|location", re.IGNORECASE)


@dataclass(frozen=True)
class _Path:
    """A path a save or load call uses, the call that fixes it, and how it gets there."""

    value: str
    facts: FileFacts
    index: int
    how: str = ""
    key: bool = False
    template: bool = False
    """``value`` is an f-string's fixed text with ``{}`` for each placeholder."""
    weak: bool = False
    """Only the file name resolves (``value``), under a folder known at run time."""
    config: str = ""
    """The path is what this config key holds (``paths.model_output``); ``value`` is empty."""


def file_release_rules(project: Project) -> dict[tuple[str, int], Rule]:
    """(path, call index) of each file-based release, with the rule that explains it."""
    save_rules, load_rules = _rules()
    if not save_rules or not load_rules:
        return {}
    loads: dict[str, list[_Path]] = {}
    listed: list[tuple[Listing, FileFacts, int]] = []
    for facts in project.files:
        hosting = project.role(facts, "hosting") is not None
        training = not hosting and project.role(facts, "training") is not None
        for index in _named_calls(project, facts, load_rules):
            call = facts.calls[index]
            if is_companion(call, facts):
                continue
            if training and not _serving_loader(project, facts, call, save_rules):
                continue
            for path in _paths(project, facts, index, call, load_rules):
                # a project helper (`load_object(file_path)`) loads for the hosting module that
                # passes it the path, or that calls the function it loads in
                if _for_companion(path, facts, index):
                    continue
                if hosting or serves(project, path.facts, path.facts.calls[path.index]) or not call.scope and module_load_serves(project, facts, call):
                    loads.setdefault(_group(path), []).append(path)
            if hosting or serves(project, facts, call):
                # the newest file of a folder it lists (`sorted(glob(MODEL_DIR + "/*.pkl"))[-1]`)
                opened = _opened(facts, index, call)
                listing = listed_folder(facts, index, opened[0] if opened is not None else index)
                if listing is not None:
                    listed.append((listing, facts, index))
    served = served_folders(project)
    built = has_build_handoffs(project)
    if not loads and not served and not listed and not built:
        return {}
    found: dict[tuple[str, int], Rule] = {}
    images = images_of(project)
    saves = [
        (facts, index, call, path)
        for facts in project.files
        if project.role(facts, "hosting") is None
        for trains in (project.role(facts, "training") is not None,)
        for index in _named_calls(project, facts, save_rules)
        for call in (facts.calls[index],)
        if not is_companion(call, facts) and not _dumps_plain_value(project, facts, call)
        for path in _paths(project, facts, index, call, save_rules)
        if not _for_companion(path, facts, index)
        # a project helper (`save_object(file_path, obj)`) writes for the training module
        # that passes it the path, when the caller hands it the object too (a helper that
        # fits and saves its own scaler writes no trained model)
        if trains or (path.facts is not facts and _trains(project, path.facts) and _saves_parameter(project, facts, call)) or _saves_trained_return(project, facts, call) or _runs_training(project, facts, path)
    ]
    if served:
        exports = tuple(r for r in save_rules if r.exports)
        _served_releases(served, [save for save in saves if any(r.pattern.match(save[2].name) for r in exports)], found)
    # saves admitted only because their module runs training (_runs_training): the serving
    # side must show that the file holds the model
    piped = {(f.path, i) for f, i, c, p in saves if p.facts is f and not _trains(project, f) and not _saves_trained_return(project, f, c)}
    writers: dict[str, set[str]] = {}
    for _, _, _, path in saves:
        writers.setdefault(_group(path), set()).add(_top(path.facts.path))
    exact: set[tuple[str, int]] = set()
    # saves of one named file first: a load an exact save feeds is no candidate's of a template
    # (`models/{name}.pkl` for each candidate, beside `models/best_model.pkl` for the winner)
    for facts, index, call, path in sorted(saves, key=lambda save: save[3].template):
        named = not path.template or "{}" not in posixpath.basename(path.value)
        candidates = [*loads.get(_group(path), ()), *_template_loads(project, loads, path, facts, call)] if named else [lp for group in loads.values() for lp in group if (lp.facts.path, lp.index) not in exact and _fits(path.value, lp.value)]
        folders = writers.get(_group(path), set()) | {_top(lp.facts.path) for lp in candidates}
        loaded = next((lp for lp in candidates if _same(path, lp) and _one_project(path, lp, folders) and ((facts.path, index) not in piped or _predicts_with(lp))), None)
        rooted = ""
        if loaded is None and named:
            loaded = _root_server_load(project, facts, call, path, candidates)
            rooted = " (a bare relative name: both sides open it in the working directory the root-level server runs from, whatever folder the writer's module sits in)" if loaded is not None else ""
        image = ""
        if loaded is None and images and candidates:
            loaded, image = in_image(images, path, candidates)
        local = path.facts is facts and path.facts.calls[path.index].scope == call.scope
        # a helper with one caller writes only the served path: the write is the release; a
        # project utility outside the training code (`save_object`) is the caller's release
        sole = not local and _trains(project, facts) and _sole_caller(project, facts, call.scope)
        site = (facts.path, index) if local or sole else (path.facts.path, path.index)
        if loaded is None or site in found:
            continue
        if not path.template:
            exact.add((loaded.facts.path, loaded.index))
        where = loaded.facts.location(loaded.facts.calls[loaded.index].line)
        reach = serving_reach(project, loaded.facts, loaded.facts.calls[loaded.index])
        where += f" ({reach})" if reach else ""
        thing = "the file" if posixpath.splitext(path.value)[1] or path.config else "the folder"  # a save_pretrained folder
        what = "the object-store key" if path.key else f"{thing} (in the image {image} builds)" if image else thing
        via = f" ({path.how})" if path.how and not path.config else ""
        loaded_via = f" ({loaded.how})" if loaded.how and not loaded.config else ""
        shown = _shown(path)
        matched = _matched(path, loaded) + rooted
        if local:
            says = f"writes the trained model to {shown}{via}, {what} {where} loads for serving{loaded_via}{matched}"
            name = call.name
        elif sole:
            caller = path.facts.location(path.facts.calls[path.index].line)
            says = f"writes the trained model to {shown}{via}, the path its only caller at {caller} passes; {what} {where} loads it for serving{loaded_via}{matched}"
            name = call.name
        else:
            # the helper writes to whatever path it is given: the release is the call
            # that passes the served path (another caller may pass a candidate path)
            says = f"passes {shown}{via} to {call.scope}(), whose {call.name}() at {facts.location(call.line)} writes the trained model there; {what} {where} loads it for serving{loaded_via}{matched}"
            name = path.facts.calls[path.index].name
        found[site] = Rule(kind="deploy", match="call", name=name, says=says, framework="file", action="deploys", source="release_flow.toml [[save]]")
    _retrain_releases(project, save_rules, load_rules, found)
    if listed:
        folder_releases(project, listed, saves, found)
    if built:
        build_releases(project, saves, [lp for group in loads.values() for lp in group], found)
    return found


def _retrain_releases(project: Project, save_rules: tuple[FileRule, ...], load_rules: tuple[FileRule, ...], found: dict[tuple[str, int], Rule]) -> None:
    """Saves in a hosting module that retrains: a ``/train`` route writes the model a training
    function returned to the path its ``/predict`` route loads, spelled the same way in both
    (``os.path.join(f"models/{model_name}", "model")``: a template built from the request, so
    no literal joins them). The next request serves what the route trained."""
    if not any(project.role(facts, "hosting") is not None for facts in project.files):
        return
    for facts in project.files:
        if project.role(facts, "hosting") is None:
            continue
        saves = [i for i in _named_calls(project, facts, save_rules) if facts.calls[i].scope and not is_companion(facts.calls[i], facts)]
        if not saves:
            continue
        loads: dict[str, list[int]] = {}
        for index in _named_calls(project, facts, load_rules):
            spelled = _spelled(facts, facts.calls[index], load_rules)
            if spelled and not is_companion(facts.calls[index], facts):
                loads.setdefault(spelled, []).append(index)
        for index in saves:
            call = facts.calls[index]
            spelled = _spelled(facts, call, save_rules)
            other = next((i for i in loads.get(spelled, ()) if facts.calls[i].scope != call.scope), None) if spelled else None
            if other is None or (facts.path, index) in found or not _saves_model(call, spelled):
                continue
            trainer = _trained_by(project, facts, call)
            if not trainer:
                continue
            where = facts.location(facts.calls[other].line)
            says = f"writes the model trained by {trainer} to {spelled!r}, the path {facts.calls[other].scope}() at {where} builds the same way and loads for serving: the app's next request serves what this route trained"
            found[(facts.path, index)] = Rule(kind="deploy", match="call", name=call.name, says=says, framework="file", action="deploys", source="release_flow.toml [[save]]")


def _spelled(facts: FileFacts, call: CallFact, rules: tuple[FileRule, ...]) -> str:
    """How ``call``'s path is spelled in its function: a literal, or the path (a template:
    ``models/{}/model``) the single name it is handed holds; ``""`` when neither has a folder."""
    rule = next(iter(_matching(rules, call.name)), None)
    if rule is None or rule.receiver or rule.key:
        return ""
    value = call.keyword(rule.keyword) if rule.keyword and call.has_keyword(rule.keyword) else None
    if value is None and 0 <= rule.position < len(call.positional):
        value = call.positional[rule.position]
    if isinstance(value, str) and value != NON_LITERAL:
        return value if "/" in value else ""
    names = [n for n in (call.names_in_keyword(rule.keyword) if rule.keyword and call.has_keyword(rule.keyword) else _names_at(call, rule.position)) if n != "self"]
    spelled = _bound_path(facts, call.scope, names[0]) if len(names) == 1 else ""
    return spelled if "/" in spelled and not spelled.startswith("{}") else ""


def _saves_model(call: CallFact, spelled: str) -> bool:
    """Does the save write the model (``model.save_pretrained``), not what the route keeps
    beside it (``pickle.dump(label_decoder, f)`` into the same folder)?"""
    saved = dumped_object(call) or call.receiver
    return "model" in saved.lower() or "model" in posixpath.basename(spelled).lower()


def _trained_by(project: Project, facts: FileFacts, call: CallFact) -> str:
    """The function that trained what the save writes: called earlier in the save's function,
    and of a training module, or of the app itself calling one (``model_training()`` in the
    app runs the package's ``train_model()``); ``""`` for none."""
    for other in facts.calls:
        if other.scope != call.scope or other.line > call.line:
            continue
        made = project.function_called(facts, other)
        if made is None:
            continue
        if _trains(project, made[0]):
            return f"{made[1].qualname}() of {made[0].path}"
        if made[0] is facts and any(_trains(project, m[0]) for c in facts.calls if c.scope == made[1].qualname for m in (project.function_called(facts, c),) if m is not None):
            return f"{made[1].qualname}() (which runs training code)"
    return ""


def _template_loads(project: Project, loads: dict[str, list[_Path]], saved: _Path, facts: FileFacts, call: CallFact) -> list[_Path]:
    """Serving loads of a path template the literal ``saved`` fits, in its folder
    (``f"models/{model_name}_model.pkl"``, the name picked per request, loads what training
    writes to ``models/xgboost_model.pkl``). A template is weaker evidence than a shared
    literal, so the object ``call`` writes must be a trained one: fitted before the save in
    its function, or returned by a training module's function (an estimator dumped before
    its ``fit`` is none)."""
    if saved.template or saved.key or saved.weak or saved.config or not _fitted_before(project, facts, call):
        return []
    return [lp for group in loads.values() for lp in group if lp.template and not lp.key and _same(saved, lp)]


def _fitted_before(project: Project, facts: FileFacts, call: CallFact) -> bool:
    """Was the object ``call`` saves fitted earlier in its function (``m.fit(frame)`` before
    ``joblib.dump(m, path)``), or returned by a training module's function?"""
    saved = dumped_object(call) or (call.receiver if not call.receiver.startswith("#") else "")
    fitted = any(c.scope == call.scope and c.receiver == saved and c.method in ("fit", "train") and c.line <= call.line for c in facts.calls)
    return bool(saved) and (fitted or _saves_trained_return(project, facts, call))


def _dumps_plain_value(project: Project, facts: FileFacts, call: CallFact) -> bool:
    """Does the dump write a value kept beside the model rather than the model
    (``joblib.dump(features, "features_list.pkl")``, the column names a comprehension over
    ``df.columns`` built)? Both the object's name and the file's name hold a not-model word
    (``features``, ``columns``, ``labels``), and the object was neither fitted before the dump
    nor returned by a training function: a fitted ``feature_pipeline`` still counts."""
    subject = dumped_object(call)
    if not subject or _fitted_before(project, facts, call):
        return False
    words = model_files().not_model_words
    named = set(re.findall(r"[a-z]+", subject.lower()))
    literal = next((value for value in call.positional[1:2] if isinstance(value, str) and value != NON_LITERAL), "")
    stem = posixpath.splitext(posixpath.basename(literal))[0].lower()
    return "model" not in named and any(word in named for word in words) and bool(stem) and not model_files().is_model_file(literal)


def _for_companion(path: _Path, facts: FileFacts, index: int) -> bool:
    """Is the project helper (``save_object(file_path, obj)``, ``load_object(file_path)``)
    called for a model's companion? The caller hands it ``preprocessor_obj``, binds the load
    to ``preprocessor`` or passes a path named for one (``artifacts/preprocessor.pkl``): the
    end-to-end templates save and load their fitted preprocessor through the same helpers as
    the model, and only the model's file is a release."""
    if path.facts is facts and path.index == index:
        return False  # the save or load call itself: is_companion has judged it
    caller = path.facts.calls[path.index]
    if is_companion(caller, path.facts):
        return True
    # the objects handed over (`obj=preprocessor`), not the path's spelling
    # (`self.model_trainer_config.trained_model_file_path` names a config): each names a
    # companion, and no argument is the model (`save(model=clf, path=..., tokenizer=tok)`)
    handed = [(keyword, names[0]) for keyword, names in caller.keyword_names if names and not _PATH_WORDS.search(keyword)]
    if handed and all(names_companion(name) for _, name in handed) and not any("model" in f"{keyword} {name}".lower() for keyword, name in handed):
        return True
    stem = posixpath.splitext(posixpath.basename(path.value))[0].lower()
    return bool(stem) and "model" not in stem and names_companion(stem)


@functools.lru_cache(maxsize=1)
def _rules() -> tuple[tuple[FileRule, ...], tuple[FileRule, ...]]:
    """The save and load rules: release_flow.toml's and model_files.toml's (one tuple each per
    process, so the per-file summaries keyed by them are shared)."""
    flow = flow_rules()
    more_saves, more_loads = handoff_rules()
    return flow.save + more_saves, flow.load + more_loads


def _serving_loader(project: Project, facts: FileFacts, call: CallFact, save_rules: tuple[FileRule, ...]) -> bool:
    """A load in a training module serves only from a loader function that a hosting module
    reaches (``model_load()`` beside the training code, called by the Flask route's
    ``model_predict()``) and that saves nothing itself (a warm start that loads, fits and
    saves again is training)."""
    if not call.scope or not serves(project, facts, call):
        return False
    saves = _named_calls(project, facts, save_rules)
    return not any(facts.calls[i].scope == call.scope for i in saves)


def _saves_parameter(project: Project, facts: FileFacts, call: CallFact) -> bool:
    """Is what ``call`` saves a parameter of its function: the object (``pickle.dump(obj, f)``,
    ``joblib.dump(obj, path)``), the receiver of a save method (``model.save(path)``), or a
    buffer an earlier call of the function wrote a parameter into (``torch.save(model, buf)``
    then ``s3.upload_fileobj(buf, bucket, key)``: an upload helper handed the model)?"""
    params = _params(project, facts, call.scope)
    saved = call.receiver.split(".")[0] if call.receiver and not call.receiver.startswith("#") else ""
    first = call.arg_names[0].split(".")[0] if call.arg_names else ""
    if not params:
        return False
    return saved in params or first in params or bool(first) and any(_fills(other, call, first, params) for other in facts.calls)


def _fills(other: CallFact, call: CallFact, buffer: str, params: tuple[str, ...]) -> bool:
    """Does ``other``, earlier in ``call``'s function, write a parameter into ``buffer``
    (``torch.save(model, buffer)``, ``joblib.dump(model, buffer)``)?"""
    return other is not call and other.scope == call.scope and other.line <= call.line and len(other.arg_names) >= 2 and other.arg_names[0] in params and buffer in other.arg_names[1:]


def _saves_trained_return(project: Project, facts: FileFacts, call: CallFact) -> bool:
    """Does ``call`` save what a project function of a training module returned, one call up
    (``model = train_xgboost_model(frame)`` then ``joblib.dump(model, SERVED_PATH)`` in a
    pipeline module that fits nothing itself)? The object is then a trained model."""
    saved = dumped_object(call) or (call.receiver if not call.receiver.startswith("#") else "")  # or `model.save(path)`
    if not saved or saved in ("self", "cls"):
        return False
    found = [i for i in bindings(facts).get((call.scope, saved)) or () if facts.calls[i].line <= call.line]
    made = project.function_called(facts, facts.calls[found[-1]]) if found else None
    return made is not None and made[0] is not facts and _trains(project, made[0])


def _runs_training(project: Project, facts: FileFacts, path: _Path) -> bool:
    """Does a pipeline module that fits nothing itself save to an exact path, after running
    a training module's function (``results = run_all_models(...)``, then a helper dumps
    ``max(results, ...)["model"]`` to ``artifacts/model.pkl``)? What it writes is then
    matched only to a serving load whose result the server predicts with (the serving side
    shows it is the model, whatever path the object took)."""
    if path.facts is not facts or path.weak or path.template or path.config or path.key or project.role(facts, "hosting") is not None:
        return False
    memo: dict[str, bool] = project.memo.setdefault("file_release_runs_training", {})
    found = memo.get(facts.path)
    if found is None:
        found = memo[facts.path] = any(made is not None and made[0] is not facts and _trains(project, made[0]) for call in facts.calls if call.resolved for made in (project.function_called(facts, call),))
    return found


def _predicts_with(loaded: _Path) -> bool:
    """Does the serving module call ``predict``/``predict_proba`` on what the load returned?"""
    facts = loaded.facts
    name = facts.calls[loaded.index].assigned_to
    return bool(name) and any(c.receiver == name and c.method.startswith("predict") for c in facts.calls)


def _trains(project: Project, facts: FileFacts) -> bool:
    return project.role(facts, "training") is not None and project.role(facts, "hosting") is None


def _served_releases(served: list[ServedFolder], saves: list[tuple[FileFacts, int, CallFact, _Path]], found: dict[tuple[str, int], Rule]) -> None:
    """Exports into a folder a model server serves (served_folders.py): each is a release,
    at the call that writes there, or at the caller that passes the served path."""
    for facts, index, call, path in saves:
        if path.key or path.weak or path.config:
            continue
        hit = served_folder(served, path.facts, path.value, path.template)
        if hit is None:
            continue
        folder, where = hit
        local = path.facts is facts and path.facts.calls[path.index].scope == call.scope
        site = (facts.path, index) if local else (path.facts.path, path.index)
        if site in found:
            continue
        via = f" ({path.how})" if path.how else ""
        inside = f"{where!r}, inside {folder.path!r}," if where != folder.path else f"{where!r},"
        serves = f"{inside} the folder a TensorFlow Serving container serves ({folder.config}:{folder.line}: {folder.how}); it serves each new version written there"
        if local:
            says, name = f"exports the trained model to {serves}{via}", call.name
        else:
            says, name = f"passes {path.value!r}{via} to {call.scope}(), whose {call.name}() at {facts.location(call.line)} exports the trained model to {serves}", path.facts.calls[path.index].name
        found[site] = Rule(kind="deploy", match="call", name=name, says=says, framework="TensorFlow Serving", action="deploys", source="release_flow.toml [[save]]")


def _matched(saved: _Path, loaded: _Path) -> str:
    """How the two sides were found to name one file, when it is not the same literal path."""
    if saved.config.startswith("@"):
        return ""  # _shown names the attribute both sides use
    if saved.config:
        source = config_source(saved.facts) or config_source(loaded.facts)
        return f"; both use config key {saved.config}" + (f" from {source}" if source else "")
    if saved.weak or loaded.weak:
        folders = "neither folder resolves" if saved.weak and loaded.weak else "one side's folder is known only at run time"
        return f"; matched on the model file name {posixpath.basename(saved.value)!r} ({folders})"
    for side in (saved, loaded):
        if kernel_in_notebook_folder(side.facts) and posixpath.dirname(side.facts.path) and side.value.startswith("../"):
            rooted = posixpath.normpath(posixpath.join(posixpath.dirname(side.facts.path), side.value))
            return f" ({side.value!r} from the notebook's folder {posixpath.dirname(side.facts.path)}/ is {rooted!r})"
    return ""


def _shown(path: _Path) -> str:
    """The path for the finding: a literal, a config key's, or a project attribute's (``@``)."""
    if path.config.startswith("@"):
        return f"the file the project attribute {path.config[1:]} names"
    return f"the path in config key {path.config!r}" if path.config else repr(path.value)


def _group(path: _Path) -> str:
    """Loads are looked up by file name, or by config key for a path a config holds."""
    return f"config:{path.config}" if path.config else posixpath.basename(path.value)


def _named_calls(project: Project, facts: FileFacts, rules: tuple[FileRule, ...]) -> tuple[int, ...]:
    """The calls of ``facts`` whose last name (or whole name) is one that ``rules`` name and
    whose name one of them matches: the only ones :func:`_paths` finds a path in; kept with the
    file's knowledge matches."""
    key = ("file-release-matches", *sorted(rule.name for rule in rules))
    return project.knowledge.file_summary(facts, key, lambda f: tuple(i for i, c in enumerate(f.calls) if _matching(rules, c.name)))


def _sole_caller(project: Project, facts: FileFacts, scope: str) -> bool:
    """Does the project call the function ``scope`` of ``facts`` from exactly one place?"""
    if not scope:
        return False
    qualified = f"{facts.module}.{scope}" if facts.module else scope
    return len(project.callers_of(qualified)) == 1


def _paths(project: Project, facts: FileFacts, index: int, call: CallFact, rules: tuple[FileRule, ...]) -> Iterator[_Path]:
    for rule in _matching(rules, call.name):
        if rule.receiver:
            # `bucket.blob("models/churn.joblib").upload_from_filename(...)`: the key is the
            # argument of the call the method is called on (inline or bound to a name)
            made = _receiver_call(facts, call)
            if made is not None:
                inner = FileRule(facts.calls[made].name, rule.position, rule.keyword, key=rule.key)
                yield from _paths(project, facts, made, facts.calls[made], (inner,))
            return
        value = call.keyword(rule.keyword) if rule.keyword and call.has_keyword(rule.keyword) else None
        if value is None and 0 <= rule.position < len(call.positional):
            value = call.positional[rule.position]
        if isinstance(value, str) and value != NON_LITERAL:
            normal, uri = _normal(value), object_key(value)
            if uri:  # `model.save("s3://models/churn/model.h5")`: the object key it writes
                yield _Path(uri, facts, index, f"{value!r}", key=True, template="{}" in uri)
            elif normal:
                yield _Path(normal, facts, index, key=rule.key)
            return
        if value is None:
            return
        names = call.names_in_keyword(rule.keyword) if rule.keyword and call.has_keyword(rule.keyword) else _names_at(call, rule.position) if rule.key else _unsaved(call)
        found = next(_computed(project, facts, index, call, rule.key), None)
        if found is not None:
            yield found
            return
        if rule.handle:
            opened = _opened(facts, index, call)
            if opened is not None:
                yield from _resolved(project, facts, opened[0], opened[1], rule.key)
                return
        named = list(_from_names(project, facts, index, call, names, rule.key))
        if not named and names != call.arg_names:
            # the names are kept once: `joblib.dump(classifier, Paths.models.classifier)`
            named = list(_from_names(project, facts, index, call, call.arg_names, rule.key))
        yield from named or _configured(facts, index, call, rule.key)
        return


def _configured(facts: FileFacts, index: int, call: CallFact, key: bool) -> list[_Path]:
    """The config key read in the argument itself (``cfg["paths"]["model"]``, or inside
    ``Path(...)`` around it): tried last, a module attribute read the same way
    (``settings.MODEL_FILE``) resolves to its value first."""
    config = config_key_of(facts, call.scope, f"#{index}") or next((config_key_of(facts, call.scope, f"#{c}") for c in _children(facts, index, _WRAP)), "")
    if not config:
        # `model_path = cfg["paths"]["model"]` ... `joblib.load(model_path)`, or through an
        # attribute set in another method (`self.model_path = ... cfg[...]`)
        names = [*call.arg_names, *(f"self.{n}" for n in call.arg_names if n != "self" and "self" in call.arg_names)]
        config = next((found for name in names for found in (config_key_of(facts, call.scope, name),) if found), "")
    if config and model_files().is_path_key(config):
        return [_Path("", facts, index, f"config key {config}", key, config=config)]
    return []


def _receiver_call(facts: FileFacts, call: CallFact) -> int | None:
    """The call whose result ``call`` is a method of: ``#N``, or the last call bound to the
    receiver's name in the scope (or at module level) before it."""
    if call.receiver.startswith("#"):
        return int(call.receiver[1:])
    found = bindings(facts).get((call.scope, call.receiver)) or bindings(facts).get(("", call.receiver)) or []
    before = [i for i in found if facts.calls[i].line <= call.line or facts.calls[i].scope != call.scope]
    return before[-1] if before else None


def _computed(project: Project, facts: FileFacts, index: int, call: CallFact, key: bool) -> Iterator[_Path]:
    """The path an argument computes in place: an f-string or a join (its leading folder
    resolved through the variable it starts from), a config lookup (``cfg["paths"]["model"]``),
    ``os.path.join`` / ``Path(...)`` of known parts; a computed folder with a model file name
    gives a weak path (matched on the name alone)."""
    raw = _strings(facts).get((call.scope, f"#{index}"), "")
    if not raw:
        joined = _joined(facts, index)
        if joined:
            yield _Path(joined, facts, index, "os.path.join", key)
            return
    filler = call
    if not raw:
        found = next(((c, built) for c in _children(facts, index, _WRAP) for built in (call_path(facts, c),) if built), None)
        if found is None:
            return
        child, raw = found
        # `"s3://{}/{}/model.h5".format(BUCKET, PREFIX)`: the format call's own names fill it
        filler = facts.calls[child] if facts.calls[child].name == "format" else call
    raw = _filled(facts, filler, raw)
    uri = object_key(raw)
    if uri:  # `model.save("s3://{}/{}/output/model.h5".format(bucket, prefix))`
        yield _Path(uri, facts, index, f"{raw!r}", True, template="{}" in uri)
        return
    resolved = _imported_base(project, facts, call.scope, f"#{index}", resolve_base(facts, call.scope, f"#{index}", raw))
    computed = _relative_tail(resolved)
    if computed and _is_template(computed):
        yield _Path(posixpath.normpath(computed), facts, index, f"f{computed!r}", key, template=True)
        return
    if computed and _normal(computed):
        how = f"{raw!r}" + (f" with {path_base_of(facts, call.scope, f'#{index}')} = {resolved[: len(resolved) - len(raw) + 2]!r}" if resolved != raw else "")
        how += " joined onto a computed folder" if computed != resolved else ""
        yield _Path(_normal(computed), facts, index, how if computed != raw else "", key)
        return
    if not key and _normal(resolved.replace("{}", "x")) and model_files().is_model_file(resolved) and _run_time_folder(facts, call.scope, f"#{index}"):
        yield _Path(posixpath.basename(resolved), facts, index, f"{raw!r}, whose folder is known only at run time", key, weak=True)


def _filled(facts: FileFacts, call: CallFact, raw: str) -> str:
    """``raw`` with each placeholder after the first character filled by the string the
    name in it holds (``"artifacts/" + MODEL_FILE``, ``f"{MODEL_DIR}/{MODEL_NAME}.pkl"``),
    when the names map one to one onto the placeholders and all resolve."""
    holes = raw.count("{}")
    names = [n for n in call.arg_names if n not in ("os", "path", "self", "format")]
    if not holes or len(names) != holes:
        return raw
    values = [_bound_path(facts, call.scope, n) for n in names]
    if raw.startswith("{}"):  # the leading folder is resolve_base's to fill
        if values[0]:
            return raw
        values[0] = "{}"
    if not all(values) or any("{}" in value for value in values[1 if raw.startswith("{}") else 0 :]):
        return raw
    parts = raw.split("{}")
    return parts[0] + "".join(value + part for value, part in zip(values, parts[1:]))


def _run_time_folder(facts: FileFacts, scope: str, name: str) -> bool:
    """Is the folder of the path bound to ``name`` (or ``#N``) one the code fixes at run time
    (an environment variable, the working directory, a settings object), not one the step is
    handed (a parameter, a command-line argument: a pipeline step's input or output)?"""
    base = path_base_of(facts, scope, name)
    return not (base and is_run_input(facts, scope, base))


def _children(facts: FileFacts, index: int, names: frozenset[str]) -> list[int]:
    return [i for i in range(index + 1, min(len(facts.calls), index + 8)) if facts.calls[i].parent == index and facts.calls[i].name in names]


def _resolved(project: Project, facts: FileFacts, index: int, call: CallFact, key: bool) -> Iterator[_Path]:
    """The path of an ``open(...)`` call: its literal or the names in it."""
    value = call.positional[0] if call.positional else None
    if isinstance(value, str) and value != NON_LITERAL:
        normal = _normal(value)
        if normal:
            yield _Path(normal, facts, index, key=key)
        return
    found = next(_computed(project, facts, index, call, key), None)
    if found is not None:
        yield found
        return
    named = list(_from_names(project, facts, index, call, call.arg_names, key))
    yield from named or _configured(facts, index, call, key)


def _from_names(project: Project, facts: FileFacts, index: int, call: CallFact, names: tuple[str, ...], key: bool, depth: int = 0) -> Iterator[_Path]:
    """Paths the names in a call's argument stand for: a string bound in the scope or at
    module level, an argparse default, or (one hop) what the callers pass for a parameter."""
    defaults = _argparse_defaults(facts) if "args" in names or any(n.endswith("args") for n in names) else {}
    params = _params(project, facts, call.scope)
    weak: _Path | None = None
    for name in names:
        raw = _imported_base(project, facts, call.scope, name, _bound_path(facts, call.scope, name))
        if not raw and name != "self" and "self" in names:
            # `open(self.model_path, "rb")`: the attribute a method of the class binds
            raw = _bound_path(facts, call.scope, f"self.{name}")
        where = ""
        if not raw:
            raw, where = _imported_string(project, facts, name, names)
        if not raw and len(names) > 1:
            raw, where = _config_attribute(project, facts, call.scope, name, names)
        if not raw and len(names) > 1:
            shared = _registry_attribute(project, facts, name, names)
            if shared:
                yield _Path("", facts, index, f"`{shared}`", key, config=f"@{shared}")
                return
        value = _relative_tail(raw) if raw else raw
        uri = object_key(raw) if raw else ""
        if uri:  # `MODEL_URI = "s3://models/churn/model.h5"`
            yield _Path(uri, facts, index, f"`{name}` = {raw!r}{where}", True, template="{}" in uri)
            return
        if value and _is_template(value):
            yield _Path(posixpath.normpath(value), facts, index, f"`{name}` = f{value!r}{where}", key, template=True)
            return
        if value and _looks_like_path(value, strict=False):
            yield _Path(_normal(value), facts, index, f"`{name}` = {value!r}{where}", key)
            return
        if name in defaults:
            yield _Path(_normal(defaults[name]), facts, index, f"the default of --{name.replace('_', '-')}", key)
            return
        config = "" if raw else config_key_of(facts, call.scope, name)
        if config and model_files().is_path_key(config):
            yield _Path("", facts, index, f"`{name}` = config key {config}", key, config=config)
            return
        if weak is None and raw and not key and _normal(raw.replace("{}", "x")) and model_files().is_model_file(raw) and _run_time_folder(facts, call.scope, name):
            weak = _Path(posixpath.basename(raw), facts, index, f"`{name}` = {raw!r}, whose folder is known only at run time{where}", key, weak=True)
    if weak is not None:
        yield weak
        return
    if depth:
        return
    wanted = [n for n in names if n in params and n not in ("self", "cls")]
    qualified = f"{facts.module}.{call.scope}" if facts.module else call.scope
    if wanted:
        yield from _passed_paths(project, project.callers_of(qualified), params, wanted, key)
        return
    owner = qualified.rpartition(".")[0] if "self" in names and "." in call.scope else ""
    init = _params(project, facts, f"{call.scope.rpartition('.')[0]}.__init__") if owner else ()
    wanted = [n for n in names if n != "self" and n in init]
    if wanted:
        # `self.weights_file`, stored by `__init__(self, ..., weights_file)` under its own
        # name: what the constructions of the class pass for it (`Trainer(weights_file=...)`)
        yield from _passed_paths(project, constructions(project, owner), init, wanted, key)


def _passed_paths(project: Project, callers: list[tuple[FileFacts, CallFact]], params: tuple[str, ...], wanted: list[str], key: bool) -> Iterator[_Path]:
    """The paths ``callers`` pass for the ``wanted`` parameters of a function taking ``params``."""
    for caller_facts, caller in callers:
        position = next((i for i, c in enumerate(caller_facts.calls) if c is caller), -1)
        if position < 0:
            continue
        # what the caller passes for the path parameter itself (`train(data="x.csv", out="m.pkl")`
        # releases m.pkl), by keyword or by position
        offset = 1 if params[0] in ("self", "cls") else 0
        passed = [v for k, v in caller.keywords if k in wanted]
        passed += [caller.positional[i - offset] for i, p in enumerate(params) if p in wanted and 0 <= i - offset < len(caller.positional)]
        literals = [v for v in passed if isinstance(v, str) and v != NON_LITERAL and _looks_like_path(v)]
        if literals:
            yield _Path(_normal(literals[0]), caller_facts, position, "", key)
            continue
        computed = next(_computed(project, caller_facts, position, caller, key), None)
        if computed is not None:  # `load_object(os.path.join("artifacts", "model.pkl"))`
            yield computed
            continue
        for found in _from_names(project, caller_facts, position, caller, _passed_names(caller, params, wanted, offset), key, 1):
            yield _Path(found.value, caller_facts, position, found.how, key)
            break


def _passed_names(caller: CallFact, params: tuple[str, ...], wanted: list[str], offset: int) -> tuple[str, ...]:
    """The names the caller passes for the ``wanted`` parameters (``MODEL_KEY`` in
    ``upload_model(forest, BUCKET, MODEL_KEY)`` for ``key``, not the bucket's ``BUCKET``), when
    each positional argument that is not a literal is a single name; else all its names."""
    by_keyword = [n for k, names in caller.keyword_names if k in wanted for n in names]
    named = _positional_names(caller)
    by_position = [named[i - offset] for i, p in enumerate(params) if p in wanted and i - offset in named]
    return tuple(by_keyword + by_position) or caller.arg_names


def _unsaved(call: CallFact) -> tuple[str, ...]:
    """The call's names but the object a dump writes (``model_object`` in
    ``joblib.dump(model_object, model_path)`` names the model, never its path)."""
    saved = dumped_object(call)
    if not saved or len(call.arg_names) < 2 or call.arg_names[0] != saved:
        return call.arg_names
    return call.arg_names[1:]  # only its first mention: `Paths.models.classifier` may reuse the name


def _names_at(call: CallFact, position: int) -> tuple[str, ...]:
    """The name passed at ``position`` (the key of ``upload_fileobj(buffer, bucket, key)``, not
    the bucket), when the positional arguments map one name each; else all the call's names."""
    found = _positional_names(call).get(position)
    return (found,) if found else call.arg_names


def _positional_names(call: CallFact) -> dict[int, str]:
    """Position -> the name passed there (local_gates.positional_names), empty when the
    receiver is among the names: then which name is an argument is unknown."""
    names = positional_names(call)
    if call.receiver and call.receiver in names:
        return {}
    return {i: name for i, name in enumerate(names) if name}


def _imported_base(project: Project, facts: FileFacts, scope: str, name: str, value: str) -> str:
    """``value`` with a leading ``{}`` that stands for a folder another project module defines
    (``from app.settings import MODEL_DIR`` ... ``MODEL_DIR / "model.pkl"``) replaced by it."""
    base = path_base_of(facts, scope, name) if value.startswith("{}") else ""
    if not base:
        return value
    folder, _ = _imported_string(project, facts, base, tuple(base.split(".")))
    return posixpath.join(folder, value[2:].lstrip("/")) if folder and not folder.startswith("{}") else value


def _imported_string(project: Project, facts: FileFacts, name: str, names: tuple[str, ...] = ()) -> tuple[str, str]:
    """A module-level path a project module defines and this file imports by name
    (``from app.config import MODEL_PATH``) or reads as an attribute of the module it imports
    (``config.MODEL_PATH`` after ``import config`` or ``from app import config``): trainer and
    server share the path that way."""
    for imported in facts.imports:
        if imported.star:
            continue
        if imported.local == name:
            owner, _, attribute = imported.target.rpartition(".")
            module = project.resolve_import(facts, owner) if owner else None
        elif imported.local in names and imported.local != name:
            # `config.MODEL_PATH`: the names of the argument hold the module and the attribute
            module, attribute = project.resolve_import(facts, imported.target), name
        else:
            continue
        other = project.modules.get(module) if module else None
        if other is not None and other is not facts:
            found = _strings(other).get(("", attribute), "") or _bound_path(other, "", attribute)
            if found:
                return found, f" in {other.path}"
    return "", ""


def _config_attribute(project: Project, facts: FileFacts, scope: str, name: str, names: tuple[str, ...]) -> tuple[str, str]:
    """The path a config object's attribute holds (``self.trainer_config.model_file_path``
    after ``self.trainer_config = ModelTrainerConfig()``): the string or path join the class
    body binds to that attribute, in this module or the project module it comes from (a
    ``@dataclass`` of artefact paths that trainer and predictor share)."""
    owner = scope.partition(".")[0]
    index = bindings(facts)
    for holder in names:
        if holder == name or holder == "self":
            continue
        found = index.get((scope, holder)) or index.get(("", holder)) or ([i for (where, bound), calls in index.items() if bound == f"self.{holder}" and where.partition(".")[0] == owner for i in calls] if "self" in names else [])
        for position in found:
            cls = facts.calls[position].name
            module, _, class_name = cls.rpartition(".")
            other = project.modules.get(module) if module else facts
            if other is None or not class_name or not any(c.qualname == class_name for c in other.classes):
                continue
            path = _bound_path(other, class_name, name)
            if path:
                return path, "" if other is facts else f" in {other.path}"
    return "", ""


def _registry_attribute(project: Project, facts: FileFacts, name: str, names: tuple[str, ...]) -> str:
    """``PathHelper.models.sbert_classifier``: an attribute of a project class (nested classes
    allowed) that this file imports, whose class body binds it to a bare file name that the
    class rewrites at run time (``__init_subclass__`` joins the project root on). No literal
    resolves, but the whole dotted name, qualified by its module, is one file on both sides;
    ``""`` when the names hold no such attribute (an argparse ``args.x`` names no class)."""
    if names_companion(name):
        return ""
    for imported in facts.imports:
        if imported.star or imported.local == name or imported.local not in names:
            continue
        target = project.canonical(imported.target)
        module, _, head = target.rpartition(".")
        other = project.modules.get(module) if module else None
        if other is None or other is facts or not any(c.qualname == head for c in other.classes):
            continue
        strings = _strings(other)
        for cls in other.classes:
            inner = cls.qualname.split(".")
            if inner[0] == head and all(part in names for part in inner[1:]) and (cls.qualname, name) in strings:
                return f"{module}.{cls.qualname}.{name}"
    return ""


def _relative_tail(value: str) -> str:
    """``{}/artifacts/model.pkl`` (a join onto a base the code computes, ``Path(__file__).parent``)
    as the part that names the file, ``artifacts/model.pkl``; ``""`` for a bare file name under
    a computed folder (``{}/model.pkl``); other values as they are."""
    tail = value
    while tail.startswith("{}/"):
        tail = tail[3:]
    # a bare file name under a computed folder may be any folder's (a candidate's): too weak
    return tail if tail == value or "/" in tail else ""


_METHODS: dict[int, tuple[tuple[FileRule, ...], frozenset[str]]] = {}


_MATCHES: dict[int, tuple[tuple[FileRule, ...], dict[str, tuple[FileRule, ...]]]] = {}


def _matching(rules: tuple[FileRule, ...], name: str) -> tuple[FileRule, ...]:
    """The rules whose pattern matches the callee ``name``, remembered by name (a project calls
    the same few names from thousands of files). Found by the rules tuple's identity, checked
    against the tuple the entry keeps alive (hashing a tuple of rules hashes every field of
    each: it cost more than the matching it saved)."""
    entry = _MATCHES.get(id(rules))
    if entry is None or entry[0] is not rules:
        if len(_MATCHES) > 64:
            _MATCHES.clear()
        entry = _MATCHES[id(rules)] = (rules, {})
    memo = entry[1]
    if len(memo) > 50_000:  # one rules tuple lives as long as the process: bound what it remembers
        memo.clear()
    found = memo.get(name)
    if found is None:
        methods = _methods(rules)
        named = name.rpartition(".")[2] in methods or name in methods  # checked before any glob
        found = memo[name] = tuple(rule for rule in rules if rule.pattern.match(name)) if named else ()
    return found


def _methods(rules: tuple[FileRule, ...]) -> frozenset[str]:
    """The last name segment a call needs to match one of ``rules`` (checked before any glob).
    Remembered by the tuple's id with the tuple itself held, so the id cannot be reused while
    remembered (hashing some fifty frozen rules on every call costs more than the lookup)."""
    entry = _METHODS.get(id(rules))
    if entry is not None and entry[0] is rules:
        return entry[1]
    if len(_METHODS) > 64:
        _METHODS.clear()
    methods = frozenset(rule.name.rpartition(".")[2] for rule in rules)
    _METHODS[id(rules)] = (rules, methods)
    return methods


def _argparse_defaults(facts: FileFacts) -> dict[str, str]:
    """``dest -> default`` of each ``add_argument("--model-path", default="model.pkl")``."""
    cached = facts.extra.get("_argparse_defaults")
    if cached is None:
        cached = facts.extra["_argparse_defaults"] = _read_argparse_defaults(facts)
    return cached  # type: ignore[return-value]


def _read_argparse_defaults(facts: FileFacts) -> dict[str, str]:
    found: dict[str, str] = {}
    for call in facts.calls:
        if call.method != _ARGPARSE or not call.has_keyword("default"):
            continue
        default = call.keyword("default")
        if not isinstance(default, str) or default == NON_LITERAL or not _looks_like_path(default):
            continue
        dest = call.keyword("dest") if call.has_keyword("dest") else None
        if not isinstance(dest, str) or dest == NON_LITERAL:
            flags = [p for p in call.positional if isinstance(p, str) and p.startswith("--")]
            if not flags:
                continue
            dest = flags[0][2:].replace("-", "_")
        found[dest] = default
    return found


def _params(project: Project, facts: FileFacts, scope: str) -> tuple[str, ...]:
    if not scope:
        return ()
    entry = project.functions.get(f"{facts.module}.{scope}" if facts.module else scope)
    return entry[1].params if entry is not None else ()


def _joined(facts: FileFacts, index: int) -> str:
    """``os.path.join("models", MODEL_FILE)`` nested in the call, when every part is known."""
    strings = _strings(facts)
    for child in facts.calls[index + 1 : index + 6]:
        if child.parent != index or child.name not in _JOIN:
            continue
        names = iter(n for n in child.arg_names if n not in ("os", "path", "join"))
        parts: list[str] = []
        for part in child.positional:
            if isinstance(part, str) and part != NON_LITERAL:
                parts.append(part)
                continue
            name = next(names, "")
            value = strings.get((child.scope, name)) or strings.get(("", name))
            if not value:
                return ""
            parts.append(value)
        return _normal(posixpath.join(*parts)) if parts else ""
    return ""


def _opened(facts: FileFacts, index: int, call: CallFact) -> tuple[int, CallFact] | None:
    """The ``open(...)`` call whose file object is passed to ``call``: inline or bound by
    ``with open(...) as f`` earlier in the same scope."""
    if index < 0:
        index = next((i for i, c in enumerate(facts.calls) if c is call), -1)
    found: tuple[int, CallFact] | None = None
    for i, candidate in enumerate(facts.calls):
        inline = candidate.parent == index and index >= 0
        bound = candidate.assigned_to in call.arg_names and candidate.scope == call.scope and candidate.line <= call.line
        if (inline or bound) and candidate.name in _OPEN and candidate.positional:
            if inline:
                return i, candidate
            found = (i, candidate)  # the nearest `with open(...) as f` before the call
    return found


def _is_template(value: str) -> bool:
    """An f-string path whose file name keeps fixed text (``model_C={}.bin``; ``{}.pkl`` counts
    by its extension, and is matched only to a load in its own folder, and only where no save
    of one named file feeds that load)."""
    name = value.rpartition("/")[2]
    fixed = posixpath.splitext(name.replace("{}", ""))[0]
    return "{}" in name and len(fixed) >= 4 and _looks_like_path(value.replace("{}", "x"))


def _fits(template: str, literal: str) -> bool:
    """Could the f-string ``template`` (``{}`` per placeholder) produce ``literal``?"""
    # the fixed parts in order, each placeholder at least one character; a left-to-right scan
    # (a regex `a.+b.+c` backtracks exponentially on a long name that nearly fits)
    parts = posixpath.basename(template).split("{}")
    name = posixpath.basename(literal)
    first, last = parts[0], parts[-1]
    if len(parts) < 2 or not name.startswith(first) or not name.endswith(last) or len(name) < len(first) + len(last) + len(parts) - 1:
        return False
    at, end = len(first), len(name) - len(last)
    for part in parts[1:-1]:
        found = name.find(part, at + 1, end - 1) if part else at + 1
        if found < 0:
            return False
        at = found + len(part)
    return end - at >= 1


def _key_fits(template: str, key: str) -> bool:
    """Could the object-key template (``{}/output/model.h5``, each ``{}`` a computed part such
    as a bucket prefix) produce ``key``? Its fixed parts in order, the file name fixed."""
    parts = template.split("{}")
    if len(parts) > 5 or not parts[-1].strip("/") or not key.endswith(parts[-1]) or not key.startswith(parts[0]):
        return False
    at, end = len(parts[0]), len(key) - len(parts[-1])
    for part in parts[1:-1]:
        found = key.find(part, at + 1, end) if part else at + 1
        if found < 0:
            return False
        at = found + len(part)
    return end - at >= 1


def _top(path: str) -> str:
    return path.partition("/")[0] if "/" in path else ""


def _root_server_load(project: Project, facts: FileFacts, call: CallFact, saved: _Path, candidates: list[_Path]) -> _Path | None:
    """The load of the same bare file name by a hosting module at the repository's root, for a
    save in a subfolder's function that other project code calls (``utils/train_utils.py``
    dumping to ``"model.pkl"``, run by the app's ``/train`` route): a relative path starts in
    the process's working directory, the root the server runs from, not in the module's
    folder. A subfolder script nobody calls may be run from its own folder: not matched."""
    value = saved.value
    if saved.facts is not facts or "/" in value or saved.template or saved.key or saved.weak or saved.config or not model_files().is_model_file(value):
        return None
    if not posixpath.dirname(facts.path) or not call.scope or not _trains(project, facts):
        return None
    if not project.callers_of(f"{facts.module}.{call.scope}" if facts.module else call.scope):
        return None
    return next((lp for lp in candidates if lp.value == value and not lp.template and not lp.weak and not lp.key and not lp.config and not posixpath.dirname(lp.facts.path) and project.role(lp.facts, "hosting") is not None), None)


def _one_project(saved: _Path, loaded: _Path, folders: set[str]) -> bool:
    """A match on the file name alone, or on a config key, pairs a writer and a reader of one
    project. ``model.pkl`` is the commonest name there is: where the name is written or read
    under more than two top-level folders (a course or examples repository, one project per
    lesson: ``lesson1/train.py`` does not feed ``lesson7/app.py``), the two must share
    theirs, or one of them sit at the repository's root. ``training/`` writing what
    ``serve/`` loads stays a match."""
    if not (saved.weak or loaded.weak or saved.config or loaded.config) or len(folders - {""}) <= 2:
        return True
    tops = {_top(saved.facts.path), _top(loaded.facts.path)}
    return len(tops) == 1 or "" in tops


def _same(saved: _Path, loaded: _Path) -> bool:
    """The same object-store key; the same literal path; or the same file name where both
    scripts live side by side (a template: a name it can produce)."""
    if saved.config or loaded.config:
        return saved.config == loaded.config
    if not loaded.value or not saved.value or model_files().in_platform_folder(saved.value):
        return False
    if saved.key or loaded.key:
        return saved.key and loaded.key and (saved.value == loaded.value or saved.template and not loaded.template and _key_fits(saved.value, loaded.value))
    if saved.weak or loaded.weak:
        # only the name resolves on one side: a model file's name written by training and
        # loaded by serving is the handoff (a companion file or a report is not matched)
        name = posixpath.basename(saved.value)
        if any(reads_platform_folder(side.facts) for side in (saved, loaded)):
            # a platform's model folder is filled by registration or packaging: a reader of
            # one is not fed by a file write, and a training job that writes into one
            # (SageMaker's SM_MODEL_DIR, packed into model.tar.gz when the job ends) hands the
            # model to the platform, whose register or deploy call is the release
            return False
        return not saved.template and name == posixpath.basename(loaded.value) and model_files().is_model_file(name)
    if saved.template:
        same_folder = posixpath.dirname(saved.facts.path) == posixpath.dirname(loaded.facts.path)
        return _fits(saved.value, loaded.value) and posixpath.dirname(saved.value) == posixpath.dirname(loaded.value) and (same_folder or "/" in saved.value)
    if loaded.template:
        # the load picks the file per request (`f"models/{name}_model.pkl"`): a literal save in
        # that folder whose name the template can produce is one of the files it serves
        return "/" in loaded.value and _fits(loaded.value, saved.value) and posixpath.dirname(saved.value) == posixpath.dirname(loaded.value)
    if kernel_in_notebook_folder(saved.facts) or kernel_in_notebook_folder(loaded.facts):
        return _same_from_notebook(saved, loaded)
    return _same_file(saved.value, saved.facts.path, loaded.value, loaded.facts.path)


def _same_from_notebook(saved: _Path, loaded: _Path) -> bool:
    """Jupyter runs a notebook's kernel in the notebook's folder, so its relative paths start
    there (``notebooks/train.ipynb`` writing ``../models/model.pkl`` writes ``models/model.pkl``;
    writing ``models/model.pkl`` fills ``notebooks/models/``). A script beside the notebook,
    run from that folder, shares its paths as written; a script's own ``../`` starts in its
    folder too (``app/main.py`` loading ``../models/model.pkl``)."""
    def from_root(path: _Path) -> str:
        if kernel_in_notebook_folder(path.facts) or path.value.startswith("../"):
            return posixpath.normpath(posixpath.join(posixpath.dirname(path.facts.path), path.value))
        return path.value

    if posixpath.basename(saved.value) != posixpath.basename(loaded.value):
        return False
    if from_root(saved) == from_root(loaded):
        return True
    return posixpath.dirname(saved.facts.path) == posixpath.dirname(loaded.facts.path) and saved.value == loaded.value


def _same_file(saved: str, saver: str, loaded: str, loader: str) -> bool:
    if posixpath.basename(saved) != posixpath.basename(loaded):
        return False
    if saved == loaded and ("/" in saved or posixpath.dirname(saver) == posixpath.dirname(loader)):
        return True
    return posixpath.dirname(saver) == posixpath.dirname(loader) and "/" not in saved and "/" not in loaded
