"""docs-check: report every disagreement between exchange doc pages and their specs.

Each page (`*.md`, `*.txt` in DOCS_DIR; INDEX/README files skipped) is matched to the endpoint
spec with the same method and path; a page may omit a documented prefix (`/api/v4` on the
Gate pages: any `/api`, `/vN` or `/api/vN`, plus every `--prefix`). Every disagreement is one
line `page:line: spec-file:line: kind: detail`; exit 1 when any is found.

What is not drift, by rule (docs/spec-review.md):
- a spec fact whose `source` is not `page` (a param, error or rate-limit statement from
  exchange-protocols.md) is not expected on the page; response fields have no `source`, so a
  description citing another source (`protocols:§1e`, an address) says the same;
- a disagreement the spec records on purpose: one of the endpoint's (or exchange's)
  `conflicts:` names the item in its topic or statements AND quotes the page's side in a
  `source: page` statement. These are listed as "recorded" and do not fail the check; a page
  that changes again (so that the quote no longer matches) is drift again.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from generator.errors import GeneratorError
from generator.review.docpage import DocField, DocPage, parse_page
from generator.spec.load import SpecDocument, load_tree
from generator.spec.validate import validate

__all__ = ["Drift", "check_pages", "docs_check_main", "match_spec"]

Data = Mapping[str, object]
_PREFIX = re.compile(r"^(/api)?(/v\d+)?$")
_OTHER_SOURCE = re.compile(r"protocols:§|https?://")
_ABSENCE = re.compile(r"\b(only|no|not|without|omits?|absent)\b", re.I)


@dataclass(frozen=True, order=True)
class Drift:
    page: str
    page_line: int
    spec: str
    spec_line: int
    kind: str
    detail: str
    recorded: str | None = None  # the topic of the conflict that records it

    def __str__(self) -> str:
        text = f"{self.page}:{self.page_line}: {self.spec}:{self.spec_line}: {self.kind}: {self.detail}"
        return f"{text} [recorded: {self.recorded}]" if self.recorded else text


def _map(value: object) -> Data:
    return cast(Data, value) if isinstance(value, Mapping) else {}


def _list(value: object) -> list[object]:
    return list(cast(Sequence[object], value)) if isinstance(value, list) else []


def _from_page(item: Data) -> bool:
    return str(item.get("source", "page")) == "page"


def match_spec(
    page: DocPage, endpoints: Sequence[SpecDocument], prefixes: Sequence[str] = ()
) -> SpecDocument | None:
    """The endpoint spec of `page`: same method, same path or the path behind a known prefix."""
    if page.method is None or page.path is None:
        return None
    best: SpecDocument | None = None
    for doc in endpoints:
        if str(doc.data.get("method", "")).upper() != page.method.upper():
            continue
        path = str(doc.data.get("path", ""))
        if path == page.path:
            return doc
        if path.endswith(page.path):
            prefix = path[: -len(page.path)]
            if _PREFIX.match(prefix) or prefix in prefixes:
                best = doc
    return best


class _Checker:
    def __init__(self, page: DocPage, spec: SpecDocument, exchange: SpecDocument | None) -> None:
        self.page, self.spec, self.exchange = page, spec, exchange
        self.out: list[Drift] = []
        self.conflicts = [_map(c) for c in _list(spec.data.get("conflicts"))]
        if exchange is not None:
            self.conflicts += [_map(c) for c in _list(exchange.data.get("conflicts"))]

    def _recorded(self, subject: str, page_value: str | None) -> str | None:
        word = re.compile(rf"(?<![\w]){re.escape(subject)}(?![\w])")
        # a conflict whose topic names the item first, then one whose statements do
        for in_topic in (True, False):
            for c in self.conflicts:
                statements = [_map(s) for s in _list(c.get("statements"))]
                page_texts = [str(s.get("text", "")) for s in statements if _from_page(s)]
                texts = (
                    [str(c.get("topic", ""))]
                    if in_topic
                    else [str(s.get("text", "")) for s in statements]
                )
                if not page_texts or not any(word.search(t) for t in texts):
                    continue
                if page_value is None:  # the page leaves the item out: a page statement says so
                    if any(_ABSENCE.search(t) for t in page_texts):
                        return str(c.get("topic"))
                elif any(page_value.lower() in t.lower() for t in page_texts):
                    return str(c.get("topic"))
        return None

    def add(
        self,
        page_line: int,
        json_path: str,
        kind: str,
        detail: str,
        subject: str,
        page_value: str | None,
        doc: SpecDocument | None = None,
    ) -> None:
        where = doc or self.spec
        recorded = self._recorded(subject, page_value) if subject else None
        self.out.append(
            Drift(
                self.page.file,
                page_line,
                where.path,
                where.locate(json_path)[0],
                kind,
                detail,
                recorded,
            )
        )

    # -- parameters --------------------------------------------------------------------

    def params(self) -> None:
        specs = {
            str(_map(p).get("name")): (i, _map(p))
            for i, p in enumerate(_list(self.spec.data.get("params")))
        }
        seen: set[str] = set()
        for f in self.page.params:
            if f.name not in specs:
                self.add(
                    f.line,
                    "$.params",
                    "param-missing-in-spec",
                    f"page documents parameter {f.name} ({f.raw_type}), the spec does not",
                    f.name,
                    f.raw_type or f.name,
                )
                continue
            seen.add(f.name)
            i, p = specs[f.name]
            self._param(f, p, f"$.params[{i}]")
        for name, (i, p) in specs.items():
            if name not in seen and _from_page(p):
                self.add(
                    self.page.endpoint_line,
                    f"$.params[{i}]",
                    "param-missing-on-page",
                    f"spec parameter {name} is not on the page",
                    name,
                    None,
                )

    def _param(self, f: DocField, p: Data, path: str) -> None:
        name = f.name
        stype = str(p.get("type"))
        if (
            f.type is not None
            and f.type != stype
            and not (f.type == "string" and p.get("wire_type") == "string")
        ):
            self.add(
                f.line,
                f"{path}.type",
                "param-type",
                f"{name}: page {f.raw_type} ({f.type}), spec {stype}",
                name,
                f.raw_type,
            )
        elif f.format is not None and p.get("format") is not None and f.format != p.get("format"):
            self.add(
                f.line,
                f"{path}.format",
                "param-type",
                f"{name}: page {f.raw_type}, spec format {p.get('format')}",
                name,
                f.raw_type,
            )
        if f.required is not None and f.required != bool(p.get("required")):
            self.add(
                f.line,
                f"{path}.required",
                "param-required",
                f"{name}: page required={f.required}, spec required={bool(p.get('required'))}",
                name,
                str(f.required).lower(),
            )
        if f.location is not None and f.location != p.get("in"):
            self.add(
                f.line,
                f"{path}.in",
                "param-location",
                f"{name}: page in {f.location}, spec in {p.get('in')}",
                name,
                f.location,
            )
        spec_enum = [str(_map(e).get("value")) for e in _list(p.get("enum"))]
        page_enum = [v for v, _ in f.enum]
        if page_enum:
            for v in page_enum:
                if v not in spec_enum:
                    self.add(
                        f.line,
                        f"{path}.enum",
                        "enum-value-missing-in-spec",
                        f"{name}: page allows {v}, the spec does not",
                        v,
                        v,
                    )
            for k, v in enumerate(spec_enum):
                if v not in page_enum:
                    self.add(
                        f.line,
                        f"{path}.enum[{k}]",
                        "enum-value-missing-on-page",
                        f"{name}: spec allows {v}, the page does not",
                        v,
                        None,
                    )
        elif spec_enum and _from_page(p):
            self.add(
                f.line,
                f"{path}.enum",
                "enum-value-missing-on-page",
                f"{name}: spec allows only {', '.join(spec_enum)}, the page lists no values",
                name,
                None,
            )
        self._range(f, p, path, stype == "integer")

    def _range(self, f: DocField, p: Data, path: str, integer: bool) -> None:
        def bounds(
            lo: object, xlo: object, hi: object, xhi: object
        ) -> tuple[float | None, float | None]:
            step = 1 if integer else 0
            low = (
                lo
                if isinstance(lo, int | float)
                else (xlo + step if isinstance(xlo, int | float) else None)
            )
            high = (
                hi
                if isinstance(hi, int | float)
                else (xhi - step if isinstance(xhi, int | float) else None)
            )
            return low, high

        page = bounds(f.minimum, f.exclusive_minimum, f.maximum, f.exclusive_maximum)
        spec = bounds(
            p.get("minimum"),
            p.get("exclusive_minimum"),
            p.get("maximum"),
            p.get("exclusive_maximum"),
        )
        page_states = page != (None, None)
        if page != spec and (page_states or _from_page(p)):
            shown = [
                f"{'-' if a is None else a}..{'-' if b is None else b}" for a, b in (page, spec)
            ]
            self.add(
                f.line,
                path,
                "param-range",
                f"{f.name}: page range {shown[0]}, spec range {shown[1]}",
                f.name,
                f.description if page_states else None,
            )
        page_special = {float(v) for v, _ in f.also_allowed}
        spec_special = {
            float(cast(float, _map(a).get("value"))) for a in _list(p.get("also_allowed"))
        }
        if page_special != spec_special and (page_special or _from_page(p)):
            self.add(
                f.line,
                f"{path}.also_allowed",
                "param-special-value",
                f"{f.name}: page special values {sorted(page_special)}, spec {sorted(spec_special)}",
                f.name,
                f.description if page_special else None,
            )

    # -- response ----------------------------------------------------------------------

    def response(self) -> None:
        schema = _map(_map(self.spec.data.get("response")).get("schema"))
        fields: dict[str, tuple[str, Data, bool]] = {}
        _flatten(schema, "", "$.response.schema", True, fields)
        fields.pop("", None)
        if not self.page.response and fields:
            if "response" not in self.page.sections:
                self.add(
                    self.page.endpoint_line,
                    "$.response",
                    "response-section-missing",
                    "the page has no response table",
                    "",
                    None,
                )
            return
        matched: set[str] = set()
        for f in self.page.response:
            target = _match_field(f.name, fields)
            if target is None:
                self.add(
                    f.line,
                    "$.response.schema",
                    "response-field-missing-in-spec",
                    f"page documents response field {f.name} ({f.raw_type}), the spec does not",
                    f.leaf,
                    f.raw_type or f.leaf,
                )
                continue
            matched.add(target)
            jp, s, required = fields[target]
            types = _types(s)
            if (
                f.type is not None
                and types
                and f.type not in types
                and not (f.type == "string" and s.get("x-wire-type") == "string")
                and not (f.type == "number" and "string" in types and s.get("format") == "decimal")
            ):
                self.add(
                    f.line,
                    f"{jp}.type",
                    "response-field-type",
                    f"{f.name}: page {f.raw_type} ({f.type}), spec {'/'.join(types)}",
                    f.leaf,
                    f.raw_type,
                )
            if f.required is not None and f.required != required:
                self.add(
                    f.line,
                    jp,
                    "response-field-required",
                    f"{f.name}: page required={f.required}, spec required={required}",
                    f.leaf,
                    str(f.required).lower(),
                )
            spec_enum = [str(v) for v in _list(s.get("enum"))]
            for v, _ in f.enum:
                if spec_enum and v not in spec_enum:
                    self.add(
                        f.line,
                        f"{jp}.enum",
                        "response-enum-value-missing-in-spec",
                        f"{f.name}: page lists {v}, the spec does not",
                        v,
                        v,
                    )
            if f.enum:
                for v in spec_enum:
                    if v not in [x for x, _ in f.enum]:
                        self.add(
                            f.line,
                            f"{jp}.enum",
                            "response-enum-value-missing-on-page",
                            f"{f.name}: spec lists {v}, the page does not",
                            v,
                            None,
                        )
        for name, (jp, s, _) in fields.items():
            if name in matched or any(m.startswith(name) for m in matched):
                continue
            if _OTHER_SOURCE.search(str(s.get("description", ""))):
                continue
            leaf = name.replace("[]", "").rsplit(".", 1)[-1]
            self.add(
                self.page.endpoint_line,
                jp,
                "response-field-missing-on-page",
                f"spec response field {name} is not on the page",
                leaf,
                None,
            )

    # -- errors, rate limits, permission, hosts ----------------------------------------

    def errors(self) -> None:
        endpoint = {
            str(_map(e).get("code")): (i, _map(e))
            for i, e in enumerate(_list(self.spec.data.get("errors")))
        }
        common = (
            {str(_map(e).get("code")) for e in _list(self.exchange.data.get("errors"))}
            if self.exchange
            else set()
        )
        on_page: set[str] = set()
        for code, line, text in self.page.errors:
            if code in on_page:
                continue
            on_page.add(code)
            if code not in endpoint and code not in common:
                self.add(
                    line,
                    "$.errors",
                    "error-code-missing-in-spec",
                    f"page documents error {code} ({text[:60]}), the spec does not",
                    code,
                    code,
                )
        for code, (i, e) in endpoint.items():
            if code not in on_page and _from_page(e):
                self.add(
                    self.page.endpoint_line,
                    f"$.errors[{i}]",
                    "error-code-missing-on-page",
                    f"spec error {code} is not on the page",
                    code,
                    None,
                )

    def rate_limits(self) -> None:
        statements = [
            (i, _map(s))
            for i, s in enumerate(_list(_map(self.spec.data.get("rate_limits")).get("statements")))
        ]
        spec_side = [(i, s) for i, s in statements if _from_page(s)]
        unmatched_page = []
        for r in self.page.rate_limits:
            hit = next(
                (
                    k
                    for k, (_, s) in enumerate(spec_side)
                    if _same_rate(r.count, r.interval_ms, r.ip_group, r.scope, s)
                ),
                None,
            )
            if hit is None:
                unmatched_page.append(r)
            else:
                spec_side.pop(hit)
        for k, r in enumerate(unmatched_page):
            what = f"{r.count} per {r.interval_ms} ms" if r.count else f"IP group {r.ip_group}"
            if k < len(spec_side):
                i, s = spec_side[k]
                detail = f"page states {what} ({r.scope or 'scope not stated'}): {r.text!r}; spec statement {s.get('id')}: {s.get('text')!r}"
                self.add(
                    r.line, f"$.rate_limits.statements[{i}]", "rate-limit", detail, "rate", r.text
                )
            else:
                self.add(
                    r.line,
                    "$.rate_limits.statements",
                    "rate-limit-missing-in-spec",
                    f"page states {what}: {r.text!r}",
                    "rate",
                    r.text,
                )
        for i, s in spec_side[len(unmatched_page) :]:
            self.add(
                self.page.endpoint_line,
                f"$.rate_limits.statements[{i}]",
                "rate-limit-missing-on-page",
                f"spec statement {s.get('id')} ({s.get('text')!r}) is not on the page",
                "",
                None,
            )

    def permission(self) -> None:
        spec = self.spec.data.get("permission")
        if self.page.permission and spec and self.page.permission.lower() != str(spec).lower():
            self.add(
                self.page.permission_line,
                "$.permission",
                "permission",
                f"page {self.page.permission!r}, spec {spec!r}",
                "permission",
                self.page.permission,
            )
        elif self.page.permission and not spec:
            self.add(
                self.page.permission_line,
                "$",
                "permission",
                f"page requires {self.page.permission!r}, the spec names no permission",
                "permission",
                self.page.permission,
            )

    def hosts(self) -> None:
        if self.exchange is None or not self.page.hosts:
            return
        hosts = _map(self.exchange.data.get("hosts"))
        known = {
            str(hosts.get("default", "")).rstrip("/"),
            *(str(h).rstrip("/") for h in _list(hosts.get("alternates"))),
        }
        for url, line in self.page.hosts:
            if url not in known:
                self.add(
                    line,
                    "$.hosts",
                    "host",
                    f"page lists host {url}, the exchange spec does not",
                    url,
                    url,
                    self.exchange,
                )


def _same_rate(
    count: int | None, interval: int | None, group: str | None, scope: str | None, s: Data
) -> bool:
    if scope is not None and scope != s.get("scope"):
        return False
    if count is not None:
        return s.get("count") == count and s.get("interval_ms") == interval
    return group is not None and str(s.get("ip_group")) == group


def _types(s: Data) -> list[str]:
    t = s.get("type")
    return [str(x) for x in _list(t)] if isinstance(t, list) else [str(t)] if t else []


def _flatten(
    schema: Data, path: str, jp: str, required: bool, out: dict[str, tuple[str, Data, bool]]
) -> None:
    out[path] = (jp, schema, required)
    req = {str(r) for r in _list(schema.get("required"))}
    for name, sub in _map(schema.get("properties")).items():
        _flatten(
            _map(sub),
            f"{path}.{name}" if path else name,
            f"{jp}.properties.{name}",
            name in req,
            out,
        )
    if isinstance(schema.get("items"), Mapping):
        _flatten(_map(schema["items"]), f"{path}[]", f"{jp}.items", True, out)


def _segments(path: str) -> list[str]:
    return [s for s in path.replace("[]", "").split(".") if s]


def _match_field(name: str, fields: Mapping[str, object]) -> str | None:
    if name in fields:
        return name
    want = _segments(name)
    hits = [f for f in fields if f and _segments(f)[-len(want) :] == want]
    return min(hits, key=len) if hits else None


def check_pages(
    docs_dir: Path, docs: Sequence[SpecDocument], prefixes: Sequence[str] = ()
) -> tuple[list[Drift], list[str]]:
    """(every disagreement, notes about pages that were skipped or partly unreadable)."""
    endpoints = [d for d in docs if d.kind == "endpoint"]
    exchanges = {str(d.data.get("exchange")): d for d in docs if d.kind == "exchange"}
    drift: list[Drift] = []
    notes: list[str] = []
    files = sorted(
        p for p in docs_dir.rglob("*") if p.is_file() and p.suffix in (".md", ".txt", ".markdown")
    )
    for file in files:
        rel = file.as_posix()
        if file.stem.lower() in ("index", "readme"):
            continue
        page = parse_page(file, rel)
        for line, problem in page.problems:
            notes.append(f"{rel}:{line}: note: {problem}")
        if page.method is None or page.path is None:
            continue
        spec = match_spec(page, endpoints, prefixes)
        if spec is None:
            drift.append(
                Drift(
                    rel,
                    page.endpoint_line,
                    "-",
                    0,
                    "endpoint-missing",
                    f"{page.method} {page.path} has no spec",
                )
            )
            continue
        checker = _Checker(page, spec, exchanges.get(str(spec.data.get("exchange"))))
        checker.params()
        checker.response()
        checker.errors()
        checker.rate_limits()
        checker.permission()
        checker.hosts()
        drift += checker.out
    return sorted(set(drift)), notes


def docs_check_main(docs_dir: Path, specs: Path, prefixes: Sequence[str]) -> int:
    if not docs_dir.is_dir():
        raise GeneratorError(f"{docs_dir}: not a directory")
    docs, errors = load_tree(specs)
    errors = [*errors, *validate(docs)]
    if errors:
        raise GeneratorError("\n".join(str(e) for e in sorted(set(errors))))
    drift, notes = check_pages(docs_dir, docs, prefixes)
    for note in notes:
        print(note, file=sys.stderr)
    real = [d for d in drift if d.recorded is None]
    recorded = [d for d in drift if d.recorded is not None]
    for d in real:
        print(d)
    for d in recorded:
        print(d)
    print(
        f"docs-check: {len(real)} disagreement(s), {len(recorded)} recorded on purpose in the specs' conflicts",
        file=sys.stderr,
    )
    return 1 if real else 0
