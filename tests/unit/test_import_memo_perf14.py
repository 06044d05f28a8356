"""Import resolution remembered by folder and target (``Project._resolve_in_folder``) must answer
each file as resolving it alone does: what only the file itself can tell (its own ``sys.path``
edits, a staged copy next to it) is never shared with its siblings."""

from __future__ import annotations

from pytest_mllens.testing import analyse_sources

SOURCES = {
    "lib/src/features.py": "def build():\n    pass\n",
    "jobs/a_with_path.py": "import sys\nsys.path.append('../lib/src')\nimport features\n",
    "jobs/b_without.py": "import features\n",
    "jobs/c_package_import.py": "from jobs import b_without\nimport features\n",
}


def _targets(project, module: str) -> list[str]:
    return sorted(e.target for e in project.edges[module])


def test_a_sys_path_edit_resolves_for_its_own_file_only() -> None:
    """The file that puts lib/src on sys.path imports lib.src.features; its siblings, asking the same (folder, target), do not."""
    project, _ = analyse_sources(SOURCES)
    assert _targets(project, "jobs.a_with_path") == ["lib.src.features"]
    assert _targets(project, "jobs.b_without") == []
    assert _targets(project, "jobs.c_package_import") == ["jobs.b_without"]


def test_the_order_files_are_resolved_in_does_not_change_an_answer() -> None:
    """Listed the other way round (the sibling without the edit resolved first), every file's edges are the same."""
    forward, _ = analyse_sources(SOURCES)
    backward, _ = analyse_sources(dict(reversed(list(SOURCES.items()))))
    for module in ("jobs.a_with_path", "jobs.b_without", "jobs.c_package_import"):
        assert [e.render() for e in forward.edges[module]] == [e.render() for e in backward.edges[module]]


def test_edges_keep_their_order_and_notes() -> None:
    """Edges built as rows sort by target and carry the package notes, as Edge instances did."""
    project, _ = analyse_sources({
        "pkg/__init__.py": "",
        "pkg/sub/__init__.py": "",
        "pkg/sub/zeta.py": "X = 1\n",
        "pkg/alpha.py": "def f():\n    import pkg.sub.zeta\n",
        "pkg/app.py": "import pkg.sub.zeta\nfrom pkg import alpha\n",
    })
    rendered = [e.render() for e in project.edges["pkg.app"]]
    assert rendered == sorted(rendered, key=lambda text: text.split(" -> ")[1].split(" ")[0])
    assert [e.target for e in project.edges["pkg.app"]] == ["pkg", "pkg.alpha", "pkg.sub", "pkg.sub.zeta"]
    assert "runs first" in project.edges["pkg.app"][0].note
    assert any(e.lazy for e in project.edges["pkg.alpha"])
