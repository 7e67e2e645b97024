"""Compare one endpoint spec with its doc page, fact by fact (used by `docs_check`).

Every fact the spec sources to the page (`source: page`, the default for parameters; the
endpoint's method, path, permission and content type; response fields that cite no other
source) is compared with what the page model (`docpage`) read, kind by kind, in both
directions: what the page states that the spec lacks or says otherwise, and what the spec
says the page states that the page no longer does. Text is compared normalised
(`pagevalues.norm`: no markup, case or punctuation): a page's description cell, detail
paragraph or prose sentence must appear in the spec's page-sourced texts, clause by clause.

Each disagreement is a `Finding` with the page line, the spec's JSON path (for its line), a
kind, the subject it is about (parameter, field, code, ...) and the page's value; a conflict
`facts:` entry names findings by "<kind> <subject>" (docs_check applies them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from generator.review.docpage import RATE_LABEL, DocField, DocPage
from generator.review.pagevalues import default_value, norm, sentences
from generator.spec.load import SpecDocument

__all__ = ["Finding", "compare"]

Data = Mapping[str, object]
_OTHER_SOURCE = re.compile(r"protocols:§|https?://")
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


def _map(value: object) -> Data:
    return cast(Data, value) if isinstance(value, Mapping) else {}


def _list(value: object) -> list[object]:
    return list(cast(Sequence[object], value)) if isinstance(value, list) else []


def from_page(item: Data) -> bool:
    return str(item.get("source", "page")) == "page"


def _clauses(text: str) -> list[str]:
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
class _Spec:
    """The spec side: endpoint data, exchange data and the pool of page-sourced texts."""

    doc: SpecDocument
    exchange: Data
    pool: str = ""
    notes: list[str] = field(default_factory=list)  # page-sourced notes and conflict statements

    @property
    def data(self) -> Data:
        return self.doc.data


def _spec_side(doc: SpecDocument, exchange: Data) -> _Spec:
    d = doc.data
    texts: list[str] = [
        str(d.get("summary", "")),
        str(d.get("description", "")),
        str(d.get("permission", "")),
    ]
    for p in map(_map, _list(d.get("params"))):
        if from_page(p):
            texts.append(str(p.get("description", "")))
            texts += [
                f"{e.get('value')} {e.get('meaning')}" for e in map(_map, _list(p.get("enum")))
            ]
            texts += [
                f"{e.get('value')} {e.get('meaning')}"
                for e in map(_map, _list(p.get("also_allowed")))
            ]
    for _, s, _ in _flat_schema(_map(_map(d.get("response")).get("schema"))):
        texts.append(str(s.get("description", "")))
        texts += [f"{k} {v}" for k, v in _map(s.get("x-enum-meanings")).items()]
    notes: list[str] = []
    for n in map(_map, _list(d.get("notes"))):
        if from_page(n):
            notes.append(str(n.get("text", "")))
    for c in [*map(_map, _list(d.get("conflicts"))), *map(_map, _list(exchange.get("conflicts")))]:
        notes += [
            str(_map(s).get("text", "")) for s in _list(c.get("statements")) if from_page(_map(s))
        ]
    for e in map(_map, _list(d.get("errors"))):
        if from_page(e):
            texts += [str(e.get("meaning", "")), *(str(m) for m in _list(e.get("messages")))]
    for s in map(_map, _list(_map(d.get("rate_limits")).get("statements"))):
        if from_page(s):
            texts.append(str(s.get("text", "")))
    texts += notes
    return _Spec(doc, exchange, " | ".join(norm(t) for t in texts if t), notes)


def _in_pool(text: str, pool: str) -> bool:
    n = norm(text)
    return not n or f" {n} " in f" {pool.replace('|', ' | ')} " or n in pool.split(" | ")


def _flat_schema(
    schema: Data, path: str = "", required: bool = True
) -> Iterator[tuple[str, Data, bool]]:
    yield path, schema, required
    req = {str(r) for r in _list(schema.get("required"))}
    for name, sub in _map(schema.get("properties")).items():
        yield from _flat_schema(_map(sub), f"{path}.{name}" if path else name, name in req)
    if isinstance(schema.get("items"), Mapping):
        yield from _flat_schema(_map(schema["items"]), f"{path}[]", True)


def _schema_json_path(path: str) -> str:
    jp = "$.response.schema"
    for step in re.findall(r"\[\]|[^.\[\]]+", path):
        jp += ".items" if step == "[]" else f".properties.{step}"
    return jp


class Comparison:
    """All findings for one page and its endpoint spec."""

    def __init__(
        self, page: DocPage, doc: SpecDocument, exchange: Data, prefixes: Sequence[str]
    ) -> None:
        self.page = page
        self.spec = _spec_side(doc, exchange)
        self.prefixes = prefixes
        self.out: list[Finding] = []

    def add(
        self,
        line: int,
        json_path: str,
        kind: str,
        subject: str,
        detail: str,
        page_value: str | None = None,
    ) -> None:
        self.out.append(
            Finding(line or self.page.endpoint_line, json_path, kind, subject, detail, page_value)
        )

    @property
    def d(self) -> Data:
        return self.spec.data

    # -- the endpoint itself -------------------------------------------------------------

    def endpoint(self) -> None:
        method, path = str(self.d.get("method", "")), str(self.d.get("path", ""))
        for e in self.page.endpoints:
            if e.method and e.method.upper() != method.upper():
                self.add(
                    e.line,
                    "$.method",
                    "method",
                    f"{e.origin} {e.method}",
                    f"page {e.method} ({e.text!r}), spec {method}",
                    e.method,
                )
            if e.path and not path_matches(e.path, path, self.prefixes):
                self.add(
                    e.line,
                    "$.path",
                    "path",
                    f"{e.origin} {e.path}",
                    f"page {e.path} ({e.text!r}), spec {path}",
                    e.path,
                )

    def source(self) -> None:
        want = str(self.d.get("source", "")).rstrip("/")
        urls = [u.rstrip("/") for _, u in self.page.sources]
        if want and want not in urls:
            line = self.page.sources[0][0] if self.page.sources else 1
            shown = ", ".join(dict.fromkeys(urls)) or "none"
            self.add(
                line, "$.source", "source", shown, f"page cites {shown}; spec source {want}", shown
            )

    def auth(self) -> None:
        for line, signed, text in self.page.auth:
            if not signed:
                self.add(
                    line,
                    "$",
                    "auth",
                    text,
                    f"page: {text!r}; the spec signs every call of the endpoint",
                    text,
                )

    def permission(self) -> None:
        spec = str(self.d.get("permission") or "")
        for line, value in self.page.permissions:
            if norm(value) != norm(spec):
                self.add(
                    line,
                    "$.permission",
                    "permission",
                    value,
                    f"page {value!r}, spec {spec or 'none'!r}",
                    value,
                )
        if spec and not self.page.permissions:
            self.add(
                0,
                "$.permission",
                "permission",
                spec,
                f"spec {spec!r}; the page states no permission",
            )

    def content_type(self) -> None:
        spec = str(self.d.get("content_type") or "")
        media = m.group(0).lower() if (m := re.search(r"[\w.+-]+/[\w.+-]+", spec)) else ""
        for line, value in self.page.content_types:
            if value != media:
                self.add(
                    line,
                    "$.content_type",
                    "content-type",
                    value,
                    f"page {value}, spec {media or 'none'}",
                    value,
                )
        cited = any(re.search(r"content-type", t, re.I) for t in self.spec.notes)
        if media and cited and not self.page.content_types:
            self.add(
                0,
                "$.content_type",
                "content-type",
                media,
                f"spec {media} (a page statement in its conflicts quotes the page's Content-Type); the page states none",
            )

    def hosts(self) -> None:
        hosts = _map(self.spec.exchange.get("hosts"))
        known = [
            str(hosts.get("default", "")).rstrip("/"),
            *(str(h).rstrip("/") for h in _list(hosts.get("alternates"))),
        ]
        seen = set()
        for url, line in [*self.page.hosts, *self.page.example_hosts]:
            seen.add(url.rstrip("/"))
            if url.rstrip("/") not in known:
                self.out.append(
                    Finding(
                        line,
                        "$.hosts",
                        "host",
                        url,
                        f"page host {url}; exchange hosts {', '.join(known)}",
                        url,
                        True,
                    )
                )
        if from_page(hosts):
            for url in known:
                if url and url not in seen:
                    self.out.append(
                        Finding(
                            self.page.hosts[0][1] if self.page.hosts else self.page.endpoint_line,
                            "$.hosts",
                            "host-missing-on-page",
                            url,
                            f"exchange host {url} (source: page) is not on the page",
                            None,
                            True,
                        )
                    )

    # -- parameters ----------------------------------------------------------------------

    def params(self) -> None:
        specs = {
            str(_map(p).get("name")): (i, _map(p))
            for i, p in enumerate(_list(self.d.get("params")))
        }
        seen: set[str] = set()
        for f in self.page.params:
            if f.name not in specs:
                self.add(
                    f.line,
                    "$.params",
                    "param-missing-in-spec",
                    f.name,
                    f"page documents parameter {f.name} ({f.raw_type}), the spec does not",
                    f.raw_type or f.name,
                )
                continue
            seen.add(f.name)
            i, p = specs[f.name]
            _Param(self, f, p, f"$.params[{i}]").check()
        for name, (i, p) in specs.items():
            if (name not in seen and from_page(p) and "params" in self.page.sections) or (
                name not in seen and from_page(p) and not p.get("auth")
            ):
                self.add(
                    0,
                    f"$.params[{i}]",
                    "param-missing-on-page",
                    name,
                    f"spec parameter {name} is not on the page",
                )

    # -- response ------------------------------------------------------------------------

    def response(self) -> None:
        _Response(self).check()

    # -- examples ------------------------------------------------------------------------

    def examples(self) -> None:
        names = {str(_map(p).get("name")) for p in _list(self.d.get("params"))}
        spec_req = _map(self.d.get("request_example"))
        for line, value in self.page.request_examples:
            if not isinstance(value, Mapping):
                self.add(
                    line,
                    "$.request_example",
                    "request-example",
                    "request-example",
                    "page request example is not an object",
                )
                continue
            for key in value:
                if str(key) not in names:
                    self.add(
                        line,
                        "$.params",
                        "request-example",
                        str(key),
                        f"page request example sends {key}, not a spec parameter",
                        str(key),
                    )
            if spec_req and from_page(spec_req):
                spec_params = _map(spec_req.get("params"))
                if all(isinstance(v, str) for v in value.values()):  # a query string: all text
                    value = {k: v for k, v in value.items() if v != ""}
                    spec_params = {k: _text(v) for k, v in spec_params.items()}
                for diff in _diff(spec_params, value, ""):
                    self.add(
                        line,
                        "$.request_example.params",
                        "request-example",
                        diff[0],
                        f"{diff[0]}: page {diff[2]}, spec {diff[1]}",
                        diff[2],
                    )
        if self.page.request_examples and not (spec_req and from_page(spec_req)):
            self.add(
                self.page.request_examples[0][0],
                "$.request_example",
                "request-example",
                "request-example",
                "the page gives a request example; the spec records none from the page",
                json.dumps(self.page.request_examples[0][1], ensure_ascii=False),
            )
        if spec_req and from_page(spec_req) and not self.page.request_examples:
            self.add(
                0,
                "$.request_example",
                "request-example",
                "request-example",
                "spec request example (source: page) is not on the page",
            )
        response = _map(self.d.get("response"))
        example_from_page = (
            "example" in response and str(response.get("example_source", "page")) == "page"
        )
        for line, value in self.page.response_examples:
            for path in _example_paths(self._payload(value)):
                if path not in self.schema_paths():
                    self.add(
                        line,
                        "$.response.schema",
                        "response-example-field",
                        path,
                        f"page example has field {path}, the response schema does not",
                        path,
                    )
            if example_from_page:
                for diff in _diff(response.get("example"), value, ""):
                    self.add(
                        line,
                        "$.response.example",
                        "response-example",
                        diff[0] or "example",
                        f"{diff[0] or 'example'}: page {diff[2]}, spec {diff[1]}",
                        diff[2],
                    )
        if self.page.response_examples and not example_from_page:
            self.add(
                self.page.response_examples[0][0],
                "$.response.example",
                "response-example",
                "response-example",
                "the page gives an example response; the spec records none from the page",
                json.dumps(self.page.response_examples[0][1], ensure_ascii=False)[:200],
            )
        if example_from_page and not self.page.response_examples:
            self.add(
                0,
                "$.response.example",
                "response-example",
                "response-example",
                "spec example response (source: page) is not on the page",
            )

    def _payload(self, body: object) -> object:
        env = {**_map(self.spec.exchange.get("envelope")), **_map(self.d.get("envelope"))}
        response = _map(self.d.get("response"))
        field_name = (
            response.get("payload", env.get("payload_field"))
            if "payload" in response
            else env.get("payload_field")
        )
        if field_name and isinstance(body, Mapping):
            return body.get(str(field_name))
        return body

    def schema_paths(self) -> set[str]:
        return {p for p, _, _ in _flat_schema(_map(_map(self.d.get("response")).get("schema")))}

    # -- errors and HTTP statuses ----------------------------------------------------------

    def errors(self) -> None:
        endpoint = {
            str(_map(e).get("code")): (i, _map(e))
            for i, e in enumerate(_list(self.d.get("errors")))
        }
        common = {str(_map(e).get("code")) for e in _list(self.spec.exchange.get("errors"))}
        on_page: dict[str, list[str]] = {}
        for code, line, text in self.page.errors:
            on_page.setdefault(code, []).append(norm(text))
            if code not in endpoint:
                extra = " (the exchange's common errors have it)" if code in common else ""
                self.add(
                    line,
                    "$.errors",
                    "error-code-missing-in-spec",
                    code,
                    f"page documents error {code} ({text[:60]!r}), the spec does not{extra}",
                    text,
                )
                continue
            i, e = endpoint[code]
            known = [norm(str(m)) for m in _list(e.get("messages"))] or [
                norm(str(e.get("meaning", "")))
            ]
            if norm(text) not in known:
                self.add(
                    line,
                    f"$.errors[{i}].messages",
                    "error-message",
                    code,
                    f"page message {text[:90]!r} is not in the spec",
                    text,
                )
        for code, (i, e) in endpoint.items():
            if not from_page(e):
                continue
            if code not in on_page:
                self.add(
                    0,
                    f"$.errors[{i}]",
                    "error-code-missing-on-page",
                    code,
                    f"spec error {code} is not on the page",
                )
                continue
            for k, m in enumerate(_list(e.get("messages"))):
                if norm(str(m)) not in on_page[code]:
                    self.add(
                        0,
                        f"$.errors[{i}].messages[{k}]",
                        "error-message-missing-on-page",
                        code,
                        f"spec message {str(m)[:90]!r} is not on the page",
                    )

    def statuses(self) -> None:
        for line, status, text in self.page.statuses:
            want = norm(text)
            if not any(
                status in t and (not want or want in norm(t)) for t in self.spec.notes
            ) and not any(
                str(_map(e).get("http_status")) == status for e in _list(self.d.get("errors"))
            ):
                self.add(
                    line,
                    "$.notes",
                    "http-status",
                    status,
                    f"page lists HTTP {status} {text!r}; no page-sourced note or error of the spec states it",
                    text,
                )

    # -- rate limits ---------------------------------------------------------------------

    def rate_limits(self) -> None:
        rl = _map(self.d.get("rate_limits"))
        statements = [(i, _map(s)) for i, s in enumerate(_list(rl.get("statements")))]
        spec_side = [(i, s) for i, s in statements if from_page(s)]
        pages = []
        for r in self.page.rate_limits:
            if r.weight is not None:
                if r.weight != int(str(rl.get("weight", 1))):
                    self.add(
                        r.line,
                        "$.rate_limits.weight",
                        "rate-limit",
                        "weight",
                        f"page weight {r.weight} ({r.text!r}), spec weight {rl.get('weight', 1)}",
                        r.text,
                    )
                continue
            pages.append(r)
        # pair equal statements, the closest wording first (HTX: trade and read are both 72/3 s)
        pairs = sorted(
            (
                (-_overlap(r.text, str(s.get("text", ""))), a, b)
                for a, r in enumerate(pages)
                for b, (_, s) in enumerate(spec_side)
                if _same_rate(r, s)
            ),
        )
        used_page: set[int] = set()
        used_spec: set[int] = set()
        for _, a, b in pairs:
            if a not in used_page and b not in used_spec:
                used_page.add(a)
                used_spec.add(b)
        unmatched = [r for a, r in enumerate(pages) if a not in used_page]
        spec_side = [x for b, x in enumerate(spec_side) if b not in used_spec]
        lines_reported = set()
        for r in unmatched:
            what = f"{r.count} per {r.interval_ms} ms" if r.count else f"IP group {r.ip_group}"
            best = max(
                spec_side, key=lambda s: _overlap(r.text, str(s[1].get("text", ""))), default=None
            )
            lines_reported.add(r.line)
            if best is not None and _overlap(r.text, str(best[1].get("text", ""))) > 0:
                i, s = best
                self.add(
                    r.line,
                    f"$.rate_limits.statements[{i}]",
                    "rate-limit",
                    str(s.get("id")),
                    f"page states {what} ({r.scope or 'scope not stated'}): {r.text!r}; spec statement "
                    f"{s.get('id')}: {s.get('text')!r}",
                    r.text,
                )
                spec_side.remove(best)
            else:
                self.add(
                    r.line,
                    "$.rate_limits.statements",
                    "rate-limit-missing-in-spec",
                    r.text,
                    f"page states {what} ({r.scope or 'scope not stated'}): {r.text!r}",
                    r.text,
                )
        page_text = norm(" ".join(t for _, t in self.page.rate_texts))
        for i, s in spec_side:
            self.add(
                0,
                f"$.rate_limits.statements[{i}]",
                "rate-limit-missing-on-page",
                str(s.get("id")),
                f"spec statement {s.get('id')} ({s.get('text')!r}) is not on the page",
            )
        reported = {str(s.get("id")) for i, s in spec_side}
        for i, s in statements:
            if not from_page(s) or str(s.get("id")) in reported:
                continue
            for part in _clauses(str(s.get("text", ""))):
                if f" {part} " not in f" {page_text} ":
                    self.add(
                        0,
                        f"$.rate_limits.statements[{i}].text",
                        "rate-limit-missing-on-page",
                        str(s.get("id")),
                        f"spec statement {s.get('id')} says {part!r}, the page no longer does",
                    )
                    break
        pool = (
            " | ".join(norm(str(s.get("text", ""))) for _, s in statements if from_page(s))
            + " | "
            + self.spec.pool
        )
        for line, clause in self.page.rate_texts:
            if line in lines_reported:
                continue
            clause = RATE_LABEL.sub("", clause)
            if not all(_in_pool(c, pool) for c in _clauses(clause) or [clause]):
                lines_reported.add(line)
                self.add(
                    line,
                    "$.rate_limits.statements",
                    "rate-limit",
                    clause,
                    f"page rate-limit text {clause!r} is in no spec statement",
                    clause,
                )

    # -- prose ---------------------------------------------------------------------------

    def prose(self) -> None:
        for line, sentence in self.page.prose:
            missing = [
                c for c in _clauses(sentence) or [norm(sentence)] if not _in_pool(c, self.spec.pool)
            ]
            if missing:
                self.add(
                    line,
                    "$.notes",
                    "prose",
                    _subject(sentence),
                    f"page says {sentence[:160]!r}; no spec text says {missing[0]!r}",
                    sentence,
                )
        page_text = norm(" ".join(t for _, t in self.page.prose))
        texts = [("$.description", str(self.d.get("description", "")))]
        texts += [
            (f"$.notes[{k}].text", str(_map(n).get("text", "")))
            for k, n in enumerate(_list(self.d.get("notes")))
            if from_page(_map(n))
        ]
        for jp, text in texts:
            parts = [norm(s) for s in sentences(text)]
            found = [p for p in parts if p and f" {p} " in f" {page_text} "]
            if not found:
                continue  # not a quote of the page's prose
            for p in parts:
                if p and p not in found:
                    self.add(
                        0,
                        jp,
                        "prose-missing-on-page",
                        _subject(p),
                        f"spec text quotes the page ({found[0][:50]!r} ...) but the page no longer says {p[:120]!r}",
                    )


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
        for clause in _clauses(text):
            if not _in_pool(clause, pool):
                yield (
                    number,
                    f"page says {text[:120]!r}; the spec's description does not say {clause!r}",
                    text,
                )
                break
    page = " | ".join(norm(t) for _, t in texts)
    parts = _clauses(page_part(description))
    found = [p for p in parts if _in_pool(p, page)]
    missing = [p for p in parts if p not in found]
    if found and missing:
        yield line, f"the spec's description says {missing[0]!r}, the page no longer does", None


def _text(value: object) -> str:
    """A value as a query string carries it (true, 5000)."""
    return json.dumps(value) if isinstance(value, bool) else str(value)


def _narrower(raw_type: str, spec_format: object) -> bool:
    """A page's plain "int" (32 bits in the exchanges' Java-typed tables) for a spec int64."""
    return spec_format == "int64" and raw_type.strip().strip("`*").lower() in (
        "int",
        "int32",
        "short",
    )


def _subject(sentence: str) -> str:
    words = norm(sentence).split()
    return " ".join(words[:6])


def _overlap(a: str, b: str) -> int:
    return len(set(norm(a).split()) & set(norm(b).split()))


def _same_rate(r: object, s: Data) -> bool:
    from generator.review.pagevalues import DocRateLimit

    assert isinstance(r, DocRateLimit)
    if r.scope is not None and r.scope != s.get("scope"):
        return False
    if r.count is not None:
        return s.get("count") == r.count and s.get("interval_ms") == r.interval_ms
    return r.ip_group is not None and str(s.get("ip_group")) == r.ip_group


def _example_paths(value: object, path: str = "") -> Iterator[str]:
    if isinstance(value, Mapping):
        for k, v in value.items():
            sub = f"{path}.{k}" if path else str(k)
            yield sub
            yield from _example_paths(v, sub)
    elif isinstance(value, list):
        seen: set[str] = set()
        for item in value:
            for p in _example_paths(item, f"{path}[]"):
                if p not in seen:
                    seen.add(p)
                    yield p


def _diff(spec: object, page: object, path: str) -> Iterator[tuple[str, str, str]]:
    """(path, spec value, page value) of every difference, values shown as JSON."""
    if isinstance(spec, Mapping) and isinstance(page, Mapping):
        for k in list(spec) + [k for k in page if k not in spec]:
            sub = f"{path}.{k}" if path else str(k)
            if k not in page:
                yield sub, json.dumps(spec[k], ensure_ascii=False, default=str), "(absent)"
            elif k not in spec:
                yield sub, "(absent)", json.dumps(page[k], ensure_ascii=False, default=str)
            else:
                yield from _diff(spec[k], page[k], sub)
    elif isinstance(spec, list) and isinstance(page, list):
        if len(spec) != len(page):
            yield path or "(list)", f"{len(spec)} item(s)", f"{len(page)} item(s)"
        for k in range(min(len(spec), len(page))):
            yield from _diff(spec[k], page[k], f"{path}[{k}]")
    elif spec != page or type(spec) is not type(page):
        yield (
            path,
            json.dumps(spec, ensure_ascii=False, default=str),
            json.dumps(page, ensure_ascii=False, default=str),
        )


# ------------------------------------------------------------------------------------------
# One parameter


class _Param:
    def __init__(self, c: Comparison, f: DocField, p: Data, jp: str) -> None:
        self.c, self.f, self.p, self.jp = c, f, p, jp
        self.page_sourced = from_page(p)

    def add(
        self, line: int, jp: str, kind: str, detail: str, page_value: str | None = None
    ) -> None:
        self.c.add(line, jp, kind, self.f.name, detail, page_value)

    def check(self) -> None:
        f, p = self.f, self.p
        stype = str(p.get("type"))
        wire = str(p.get("wire_type") or stype)
        if f.type is not None and f.type not in (stype, wire):
            self.add(
                f.line,
                f"{self.jp}.type",
                "param-type",
                f"page {f.raw_type} ({f.type}), spec {stype}",
                f.raw_type,
            )
        elif f.type is not None and wire == "string" and f.type != "string":
            self.add(
                f.line,
                f"{self.jp}.wire_type",
                "param-type",
                f"page {f.raw_type}, spec sends a string",
                f.raw_type,
            )
        elif (f.format is not None and f.format != p.get("format")) or _narrower(
            f.raw_type, p.get("format")
        ):
            self.add(
                f.line,
                f"{self.jp}.format",
                "param-type",
                f"page {f.raw_type}, spec format {p.get('format')}",
                f.raw_type,
            )
        if f.required is not None and f.required != bool(p.get("required")):
            self.add(
                f.line,
                f"{self.jp}.required",
                "param-required",
                f"page required={f.required}, spec required={bool(p.get('required'))}",
                str(f.required).lower(),
            )
        if f.location is not None and f.location != p.get("in"):
            self.add(
                f.line,
                f"{self.jp}.in",
                "param-location",
                f"page in {f.location}, spec in {p.get('in')}",
                f.location,
            )
        self.enum()
        self.ranges()
        self.specials()
        self.defaults()
        self.units()
        self.text()

    def enum(self) -> None:
        f, p = self.f, self.p
        spec = {
            str(_map(e).get("value")): (k, str(_map(e).get("meaning", "")))
            for k, e in enumerate(_list(p.get("enum")))
        }
        if f.enum:
            for value, meaning in f.enum:
                if value not in spec:
                    self.add(
                        f.line,
                        f"{self.jp}.enum",
                        "enum-value-missing-in-spec",
                        f"page allows {value}, the spec does not",
                        value,
                    )
                elif meaning and norm(meaning) != norm(spec[value][1]):
                    self.add(
                        f.line,
                        f"{self.jp}.enum[{spec[value][0]}].meaning",
                        "enum-meaning",
                        f"{value} means {meaning!r} on the page, {spec[value][1]!r} in the spec",
                        meaning,
                    )
            page_values = {v for v, _ in f.enum}
            for value, (k, _) in spec.items():
                if value not in page_values:
                    self.add(
                        f.line,
                        f"{self.jp}.enum[{k}]",
                        "enum-value-missing-on-page",
                        f"spec allows {value}, the page does not",
                    )
        elif spec and self.page_sourced:
            self.add(
                f.line,
                f"{self.jp}.enum",
                "enum-value-missing-on-page",
                f"spec allows only {', '.join(spec)}, the page lists no values",
            )

    def _bounds(self, values: Mapping[str, object]) -> tuple[float | None, float | None]:
        step = 1 if self.p.get("type") == "integer" else 0
        lo, xlo, hi, xhi = (
            values.get(k) for k in ("minimum", "exclusive_minimum", "maximum", "exclusive_maximum")
        )
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

    def ranges(self) -> None:
        spec = self._bounds(self.p)
        stated = [s for s in self.f.stated if s.what == "range"]
        said = [False, False]
        for s in stated:
            page = self._bounds(cast(Mapping[str, object], s.value))
            for side, (a, b) in enumerate(zip(page, spec, strict=True)):
                if a is None:
                    continue
                said[side] = True
                if a != b:
                    self.add(
                        s.line,
                        self.jp,
                        "param-range",
                        f"page {'minimum' if side == 0 else 'maximum'} {a} ({s.text[:80]!r}), spec {b if b is not None else 'none'}",
                        s.text,
                    )
        if self.page_sourced:
            for side, b in enumerate(spec):
                if b is not None and not said[side]:
                    self.add(
                        self.f.line,
                        self.jp,
                        "param-range",
                        f"spec {'minimum' if side == 0 else 'maximum'} {b}; the page states none",
                    )

    def specials(self) -> None:
        spec = {float(cast(float, _map(a).get("value"))) for a in _list(self.p.get("also_allowed"))}
        page: set[float] = set()
        for s in self.f.stated:
            if s.what == "special":
                value = float(cast(tuple[float, str], s.value)[0])
                page.add(value)
                if value not in spec:
                    self.add(
                        s.line,
                        f"{self.jp}.also_allowed",
                        "param-special-value",
                        f"page special value {value:g} ({s.text[:80]!r}), spec {sorted(spec) or 'none'}",
                        s.text,
                    )
        if self.page_sourced:
            for value in spec - page:
                self.add(
                    self.f.line,
                    f"{self.jp}.also_allowed",
                    "param-special-value",
                    f"spec special value {value:g}; the page no longer states it",
                )

    def defaults(self) -> None:
        unit = str(self.p["unit"]) if "unit" in self.p else None
        spec = self.p.get("default")
        stated = [s for s in self.f.stated if s.what == "default"]
        for s in stated:
            value = default_value(str(s.value), unit)
            if spec is None or str(value) != str(spec):
                self.add(
                    s.line,
                    f"{self.jp}.default",
                    "param-default",
                    f"page default {value} ({s.text[:80]!r}), spec {spec if spec is not None else 'none'}",
                    str(s.value),
                )
        if spec is not None and not stated and self.page_sourced:
            self.add(
                self.f.line,
                f"{self.jp}.default",
                "param-default",
                f"spec default {spec}; the page states none",
            )

    def units(self) -> None:
        spec = self.p.get("unit")
        if spec is None and self.p.get("type") not in ("integer", "number"):
            return
        units = [s for s in self.f.stated if s.what == "unit"]
        for s in units:
            if s.value != spec:
                self.add(
                    s.line,
                    f"{self.jp}.unit",
                    "param-unit",
                    f"page gives it in {s.value} ({s.text[:80]!r}), spec unit {spec or 'none'}",
                    str(s.value),
                )
        if spec is not None and not units and self.page_sourced:
            self.add(
                self.f.line,
                f"{self.jp}.unit",
                "param-unit",
                f"spec unit {spec}; the page states none",
            )

    def text(self) -> None:
        if not self.page_sourced and self.p.get("description") is None:
            return
        pool = " | ".join(
            norm(t)
            for t in [
                str(self.p.get("description", "")),
                *(
                    f"{_map(e).get('value')} {_map(e).get('meaning')}"
                    for e in _list(self.p.get("enum"))
                ),
                *(
                    f"{_map(e).get('value')} {_map(e).get('meaning')}"
                    for e in _list(self.p.get("also_allowed"))
                ),
            ]
        )
        texts = [(s.line, str(s.value)) for s in self.f.stated if s.what == "text"]
        description = str(self.p.get("description", ""))
        for line, detail, value in compare_text(texts, description, pool, self.f.line):
            self.add(line, f"{self.jp}.description", "param-description", detail, value)


# ------------------------------------------------------------------------------------------
# The response


class _Response:
    def __init__(self, c: Comparison) -> None:
        self.c = c
        self.schema = _map(_map(c.d.get("response")).get("schema"))
        self.fields = {p: (s, r) for p, s, r in _flat_schema(self.schema)}
        env = {**_map(c.spec.exchange.get("envelope")), **_map(c.d.get("envelope"))}
        self.envelope = {
            str(env.get(k)) for k in ("code_field", "message_field", "payload_field") if env.get(k)
        }

    def _prefix(self, names: list[str]) -> tuple[str, str]:
        """(strip, add): the page's paths become spec paths by removing `strip` and adding `add`."""
        best = (0, "", "")
        containers = [
            p
            for p, (s, _) in self.fields.items()
            if s.get("type") in ("array", "object") or p == ""
        ]
        strips = {""} | {n for n in names if n.count(".") == 0}
        for strip in sorted(strips):
            for base in sorted(containers):
                add = f"{base}{'[]' if _map(self.fields[base][0]).get('type') == 'array' and base else ''}"
                if base == "" and self.schema.get("type") == "array":
                    add = "[]"
                hits = sum(1 for n in names if self._join(n, strip, add) in self.fields)
                if hits > best[0]:
                    best = (hits, strip, add)
        return best[1], best[2]

    @staticmethod
    def _join(name: str, strip: str, add: str) -> str:
        if strip:
            if not name.startswith(strip):
                return "\0"
            name = name[len(strip) :].lstrip(".").removeprefix("[]").lstrip(".")
            if not name:
                return "\0"
        if not add:
            return name
        return f"{add}.{name}" if not name.startswith("[]") else f"{add}{name}"

    def check(self) -> None:
        c = self.c
        payload = [f for f in c.page.response if not f.envelope]
        strip, add = self._prefix([f.name for f in payload])
        matched: set[str] = set()
        if not c.page.response and len(self.fields) > 1:
            if "response" not in c.page.sections:
                c.add(
                    0,
                    "$.response",
                    "response-section-missing",
                    "response",
                    "the page has no response table",
                )
            return
        for f in c.page.response:
            if f.envelope:
                if f.name not in self.envelope:
                    c.add(
                        f.line,
                        "$.response",
                        "response-field-missing-in-spec",
                        f.name,
                        f"page lists {f.name} ({f.raw_type}) beside the payload; it is no envelope field of the spec",
                        f.raw_type or f.name,
                    )
                # the row itself (its type and words) must be quoted by a page-sourced text
                row = f"{f.name} {f.raw_type} {f.description}"
                if not _in_pool(row, c.spec.pool):
                    c.add(
                        f.line,
                        "$.response",
                        "response-field-description",
                        f.name,
                        f"page row {row!r} beside the payload is in no page-sourced text of the spec",
                        row,
                    )
                continue
            target = self._join(f.name, strip, add)
            if strip and f.name == strip:
                if f.name not in self.envelope:
                    c.add(
                        f.line,
                        "$.response",
                        "response-field-missing-in-spec",
                        f.name,
                        f"page wraps the payload in {f.name}; the spec's envelope does not",
                        f.raw_type,
                    )
                continue
            if target not in self.fields:
                c.add(
                    f.line,
                    "$.response.schema",
                    "response-field-missing-in-spec",
                    target,
                    f"page documents response field {target} ({f.raw_type}), the spec does not",
                    f.raw_type or f.name,
                )
                continue
            matched.add(target)
            self.field(f, target)
        self.enum_tables(strip, add)
        for name, (s, _) in self.fields.items():
            if not name or name in matched or name in ("[]",):
                continue
            if _OTHER_SOURCE.search(str(s.get("description", ""))):
                continue
            if any(m.startswith((name + ".", name + "[]")) for m in matched) and s.get("type") in (
                "array",
                "object",
            ):
                continue
            c.add(
                0,
                _schema_json_path(name),
                "response-field-missing-on-page",
                name,
                f"spec response field {name} is not on the page",
            )

    def field(self, f: DocField, target: str) -> None:
        c = self.c
        s, required = self.fields[target]
        jp = _schema_json_path(target)
        t = s.get("type")
        types = [str(x) for x in _list(t)] if isinstance(t, list) else [str(t)] if t else []
        if f.type is not None and types and f.type not in types:
            c.add(
                f.line,
                f"{jp}.type",
                "response-field-type",
                target,
                f"page {f.raw_type} ({f.type}), spec {'/'.join(types)}",
                f.raw_type,
            )
        elif (f.format is not None and f.format != s.get("format")) or _narrower(
            f.raw_type, s.get("format")
        ):
            c.add(
                f.line,
                f"{jp}.format",
                "response-field-type",
                target,
                f"page {f.raw_type}, spec format {s.get('format')}",
                f.raw_type,
            )
        if f.required is not None and f.required != required:
            c.add(
                f.line,
                jp,
                "response-field-required",
                target,
                f"page required={f.required}, spec required={required}",
                str(f.required).lower(),
            )
        spec_enum = [str(v) for v in _list(s.get("enum"))]
        meanings = {str(k): str(v) for k, v in _map(s.get("x-enum-meanings")).items()}
        tabled = {v for _, v in c.page.enum_values.get(f.leaf, [])}
        if spec_enum and f.enum:
            for value, meaning in f.enum:
                if value not in spec_enum:
                    c.add(
                        f.line,
                        f"{jp}.enum",
                        "response-enum-value-missing-in-spec",
                        target,
                        f"page lists {value}, the spec does not",
                        value,
                    )
                elif meaning and value in meanings and norm(meaning) != norm(meanings[value]):
                    c.add(
                        f.line,
                        f"{jp}.x-enum-meanings",
                        "response-enum-meaning",
                        target,
                        f"{value} means {meaning!r} on the page, {meanings[value]!r} in the spec",
                        meaning,
                    )
            page_values = {v for v, _ in f.enum} | tabled
            for value in spec_enum:
                if value not in page_values:
                    c.add(
                        f.line,
                        f"{jp}.enum",
                        "response-enum-value-missing-on-page",
                        target,
                        f"spec lists {value}, the page does not",
                    )
        pool = " | ".join(
            norm(x)
            for x in [
                str(s.get("description", "")),
                *(f"{k} {v}" for k, v in meanings.items()),
                *spec_enum,
            ]
        )
        texts = [(st.line, str(st.value)) for st in f.stated if st.what == "text"]
        description = str(s.get("description", ""))
        for line, detail, said in compare_text(texts, description, pool, f.line):
            c.add(line, f"{jp}.description", "response-field-description", target, detail, said)

    def enum_tables(self, strip: str, add: str) -> None:
        c = self.c
        for prop, rows in c.page.enum_values.items():
            targets = [p for p in self.fields if p.replace("[]", "").rsplit(".", 1)[-1] == prop]
            target = min(targets, key=len) if targets else None
            line = rows[0][0]
            if target is None:
                c.add(
                    line,
                    "$.response.schema",
                    "response-field-missing-in-spec",
                    prop,
                    f"page enumerates values of {prop}, the spec has no such field",
                    prop,
                )
                continue
            spec_enum = [str(v) for v in _list(self.fields[target][0].get("enum"))]
            page_values = [v for _, v in rows]
            for ln, value in rows:
                if value not in spec_enum:
                    c.add(
                        ln,
                        f"{_schema_json_path(target)}.enum",
                        "response-enum-value-missing-in-spec",
                        target,
                        f"page lists {value}, the spec does not",
                        value,
                    )
            for value in spec_enum:
                if value not in page_values:
                    c.add(
                        line,
                        f"{_schema_json_path(target)}.enum",
                        "response-enum-value-missing-on-page",
                        target,
                        f"spec lists {value}, the page's enumerated values do not",
                    )


def compare(
    page: DocPage, doc: SpecDocument, exchange: Data, prefixes: Sequence[str] = ()
) -> list[Finding]:
    """Every disagreement between `page` and the endpoint spec `doc` (with its exchange's data)."""
    c = Comparison(page, doc, exchange, prefixes)
    for step in (
        c.endpoint,
        c.source,
        c.auth,
        c.permission,
        c.content_type,
        c.hosts,
        c.params,
        c.response,
        c.examples,
        c.errors,
        c.statuses,
        c.rate_limits,
        c.prose,
    ):
        step()
    return c.out
