"""The engine runs on every Python the package declares (3.10 and newer), not only on the one CI uses."""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pytest_mllens.facts.extraction import lines

SRC = Path(lines.__file__).resolve().parents[2]
PATTERNS = {"scan": lines._SCAN.pattern, "leading": lines._LEADING.pattern, "header": lines._HEADER.pattern}


def _python310() -> str | None:
    """A Python 3.10 interpreter that runs on this machine, if there is one (pyenv's, then PATH's;
    a pyenv shim on PATH may name a version that is not selected)."""
    candidates = sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.10*/bin/python3.10")), reverse=True)
    for candidate in [*candidates, shutil.which("python3.10")]:
        if candidate and subprocess.run([candidate, "-c", "pass"], capture_output=True, check=False).returncode == 0:
            return candidate
    return None


def _texts() -> list[str]:
    samples = [p.read_text(encoding="utf-8") for p in sorted(SRC.rglob("*.py"))]
    samples += [p.read_text(encoding="utf-8") for p in sorted((SRC.parents[1] / "tests" / "corpus").rglob("*.py"))]
    samples += ["x = '''a'''' + '\n", 's = """never closed\n' + "y = 1\n" * 50, "a = 'b\\\n c'  # q\n\n  # c\n\tz = r'\\''\n", "''''''\"\"\"\"\"\"'"]
    return samples


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_the_portable_pattern_tokenises_like_the_possessive_one(name: str) -> None:
    """Without possessive quantifiers (the 3.10 form) each scanner cuts every source of this package and the corpus into the same tokens."""
    possessive = re.compile(PATTERNS[name])
    portable = re.compile(lines.portable(PATTERNS[name], possessive=False))
    assert "*+" not in portable.pattern and "]++" not in portable.pattern
    for text in _texts():
        assert [m.span() for m in portable.finditer(text)] == [m.span() for m in possessive.finditer(text)]


def test_an_unclosed_string_fails_fast_without_possessive_quantifiers() -> None:
    """The 3.10 form of the scanner gives up on a long unterminated triple-quoted string in linear time (no nested quantifier to backtrack through)."""
    portable = re.compile(lines.portable(PATTERNS["scan"], possessive=False))
    text = "doc = '''" + "word " * 20_000
    assert [m.group() for m in portable.finditer(text)] == [m.group() for m in re.compile(PATTERNS["scan"]).finditer(text)] == ["''", "'"]


PYTHON_310 = _python310()


@pytest.mark.skipif(PYTHON_310 is None, reason="no Python 3.10 interpreter on this machine")
def test_python_310_accepts_the_package_source_and_its_scanner_patterns() -> None:
    """Python 3.10 compiles every module of the package and the 3.10 form of each scanner pattern (3.11-only syntax or regex features fail here)."""
    script = (
        "import json, re, sys\n"
        "patterns, files = json.loads(sys.argv[1]), sys.argv[2:]\n"
        "for path in files:\n"
        "    compile(open(path, encoding='utf-8').read(), path, 'exec')\n"
        "for pattern in patterns:\n"
        "    re.compile(pattern)\n"
    )
    patterns = [lines.portable(p, possessive=False) for p in PATTERNS.values()]
    files = [str(p) for p in sorted(SRC.rglob("*.py"))]
    result = subprocess.run([PYTHON_310, "-c", script, json.dumps(patterns), *files], capture_output=True, text=True, check=False)  # type: ignore[list-item]
    assert result.returncode == 0, result.stderr[-2000:]
    assert sys.version_info >= (3, 10)
