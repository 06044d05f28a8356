"""The lens catalogue (best-practice IDs, titles, URLs; design principles) as shipped data.

``data/lens_catalog.toml`` is a verbatim copy of the team's verified catalogue; checks cite
its IDs and a test proves every citation resolves.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["Reference", "practice", "principle"]


@dataclass(frozen=True)
class Reference:
    id: str
    title: str
    url: str

    def render(self) -> str:
        return f"{self.id} {self.title} <{self.url}>"


@lru_cache(maxsize=1)
def _catalog() -> tuple[dict[str, Reference], dict[str, Reference]]:
    """The catalogue, parsed once per user and version (TOML parsing is most of a warm run's
    cost otherwise; see facts.cache.compiled)."""
    from .facts.cache import compiled

    text = (resources.files("pytest_mllens") / "data" / "lens_catalog.toml").read_text(encoding="utf-8")
    return compiled("lens-catalog", text.encode(), lambda: _parse_catalog(text))


def _parse_catalog(text: str) -> tuple[dict[str, Reference], dict[str, Reference]]:
    document = tomllib.loads(text)
    practices = {p["id"]: Reference(p["id"], p["title"], p["url"]) for p in document["practice"]}
    principles = {p["key"]: Reference(p["key"], p["title"], p["url"]) for p in document["principle"]}
    return practices, principles


def practice(identifier: str) -> Reference:
    """The best practice ``identifier`` (KeyError when the catalogue does not know it)."""
    return _catalog()[0][identifier]


def principle(key: str) -> Reference:
    """The design principle ``key`` (KeyError when the catalogue does not know it)."""
    return _catalog()[1][key]
