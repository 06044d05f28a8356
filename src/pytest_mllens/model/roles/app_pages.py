"""Pages of a multipage UI app: one server runs them all.

Streamlit serves every script in the ``pages/`` folder beside the entry script
(``streamlit run app/Home.py`` serves ``app/pages/*.py`` as well), and Dash's ``use_pages``
does the same with its ``pages/`` folder; an entry script may also name its pages
(``st.navigation([st.Page("predict.py"), st.Page("train.py")])``). So when one page of such an app serves a model
(``2_Predict.py`` loads it and predicts), the others run in that same serving process, and a
``1_Train_Model.py`` page whose button runs the training pipeline ships and runs training code
in the deployed app. A page (or entry script) of an app one of whose members is hosting code,
that itself trains or imports or runs training code, is hosting code too, with a reason that
names the serving member, and ML001 reports it like any hosting module that reaches training
code. The other pages (charts, a drift report) serve no model and keep their own roles.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge
from ...facts.records import FileFacts
from ..knowledge import imported_roots
from .entry_common import Hosting

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["app_pages"]


def app_pages(project: Project, hosts: set[str]) -> list[tuple[FileFacts, Hosting]]:
    """Members of a multipage app (entry scripts beside ``pages/`` and the pages in it, each
    importing the app's library) that are not hosting code themselves, when another member of
    the same app is (``hosts``: the paths already known to serve)."""
    table = knowledge().get("multipage-apps", {})
    libraries = frozenset(table.get("imports", ()))
    folder_name = table.get("pages-folder", "pages")
    entries: dict[str, list[FileFacts]] = {}
    pages: dict[str, list[FileFacts]] = {}
    for facts in project.files:
        if facts.kind != "py" or facts.error or not libraries & imported_roots(facts):
            continue
        folder = posixpath.dirname(facts.path)
        if posixpath.basename(folder) == folder_name:
            pages.setdefault(posixpath.dirname(folder), []).append(facts)
        else:
            entries.setdefault(folder, []).append(facts)
    navigations = _navigations(project, frozenset(table.get("page-calls", ())), libraries)
    added: list[tuple[FileFacts, Hosting]] = []
    training: frozenset[str] | None = None
    # one app per entry script beside pages/ (`streamlit run app.py` serves app.py and the
    # pages; a second script there, `streamlit run label_tool.py`, is an app of its own)
    # (root, how the members belong together, members, whether only the first may serve)
    groups: list[tuple[str, str, list[FileFacts], bool]] = []
    for root in sorted(pages):
        shared = sorted(pages[root], key=lambda f: f.path)
        heads = sorted(entries.get(root, ()), key=lambda f: f.path)
        # the shared pages first: when one of them serves, the other entry scripts are apps of
        # their own that happen to sit beside it, not members of the serving app (the shared
        # pages' group has it); an entry script's group counts only when the script serves
        groups.append((root, f"its {folder_name}/ folder", shared, False))
        groups.extend((root, f"with its {folder_name}/ folder", [head, *shared], True) for head in heads)
    groups.extend((posixpath.dirname(entry.path), f"pages named by {entry.path}", [entry, *named], False) for entry, named in navigations)
    done: set[str] = set()
    for root, kind, members, head_serves in groups:
        serving = next((m for m in members if m.path in hosts), None)
        if serving is None or (head_serves and serving is not members[0]):
            continue
        if training is None:
            training = frozenset(f.module for f in project.files if project.role_by_knowledge(f, ("training",)) is not None)
        where = f"{root}/" if root else "the repository root"
        for member in members:
            if member.path in hosts or member.path in done or not _reaches(project, member, training):
                continue
            done.add(member.path)
            added.append((member, Hosting(
                f"a page of the multipage app in {where} ({kind}), which one server runs with "
                f"{serving.path}, a member that serves the model: what this page runs, the serving app runs",
                1,
            )))
    return added


def _navigations(project: Project, calls: frozenset[str], libraries: frozenset[str]) -> list[tuple[FileFacts, list[FileFacts]]]:
    """Entry scripts that name their pages (``st.navigation([st.Page("predict.py"), ...])``)
    with the page files they name, relative to the entry script's folder."""
    found: list[tuple[FileFacts, list[FileFacts]]] = []
    if not calls:
        return found
    for facts in project.files:
        if facts.kind != "py" or facts.error or not libraries & imported_roots(facts):
            continue
        named = [c.positional[0] for c in facts.calls if c.name in calls and c.positional and isinstance(c.positional[0], str)]
        pages = []
        for path in named:
            page = project.by_path.get(posixpath.normpath(posixpath.join(posixpath.dirname(facts.path), path)))  # type: ignore[arg-type]
            if page is not None and page.kind == "py" and page.path != facts.path and page not in pages:
                pages.append(page)
        if pages:
            found.append((facts, pages))
    return found


def _reaches(project: Project, member: FileFacts, training: frozenset[str]) -> bool:
    """Whether the page trains or imports (or runs) training code: a chart or drift page of
    the app serves no model of its own and is left alone."""
    if member.module in training:
        return True
    return bool(training) and bool(project.shortest_chains(member.module, training - {member.module}))
