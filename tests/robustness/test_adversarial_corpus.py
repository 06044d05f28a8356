"""A hostile project tree built in tmp dirs: the run survives it, reports what it cannot
analyse, and never leaves the project."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from mllens_robust_support import assert_invariants, report_bytes, run, write_tree


def _errors(analysis) -> dict[str, str]:
    return dict(analysis.errors)


def test_symlink_loops_and_links_outside_are_never_followed(tmp_path: Path) -> None:
    """Symlink loops are reported, links to files or directories outside the root are skipped."""
    outside = tmp_path / "outside"
    write_tree(outside, {"secret.py": "from fastapi import FastAPI\napp = FastAPI()\n", "pkg/train.py": "import x\n"})
    root = tmp_path / "proj"
    write_tree(root, {"inside.py": "import os\n", "sub/mod.py": "import os\n"})
    (root / "out.py").symlink_to(outside / "secret.py")
    (root / "outdir").symlink_to(outside / "pkg", target_is_directory=True)
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)
    (root / "loop_a.py").symlink_to(root / "loop_b.py")
    (root / "loop_b.py").symlink_to(root / "loop_a.py")
    (root / "dangling.py").symlink_to(tmp_path / "missing.py")
    (root / "alias.py").symlink_to(root / "inside.py")
    (root / "notes_a").symlink_to(root / "notes_b")  # a loop of names the lens never reads: no problem of ours
    (root / "notes_b").symlink_to(root / "notes_a")
    analysis = run(root)
    paths = {f.path for f in analysis.files}
    assert paths == {"inside.py", "sub/mod.py", "alias.py"}
    assert not any("secret" in p or "outdir" in p or "up/" in p for p in paths)
    assert all(message.startswith("cannot read") for path, message in analysis.errors)
    assert {p for p, _ in analysis.errors} <= {"loop_a.py", "loop_b.py", "dangling.py"}
    assert {"loop_a.py", "loop_b.py"} <= {p for p, _ in analysis.errors}
    assert report_bytes(run(root)) == report_bytes(analysis)


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("binary.py", bytes(range(256)) * 4, "binary file (contains NUL bytes); not analysed"),
        ("nul.py", b"x = 1\x00\n", "binary file (contains NUL bytes); not analysed"),
        ("latin1.py", 'x = "café"\n'.encode("latin-1"), "not valid utf-8 text and no encoding declaration; not analysed"),
        ("py2.py", b'print "x"\n', "syntax error at line 1: Missing parentheses in call to 'print'. Did you mean print(...)?"),
        ("utf16.py", b"# coding: utf-16\nx = 1\n", "not valid utf-16 text (UnicodeDecodeError at byte 22); not analysed"),
        ("badcookie.py", b"# coding: no-such-codec\nx = 1\n", None),
        ("tabs.py", b"if x:\n\tif y:\n        pass\n", "syntax error at line 3: inconsistent use of tabs and spaces in indentation"),
        ("gzip.py", b"\x1f\x8b\x08\x08\xff\xfe\xfd", "not valid utf-8 text and no encoding declaration; not analysed"),
    ],
)
def test_unanalysable_files_are_reported(tmp_path: Path, name: str, data: bytes, error: str | None) -> None:
    """Binary, NUL, undeclared latin-1, Python 2, bad codecs and mixed tabs each give one error."""
    write_tree(tmp_path, {name: data, "ok.py": "import os\n"})
    analysis = run(tmp_path)
    assert_invariants(analysis, {name, "ok.py"})
    assert list(_errors(analysis)) == [name]
    if error is not None:
        assert _errors(analysis)[name] == error
    else:
        assert "encoding" in _errors(analysis)[name]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("latin1_cookie.py", '# -*- coding: latin-1 -*-\nfrom fastapi import FastAPI\napp = FastAPI()\nx = "café"\n'.encode("latin-1")),
        ("bom.py", "\ufefffrom fastapi import FastAPI\r\napp = FastAPI()\r\n".encode()),
        ("crlf.py", b"from fastapi import FastAPI\r\n\r\napp = FastAPI()\r\n"),
        ("cr.py", b"from fastapi import FastAPI\rapp = FastAPI()\r"),
        ("formfeed.py", b"from fastapi import FastAPI\n\x0c\napp = FastAPI()\n"),
    ],
)
def test_declared_encodings_bom_and_line_endings_are_analysed(tmp_path: Path, name: str, data: bytes) -> None:
    """Coding cookies, a UTF-8 BOM, CRLF/CR endings and form feeds do not stop the analysis."""
    write_tree(tmp_path, {name: data})
    analysis = run(tmp_path)
    assert analysis.errors == []
    assert [r.role for r in analysis.roles[name]] == ["hosting"]
    assert analysis.roles[name][0].line == (3 if name.startswith("latin1") or name in ("crlf.py", "formfeed.py") else 2)


@pytest.mark.parametrize(
    "source",
    [
        "x = " + "(" * 5000 + "1" + ")" * 5000 + "\n",
        "x = " + "[" * 5000 + "]" * 5000 + "\n",
        "x = " + "f(" * 5000 + ")" * 5000 + "\n",
        "x = " + "-" * 50000 + "1\n",
        "x = " + "not " * 50000 + "1\n",
    ],
    ids=["parens", "lists", "calls", "unary", "not"],
)
def test_deeply_nested_expressions_do_not_crash_the_process(tmp_path: Path, source: str) -> None:
    """A deeply nested expression becomes an error entry; the process survives (no SIGSEGV, no RecursionError)."""
    write_tree(tmp_path, {"deep.py": source, "ok.py": "import os\n"})
    script = textwrap.dedent(
        f"""
        import json, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from mllens_robust_support import run
        analysis = run(__import__('pathlib').Path({str(tmp_path)!r}))
        print(json.dumps(analysis.errors))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    errors = dict(json.loads(done.stdout))
    assert list(errors) == ["deep.py"] and "nested" in errors["deep.py"]


def test_nesting_cpython_accepts_is_analysed(tmp_path: Path) -> None:
    """Nesting just inside CPython's limits (199 parens, 100 lambdas) is analysed normally."""
    write_tree(tmp_path, {"a.py": "x = " + "(" * 199 + "f()" + ")" * 199 + "\n", "b.py": "g = " + "lambda: " * 100 + "h()\n"})
    analysis = run(tmp_path)
    assert analysis.errors == []
    assert [c.name for c in next(f for f in analysis.files if f.path == "a.py").calls] == ["f"]


def test_files_over_max_file_size_are_reported_not_analysed(tmp_path: Path) -> None:
    """A file over max-file-size is listed as not analysed with its size; smaller files are analysed."""
    big = "x = 1\n" * 200_000
    write_tree(tmp_path, {"big.py": big, "small.py": "import os\n"})
    analysis = run(tmp_path, {"max-file-size": 100_000})
    assert analysis.errors == [("big.py", f"file is {len(big)} bytes, over max-file-size (100000); not analysed")]
    assert_invariants(analysis, {"big.py", "small.py"})


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_files_and_directories_are_reported(tmp_path: Path) -> None:
    """A chmod 000 file and directory are reported as not readable; the rest is analysed."""
    write_tree(tmp_path, {"secret.py": "import os\n", "locked/mod.py": "import os\n", "ok.py": "import os\n"})
    (tmp_path / "secret.py").chmod(0)
    (tmp_path / "locked").chmod(0)
    try:
        analysis = run(tmp_path)
    finally:
        (tmp_path / "secret.py").chmod(0o644)
        (tmp_path / "locked").chmod(0o755)
    errors = _errors(analysis)
    assert errors["secret.py"].startswith("cannot read") and errors["locked"].startswith("cannot list directory")


def test_odd_file_names_and_empty_packages(tmp_path: Path) -> None:
    """Spaces, non-ASCII names, dotted names and empty packages are analysed like any file."""
    write_tree(
        tmp_path,
        {
            "my scripts/train model.py": "import os\n",
            "données/modèle.py": "import os\n",
            "数据/训练.py": "import os\n",
            "a.b.py": "import os\n",
            "empty/__init__.py": "",
            "empty/inner/__init__.py": "",
            "emptydir/.keep": "",
        },
    )
    analysis = run(tmp_path)
    assert analysis.errors == []
    modules = {f.path: f.module for f in analysis.files}
    assert modules["données/modèle.py"] == "données.modèle" and modules["empty/inner/__init__.py"] == "empty.inner"
    assert_invariants(analysis, set(modules))


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse non-UTF-8 names")
def test_non_utf8_file_names_are_reported_by_their_bytes(tmp_path: Path) -> None:
    """A .py file or directory whose name is not UTF-8 is reported (\\xNN-escaped), not analysed, and the run goes on."""
    base = os.fsencode(tmp_path)
    with open(base + b"/caf\xe9.py", "wb") as handle:
        handle.write(b"import os\n")
    os.mkdir(base + b"/d\xff")
    with open(base + b"/d\xff/m.py", "wb") as handle:
        handle.write(b"import os\n")
    write_tree(tmp_path, {"ok.py": "import os\n"})
    analysis = run(tmp_path)
    assert analysis.errors == [("caf\\xe9.py", "file name is not valid UTF-8; not analysed"), ("d\\xff", "file name is not valid UTF-8; not analysed")]
    assert [f.path for f in analysis.files] == ["ok.py"]
    json.loads(report_bytes(analysis))


def test_source_encoded_lone_surrogates_do_not_crash(tmp_path: Path) -> None:
    """A notebook whose JSON holds a lone surrogate (\\ud800) is reported, not a crash."""
    write_tree(tmp_path, {"nb.ipynb": json.dumps({"cells": [{"cell_type": "code", "source": "x = '\ud800'\n"}]}), "ok.py": "import os\n"})
    analysis = run(tmp_path)
    assert analysis.errors == [("nb.ipynb", "cell 1: 'source' is not valid Unicode (lone surrogate)")]


def test_py_file_decoding_to_lone_surrogates_does_not_crash(tmp_path: Path) -> None:
    """A .py file whose coding cookie decodes to a lone surrogate becomes an error entry."""
    write_tree(tmp_path, {"raw.py": b"# -*- coding: raw_unicode_escape -*-\nx = '\\ud800'\n", "ok.py": "import os\n"})
    analysis = run(tmp_path)
    assert list(_errors(analysis)) == ["raw.py"]


def test_ten_thousand_tiny_files(tmp_path: Path) -> None:
    """A project of 10,000 tiny modules in 100 packages is analysed completely (its speed is
    benchmarks/bench.py's business, not a timed test's)."""
    for package in range(100):
        directory = tmp_path / f"pkg{package}"
        directory.mkdir()
        (directory / "__init__.py").write_text("")
        for index in range(99):
            (directory / f"m{index}.py").write_text(f"import os\nX = {index}\n")
    started = time.perf_counter()
    analysis = run(tmp_path)
    elapsed = time.perf_counter() - started
    print(f"10,000 files analysed in {elapsed:.1f} s")
    assert len(analysis.files) == 10_000 and analysis.errors == []


def test_valid_python_that_libcst_rejects_is_not_called_a_syntax_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """When CPython compiles a file that libcst's grammar refuses, the error names the parser's limit, not a syntax error."""
    import libcst

    from pytest_mllens.facts.extraction import extract

    def refuse(text: str) -> None:
        raise libcst.ParserSyntaxError("tokenizer error: unexpected indent", lines=text.splitlines(True), raw_line=3, raw_column=0)

    monkeypatch.setattr(extract.cst, "parse_module", refuse)
    facts = extract.extract_facts("class A:\n    x = 1\n    def f(self):\n        pass\n", path="a.py", module="a")
    assert facts.error.startswith("valid Python that libcst cannot parse (line 3: "), facts.error
    broken = extract.extract_facts("def f(:\n", path="b.py", module="b")
    assert broken.error.startswith("syntax error at line 1"), broken.error
