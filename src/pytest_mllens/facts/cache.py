"""A persistent cache of per-file facts and of whole-run results.

Parsing dominates a cold run, so a warm run must parse nothing: each file's facts are
stored under the hash of its bytes, and the checks' results under the hash of every
file's digest together with the configuration and the installed checks and knowledge.
A run with nothing changed reads one small file (the results); a run with one file
changed re-parses that file and re-runs the (cheap) project stages.

Safety, in the spirit of pytest's own cache provider:

- every key is salted with the package version and a digest of the package's own
  source, so facts written by another version of the extractor are never read;
- a file that cannot be read or unpickled, or whose salt differs, is ignored and
  rebuilt, never trusted;
- writes go to a temporary file that is atomically renamed into place, so two
  concurrent runs can each only replace a whole, valid file by another;
- read-only instances (pytest-xdist workers) never write.

The cache lives in pytest's cache directory (``.pytest_cache/d/mllens``), so
``pytest --cache-clear`` clears it. Its files are pickles: whoever can write there can
already run code in this project's test run (conftest.py), so they add no new trust.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .records import FileFacts

__all__ = ["Cache", "digest", "package_salt"]

FORMAT = 2
FACTS_FILE = "facts.pickle"
RESULTS_FILE = "results.pickle"

FactsKey = tuple[str, str, str, bool, str]  # path, digest, module, is_package, kind


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def package_salt() -> str:
    """Version plus a digest of this package's source: facts depend on the extractor's code."""
    from .. import __version__

    package = Path(__file__).parent.parent
    # the parsers count too: CPython's ast (which syntax it accepts) and libcst's version
    try:
        from importlib.metadata import version

        libcst_version = version("libcst")
    except Exception:  # noqa: BLE001 - metadata missing: still a stable salt
        libcst_version = "?"
    runtime = f"{sys.implementation.cache_tag}:{sys.version_info[:3]}:{libcst_version}:{os.environ.get('LIBCST_PARSER_TYPE', '')}"
    hasher = hashlib.blake2b(f"{FORMAT}:{__version__}:{runtime}".encode(), digest_size=16)
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".toml") and path.is_file():
            hasher.update(path.relative_to(package).as_posix().encode())
            hasher.update(path.read_bytes())
    return hasher.hexdigest()


class Cache:
    """Facts and results of one project root, stored in ``directory``.

    ``hits`` and ``misses`` count per-file facts lookups, for ``--mllens-timings``.
    """

    def __init__(self, directory: Path, salt: str, *, writable: bool = True) -> None:
        self.directory = directory
        self.salt = salt
        self.writable = writable
        self.hits = 0
        self.misses = 0
        self._facts: dict[FactsKey, bytes] | None = None
        self._fresh: dict[FactsKey, bytes] = {}

    # -- per-file facts ----------------------------------------------------------------------
    # Each file's facts are stored as their own pickle, so saving after a one-file change
    # serialises that file only; the others are written back as the bytes they were read as.
    def facts(self, key: FactsKey) -> FileFacts | None:
        if self._facts is None:
            self._facts = self._load(FACTS_FILE, dict) or {}
        blob = self._facts.get(key)
        found = None
        if blob is not None:
            try:
                found = pickle.loads(blob)
            except Exception:  # noqa: BLE001 - one damaged entry costs one parse
                found = None
        if not isinstance(found, FileFacts):
            self.misses += 1
            return None
        self.hits += 1
        self._fresh[key] = blob  # type: ignore[assignment]
        return found

    def store_facts(self, key: FactsKey, facts: FileFacts) -> None:
        self._fresh[key] = pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL)

    def save_facts(self, keys: Iterable[FactsKey]) -> None:
        """Keep exactly the entries of this run's files; write only when something changed."""
        wanted = {key: self._fresh[key] for key in keys if key in self._fresh}
        if self._facts is not None and wanted.keys() == self._facts.keys():
            return
        self._write(FACTS_FILE, wanted)

    # -- whole-run results -------------------------------------------------------------------
    def results(self, key: str) -> Any:
        stored = self._load(RESULTS_FILE, tuple)
        if stored is None or len(stored) != 2 or stored[0] != key:
            return None
        return stored[1]

    def store_results(self, key: str, value: Any) -> None:
        self._write(RESULTS_FILE, (key, value))

    # -- storage -----------------------------------------------------------------------------
    def _load(self, name: str, kind: type) -> Any:
        try:
            with open(self.directory / name, "rb") as handle:
                salt, value = pickle.load(handle)
        except Exception:  # noqa: BLE001 - missing, truncated or foreign: rebuild
            return None
        if salt != self.salt or not isinstance(value, kind):
            return None
        return value

    def _write(self, name: str, value: Any) -> None:
        if not self.writable:
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{name}.", dir=self.directory)
            try:
                with os.fdopen(handle, "wb") as out:
                    pickle.dump((self.salt, value), out, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, self.directory / name)
            except BaseException:
                os.unlink(temporary)
                raise
        except Exception:  # noqa: BLE001 - read-only or full disk, or a value pickle refuses
            # (a plugin's check class defined inside a function): the run must not fail for
            # its cache; the next run parses again.
            return
