"""``--mllens-report html:PATH``: the lens scorecard, one self-contained HTML file.

No scripts, no fonts, no images to fetch: CSS is inline and graphs are inline SVG, so the file
opens anywhere, from a CI artifact too. It shows the pillar x lifecycle-phase matrix of
checks coloured by outcome, the role map of the project's modules, a drawn graph of every
violating import chain, and each finding with its code excerpt, evidence and lens links.
Every string that comes from the analysed project goes through :func:`html.escape`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape
from pathlib import Path

from ..check import Check
from ..analysis import Analysis
from ..facts.text import SourceLines, joined_line
from ..findings import Finding
from ..version import __version__
from .pillars import PHASES, PILLARS, cells_of
from .records import BASELINED, OPEN, SUPPRESSED, Record
from .terminal import references

__all__ = ["html_report", "write_html"]

_LINK = re.compile(r"^\s*(\S+) -> (\S+) \((.*)\)$")
_ROLE_COLOURS = {"hosting": "#2563eb", "training": "#ea580c", "evaluation": "#7c3aed", "pipeline": "#0d9488", "monitoring": "#16a34a"}

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:24px;color:#1f2937;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #e5e7eb;padding-bottom:4px}
.muted{color:#6b7280}table{border-collapse:collapse}td,th{border:1px solid #e5e7eb;padding:6px 8px;vertical-align:top;text-align:left}
th{background:#f9fafb;font-weight:600}.matrix td{width:130px;height:44px}
.pass{background:#dcfce7}.fail{background:#fee2e2}.none{background:#f3f4f6}
.chip{display:inline-block;border-radius:10px;padding:0 7px;margin:1px;font-size:12px;color:#fff;background:#6b7280}
.chip.passed{background:#16a34a}.chip.failed{background:#dc2626}
.finding{border:1px solid #e5e7eb;border-left:4px solid #dc2626;margin:10px 0;padding:8px 12px}
.finding.suppressed,.finding.baselined{border-left-color:#9ca3af}
pre{background:#f9fafb;padding:6px 8px;overflow-x:auto;margin:6px 0}pre .hit{background:#fef3c7;display:block}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}ul{margin:4px 0 4px 18px;padding:0}
svg text{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
"""


def html_report(analysis: Analysis, items: list[Record], outcomes: Mapping[str, str]) -> str:
    text = SourceLines(analysis.root)
    cells = {f.path: f.cells for f in analysis.files if f.cells}
    checks = sorted({r.check for r in analysis.results.values()}, key=lambda c: c.id)
    verdict = {c.name: _outcome(c, analysis, outcomes) for c in checks}
    open_items = [r for r in items if r.status == OPEN]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
        f"<title>ML Lens scorecard: {escape(analysis.root.name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>AWS Well-Architected ML Lens scorecard</h1><p class=\"muted\">{escape(analysis.root.as_posix())} · pytest-mllens {escape(__version__)} · "
        f"{len(checks)} checks · {len(open_items)} open findings · {analysis.analysed} files analysed</p>",
        _matrix(checks, verdict),
        _roles(analysis),
        _graphs(analysis, open_items),
        "<h2>Findings</h2>",
        *(_finding(cells, r, text) for r in open_items),
        "" if open_items else '<p id="no-findings">No open findings.</p>',
    ]
    others = [r for r in items if r.status != OPEN]
    if others:
        parts += ["<h2>Suppressed and baselined findings</h2>", *(_finding(cells, r, text) for r in others)]
    if analysis.errors:
        parts += ["<h2>Not analysed</h2><ul>", *(f"<li><code>{escape(p)}</code>: {escape(m)}</li>" for p, m in analysis.errors), "</ul>"]
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _outcome(check: type[Check], analysis: Analysis, outcomes: Mapping[str, str]) -> str:
    if check.name in outcomes:
        return outcomes[check.name]
    result = analysis.results[check.name]
    return "failed" if result.findings or result.error else "passed"


def _matrix(checks: list[type[Check]], verdict: Mapping[str, str]) -> str:
    rows = ['<h2>Pillar × lifecycle phase</h2><table class="matrix" id="matrix"><tr><th>pillar</th>']
    rows += [f"<th>{escape(label)}</th>" for _, label in PHASES]
    rows.append("</tr>")
    for _, pillar in PILLARS:
        rows.append(f"<tr><th>{escape(pillar)}</th>")
        for phase, _ in PHASES:
            here = [c for c in checks if (pillar, phase) in cells_of(c)]
            outcomes = {verdict[c.name] for c in here}
            state = "fail" if "failed" in outcomes else "pass" if "passed" in outcomes else "none"  # a skipped check decides nothing
            chips = "".join(f'<span class="chip {escape(verdict[c.name])}" title="{escape(c.name)}: {escape(verdict[c.name])}">{escape(c.id)}</span>' for c in here)
            rows.append(f'<td class="{state}" data-pillar="{escape(pillar)}" data-phase="{escape(phase)}">{chips}</td>')
        rows.append("</tr>")
    rows.append("</table>")
    return "".join(rows)


def _roles(analysis: Analysis) -> str:
    modules = {f.path: f.module for f in analysis.files}
    rows = ['<h2>Role map</h2><table id="roles"><tr><th>module</th><th>path</th><th>roles</th><th>why</th></tr>']
    for path in sorted(analysis.roles):
        reasons = analysis.roles[path]
        if not reasons:
            continue
        chips = "".join(f'<span class="chip" style="background:{_ROLE_COLOURS.get(r.role, "#6b7280")}">{escape(r.role)}</span>' for r in reasons)
        why = "<br>".join(f"{escape(r.role)}: {escape(r.reason)}" for r in reasons)
        rows.append(f"<tr><td><code>{escape(modules.get(path, ''))}</code></td><td><code>{escape(path)}</code></td><td>{chips}</td><td>{why}</td></tr>")
    rows.append("</table>")
    return "".join(rows)


def chain_of(evidence: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """The ``a -> b (l.9)`` links after an ``import chain:`` evidence line, as (source, target, label)."""
    links: list[tuple[str, str, str]] = []
    inside = False
    for line in evidence:
        if line.strip() == "import chain:":
            inside = True
            continue
        match = _LINK.match(line) if inside else None
        if match is None:
            inside = inside and not links
            continue
        links.append((match.group(1), match.group(2), match.group(3)))
    return links


def _graphs(analysis: Analysis, items: list[Record]) -> str:
    role_of = {f.module: (analysis.roles.get(f.path) or [None])[0] for f in analysis.files}
    out = ["<h2>Violating import chains</h2>"]
    drawn = 0
    for record in items:
        links = chain_of(record.finding.evidence)
        if not links:
            continue
        drawn += 1
        nodes = [links[0][0], *(target for _, target, _ in links)]
        width = max(260, 40 + 8 * max(len(n) for n in nodes))
        height = 70 * len(nodes) - 6
        svg = [f'<svg class="chain" id="chain-{drawn}" xmlns="http://www.w3.org/2000/svg" width="{width + 260}" height="{height}" role="img" aria-label="import chain">']
        svg.append('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" fill="#374151"/></marker></defs>')
        for i, node in enumerate(nodes):
            y = 15 + 70 * i
            reason = role_of.get(node)
            colour = _ROLE_COLOURS.get(reason.role, "#6b7280") if reason else "#6b7280"
            role = f" ({reason.role})" if reason else ""
            svg.append(f'<rect x="10" y="{y}" width="{width - 20}" height="34" rx="6" fill="#fff" stroke="{colour}" stroke-width="2"/>')
            svg.append(f'<text x="22" y="{y + 22}" fill="#111827">{escape(node + role)}</text>')
            if i < len(links):
                svg.append(f'<line x1="40" y1="{y + 34}" x2="40" y2="{y + 68}" stroke="#374151" stroke-width="1.5" marker-end="url(#arrow)"/>')
                svg.append(f'<text x="52" y="{y + 56}" fill="#4b5563">imports at {escape(links[i][2])}</text>')
        svg.append("</svg>")
        out.append(f"<p><code>{escape(record.finding.location)}</code> {escape(record.check.id)}: {escape(record.finding.message)}</p>{''.join(svg)}")
    if not drawn:
        out.append("<p>No import chain violates a check.</p>")
    return "".join(out)


def _finding(cells: Mapping[str, tuple[tuple[int, int], ...]], record: Record, text: SourceLines) -> str:
    f, check = record.finding, record.check
    status = {OPEN: "", SUPPRESSED: f" · suppressed ({escape(record.how)}{'; because ' + escape(record.reason) if record.reason else ''})", BASELINED: " · baselined"}[record.status]
    cell = f" · notebook cell {f.cell}, line {f.line}" if f.cell else ""
    links = " ".join(f'<a href="{escape(ref.url)}">{escape(ref.id)}</a> {escape(ref.title)};' for ref in references(check))
    return (
        f'<div class="finding {escape(record.status)}"><div><code>{escape(f.location)}</code> <b>{escape(check.id)} {escape(check.name)}</b>{cell}{status}</div>'
        f"<div>{escape(f.message)}</div>{_excerpt(cells, f, text)}"
        f"<ul>{''.join(f'<li>{escape(item)}</li>' for item in f.complete_evidence)}</ul>"
        f"<div>lens: {links}</div><div>fix: {escape(check.fix)}</div></div>"
    )


def _excerpt(cells: Mapping[str, tuple[tuple[int, int], ...]], f: Finding, text: SourceLines) -> str:
    """Two lines either side of the finding's line, numbered as the finding is (within the cell for notebooks)."""
    lines = text.lines(f.path)
    number, first, last = f.line, 1, len(lines)
    if f.cell:  # a notebook: stay inside the finding's cell of the joined source
        starts = cells.get(f.path, ())
        number, first = joined_line(starts, f.cell, f.line), joined_line(starts, f.cell, 1)
        last = min([start - 2 for start, _ in starts if start > first] or [last])
    if not lines or not 0 < number <= len(lines):
        return ""
    shown = []
    for n in range(max(first, number - 2), min(last, number + 2) + 1):
        row = f"{n - number + f.line:>5}  {escape(lines[n - 1])}"
        shown.append(f'<span class="hit">{row}</span>' if n == number else row + "\n")
    return f"<pre><code>{''.join(shown)}</code></pre>"


def write_html(analysis: Analysis, items: list[Record], path: Path, outcomes: Mapping[str, str]) -> None:
    from .files import write_text

    write_text(path, html_report(analysis, items, outcomes))
