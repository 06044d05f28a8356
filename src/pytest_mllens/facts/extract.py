"""One libcst parse per file, turned into a :class:`FileFacts` record.

The walker visits statements and only the expression nodes that can hold a call, a
comparison or a name; it resolves names from the file's own imports and from simple
local assignments (``model = Model(...)`` makes ``model.deploy`` resolve to
``sagemaker.model.Model.deploy``). It never imports or executes the analysed code.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import libcst as cst

from .records import (
    NON_LITERAL,
    CallFact,
    ClassFact,
    FileFacts,
    FlowFact,
    FunctionFact,
    GuardFact,
    ImportFact,
    Literal,
)
from .expressions import CHILDREN as _CHILDREN
from .expressions import LEAVES as _LEAVES
from .expressions import dotted as _dotted
from .expressions import dotted_or_text as _dotted_or_text
from .expressions import is_chain as _is_chain
from .expressions import literal as _literal
from .expressions import literal_prefix as _literal_prefix
from .expressions import names_in as _names_in
from .expressions import short as _short
from .expressions import walk_all as _walk_all
from .expressions import word_pattern as _word_pattern
from .lines import Spans, statement_spans
from .source import SourceError, decode_source
from .suppressions import suppressions as _suppressions

__all__ = ["SourceError", "decode_source", "extract_facts", "metric_tokens"]

_WORD = re.compile(r"[A-Za-z][a-z0-9]*|[0-9]+")
_ORDERING = (cst.LessThan, cst.LessThanEqual, cst.GreaterThan, cst.GreaterThanEqual)
_EQUALITY = (cst.Equal, cst.NotEqual, cst.Is, cst.IsNot)
_EXIT_CALLS = frozenset({"sys.exit", "exit", "quit", "os._exit", "pytest.fail", "pytest.skip"})
_TYPE_CHECKING = frozenset({"TYPE_CHECKING", "typing.TYPE_CHECKING", "typing_extensions.TYPE_CHECKING"})
_DYNAMIC_IMPORTS = frozenset({"importlib.import_module", "__import__"})
_KFP_ELSE = frozenset({"kfp.dsl.Else"})


def metric_tokens(text: str) -> list[str]:
    """Split an identifier or string into lower-case words: ``valAUC_score`` -> val, auc, score."""
    return [word.lower() for word in _WORD.findall(text)]


@dataclass
class _Scope:
    qualname: str
    names: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    exit_guards: list[int] = field(default_factory=list)
    gate_vars: set[str] = field(default_factory=set)
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


class _Extractor:
    def __init__(self, text: str, module: str, is_package: bool, metric_words: frozenset[str], ast_tree: ast.Module | None = None) -> None:
        self.text = text
        self.ast_tree = ast_tree
        self.lines = text.splitlines()
        self.module = module
        self.package = module if is_package else module.rpartition(".")[0]
        self.metric_words = metric_words
        self.scopes: list[_Scope] = [_Scope("")]
        self.guard_stack: list[int] = []
        self.imports: list[ImportFact] = []
        self.calls: list[CallFact] = []
        self.guards: list[GuardFact] = []
        self.functions: list[FunctionFact] = []
        self.classes: list[ClassFact] = []
        self.span: tuple[int, int] = (1, 1)
        self.spans: Spans = {}
        self.type_checking = 0
        self.import_guarded = 0
        self.call_parent = -1
        self.module_node: cst.Module | None = None
        self.flows: list[FlowFact] = []
        self.call_ids: dict[int, int] | None = None

    # -- entry ---------------------------------------------------------------------------
    def run(self, module: cst.Module) -> None:
        self.module_node = module
        self.spans = statement_spans(module, self.text, self.ast_tree)
        for statement in module.body:
            if type(statement) in (cst.FunctionDef, cst.ClassDef):
                name = statement.name.value
                self.scope.names[name] = f"{self.module}.{name}" if self.module else name
        self._block(module.body)

    # -- scopes and names ----------------------------------------------------------------
    @property
    def scope(self) -> _Scope:
        return self.scopes[-1]

    def _function_scope(self) -> _Scope | None:
        for scope in reversed(self.scopes):
            if scope.is_function:
                return scope
        return None

    def _lookup(self, name: str) -> str | None:
        return self._lookup_ok(name)[0]

    def _lookup_ok(self, name: str) -> tuple[str | None, bool]:
        """What ``name`` stands for, and whether that goes back to an import or definition."""
        for scope in reversed(self.scopes):
            if scope.is_class and scope is not self.scope and not name.startswith("self."):
                continue
            if name in scope.types:
                return scope.types[name], name not in scope.unresolved
            if name in scope.names:
                return scope.names[name], True
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
            pattern = _word_pattern(word)
            for number in range(first, min(last, len(self.lines)) + 1):
                found = pattern.search(self.lines[number - 1])
                if found:
                    return number, found.start() + 1
        line = self.lines[first - 1] if 0 < first <= len(self.lines) else ""
        return first, len(line) - len(line.lstrip()) + 1

    # -- statements ------------------------------------------------------------------------
    def _block(self, body: Sequence[cst.CSTNode]) -> None:
        for statement in body:
            if type(statement) is not cst.With:
                self.scope.last_with = -1
            span = self.spans.get(id(statement))
            if span is not None:
                self.span = span
            if type(statement) is cst.SimpleStatementLine:
                for small in statement.body:
                    small_span = self.spans.get(id(small))
                    if small_span is not None:
                        self.span = small_span
                    self._small(small)
            elif isinstance(statement, cst.BaseSmallStatement):
                self._small(statement)
            else:
                self._compound(statement)

    def _suite(self, suite: cst.BaseSuite) -> None:
        self._block(suite.body)

    def _small(self, node: cst.CSTNode) -> None:
        if type(node) is cst.Import:
            self._import(node)
        elif type(node) is cst.ImportFrom:
            self._import_from(node)
        elif type(node) is cst.Assign:
            target = _dotted(node.targets[0].target) if len(node.targets) == 1 else ""
            self._assignment(target, node.value)
        elif type(node) is cst.AnnAssign:
            if node.value is not None:
                self._assignment(_dotted(node.target), node.value)
        elif type(node) is cst.AugAssign:
            self._expr(node.value)
        elif type(node) is cst.Expr:
            self._expression_statement(node.value)
        elif type(node) is cst.Return:
            if node.value is not None:
                if self._is_comparison(node.value):
                    scope = self._function_scope()
                    if scope is not None:
                        scope.returns_comparison = True
                self._expr(node.value)
        elif type(node) is cst.Assert:
            metric, text, calls, names = self._test_facts(node.test)
            self._expr(node.test)
            if metric:
                index = self._add_guard("assert", node.test, metric, text, calls, names)
                self.scope.exit_guards.append(index)
                self._mark_exit_on_metric()
        elif type(node) is cst.Raise:
            if node.exc is not None:
                self._expr(node.exc)
        elif type(node) in (cst.Del, cst.Global, cst.Nonlocal, cst.Pass, cst.Break, cst.Continue):
            return

    def _assignment(self, target: str, value: cst.BaseExpression) -> None:
        index = len(self.calls)
        self._expr(value)
        if not target:
            return
        if type(value) is cst.Call:
            name, ok = self.resolve(value)
            if name:
                self._bind_type(target, name, ok)
            # the outermost call is the first one recorded for this statement
            if index < len(self.calls):
                self.calls[index] = _with_assignment(self.calls[index], target)
                self.scope.results[target] = index
        elif type(value) in (cst.Name, cst.Attribute):
            name, ok = self.resolve(value)
            if ok:
                self._bind_type(target, name)
        if self._is_metric_comparison(value):
            self.scope.gate_vars.add(target)

    def _compound(self, node: cst.CSTNode) -> None:
        if type(node) is cst.FunctionDef:
            self._function(node)
        elif type(node) is cst.ClassDef:
            self._class(node)
        elif type(node) is cst.If:
            self._if(node)
        elif type(node) is cst.Try:
            self._try(node)
        elif type(node) is cst.TryStar:
            self._suite(node.body)
            for star_handler in node.handlers:
                self._suite(star_handler.body)
            if node.orelse is not None:
                self._suite(node.orelse.body)
            if node.finalbody is not None:
                self._suite(node.finalbody.body)
        elif type(node) is cst.With:
            self._with(node)
        elif type(node) is cst.For:
            self._expr(node.iter)
            self._suite(node.body)
            if node.orelse is not None:
                self._suite(node.orelse.body)
        elif type(node) is cst.While:
            metric, text, calls, names = self._test_facts(node.test)
            self._expr(node.test)
            index = self._add_guard("while", node.test, metric, text, calls, names)
            self.guard_stack.append(index)
            self._suite(node.body)
            self.guard_stack.pop()
            if node.orelse is not None:
                self._suite(node.orelse.body)
        elif type(node) is cst.Match:
            self._expr(node.subject)
            for case in node.cases:
                self._suite(case.body)

    def _function(self, node: cst.FunctionDef) -> None:
        parent = self.scope
        decorators = tuple(self.resolve(d.decorator)[0] for d in node.decorators)
        for decorator in node.decorators:
            self._expr(decorator.decorator)
        name = node.name.value
        qualname = f"{parent.qualname}.{name}" if parent.qualname else name
        params = tuple(p.name.value for p in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params))
        for param in (*node.params.params, *node.params.kwonly_params):
            if param.default is not None:
                self._expr(param.default)
        line, _ = self._locate(name)
        if not parent.is_class:
            parent.names[name] = f"{self.module}.{qualname}" if self.module else qualname
        scope = _Scope(qualname, is_function=True)
        self.scopes.append(scope)
        saved_guards = self.guard_stack
        self.guard_stack = []
        self._suite(node.body)
        self.guard_stack = saved_guards
        self.scopes.pop()
        self.functions.append(
            FunctionFact(
                qualname=qualname,
                line=line,
                decorators=decorators,
                params=params,
                returns_comparison=scope.returns_comparison,
                exits_on_metric=scope.exits_on_metric,
                is_method=parent.is_class,
            )
        )

    def _class(self, node: cst.ClassDef) -> None:
        parent = self.scope
        bases = tuple(self.resolve(arg.value)[0] for arg in node.bases if arg.keyword is None)
        decorators = tuple(self.resolve(d.decorator)[0] for d in node.decorators)
        for decorator in node.decorators:
            self._expr(decorator.decorator)
        name = node.name.value
        qualname = f"{parent.qualname}.{name}" if parent.qualname else name
        line, _ = self._locate(name)
        scope = _Scope(qualname, is_class=True)
        self.scopes.append(scope)
        self._suite(node.body)
        self.scopes.pop()
        methods = tuple(
            statement.name.value
            for statement in node.body.body
            if type(statement) is cst.FunctionDef
        )
        self.classes.append(ClassFact(qualname, line, bases, decorators, methods))

    def _if(self, node: cst.If) -> None:
        header_span = self.span
        test = node.test
        test_name, _ = self.resolve(test) if type(test) in (cst.Name, cst.Attribute) else ("", False)
        if test_name in _TYPE_CHECKING:
            self.type_checking += 1
            self._suite(node.body)
            self.type_checking -= 1
            if type(node.orelse) is cst.Else:
                self._suite(node.orelse.body)
            return
        metric, text, calls, names = self._test_facts(test)
        self._expr(test)
        index = self._add_guard("if", test, metric, text, calls, names)
        self.guard_stack.append(index)
        self._suite(node.body)
        orelse = node.orelse
        if type(orelse) is cst.If:
            self._compound(orelse)
        elif type(orelse) is cst.Else:
            self._suite(orelse.body)
        self.guard_stack.pop()
        exit_kind = _exits(node.body, self)
        if (metric or calls) and exit_kind:
            self.span = header_span
            exit_index = self._add_guard("exit", test, metric, text, calls, names)
            self.scope.exit_guards.append(exit_index)
            if metric and exit_kind == "raise":
                self._mark_exit_on_metric()

    def _try(self, node: cst.Try) -> None:
        catches_import_error = any(
            handler.type is None
            or any(word in _dotted_or_text(handler.type) for word in ("ImportError", "ModuleNotFoundError", "Exception"))
            for handler in node.handlers
        )
        if catches_import_error:
            self.import_guarded += 1
        self._suite(node.body)
        if catches_import_error:
            self.import_guarded -= 1
        for handler in node.handlers:
            self._suite(handler.body)
        if node.orelse is not None:
            self._suite(node.orelse.body)
        if node.finalbody is not None:
            self._suite(node.finalbody.body)

    def _with(self, node: cst.With) -> None:
        pushed = 0
        own = -1
        for item in node.items:
            first_call = len(self.calls)
            self._expr(item.item)
            if type(item.item) is cst.Call:
                name, ok = self.resolve(item.item)
                if item.asname is not None and type(item.asname.name) in (cst.Name, cst.Attribute):
                    target = _dotted(item.asname.name)
                    if target and name:
                        self._bind_type(target, name, ok)
                    if target and first_call < len(self.calls):
                        self.calls[first_call] = _with_assignment(self.calls[first_call], target)
                previous = self.scope.last_with
                if name in _KFP_ELSE and previous >= 0:
                    # `with dsl.Else():` runs only when the dsl.If/Elif just before it is false
                    before = self.guards[previous]
                    text = f"dsl.Else() after `with {before.text}`"
                    index = self._add_guard("with", item.item, before.metric, text, (name, *before.calls), before.names)
                else:
                    metric, text, calls, names = self._test_facts(item.item)
                    index = self._add_guard("with", item.item, metric, text, (name, *calls), names)
                self.guard_stack.append(index)
                own = index
                pushed += 1
        self._suite(node.body)
        for _ in range(pushed):
            self.guard_stack.pop()
        self.scope.last_with = own


    # -- imports ---------------------------------------------------------------------------
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

    # -- expressions -----------------------------------------------------------------------
    def _expr(self, node: cst.CSTNode | None) -> None:
        """Walk an expression, recording every call; only nodes that can hold one are visited."""
        if node is None:
            return
        stack: list[cst.CSTNode] = [node]
        while stack:
            current = stack.pop()
            kind = type(current)
            if kind in _LEAVES:
                continue
            if kind is cst.Call:
                self._call(current)  # type: ignore[arg-type]
                continue
            if kind is cst.Attribute:
                stack.append(current.value)  # type: ignore[attr-defined]
                continue
            if kind in (cst.Lambda, cst.FunctionDef):
                stack.append(current.body)  # type: ignore[attr-defined]
                continue
            children = _CHILDREN.get(kind)
            if children is not None:
                for attr in children:
                    value = getattr(current, attr)
                    if isinstance(value, (tuple, list)):
                        stack.extend(reversed(value))
                    elif value is not None:
                        stack.append(value)
            else:
                stack.extend(reversed(current.children))

    def _call(self, node: cst.Call) -> None:
        name, ok = self.resolve(node.func)
        keywords: list[tuple[str, Literal]] = []
        positional: list[Literal] = []
        arg_names: list[str] = []
        keyword_names: list[tuple[str, tuple[str, ...]]] = []
        references: list[tuple[str, str]] = []
        for arg in node.args:
            value = _literal(arg.value)
            names = _names_in(arg.value)
            if type(arg.value) in (cst.Name, cst.Attribute):
                reference = self._reference(arg.value)
                if reference:
                    references.append((arg.keyword.value if arg.keyword is not None else "", reference))
            if arg.keyword is not None:
                keywords.append((arg.keyword.value, value))
                if value == NON_LITERAL:
                    keyword_names.append((arg.keyword.value, tuple(dict.fromkeys(names))))
            elif arg.star == "":
                positional.append(value)
            arg_names.extend(names)
        method = name.rpartition(".")[2] if name else ""
        line, col = self._locate(method)
        index = len(self.calls)
        guards = tuple(self.guard_stack) + tuple(self.scope.exit_guards)
        self.calls.append(
            CallFact(
                name=name,
                resolved=ok,
                line=line,
                col=col,
                scope=self._scope_name(),
                keywords=tuple(keywords),
                positional=tuple(positional),
                arg_names=tuple(dict.fromkeys(arg_names)),
                keyword_names=tuple(keyword_names),
                guards=guards,
                parent=self.call_parent,
                references=tuple(references),
            )
        )
        if self.call_ids is not None:
            self.call_ids[id(node)] = index
        if name in _DYNAMIC_IMPORTS and node.args:
            self._dynamic_import(node.args[0].value, line, col)
        self._expr(node.func if type(node.func) is not cst.Name else None)
        saved = self.call_parent
        self.call_parent = index
        for arg in node.args:
            self._expr(arg.value)
        self.call_parent = saved

    def _scope_name(self) -> str:
        return self.scope.qualname

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

    # -- task ordering -----------------------------------------------------------------------
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

    # -- guards ----------------------------------------------------------------------------
    def _add_guard(
        self,
        kind: str,
        test: cst.BaseExpression,
        metric: bool,
        text: str,
        calls: tuple[str, ...],
        names: tuple[str, ...],
    ) -> int:
        if (metric or calls) and not text:
            text = _short(self._code(test))
        first, _ = self.span
        self.guards.append(GuardFact(kind, first, self._scope_name(), text, metric, calls, names))
        return len(self.guards) - 1

    def _code(self, node: cst.CSTNode) -> str:
        assert self.module_node is not None
        return self.module_node.code_for_node(node)

    def _mark_exit_on_metric(self) -> None:
        scope = self._function_scope()
        if scope is not None:
            scope.exits_on_metric = True

    def _test_facts(self, test: cst.BaseExpression) -> tuple[bool, str, tuple[str, ...], tuple[str, ...]]:
        """Is ``test`` a metric comparison, and which calls and names does it use?"""
        calls: list[str] = []
        names: list[str] = []
        metric = self._is_metric_comparison(test)
        for node in _walk_all(test):
            if type(node) is cst.Call:
                name, _ = self.resolve(node.func)
                if name:
                    calls.append(name)
            elif type(node) is cst.Name:
                names.append(node.value)
                if node.value in self.scope.gate_vars:
                    metric = True
                typed = self.scope.types.get(node.value)
                if typed and typed not in calls:
                    calls.append(typed)
        return metric, "", tuple(dict.fromkeys(calls)), tuple(dict.fromkeys(names))

    def _is_comparison(self, node: cst.BaseExpression) -> bool:
        return any(
            type(child) is cst.Comparison
            and any(isinstance(target.operator, _ORDERING) for target in child.comparisons)
            for child in _walk_all(node)
        ) or self._is_metric_comparison(node)

    def _is_metric_comparison(self, node: cst.BaseExpression) -> bool:
        for child in _walk_all(node):
            if type(child) is not cst.Comparison:
                continue
            ordering = any(isinstance(t.operator, _ORDERING) for t in child.comparisons)
            equality = any(isinstance(t.operator, _EQUALITY) for t in child.comparisons)
            if not (ordering or equality):
                continue
            words = self._words(child)
            if words & self.metric_words:
                return True
        return False

    def _words(self, node: cst.CSTNode) -> set[str]:
        words: set[str] = set()
        for child in _walk_all(node):
            if type(child) is cst.Name:
                words.update(metric_tokens(child.value))
                typed = self._lookup(child.value)
                if typed and child.value in self.scope.types:
                    words.update(metric_tokens(typed.rpartition(".")[2]))
            elif type(child) is cst.SimpleString and not any(c.isspace() for c in child.value[1:-1]):
                # a key ("auc", "metrics.auc.value") names a metric; a sentence is a message
                # or a prompt (input("move to Production? [y/N]")), not an evaluation
                words.update(metric_tokens(child.value[:120]))
        return words


def _with_assignment(call: CallFact, target: str) -> CallFact:
    return replace(call, assigned_to=target)


def _exits(body: cst.BaseSuite, extractor: _Extractor) -> str:
    """How this block leaves the flow: ``"raise"`` (raise, sys.exit: stops the caller too),
    ``"return"`` (return, continue, break: stops only this function or loop), or ``""``."""
    for statement in body.body:
        smalls = statement.body if type(statement) is cst.SimpleStatementLine else [statement]
        for small in smalls:
            if type(small) is cst.Raise:
                return "raise"
            if type(small) in (cst.Return, cst.Continue, cst.Break):
                return "return"
            if type(small) is cst.Expr and type(small.value) is cst.Call:
                name, _ = extractor.resolve(small.value.func)
                if name in _EXIT_CALLS:
                    return "raise"
    return ""


def extract_facts(
    text: str,
    *,
    path: str,
    module: str,
    is_package: bool = False,
    metric_words: frozenset[str] = frozenset(),
    kind: str = "py",
) -> FileFacts:
    """Parse ``text`` once with libcst and return its facts (or an error record).

    CPython's own parser runs first: it is about eight times faster than libcst, gives the
    statement line spans, and refuses cleanly the pathological nesting on which libcst's
    native parser overflows the C stack (a segfault no ``except`` can catch) or runs for
    minutes. A file that ``ast`` rejects for other reasons still goes to libcst, which
    knows syntax newer than the running interpreter.
    """
    def failed(message: str) -> FileFacts:
        return FileFacts(path=path, module=module, kind=kind, error=message)

    ast_tree: ast.Module | None = None
    ast_error: SyntaxError | None = None
    try:
        ast_tree = ast.parse(text)
    except SyntaxError as error:
        if "too many nested" in str(error.msg):
            return failed("too deeply nested to parse; not analysed")
        ast_error = error
    except (RecursionError, MemoryError):
        return failed("too deeply nested to parse; not analysed")
    except UnicodeEncodeError:
        return failed("not valid Unicode (lone surrogate); not analysed")
    except ValueError as error:  # e.g. source code string cannot contain null bytes
        return failed(f"cannot be parsed: {error}; not analysed")
    try:
        tree = cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        if ast_tree is not None:
            return failed(f"valid Python that libcst cannot parse (line {exc.raw_line}: {exc.message}); not analysed")
        if ast_error is not None:
            return failed(f"syntax error at line {ast_error.lineno}: {ast_error.msg}")
        return failed(f"syntax error at line {exc.raw_line}: {exc.message}")
    except RecursionError:
        return failed("too deeply nested to parse; not analysed")
    except UnicodeEncodeError:
        return failed("not valid Unicode (lone surrogate); not analysed")
    except Exception as exc:  # noqa: BLE001 - e.g. CSTValidationError on identifiers libcst's Unicode tables lack
        return failed(f"libcst cannot parse it ({exc.__class__.__name__}: {exc}); not analysed")
    extractor = _Extractor(text, module, is_package, metric_words, ast_tree)
    try:
        extractor.run(tree)
    except RecursionError:
        return failed("too deeply nested to analyse")
    except Exception as exc:  # noqa: BLE001 - one odd file must not take the run down; say so loudly
        return failed(f"internal error while analysing this file, please report it: {exc.__class__.__name__}: {exc}")
    per_line, whole = _suppressions(text)
    return FileFacts(
        path=path,
        module=module,
        kind=kind,
        imports=tuple(extractor.imports),
        calls=tuple(extractor.calls),
        guards=tuple(extractor.guards),
        functions=tuple(extractor.functions),
        classes=tuple(extractor.classes),
        flows=tuple(extractor.flows),
        suppressions=per_line,
        file_suppressions=whole,
    )
