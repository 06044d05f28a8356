"""Issue 9: a cloned repository cannot run code through the mllens cache."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import pytest

from pytest_mllens.facts.cache import MAGIC, Cache, cache_secret, package_salt

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")


class _Payload:
    """Unpickling this writes a marker file: what an attacker's cache entry would do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (os.system, (f"echo pwned > {self.marker}",))


def _plant(cache_root: Path, project_root: Path, marker: Path) -> None:
    """Write hostile cache files wherever the plugin looks for its cache, in every format it ever used."""
    folder = cache_root / "d" / "mllens" / hashlib.blake2b(str(project_root).encode(), digest_size=8).hexdigest()
    folder.mkdir(parents=True, exist_ok=True)
    evil = pickle.dumps((package_salt(), _Payload(marker)))
    for name in ("results.pickle", "facts.pickle"):
        (folder / name).write_bytes(evil)
    current = ("results.bin", "facts.bin", "stamps.bin", "derived.bin", *(f"facts-{n:02d}.bin" for n in range(16)), *(f"derived-{n:02d}.bin" for n in range(16)))
    for name in current:  # the current format, with a forged tag
        (folder / name).write_bytes(MAGIC + b"\0" * 32 + evil)


def test_a_committed_pytest_cache_cannot_run_code(pytester: pytest.Pytester, bad_project: dict[str, str], write_files) -> None:
    """A .pytest_cache/ shipped with the repository holding pickles that run code is never unpickled."""
    write_files(bad_project)
    marker = pytester.path / "pwned"
    _plant(pytester.path / ".pytest_cache", pytester.path, marker)
    result = pytester.runpytest_subprocess("--mllens-only")
    result.assert_outcomes(failed=3)
    assert not marker.exists()


def test_a_cache_dir_chosen_by_the_project_cannot_run_code(pytester: pytest.Pytester, bad_project: dict[str, str], write_files) -> None:
    """The project's own pytest configuration points cache_dir at files it controls: still nothing runs."""
    write_files({**bad_project, "pyproject.toml": '[tool.pytest.ini_options]\ncache_dir = "ci/cache"\n'})
    marker = pytester.path / "pwned"
    _plant(pytester.path / "ci" / "cache", pytester.path, marker)
    result = pytester.runpytest_subprocess("--mllens-only")
    result.assert_outcomes(failed=3)
    assert not marker.exists()


def test_a_file_signed_with_another_key_is_not_read(tmp_path: Path) -> None:
    """Cache files written under one user's key are discarded under another's."""
    mine = Cache(tmp_path, "salt", secret=b"a" * 32)
    mine.store_results("run", ["value"])
    assert mine.results("run") == ["value"]
    assert Cache(tmp_path, "salt", secret=b"b" * 32).results("run") is None


def test_the_key_is_private_and_stable(tmp_path: Path) -> None:
    """The key is created once with owner-only permissions; a key others can read is refused."""
    first = cache_secret(tmp_path / "keys")
    assert first is not None and len(first) == 32
    assert cache_secret(tmp_path / "keys") == first
    key = tmp_path / "keys" / "key"
    if os.name == "posix":
        assert key.stat().st_mode & 0o077 == 0
        key.chmod(0o644)
        assert cache_secret(tmp_path / "keys") is None


def test_without_a_private_key_the_run_is_uncached_not_trusting(pytester: pytest.Pytester, bad_project: dict[str, str], write_files, monkeypatch: pytest.MonkeyPatch) -> None:
    """When no key can be kept (unwritable cache home), the lens still runs, without reading any cache file."""
    write_files(bad_project)
    marker = pytester.path / "pwned"
    _plant(pytester.path / ".pytest_cache", pytester.path, marker)
    blocker = pytester.path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    result = pytester.runpytest_subprocess("--mllens-only", "--mllens-timings")
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(["*cache: off*"])
    result.stdout.fnmatch_lines(["*mllens: cannot keep a private cache key*running uncached*"])  # said, not silent
    assert not marker.exists()


def test_a_committed_link_in_the_cache_folder_writes_nothing_outside(pytester: pytest.Pytester, bad_project: dict[str, str], write_files, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A checkout that ships .pytest_cache/d/mllens, or its own project folder in it, as a link
    elsewhere gets no file written there: the run warns (for the folder) and still reports."""
    write_files(bad_project)
    elsewhere = tmp_path_factory.mktemp("victim")
    (pytester.path / ".pytest_cache" / "d").mkdir(parents=True)
    (pytester.path / ".pytest_cache" / "d" / "mllens").symlink_to(elsewhere, target_is_directory=True)
    result = pytester.runpytest_subprocess("--mllens-only")
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(["*mllens: the cache folder*is a symbolic link; running uncached*"])
    assert not any(elsewhere.iterdir())
    (pytester.path / ".pytest_cache" / "d" / "mllens").unlink()
    project_folder = pytester.path / ".pytest_cache" / "d" / "mllens" / hashlib.blake2b(str(pytester.path).encode(), digest_size=8).hexdigest()
    project_folder.parent.mkdir(parents=True)
    project_folder.symlink_to(elsewhere, target_is_directory=True)
    result = pytester.runpytest_subprocess("--mllens-only")
    result.assert_outcomes(failed=3)
    assert not any(elsewhere.iterdir())
    project_folder.unlink()
    (pytester.path / ".pytest_cache" / "d" / "mllens").rmdir()
    (pytester.path / ".pytest_cache" / "d").rmdir()
    (pytester.path / ".pytest_cache" / "d").symlink_to(elsewhere, target_is_directory=True)  # the folder above: not even created through it
    result = pytester.runpytest_subprocess("--mllens-only")
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(["*mllens: the cache folder*is a symbolic link; running uncached*"])
    assert not (elsewhere / "mllens").exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_cache_file_linked_to_an_endless_device_is_not_read(tmp_path: Path) -> None:
    """A checkout that links a cache file to /dev/zero (or puts a FIFO there) gets a rebuild, not a read that never ends."""
    cache = Cache(tmp_path, "salt", secret=b"a" * 32)
    cache.store_results("run", ["value"])
    for path in list(tmp_path.iterdir()):
        if path.is_file():
            path.unlink()
            path.symlink_to("/dev/zero")
    fifo = tmp_path / "stamps.bin"
    if not fifo.exists() and hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
    assert Cache(tmp_path, "salt", secret=b"a" * 32).results("run") is None
