"""The HTML lens scorecard: self-contained, escaped, and drawn by a real headless browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Files = dict[str, str]
Write = Callable[[Files], None]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")

HOSTILE = {
    "serve/app.py": 'from fastapi import FastAPI\nfrom ml.train import train\n\napp = FastAPI(title="<script>alert(1)</script> & \\"x\\"")\n',
}

# Injected by the test only (the report itself has no script): measures what the browser drew.
MEASURE = """<script>
addEventListener('load', () => {
  const box = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return {w: r.width, h: r.height, visible: s.visibility !== 'hidden' && s.display !== 'none'}; };
  const out = {matrix: box(document.getElementById('matrix')),
               chains: [...document.querySelectorAll('svg.chain')].map(box),
               failed: document.querySelectorAll('#matrix td.fail').length,
               nodes: document.querySelectorAll('svg.chain rect').length};
  document.body.setAttribute('data-measure', JSON.stringify(out));
});
</script>"""


def _scorecard(pytester: pytest.Pytester, write_files: Write, files: Files) -> str:
    write_files(files)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-report", "html:card.html")
    result.stdout.fnmatch_lines(["mllens: html report written to *card.html"])
    return (pytester.path / "card.html").read_text(encoding="utf-8")


def test_scorecard_is_self_contained_and_escapes_project_text(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """The file fetches nothing (no src/href to load, no script) and every project string is escaped."""
    page = _scorecard(pytester, write_files, {**bad_project, **HOSTILE})
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\&quot;x\\&quot;" in page
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\bsrc=", page)
    assert 'id="matrix"' in page and 'class="chain"' in page
    assert "ml.train (training)" in page and "serve.app (hosting)" in page
    assert '<a href="https://docs.aws.amazon.com/wellarchitected/latest/machine-learning-lens/mlrel01-bp02.html">MLREL01-BP02</a>' in page


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium); the HTML scorecard is not rendered in a browser")
def test_scorecard_renders_matrix_and_graph_in_headless_chromium(pytester: pytest.Pytester, write_files: Write, bad_project: Files, tmp_path: Path) -> None:
    """Headless Chromium lays out the pillar x phase matrix (failed cells coloured) and the
    import-chain graph with non-zero size, and takes a screenshot of the page."""
    page = _scorecard(pytester, write_files, bad_project)
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    base = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,1600"]
    dom = subprocess.run([*base, "--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120, check=True).stdout
    match = re.search(r'data-measure="([^"]*)"', dom)
    assert match, dom[:500]
    measured = json.loads(match.group(1).replace("&quot;", '"'))
    assert measured["matrix"]["visible"] and measured["matrix"]["w"] > 400 and measured["matrix"]["h"] > 200
    assert measured["failed"] >= 3  # ML001, ML002, ML003 each fail in at least one cell
    assert len(measured["chains"]) == 1 and measured["chains"][0]["h"] > 100 and measured["nodes"] == 2
    shot = tmp_path / "card.png"
    subprocess.run([*base, f"--screenshot={shot}", (pytester.path / "card.html").as_uri()], capture_output=True, timeout=120, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
