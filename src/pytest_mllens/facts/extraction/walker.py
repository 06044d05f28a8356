"""The shared state of the one-pass fact extractor: scopes, name resolution and positions.

Every kind of fact (imports, calls and guards, definitions, task ordering) is extracted by a
mixin of :class:`Walker` in its own module; ``extract.py`` composes them and walks the
statements. They share this state because one libcst pass feeds them all.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import libcst as cst

from .expressions import CHILDREN as _CHILDREN
from .expressions import LEAVES as _LEAVES
from .expressions import dotted as _dotted
from .expressions import find_word as _find_word
from .lines import LogicalLine, Spans, Tests, scanned_spans, statement_spans
from ..records import CallFact, ClassFact, FlowFact, FunctionFact, GuardFact, ImportFact, Literal

__all__ = ["Scope", "Walker", "is_configured_copy", "with_assignment"]

_CALL, _ATTRIBUTE, _COMPARISON = cst.Call, cst.Attribute, cst.Comparison
_BODIES = (cst.Lambda, cst.FunctionDef)
_CONFIGURED_COPIES = frozenset({"with_options"})
"""Methods that return a configured copy of the step or task they are called on."""


@dataclass
class Scope:
    qualname: str
    names: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    exit_guards: list[int] = field(default_factory=list)
    gate_vars: set[str] = field(default_factory=set)
    metric_vars: set[str] = field(default_factory=set)
    """Names bound to a value read out of a metrics table (``candidate = run.data.metrics["rmse"]``):
    whatever they are called, comparing them compares a metric."""
    unresolved: set[str] = field(default_factory=set)
    """Names in ``types`` whose type came from a name no import or definition binds."""
    results: dict[str, int] = field(default_factory=dict)
    """Variable -> index of the call whose result it holds (``evaluate = PythonOperator(...)``)."""
    last_with: int = -1
    """The guard of the ``with`` statement just before the current one (for ``dsl.Else``)."""
    is_function: bool = False
    is_class: bool = False
    returns_comparison: bool = False
    exits_on_metric: bool = False


def is_configured_copy(node: cst.Call) -> bool:
    """``step.with_options(...)``: a call that returns the step it is called on, configured."""
    func = node.func
    return type(func) is cst.Attribute and func.attr.value in _CONFIGURED_COPIES


class Walker:
    """State and name resolution shared by the fact mixins; subclasses walk statements."""

    def __init__(
        self, text: str, module: str, is_package: bool, metric_words: frozenset[str], ast_tree: ast.Module | None = None, logical: list[LogicalLine] | None = None
    ) -> None:
        self.text = text
        self.ast_tree = ast_tree
        self.logical = logical
        self.lines = text.splitlines()
        self.module = module
        self.package = module if is_package else module.rpartition(".")[0]
        self.metric_words = metric_words
        self.scopes: list[Scope] = [Scope("")]
        self.guard_stack: list[int] = []
        # exit guards whose body only leaves the innermost loop (continue/break): dropped at the loop's end
        self.loop_exits: list[list[int]] = []
        self.imports: list[ImportFact] = []
        self.calls: list[CallFact] = []
        self.strings: list[tuple[str, str, str]] = []
        """(scope, variable, literal) of each string assigned to a name."""
        self.path_refs: list[tuple[str, str, str, str]] = []
        """(scope, variable or ``#N`` for call N's argument, kind, text) of what a path is
        built from: ``base`` the variable a computed path starts from (``MODEL_DIR`` in
        ``MODEL_DIR / "model.pkl"``), ``config`` the config key it reads (``paths.model``)."""
        self.constants: list[tuple[str, str, int]] = []
        """(scope, variable, line) of each number, bool or None assigned to a name."""
        self.metric_constants: list[tuple[str, str, int, int]] = []
        """Those of ``constants`` written inside a branch of a metric comparison of the same
        scope, with the line of the innermost such comparison."""
        self.annotated: list[tuple[str, str, str]] = []
        """(function, parameter, class) of each parameter annotated with a plain class name
        (``def evaluate(trainer: MyTrainer)``)."""
        self.negated_guards: list[int] = []
        """Indices of the ``if``/``exit`` guards whose test is ``not ...``: which way a flag
        test (``if rolled_back:`` against ``if not rolled_back:``) takes its branch."""
        self.keyword_dicts: dict[tuple[str, str], tuple[tuple[str, Literal], ...]] = {}
        """(scope, variable) -> the literal-keyed entries of ``kwargs = {"Key": value}`` or
        ``kwargs = dict(Key=value)``: not a fact; a call ``f(**kwargs)`` in that scope records
        them as its keywords."""
        self.keyword_dict_depth: dict[tuple[str, str], int] = {}
        """(scope, variable) -> how many guards enclosed the dict when it was built."""
        self.unpacked: list[tuple[str, int, tuple[str, ...]]] = []
        """(scope, call index, names) of each ``a, b = call(...)``."""
        self.decision_returns: list[tuple[str, tuple[int, ...]]] = []
        """(function, positions) of each ``return a, passed`` whose elements hold a metric decision."""
        self.aliases: list[tuple[str, str]] = []
        """(name, qualified name) of each imported object a module-level name is bound to."""
        self.guards: list[GuardFact] = []
        self.functions: list[FunctionFact] = []
        self.classes: list[ClassFact] = []
        self.span: tuple[int, int] = (1, 1)
        self.spans: Spans = {}
        self.tests: Tests = {}
        self.raw_lines: list[str] | None = None
        self.type_checking = 0
        self.import_guarded = 0
        self.call_parent = -1
        self.module_node: cst.Module | None = None
        self.flows: list[FlowFact] = []
        self.call_ids: dict[int, int] | None = None
        self.comparisons = 0
        """Comparisons walked so far: none walked in an expression means it holds none, so the
        questions about its comparisons need no second walk."""

    # -- entry ---------------------------------------------------------------------------
    def run(self, module: cst.Module) -> None:
        self.module_node = module
        spans = scanned_spans(module, self.text, self.logical, self.tests) if self.logical is not None else None
        self.spans = spans if spans is not None else statement_spans(module, self.text, self.ast_tree, self.tests)
        for statement in module.body:
            if type(statement) in (cst.FunctionDef, cst.ClassDef):
                name = statement.name.value
                self.scope.names[name] = f"{self.module}.{name}" if self.module else name
        self._block(module.body)

    # -- scopes and names ----------------------------------------------------------------
    @property
    def scope(self) -> Scope:
        return self.scopes[-1]

    def _function_scope(self) -> Scope | None:
        for scope in reversed(self.scopes):
            if scope.is_function:
                return scope
        return None

    def _lookup(self, name: str) -> str | None:
        return self._lookup_ok(name)[0]

    def _lookup_ok(self, name: str) -> tuple[str | None, bool]:
        """What ``name`` stands for, and whether that goes back to an import or definition."""
        scopes = self.scopes
        innermost = scopes[-1]
        for scope in reversed(scopes):
            if scope.is_class and scope is not innermost and not name.startswith("self."):
                continue
            found = scope.types.get(name)
            if found is not None:
                return found, name not in scope.unresolved
            found = scope.names.get(name)
            if found is not None:
                return found, True
        return None, False

    def _bind_type(self, target: str, qualname: str, ok: bool = True) -> None:
        owner = self.scope
        if target.startswith("self."):
            owner = next((scope for scope in reversed(self.scopes) if scope.is_class), self.scope)
        owner.types[target] = qualname
        if ok:
            owner.unresolved.discard(target)
        else:
            owner.unresolved.add(target)

    def _reference(self, node: cst.BaseExpression) -> str:
        """The qualified name of an imported or defined object named by ``node``, else ``""``."""
        dotted = _dotted(node)
        if not dotted:
            return ""
        head, _, rest = dotted.partition(".")
        for scope in reversed(self.scopes):
            if scope.is_class and scope is not self.scope:
                continue
            if head in scope.types or head in scope.results:
                return ""
            if head in scope.names:
                base = scope.names[head]
                return f"{base}.{rest}" if rest else base
        return ""

    def _result_of(self, name: str) -> int | None:
        for scope in reversed(self.scopes):
            if name in scope.results:
                return scope.results[name]
        return None

    def resolve(self, node: cst.BaseExpression) -> tuple[str, bool]:
        """Best-effort qualified name of an expression and whether it came from an import."""
        if type(node) is cst.Name:
            found, ok = self._lookup_ok(node.value)
            return (found, ok) if found else (node.value, False)
        if type(node) is cst.Attribute:
            dotted = _dotted(node)
            if dotted:
                found, ok = self._lookup_ok(dotted)
                if found:
                    return found, ok
            base, ok = self.resolve(node.value)
            attr = node.attr.value
            return (f"{base}.{attr}" if base else attr), ok
        if type(node) is cst.Call:
            if is_configured_copy(node):
                # `step.with_options(...)` returns the step, configured: calling that (or the
                # name it is bound to) runs the step itself (ZenML, Prefect)
                return self.resolve(node.func.value)  # type: ignore[attr-defined]
            return self.resolve(node.func)
        if type(node) is cst.Subscript:
            base, ok = self.resolve(node.value)
            return (f"{base}[]" if base else ""), ok
        return "", False

    # -- positions -------------------------------------------------------------------------
    def _locate(self, word: str) -> tuple[int, int]:
        """Line and 1-based column of ``word`` within the current statement's lines."""
        first, last = self.span
        if word:
            lines = self.lines
            for number in range(first, min(last, len(lines)) + 1):
                found = _find_word(lines[number - 1], word)
                if found >= 0:
                    return number, found + 1
        line = self.lines[first - 1] if 0 < first <= len(self.lines) else ""
        return first, len(line) - len(line.lstrip()) + 1


    # -- expressions -----------------------------------------------------------------------
    def _expr(self, node: cst.CSTNode | None) -> None:
        """Walk an expression, recording every call; only nodes that can hold one are visited."""
        kind = type(node)
        if kind in _LEAVES or node is None:  # most arguments and values are a name or a literal
            return
        if kind is _CALL:
            self._call(node)  # type: ignore[arg-type]
            return
        stack: list[cst.CSTNode] = [node]
        pop, push, extend = stack.pop, stack.append, stack.extend
        leaves, children_of, call, attribute, comparison = _LEAVES, _CHILDREN, _CALL, _ATTRIBUTE, _COMPARISON
        while stack:
            current = pop()
            kind = type(current)
            if kind in leaves:
                continue
            if kind is call:
                self._call(current)  # type: ignore[arg-type]
                continue
            if kind is attribute:
                push(current.value)  # type: ignore[attr-defined]
                continue
            children = children_of.get(kind)
            if children is not None:
                if kind is comparison:
                    self.comparisons += 1
                for attr in children:
                    value = getattr(current, attr)
                    if type(value) is tuple or type(value) is list:
                        extend(reversed(value))
                    elif value is not None:
                        push(value)
            elif kind in _BODIES:
                push(current.body)  # type: ignore[attr-defined]
            else:
                extend(reversed(current.children))

    def _scope_name(self) -> str:
        return self.scope.qualname

    # -- implemented by the composing extractor and its mixins ------------------------------
    def _block(self, body: Sequence[cst.CSTNode]) -> None:
        raise NotImplementedError

    def _suite(self, suite: cst.BaseSuite) -> None:
        self._block(suite.body)

    def _compound(self, node: cst.CSTNode) -> None:
        raise NotImplementedError

    def _call(self, node: cst.Call) -> None:
        raise NotImplementedError


def with_assignment(call: CallFact, target: str) -> CallFact:
    return replace(call, assigned_to=target)
