"""A persistent cache of per-file facts and of whole-run results.

Parsing dominates a cold run, so a warm run must parse nothing: each file's facts are
stored under the hash of its bytes, and the checks' results under the hash of every
file's digest together with the configuration and the installed checks and knowledge.
A run with nothing changed reads one small file (the results); a run with one file
changed re-parses that file and, when its facts changed, re-runs the project stages over
every file's facts. Facts are pickled by :mod:`.cache_codec` (records as value rows), spread
over shards by path, and indexed by the digests file, so a run whose edits change no fact
reads the index and the changed files' shards only.

**Why authenticated pickles, not a data-only format.** The cache lives in pytest's cache
directory, and the analysed project decides where that is (``cache_dir`` in its own
configuration, or a ``.pytest_cache/`` committed to the repository). Reading a pickle from
there would let a cloned repository run code in ``pytest --mllens-only``, which promises to
run none. Two fixes were possible: a data-only format (JSON, marshal) or authenticating
every file before it is deserialised. Facts are dozens of frozen record types and results
hold check classes (a third-party check's too), so a data-only format needs a hand-written
codec for every record that must follow each change to them, and costs a warm run its
speed. Authentication costs one HMAC-SHA256 over the bytes (about half a millisecond per
megabyte where the CPU has SHA instructions, as x86-64 and ARMv8 servers do: 12 ms for the
20 MB a run with one file changed reads at 2,000 files, where keyed BLAKE2b took 32 ms) and
nothing else: every file starts with a MAC keyed by a random secret kept
outside any project, in the user's cache directory (``$XDG_CACHE_HOME/pytest-mllens/key``,
mode 0600), and a file whose MAC does not verify is never unpickled, only discarded. A
repository cannot forge the MAC without that secret; a user who cannot keep a secret there
(no home, read-only) runs uncached.

The rest, in the spirit of pytest's own cache provider:

- every key is salted with the package version and a digest of the package's own
  source, so facts written by another version of the extractor are never read;
- a file that cannot be read, fails authentication or whose salt differs is ignored and
  rebuilt, never trusted;
- writes go to a temporary file that is atomically renamed into place, so two
  concurrent runs can each only replace a whole, valid file by another;
- read-only instances (pytest-xdist workers) never write; a cache that cannot be written
  (a read-only checkout) costs the next run a parse, never this run its result.

The cache lives in pytest's cache directory (``.pytest_cache/d/mllens``), so
``pytest --cache-clear`` clears it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import stat
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from .records import FileFacts

__all__ = ["Cache", "cache_secret", "compiled", "digest", "package_salt"]

FORMAT = 4
FACTS_FILE = "facts-{:02d}.bin"
FACTS_SHARDS = 16
"""Facts are spread over this many files by path, so a run with one file changed rewrites
(and re-authenticates) one sixteenth of them, not every project file's facts."""
DIGESTS_FILE = "facts-digests.bin"
"""Each stored file's facts digest (of its pickle): the index of what the shards hold, so that
the early cut-off neither reads nor hashes every file's facts (about 15 MB at 2,000 files) on a
run with one file changed."""
RESULTS_FILE = "results.bin"
STAMPS_FILE = "stamps.bin"
DERIVED_FILE = "derived-{:02d}.bin"
"""Per-file derived data, sharded by path like the facts: a run with one file changed rewrites the
shard that file's entry is in (about 6 MB of them at 2,000 files: 0.026 s of CPU to write all)."""
MAGIC = b"mllens-cache-4\n"
TAG_SIZE = 32

FactsKey = tuple[str, str, str, bool, str]  # path, digest, module, is_package, kind
Stamp = tuple[int, int, int, int, int]  # st_mtime_ns, st_ctime_ns, st_size, st_ino, max-file-size


def digest(data: bytes) -> str:
    """A file's or a pickle's content digest, 128 bits of SHA-256 (with SHA instructions about
    twice as fast as BLAKE2b, from a 300-byte pickle to a 500 kB module)."""
    return hashlib.sha256(data).hexdigest()[:32]


def cache_secret(directory: Path | None = None) -> bytes | None:
    """The per-user key that authenticates cache files, created on first use.

    It lives outside every analysed project, so no checkout can know it. ``None`` when it
    cannot be kept safely (no home directory, a read-only one, a key file others can read
    or that another user owns): the run then goes uncached rather than trusting files it
    cannot authenticate.
    """
    if directory is None:
        directory = _user_directory()
    path = directory / "key"
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(descriptor, "wb") as out:
                out.write(secrets.token_bytes(32))
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(descriptor, "rb") as handle:
            status = os.fstat(handle.fileno())
            key = handle.read(64)
    except (OSError, RuntimeError):  # RuntimeError: Path.home() without a home
        return None
    if os.name == "posix" and (status.st_uid != os.getuid() or status.st_mode & 0o077):
        return None
    return key if len(key) == 32 else None


T = TypeVar("T")


def _read_regular(path: Path) -> bytes | None:
    """The bytes of a cache file, or ``None``: a checkout may plant a symlink to ``/dev/zero``
    or a FIFO where a cache file goes, so the file is opened without following a link and
    without blocking, and read only when it is a plain file, up to its stated size."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        try:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                return None
            return handle.read(status.st_size)
        except OSError:
            return None


def _user_directory() -> Path:
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "pytest-mllens"


def compiled(name: str, source: bytes, build: Callable[[], T], *, keep: bool = True) -> T:
    """``build()``, a value derived from data shipped with the package (the lens catalogue, the
    knowledge rules), kept per user so that a run unpickles it instead of parsing TOML again.

    Stored in the user's cache directory, beside the key, and authenticated with it like every
    cache file (a file that does not verify is rebuilt, never unpickled). Its name carries a
    digest of ``source`` (the data's text), of the builder's own module and of the package
    version, so a change to either is a new file; the value is computed, never trusted, when
    no key can be kept. With ``keep`` false the value is only read, never stored.
    """
    from ..version import __version__

    try:
        directory = _user_directory()
        code = Path(build.__code__.co_filename).read_bytes()
    except (OSError, RuntimeError, AttributeError):
        return build()
    secret = cache_secret(directory)
    if secret is None:
        return build()
    hasher = hashlib.blake2b(f"{FORMAT}:{__version__}:{sys.implementation.cache_tag}:{name}".encode(), digest_size=16)
    hasher.update(code)
    hasher.update(source)
    store = Cache(directory / "compiled", name, secret=secret)
    file = f"{name}-{hasher.hexdigest()}.bin"
    value = store._load(file, object)
    if value is None:
        value = build()
        if keep:
            store._write(file, value)
    return value  # type: ignore[no-any-return]


def package_salt() -> str:
    """Version plus a digest of this package's source: facts depend on the extractor's code.

    Hashing every source file costs a warm run more than the rest of its own work, so the
    digest is remembered per user (authenticated, see :func:`compiled`) under the files' stat
    stamps; a file changed within the last seconds (racily clean) makes it hashed afresh.
    """
    from ..version import __version__

    package = Path(__file__).parent.parent
    files = _package_files(package)
    runtime = f"{FORMAT}:{__version__}:{sys.implementation.cache_tag}:{sys.version_info[:3]}:{os.environ.get('LIBCST_PARSER_TYPE', '')}"
    signature = [runtime, *(f"{relative}:{stamp}" for relative, _, stamp in files)]
    newest = max((max(stamp[0], stamp[1]) for _, _, stamp in files), default=0)
    try:  # the parser's version without importing it: its _version.py's stamp
        import importlib.util

        spec = importlib.util.find_spec("libcst")
        origin = spec.origin if spec is not None else None
        if origin:
            info = os.stat(os.path.join(os.path.dirname(origin), "_version.py"))
            signature.append(f"libcst:{origin}:{info.st_mtime_ns}:{info.st_size}:{info.st_ino}")
            newest = max(newest, info.st_mtime_ns, info.st_ctime_ns)
    except (OSError, ImportError, ValueError):
        signature.append("libcst:?")
    racy = newest >= time.time_ns() - RACY_NS
    return compiled("package-salt", "\n".join(signature).encode(), lambda: _content_salt(package, files, runtime), keep=not racy)


RACY_NS = 2_000_000_000
"""A file changed this recently may change again within one timestamp tick, so nothing is
remembered under its stat stamp (git's "racily clean" entries)."""


def _package_files(package: Path) -> list[tuple[str, Path, tuple[int, int, int, int]]]:
    """Every .py and .toml file of the package with its stat stamp, sorted by relative path."""
    found = []
    pending = [package]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                pending.append(Path(entry.path))
            elif entry.name.endswith((".py", ".toml")) and entry.is_file():
                try:
                    info = entry.stat()
                except OSError:  # removed meanwhile (a package upgrade under way)
                    continue
                path = Path(entry.path)
                found.append((path.relative_to(package).as_posix(), path, (info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino)))
    return sorted(found)


def _content_salt(package: Path, files: list[tuple[str, Path, tuple[int, int, int, int]]], runtime: str) -> str:
    # the parsers count too: CPython's ast (which syntax it accepts) and libcst's version
    try:
        from importlib.metadata import version

        libcst_version = version("libcst")
    except Exception:  # noqa: BLE001 - metadata missing: still a stable salt
        libcst_version = "?"
    hasher = hashlib.blake2b(f"{runtime}:{libcst_version}".encode(), digest_size=16)
    for relative, path, _ in files:
        hasher.update(relative.encode())
        hasher.update(path.read_bytes())
    return hasher.hexdigest()


def _shard(key: FactsKey) -> int:
    return zlib.crc32(key[0].encode("utf-8", "surrogatepass")) % FACTS_SHARDS


class Cache:
    """Facts and results of one project root, stored in ``directory``.

    ``hits`` and ``misses`` count per-file facts lookups, for ``--mllens-timings``.
    """

    def __init__(self, directory: Path, salt: str, *, secret: bytes, writable: bool = True) -> None:
        self.directory = directory
        self.salt = salt
        self._secret = secret
        self.writable = writable
        self.hits = 0
        self.misses = 0
        self._shards: dict[int, dict[FactsKey, bytes]] = {}
        self._index: dict[FactsKey, str] | None = None
        self._new: dict[FactsKey, bytes] = {}  # facts extracted this run, pickled
        self._used: set[FactsKey] = set()  # stored entries this run's files use
        self._stamps: dict[str, tuple[Stamp, str]] | None = None
        self._derived: dict[int, dict[FactsKey, bytes]] = {}  # shards read, by number
        self._derived_fingerprint = ""
        self._derived_fresh: dict[FactsKey, bytes] = {}
        self._results: tuple[str, str, Any] | None = None
        self._results_blob: tuple[Any, bytes] | None = None  # the stored value, once unpickled, and its bytes

    # -- file digests by stat ----------------------------------------------------------------
    # A warm run must not read every file to learn that none changed: like git's index, the
    # digest of a file is reused while its stat stamp (mtime, ctime, size, inode) is the one
    # it was hashed under. ctime cannot be set from user space, so any write changes the stamp;
    # a file written within the timestamp granularity of the run that hashed it is "racily
    # clean" and gets no stamp (the engine leaves it out), so it is hashed again next time.
    def stamps(self) -> dict[str, tuple[Stamp, str]]:
        """``{path: (stamp, digest)}`` as stored by the last run (authenticated like the rest)."""
        if self._stamps is None:
            self._stamps = self._load(STAMPS_FILE, dict) or {}
        return self._stamps

    def store_stamps(self, stamps: dict[str, tuple[Stamp, str]]) -> None:
        """Keep ``stamps`` for the next run; write only when they differ from what was read."""
        if stamps != self.stamps():
            self._write(STAMPS_FILE, stamps)
            self._stamps = stamps

    # -- per-file facts ----------------------------------------------------------------------
    # Each file's facts are stored as their own pickle, so saving after a one-file change
    # serialises that file only; the others are written back as the bytes they were read as.
    # The digests file is the index of what is stored: a run learns which files' facts are
    # kept, and their digests, without reading the shards (about 15 MB at 2,000 files), and
    # reads a shard only when it needs a file's facts from it or has to rewrite it.
    def facts(self, key: FactsKey) -> FileFacts | None:
        """The facts stored under ``key``, unpickled; counted as a hit or miss unless
        :meth:`has_facts` counted the key already."""
        counted = key in self._used
        blob = self._stored_shard(_shard(key)).get(key)
        found = None
        if blob is not None:
            try:
                found = pickle.loads(blob)
            except Exception:  # noqa: BLE001 - one damaged entry costs one parse
                found = None
        if not isinstance(found, FileFacts):
            if counted:  # has_facts saw the entry: it turns out missing or unreadable
                self.hits -= 1
                self._used.discard(key)
            self.misses += 1
            return None
        if not counted:
            self.hits += 1
            self._used.add(key)
        return found

    def has_facts(self, key: FactsKey) -> bool:
        """Whether facts are stored under ``key``, by the index alone (no shard is read): a run
        whose changed files leave every file's facts as they were (an edit that moves no statement:
        a comment at the end of a line or of the file; lines added above code move it and change
        facts) is answered from the stored results without reading any other file's facts (see
        :meth:`results`). An entry the index lists but its shard lost is found out by
        :meth:`facts` and costs that file a parse."""
        if key not in self._stored_index():
            self.misses += 1
            return False
        self.hits += 1
        self._used.add(key)
        return True

    def facts_digest(self, key: FactsKey) -> str:
        """The digest of the facts kept for ``key`` this run (stored or just extracted), or "".

        Equal digests mean equal pickles, hence equal facts: the results of a run are a function
        of its files' facts, the configuration, checks and knowledge, so two runs whose files'
        facts digests agree have the same results even where their bytes differ. Two pickles of
        equal facts may still differ (object sharing), which only costs a recomputation."""
        blob = self._new.get(key)
        if blob is not None:
            return digest(blob)
        if key not in self._used:
            return ""
        return self._stored_index().get(key) or self._digest_of_stored(key)

    def _digest_of_stored(self, key: FactsKey) -> str:
        blob = self._stored_shard(_shard(key)).get(key)
        return digest(blob) if blob is not None else ""

    def _stored_index(self) -> dict[FactsKey, str]:
        """``{key: digest of its facts}`` of every stored entry, as :meth:`save_facts` kept it;
        when that file is missing or damaged, the shards' keys (digests then computed when asked).

        A key names the file's bytes, module and kind under this package's salt, and extraction
        is deterministic, so a digest kept for a key stays the digest of its facts even if a
        concurrent run rewrote a shard meanwhile."""
        if self._index is None:
            index = self._load(DIGESTS_FILE, dict)
            if index is None:
                index = {key: "" for number in range(FACTS_SHARDS) for key in self._stored_shard(number)}
            self._index = index
        return self._index

    def _stored_shard(self, number: int) -> dict[FactsKey, bytes]:
        """The pickled facts of one shard, read once per run (a damaged shard: empty, so its
        files are parsed again)."""
        shard = self._shards.get(number)
        if shard is None:
            shard = self._shards[number] = self._load(FACTS_FILE.format(number), dict) or {}
        return shard

    def store_facts(self, key: FactsKey, facts: FileFacts, blob: bytes | None = None) -> None:
        """``blob``: the facts already pickled (by a parsing worker), stored as they are."""
        if blob is None:
            from .cache_codec import dumps

            blob = dumps(facts)
        self._new[key] = blob

    def save_facts(self, keys: Iterable[FactsKey]) -> None:
        """Keep exactly the entries of this run's files; read and write only the shards whose
        entries changed, and the index when it did."""
        index = self._stored_index()
        wanted: list[list[FactsKey]] = [[] for _ in range(FACTS_SHARDS)]
        for key in keys:
            if key in self._new or key in self._used:
                wanted[_shard(key)].append(key)
        stored: list[set[FactsKey]] = [set() for _ in range(FACTS_SHARDS)]
        for key in index:
            stored[_shard(key)].add(key)
        digests: dict[FactsKey, str] = {}
        for number, here in enumerate(wanted):
            if stored[number] == set(here) and not any(key in self._new for key in here):
                digests.update((key, index[key] or self._digest_of_stored(key)) for key in here)
                continue
            before = self._stored_shard(number)
            shard: dict[FactsKey, bytes] = {}
            for key in here:
                blob = self._new.get(key) or before.get(key)
                if blob is None:  # listed in the index, lost from its shard: parsed next time
                    continue
                shard[key] = blob
                digests[key] = (index.get(key) if key not in self._new else "") or digest(blob)
            if shard.keys() != before.keys() or any(blob is not before[key] for key, blob in shard.items()):
                self._write(FACTS_FILE.format(number), shard)
                self._shards[number] = shard
        if digests != index:
            self._write(DIGESTS_FILE, digests)
            self._index = digests

    # -- per-file derived data ---------------------------------------------------------------
    # What the project stage computes from one file's facts alone (knowledge matches), stored
    # like the facts (one pickle per file, under the same key) and valid only for the rules'
    # ``fingerprint``: a run with one file changed computes that file's again, not all of them.
    def derived(self, key: FactsKey, fingerprint: str) -> Any:
        blob = self._derived_shard(_shard(key), fingerprint).get(key)
        if blob is None:
            return None
        try:
            value = pickle.loads(blob)
        except Exception:  # noqa: BLE001 - one damaged entry costs recomputing one file
            return None
        self._derived_fresh[key] = blob
        return value

    def _derived_shard(self, number: int, fingerprint: str) -> dict[FactsKey, bytes]:
        """The derived data of one shard, read once per run; empty when it was stored under other
        rules (``fingerprint``) or is missing or damaged."""
        if self._derived_fingerprint != fingerprint:
            self._derived, self._derived_fingerprint = {}, fingerprint
        shard = self._derived.get(number)
        if shard is None:
            stored = self._load(DERIVED_FILE.format(number), tuple)
            valid = stored is not None and len(stored) == 2 and stored[0] == fingerprint and isinstance(stored[1], dict)
            shard = self._derived[number] = stored[1] if valid else {}  # type: ignore[index]
        return shard

    def store_derived(self, key: FactsKey, value: Any) -> None:
        self._derived_fresh[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def save_derived(self, keys: Iterable[FactsKey], fingerprint: str) -> None:
        """Keep exactly the entries of this run's files; write only the shards that changed."""
        wanted: list[dict[FactsKey, bytes]] = [{} for _ in range(FACTS_SHARDS)]
        for key in keys:
            blob = self._derived_fresh.get(key)
            if blob is not None:
                wanted[_shard(key)][key] = blob
        for number, shard in enumerate(wanted):
            before = self._derived_shard(number, fingerprint)
            if shard.keys() != before.keys() or any(blob is not before[key] and blob != before[key] for key, blob in shard.items()):
                self._write(DERIVED_FILE.format(number), (fingerprint, shard))
                self._derived[number] = shard

    # -- whole-run results -------------------------------------------------------------------
    # Stored under two keys: the run key (every file's bytes: a warm run hashes, nothing more)
    # and the facts key (every file's facts digest: a run whose edits changed no facts, such as
    # a comment at the end of a line, parses the changed files and stops there, like a build
    # system's early cut-off; a line added above code shifts its line numbers, which are facts).
    # The value is pickled on its own inside the file, so a run whose keys match neither (any
    # edit that changes facts) does not unpickle the stored results only to drop them.
    def results(self, key: str) -> Any:
        if self._results is None:
            stored = self._load(RESULTS_FILE, tuple)
            valid = stored is not None and len(stored) == 3 and isinstance(stored[2], bytes)
            self._results = stored if valid else ("", "", None)  # type: ignore[assignment]
            self._results_blob = (None, stored[2]) if valid else None  # type: ignore[index]
        if not key or key not in self._results[:2]:
            return None
        value = self._results[2]
        if isinstance(value, bytes):
            try:
                value = pickle.loads(value)
            except Exception:  # noqa: BLE001 - written by us yet unreadable (a removed plugin): recompute
                self._results = ("", "", None)
                return None
            self._results = (*self._results[:2], value)
            self._results_blob = (value, self._results_blob[1] if self._results_blob else b"")
        return value

    def store_results(self, key: str, value: Any, facts_key: str = "") -> None:
        if self._results_blob is not None and self._results_blob[0] is value:  # as read: its bytes again
            blob = self._results_blob[1]
        else:
            try:
                blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001 - a value pickle refuses (a check class defined in a function)
                return
        self._write(RESULTS_FILE, (key, facts_key, blob))
        self._results = (key, facts_key, value)

    # -- storage -----------------------------------------------------------------------------
    def _tag(self, payload: bytes) -> bytes:
        return hmac.digest(self._secret, payload, "sha256")

    def _load(self, name: str, kind: type) -> Any:
        data = _read_regular(self.directory / name)
        if data is None:  # missing, unreadable or not a plain file: rebuild
            return None
        header = len(MAGIC) + TAG_SIZE
        if not data.startswith(MAGIC) or len(data) <= header:
            return None
        payload = memoryview(data)[header:]
        if not hmac.compare_digest(data[len(MAGIC) : header], self._tag(payload)):
            return None  # not written with this user's key: never unpickled
        try:
            salt, value = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - written by us yet unreadable (a removed plugin): rebuild
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
                payload = pickle.dumps((self.salt, value), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(handle, "wb") as out:
                    out.write(MAGIC + self._tag(payload) + payload)
                os.replace(temporary, self.directory / name)
            except BaseException:
                os.unlink(temporary)
                raise
        except Exception:  # noqa: BLE001 - read-only or full disk, or a value pickle refuses
            # (a plugin's check class defined inside a function): the run must not fail for
            # its cache; the next run parses again.
            return
