"""File handoffs through build steps: a model file reaches serving by a build, not by a path the code shares.

Real pipelines often put the trained file into service with a build or packaging step that no
Python code performs:

- a Dockerfile ``COPY``/``ADD``s ``models/model.pkl`` into the serving image, where the app
  loads it (``ENV``/``WORKDIR`` decide where it lands: file_images.py);
- ``torch-model-archiver --serialized-file models/model.pt`` (a shell script, a Makefile
  recipe, a CI step, a Dockerfile ``RUN``) packs it into the archive TorchServe serves;
- a build spec or CI job copies an object-store key (``aws s3 cp s3://bucket/models/model.sav
  .``) and then builds, pushes or deploys what it assembled;
- a ``dvc.yaml`` stage declares the file an output of the training command (the path is a
  command-line argument of the script, so no Python code names it), and the app loads it;
- a Makefile recipe or a shell script ``cp``s it where the app loads it;
- a compose file bind-mounts it into a service it builds (``./model.pkl:/app/model.pkl``),
  where the image's serving code loads it;
- a package ships it as package data (``MANIFEST.in``, ``[tool.setuptools.package-data]``)
  and the package's own serving code loads it from beside itself.

The training save of that file is then the release: the build ships whatever training last
wrote. It is gated when the save is, like any other release (an evaluation gate before the
write). Each handoff keeps the build file and line and the path that joins the save to
serving, for the finding. Read from the facts only: facts/configs/build_steps.py reads the
build files, the commands are data (``[build]`` in ``data/model_files.toml``).
"""

from __future__ import annotations

import fnmatch
import posixpath
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ...facts.configs.shell_commands import commands
from ...facts.records import NON_LITERAL, CallFact, FileFacts
from ..knowledge import Rule
from ..project import Project
from .file_handoffs import handoff_rules, is_companion
from .file_images import Image, Located, all_images, in_image_path
from .file_paths import bindings, kernel_in_notebook_folder, object_key, strings_of
from .flow_rules import flow_rules

__all__ = ["Handoff", "build_releases", "has_build_handoffs"]

_PATH_CALLS = frozenset({"open", "builtins.open", "io.open", "os.path.join", "posixpath.join", "pathlib.Path", "pathlib.Path.joinpath"})
"""Calls whose result, bound to a name, is the path (or the handle) a save call is given."""


class _Located(Located, Protocol):
    """A resolved path with the call it belongs to and how it was read."""

    @property
    def template(self) -> bool: ...
    @property
    def index(self) -> int: ...
    @property
    def how(self) -> str: ...


@dataclass(frozen=True)
class Handoff:
    """A project file (or folder, or object key) a build step takes into serving."""

    path: str
    """The project path the step takes (``""`` for an object key)."""
    key: str
    """The object-store key the step copies (``""`` for a project path)."""
    says: str
    """What the step does with it, with its file and line, for the finding."""
    framework: str
    script: str = ""
    """A DVC stage's script: a save in it writing a file of this name writes ``path``."""


def has_build_handoffs(project: Project) -> bool:
    """Does a build file of the project hand a file over (cheap: the facts say)?"""
    return any(config.extra.get("handoffs") or config.extra.get("dvc_stages") or config.extra.get("packaged") or config.extra.get("copies") or config.extra.get("mounts") or config.extra.get("build_steps") for config in project.configs)


def build_releases(project: Project, saves: Sequence[tuple[FileFacts, int, CallFact, Any]], loads: Iterable[_Located], found: dict[tuple[str, int], Rule]) -> None:
    """Add to ``found`` each training save whose file a build step takes into serving."""
    loads = list(loads)
    serving = [load for load in loads if not (load.key or load.config)]
    keyed = [load for load in loads if load.key and not load.config and not load.template]
    handoffs = _handoffs(project, serving, keyed)
    if not handoffs:
        return
    for facts, index, call, path in saves:
        if path.config:
            continue
        hit = next((h for h in handoffs if not h.script and _lands(path, h)), None)
        if hit is None:
            continue
        local = path.facts is facts and path.facts.calls[path.index].scope == call.scope
        site = (facts.path, index) if local else (path.facts.path, path.index)
        if site in found or (facts.path, index) in found:
            continue  # the save (or the caller passing its path) is a release already
        via = f" ({path.how})" if path.how else ""
        shown = f"the object-store key {path.value!r}" if path.key else repr(path.value)
        if local:
            says, name = f"writes the trained model to {shown}{via}; {hit.says}", call.name
        else:
            says, name = f"passes {shown}{via} to {call.scope}(), whose {call.name}() at {facts.location(call.line)} writes the trained model there; {hit.says}", path.facts.calls[path.index].name
        found[site] = Rule(kind="deploy", match="call", name=name, says=says, framework=hit.framework, action="deploys", source="model_files.toml [build]")
    staged = [h for h in handoffs if h.script]
    if staged:
        _stage_releases(project, staged, found)


def _lands(saved: _Located, handoff: Handoff) -> bool:
    """Does the save write the file (or into the folder) the handoff takes?"""
    if saved.key or handoff.key:
        return bool(saved.key) and bool(handoff.key) and (saved.value == handoff.key or saved.template and fnmatch.fnmatchcase(handoff.key, saved.value.replace("{}", "?*")))
    if saved.weak:
        # only the file name resolves (`os.path.join(os.path.dirname(__file__), "model.pt")`):
        # the build takes a model file of that name from the saving script's own folder
        return posixpath.basename(handoff.path) == saved.value and posixpath.dirname(handoff.path) == posixpath.dirname(saved.facts.path)
    for written in _project_paths(saved.facts.path, saved.value, saved.facts):
        if "{}" in written:
            continue
        if written == handoff.path or written.startswith(handoff.path + "/") or handoff.path.startswith(written + "/"):
            return True
    return False


def _project_paths(script: str, value: str, facts: FileFacts | None = None) -> list[str]:
    """Where a relative path lands: from the project root (the script run from there), or
    from the script's own folder (run from it); a notebook's kernel starts in its folder only."""
    if not value or value.startswith("/") or "://" in value:
        return []
    found = []
    notebook = facts is not None and kernel_in_notebook_folder(facts)
    if not value.startswith("..") and not notebook:
        found.append(posixpath.normpath(value))
    here = posixpath.dirname(script)
    if here:
        joined = posixpath.normpath(posixpath.join(here, value))
        if not joined.startswith(".."):
            found.append(joined)
    return found


def _handoffs(project: Project, serving: list[_Located], keyed: list[_Located]) -> list[Handoff]:
    found: list[Handoff] = []
    for image in all_images(project):
        found.extend(_image_handoffs(image, serving))
    for config in project.configs:
        steps = config.extra.get("handoffs")
        if steps:
            found.extend(_command_handoffs(config, steps, keyed))  # type: ignore[arg-type]
        stages = config.extra.get("dvc_stages")
        if stages:
            found.extend(_stage_handoffs(config, stages, serving))  # type: ignore[arg-type]
        packaged = config.extra.get("packaged")
        if packaged:
            found.extend(_package_handoffs(config, packaged, serving))  # type: ignore[arg-type]
        copies = config.extra.get("copies")
        if copies and serving:
            found.extend(_copy_handoffs(config, copies, serving))  # type: ignore[arg-type]
        mounts = config.extra.get("mounts")
        if mounts and serving:
            found.extend(_mount_handoffs(project, config, mounts, serving))  # type: ignore[arg-type]
    return found


def _mount_handoffs(project: Project, config: FileFacts, mounts: tuple[tuple[object, ...], ...], serving: list[_Located]) -> Iterable[Handoff]:
    """``volumes: ["./model.pkl:/app/model.pkl"]`` on a service the compose file builds: the
    serving code copied into that image loads the host's file, whatever training wrote last."""
    here = posixpath.dirname(config.path)
    images = {image.dockerfile: image for image in all_images(project)}
    for line, service, context, dockerfile, host, container in mounts:
        image = images.get(posixpath.normpath(posixpath.join(here, str(context), str(dockerfile))))
        source = posixpath.normpath(posixpath.join(here, str(host)))
        if image is None or source.startswith(".."):
            continue
        mounted = str(container).rstrip("/")
        for load in serving:
            placed = image.files.get(load.facts.path)
            if placed is None or load.weak or load.template or "$" in load.value:
                continue
            value = load.value
            inside = {value} if value.startswith("/") else {posixpath.normpath(posixpath.join(image.workdir, value)), posixpath.normpath(posixpath.join(posixpath.dirname(placed), value))}
            for path in inside:
                if path == mounted or path.startswith(mounted + "/"):
                    where = load.facts.location(load.facts.calls[load.index].line)
                    taken = source if path == mounted else posixpath.join(source, path[len(mounted) + 1 :])
                    yield Handoff(taken, "", f"{config.path}:{line} mounts it into the service {service!r} as {path}, the file {where} loads for serving", "Docker Compose")
                    break


def _copy_handoffs(config: FileFacts, copies: tuple[tuple[int, str, str], ...], serving: list[_Located]) -> Iterable[Handoff]:
    """``cp artifacts/model.pkl app/model/`` in a Makefile recipe or a shell script: the copy
    is the file serving code loads (the destination, or the source's name inside it)."""
    loaded = {path: load for load in serving if not load.weak and not load.template for path in _project_paths(load.facts.path, load.value)}
    here = posixpath.dirname(config.path)
    for line, source, destination in copies:
        for root in dict.fromkeys(("", here)):
            target = posixpath.normpath(posixpath.join(root, destination))
            origin = posixpath.normpath(posixpath.join(root, source))
            if target.startswith("..") or origin.startswith(".."):
                continue
            into = posixpath.join(target, posixpath.basename(origin))
            load = loaded.get(into) or loaded.get(target)
            if load is not None and origin not in (into, target):
                where = load.facts.location(load.facts.calls[load.index].line)
                yield Handoff(origin, "", f"{config.path}:{line} copies it to {destination}, the file {where} loads for serving", "build script")
                break


def _package_handoffs(config: FileFacts, packaged: tuple[tuple[object, ...], ...], serving: list[_Located]) -> Iterable[Handoff]:
    """Package data (``MANIFEST.in``, ``[tool.setuptools.package-data]``) that serving code in
    the package loads: the wheel ships whatever training last wrote there."""
    here = posixpath.dirname(config.path)
    for _, line, folder, pattern, recursive in packaged:
        root = posixpath.normpath(posixpath.join(here, str(folder)))
        for load in serving:
            if load.weak or load.template:
                continue
            for path in _project_paths(load.facts.path, load.value):
                parent = posixpath.dirname(path)
                inside = parent == root or bool(recursive) and parent.startswith(root + "/")
                if inside and fnmatch.fnmatchcase(posixpath.basename(path), str(pattern)):
                    where = load.facts.location(load.facts.calls[load.index].line)
                    yield Handoff(path, "", f"{config.path}:{line} ships {root}/{pattern} in the package; {where} loads it for serving", "Python package")
                    break


def _image_handoffs(image: Image, serving: list[_Located]) -> Iterable[Handoff]:
    """The model files an image build packs for TorchServe, and the files it copies in that
    serving code in the same image loads."""
    for inside, line in image.archives:
        source = in_image_path(image, inside)
        if source is not None:
            yield Handoff(source[0], "", f"{image.dockerfile}:{source[1]} copies it into the image, where torch-model-archiver at line {line} packs {inside} into the archive TorchServe serves", "TorchServe")
    for load in serving:
        placed = image.files.get(load.facts.path)
        if placed is None or load.weak or load.template:
            continue
        value = load.value
        candidates = [value] if value.startswith("/") else [posixpath.normpath(posixpath.join(image.workdir, value)), posixpath.normpath(posixpath.join(posixpath.dirname(placed), value))]
        for inside in dict.fromkeys(candidates):
            if "$" in inside:
                continue
            source = in_image_path(image, inside)
            if source is None or source[0] == load.facts.path:
                continue
            where = load.facts.location(load.facts.calls[load.index].line)
            yield Handoff(source[0], "", f"{image.dockerfile}:{source[1]} copies it into the image as {inside}, the file {where} loads for serving", "Docker")
            break


def _command_handoffs(config: FileFacts, steps: tuple[tuple[object, ...], ...], keyed: list[_Located]) -> Iterable[Handoff]:
    """Archivers a script runs, object keys a build file copies before it ships, and local
    files a CI step or script uploads to the object key serving code downloads."""
    ships = sorted((int(step[1]), str(step[2])) for step in steps if step[0] == "ship")  # type: ignore[call-overload]
    here = posixpath.dirname(config.path)
    for step in steps:
        kind, line = step[0], int(step[1])  # type: ignore[call-overload]
        if kind == "archive":
            written = str(step[2])
            for path in dict.fromkeys(_project_paths(config.path, written)):
                if "$" in path:
                    continue
                yield Handoff(path, "", f"{config.path}:{line} packs it ({written}) into a model archive with torch-model-archiver, the archive TorchServe serves", "TorchServe")
        elif kind == "push":
            yield from _push_handoffs(config, line, str(step[2]), str(step[3]), keyed)
        elif kind == "fetch" and (shipped := next((ship for ship in ships if ship[0] > line), None)) is not None:
            key = object_key(str(step[2]))
            if key and "$" not in key:
                yield Handoff("", key, f"{config.path}:{line} copies {step[2]} to {step[3]}, and {shipped[1]} at line {shipped[0]} builds it into serving", "build script")


def _push_handoffs(config: FileFacts, line: int, source: str, uri: str, keyed: list[_Located]) -> Iterable[Handoff]:
    """``gcloud storage cp model.txt gs://$BUCKET/points/model.txt`` after the training step:
    the upload puts the local file where serving downloads it from. Only when the key is one a
    serving load reads (the bucket may be a variable; the key is matched whole), and the local
    file one a training save writes (build_releases checks that): an upload of data, a report
    or a backup matches neither."""
    key = object_key(uri)
    if not key or "$" in key:
        return
    load = next((load for load in keyed if load.value == key), None)
    if load is None:
        return
    where = load.facts.location(load.facts.calls[load.index].line)
    shown = uri.replace("$CI", "${{ ... }}")
    for path in dict.fromkeys(_project_paths(config.path, source)):
        if "$" not in path:
            yield Handoff(path, "", f"{config.path}:{line} uploads it to {shown}, the object key {where} downloads for serving", "CI upload")


def _stage_handoffs(config: FileFacts, stages: tuple[tuple[object, ...], ...], serving: list[_Located]) -> Iterable[Handoff]:
    """Outputs of DVC stages that serving code loads: the stage's script writes them."""
    for stage in stages:
        line, name, command = int(stage[1]), str(stage[2]), str(stage[3])  # type: ignore[call-overload]
        scripts = [c.script.lstrip("/") for c in commands(command, line, True) if c.script and not c.script.startswith("-m ")]
        for out in (str(o) for o in stage[4:]):
            out = posixpath.normpath(out)
            # the file serving loads: the out itself, or a file inside an out folder (`outs: - models/`)
            loaded = next(((load, path) for load in serving if not load.weak and not load.template for path in _project_paths(load.facts.path, load.value) if path == out or path.startswith(out + "/")), None)
            if loaded is None:
                continue
            loader, path = loaded
            where = loader.facts.location(loader.facts.calls[loader.index].line)
            shown = repr(out) if path == out else f"{out!r} (holding {path!r})"
            says = f"{config.path}:{line} declares {shown} an output of stage {name!r}, the file {where} loads for serving"
            for script in scripts:
                yield Handoff(path, "", says, "DVC", script=script)
            yield Handoff(path, "", says, "DVC")


def _stage_releases(project: Project, staged: list[Handoff], found: dict[tuple[str, int], Rule]) -> None:
    """Saves in a DVC stage's script whose path is handed in on the command line (the stage's
    ``cmd`` names the folder, its ``outs`` the file): matched on the output's file name."""
    save_rules = flow_rules().save + handoff_rules()[0]
    methods = {rule.name.rpartition(".")[2] for rule in save_rules}
    for handoff in staged:
        facts = project.by_path.get(handoff.script)
        if facts is None or project.role(facts, "hosting") is not None or project.role(facts, "training") is None:
            continue  # a data-preparation stage writes data, not a model
        name = posixpath.basename(handoff.path)
        for index, call in enumerate(facts.calls):
            if call.method not in methods or not any(rule.pattern.match(call.name) for rule in save_rules) or is_companion(call, facts):
                continue
            if name not in _written_names(facts, index, call):
                continue
            site = (facts.path, index)
            if site not in found:
                says = f"writes the trained model to {name!r} in the folder its command line names; {handoff.says}"
                found[site] = Rule(kind="deploy", match="call", name=call.name, says=says, framework="DVC", action="deploys", source="model_files.toml [build]")


def _written_names(facts: FileFacts, index: int, call: CallFact) -> set[str]:
    """The file names a save call's path may end in: its literals, the computed text of its
    arguments, the literals of a join inside them (``os.path.join(args.out, "model.pkl")``)."""
    names: set[str] = set()
    texts = [v for v in call.positional if isinstance(v, str) and v != NON_LITERAL]
    texts += [v for _, v in call.keywords if isinstance(v, str) and v != NON_LITERAL]
    strings = strings_of(facts)
    texts.append(strings.get((call.scope, f"#{index}"), ""))
    # the calls in its arguments (`open(os.path.join(args.out, "model.pkl"), "wb")` two deep),
    # and the file a `with open(...) as f` before it opened
    inside = {index}
    opened = [i for name in call.arg_names for i in bindings(facts).get((call.scope, name), ()) if i < index and facts.calls[i].name in _PATH_CALLS]
    for start in (index, *opened[-2:]):
        inside.add(start)
        for child in range(start + 1, min(len(facts.calls), start + 12)):
            inner = facts.calls[child]
            if inner.parent in inside:
                inside.add(child)
                texts += [v for v in inner.positional[:1] if isinstance(v, str) and v != NON_LITERAL] if inner.method == "open" else [v for v in inner.positional if isinstance(v, str) and v != NON_LITERAL]
                texts.append(strings.get((inner.scope, f"#{child}"), ""))
        if start != index:
            first = facts.calls[start].positional[:1]
            texts += [v for v in first if isinstance(v, str) and v != NON_LITERAL]
    for text in texts:
        if text:
            names.add(posixpath.basename(text.replace("{}", "")))
    return names
