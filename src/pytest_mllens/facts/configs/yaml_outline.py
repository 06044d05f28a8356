"""A forgiving outline of a YAML file: mappings, sequences and scalars by indentation, with lines.

CI workflow files (GitHub Actions, GitLab CI, Azure Pipelines) are YAML, but the lens has no
YAML dependency and must never fail on odd input. What the job readers need is small: the
keys of a mapping in order, the items of a sequence, a scalar's text (block scalars ``|`` and
``>`` joined with newlines, plain scalars continued over more-indented lines), the line each
starts at, and the anchors GitLab templates are merged from (``&name`` / ``<<: *name``).
Tags, flow mappings and multi-document streams are read loosely (a flow mapping is a
scalar); text that does not fit simply ends the structure it was in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Node", "outline"]

_KEY = re.compile(r"""^(?:"([^"]*)"[ \t]*|'([^']*)'[ \t]*|([^\s#'"\-?:][^:#]*|<<)):(?:[ \t]+|$)(.*)$""")
_ANCHOR = re.compile(r"^&([\w.-]+)\s*(.*)$")
_ALIAS = re.compile(r"^\*([\w.-]+)\s*$")
_TAG = re.compile(r"^!\S*\s*")


@dataclass
class Node:
    """A mapping (``keys``), a sequence (``items``) or a scalar (``text``), and its first line."""

    line: int
    text: str = ""
    keys: dict[str, Node] | None = None
    items: list[Node] | None = None
    alias: str = ""
    block: bool = False
    """A ``|`` or ``>`` scalar: its text starts on the line after ``line``."""
    anchors: dict[str, Node] = field(default_factory=dict, repr=False)
    """On the root only: every ``&anchor`` of the file."""

    def get(self, key: str) -> Node | None:
        return self.keys.get(key) if self.keys else None

    def scalar(self, key: str) -> str:
        found = self.get(key)
        return found.text if found is not None and found.keys is None and found.items is None else ""

    def strings(self) -> list[str]:
        """A scalar as one string, a sequence as its scalar items (``[a, b]`` or ``- a``)."""
        if self.items is not None:
            return [item.text for item in self.items if item.text and item.keys is None]
        return [self.text] if self.text else []


def outline(text: str) -> Node:
    """The outline of ``text``; an empty mapping when nothing can be read."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    reader = _Reader(lines)
    try:
        root = reader.block(0, 0)
    except RecursionError:
        root = None
    if root is None or root.keys is None and root.items is None:
        root = Node(1, keys={})
    root.anchors = reader.anchors
    return root


class _Reader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.anchors: dict[str, Node] = {}
        self.index = 0

    def _next(self) -> tuple[int, str] | None:
        """Skip blank lines, comments and document markers; the indent and text of the next line."""
        while self.index < len(self.lines):
            raw = self.lines[self.index].replace("\t", " ")
            stripped = raw.strip()
            if not stripped or stripped.startswith("#") or stripped in ("---", "...") or stripped.startswith(("--- ", "%")):
                self.index += 1
                continue
            return len(raw) - len(raw.lstrip()), stripped
        return None

    def block(self, minimum: int, depth: int) -> Node | None:
        """A mapping or sequence whose lines are indented at least ``minimum``."""
        found = self._next()
        if found is None or found[0] < minimum or depth > 200:
            return None
        indent, stripped = found
        if stripped == "-" or stripped.startswith("- "):
            return self._sequence(indent, depth)
        if _KEY.match(stripped):
            return self._mapping(indent, depth)
        self.index += 1  # a stray scalar line
        return Node(self.index, text=stripped)

    def _mapping(self, indent: int, depth: int, first: str | None = None) -> Node:
        node = Node(self.index + 1, keys={})
        while True:
            if first is None:
                found = self._next()
                if found is None or found[0] != indent:
                    break
                stripped = found[1]
            else:
                stripped, first = first, None
            match = _KEY.match(stripped)
            if not match:
                break
            key = next(g for g in match.groups()[:3] if g is not None).strip()
            line = self.index + 1
            self.index += 1
            value = self._value(match.group(4), indent, line, depth, key_column=indent)
            if key == "<<" and value.alias in self.anchors:
                merged = self.anchors[value.alias]
                for name, inherited in (merged.keys or {}).items():
                    node.keys.setdefault(name, inherited)  # type: ignore[union-attr]
                continue
            if not value.alias:
                value.line = line
            node.keys[key] = value  # type: ignore[index]
        return node

    def _sequence(self, indent: int, depth: int) -> Node:
        node = Node(self.index + 1, items=[])
        while True:
            found = self._next()
            if found is None or found[0] != indent or not (found[1] == "-" or found[1].startswith("- ")):
                break
            line = self.index + 1
            raw = self.lines[self.index].replace("\t", " ")
            rest = found[1][1:].lstrip()
            column = len(raw) - len(raw.lstrip()) + 1 + (len(found[1]) - 1 - len(rest))
            if rest and rest[0] not in "#|>&*[{!" and _KEY.match(rest):
                item = self._mapping_item(rest, column, depth)
            else:
                self.index += 1
                item = self._value(rest, indent, line, depth, key_column=indent)
            item.line = line
            node.items.append(item)  # type: ignore[union-attr]
        return node

    def _mapping_item(self, first: str, column: int, depth: int) -> Node:
        """``- key: value`` then more keys at the first key's column."""
        self.lines[self.index] = " " * column + first  # read the item's first key at its own column
        return self._mapping(column, depth + 1)

    def _value(self, rest: str, indent: int, line: int, depth: int, key_column: int) -> Node:
        """The value after ``key:`` or ``-`` on ``line`` (already consumed)."""
        rest = _TAG.sub("", rest) if rest.startswith("!") else rest
        anchor = ""
        match = _ANCHOR.match(rest)
        if match:
            anchor, rest = match.group(1), match.group(2)
        value: Node
        if not rest or rest.startswith("#"):
            child = self.block(indent + 1, depth + 1)
            if child is None:
                # GitLab and Azure write `script:` with its `- item`s at the key's own column
                found = self._next()
                if found is not None and found[0] == key_column and (found[1] == "-" or found[1].startswith("- ")):
                    child = self._sequence(key_column, depth + 1)
            value = child if child is not None else Node(line)
        elif (alias := _ALIAS.match(rest)) is not None:
            value = Node(line, alias=alias.group(1))
            target = self.anchors.get(alias.group(1))
            if target is not None:
                value = Node(line, text=target.text, keys=target.keys, items=target.items, alias=alias.group(1))
        elif rest[0] in "|>":
            value = Node(line, text=self._block_scalar(indent, folded=rest[0] == ">"), block=True)
        elif rest[0] == "[":
            value = self._flow_sequence(rest, indent, line)
        else:
            value = Node(line, text=self._plain(rest, indent))
        if anchor:
            self.anchors[anchor] = value
        return value

    def _block_scalar(self, indent: int, folded: bool) -> str:
        body: list[str] = []
        column = -1
        while self.index < len(self.lines):
            raw = self.lines[self.index].replace("\t", " ")
            if raw.strip():
                current = len(raw) - len(raw.lstrip())
                if current <= indent:
                    break
                if column < 0:
                    column = current
                body.append(raw[min(column, current):])
            else:
                body.append("")
            self.index += 1
        while body and not body[-1]:
            body.pop()
        return " ".join(body) if folded and not any(b.startswith(" ") for b in body) else "\n".join(body)

    def _plain(self, rest: str, indent: int) -> str:
        """A plain or quoted scalar, continued over following lines indented more than its key."""
        parts = [rest]
        while self.index < len(self.lines):
            raw = self.lines[self.index].replace("\t", " ")
            if raw.strip() and len(raw) - len(raw.lstrip()) <= indent:
                break
            if raw.strip():
                parts.append(raw.strip())
            self.index += 1
        text = " ".join(parts).strip()
        if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
            return text[1:-1]
        return _uncomment(text)

    def _flow_sequence(self, rest: str, indent: int, line: int) -> Node:
        text = self._plain(rest, indent)
        inner = text[1:].rsplit("]", 1)[0]
        items = [Node(line, text=part.strip().strip("\"'")) for part in inner.split(",") if part.strip()]
        return Node(line, items=items)


def _uncomment(text: str) -> str:
    quote = ""
    for position, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and (position == 0 or text[position - 1] in " [,"):
            quote = char
        elif char == "#" and position and text[position - 1] in " \t":
            return text[:position].rstrip()
    return text
