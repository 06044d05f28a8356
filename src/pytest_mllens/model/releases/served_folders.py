"""File releases into a folder a model server serves: a SavedModel exported for TF Serving.

TensorFlow Serving serves the newest numbered version folder under its model base path, so
a training module that exports ``tf.saved_model.save(model, f"serving/models/churn/{version}")``
(or ``model.export(...)``, ``model.save(...)``) into a project folder that a TF Serving
container gets (``extra["served_dirs"]``: a docker-compose bind mount, ``docker run -v``, a
``COPY`` into an image ``FROM tensorflow/serving``; facts/configs/model_servers.py) puts
that model into service when the export lands. The export is the release: gated only when
an evaluation gate decides it, like any other release.

Kept narrow: the export path must resolve (a literal, a bound string, an f-string's fixed
folder, ``os.path.join`` of those, as ``file_paths`` reads them) to the served folder or a
folder inside it, from the project root or from the exporting script's own folder.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass

from ...facts.configs.model_servers import WORKING_DIR
from ...facts.records import FileFacts
from ..project import Project

__all__ = ["ServedFolder", "served_folder", "served_folders"]


@dataclass(frozen=True)
class ServedFolder:
    """A project folder a model server serves, and the config line that says so."""

    path: str
    config: str
    line: int
    how: str


def served_folders(project: Project) -> list[ServedFolder]:
    """Every served folder the project's deployment files declare (computed once per run)."""
    cached = project.memo.get("served_folders")
    if cached is None:
        cached = []
        for config in project.configs:
            for line, source, how in config.extra.get("served_dirs", ()):  # type: ignore[attr-defined]
                # a COPY reads from the build context: the Dockerfile's folder, or the project
                # root when the image is built with `-f serving/Dockerfile .`
                homes = (config.path, "") if str(how).startswith("COPY") else (config.path,)
                for folder in dict.fromkeys(_resolved(home, str(source)) for home in homes):
                    if folder:
                        cached.append(ServedFolder(folder, config.path, int(line), str(how)))
        project.memo["served_folders"] = cached
    return cached  # type: ignore[no-any-return]


def served_folder(folders: Iterable[ServedFolder], facts: FileFacts, value: str, template: bool) -> tuple[ServedFolder, str] | None:
    """The served folder an export path lands in, and the path as matched; ``None`` when it
    lands in none. A template path (``serving/churn/{}``) counts by its fixed leading folder."""
    if template:
        fixed, _, _ = value.partition("{}")
        if not fixed.endswith("/"):
            return None
        value = fixed.rstrip("/")
    if not value or value.startswith(("/", "..")):
        return None
    here = posixpath.dirname(facts.path)
    spellings = [posixpath.normpath(value)]
    if here:
        spellings.append(posixpath.normpath(posixpath.join(here, value)))
    for folder in folders:
        for spelling in spellings:
            if spelling == folder.path or spelling.startswith(folder.path + "/"):
                return folder, spelling
    return None


def _resolved(config: str, source: str) -> str:
    """``source`` (as the config writes it) as a project path: ``$(pwd)/x`` from the project
    root, anything else from the config file's folder; ``""`` outside the project."""
    for prefix in WORKING_DIR:
        if source.startswith(prefix):
            path = posixpath.normpath(source[len(prefix) :])
            return "" if path.startswith("..") or path in (".", "") else path
    path = posixpath.normpath(posixpath.join(posixpath.dirname(config), source))
    return "" if path.startswith(("..", "/")) or path in (".", "") else path
