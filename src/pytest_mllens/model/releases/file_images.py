"""What a Dockerfile builds, for file-based releases: a training script the image build runs
writes the model inside the image, where the serving code copied into the same image loads it.
Both relative paths resolve against the image's working directories (file_releases.py)."""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from ...facts.records import FileFacts
from ..project import Project

__all__ = ["Image", "images_of", "in_image"]


class _Located(Protocol):
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


P = TypeVar("P", bound=_Located)


@dataclass
class Image:
    """What one Dockerfile builds: project files copied in (project path -> image path), the
    training scripts it runs during the build (with their working directory), and the
    working directory the container starts in. ``$WORKDIR`` stands for the base image's."""

    dockerfile: str
    files: dict[str, str]
    runs: dict[str, str]
    workdir: str


def images_of(project: Project) -> list[Image]:
    images: list[Image] = []
    for config in project.configs:
        steps = config.extra.get("build_steps")
        if not steps:
            continue
        context = posixpath.dirname(config.path)
        workdir = "$WORKDIR"
        files: dict[str, str] = {}
        folders: list[tuple[str, str]] = []
        runs: dict[str, str] = {}
        for step in steps:  # type: ignore[attr-defined]
            kind = step[0]
            if kind == "workdir":
                workdir = _in(workdir, str(step[2]))
            elif kind == "copy":
                destination, sources = str(step[2]), [str(s) for s in step[3:]]
                into = destination.endswith("/") or destination in (".", "./") or len(sources) > 1
                target = _in(workdir, destination)
                for source in sources:
                    where = posixpath.normpath(posixpath.join(context, source)) if context else posixpath.normpath(source)
                    if where in project.by_path:
                        files[where] = posixpath.join(target, posixpath.basename(where)) if into else target
                    elif not posixpath.splitext(source.rstrip("/"))[1]:
                        folders.append((where, target))  # a folder (or the whole context)
            elif kind == "run":
                script = _in(workdir, str(step[2]))
                for path, inside in [*files.items(), *_folder_files(project, folders, script)]:
                    if inside == script:
                        runs[path] = workdir
        for path, inside in _folder_files(project, folders, ""):
            files.setdefault(path, inside)
        if runs:
            images.append(Image(config.path, files, runs, workdir))
    return images


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
