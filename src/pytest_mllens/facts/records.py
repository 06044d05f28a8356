"""Per-file facts: everything the project stage and the checks may know about one file.

Facts are plain frozen records of strings, numbers and tuples so that they can be cached
and shipped between processes; no libcst node survives extraction. A check that needs
something not recorded here extends the extractor, it never re-parses a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Union

Literal = Union[str, int, float, bool, None]
"""A literal keyword value. Non-literal values are recorded as the string ``"<expr>"``."""

NON_LITERAL = "<expr>"


@dataclass(frozen=True)
class ImportFact:
    """One imported name, already resolved to an absolute dotted target.

    ``target`` is ``module.name`` for ``from module import name`` (the engine later
    decides whether that is a submodule or an attribute) and ``module`` for ``import module``.
    """

    target: str
    module: str
    line: int
    col: int
    lazy: bool = False
    type_checking: bool = False
    guarded: bool = False
    star: bool = False
    dynamic: bool = False
    local: str = ""
    """The name the import binds in the importing scope (``fit`` for ``from m import fit``,
    ``np`` for ``import numpy as np``); empty for star and dynamic imports."""
    partial: bool = False
    """A dynamic import whose name is computed (``import_module(f"models.{name}")``):
    ``target`` is only the literal package prefix that the import certainly runs."""


@dataclass(frozen=True)
class GuardFact:
    """A condition that decides whether later code runs.

    kinds: ``if`` (the code is inside the if/elif/else), ``exit`` (an earlier
    ``if cond: raise/return/exit`` in the same scope), ``assert``, ``with`` (a context
    manager such as ``kfp.dsl.Condition``) and ``while``.
    """

    kind: str
    line: int
    scope: str
    text: str
    metric: bool
    calls: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    body_end: int = 0
    """For an ``if`` with an ``else``/``elif`` part: the last line of its body. A call this
    guard holds on a later line runs in the ``else``/``elif`` part, when the test is false
    (which way a metric comparison decides a release, ``model/releases/gate_direction.py``)."""


@dataclass(frozen=True)
class CallFact:
    """A call site with its callee resolved through the file's imports and local types."""

    name: str
    resolved: bool
    line: int
    col: int
    scope: str
    keywords: tuple[tuple[str, Literal], ...] = ()
    positional: tuple[Literal, ...] = ()
    assigned_to: str = ""
    arg_names: tuple[str, ...] = ()
    keyword_names: tuple[tuple[str, tuple[str, ...]], ...] = ()
    guards: tuple[int, ...] = ()
    parent: int = -1
    references: tuple[tuple[str, str], ...] = ()
    """Arguments that name an imported or module-level object, resolved: pairs of
    (keyword, or ``""`` for a positional argument; qualified name), e.g.
    ``("python_callable", "demand.tasks.register_model")``."""
    receiver: str = ""
    """What a method is called on: the dotted variable (``register_step`` in
    ``register_step.run_after(evaluate_step)``) or ``#N`` for the result of call N
    (``deploy_op(...).after(check)``); for a plain call through a variable bound to a call's
    result (``serving_op(...)`` after ``serving_op = func_to_container_op(...)``), that
    variable; empty for other plain function calls."""

    @cached_property
    def method(self) -> str:
        """The last part of the callee's name (``fit`` for ``model.fit``); kept in the instance,
        since the project stages ask it of every call several times (``cached_property``
        writes the instance's ``__dict__``, so it works on a frozen record)."""
        return self.name.rpartition(".")[2]

    def keyword(self, name: str) -> Literal:
        for key, value in self.keywords:
            if key == name:
                return value
        return None

    def names_in_keyword(self, name: str) -> tuple[str, ...]:
        for key, names in self.keyword_names:
            if key == name:
                return names
        return ()

    def has_keyword(self, name: str) -> bool:
        return any(key == name for key, _ in self.keywords)

    def reference(self, keyword: str) -> str:
        """The resolved object passed as ``keyword=`` (``""`` when none was resolved)."""
        return next((name for key, name in self.references if key == keyword), "")


@dataclass(frozen=True)
class FlowFact:
    """A task ordering written in code: ``upstream`` runs before ``downstream``.

    Both are indices into :attr:`FileFacts.calls`: the call that created each task
    (``evaluate = PythonOperator(...)`` or a TaskFlow call ``check(metrics)``). Recorded
    from statement-level ``a >> b``, ``a << b``, ``a.set_downstream(b)``,
    ``b.set_upstream(a)`` and Airflow ``chain(a, b, c)``; lists fan out into one fact each.
    """

    upstream: int
    downstream: int
    line: int


@dataclass(frozen=True)
class FunctionFact:
    qualname: str
    line: int
    decorators: tuple[str, ...] = ()
    params: tuple[str, ...] = ()
    returns_comparison: bool = False
    exits_on_metric: bool = False
    """Raises or exits the process when a metric misses (an ``assert`` or ``if ...: raise``),
    so a call to it stops its caller's flow too."""
    is_method: bool = False
    returns: str = ""
    """The class of what it returns, qualified: its return annotation (``-> Trainer``) or the
    object its last statement returns (``return Trainer(...)``, ``trainer = Trainer(...)``
    then ``return trainer``); empty when unknown."""


@dataclass(frozen=True)
class ClassFact:
    qualname: str
    line: int
    bases: tuple[str, ...] = ()
    decorators: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileFacts:
    """What one parse of one file yields."""

    path: str
    module: str
    kind: str = "py"
    imports: tuple[ImportFact, ...] = ()
    calls: tuple[CallFact, ...] = ()
    guards: tuple[GuardFact, ...] = ()
    functions: tuple[FunctionFact, ...] = ()
    classes: tuple[ClassFact, ...] = ()
    flows: tuple[FlowFact, ...] = ()
    suppressions: tuple[tuple[int, tuple[str, ...]], ...] = ()
    file_suppressions: tuple[str, ...] = ()
    cells: tuple[tuple[int, int], ...] = ()
    error: str = ""
    cell_errors: tuple[tuple[int, str], ...] = ()
    """Notebooks: (cell number, reason) for each code cell left out because it is not Python;
    the rest of the notebook is analysed. Listed in the run's errors as ``path[cell N]``."""
    part_errors: tuple[tuple[str, str], ...] = ()
    """Deployment files: (part, reason) for each part a scanner could not read (its job order,
    build steps, ...); the file's other facts are kept. Listed as ``path[part]``."""
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    origin: str = ""
    """A file a notebook writes (``%%writefile``, see facts/written.py): that notebook's path;
    ``cells`` then maps its lines to the notebook's cells. Empty for files on disk."""
    written: tuple[FileFacts, ...] = ()
    """Notebooks: the facts of the files its ``%%writefile`` cells write."""

    def location(self, line: int) -> str:
        """``path:line`` for modules, ``path:cell N:line`` for notebooks and the files they write."""
        if self.cells and (self.kind == "ipynb" or self.origin):
            cell, cell_line = cell_position(self.cells, line)
            return f"{self.origin or self.path}:cell {cell}:{cell_line}"
        return f"{self.path}:{line}"


class _Deferred:
    """``FileFacts.calls``, ``guards`` and ``imports`` of facts loaded from the cache, decoded on first read.

    A run with one file changed loads every other file's facts, yet reads the calls of only some
    of them (the stages after extraction keep per-file summaries of which calls matter, see
    ``Knowledge.file_summary``); the calls are about 70 % of a file's facts. The cache's codec
    (``facts/cache_codec.py``) leaves them encoded in the instance's dictionary under
    ``_pending_calls`` as ``(decode, payload)``; this descriptor replaces that entry by
    ``decode(payload)`` the first time the field is read. It is a non-data descriptor, so facts
    built by ``__init__`` (the field in their dictionary) never reach it; equality, hashing,
    ``repr`` and ``dataclasses.replace`` read the field through it and see the same records."""

    __slots__ = ("name", "pending")

    def __init__(self, name: str) -> None:
        self.name = name
        self.pending = f"_pending_{name}"

    def __get__(self, instance: object, owner: type | None = None) -> tuple[object, ...]:
        if instance is None:
            return ()  # the field's default
        state = instance.__dict__
        pending = state.pop(self.pending, None)
        value = pending[0](pending[1]) if pending is not None else ()
        state[self.name] = value
        return value  # type: ignore[no-any-return]


DEFERRED_FIELDS = ("calls", "guards", "imports")
"""The record tuples of :class:`FileFacts` that the cache may leave encoded until first read."""
for _name in DEFERRED_FIELDS:
    setattr(FileFacts, _name, _Deferred(_name))
del _name


def cell_position(cells: tuple[tuple[int, int], ...], line: int) -> tuple[int, int]:
    """Map a line of a notebook's joined source to (cell number, line in that cell).

    ``cells`` holds, per code cell in order, its first line in the joined source and its
    1-based position among all the notebook's cells.
    """
    start, number = cells[0]
    for cell_start, cell_number in cells:
        if cell_start > line:
            break
        start, number = cell_start, cell_number
    return number, line - start + 1
