"""docs-check: report every disagreement between exchange doc pages and their specs.

    python -m generator docs-check [DIR ...] [--specs specs] [--prefix /p ...]

Each page (`*.md`, `*.txt`, `*.markdown` in the DIRs; INDEX and README files are not pages)
is read into the page model (`docpage`), matched to the endpoint spec with its path (a page
may leave out a documented prefix: `/api`, `/vN`, `/api/vN`, or any `--prefix`) and compared
fact by fact (`docs_compare`). Every disagreement is one line

    page:line: spec-file:line: <kind> <subject>: <detail>

Loud by design: a page whose endpoint cannot be identified, a file that is not UTF-8, a DIR
that is missing or holds no page, and invalid specs are errors (exit 2); a page that matches
no spec, a spec that matches no page, and any part of a page the model cannot read are
disagreements (exit 1). Which specs need a page: those an `INDEX.md` of the DIR lists (the
seeds' index, docs/pages/INDEX.md); without DIRs (the project's folders) every endpoint spec
but those whose `source:` is a repository (an official SDK: the exchange publishes no page),
which are listed as notes.

A disagreement is "recorded on purpose" only when a `conflicts:` entry of the endpoint (or of
its exchange) names it in `facts:` as "<kind> <subject>" AND, when the page states a value,
that value still appears in one of the entry's `source: page` statements. A named fact that
no longer disagrees is reported too (`conflict-stale`): the page changed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from generator.errors import GeneratorError
from generator.review.compare_common import Finding, path_matches
from generator.review.docpage import METHODS, DocPage, parse_text
from generator.review.docs_compare import compare
from generator.review.pagevalues import norm
from generator.spec.data import mapping as as_map
from generator.spec.data import sequence as as_list
from generator.spec.load import SpecDocument, load_tree
from generator.spec.validate import validate

__all__ = ["Drift", "check_pages", "docs_check_main", "match_spec"]

Data = Mapping[str, object]
PAGE_SUFFIXES = (".md", ".txt", ".markdown")
DEFAULT_DIRS = ("../shared/seeds", "docs/pages")
# A spec whose source is a repository (an official SDK, where the exchange has no page) needs
# no page: it is listed as a note.
_REPOSITORY = re.compile(r"https://github\.com/[^/\s]+/[^/\s]+/")
# kinds whose page value is a wire value: recorded only where a statement has it in its case
_WIRE_VALUES = ("request-example", "response-example", "enum-value", "response-enum-value")
_INDEX_ROW = re.compile(rf"^\|\s*`?([^|`]+?)`?\s*\|.*?\b({METHODS})\s+`?(/[^\s`|]+)")


@dataclass(frozen=True, order=True)
class Drift:
    page: str
    page_line: int
    spec: str
    spec_line: int
    kind: str
    detail: str
    recorded: str | None = None  # the topic of the conflict that records it
    subject: str = ""

    def __str__(self) -> str:
        about = f"{self.kind} {self.subject}" if self.subject else self.kind
        text = f"{self.page}:{self.page_line}: {self.spec}:{self.spec_line}: {about}: {self.detail}"
        return f"{text} [recorded: {self.recorded}]" if self.recorded else text


class Report(NamedTuple):
    drift: list[Drift]
    errors: list[str]  # input that cannot be read: exit 2
    notes: list[str]  # for the maintainer, not a failure (a page its folder's index omits)


def match_spec(
    page: DocPage, endpoints: Sequence[SpecDocument], prefixes: Sequence[str] = ()
) -> SpecDocument | None:
    """The endpoint spec of `page`: the one whose path the page states (behind a known prefix),
    preferring the one with the page's method."""
    paths = [e.path for e in page.endpoints if e.path and e.origin != "curl"] or [
        e.path for e in page.endpoints if e.path
    ]
    hits = [
        d
        for d in endpoints
        for p in paths
        if path_matches(p, str(d.data.get("path", "")), prefixes)
    ]
    if not hits:
        return None
    same = [d for d in hits if str(d.data.get("method", "")).upper() == (page.method or "").upper()]
    return (same or hits)[0]


def _index(directory: Path) -> list[tuple[str, int, str, str]] | None:
    """(file, line, method, path) of each row of DIR/INDEX.md, or None without an index."""
    index = next(
        (p for p in directory.iterdir() if p.stem.lower() == "index" and p.is_file()), None
    )
    if index is None:
        return None
    rows = []
    for number, line in enumerate(index.read_text(encoding="utf-8-sig").splitlines(), 1):
        if m := _INDEX_ROW.match(line.strip()):
            rows.append((m.group(1).strip(), number, m.group(2), m.group(3)))
    return rows


@lru_cache(maxsize=256)  # pages are read, never changed, after parsing; a rerun skips equal ones
def _parse(text: str, rel: str) -> DocPage:
    return parse_text(text, rel)


class _Run:
    def __init__(self, docs: Sequence[SpecDocument], prefixes: Sequence[str]) -> None:
        self.endpoints = [d for d in docs if d.kind == "endpoint"]
        self.exchanges = {str(d.data.get("exchange")): d for d in docs if d.kind == "exchange"}
        self.prefixes = prefixes
        self.drift: list[Drift] = []
        self.errors: list[str] = []
        self.covered: set[str] = set()

    def page(self, file: Path, rel: str, indexed: tuple[str, str] | None) -> None:
        try:
            page = _parse(file.read_text(encoding="utf-8-sig"), rel)
        except UnicodeDecodeError as exc:
            self.errors.append(
                f"{rel}:1: error: not UTF-8 text ({exc.reason} at byte {exc.start}); the page cannot be read"
            )
            return
        if page.method is None or page.path is None:
            what = "no method" if page.method is None else "no path"
            self.errors.append(
                f"{rel}:{page.endpoint_line}: error: the page's endpoint cannot be identified ({what}): expected a "
                "line such as `POST /api/v1/x`, or `Request type: POST` with a path heading"
            )
            return
        for line, problem in page.problems:
            self.drift.append(Drift(rel, line, "-", 0, "unreadable", problem))
        spec = match_spec(page, self.endpoints, self.prefixes)
        if spec is None and indexed is not None:  # the index says which endpoint this page is
            spec = next(
                (
                    d
                    for d in self.endpoints
                    if path_matches(indexed[1], str(d.data.get("path")), self.prefixes)
                ),
                None,
            )
        if spec is None:
            spec = self._same_source(page)
        if spec is None:
            self.drift.append(
                Drift(
                    rel,
                    page.endpoint_line,
                    "-",
                    0,
                    "endpoint-missing",
                    f"{page.method} {page.path} has no spec",
                    subject=f"{page.method} {page.path}",
                )
            )
            return
        self.covered.add(spec.path)
        exchange = self.exchanges.get(str(spec.data.get("exchange")))
        findings = compare(page, spec, exchange.data if exchange else {}, self.prefixes)
        self.drift += self._excuse(page, rel, spec, exchange, findings)

    def _same_source(self, page: DocPage) -> SpecDocument | None:
        urls = {u.rstrip("/") for _, u in page.sources}
        hits = [
            d
            for d in self.endpoints
            if str(d.data.get("source", "")).rstrip("/") in urls
            and str(d.data.get("method", "")).upper() == (page.method or "").upper()
        ]
        return hits[0] if len(hits) == 1 else None

    def _excuse(
        self,
        page: DocPage,
        rel: str,
        spec: SpecDocument,
        exchange: SpecDocument | None,
        findings: list[Finding],
    ) -> list[Drift]:
        # (file, index, entry): an exchange file's conflicts apply to all its endpoints
        conflicts = [
            (spec, k, as_map(c)) for k, c in enumerate(as_list(spec.data.get("conflicts")))
        ]
        if exchange is not None:
            conflicts += [
                (exchange, k, as_map(c))
                for k, c in enumerate(as_list(exchange.data.get("conflicts")))
            ]
        out: list[Drift] = []
        used: set[tuple[str, str]] = set()
        for f in findings:
            where = exchange if f.in_exchange and exchange is not None else spec
            key = f"{f.kind} {f.subject}"
            recorded = None
            for _, _, c in conflicts:
                if key not in [str(x) for x in as_list(c.get("facts"))]:
                    continue
                used.add((str(c.get("topic")), key))
                cased = f.kind.startswith(_WIRE_VALUES)  # a value sent or received as written
                quotes = [
                    norm(str(as_map(s).get("text", "")), cased)
                    for s in as_list(c.get("statements"))
                    if str(as_map(s).get("source", "")) == "page"
                ]
                value = norm(f.page_value, cased) if f.page_value is not None else None
                # an empty page value ("") normalises to nothing: naming the fact is enough
                if not value or any(f" {value} " in f" {q} " for q in quotes):
                    recorded = str(c.get("topic"))
                    break
            out.append(
                Drift(
                    rel,
                    f.line,
                    where.path,
                    where.locate(f.json_path)[0],
                    f.kind,
                    f.detail,
                    recorded,
                    f.subject,
                )
            )
        # a changed cell is reported once: by its structured finding, not again as changed text
        structured = {
            (d.page_line, d.subject)
            for d in out
            if d.recorded is None and not d.kind.endswith("-description")
        }
        out = [
            d
            for d in out
            if not (d.kind.endswith("-description") and (d.page_line, d.subject) in structured)
        ]
        # stale: a fact the endpoint's own conflicts name that nothing disagrees on any more
        # (an exchange-wide entry may name facts of its other endpoints' pages)
        for doc, index, c in conflicts:
            for k, fact in enumerate(as_list(c.get("facts"))):
                if doc is spec and (str(c.get("topic")), str(fact)) not in used:
                    out.append(
                        Drift(
                            rel,
                            page.endpoint_line,
                            doc.path,
                            doc.locate(f"$.conflicts[{index}].facts[{k}]")[0],
                            "conflict-stale",
                            f"conflict {c.get('topic')!r} records {fact!r}, but the page no longer disagrees on it",
                            subject=str(fact),
                        )
                    )
        return out


def check_pages(
    docs_dirs: Path | Sequence[Path],
    docs: Sequence[SpecDocument],
    prefixes: Sequence[str] = (),
    every_spec: bool = False,
) -> Report:
    """Every disagreement between the pages of `docs_dirs` and the specs `docs`, every error
    (input that cannot be read) and notes. The endpoints an INDEX.md of a folder lists need their
    page there; with `every_spec`, every endpoint spec needs a page in one of the folders."""
    dirs = [docs_dirs] if isinstance(docs_dirs, Path) else list(docs_dirs)
    run = _Run(docs, prefixes)
    expected: dict[str, tuple[str, int]] = {}  # spec path -> where the need for a page is stated
    notes: list[str] = []
    for directory in dirs:
        if not directory.is_dir():
            run.errors.append(f"{directory}: error: not a directory")
            continue
        index = _index(directory)
        files = sorted(
            p
            for p in directory.rglob("*")
            if p.is_file()
            and p.suffix.lower() in PAGE_SUFFIXES
            and p.stem.lower() not in ("index", "readme")
        )
        if not files:
            run.errors.append(f"{directory}: error: no doc pages (*.md, *.txt) in it")
            continue
        by_file: dict[str, tuple[str, str]] = {}
        if index is not None:
            index_file = next(
                p for p in directory.iterdir() if p.stem.lower() == "index"
            ).as_posix()
            for name, line, method, path in index:
                by_file[name] = (method, path)
                spec = next(
                    (
                        d
                        for d in run.endpoints
                        if path_matches(path, str(d.data.get("path")), prefixes)
                    ),
                    None,
                )
                if spec is None:
                    run.drift.append(
                        Drift(
                            index_file,
                            line,
                            "-",
                            0,
                            "endpoint-missing",
                            f"the index lists {method} {path}; no spec has it",
                            subject=f"{method} {path}",
                        )
                    )
                else:
                    expected.setdefault(spec.path, (index_file, line))
                if not (directory / name).is_file():
                    run.drift.append(
                        Drift(
                            index_file,
                            line,
                            spec.path if spec else "-",
                            1 if spec else 0,
                            "page-missing",
                            f"the index lists {name} ({method} {path}); the file is not there",
                            subject=name,
                        )
                    )
            listed = set(by_file)
            notes += [
                f"{file.as_posix()}:1: note: not listed in {index_file}"
                for file in files
                if file.relative_to(directory).as_posix() not in listed
            ]
        for file in files:
            run.page(file, file.as_posix(), by_file.get(file.relative_to(directory).as_posix()))
    if every_spec:
        for d in run.endpoints:
            if _REPOSITORY.match(str(d.data.get("source", ""))) and d.path not in run.covered:
                # No doc page exists: the spec is transcribed from an official SDK's source.
                notes.append(f"{d.path}:1: note: no page; its source is {d.data.get('source')}")
                continue
            expected.setdefault(d.path, (" ".join(str(x) for x in dirs), 0))
    for spec_path, (where, line) in sorted(expected.items()):
        if spec_path not in run.covered:
            doc = next(d for d in run.endpoints if d.path == spec_path)
            run.drift.append(
                Drift(
                    where,
                    line,
                    spec_path,
                    doc.locate("$.path")[0],
                    "page-missing",
                    f"no page states {doc.data.get('method')} {doc.data.get('path')}",
                    subject=spec_path,
                )
            )
    return Report(sorted(set(run.drift)), run.errors, notes)


def docs_check_main(
    docs_dirs: Sequence[Path] | Path, specs: Path, prefixes: Sequence[str], every_spec: bool = False
) -> int:
    dirs = [docs_dirs] if isinstance(docs_dirs, Path) else list(docs_dirs)
    docs, errors = load_tree(specs)
    errors = [*errors, *validate(docs)]
    if errors:
        raise GeneratorError("\n".join(str(e) for e in sorted(set(errors))))
    report = check_pages(dirs, docs, prefixes, every_spec)
    for note in report.notes:
        print(note, file=sys.stderr)
    real = [d for d in report.drift if d.recorded is None]
    recorded = [d for d in report.drift if d.recorded is not None]
    for line in report.errors:
        print(line)
    for d in real + recorded:
        print(d)
    print(
        f"docs-check: {len(real)} disagreement(s), {len(recorded)} recorded on purpose in the specs' "
        f"conflicts, {len(report.errors)} unreadable input(s)",
        file=sys.stderr,
    )
    return 2 if report.errors else 1 if real else 0
