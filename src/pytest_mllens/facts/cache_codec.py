"""How a file's facts are pickled for the cache and between parsing processes.

A run with one file changed loads every other file's facts from the cache, and unpickling them
is most of its cost: at 2,000 files about 130,000 call records, each pickled by default as a
class reference and a ``{field: value}`` dictionary, so every record repeats its fourteen field
names (memo references) and its dictionary is rebuilt key by key. Here the records of one kind
in a file are pickled as one tuple of value rows, and rebuilt from it in one loop: a quarter
less to unpickle and to authenticate (measured at 2,000 files: 20.0 MB of pickles become 15.2 MB,
their loading 0.43 s of CPU becomes 0.33 s).

The calls (about 70 % of the bytes) are more: their rows are one pickle nested in the file's, left
encoded by unpickling and decoded when ``FileFacts.calls`` is first read (``records._Deferred``),
so a run with one file changed builds the calls of only the files a later stage reads them of
(at 2,000 files, 1,096 of 2,001: loading the facts 0.34 -> 0.11 s of CPU). The guards and the
imports are left encoded the same way: the gate and runtime-target stages read the guards of a
few files, the import edges and star imports come from per-file summaries, so a run with one file
changed builds neither for the other files (at 2,000 files about 12,500 guards and 16,000
imports, 0.05 s of CPU) unless the project's shape changed.

The values are the same objects: a record rebuilt here equals the one pickled, field by field
(a value cached on the instance, such as :attr:`CallFact.method`, is left out and computed
again on first use). The cache's salt digests this module, so a change to the encoding is a
new cache; the parsing workers use :func:`dumps` too, so a file's cached pickle is the same
bytes whichever process extracted it.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import pickle
from operator import itemgetter
from typing import Any

from .records import DEFERRED_FIELDS, CallFact, ClassFact, FileFacts, FlowFact, FunctionFact, GuardFact, ImportFact

__all__ = ["dumps"]

_RECORD_FIELDS = {"imports": ImportFact, "calls": CallFact, "guards": GuardFact, "functions": FunctionFact, "classes": ClassFact, "flows": FlowFact}
"""The tuples of records in a file's facts, and the one record type each holds."""
_NAMES: dict[type, tuple[str, ...]] = {kind: tuple(f.name for f in dataclasses.fields(kind)) for kind in _RECORD_FIELDS.values()}
_ROW: dict[type, Any] = {kind: itemgetter(*names) if len(names) > 1 else (lambda values, name=names[0]: (values[name],)) for kind, names in _NAMES.items()}
"""A record's dictionary to its row of field values, as a tuple (``itemgetter`` of one name
would return the bare value)."""


class _Rows(tuple):  # type: ignore[type-arg]
    """A tuple of records of one ``kind``, marked for :func:`_reduce_rows` (never unpickled as such)."""

    kind: type


def dumps(facts: FileFacts) -> bytes:
    """``facts`` pickled (highest protocol) with their records as value rows."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _TABLE  # type: ignore[assignment]
    pickler.dump(facts)
    return buffer.getvalue()


def _reduce_facts(facts: FileFacts) -> tuple[Any, ...]:
    for name in DEFERRED_FIELDS:
        getattr(facts, name)  # still encoded (facts read from the cache): decoded first
    state = dict(facts.__dict__)
    for name, kind in _RECORD_FIELDS.items():
        records = state.get(name)
        if records and type(records) is tuple and all(type(record) is kind for record in records):
            if name in DEFERRED_FIELDS:
                # left encoded inside the facts' pickle: decoded when the field is first read
                # (records._Deferred), so a run that never reads this file's calls never builds them
                del state[name]
                rows = tuple(map(_ROW[kind], map(vars, records)))
                state[f"_pending_{name}"] = (_DECODERS[kind], pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
                continue
            rows = _Rows(records)
            rows.kind = kind
            state[name] = rows
    return (copyreg.__newobj__, (type(facts),), state)


def _reduce_rows(records: _Rows) -> tuple[Any, ...]:
    return (_records, (records.kind, tuple(map(_ROW[records.kind], map(vars, records)))))


def _records(kind: type, rows: tuple[tuple[Any, ...], ...]) -> tuple[Any, ...]:
    """The records ``rows`` pickled: each built the way unpickling builds an instance (no
    ``__init__``, the fields set in its dictionary, in declaration order), by a loop written for
    the kind's fields (:func:`_builder`)."""
    return _BUILDERS[kind](rows)


def _builder(kind: type) -> Any:
    """A function that builds the records of ``kind`` from their rows, its loop unpacking each
    row into one local per field and storing each in the new instance's dictionary by a constant
    key: about 35 % faster than updating the dictionary from ``zip(names, row)`` per record
    (measured: 172,770 records of a 2,000-file project, 0.128 -> 0.081 s of CPU), the part of
    loading the cache that a run with one file changed pays for every other file. The source is
    generated from the dataclass's own field names, as :mod:`dataclasses` generates ``__init__``."""
    names = _NAMES[kind]
    if not all(name.isidentifier() for name in names):  # pragma: no cover - dataclass fields are identifiers
        raise ValueError(f"{kind.__name__}: field names must be identifiers")
    fields = ", ".join(f"_{name}" for name in names) + ("," if len(names) == 1 else "")
    stores = "\n".join(f"        state[{name!r}] = _{name}" for name in names)
    source = (
        "def build(rows, new, kind):\n"
        "    built = []\n"
        "    add = built.append\n"
        f"    for {fields} in rows:\n"
        "        record = new(kind)\n"
        "        state = record.__dict__\n"
        f"{stores}\n"
        "        add(record)\n"
        "    return tuple(built)\n"
    )
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<cache_codec build {kind.__name__}>", "exec"), namespace)  # noqa: S102 - our own generated source
    build = namespace["build"]
    return lambda rows: build(rows, object.__new__, kind)


_BUILDERS = {kind: _builder(kind) for kind in _RECORD_FIELDS.values()}


def _calls_from(payload: bytes) -> tuple[CallFact, ...]:
    """A file's calls from their encoded rows (the payload of a deferred field)."""
    return _BUILDERS[CallFact](pickle.loads(payload))  # type: ignore[no-any-return]


def _guards_from(payload: bytes) -> tuple[GuardFact, ...]:
    """A file's guards from their encoded rows (read by the gate and runtime-target stages for
    the files they look at only)."""
    return _BUILDERS[GuardFact](pickle.loads(payload))  # type: ignore[no-any-return]


def _imports_from(payload: bytes) -> tuple[ImportFact, ...]:
    """A file's imports (read again when the project's shape changes; otherwise the import edges
    and knowledge matches come from the per-file summaries)."""
    return _BUILDERS[ImportFact](pickle.loads(payload))  # type: ignore[no-any-return]


_DECODERS = {CallFact: _calls_from, GuardFact: _guards_from, ImportFact: _imports_from}
_TABLE = {FileFacts: _reduce_facts, _Rows: _reduce_rows}
