"""Small, pure readings of libcst expression nodes: dotted names, literals, the names inside.

The extractor visits statements; these helpers answer questions about the expressions it
meets, dispatching on ``type(node)`` (libcst's node classes are ABC subclasses, and
``isinstance`` against them is several times slower than a type lookup).
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Iterable

import libcst as cst

from ..records import NON_LITERAL, Literal

__all__ = ["CHILDREN", "LEAVES", "collect", "dotted", "dotted_or_text", "is_chain", "literal", "literal_prefix", "names_in", "short", "path_join_text", "path_base", "config_key", "env_key", "template_text", "walk_all", "word_pattern", "find_word"]


LEAVES = frozenset(
    {
        cst.Name,
        cst.Integer,
        cst.Float,
        cst.Imaginary,
        cst.SimpleString,
        cst.Ellipsis,
    }
)

CHILDREN: dict[type, tuple[str, ...]] = {
    cst.Arg: ("value",),
    cst.BinaryOperation: ("left", "right"),
    cst.BooleanOperation: ("left", "right"),
    cst.UnaryOperation: ("expression",),
    cst.Comparison: ("left", "comparisons"),
    cst.ComparisonTarget: ("comparator",),
    cst.Subscript: ("value", "slice"),
    cst.SubscriptElement: ("slice",),
    cst.Index: ("value",),
    cst.Slice: ("lower", "upper", "step"),
    cst.List: ("elements",),
    cst.Tuple: ("elements",),
    cst.Set: ("elements",),
    cst.Element: ("value",),
    cst.StarredElement: ("value",),
    cst.Dict: ("elements",),
    cst.DictElement: ("key", "value"),
    cst.StarredDictElement: ("value",),
    cst.IfExp: ("test", "body", "orelse"),
    cst.Await: ("expression",),
    cst.NamedExpr: ("value",),
    cst.ListComp: ("elt", "for_in"),
    cst.SetComp: ("elt", "for_in"),
    cst.GeneratorExp: ("elt", "for_in"),
    cst.DictComp: ("key", "value", "for_in"),
    cst.CompFor: ("iter", "ifs", "inner_for_in"),
    cst.CompIf: ("test",),
    cst.ConcatenatedString: ("left", "right"),
    cst.FormattedString: ("parts",),
    cst.FormattedStringExpression: ("expression",),
    cst.FormattedStringText: (),
    cst.Yield: ("value",),
    cst.From: ("item",),
}


@functools.lru_cache(maxsize=4096)
def word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(word) + r"\b")


def find_word(line: str, word: str) -> int:
    r"""Where ``\bword\b`` first matches in ``line`` (``-1`` if nowhere), as ``word_pattern(word).search``
    answers, without compiling a pattern per word: a real file names thousands of distinct
    words, and compiling their patterns cost more than the searches. A word character is
    what ``\w`` matches in a str pattern: ``str.isalnum()`` or ``_`` (the re docs' definition)."""
    start = line.find(word)
    if start < 0:
        return -1
    first, final = word[0], word[-1]
    head, tail = first.isalnum() or first == "_", final.isalnum() or final == "_"
    size, end = len(line), len(word)
    while start >= 0:
        # a boundary lies between two characters exactly one of which is a word character
        # ("" at either end of the line is not one)
        before = line[start - 1] if start else ""
        after = line[start + end] if start + end < size else ""
        if (before.isalnum() or before == "_") != head and (after.isalnum() or after == "_") != tail:
            return start
        start = line.find(word, start + 1)
    return -1


def walk_all(node: cst.CSTNode) -> Iterable[cst.CSTNode]:
    """Every expression node under ``node`` (small subtrees only: tests and returns)."""
    stack: list[cst.CSTNode] = [node]
    while stack:
        current = stack.pop()
        yield current
        kind = type(current)
        if kind in LEAVES:
            continue
        if kind is cst.Attribute:
            stack.append(current.value)  # type: ignore[attr-defined]
            stack.append(current.attr)  # type: ignore[attr-defined]
            continue
        if kind is cst.Call:
            stack.append(current.func)  # type: ignore[attr-defined]
            stack.extend(arg.value for arg in current.args)  # type: ignore[attr-defined]
            continue
        children = CHILDREN.get(kind)
        if children is None:
            if kind is cst.Lambda:
                stack.append(current.body)  # type: ignore[attr-defined]
            continue
        for attr in children:
            value = getattr(current, attr)
            if isinstance(value, (tuple, list)):
                stack.extend(value)
            elif value is not None:
                stack.append(value)


def collect(node: cst.CSTNode, kinds: tuple[type, ...]) -> list[cst.CSTNode]:
    """The nodes of ``walk_all(node)`` whose type is one of ``kinds``, in the same order.

    The same walk without a generator frame per node: the extractor asks this of every
    call argument, assignment and test, and most of what it visits is not kept.
    """
    found: list[cst.CSTNode] = []
    stack: list[cst.CSTNode] = [node]
    pop, push, extend, keep = stack.pop, stack.append, stack.extend, found.append
    leaves, children_of, attribute, call = LEAVES, CHILDREN, cst.Attribute, cst.Call
    while stack:
        current = pop()
        kind = type(current)
        if kind in kinds:
            keep(current)
        if kind in leaves:
            continue
        if kind is attribute:
            push(current.value)  # type: ignore[attr-defined]
            push(current.attr)  # type: ignore[attr-defined]
            continue
        if kind is call:
            push(current.func)  # type: ignore[attr-defined]
            extend([arg.value for arg in current.args])  # type: ignore[attr-defined]
            continue
        children = children_of.get(kind)
        if children is None:
            if kind is cst.Lambda:
                push(current.body)  # type: ignore[attr-defined]
            continue
        for attr in children:
            value = getattr(current, attr)
            if type(value) is tuple or type(value) is list:
                extend(value)
            elif value is not None:
                push(value)
    return found


_NAME = (cst.Name,)


def names_in(node: cst.CSTNode) -> list[str]:
    if type(node) is cst.Name:  # the commonest argument
        return [node.value]
    return [n.value for n in collect(node, _NAME)]  # type: ignore[attr-defined]


def dotted(node: cst.CSTNode | None) -> str:
    if type(node) is cst.Name:
        return node.value
    if type(node) is cst.Attribute:
        base = dotted(node.value)
        return f"{base}.{node.attr.value}" if base else ""
    return ""


def dotted_or_text(node: cst.CSTNode) -> str:
    if type(node) is cst.Tuple:
        return " ".join(dotted(element.value) for element in node.elements)
    return dotted(node)


def literal(node: cst.BaseExpression) -> Literal:
    if type(node) is cst.SimpleString:
        quote = node.quote
        prefix = node.prefix.lower()
        body = node.value[len(node.prefix) + len(quote) : -len(quote)]
        if "\\" not in body and prefix in ("", "r", "u"):
            return body  # the common case, without libcst's literal_eval (a compile per string)
    if type(node) in (cst.SimpleString, cst.ConcatenatedString):
        try:
            # libcst compiles the literal: an invalid escape (`"\["`) would warn, with no file
            # name, in the user's test run (the project's business, not the run's)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                value = node.evaluated_value
        except Exception:  # noqa: BLE001 - odd escapes; the value is then unknown
            return NON_LITERAL
        return value if isinstance(value, str) else NON_LITERAL
    if type(node) is cst.Integer:
        try:
            return int(node.value.replace("_", ""), 0)
        except ValueError:
            return NON_LITERAL
    if type(node) is cst.Float:
        try:
            return float(node.value.replace("_", ""))
        except ValueError:
            return NON_LITERAL
    if type(node) is cst.Name and node.value in ("True", "False", "None"):
        return {"True": True, "False": False, "None": None}[node.value]
    if type(node) is cst.UnaryOperation and type(node.operator) is cst.Minus:
        inner = literal(node.expression)
        if isinstance(inner, (int, float)) and not isinstance(inner, bool):
            return -inner
    return NON_LITERAL


def is_chain(name: str) -> bool:
    """Airflow's ``chain`` helper (``airflow.models.baseoperator.chain``, ``airflow.sdk.chain``)."""
    return name.startswith("airflow.") and name.endswith(".chain")


def literal_prefix(node: cst.BaseExpression) -> str:
    """The literal text a computed string starts with: ``f"models.{x}"`` -> ``models.``."""
    if type(node) is cst.FormattedString:
        text = ""
        for part in node.parts:
            if type(part) is not cst.FormattedStringText:
                break
            text += part.value
        return text
    if type(node) is cst.BinaryOperation and type(node.operator) is cst.Add:
        left = literal(node.left)
        return left if isinstance(left, str) and left != NON_LITERAL else literal_prefix(node.left)
    return ""


def template_text(node: cst.BaseExpression, depth: int = 0) -> str:
    """The fixed text of a computed string, each computed part as ``{}``:
    ``f"{host}/api/2.0/serving-endpoints"`` and ``host + "/api/2.0/serving-endpoints"`` both
    give ``{}/api/2.0/serving-endpoints``; ``""`` when the node is no such string."""
    kind = type(node)
    if kind is cst.FormattedString:
        return "".join(part.value if type(part) is cst.FormattedStringText else "{}" for part in node.parts)  # type: ignore[attr-defined]
    if kind is cst.BinaryOperation and type(node.operator) is cst.Add and depth < 8:  # type: ignore[attr-defined]
        left = template_text(node.left, depth + 1) or _part(node.left)  # type: ignore[attr-defined]
        right = template_text(node.right, depth + 1) or _part(node.right)  # type: ignore[attr-defined]
        text = left + right
        return text if text.replace("{}", "") else ""
    return ""


def path_join_text(node: cst.BaseExpression, bound: dict[str, str], depth: int = 0) -> str:
    """The path a ``/`` join of pathlib parts builds: ``Path("artifacts") / "model.pkl"`` gives
    ``artifacts/model.pkl``; a name bound to a string earlier (``bound``) gives that string, an
    f-string its fixed text (``{}`` per placeholder); any other part (``Path(__file__).parent``, an unknown name) gives ``{}``. ``""`` when no
    part is a literal (nothing to match a path by)."""
    if type(node) is cst.BinaryOperation and type(node.operator) is cst.Divide and depth < 12:  # type: ignore[attr-defined]
        left = path_join_text(node.left, bound, depth + 1) or "{}"  # type: ignore[attr-defined]
        right = path_join_text(node.right, bound, depth + 1) or "{}"  # type: ignore[attr-defined]
        text = f"{left}/{right}"
        return text if depth or text.replace("{}", "").strip("/") else ""
    if depth == 0:
        return ""
    value = literal(node)
    if isinstance(value, str) and value != NON_LITERAL:
        return value
    if type(node) is cst.Name:
        return bound.get(node.value, "{}")
    if type(node) is cst.FormattedString:  # `MODEL_DIR / f"churn_{stamp}.pkl"`: a dated file name
        return template_text(node) or "{}"
    if type(node) is cst.Call and dotted(node.func).rpartition(".")[2] in ("Path", "PurePath", "PosixPath") and len(node.args) == 1:
        inner = literal(node.args[0].value)
        return inner if isinstance(inner, str) and inner != NON_LITERAL else path_join_text(node.args[0].value, bound, depth + 1) if type(node.args[0].value) is cst.Name else "{}"
    return "{}"


def path_base(node: cst.BaseExpression) -> str:
    """The variable a computed path starts from, when :func:`path_join_text` or
    :func:`template_text` left it as ``{}``: ``MODEL_DIR`` in ``MODEL_DIR / "model.pkl"``,
    ``LOG_DIR + "/weights.pth"`` or ``f"{LOG_DIR}/weights.pth"`` (``self.model_dir`` dotted);
    ``""`` when it starts with anything else (a literal, a call)."""
    for _ in range(12):
        kind = type(node)
        if kind is cst.BinaryOperation and type(node.operator) in (cst.Divide, cst.Add):  # type: ignore[attr-defined]
            node = node.left  # type: ignore[attr-defined]
        elif kind is cst.FormattedString and node.parts and type(node.parts[0]) is cst.FormattedStringExpression:  # type: ignore[attr-defined]
            node = node.parts[0].expression  # type: ignore[attr-defined]
        elif kind is cst.Call and len(node.args) == 1 and dotted(node.func).rpartition(".")[2] in ("Path", "PurePath", "PosixPath", "str"):  # type: ignore[attr-defined]
            node = node.args[0].value  # type: ignore[attr-defined]
        else:
            break
    return dotted(node) if type(node) in (cst.Name, cst.Attribute) else ""


CONFIG_ROOTS = frozenset({"cfg", "config", "conf", "configs", "params", "hparams", "settings", "CONFIG", "CFG", "SETTINGS", "PARAMS", "conf_dict", "config_dict", "train_config", "model_config", "app_config"})
"""Names a Hydra / OmegaConf / settings object is commonly bound to: ``cfg.paths.model``."""


_NOT_CONFIG = frozenset({"environ", "argv", "request", "args", "form", "json", "headers", "event", "kwargs", "row", "df", "data", "batch", "item", "payload"})


def _string_index(node: cst.BaseExpression) -> str:
    """The string literal a subscript indexes with (``"paths"`` in ``cfg["paths"]``), else ``""``."""
    elements = node.slice  # type: ignore[attr-defined]
    index = elements[0].slice if len(elements) == 1 else None
    value = literal(index.value) if type(index) is cst.Index else None
    return value if isinstance(value, str) and value != NON_LITERAL else ""


def env_key(node: cst.BaseExpression) -> str:
    """The variable ``os.environ["AZUREML_MODEL_DIR"]`` reads (anywhere inside ``node``, a
    join or a ``Path(...)`` around it); ``""`` when there is none."""
    for _ in range(8):
        if type(node) is cst.Subscript:
            value = _string_index(node)
            return value if dotted(node.value).rpartition(".")[2] == "environ" else ""  # type: ignore[attr-defined]
        if type(node) is cst.BinaryOperation:
            node = node.left  # type: ignore[attr-defined]
        elif type(node) is cst.Call and node.args:  # type: ignore[attr-defined]
            node = node.args[0].value  # type: ignore[attr-defined]
        else:
            return ""
    return ""


def config_key(node: cst.BaseExpression) -> str:
    """The key path a config lookup reads: ``cfg["paths"]["model_output"]`` and
    ``self.config["paths"]["model_output"]`` give ``paths.model_output`` (string keys only);
    an attribute chain on a config-named object (``cfg.paths.model_output``,
    ``settings.MODEL_PATH``) gives the attributes after it; ``a or cfg["model_path"]``
    gives the lookup's key; ``""`` for anything else."""
    if type(node) is cst.BooleanOperation:
        return config_key(node.right) or config_key(node.left)  # type: ignore[attr-defined]
    keys: list[str] = []
    if type(node) is cst.Subscript:
        while type(node) is cst.Subscript and len(keys) < 8:
            value = _string_index(node)
            if not value:
                return ""
            keys.append(value)
            node = node.value  # type: ignore[attr-defined]
        root = dotted(node) if type(node) in (cst.Name, cst.Attribute) else ""
        # the environment, the command line or a request are no config file both sides read
        return ".".join(reversed(keys)) if root and root.rpartition(".")[2] not in _NOT_CONFIG else ""
    if type(node) is cst.Attribute:
        parts = dotted(node).split(".")
        for at, part in enumerate(parts[:-1]):
            if part in CONFIG_ROOTS:
                return ".".join(parts[at + 1 :])
    return ""


def _part(node: cst.BaseExpression) -> str:
    value = literal(node)
    return value if isinstance(value, str) and value != NON_LITERAL else "{}"


def short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
