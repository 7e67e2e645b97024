"""What docs-check compares with: the spec side of one endpoint, and the helpers every kind
of comparison shares (findings, text containment, schema paths, JSON differences).

A `Finding` is one disagreement: the page line, the spec's JSON path (for its line), a kind,
the subject it is about (parameter, field, code, ...) and the page's value; a conflict
`facts:` entry names findings by "<kind> <subject>" (docs_check applies them). Text is
compared normalised (`pagevalues.norm`: no markup, case or punctuation), clause by clause.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from generator.review.pagemodel import DocPage
from generator.review.pagevalues import DocRateLimit, norm
from generator.spec.data import mapping as as_map
from generator.spec.data import sequence as as_list
from generator.spec.load import SpecDocument

Data = Mapping[str, object]
OTHER_SOURCE = re.compile(r"protocols:§|https?://")
_PREFIX = re.compile(r"^(/api)?(/v\d+)?$")


@dataclass(frozen=True)
class Finding:
    line: int  # page line
    json_path: str  # where in the spec (the exchange file when `in_exchange`)
    kind: str
    subject: str
    detail: str
    page_value: str | None = None  # what the page says (None: the page says nothing)
    in_exchange: bool = False


class Checker(Protocol):
    """What the parameter and response checks need of the comparison they report to."""

    page: DocPage
    spec: SpecSide

    @property
    def d(self) -> Data: ...

    def add(
        self,
        line: int,
        json_path: str,
        kind: str,
        subject: str,
        detail: str,
        page_value: str | None = None,
    ) -> None: ...


def from_page(item: Data) -> bool:
    return str(item.get("source", "page")) == "page"


def clauses(text: str) -> list[str]:
    parts = re.split(r"<br\s*/?>|[.;:,()\[\]/|]\s|[;()\[\]|]|\s[-–—]\s|\.$", text)
    return [c for c in (norm(p) for p in parts) if c]


def path_matches(page_path: str, spec_path: str, prefixes: Sequence[str] = ()) -> bool:
    if page_path == spec_path:
        return True
    if spec_path.endswith(page_path) and page_path.startswith("/"):
        prefix = spec_path[: -len(page_path)]
        return bool(_PREFIX.match(prefix)) or prefix in prefixes
    return False


@dataclass
class SpecSide:
    """The spec side: endpoint data, exchange data and the pool of page-sourced texts."""

    doc: SpecDocument
    exchange: Data
    pool: str = ""
    notes: list[str] = field(default_factory=list)  # page-sourced notes and conflict statements

    @property
    def data(self) -> Data:
        return self.doc.data


def spec_side(doc: SpecDocument, exchange: Data) -> SpecSide:
    d = doc.data
    texts: list[str] = [
        str(d.get("summary", "")),
        str(d.get("description", "")),
        str(d.get("permission", "")),
    ]
    for p in map(as_map, as_list(d.get("params"))):
        if from_page(p):
            texts.append(str(p.get("description", "")))
            texts += [
                f"{e.get('value')} {e.get('meaning')}" for e in map(as_map, as_list(p.get("enum")))
            ]
            texts += [
                f"{e.get('value')} {e.get('meaning')}"
                for e in map(as_map, as_list(p.get("also_allowed")))
            ]
    for _, s, _ in flat_schema(as_map(as_map(d.get("response")).get("schema"))):
        texts.append(str(s.get("description", "")))
        texts += [f"{k} {v}" for k, v in as_map(s.get("x-enum-meanings")).items()]
    notes: list[str] = []
    for n in map(as_map, as_list(d.get("notes"))):
        if from_page(n):
            notes.append(str(n.get("text", "")))
    for c in [
        *map(as_map, as_list(d.get("conflicts"))),
        *map(as_map, as_list(exchange.get("conflicts"))),
    ]:
        notes += [
            str(as_map(s).get("text", ""))
            for s in as_list(c.get("statements"))
            if from_page(as_map(s))
        ]
    for e in map(as_map, as_list(d.get("errors"))):
        if from_page(e):
            texts += [str(e.get("meaning", "")), *(str(m) for m in as_list(e.get("messages")))]
    for s in map(as_map, as_list(as_map(d.get("rate_limits")).get("statements"))):
        if from_page(s):
            texts.append(str(s.get("text", "")))
    texts += notes
    return SpecSide(doc, exchange, " | ".join(norm(t) for t in texts if t), notes)


def in_pool(text: str, pool: str) -> bool:
    n = norm(text)
    return not n or f" {n} " in f" {pool.replace('|', ' | ')} " or n in pool.split(" | ")


def flat_schema(
    schema: Data, path: str = "", required: bool = True
) -> Iterator[tuple[str, Data, bool]]:
    yield path, schema, required
    req = {str(r) for r in as_list(schema.get("required"))}
    for name, sub in as_map(schema.get("properties")).items():
        yield from flat_schema(as_map(sub), f"{path}.{name}" if path else name, name in req)
    if isinstance(schema.get("items"), Mapping):
        yield from flat_schema(as_map(schema["items"]), f"{path}[]", True)


def schema_json_path(path: str) -> str:
    jp = "$.response.schema"
    for step in re.findall(r"\[\]|[^.\[\]]+", path):
        jp += ".items" if step == "[]" else f".properties.{step}"
    return jp


def page_part(description: str) -> str:
    """The page's words in a spec description: what comes before its first ";", without
    parenthesised asides (the spec's own additions go there, by convention)."""
    return re.sub(r"\([^)]*\)", " ", description).split(";")[0]


def compare_text(
    texts: Sequence[tuple[int, str]], description: str, pool: str, line: int
) -> Iterator[tuple[int, str, str | None]]:
    """(page line, detail, page value) wherever the page's texts about one item (cells, detail
    paragraphs) and the spec's description of it differ: a page clause the spec does not say,
    or, when the description quotes the page at all, a clause of its page part the page no
    longer says."""
    for number, text in texts:
        for clause in clauses(text):
            if not in_pool(clause, pool):
                yield (
                    number,
                    f"page says {excerpt(text, clause)!r}; the spec's description does not say {clause!r}",
                    text,
                )
                break
    page = " | ".join(norm(t) for _, t in texts)
    parts = clauses(page_part(description))
    found = [p for p in parts if in_pool(p, page)]
    missing = [p for p in parts if p not in found]
    if found and missing:
        yield line, f"the spec's description says {missing[0]!r}, the page no longer does", None
    elif parts and not found and texts:
        # words dropped from a one-clause text ("Spot order details" -> "Order details"): the
        # page says less than the spec quotes, and all it says is inside that quote
        said = [c for _, t in texts for c in clauses(t)]
        if said and all(in_pool(c, " | ".join(parts)) for c in said):
            yield (
                line,
                f"the spec's description says {parts[0]!r}, the page only {said[0]!r}",
                None,
            )


def excerpt(text: str, clause: str, width: int = 120) -> str:
    """`text`, or, when longer than `width`, the part of it around `clause` (a cell's change
    is often past its first words: "... - fok: FillOrKill, fill completely")."""
    if len(text) <= width:
        return text
    words = clause.split()
    found = re.search(r"\W*".join(re.escape(w) for w in words), text, re.I) if words else None
    at = found.start() if found else 0
    start = max(0, min(at - width // 2, len(text) - width))
    end = start + width
    return f"{'...' if start else ''}{text[start:end]}{'...' if end < len(text) else ''}"


def as_text(value: object) -> str:
    """A value as a query string carries it (true, 5000)."""
    return json.dumps(value) if isinstance(value, bool) else str(value)


def narrower(raw_type: str, spec_format: object) -> bool:
    """A page's plain "int" (32 bits in the exchanges' Java-typed tables) for a spec int64."""
    return spec_format == "int64" and raw_type.strip().strip("`*").lower() in (
        "int",
        "int32",
        "short",
    )


def subject_of(sentence: str) -> str:
    words = norm(sentence).split()
    return " ".join(words[:6])


def overlap(a: str, b: str) -> int:
    return len(set(norm(a).split()) & set(norm(b).split()))


def same_rate(r: DocRateLimit, s: Data) -> bool:
    if r.scope is not None and r.scope != s.get("scope"):
        return False
    if r.count is not None:
        return s.get("count") == r.count and s.get("interval_ms") == r.interval_ms
    return r.ip_group is not None and str(s.get("ip_group")) == r.ip_group


def example_paths(value: object, path: str = "") -> Iterator[str]:
    if isinstance(value, Mapping):
        for k, v in value.items():
            sub = f"{path}.{k}" if path else str(k)
            yield sub
            yield from example_paths(v, sub)
    elif isinstance(value, list):
        seen: set[str] = set()
        for item in value:
            for p in example_paths(item, f"{path}[]"):
                if p not in seen:
                    seen.add(p)
                    yield p


def json_diff(spec: object, page: object, path: str) -> Iterator[tuple[str, str, str]]:
    """(path, spec value, page value) of every difference, values shown as JSON."""
    if isinstance(spec, Mapping) and isinstance(page, Mapping):
        for k in list(spec) + [k for k in page if k not in spec]:
            sub = f"{path}.{k}" if path else str(k)
            if k not in page:
                yield sub, json.dumps(spec[k], ensure_ascii=False, default=str), "(absent)"
            elif k not in spec:
                yield sub, "(absent)", json.dumps(page[k], ensure_ascii=False, default=str)
            else:
                yield from json_diff(spec[k], page[k], sub)
    elif isinstance(spec, list) and isinstance(page, list):
        if len(spec) != len(page):
            yield path or "(list)", f"{len(spec)} item(s)", f"{len(page)} item(s)"
        for k in range(min(len(spec), len(page))):
            yield from json_diff(spec[k], page[k], f"{path}[{k}]")
    elif spec != page or type(spec) is not type(page):
        yield (
            path,
            json.dumps(spec, ensure_ascii=False, default=str),
            json.dumps(page, ensure_ascii=False, default=str),
        )
