"""A stable digest of every fact extracted from a tree, to prove a speed change left the facts alone.

Discovers the files of each given folder the way a run does (nested ``[tool.mllens]`` projects
included, each with its own module names), extracts their facts with one process and, with
``--jobs 2``, with a pool, and prints one SHA-256 over the ``repr`` of every record, its
``extra`` mapping included (``--without-extra`` leaves it out, as digests did before it
counted). ``--per-file`` prints one digest per file, to find which file changed when the
totals differ.

    python benchmarks/facts_fingerprint.py tests/corpus ~/.cache/mllens-realpackages/lightning@7f0c3436cd3f/src
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
from pathlib import Path

from pytest_mllens.config import Settings
from pytest_mllens.facts.discovery import SourceFile, discover
from pytest_mllens.facts.parsing import extract_all, read_source
from pytest_mllens.facts.records import FileFacts


def record_text(facts: FileFacts, extra: bool = True) -> str:
    """Every field of the record in declaration order, and the ``extra`` mapping by key.

    ``extra`` is left out of the record's equality, yet it carries facts the project stage
    reads (plain strings and constants by scope, deployment files' build steps, job tasks,
    resources, copies), so a speed change must leave it alone too; ``extra=False`` gives the
    digest as it was computed before it counted."""
    fields = tuple((f.name, getattr(facts, f.name)) for f in dataclasses.fields(facts) if f.name != "extra")
    if extra and facts.extra:
        return repr((fields, sorted(facts.extra.items())))
    return repr(fields)


def sources(root: Path, prefix: str = "") -> list[tuple[Path, SourceFile]]:
    """The files of ``root`` and of every nested project below it (paths relative to each project)."""
    settings = Settings()
    nested: list[str] = []
    found, _ = discover(root, (*settings.exclude, *settings.extend_exclude), settings.src, settings.notebooks, nested)
    result = [(root, source) for source in found]
    for relative in sorted(nested):
        result.extend(sources(root / relative, prefix + relative + "/"))
    return result


def fingerprint(root: Path, jobs: int, per_file: bool = False, extra: bool = True) -> tuple[str, int]:
    settings = Settings()
    work: list[tuple[SourceFile, bytes]] = []
    ready: list[FileFacts] = []
    for base, source in sources(root):
        data = read_source(base, source, settings.max_file_size)
        if isinstance(data, FileFacts):
            ready.append(data)
        else:
            # the path is made relative to the folder fingerprinted, so nested projects stay apart
            work.append((dataclasses.replace(source, path=str((base / source.path).relative_to(root))), data))
    facts = ready + extract_all(work, jobs, settings.max_file_size)
    total = hashlib.sha256()
    for record in sorted(facts, key=lambda f: f.path):
        text = record_text(record, extra).encode("utf-8", "surrogatepass")
        total.update(text)
        if per_file:
            print(f"  {hashlib.sha256(text).hexdigest()[:16]}  {record.path}")
    return total.hexdigest(), len(facts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--per-file", action="store_true")
    parser.add_argument("--without-extra", action="store_true", help="leave FileFacts.extra out, as digests before it counted did")
    args = parser.parse_args()
    for root in args.roots:
        digest, count = fingerprint(root, args.jobs, args.per_file, not args.without_extra)
        print(f"{digest}  {count:>5} files  {root}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
