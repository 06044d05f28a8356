"""Project folders a TensorFlow Serving container serves: the file side of a SavedModel handoff.

TensorFlow Serving watches a model base path and serves the highest numbered version folder
in it, so a training script that exports ``tf.saved_model.save(model, "serving/churn/3")``
into a folder the container gets releases that model as soon as the export lands. The
container gets the folder by a bind mount (docker-compose ``volumes:``, ``docker run -v``) or
by a ``COPY`` in an image built ``FROM tensorflow/serving``. Read as text, like the other
config readers; a file it cannot read yields nothing. Stored in
``FileFacts.extra["served_dirs"]`` as ``(line, host path as written, how)`` tuples; the
release flow resolves the host path against the file's folder (model/releases/file_releases.py).
"""

from __future__ import annotations

import re
import shlex

from .continued_lines import continued_lines

__all__ = ["WORKING_DIR", "served_model_dirs"]

_SERVER = re.compile(r"(?:^|/)tensorflow[-_/]serving(?::[\w.-]+)?(?:@\S+)?$", re.IGNORECASE)
"""Images that serve a folder of numbered SavedModel versions (``tensorflow/serving``,
``tensorflow/serving:2.16.1-gpu``, a registry mirror's ``.../tensorflow-serving``)."""

WORKING_DIR = ("$(pwd)/", "${PWD}/", "$PWD/", "`pwd`/", "%cd%/", "${pwd}/")
"""How a shell command names a folder below the directory it runs in."""


def served_model_dirs(name: str, text: str) -> tuple[tuple[int, str, str], ...]:
    """The host folders a TF Serving container in this file serves (see the module doc)."""
    lowered = name.lower()
    if "tensorflow" not in text.lower() or "serving" not in text.lower():
        return ()
    if lowered.endswith((".yaml", ".yml")):
        return _compose(text)
    if lowered == "makefile" or lowered.endswith(".sh"):
        return _docker_runs(text)
    return _dockerfile(text)


def _dockerfile(text: str) -> tuple[tuple[int, str, str], ...]:
    found: list[tuple[int, str, str]] = []
    serving = ""
    for line, instruction in continued_lines(text):
        words = instruction.strip().split()
        if not words or words[0].startswith("#"):
            continue
        keyword = words[0].upper()
        if keyword == "FROM":
            image = next((w for w in words[1:] if not w.startswith("--")), "")
            serving = image if _SERVER.search(image) else ""
        elif keyword in ("COPY", "ADD") and serving:
            operands = [w.strip("\"'[],") for w in words[1:] if not w.startswith("--")]
            if any(w.startswith("--from") for w in words[1:]) or len(operands) < 2:
                continue
            for source in operands[:-1]:
                found.append((line, source, f"COPY into an image FROM {serving}"))
    return tuple(found)


def _compose(text: str) -> tuple[tuple[int, str, str], ...]:
    from .yaml_outline import outline

    root = outline(text)
    services = root.get("services")
    if services is None or not services.keys:
        return ()
    found: list[tuple[int, str, str]] = []
    for service_name, service in services.keys.items():
        image = service.scalar("image").strip("\"'")
        if not _SERVER.search(image):
            continue
        volumes = service.get("volumes")
        for item in volumes.items or () if volumes is not None else ():
            source = item.text.strip("\"'").split(":")[0] if item.keys is None else (item.scalar("source") if item.scalar("type") in ("", "bind") else "")
            if _host_path(source):
                found.append((item.line, source, f"mounted into service {service_name!r} ({image})"))
    return tuple(found)


_VALUED_OPTIONS = frozenset({"--name", "-e", "--env", "--hostname", "-h", "--network", "--label", "-l"})


def _docker_runs(text: str) -> tuple[tuple[int, str, str], ...]:
    found: list[tuple[int, str, str]] = []
    for line, command in continued_lines(text):
        if "docker" not in command or "run" not in command:
            continue
        try:
            words = shlex.split(command, comments=True)
        except ValueError:
            words = command.split()
        # the image, not a container name (`--name tensorflow_serving custom/image`) or an
        # environment value (`-e MODEL_NAME=...`): a word no option takes as its value
        image = next((w for i, w in enumerate(words) if _SERVER.search(w) and not (i and words[i - 1] in _VALUED_OPTIONS) and not w.startswith("--name=")), "")
        if not image:
            continue
        for position, word in enumerate(words):
            source = ""
            if word in ("-v", "--volume") and position + 1 < len(words):
                source = words[position + 1].split(":")[0]
            elif word.startswith("--volume="):
                source = word.partition("=")[2].split(":")[0]
            elif word == "--mount" and position + 1 < len(words) or word.startswith("--mount="):
                spec = word.partition("=")[2] if word.startswith("--mount=") else words[position + 1]
                fields = dict(part.partition("=")[::2] for part in spec.split(","))
                source = fields.get("source", fields.get("src", "")) if fields.get("type", "bind") == "bind" else ""
            if _host_path(source):
                found.append((line, source, f"mounted by `docker run ... {image}`"))
    return tuple(found)


def _host_path(source: str) -> bool:
    """A project folder on the host (``./models``, ``$(pwd)/serving/models``), not a named
    volume (``models``) or an absolute path outside the checkout."""
    if not source:
        return False
    return source.startswith(("./", "../", *WORKING_DIR)) or ("/" in source and not source.startswith(("/", "~", "$")))
