"""Import facts: every imported name resolved to an absolute dotted target, with the flags
(lazy, TYPE_CHECKING, guarded by try/except ImportError, star, dynamic) the import graph needs."""

from __future__ import annotations

import libcst as cst

from .expressions import dotted as _dotted
from .expressions import literal as _literal
from .expressions import literal_prefix as _literal_prefix
from ..records import NON_LITERAL, ImportFact
from .walker import Walker

__all__ = ["DYNAMIC_IMPORTS", "ImportFacts"]

DYNAMIC_IMPORTS = frozenset({"importlib.import_module", "__import__"})


class ImportFacts(Walker):
    def _import_flags(self) -> dict[str, bool]:
        return {
            "lazy": self._function_scope() is not None,
            "type_checking": self.type_checking > 0,
            "guarded": self.import_guarded > 0,
        }

    def _import(self, node: cst.Import) -> None:
        flags = self._import_flags()
        for alias in node.names:
            target = _dotted(alias.name)
            if not target:
                continue
            line, col = self._locate(target.split(".")[0])
            if alias.asname is not None and type(alias.asname.name) is cst.Name:
                local, bound = alias.asname.name.value, target
            else:
                local = bound = target.split(".")[0]
            self.imports.append(ImportFact(target=target, module=target, line=line, col=col, local=local, **flags))
            self.scope.names[local] = bound

    def _absolute(self, node: cst.ImportFrom) -> str:
        module = _dotted(node.module) if node.module is not None else ""
        level = len(node.relative)
        if not level:
            return module
        base = self.package
        for _ in range(level - 1):
            base = base.rpartition(".")[0]
        return ".".join(part for part in (base, module) if part)

    def _import_from(self, node: cst.ImportFrom) -> None:
        module = self._absolute(node)
        flags = self._import_flags()
        if type(node.names) is cst.ImportStar:
            line, col = self._locate("import")
            self.imports.append(ImportFact(target=module, module=module, line=line, col=col, star=True, **flags))
            return
        for alias in node.names:
            name = _dotted(alias.name)
            if not name:
                continue
            target = f"{module}.{name}" if module else name
            line, col = self._locate(name)
            local = alias.asname.name.value if alias.asname is not None and type(alias.asname.name) is cst.Name else name
            self.imports.append(ImportFact(target=target, module=module, line=line, col=col, local=local, **flags))
            self.scope.names[local] = target


    def _dynamic_import(self, argument: cst.BaseExpression, line: int, col: int) -> None:
        """``import_module('pkg.train')``; for a computed name, the literal package prefix
        (``f"models.{name}"`` certainly runs ``models/__init__.py``), flagged ``partial``."""
        literal = _literal(argument)
        if isinstance(literal, str) and literal != NON_LITERAL:
            target, partial = literal, False
        else:
            prefix = _literal_prefix(argument)
            target, partial = prefix.rpartition(".")[0], True
        if target and not target.startswith("."):
            self.imports.append(ImportFact(target=target, module=target, line=line, col=col, dynamic=True, partial=partial, **self._import_flags()))

