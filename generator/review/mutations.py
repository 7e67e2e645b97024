"""Measure docs-check on one-edit changes of the source pages (a mutation corpus).

A corpus is a YAML list of edits: `page` (`seeds/<file>` for ../shared/seeds, `pages/<file>`
for docs/pages), `old` (text replaced once), `new`, and what must be printed: `expect`, tokens
that one line not marked recorded must contain (case-insensitive), or `exit: 2` for input
docs-check must refuse as unreadable. Each edit is applied to fresh copies of both page
folders and docs-check runs in process against the spec tree (loaded once). Used by
`benchmarks/docs_check_mutations.py` (prints the rate) and tests/generator/test_docs_check.py.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import yaml

from generator.review.docs_check import Drift, check_pages
from generator.spec.load import SpecDocument

__all__ = ["Mutation", "Outcome", "load_corpus", "page_copies", "run_mutation"]


@dataclass(frozen=True)
class Mutation:
    id: str
    page: str
    kind: str
    old: str
    new: str
    expect: tuple[str, ...] = ()
    exit: int | None = None


@dataclass(frozen=True)
class Outcome:
    mutation: Mutation
    detected: bool
    lines: tuple[str, ...]  # what docs-check printed (not recorded) and its errors
    exit: int


def load_corpus(path: Path) -> list[Mutation]:
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    out = []
    for item in cast(list[dict[str, object]], items):
        out.append(
            Mutation(
                id=str(item["id"]),
                page=str(item["page"]),
                kind=str(item["kind"]),
                old=str(item["old"]),
                new=str(item["new"]),
                expect=tuple(str(t) for t in cast(list[object], item.get("expect", []))),
                exit=cast(int | None, item.get("exit")),
            )
        )
    return out


@contextmanager
def page_copies(seeds: Path, pages: Path) -> Iterator[tuple[Path, Path]]:
    """Fresh copies of both page folders, as `<tmp>/seeds` and `<tmp>/pages`."""
    with tempfile.TemporaryDirectory(prefix="docs-mutations-") as tmp:
        a, b = Path(tmp) / "seeds", Path(tmp) / "pages"
        shutil.copytree(seeds, a)
        shutil.copytree(pages, b)
        yield a, b


def _report(dirs: Sequence[Path], docs: Sequence[SpecDocument]) -> tuple[list[Drift], list[str]]:
    report = check_pages(list(dirs), docs)
    return report.drift, report.errors


def run_mutation(m: Mutation, dirs: tuple[Path, Path], docs: Sequence[SpecDocument]) -> Outcome:
    """Apply `m` to its page inside `dirs` (the copies), run docs-check, restore the page."""
    folder, _, name = m.page.partition("/")
    file = (dirs[0] if folder == "seeds" else dirs[1]) / name
    original = file.read_text(encoding="utf-8")
    if m.old not in original:
        raise ValueError(f"{m.id}: {m.old!r} is not in {m.page}")
    file.write_text(original.replace(m.old, m.new, 1), encoding="utf-8")
    try:
        drift, errors = _report(dirs, docs)
    finally:
        file.write_text(original, encoding="utf-8")
    lines = tuple(errors) + tuple(str(d) for d in drift if d.recorded is None)
    code = 2 if errors else 1 if any(d.recorded is None for d in drift) else 0
    if m.exit is not None:
        detected = code == m.exit
    else:
        want = [t.lower() for t in m.expect]
        detected = any(all(t in line.lower() for t in want) for line in lines)
    return Outcome(m, detected, lines, code)
