"""Drift detectors declared in Kubernetes manifests (Seldon Core, KServe), read as text.

Teams that serve on Kubernetes often monitor there too: the drift detector is one more model
in the serving platform, fed with the inference traffic, rather than a Python job. Three
shapes are recognised, each needing both an alibi-detect (or payload-logging) mechanism and
a drift detector, never the word *drift* alone (a comment, or a model merely named so):

* Seldon Core v2 ``kind: Model`` (``mlops.seldon.io``) whose ``requirements`` include
  ``alibi-detect`` and whose name or ``storageUri`` names a drift detector (outlier
  detectors use the same runtime and are not drift monitoring);
* a container running Seldon's ``alibi-detect-server`` image as a ``DriftDetector`` (its
  positional argument) or with ``--drift_batch_size``: the Seldon Core v1 and KServe way,
  often a Knative service behind the payload logger;
* a KServe ``InferenceService`` or Seldon Core v1 ``SeldonDeployment`` whose payload
  ``logger`` sends every request and response to a ``url`` naming a drift detector.

Each is returned as ``(line, kind)`` with kinds ``k8s:drift-detector`` and
``k8s:drift-logger``; ``data/monitoring_signals.toml`` (``[[declared]]``) says what they mean.
"""

from __future__ import annotations

import re

from .yaml_outline import Node, outline

__all__ = ["declared_detectors"]

_DOCUMENT_BREAK = re.compile(r"^---(?:\s|$)")
_DRIFT = re.compile(r"drift", re.IGNORECASE)
_ALIBI_REQUIREMENT = re.compile(r"^alibi[-_]detect\b", re.IGNORECASE)
_LOGGING_KINDS = frozenset({"InferenceService", "SeldonDeployment", "InferenceGraph", "ServingRuntime"})


def declared_detectors(text: str) -> list[tuple[int, str]]:
    """The drift detectors the manifests in ``text`` declare, as ``(line, kind)``."""
    if "drift" not in text and "Drift" not in text:  # every shape names drift somewhere: cheap pre-filter
        return []
    found: list[tuple[int, str]] = []
    for offset, document in _documents(text):
        root = outline(document)
        if root.keys is None:
            continue
        found.extend((offset + line, kind) for line, kind in _detectors(root))
    return sorted(set(found))


def _documents(text: str) -> list[tuple[int, str]]:
    """Each YAML document with the number of lines before it."""
    documents: list[tuple[int, str]] = []
    start, lines = 0, text.split("\n")
    for number, line in enumerate(lines):
        if _DOCUMENT_BREAK.match(line):
            documents.append((start, "\n".join(lines[start:number])))
            start = number + 1
    documents.append((start, "\n".join(lines[start:])))
    return [(offset, body) for offset, body in documents if body.strip()]


def _detectors(root: Node) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    kind = _scalar(root, "kind")
    spec = root.get("spec")
    if kind == "Model" and _scalar(root, "apiVersion").startswith("mlops.seldon.io") and spec is not None:
        requirements = spec.get("requirements")
        alibi = requirements is not None and any(_ALIBI_REQUIREMENT.match(_unquote(r)) for r in requirements.strings())
        metadata = root.get("metadata")
        named = " ".join((_scalar(metadata, "name") if metadata else "", _scalar(spec, "storageUri")))
        if alibi and _DRIFT.search(named):
            found.append((root.get("kind").line, "k8s:drift-detector"))  # type: ignore[union-attr]
    for node in _mappings(root):
        image = _scalar(node, "image")
        if "alibi-detect-server" in image:
            args = node.get("args")
            words = [_unquote(a) for a in args.strings()] if args is not None else []
            if any(w == "DriftDetector" or w.startswith("--drift_batch_size") for w in words):
                found.append((node.get("image").line, "k8s:drift-detector"))  # type: ignore[union-attr]
        if kind in _LOGGING_KINDS:
            logger = node.get("logger")
            url = _scalar(logger, "url") if logger is not None else ""
            if url and _DRIFT.search(url):
                found.append((logger.get("url").line, "k8s:drift-logger"))  # type: ignore[union-attr]
    return found


def _mappings(node: Node) -> list[Node]:
    """Every mapping in the document, depth first (manifests are small)."""
    out: list[Node] = []
    stack, seen = [node], set()
    while stack:
        current = stack.pop()
        if id(current.keys or current.items) in seen:  # an alias shares its anchor's contents
            continue
        seen.add(id(current.keys or current.items))
        if current.keys is not None:
            out.append(current)
            stack.extend(current.keys.values())
        elif current.items is not None:
            stack.extend(current.items)
    return out


def _scalar(node: Node | None, key: str) -> str:
    return _unquote(node.scalar(key)) if node is not None else ""


def _unquote(value: str) -> str:
    value = value.split(" #", 1)[0].strip()
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"" else value
