"""The check contract: what a check declares about itself and what it must return.

A check is a class with class attributes (id, name, lens references, rationale, fix hint,
typed options, bad/good examples) and one method, ``run``, that reads the project model
and yields :class:`~pytest_mllens.findings.Finding` records. It never parses a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from .findings import Finding

if TYPE_CHECKING:
    from .model.project import Project

__all__ = ["Check", "Example", "OptionSpec"]


@dataclass(frozen=True)
class OptionSpec:
    """A typed check option: ``kind`` is ``bool``, ``int``, ``str`` or ``list[str]``.

    For ``str`` and ``list[str]``: ``choices`` lists the only accepted values, and ``pattern``
    (``"qualified-name"``, ``"file"``, ``"path-or-module"``) makes each value a glob that
    ``[tool.mllens]`` validation rejects when it can never match.
    """

    kind: str
    default: Any
    doc: str
    choices: tuple[str, ...] = ()
    pattern: str = ""

    def problem(self, value: Any) -> str:
        """What was expected, or ``""`` when ``value`` fits."""
        if self.kind == "bool":
            return "" if isinstance(value, bool) else "boolean"
        if self.kind == "int":
            return "" if isinstance(value, int) and not isinstance(value, bool) else "integer"
        if self.kind == "str":
            return "" if isinstance(value, str) else "string"
        if self.kind == "list[str]":
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            return "" if ok else "list of strings"
        return f"a value of kind {self.kind}"

    def convert(self, value: Any) -> Any:
        return tuple(value) if self.kind == "list[str]" else value


@dataclass(frozen=True)
class Example:
    """A realistic snippet or small project and the findings a check must produce on it.

    ``files`` maps a relative path to its source (a single snippet is ``{"app.py": src}``).
    ``expect`` lists ``"path:line"`` for every finding; empty for a good example.
    """

    title: str
    files: Mapping[str, str]
    expect: tuple[str, ...] = ()
    config: Mapping[str, Any] = field(default_factory=dict)

    @property
    def good(self) -> bool:
        return not self.expect


class Check:
    """Base class for lens checks. Subclasses fill in the class attributes and ``run``."""

    id: ClassVar[str] = ""
    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    practices: ClassVar[tuple[str, ...]] = ()
    principle: ClassVar[str] = ""
    rationale: ClassVar[str] = ""
    fix: ClassVar[str] = ""
    looks_for: ClassVar[str] = ""
    """What counts as compliant, in full (documentation and ``--mllens-explain``), so that a
    finding's evidence can name the kinds briefly instead of repeating the whole list."""
    limitations: ClassVar[tuple[str, ...]] = ()
    options: ClassVar[Mapping[str, OptionSpec]] = {}
    examples: ClassVar[tuple[Example, ...]] = ()

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        values = {key: spec.convert(spec.default) for key, spec in self.options.items()}
        values.update(options or {})
        self.settings: Mapping[str, Any] = values

    def run(self, project: Project) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def finding(self, path: str, line: int, column: int, message: str, evidence: Iterable[str] = (), cell: int = 0) -> Finding:
        return Finding(path=path, line=line, column=column, check=self.name, message=message, evidence=tuple(evidence), cell=cell)
