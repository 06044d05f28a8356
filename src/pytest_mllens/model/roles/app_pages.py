"""Pages of a multipage UI app: one server runs them all.

Streamlit serves every script in the ``pages/`` folder beside the entry script
(``streamlit run app/Home.py`` serves ``app/pages/*.py`` as well), and Dash's ``use_pages``
does the same with its ``pages/`` folder. So when one page of such an app serves a model
(``2_Predict.py`` loads it and predicts), the others run in that same serving process, and a
``1_Train_Model.py`` page whose button runs the training pipeline ships and runs training code
in the deployed app. Each page (and the entry script) of an app one of whose members is hosting
code is hosting code too, with a reason that names the serving member; a page that trains is
then reported by ML001 like any hosting module that imports or runs training code.
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
    apps: dict[str, list[FileFacts]] = {}
    has_pages: set[str] = set()
    for facts in project.files:
        if facts.kind != "py" or facts.error or not libraries & imported_roots(facts):
            continue
        folder = posixpath.dirname(facts.path)
        if posixpath.basename(folder) == folder_name:
            root = posixpath.dirname(folder)
            has_pages.add(root)
        else:
            root = folder
        apps.setdefault(root, []).append(facts)
    added: list[tuple[FileFacts, Hosting]] = []
    for root in sorted(has_pages):
        members = sorted(apps[root], key=lambda f: f.path)
        serving = next((m for m in members if m.path in hosts), None)
        if serving is None:
            continue
        where = f"{root}/" if root else "the repository root"
        for member in members:
            if member.path not in hosts:
                added.append((member, Hosting(
                    f"part of the multipage app in {where} (with its {folder_name}/ folder), which one server runs with "
                    f"{serving.path}, a member that serves the model",
                    1,
                )))
    return added
