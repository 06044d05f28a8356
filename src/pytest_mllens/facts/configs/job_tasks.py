"""The task graph a job definition file declares: which script each task runs, and after which tasks.

Databricks Asset Bundles (``databricks.yml``, ``resources/*.yml``) split a release into job
tasks: ``training`` -> ``validation`` (a notebook that fails the run when the challenger
is worse) -> ``promotion`` (a notebook that moves the ``champion`` alias). The promotion
script holds no gate of its own; its gate is the task it ``depends_on``. The release-flow
graph needs that order, so it is read here as a walk over the file's ``yaml_outline`` (no
YAML parser, like the CI readers); it never fails: text it cannot read yields nothing.

Stored as plain tuples in ``FileFacts.extra["job_tasks"]``: ``(line, key, script, (upstream
key, ...), condition)`` for every task that names a script (``notebook_path``, ``python_file``,
``notebook``) or is a ``condition_task``; ``script`` is as written (a workspace path, or
relative to the file), ``""`` for a condition task, whose ``condition`` is ``(left, op,
right)`` (``()`` for other tasks): ``left: "{{tasks.evaluate.values.model_update}}"`` makes
the tasks that depend on it run only on the evaluation task's verdict.
"""

from __future__ import annotations

from .yaml_outline import Node, outline

__all__ = ["job_tasks"]

_SCRIPT_KEYS = frozenset({"notebook_path", "python_file", "notebook"})
_CONDITION_KEYS = frozenset({"left", "op", "right"})
_TASK_LISTS = frozenset({"tasks"})


def job_tasks(text: str) -> tuple[tuple[object, ...], ...]:
    """Every task of every ``tasks:`` list in a job file, with its script and upstream keys."""
    if "task_key" not in text or "depends_on" not in text:
        return ()
    found: list[tuple[object, ...]] = []
    for tasks in _task_lists(outline(text)):
        for item in tasks.items or ():
            if item.keys is not None:
                _keep(item, found)
    return tuple(found)


def _task_lists(root: Node) -> list[Node]:
    """The ``tasks:`` sequences of the file in document order, outermost first: a list found is
    not searched further (a task's own nested ``tasks`` belong to it), nor is a ``tasks:`` that
    opens a sequence item (``- tasks:``) a task list."""
    found: list[Node] = []
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, is_item = stack.pop()
        children: list[tuple[Node, bool]] = []
        for position, (key, child) in enumerate((node.keys or {}).items()):
            if key in _TASK_LISTS and child.items is not None and not (is_item and position == 0) and not child.alias:
                found.append(child)
            else:
                children.append((child, False))
        children.extend((item, True) for item in node.items or ())
        stack.extend(reversed(children))
    return found


def _keep(item: Node, found: list[tuple[object, ...]]) -> None:
    """One task: its own ``task_key``, the ``task_key``s nested in it (``depends_on``), its first
    script and, nested, a condition's operands."""
    key, script, upstream, condition = "", "", [], {}
    own = item.keys or {}
    stack: list[tuple[str, Node, bool]] = [(name, child, True) for name, child in reversed(own.items())]
    while stack:
        name, node, direct = stack.pop()
        value = _value(node)
        if name == "task_key" and value:
            if direct:
                key = value
            else:  # `depends_on: [- task_key: training]`
                upstream.append(value)
        elif name in _SCRIPT_KEYS and value and not script:
            script = value
        elif name in _CONDITION_KEYS and value and not direct:
            condition[name] = value
        nested: list[tuple[str, Node, bool]] = [(n, c, False) for n, c in (node.keys or {}).items()]
        for child in node.items or ():
            nested.extend((n, c, False) for n, c in (child.keys or {}).items())
        stack.extend(reversed(nested))
    if not key:
        return
    if script:
        found.append((item.line, key, script, tuple(upstream), ()))
    elif "left" in condition:
        found.append((item.line, key, "", tuple(upstream), (condition.get("left", ""), condition.get("op", ""), condition.get("right", ""))))


def _value(node: Node) -> str:
    """A scalar's text up to a comment, quotes dropped; ``""`` for block scalars, aliases and collections."""
    if node.keys is not None or node.items is not None or node.block or node.alias:
        return ""
    return node.text.split(" #", 1)[0].strip().strip("\"'")
