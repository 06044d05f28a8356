"""Task-ordering facts: ``a >> b``, ``a << b``, ``set_downstream`` / ``set_upstream`` and
Airflow ``chain(a, b, c)`` as (upstream call, downstream call) pairs."""

from __future__ import annotations

from collections.abc import Iterable

import libcst as cst

from .expressions import dotted as _dotted
from .expressions import is_chain as _is_chain
from ..records import FlowFact
from .walker import Walker

__all__ = ["FlowFacts"]


class FlowFacts(Walker):
    def _expression_statement(self, value: cst.BaseExpression) -> None:
        """An expression statement; ``a >> b``, ``a.set_downstream(b)`` and ``chain(a, b)``
        also record which task runs before which."""
        kind = type(value)
        ordering = kind is cst.BinaryOperation and type(value.operator) in (cst.RightShift, cst.LeftShift)  # type: ignore[attr-defined]
        if not ordering:
            func = value.func if kind is cst.Call else None  # type: ignore[attr-defined]
            word = func.attr.value if type(func) is cst.Attribute else func.value if type(func) is cst.Name else ""  # type: ignore[union-attr]
            if word not in ("set_downstream", "set_upstream", "chain"):
                self._expr(value)
                return
        self.call_ids = ids = {}
        first = len(self.calls)
        try:
            self._expr(value)
        finally:
            self.call_ids = None
        line = self.span[0]
        if ordering:
            self._flow_operators(value, ids, line)  # type: ignore[arg-type]
            return
        call = value  # type: ignore[assignment]
        func = call.func  # type: ignore[attr-defined]
        if type(func) is cst.Attribute and func.attr.value in ("set_downstream", "set_upstream") and call.args:  # type: ignore[attr-defined]
            receiver = self._tasks(func.value, ids)
            others = self._tasks(call.args[0].value, ids)  # type: ignore[attr-defined]
            pairs = [(r, o) for r in receiver for o in others]
            self._add_flows(pairs if func.attr.value == "set_downstream" else [(o, r) for r, o in pairs], line)
        elif first < len(self.calls) and _is_chain(self.calls[first].name):
            args = [arg.value for arg in call.args if arg.star == ""]  # type: ignore[attr-defined]
            for left, right in zip(args, args[1:]):
                if type(left) in (cst.List, cst.Tuple) and type(right) in (cst.List, cst.Tuple) and len(left.elements) == len(right.elements):
                    pairs = [p for a, b in zip(left.elements, right.elements) for p in self._pairs(a.value, b.value, ids)]
                else:
                    pairs = self._pairs(left, right, ids)
                self._add_flows(pairs, line)

    def _flow_operators(self, node: cst.BinaryOperation, ids: dict[int, int], line: int) -> None:
        for side in (node.left, node.right):
            if type(side) is cst.BinaryOperation and type(side.operator) in (cst.RightShift, cst.LeftShift):
                self._flow_operators(side, ids, line)
        pairs = self._pairs(node.left, node.right, ids)
        self._add_flows(pairs if type(node.operator) is cst.RightShift else [(b, a) for a, b in pairs], line)

    def _pairs(self, left: cst.BaseExpression, right: cst.BaseExpression, ids: dict[int, int]) -> list[tuple[int, int]]:
        return [(a, b) for a in self._tasks(left, ids) for b in self._tasks(right, ids)]

    def _tasks(self, node: cst.BaseExpression, ids: dict[int, int]) -> list[int]:
        """The tasks an ordering operand stands for, as call indices (``a >> b`` is ``b``)."""
        if type(node) is cst.BinaryOperation and type(node.operator) in (cst.RightShift, cst.LeftShift):
            return self._tasks(node.right, ids)
        if type(node) in (cst.List, cst.Tuple):
            return [task for element in node.elements for task in self._tasks(element.value, ids)]
        if type(node) is cst.Call:
            found = ids.get(id(node))
            return [] if found is None else [found]
        if type(node) in (cst.Name, cst.Attribute):
            found = self._result_of(_dotted(node))
            return [] if found is None else [found]
        return []

    def _add_flows(self, pairs: Iterable[tuple[int, int]], line: int) -> None:
        for upstream, downstream in pairs:
            if upstream != downstream:
                self.flows.append(FlowFact(upstream, downstream, line))
