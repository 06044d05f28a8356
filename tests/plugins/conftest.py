"""The sample plugin package, importable in-process and installable into a throw-away site dir."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SAMPLE_PLUGIN = Path(__file__).resolve().parent / "sample_plugin"
if str(SAMPLE_PLUGIN) not in sys.path:  # in-process tests import it as if installed
    sys.path.insert(0, str(SAMPLE_PLUGIN))


def install_distribution(project: Path, site: Path) -> Path:
    """Install ``project`` into ``site`` as pip would for importlib.metadata: packages + .dist-info.

    The name, version, packages and entry points come from the project's own
    ``pyproject.toml``, so a wrong entry-point declaration there fails the tests that use it.
    """
    meta = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    name, version = meta["project"]["name"], meta["project"]["version"]
    for package in meta["tool"]["setuptools"]["packages"]:
        relative = package.replace(".", "/")
        shutil.copytree(project / relative, site / relative, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    dist_info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")
    groups = meta["project"].get("entry-points", {})
    (dist_info / "entry_points.txt").write_text(
        "".join(f"[{group}]\n" + "".join(f"{key} = {value}\n" for key, value in points.items()) + "\n" for group, points in groups.items()),
        encoding="utf-8",
    )
    return dist_info


@pytest.fixture
def install_plugin(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], Path]:
    """Install plugin projects into a fresh site dir that is on PYTHONPATH (for subprocesses)."""
    site = tmp_path_factory.mktemp("site")
    existing = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(site), *existing]))

    def install(project: Path) -> Path:
        return install_distribution(project, site)

    return install
