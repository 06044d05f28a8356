"""One libcst parse per file, turned into a :class:`FileFacts` record.

The walker visits statements and only the expression nodes that can hold a call, a
comparison or a name; it resolves names from the file's own imports and from simple
local assignments (``model = Model(...)`` makes ``model.deploy`` resolve to
``sagemaker.model.Model.deploy``). It never imports or executes the analysed code.
"""

from __future__ import annotations

import ast
import threading
import unicodedata
from collections.abc import Callable, Sequence

import libcst as cst

from .expressions import dotted as _dotted
from .expressions import literal as _literal_of
from .expressions import config_key, env_key, names_in, path_base, path_join_text, template_text
from .extract_calls import CallFacts, metric_tokens
from .extract_definitions import DefinitionFacts
from .extract_flow import FlowFacts
from .extract_imports import ImportFacts
from .lines import COMPOUND as _COMPOUND
from .lines import LogicalLine, logical_lines
from ..records import NON_LITERAL, FileFacts, Literal
from ..source import SourceError, decode_source, parse_quietly, template_as_python
from ..suppressions import suppression_comments
from ..suppressions import suppressions as _suppressions
from .walker import is_configured_copy
from .walker import with_assignment as _with_assignment

__all__ = ["SourceError", "decode_source", "extract_facts", "metric_tokens"]

_WITH, _SIMPLE_LINE, _EXPR, _ASSIGN = cst.With, cst.SimpleStatementLine, cst.Expr, cst.Assign


class _Extractor(ImportFacts, DefinitionFacts, CallFacts, FlowFacts):
    """The one pass over a module: statements are dispatched here; each kind of fact is
    extracted by its mixin (``extract_imports``, ``extract_calls``, ``extract_definitions``,
    ``extract_flow``)."""

    # -- statements ------------------------------------------------------------------------
    def _block(self, body: Sequence[cst.CSTNode]) -> None:
        spans = self.spans.get
        for statement in body:
            kind = type(statement)
            if kind is not _WITH:
                self.scopes[-1].last_with = -1
            span = spans(id(statement))
            if span is not None:
                self.span = span
            if kind is _SIMPLE_LINE:
                for small in statement.body:  # type: ignore[attr-defined]
                    small_span = spans(id(small))
                    if small_span is not None:
                        self.span = small_span
                    self._small(small)
            elif kind not in _COMPOUND and isinstance(statement, cst.BaseSmallStatement):
                self._small(statement)
            else:
                self._compound(statement)

    def _small(self, node: cst.CSTNode) -> None:
        kind = type(node)  # the commonest kinds first
        if kind is _EXPR:
            self._expression_statement(node.value)  # type: ignore[attr-defined]
        elif kind is _ASSIGN:
            target = _dotted(node.targets[0].target) if len(node.targets) == 1 else ""  # type: ignore[attr-defined]
            index = len(self.calls)
            self._assignment(target, node.value)  # type: ignore[attr-defined]
            if not target and len(node.targets) == 1 and index < len(self.calls):  # type: ignore[attr-defined]
                self._unpacked(node.targets[0].target, node.value, index)  # type: ignore[attr-defined]
            elif not target and self.keyword_dicts and len(node.targets) == 1 and type(node.targets[0].target) is cst.Subscript:  # type: ignore[attr-defined]
                self._keyword_entry(node.targets[0].target, node.value)  # type: ignore[attr-defined]
        elif kind is cst.Import:
            self._import(node)  # type: ignore[arg-type]
        elif kind is cst.ImportFrom:
            self._import_from(node)  # type: ignore[arg-type]
        elif kind is cst.AnnAssign:
            if node.value is not None:
                self._assignment(_dotted(node.target), node.value)
        elif kind is cst.AugAssign:
            self._expr(node.value)
        elif kind is cst.Return:
            if node.value is not None:
                seen = self.comparisons
                self._expr(node.value)  # changes no name or type the comparison test reads
                # `return is_better` where `is_better = new_auc >= old_auc` returns a comparison too
                if type(node.value) is cst.Tuple:
                    self._decision_return(node.value)
                if (self.comparisons != seen and self._is_comparison(node.value)) or (type(node.value) is cst.Name and node.value.value in self.scope.gate_vars):
                    scope = self._function_scope()
                    if scope is not None:
                        scope.returns_comparison = True
        elif kind is cst.Assert:
            metric, text, calls, names = self._test_facts(node.test)
            self._expr(node.test)
            if metric:
                index = self._add_guard("assert", node.test, metric, text, calls, names)
                self.scope.exit_guards.append(index)
                self._mark_exit_on_metric()
        elif kind is cst.Raise:
            if node.exc is not None:
                self._expr(node.exc)
        elif kind in (cst.Del, cst.Global, cst.Nonlocal, cst.Pass, cst.Break, cst.Continue):
            return

    def _keyword_entry(self, target: cst.Subscript, value: cst.BaseExpression) -> None:
        """``kwargs["ModelApprovalStatus"] = "Approved"`` on a keyword dict of this scope: one more
        keyword of a later ``call(**kwargs)``. Only a write at the dict's own guard depth: one
        inside an ``if`` (``if status != "Any": kwargs[...] = status``) is a filter some runs
        skip, so it is dropped, and a non-literal value is recorded as such."""
        key_node = target.slice[0].slice if len(target.slice) == 1 else None
        if type(target.value) is not cst.Name or type(key_node) is not cst.Index:
            return
        key = _literal_of(key_node.value)
        slot = (self._scope_name(), target.value.value)
        entries = self.keyword_dicts.get(slot)
        if entries is None or type(key) is not str or key == NON_LITERAL or not key.isidentifier():
            return
        kept = tuple(e for e in entries if e[0] != key)
        if len(self.guard_stack) == self.keyword_dict_depth.get(slot, 0):
            self.keyword_dicts[slot] = (*kept, (key, _literal_of(value)))[:40]
        else:
            self.keyword_dicts[slot] = kept

    def _unpacked(self, target: cst.BaseExpression, value: cst.BaseExpression, index: int) -> None:
        """``metrics, passed = evaluate(model, data)``: which names take which element of the
        call's result (``unpacked``; "" where an element is not a plain name)."""
        if type(value) is not cst.Call or type(target) not in (cst.Tuple, cst.List):
            return
        elements = target.elements  # type: ignore[attr-defined]
        if any(type(e) is cst.StarredElement for e in elements):
            return
        names = tuple(e.value.value if type(e.value) is cst.Name else "" for e in elements)
        self.unpacked.append((self._scope_name(), index, names))

    def _constant(self, target: str) -> None:
        """``decision = True``: a constant written over a name (``constants``); written inside a
        branch of a metric comparison of the same scope, it is that comparison's verdict
        (``metric_constants``: ``go_live = True`` under ``if auc >= champion_auc:``)."""
        scope = self._scope_name()
        self.constants.append((scope, target, self.span[0]))
        enclosing = [self.guards[i].line for i in self.guard_stack if self.guards[i].metric and self.guards[i].scope == scope]
        if enclosing:  # with the line of the innermost metric comparison whose branch holds it
            self.metric_constants.append((scope, target, self.span[0], enclosing[-1]))

    def _decision_return(self, value: cst.Tuple) -> None:
        """``return metrics, passed`` where ``passed = accuracy >= MIN_ACCURACY``, or ``return
        True, reason`` inside ``if accuracy >= MIN_ACCURACY:``: the positions of the returned
        tuple that hold a metric decision (``decision_returns``)."""
        scope = self._function_scope()
        if scope is None:
            return
        # `return True, "beats production"` in a branch of a metric comparison: the constant is
        # that comparison's verdict, as `return True` alone is
        under_metric = any(self.guards[i].metric and self.guards[i].scope == scope.qualname for i in self.guard_stack)
        positions = tuple(
            i
            for i, element in enumerate(value.elements)
            if type(element) is not cst.StarredElement
            and (
                (type(element.value) is cst.Name and (element.value.value in self.scope.gate_vars or (under_metric and element.value.value in ("True", "False"))))
                or self._is_metric_comparison(element.value)
            )
        )
        if positions:
            self.decision_returns.append((scope.qualname, positions))

    def _keyword_dict(self, target: str, entries: tuple[tuple[str, Literal], ...]) -> None:
        """Remember a dict of literal keys bound to ``target`` and the guard depth it was built at."""
        slot = (self._scope_name(), target)
        self.keyword_dicts[slot] = entries
        self.keyword_dict_depth[slot] = len(self.guard_stack)

    def _assignment(self, target: str, value: cst.BaseExpression) -> None:
        index = len(self.calls)
        seen = self.comparisons
        self._expr(value)
        if not target:
            return
        if self.keyword_dicts:  # bound to something else now
            self.keyword_dicts.pop((self._scope_name(), target), None)
        if type(value) is cst.Call:
            name, ok = self.resolve(value)
            if name:
                self._bind_type(target, name, ok)
                if ok and len(self.scopes) == 1 and "." not in target and is_configured_copy(value):
                    # `register = mlflow_register_model_step.with_options(...)`: the step, configured
                    self.aliases.append((target, name))
            # the outermost call is the first one recorded for this statement
            if index < len(self.calls):
                self.calls[index] = _with_assignment(self.calls[index], target)
                self.scope.results[target] = index
                # `kwargs = dict(Key=value)` (or an empty `dict()` filled item by item), unpacked later
                if name == "dict" and not ok and (self.calls[index].keywords or not self.calls[index].positional):
                    self._keyword_dict(target, self.calls[index].keywords)
        elif type(value) is cst.Dict:
            entries = _keyword_entries(value)
            # `kwargs = {"Key": value}`: keywords of a later `call(**kwargs)`; an empty `{}` too,
            # filled item by item (`kwargs["ModelApprovalStatus"] = "Approved"`) before the call
            if entries or not value.elements:
                self._keyword_dict(target, entries)
        elif type(value) is cst.Name and value.value in ("True", "False", "None"):
            # `decision = True`: a decision overwritten with a constant decides nothing
            self._constant(target)
            if target in self.scope.gate_vars and not any(self.guards[i].scope == self._scope_name() for i in self.guard_stack):
                self.scope.gate_vars.discard(target)  # the comparison before it is no longer what is returned
        elif type(value) in (cst.Name, cst.Attribute):
            name, ok = self.resolve(value)
            if ok:
                self._bind_type(target, name)
                if len(self.scopes) == 1 and "." not in target and not name.startswith(f"{self.module}."):
                    # `deployer = mlflow_model_deployer_step`: an imported object renamed at module level
                    self.aliases.append((target, name))
            key = config_key(value) if type(value) is cst.Attribute else ""
            if key:  # `MODEL_PATH = cfg.paths.model`: a path both sides may read from one config
                self.path_refs.append((self._scope_name(), target, "config", key[:200]))
            elif type(value) is cst.Name and value.value.isupper():
                # `model_path = MODEL_DIR`: a local name for a module constant (a folder, a path)
                self.path_refs.append((self._scope_name(), target, "alias", value.value))
        elif type(value) in (cst.Subscript, cst.BooleanOperation):
            key = config_key(value)
            if key:  # `model_path = config["model"]["path"]`
                self.path_refs.append((self._scope_name(), target, "config", key[:200]))
            env = env_key(value) if type(value) is cst.Subscript else ""
            if env:  # `MODEL_DIR = os.environ["AZUREML_MODEL_DIR"]`
                self.path_refs.append((self._scope_name(), target, "env", env[:200]))
        elif type(value) in (cst.SimpleString, cst.ConcatenatedString):
            # `MODEL_PATH = "models/churn.joblib"`: where a file-based release writes or loads
            text = _literal_of(value)
            if type(text) is str and text != NON_LITERAL:
                self.strings.append((self._scope_name(), target, text[:4000]))  # a path or a spec, not an embedded blob
        elif type(value) is cst.FormattedString:
            # a spec template (`deploy_spec = f"""kind: Deployment ... image: {image}"""`):
            # its fixed text, each placeholder as "{}"
            fixed = template_text(value)
            self.strings.append((self._scope_name(), target, fixed[:4000]))
            base = path_base(value) if fixed.startswith("{}/") else ""
            if base:  # `path = f"{MODEL_DIR}/model.pkl"`: the folder it starts from
                self.path_refs.append((self._scope_name(), target, "base", base))
        elif type(value) is cst.BinaryOperation and type(value.operator) is cst.Divide:
            # `MODEL_PATH = ROOT / "artifacts" / "model.pkl"`: the path a pathlib join builds
            scope = self._scope_name()
            bound = {name: text for where, name, text in self.strings if where in (scope, "")}
            text = path_join_text(value, bound)
            if text:
                self.strings.append((scope, target, text[:1000]))
                base = path_base(value) if text.startswith("{}") else ""
                if base in bound:  # a string already joined in: the folder it starts from, if any
                    base = next((text for where, name, kind, text in reversed(self.path_refs) if name == base and kind == "base" and where in (scope, "")), "")
                if base:  # the folder it joins onto, resolved by the project stage
                    self.path_refs.append((scope, target, "base", base))
        elif type(value) in (cst.Integer, cst.Float) or (type(value) is cst.Name and value.value in ("True", "False", "None")):
            # `deploy_flag = 1`: a decision flag overwritten with a constant decides nothing
            self._constant(target)
        elif type(value) in (cst.List, cst.Tuple) and self.strings:
            # `specs = [deploy_spec, service_spec]`: a list of those strings, as one text
            scope = self._scope_name()
            named = {name: text for where, name, text in self.strings if where in (scope, "")}
            texts = [named[e.value.value] for e in value.elements if type(e.value) is cst.Name and e.value.value in named]
            if texts:
                self.strings.append((scope, target, "\n---\n".join(texts)[:8000]))
        if self.comparisons != seen and self._is_metric_comparison(value):
            self.scope.gate_vars.add(target)
        elif self.scope.gate_vars and _collects_verdicts(value, self.scope.gate_vars):
            self.scope.gate_vars.add(target)
        if _read_from_metrics(value):
            self.scope.metric_vars.add(target)
        else:
            self.scope.metric_vars.discard(target)

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
            self._loop_body(node.body)
            if node.orelse is not None:
                self._suite(node.orelse.body)
        elif type(node) is cst.While:
            metric, text, calls, names = self._test_facts(node.test)
            self._expr(node.test)
            index = self._add_guard("while", node.test, metric, text, calls, names)
            self.guard_stack.append(index)
            self._loop_body(node.body)
            self.guard_stack.pop()
            if node.orelse is not None:
                self._suite(node.orelse.body)
        elif type(node) is cst.Match:
            self._expr(node.subject)
            for case in node.cases:
                self._suite(case.body)

    def _loop_body(self, body: cst.BaseSuite) -> None:
        """A loop's body: an ``if ...: break`` / ``continue`` in it guards the rest of the body
        only; the code after the loop runs whichever way the test went."""
        self.loop_exits.append([])
        self._suite(body)
        ended = self.loop_exits.pop()
        if ended:
            self.scope.exit_guards[:] = [index for index in self.scope.exit_guards if index not in ended]


_PATCH_LOCK = threading.Lock()
_SOLE_PARSER = False
"""Set in a forked parsing worker, whose only other thread is its result queue's feeder (which
writes pickles and builds no node): every node built during a parse is the parse's own."""


def parse_in_this_thread_only() -> None:
    """Declare that no other thread of this process builds libcst nodes (a parsing worker)."""
    global _SOLE_PARSER
    _SOLE_PARSER = True


def _no_validation(node: cst.CSTNode) -> None:
    pass


def _plain_identifiers(text: str) -> bool:
    """Every identifier in ``text`` is its own NFKC normal form, so (``ast`` having accepted the
    text) ``str.isidentifier`` holds for each, as libcst's validation would demand: true of an
    ASCII text, and of any text whose every character is already normalised."""
    return text.isascii() or unicodedata.is_normalized("NFKC", text)


def _parse_checked(text: str) -> cst.Module:
    """``cst.parse_module`` without libcst's per-node validation, for text that CPython's own
    parser has accepted already, or that the scan of its logical lines vouched for (libcst's
    parser builds a well-formed tree from what it accepts either way).

    Every node libcst's parser builds runs ``_validate`` from ``CSTNode.__post_init__``: checks
    that a hand-built tree is well formed (a Name is an identifier, whitespace is whitespace,
    parentheses pair up), which a tree parsed from valid source is by construction; they cost
    a tenth to a fifth of the parse (libcst's own comment there: "It might make more sense to
    move validation work into the visitor, which would allow us to avoid validating the tree
    when parsing a file."). The one check that can fail on source CPython accepts is a
    non-ASCII identifier that is valid only after NFKC normalisation, hence the caller's
    :func:`_plain_identifiers` condition: such a file keeps the validation and its error.
    The hook is restored at once.
    """
    from libcst._nodes.base import CSTNode

    with _PATCH_LOCK:  # one parse at a time swaps the hook, so the saved one is always libcst's
        hook = CSTNode.__dict__.get("__post_init__")
        if hook is None:  # a libcst without the hook: nothing to skip
            return cst.parse_module(text)
        parsing = threading.get_ident()

        def validate_elsewhere(node: cst.CSTNode) -> None:
            # nodes another thread builds meanwhile are validated as usual
            if threading.get_ident() != parsing:
                hook(node)

        # with no other thread (a run's one process, the parent of forked workers, a worker), no
        # node can come from elsewhere: skip the per-node thread test too (800,000 calls on a
        # 2.7 MB project, about 2 % of the parse)
        alone = _SOLE_PARSER or threading.active_count() == 1
        try:
            CSTNode.__post_init__ = _no_validation if alone else validate_elsewhere  # type: ignore[method-assign]
            return cst.parse_module(text)
        finally:
            CSTNode.__post_init__ = hook  # type: ignore[method-assign]


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

    libcst's native parser overflows the C stack (a segfault no ``except`` can catch) or runs
    for minutes on pathological nesting, so something cheaper must vouch for the text first.
    Usually that is the scan of its logical lines (``lines.logical_lines``, a C-level ``re``
    pass at about a quarter of the cost of ``ast.parse``), which also gives the statement line
    spans. Text the scan does not vouch for, or that libcst refuses, takes the older way:
    CPython's own parser runs first, gives the spans and refuses the nesting cleanly; a file
    that ``ast`` rejects for other reasons still goes to libcst, which knows syntax newer than
    the running interpreter.
    """
    def failed(message: str) -> FileFacts:
        return FileFacts(path=path, module=module, kind=kind, error=message)

    # The common case first: a text the scan of its logical lines vouches for goes straight to
    # libcst, and the same scan gives the statement lines (lines.py); a text it does not vouch
    # for, or one libcst refuses, takes the way below, where ast speaks first.
    logical = logical_lines(text) if _plain_identifiers(text) else None
    if logical is not None:
        try:
            tree = _parse_checked(text)
        except Exception:  # noqa: BLE001 - the way below parses again and words the error
            pass
        else:
            return _extracted(text, tree, None, logical, failed, path=path, module=module, is_package=is_package, metric_words=metric_words, kind=kind)

    ast_tree: ast.Module | None = None
    ast_error: SyntaxError | None = None
    try:
        ast_tree = parse_quietly(text)
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
    template = template_as_python(text) if ast_error is not None else None
    if template is not None:  # a copier/cookiecutter template: the Python around its Jinja lines
        try:
            ast_tree, ast_error, text = parse_quietly(template), None, template
        except (SyntaxError, RecursionError, MemoryError, ValueError):
            pass
    try:
        tree = _parse_checked(text) if ast_tree is not None and _plain_identifiers(text) else cst.parse_module(text)
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
    return _extracted(text, tree, ast_tree, None, failed, path=path, module=module, is_package=is_package, metric_words=metric_words, kind=kind)


def _extracted(
    text: str,
    tree: cst.Module,
    ast_tree: ast.Module | None,
    logical: list[LogicalLine] | None,
    failed: Callable[[str], FileFacts],
    *,
    path: str,
    module: str,
    is_package: bool,
    metric_words: frozenset[str],
    kind: str,
) -> FileFacts:
    """The walk over a parsed module and the record of what it found."""
    extractor = _Extractor(text, module, is_package, metric_words, ast_tree, logical)
    try:
        extractor.run(tree)
    except RecursionError:
        return failed("too deeply nested to analyse")
    except Exception as exc:  # noqa: BLE001 - one odd file must not take the run down; say so loudly
        return failed(f"internal error while analysing this file, please report it: {exc.__class__.__name__}: {exc}")
    per_line, whole = _suppressions(text)
    comments = suppression_comments(text) if per_line or whole else ()
    extra: dict[str, object] = {"strings": tuple(extractor.strings)} if extractor.strings else {}
    if extractor.path_refs:
        extra["path_refs"] = tuple(extractor.path_refs)
    if extractor.constants:
        extra["constants"] = tuple(extractor.constants)
    if extractor.metric_constants:
        extra["metric_constants"] = tuple(extractor.metric_constants)
    if comments:  # what the filter reads back (reasons): part of the facts
        extra["suppression_comments"] = comments
    if extractor.unpacked:
        extra["unpacked"] = tuple(extractor.unpacked)
    if extractor.decision_returns:
        extra["decision_returns"] = tuple(extractor.decision_returns)
    if extractor.aliases:
        extra["aliases"] = tuple(extractor.aliases)
    if extractor.annotated:
        extra["annotated"] = tuple(extractor.annotated)
    if extractor.negated_guards:
        extra["negated_guards"] = tuple(extractor.negated_guards)
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
        extra=extra,
    )


_NUMBER_CASTS = frozenset({"float", "int", "round", "abs"})


def _read_from_metrics(value: cst.BaseExpression) -> bool:
    """``run.data.metrics["rmse"]``, ``metrics.get("auc", 0.0)``, ``float(run.data.metrics["acc"])``:
    a value looked up in a table named ``metrics`` (MLflow's run data, an evaluation's result)."""
    while type(value) is cst.Call and type(value.func) is cst.Name and value.func.value in _NUMBER_CASTS and value.args:
        value = value.args[0].value
    if type(value) is cst.Call and type(value.func) is cst.Attribute and value.func.attr.value == "get":
        table = value.func.value
    elif type(value) is cst.Subscript:
        table = value.value
    else:
        return False
    name = table.attr.value if type(table) is cst.Attribute else table.value if type(table) is cst.Name else ""
    return name.lower() in ("metrics", "metric", "eval_metrics", "evaluation_metrics", "scores")


_VERDICT_LISTS = frozenset({cst.List, cst.Tuple, cst.Set})
_COMBINERS = frozenset({"all", "any"})


def _collects_verdicts(value: cst.BaseExpression, verdicts: set[str]) -> bool:
    """``checks = [("f1", f1_passed), ("accuracy", accuracy_passed)]`` or ``passed =
    all(ok for _, ok in checks)``, where a name listed holds a metric comparison: the list
    carries the verdicts and the ``all()``/``any()`` over it combines them, so a later ``if
    not passed: raise`` stops on the metric as ``if not (f1_passed and accuracy_passed)`` does."""
    kind = type(value)
    if kind in _VERDICT_LISTS:
        stack = list(value.elements)  # type: ignore[attr-defined]
        while stack:
            element = stack.pop().value
            if type(element) is cst.Name and element.value in verdicts:
                return True
            if type(element) in _VERDICT_LISTS:
                stack.extend(element.elements)  # type: ignore[attr-defined]
        return False
    if kind is cst.Call and type(value.func) is cst.Name and value.func.value in _COMBINERS and len(value.args) == 1:  # type: ignore[attr-defined]
        return not verdicts.isdisjoint(names_in(value.args[0].value))  # type: ignore[attr-defined]
    return False


def _keyword_entries(value: cst.Dict) -> tuple[tuple[str, Literal], ...]:
    """The entries of a dict display whose keys are all literal identifiers (``{"ModelApprovalStatus":
    "Approved", "MaxResults": 1}``), as keyword pairs; ``()`` for any other dict."""
    entries: list[tuple[str, Literal]] = []
    for element in value.elements:
        key = _literal_of(element.key) if type(element) is cst.DictElement else NON_LITERAL
        if type(key) is not str or key == NON_LITERAL or not key.isidentifier():
            return ()
        entries.append((key, _literal_of(element.value)))
    return tuple(entries[:40])
