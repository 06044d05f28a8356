"""Bytes to Python source text, the way the interpreter decodes a module.

Kept apart from the extractor so that reading and decoding need no libcst import.
"""

from __future__ import annotations

import io
import tokenize

__all__ = ["SourceError", "decode_source"]


class SourceError(Exception):
    """The file cannot be read as Python source; the message says why."""


def decode_source(data: bytes) -> str:
    """Decode bytes the way the interpreter would, or raise :class:`SourceError`."""
    if b"\x00" in data:
        raise SourceError("binary file (contains NUL bytes); not analysed")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        if "invalid or missing encoding declaration" in str(exc):
            raise SourceError("not valid utf-8 text and no encoding declaration; not analysed") from None
        raise SourceError(f"unknown source encoding: {exc}") from None
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise SourceError(f"not valid {encoding} text ({exc.__class__.__name__} at byte {getattr(exc, 'start', '?')}); not analysed") from None
    return text.removeprefix("\ufeff")
