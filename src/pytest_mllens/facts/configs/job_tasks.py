"""The task graph a job definition file declares: which script each task runs, and after which tasks.

Databricks Asset Bundles (``databricks.yml``, ``resources/*.yml``) split a release into job
tasks: ``training`` -> ``validation`` (a notebook that fails the run when the challenger
is worse) -> ``promotion`` (a notebook that moves the ``champion`` alias). The promotion
script holds no gate of its own; its gate is the task it ``depends_on``. The release-flow
graph needs that order, so it is read here, as text with an indentation scan (no YAML
parser, like ``deploy_config``); it never fails: text it cannot read yields nothing.

Stored as plain tuples in ``FileFacts.extra["job_tasks"]``: ``(line, key, script, (upstream
key, ...), condition)`` for every task that names a script (``notebook_path``, ``python_file``,
``notebook``) or is a ``condition_task``; ``script`` is as written (a workspace path, or
relative to the file), ``""`` for a condition task, whose ``condition`` is ``(left, op,
right)`` (``()`` for other tasks): ``left: "{{tasks.evaluate.values.model_update}}"`` makes
the tasks that depend on it run only on the evaluation task's verdict.
"""

from __future__ import annotations

import re

__all__ = ["job_tasks"]

_KEY = re.compile(r"^(\s*)(-\s+)?([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_SCRIPT_KEYS = frozenset({"notebook_path", "python_file", "notebook"})
_CONDITION_KEYS = frozenset({"left", "op", "right"})
_TASK_LISTS = frozenset({"tasks"})


def job_tasks(text: str) -> tuple[tuple[object, ...], ...]:
    """Every task of every ``tasks:`` list in a job file, with its script and upstream keys."""
    if "task_key" not in text or "depends_on" not in text:
        return ()
    found: list[tuple[object, ...]] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        match = _KEY.match(lines[index])
        if match and not match.group(2) and match.group(3) in _TASK_LISTS and not _value(match.group(4)):
            index = _read_tasks(lines, index + 1, len(match.group(1)), found)
        else:
            index += 1
    return tuple(found)


def _read_tasks(lines: list[str], start: int, list_indent: int, found: list[tuple[object, ...]]) -> int:
    """Read the items of one ``tasks:`` list; returns the first line after it."""
    item: dict[str, object] | None = None
    item_indent = -1
    index = start
    while index < len(lines):
        raw = lines[index]
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            index += 1
            continue
        indent = len(raw) - len(raw.lstrip())
        if indent <= list_indent and not (indent == list_indent and (stripped == "-" or stripped.startswith("- "))):
            break
        match = _KEY.match(raw)
        if (stripped == "-" or stripped.startswith("- ")) and (item_indent < 0 or indent == item_indent):
            _keep(item, found)
            item_indent = indent
            item = {"line": index + 1, "key": "", "script": "", "upstream": [], "keys_at": -1, "condition": {}}
        if item is not None and match:
            key, value = match.group(3), _value(match.group(4))
            key_indent = len(match.group(1)) + len(match.group(2) or "")
            if item["keys_at"] == -1:
                item["keys_at"] = key_indent  # the item's own keys are at its first key's column
            if key == "task_key" and value:
                if key_indent == item["keys_at"]:
                    item["key"] = value
                else:  # `depends_on: [- task_key: training]`
                    item["upstream"].append(value)  # type: ignore[union-attr]
            elif key in _SCRIPT_KEYS and value and not item["script"]:
                item["script"] = value
            elif key in _CONDITION_KEYS and value and key_indent > item["keys_at"]:
                item["condition"][key] = value  # type: ignore[index]
        index += 1
    _keep(item, found)
    return index


def _keep(item: dict[str, object] | None, found: list[tuple[object, ...]]) -> None:
    if not item or not item["key"]:
        return
    condition = item["condition"]
    if item["script"]:
        found.append((item["line"], item["key"], item["script"], tuple(item["upstream"]), ()))  # type: ignore[arg-type]
    elif condition and "left" in condition:  # type: ignore[operator]
        operands = (condition.get("left", ""), condition.get("op", ""), condition.get("right", ""))  # type: ignore[attr-defined]
        found.append((item["line"], item["key"], "", tuple(item["upstream"]), operands))  # type: ignore[arg-type]


def _value(text: str) -> str:
    text = text.split(" #", 1)[0].strip()
    return text.strip("\"'") if text and text[0] not in "[{|>&*" else ""
