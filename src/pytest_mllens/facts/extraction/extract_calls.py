"""Call and guard facts: every call with its resolved callee, literal keywords and the
conditions (if / early exit / assert / with / while) that decide whether it runs."""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import replace

import libcst as cst

from ..configs.deploy_config import launchers
from .expressions import dotted as _dotted
from .expressions import dotted_or_text as _dotted_or_text
from .expressions import literal as _literal
from .expressions import names_in as _names_in
from .expressions import short as _short
from .expressions import template_text as _template_text
from .expressions import path_join_text as _path_join_text
from .expressions import path_base as _path_base
from .expressions import config_key as _config_key
from .expressions import env_key as _env_key
from .expressions import collect as _collect
from .extract_imports import DYNAMIC_IMPORTS as _DYNAMIC_IMPORTS
from .lines import segment as _segment
from ..records import NON_LITERAL, CallFact, GuardFact, Literal
from .walker import Walker, with_assignment as _with_assignment

__all__ = ["CallFacts", "metric_tokens"]

_WORD = re.compile(r"[A-Za-z][a-z0-9]*|[0-9]+")
# sets of concrete operator types: isinstance against libcst's ABC-based classes is several times slower
_ORDERING = frozenset({cst.LessThan, cst.LessThanEqual, cst.GreaterThan, cst.GreaterThanEqual})
_EQUALITY = frozenset({cst.Equal, cst.NotEqual, cst.Is, cst.IsNot})
_EXIT_CALLS = frozenset({"sys.exit", "exit", "quit", "os._exit", "pytest.fail", "pytest.skip"})
_TYPE_CHECKING = frozenset({"TYPE_CHECKING", "typing.TYPE_CHECKING", "typing_extensions.TYPE_CHECKING"})
_KFP_ELSE = frozenset({"kfp.dsl.Else"})
_CALL_OR_NAME = (cst.Call, cst.Name)
_COMPUTED_STRING = frozenset({cst.FormattedString, cst.BinaryOperation})
_CONFIG_LOOKUP = frozenset({cst.Subscript, cst.Attribute, cst.BooleanOperation})
_COMPARISON = (cst.Comparison,)
_ARGV = frozenset({cst.List, cst.Tuple})
_NAME_OR_STRING = (cst.Name, cst.SimpleString)
# `f"challenger{i}"`, `f"candidate-{run_id}"`: a word, then what the f-string computes
_LABEL = re.compile(r"[A-Za-z]+[_-]?\{\}[A-Za-z0-9_{}-]{0,40}")
_FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,11}$")
_CHECK_SEGMENTS = os.environ.get("MLLENS_CHECK_SEGMENTS") == "1"  # a test aid: compare with libcst's rendering


def metric_tokens(text: str) -> list[str]:
    """Split an identifier or string into lower-case words: ``valAUC_score`` -> val, auc, score."""
    return [word.lower() for word in _WORD.findall(text)]


class CallFacts(Walker):
    """Calls and the guards around them."""

    # -- calls -------------------------------------------------------------------------------
    def _call(self, node: cst.Call) -> None:
        name, ok = self.resolve(node.func)
        keywords: list[tuple[str, Literal]] = []
        positional: list[Literal] = []
        arg_names: list[str] = []
        keyword_names: list[tuple[str, tuple[str, ...]]] = []
        references: list[tuple[str, str]] = []
        index = len(self.calls)
        for arg in node.args:
            expression, keyword = arg.value, arg.keyword
            value = _literal(expression)
            if value == NON_LITERAL and type(expression) in _COMPUTED_STRING:
                self._argument_text(index, expression, keyword.value if keyword is not None else str(len(positional)))
            elif type(expression) in _CONFIG_LOOKUP:
                self._argument_config(index, expression)
            if type(expression) is cst.Subscript:
                env = _env_key(expression)
                if env:  # `os.path.join(os.environ["AZUREML_MODEL_DIR"], "model.pkl")`
                    self.path_refs.append((self._scope_name(), f"#{index}", "env", env[:200]))
            names = _names_in(expression)
            if type(expression) is cst.Name or type(expression) is cst.Attribute:
                reference = self._reference(expression)
                if reference:
                    references.append((keyword.value if keyword is not None else "", reference))
            if keyword is not None:
                keywords.append((keyword.value, value))
                if value == NON_LITERAL:
                    keyword_names.append((keyword.value, tuple(dict.fromkeys(names))))
            elif arg.star == "":
                positional.append(value)
            elif arg.star == "**" and type(expression) is cst.Name and self.keyword_dicts:
                # `sm.list_model_packages(**kwargs)` where `kwargs = {"ModelApprovalStatus": "Approved", ...}`
                given = {k for k, _ in keywords}
                keywords.extend(e for e in self.keyword_dicts.get((self._scope_name(), expression.value), ()) if e[0] not in given)
            arg_names.extend(names)
        if node.args and node.args[0].keyword is None and name in launchers():
            self._command_text(index, node.args[0].value)
        method = name.rpartition(".")[2] if name else ""
        line, col = self._locate(method)
        receiver = ""
        if type(node.func) is cst.Attribute:
            # the receiver call, if any, is the next one recorded (walked right below)
            receiver = _dotted(node.func.value) or (f"#{index + 1}" if type(node.func.value) is cst.Call else "") or _keyed(node.func.value)
        elif type(node.func) is cst.Name and any(node.func.value in scope.types for scope in self.scopes):
            # `serving_op(...)` where `serving_op = func_to_container_op(...)`: the variable called
            receiver = node.func.value
        guards = (*self.guard_stack, *self.scopes[-1].exit_guards)
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
                receiver=receiver,
            )
        )
        if self.call_ids is not None:
            self.call_ids[id(node)] = index
        if type(node.func) is cst.Attribute and node.func.attr.value == "format" and type(node.func.value) is cst.SimpleString:
            self._format_text(index, node.func.value)
        if name in _DYNAMIC_IMPORTS and node.args:
            self._dynamic_import(node.args[0].value, line, col)
        self._expr(node.func if type(node.func) is not cst.Name else None)
        saved = self.call_parent
        self.call_parent = index
        for arg in node.args:
            self._expr(arg.value)
        self.call_parent = saved

    def _command_text(self, index: int, expression: cst.BaseExpression) -> None:
        """The command a launcher (``subprocess.run``, ``os.system``) is given when it is not a
        plain literal: an argument list of literal strings (``["uvicorn", "app:app"]``, kept
        shell-quoted) or a computed string (``f"cd {root} && uvicorn app:app"``, each computed
        part as ``{}``), bound to the pseudo-name ``#N:argv`` (call ``N``), so that what the
        launcher starts can be read (model/roles/launched_scripts.py)."""
        kind = type(expression)
        if kind in _ARGV:
            words: list[str] = []
            for element in expression.elements:  # type: ignore[attr-defined]
                value = _literal(element.value) if type(element) is cst.Element else NON_LITERAL
                if type(value) is not str or value == NON_LITERAL:
                    return
                words.append(value)
            text = shlex.join(words) if len(words) >= 2 else ""
        elif kind in _COMPUTED_STRING:
            text = _template_text(expression)
        else:
            return
        if text:
            self.strings.append((self._scope_name(), f"#{index}:argv", text[:1000]))

    def _argument_text(self, index: int, expression: cst.BaseExpression, slot: str) -> None:
        """A URL or path computed in a call's argument (``f"{host}/api/2.0/serving-endpoints"``,
        ``base + "/models:upload"``, ``ROOT / "artifacts/model.joblib"``): kept with the strings, bound to the pseudo-name ``#N``
        (call ``N``), so that a release reached through a REST route can read it. Only text
        that looks like a URL or path: messages (with spaces) are left out. A short label an
        f-string computes from a fixed leading word (``f"challenger{i}"``) is kept as well,
        bound to ``#N:<slot>`` (the keyword, or the position of a positional argument), so
        that a retire rule can read the word the label starts with."""
        text = _template_text(expression) or _path_join_text(expression, {})
        if text and type(expression) is cst.FormattedString and _LABEL.fullmatch(text):
            self.strings.append((self._scope_name(), f"#{index}:{slot}", text))
        elif text and ("/" in text or ":" in text) and not any(c.isspace() for c in text):
            self.strings.append((self._scope_name(), f"#{index}", text[:1000]))
            base = _path_base(expression) if text.startswith("{}") else ""
            if base:
                self.path_refs.append((self._scope_name(), f"#{index}", "base", base))

    def _format_text(self, index: int, string: cst.SimpleString) -> None:
        """A path ``str.format`` builds (``"models/prod-{}-{}.joblib".format(tag, version)``,
        ``"s3://{}/{}/model.h5".format(bucket, prefix)``), each field as ``{}``, bound to the
        pseudo-name ``#N`` of the format call itself, as an f-string's text is: the older
        spelling of a save or load path. Only text that looks like a path (a folder or an
        extension, no spaces)."""
        value = _literal(string)
        if type(value) is not str or value == NON_LITERAL or "{{" in value or "}}" in value:
            return
        text = _FORMAT_FIELD.sub("{}", value)
        if "{}" in text and not any(c.isspace() for c in text) and ("/" in text or _EXTENSION.search(text)):
            self.strings.append((self._scope_name(), f"#{index}", text[:1000]))

    def _argument_config(self, index: int, expression: cst.BaseExpression) -> None:
        """The config key an argument reads (``joblib.dump(model, cfg["paths"]["model"])``),
        bound to ``#N``: a file-based release whose path both sides take from one config."""
        key = _config_key(expression)
        if key:
            self.path_refs.append((self._scope_name(), f"#{index}", "config", key[:200]))

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
        negated = type(test) is cst.UnaryOperation and type(test.operator) is cst.Not
        if negated:
            self.negated_guards.append(index)
        self.guard_stack.append(index)
        self._suite(node.body)
        orelse = node.orelse
        if orelse is not None:
            # calls after the body's last line run only when the test is false
            self.guards[index] = replace(self.guards[index], body_end=self.span[1])
        if type(orelse) is cst.If:
            self._compound(orelse)
        elif type(orelse) is cst.Else:
            self._suite(orelse.body)
        self.guard_stack.pop()
        exit_kind = _exits(node.body, self)
        # `if not deploy_decision: return`: a flag test, kept so that the release flow can
        # follow the flag back to the step that computed it
        flag = _flag_test(test)
        if (metric or calls or flag) and exit_kind:
            self.span = header_span
            inner = test.expression if type(test) is cst.UnaryOperation else test
            if flag and not text and not (metric or calls) and type(inner) is not cst.Name:
                # `if not promotion["promoted"]: return`: the field read names the verdict
                text = _short(self._code(test))
            exit_index = self._add_guard("exit", test, metric, text, calls, names)
            if negated:
                self.negated_guards.append(exit_index)
            self.scope.exit_guards.append(exit_index)
            if exit_kind == "loop" and self.loop_exits:
                self.loop_exits[-1].append(exit_index)
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
        """The source of a guard's test, for :func:`short`: read from the text where the ast
        twin gives its position, else generated by libcst, which costs about as much per node
        as parsing it did. The two differ only in whitespace (libcst renders a lone node
        without the indentation of its block), which ``short`` folds away."""
        twin = self.tests.get(id(node))
        if twin is not None and not getattr(node, "lpar", None) and "\r" not in self.text:
            if self.raw_lines is None:
                self.raw_lines = self.text.split("\n")
            found = _segment(self.raw_lines, twin)
            if found is not None:
                if _CHECK_SEGMENTS:
                    assert self.module_node is not None
                    assert _short(found) == _short(self.module_node.code_for_node(node)), (found, self.module_node.code_for_node(node))
                return found
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
        for node in _collect(test, _CALL_OR_NAME):
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
            any(type(target.operator) in _ORDERING for target in child.comparisons)  # type: ignore[attr-defined]
            for child in _collect(node, _COMPARISON)
        ) or self._is_metric_comparison(node)

    def _is_metric_comparison(self, node: cst.BaseExpression) -> bool:
        for child in _collect(node, _COMPARISON):
            ordering = any(type(t.operator) in _ORDERING for t in child.comparisons)
            equality = any(type(t.operator) in _EQUALITY for t in child.comparisons)
            if not (ordering or equality) or _decides_nothing(child):
                continue
            words = self._words(child)
            if words & self.metric_words:
                return True
        return False

    def _words(self, node: cst.CSTNode) -> set[str]:
        words: set[str] = set()
        for child in _collect(node, _NAME_OR_STRING):
            if type(child) is cst.Name:
                words.update(metric_tokens(child.value))
                if child.value in self.scope.metric_vars:
                    words.add("metric")  # `candidate = run.data.metrics["rmse"]`: a metric, whatever its name
                typed = self._lookup(child.value)
                if typed and child.value in self.scope.types:
                    words.update(metric_tokens(typed.rpartition(".")[2]))
            elif type(child) is cst.SimpleString and not any(c.isspace() for c in child.value[1:-1]):
                # a key ("auc", "metrics.auc.value") names a metric; a sentence is a message
                # or a prompt (input("move to Production? [y/N]")), not an evaluation
                words.update(metric_tokens(child.value[:120]))
        return words


# `if production_model is None: promote() elif f1 > production_f1: promote()`: the first
# release of a champion/challenger gate, with no incumbent to beat yet, belongs to the gate
_INCUMBENT = frozenset({"production", "prod", "champion", "incumbent", "current", "deployed", "baseline", "best", "previous", "existing", "live"})


def _keyed(node: cst.BaseExpression) -> str:
    """``kwargs["model"]`` for a name read at one literal key (``""`` otherwise): a framework
    hands a callback its objects in a keyword dict, so the key says what the receiver is."""
    if type(node) is not cst.Subscript or type(node.value) is not cst.Name or len(node.slice) != 1:
        return ""
    key = node.slice[0].slice
    value = _literal(key.value) if type(key) is cst.Index else NON_LITERAL
    return f'{node.value.value}["{value}"]' if isinstance(value, str) and value != NON_LITERAL and value.isidentifier() else ""


def _decides_nothing(comparison: cst.Comparison) -> bool:
    """`rmse is None`, `auc != None`, `r2 > r2`: a test of whether a metric exists, or of a
    value against itself, names a metric and judges no quality. A None test of the incumbent
    (`production_model is None`) is the bootstrap branch of a comparison with it and stays."""
    operands = [comparison.left, *(target.comparator for target in comparison.comparisons)]
    if any(type(operand) is cst.Name and operand.value == "None" for operand in operands):
        return not any(
            _INCUMBENT.intersection(metric_tokens(child.value))
            for operand in operands
            for child in _collect(operand, (cst.Name,))
            if child.value != "None"  # type: ignore[attr-defined]
        )
    return len(operands) == 2 and operands[0].deep_equals(operands[1])


def _exits(body: cst.BaseSuite, extractor: Walker) -> str:
    """How this block leaves the flow: ``"raise"`` (raise, sys.exit: stops the caller too),
    ``"return"`` (stops only this function), ``"loop"`` (continue, break: stops only this
    loop's body; what follows the loop still runs), or ``""``."""
    for statement in body.body:
        smalls = statement.body if type(statement) is cst.SimpleStatementLine else [statement]
        for small in smalls:
            if type(small) is cst.Raise:
                return "raise"
            if type(small) is cst.Return:
                return "return"
            if type(small) in (cst.Continue, cst.Break):
                return "loop"
            if type(small) is cst.Expr and type(small.value) is cst.Call:
                name, _ = extractor.resolve(small.value.func)
                if name in _EXIT_CALLS:
                    return "raise"
    return ""


def _flag_test(test: cst.BaseExpression) -> bool:
    """``deploy_decision``, ``not deploy_decision``, or a field of one name read the same way
    (``not promotion["promoted"]``, ``not report.passed``): a verdict tested as a flag."""
    if type(test) is cst.UnaryOperation and type(test.operator) is cst.Not:
        test = test.expression
    if type(test) is cst.Name:
        return True
    if type(test) is cst.Subscript:
        return type(test.value) is cst.Name and len(test.slice) == 1 and type(test.slice[0].slice) is cst.Index and type(test.slice[0].slice.value) is cst.SimpleString
    return type(test) is cst.Attribute and type(test.value) is cst.Name
