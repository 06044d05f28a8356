"""Definition facts: functions (decorators, parameters, whether they return a comparison or
stop the flow on a metric) and classes (bases, decorators, methods)."""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ..records import ClassFact, FunctionFact
from .walker import Scope, Walker

__all__ = ["DefinitionFacts"]


class DefinitionFacts(Walker):
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
                self._default(qualname, param.name.value, param.default)
        line, _ = self._locate(name)
        annotated = _class_name(self.resolve(node.returns.annotation)) if node.returns is not None else ""
        if not parent.is_class:
            parent.names[name] = f"{self.module}.{qualname}" if self.module else qualname
        scope = Scope(qualname, is_function=True)
        self.scopes.append(scope)
        self._bind_annotated(node.params, scope)
        saved_guards = self.guard_stack
        self.guard_stack = []
        self._suite(node.body)
        returns = annotated or self._returned_class(node, scope)
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
                returns=returns,
            )
        )

    def _bind_annotated(self, params: cst.Parameters, scope: Scope) -> None:
        """``def evaluate(trainer: MyTrainer)``: a parameter annotated with an imported or
        project class holds an instance of it. Kept apart (``annotated``, facts' extra) rather
        than typed into the calls: the release stage alone asks what a method called on the
        parameter (``trainer.push_to_hub()``) is, and no other stage's reading changes. Only a
        plain class name (``Trainer``, ``transformers.Trainer``); a union, an ``Optional`` or a
        string annotation says less and is left alone."""
        for param in (*params.posonly_params, *params.params, *params.kwonly_params):
            annotation = param.annotation.annotation if param.annotation is not None else None
            if type(annotation) is cst.Name or type(annotation) is cst.Attribute:
                name = _class_name(self.resolve(annotation))
                if name:
                    self.annotated.append((scope.qualname, param.name.value, name))

    def _default(self, qualname: str, name: str, default: cst.BaseExpression) -> None:
        """A parameter's default that may be a path (``model_dir=MODEL_DIR``,
        ``model_path="models/clf.pkl"``), kept with the path references as kind ``default``:
        a literal as ``=text``, a module constant by its name. What runs when the caller
        passes nothing: a predictor's constructor, a ``model_load()`` the route calls bare."""
        kind = type(default)
        if kind is cst.SimpleString:
            text = default.evaluated_value  # type: ignore[union-attr]
            if type(text) is str and 0 < len(text) <= 200 and not any(c.isspace() for c in text):
                self.path_refs.append((qualname, name, "default", f"={text}"))
        elif kind is cst.Name and default.value.isupper():  # type: ignore[union-attr]
            self.path_refs.append((qualname, name, "default", default.value))  # type: ignore[union-attr]

    def _returned_class(self, node: cst.FunctionDef, scope: Scope) -> str:
        """The class a factory function builds and returns as its last statement
        (``return Trainer(...)``, or ``trainer = Trainer(...)`` then ``return trainer``): only
        the last statement is read, so this costs nothing per node."""
        body = node.body.body
        last = body[-1] if body and type(node.body) is cst.IndentedBlock else None
        if type(last) is not cst.SimpleStatementLine or type(last.body[-1]) is not cst.Return:
            return ""
        value = last.body[-1].value
        if type(value) is cst.Call:
            return _class_name(self.resolve(value.func))
        if type(value) is cst.Name and value.value in scope.types and value.value not in scope.unresolved:
            return _class_name((scope.types[value.value], True))
        return ""

    def _class(self, node: cst.ClassDef) -> None:
        parent = self.scope
        bases = tuple(self.resolve(arg.value)[0] for arg in node.bases if arg.keyword is None)
        decorators = tuple(self.resolve(d.decorator)[0] for d in node.decorators)
        for decorator in node.decorators:
            self._expr(decorator.decorator)
        name = node.name.value
        qualname = f"{parent.qualname}.{name}" if parent.qualname else name
        line, _ = self._locate(name)
        scope = Scope(qualname, is_class=True)
        self.scopes.append(scope)
        first_call, first_guard = len(self.calls), len(self.guards)
        self._suite(node.body)
        self.scopes.pop()
        methods = tuple(
            statement.name.value
            for statement in node.body.body
            if type(statement) is cst.FunctionDef
        )
        self._bind_own_methods(qualname, methods, first_call, first_guard)
        self.classes.append(ClassFact(qualname, line, bases, decorators, methods))

    def _bind_own_methods(self, qualname: str, methods: tuple[str, ...], first_call: int, first_guard: int) -> None:
        """``self.promote(v)`` in a method of the class that defines ``promote``: the call names
        the project method (``module.Registry.promote``), as a call of a module function does,
        so a gate in one method (``if self.compare(run_id): self.promote(v)``) reaches the
        release inside another. Known only once the whole class is read (a method may be
        defined below its caller); an inherited method stays ``self.name``."""
        own = {f"self.{m}": f"{self.module}.{qualname}.{m}" if self.module else f"{qualname}.{m}" for m in methods}
        inside = f"{qualname}."
        names = set(methods)

        def in_own_method(scope: str) -> bool:  # not in a nested class, whose `self` is its own
            return scope.startswith(inside) and scope[len(inside):].partition(".")[0] in names

        for i in range(first_call, len(self.calls)):
            call = self.calls[i]
            bound = own.get(call.name)
            if bound is not None and in_own_method(call.scope):
                self.calls[i] = replace(call, name=bound, resolved=True)
        for i in range(first_guard, len(self.guards)):
            guard = self.guards[i]
            if in_own_method(guard.scope) and any(name in own for name in guard.calls):
                self.guards[i] = replace(guard, calls=tuple(own.get(name, name) for name in guard.calls))


def _class_name(resolved: tuple[str, bool]) -> str:
    """A resolved, qualified class-like name (``transformers.Trainer``), else ``""``."""
    name, ok = resolved
    return name if ok and "." in name and name.rpartition(".")[2][:1].isupper() else ""
