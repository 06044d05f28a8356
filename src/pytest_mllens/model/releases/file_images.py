"""What a Dockerfile builds, for file-based releases: a training script the image build runs
writes the model inside the image, where the serving code copied into the same image loads it.
Both relative paths resolve against the image's working directories (file_releases.py).

An image also ships files the build does not make: ``COPY models/model.pkl /app/models/`` puts
whatever training last wrote there into the image (``copies``, with the line of each COPY), and
``RUN torch-model-archiver --serialized-file ./models/model.pt`` packs such a file into a
TorchServe archive (``archives``); build_handoffs.py joins those to the training saves.
``ENV``/``ARG`` values fill the ``${NAME}`` of a destination or a working directory."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from ...facts.records import FileFacts
from ..project import Project

__all__ = ["Image", "Located", "all_images", "images_of", "in_image", "in_image_path"]


class Located(Protocol):
    """A save's or a load's path as file_releases.py resolves it (its ``_Path``)."""

    @property
    def value(self) -> str: ...
    @property
    def key(self) -> bool: ...
    @property
    def weak(self) -> bool: ...
    @property
    def config(self) -> str: ...
    @property
    def facts(self) -> FileFacts: ...


P = TypeVar("P", bound=Located)


@dataclass
class Image:
    """What one Dockerfile builds: project files copied in (project path -> image path), the
    training scripts it runs during the build (with their working directory), and the
    working directory the container starts in. ``$WORKDIR`` stands for the base image's."""

    dockerfile: str
    files: dict[str, str]
    runs: dict[str, str]
    workdir: str
    copies: tuple[tuple[str, str, int], ...] = ()
    """Every COPY source as a project path (a file or a folder, committed or not), where it
    lands in the image, and the COPY's line."""
    archives: tuple[tuple[str, int], ...] = ()
    """Model files an archiver RUN packs (image paths), with the line."""


def images_of(project: Project) -> list[Image]:
    """The images whose build runs a project script (a training script writing the model)."""
    return [image for image in all_images(project) if image.runs]


def all_images(project: Project) -> list[Image]:
    """What every Dockerfile of the project builds (computed once per run)."""
    cached = project.memo.get("file_images")
    if cached is None:
        cached = project.memo["file_images"] = [_image(project, config.path, config.extra["build_steps"]) for config in project.configs if config.extra.get("build_steps")]
    return cached  # type: ignore[no-any-return]


def _image(project: Project, dockerfile: str, steps: object) -> Image:
    context = posixpath.dirname(dockerfile)
    workdir = "$WORKDIR"
    files: dict[str, str] = {}
    folders: list[tuple[str, str]] = []
    runs: dict[str, str] = {}
    copies: list[tuple[str, str, int]] = []
    archives: list[tuple[str, int]] = []
    env: dict[str, str] = {}
    for step in steps:  # type: ignore[attr-defined]
        kind = step[0]
        if kind == "env":
            env[str(step[2])] = _filled(str(step[3]), env)
        elif kind == "workdir":
            workdir = _in(workdir, _filled(str(step[2]), env))
        elif kind == "copy":
            destination, sources = _filled(str(step[2]), env), [str(s) for s in step[3:]]
            into = destination.endswith("/") or destination in (".", "./") or len(sources) > 1
            target = _in(workdir, destination)
            for source in sources:
                where = posixpath.normpath(posixpath.join(context, source)) if context else posixpath.normpath(source)
                if where.startswith("..") or "$" in where or "*" in where:
                    continue
                inside = posixpath.join(target, posixpath.basename(where)) if into and posixpath.splitext(source.rstrip("/"))[1] else target
                copies.append((where, inside, int(step[1])))  # type: ignore[call-overload]
                if where in project.by_path:
                    files[where] = posixpath.join(target, posixpath.basename(where)) if into else target
                elif not posixpath.splitext(source.rstrip("/"))[1]:
                    folders.append((where, target))  # a folder (or the whole context)
        elif kind == "run":
            script = _in(workdir, str(step[2]))
            for path, inside in [*files.items(), *_folder_files(project, folders, script)]:
                if inside == script:
                    runs[path] = workdir
        elif kind == "archive":
            archives.append((_in(workdir, _filled(str(step[2]), env)), int(step[1])))  # type: ignore[call-overload]
    for path, inside in _folder_files(project, folders, ""):
        files.setdefault(path, inside)
    return Image(dockerfile, files, runs, workdir, tuple(copies), tuple(archives))


_VARIABLE = re.compile(r"\$\{?([A-Za-z_]\w*)\}?")


def _filled(text: str, env: dict[str, str]) -> str:
    """``text`` with each ``${NAME}`` the Dockerfile's ENV/ARG set replaced by its value."""
    return _VARIABLE.sub(lambda m: env.get(m.group(1), m.group(0)), text) if "$" in text else text


def in_image_path(image: Image, inside: str) -> tuple[str, int] | None:
    """The project path (and COPY line) an image path comes from: a file copied to it, or a
    file inside a folder copied to one of its parents."""
    found: tuple[str, int] | None = None
    for source, target, line in image.copies:
        if inside == target:
            found = (source, line)  # a later COPY to the same place wins
        elif inside.startswith(target.rstrip("/") + "/"):
            rest = inside[len(target.rstrip("/")) + 1 :]
            found = (posixpath.normpath(posixpath.join(source, rest)) if source not in ("", ".") else rest, line)
    return found


def _folder_files(project: Project, folders: list[tuple[str, str]], wanted: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for folder, target in folders:
        prefix = "" if folder in ("", ".") else folder + "/"
        for path in project.by_path:
            if path.startswith(prefix):
                inside = posixpath.join(target, path[len(prefix) :])
                if not wanted or inside == wanted:
                    found.append((path, inside))
    return found


def _in(workdir: str, path: str) -> str:
    return posixpath.normpath(path if path.startswith("/") else posixpath.join(workdir, path))


def in_image(images: list[Image], saved: P, loads: Iterable[P]) -> tuple[P | None, str]:
    """A load in serving code copied into an image whose build runs the training script:
    the relative paths of both resolve against the image's working directories."""
    if saved.key or saved.weak or saved.config:
        return None, ""  # only a resolved path has a place in the image (a name alone is matched, with its guards, by _same)
    for image in images:
        cwd = image.runs.get(saved.facts.path)
        if cwd is None:
            continue
        written = _in(cwd, saved.value)
        for loaded in loads:
            if not (loaded.key or loaded.weak or loaded.config) and loaded.facts.path in image.files and _in(image.workdir, loaded.value) == written:
                return loaded, image.dockerfile
    return None, ""
