"""libcst's node constructors, the same but cheaper, while this process parses a batch of files.

libcst builds every node of a parsed tree by calling its class from the native parser: about
700,000 nodes for a 2.3 MB package. Each class is a frozen, slotted dataclass, whose generated
``__init__`` fetches ``object.__setattr__`` anew for every field and then calls
``__post_init__`` (libcst's validation, which :func:`extract._parse_checked` turns into a no-op
for text CPython has accepted). That Python code is a fifth of the whole parse.

:func:`fast_construction` gives each node class, for the duration of a batch, an ``__init__``
with the very same parameters, defaults and field values, built the way ``dataclasses`` builds
its own, except that ``object.__setattr__`` is bound once, and that the ``__post_init__`` call
is left out while :data:`STATE` says the validation is skipped anyway (see
``extract._parse_checked``). A class whose constructor is not the one ``dataclasses``
generated, or whose parameters do not match its fields one for one, keeps its own. Node objects
are identical either way (``tests/unit/test_fast_construction.py``); libcst's constructors are
put back when the outermost batch ends.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Iterator

__all__ = ["STATE", "fast_construction"]


class _State:
    """``skip_validation``: set by the parse while no other thread can build nodes; the fast
    constructors then do not call ``__post_init__`` (a no-op at that moment anyway)."""

    __slots__ = ("skip_validation",)

    def __init__(self) -> None:
        self.skip_validation = False


STATE = _State()
_LOCK = threading.Lock()
_depth = 0
_saved: dict[type, object] = {}
_built: dict[type, object] = {}


@contextlib.contextmanager
def fast_construction() -> Iterator[None]:
    """Within this block (re-entrant), libcst's node classes use the cheaper constructors."""
    global _depth
    with _LOCK:
        if _depth == 0:
            _install()
        _depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0:
                _restore()


def _install() -> None:
    if not _built:
        _build_all()
    for cls, init in _built.items():
        _saved[cls] = cls.__dict__["__init__"]
        cls.__init__ = init  # type: ignore[misc]


def _restore() -> None:
    for cls, init in _saved.items():
        cls.__init__ = init  # type: ignore[misc]
    _saved.clear()


def _node_classes() -> list[type]:
    from libcst._nodes.base import CSTNode

    found: list[type] = []
    stack = [CSTNode]
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub not in found:
                found.append(sub)
                stack.append(sub)
    return found


def _build_all() -> None:
    """Generate every class's constructor in one compiled text (a compile per class would cost
    more than a small batch saves)."""
    namespace: dict[str, object] = {"_set": object.__setattr__, "_state": STATE}
    sources: list[str] = []
    classes: list[type] = []
    for cls in _node_classes():
        source = _constructor(cls, len(classes), namespace)
        if source is not None:
            sources.append(source)
            classes.append(cls)
    exec(compile("\n".join(sources), "<mllens fast libcst constructors>", "exec"), namespace)  # noqa: S102 - our own generated text
    for number, cls in enumerate(classes):
        init = namespace[f"_init{number}"]
        init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
        init.__name__ = "__init__"  # type: ignore[attr-defined]
        _built[cls] = init


def _constructor(cls: type, number: int, namespace: dict[str, object]) -> str | None:
    """The text of the cheaper ``__init__`` of ``cls`` (named ``_init<number>``; its defaults
    and default factories go into ``namespace``), or None to keep the class's own."""
    original = cls.__dict__.get("__init__")
    code = getattr(original, "__code__", None)
    if code is None or code.co_filename != "<string>" or not dataclasses.is_dataclass(cls) or not hasattr(cls, "__post_init__"):
        return None  # not the constructor dataclasses generated
    fields = list(dataclasses.fields(cls))
    names = code.co_varnames[1 : code.co_argcount]
    if code.co_kwonlyargcount or code.co_flags & 0x0C or list(names) != [f.name for f in fields] or not all(f.init for f in fields):
        return None  # keyword-only, *args / **kwargs, or parameters other than the fields
    defaults = original.__defaults__ or ()  # type: ignore[union-attr]
    required = len(names) - len(defaults)
    signature, lines = [], []
    for n, (name, f) in enumerate(zip(names, fields)):
        key = f"_{number}_{n}"
        if n < required:
            signature.append(name)
        else:
            namespace[f"_d{key}"] = defaults[n - required]
            signature.append(f"{name}=_d{key}")
        if f.default_factory is not dataclasses.MISSING:
            if n < required:
                return None
            namespace[f"_f{key}"] = f.default_factory
            lines.append(f"    _set(self, {name!r}, _f{key}() if {name} is _d{key} else {name})")
        else:
            lines.append(f"    _set(self, {name!r}, {name})")
    lines.append("    if not _state.skip_validation:")
    lines.append("        self.__post_init__()")
    return f"def _init{number}(self, {', '.join(signature)}):\n" + "\n".join(lines) + "\n"
