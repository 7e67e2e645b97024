"""Compare one endpoint spec with its doc page, fact by fact (used by `docs_check`).

Every fact the spec sources to the page (`source: page`, the default for parameters; the
endpoint's method, path, permission and content type; response fields that cite no other
source) is compared with what the page model (`docpage`) read, kind by kind, in both
directions: what the page states that the spec lacks or says otherwise, and what the spec
says the page states that the page no longer does. Text is compared normalised
(`pagevalues.norm`: no markup, case or punctuation): a page's description cell, detail
paragraph or prose sentence must appear in the spec's page-sourced texts, clause by clause.

This module compares the endpoint as a whole (method, path, source, authentication,
permission, content type, hosts, examples, errors, HTTP statuses, rate limits, prose);
`compare_fields` the parameters and response fields; `compare_common` holds the spec side
and the helpers both share.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from generator.review.compare_common import (
    Data,
    Finding,
    as_text,
    clauses,
    example_paths,
    flat_schema,
    from_page,
    in_pool,
    json_diff,
    overlap,
    page_part,
    path_matches,
    same_rate,
    spec_side,
    subject_of,
)
from generator.review.compare_fields import ParamCheck, ResponseCheck
from generator.review.docpage import RATE_LABEL, DocPage
from generator.review.pagevalues import norm, sentences, unescape
from generator.spec.data import mapping as as_map
from generator.spec.data import sequence as as_list
from generator.spec.load import SpecDocument

__all__ = ["Comparison", "Finding", "compare", "path_matches"]


class Comparison:
    """All findings for one page and its endpoint spec."""

    def __init__(
        self, page: DocPage, doc: SpecDocument, exchange: Data, prefixes: Sequence[str]
    ) -> None:
        self.page = page
        self.spec = spec_side(doc, exchange)
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
            return
        # every link the page gives as its source is the spec's document (a section anchor
        # of it is fine: Gate links "#...-responses"); a link text that names another page is not
        for line, url in self.page.sources:
            if want and _document(url) != _document(want):
                self.add(
                    line, "$.source", "source", url, f"page cites {url}; spec source {want}", url
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

    def headers(self) -> None:
        """Headers a code sample sends: the exchange's auth headers, or quoted by a page note."""
        recipe = as_map(as_map(self.spec.exchange.get("auth")).get("recipe"))
        names = [str(as_map(p).get("header", "")) for p in as_list(recipe.get("put"))]
        if as_map(recipe.get("body")).get("content_type"):
            names.append("Content-Type")
        known = " ".join(names)
        for line, name, value in self.page.example_headers:
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", known, re.I):
                continue
            if not in_pool(f"{name} {value}", self.spec.pool):
                self.add(
                    line,
                    "$.notes",
                    "request-example",
                    name,
                    f"the page's example sends header {name}: {value}; neither the exchange's auth nor a page-sourced note names it",
                    f"{name}:{value}",
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
        hosts = as_map(self.spec.exchange.get("hosts"))
        known = [
            str(hosts.get("default", "")).rstrip("/"),
            *(str(h).rstrip("/") for h in as_list(hosts.get("alternates"))),
            *(
                str(u).rstrip("/")
                for g in as_map(hosts.get("groups")).values()
                for u in [as_map(g).get("default", ""), *as_list(as_map(g).get("alternates"))]
            ),
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
            str(as_map(p).get("name")): (i, as_map(p))
            for i, p in enumerate(as_list(self.d.get("params")))
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
            ParamCheck(self, f, p, f"$.params[{i}]").check()
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
        ResponseCheck(self).check()

    # -- examples ------------------------------------------------------------------------

    def examples(self) -> None:
        names = {str(as_map(p).get("name")) for p in as_list(self.d.get("params"))}
        spec_req = as_map(self.d.get("request_example"))
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
                spec_params = as_map(spec_req.get("params"))
                if all(isinstance(v, str) for v in value.values()):  # a query string: all text
                    value = {k: v for k, v in value.items() if v != ""}
                    spec_params = {k: as_text(v) for k, v in spec_params.items()}
                for diff in json_diff(spec_params, value, ""):
                    self.add(
                        line,
                        "$.request_example.params",
                        "request-example",
                        diff[0],
                        f"{diff[0]}: page {diff[2]}, spec {diff[1]}",
                        diff[2],
                    )
        if self.page.request_examples and not (spec_req and from_page(spec_req)):
            shown = json.dumps(self.page.request_examples[0][1], ensure_ascii=False)
            self.add(
                self.page.request_examples[0][0],
                "$.request_example",
                "request-example",
                "request-example",
                f"the page gives a request example ({shown[:160]}); the spec records none from the page",
                shown,
            )
        if spec_req and from_page(spec_req) and not self.page.request_examples:
            self.add(
                0,
                "$.request_example",
                "request-example",
                "request-example",
                "spec request example (source: page) is not on the page",
            )
        response = as_map(self.d.get("response"))
        example_from_page = (
            "example" in response
            and str(response.get("example_source", "page")) == "page"
            and str(response.get("example_kind", "published")) == "published"
        )
        for line, value in self.page.response_examples:
            for path in example_paths(self._payload(value)):
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
                for diff in json_diff(response.get("example"), value, ""):
                    self.add(
                        line,
                        "$.response.example",
                        "response-example",
                        diff[0] or "example",
                        f"{diff[0] or 'example'}: page {diff[2]}, spec {diff[1]}",
                        diff[2],
                    )
        if self.page.response_examples and not example_from_page:
            shown = json.dumps(self.page.response_examples[0][1], ensure_ascii=False)[:200]
            self.add(
                self.page.response_examples[0][0],
                "$.response.example",
                "response-example",
                "response-example",
                f"the page gives an example response ({shown[:160]}); the spec records none from the page",
                shown,
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
        env = {**as_map(self.spec.exchange.get("envelope")), **as_map(self.d.get("envelope"))}
        response = as_map(self.d.get("response"))
        field_name = (
            response.get("payload", env.get("payload_field"))
            if "payload" in response
            else env.get("payload_field")
        )
        if field_name and isinstance(body, Mapping):
            return body.get(str(field_name))
        return body

    def schema_paths(self) -> set[str]:
        return {p for p, _, _ in flat_schema(as_map(as_map(self.d.get("response")).get("schema")))}

    # -- errors and HTTP statuses ----------------------------------------------------------

    def errors(self) -> None:
        endpoint = {
            str(as_map(e).get("code")): (i, as_map(e))
            for i, e in enumerate(as_list(self.d.get("errors")))
        }
        common = {str(as_map(e).get("code")) for e in as_list(self.spec.exchange.get("errors"))}
        on_page: dict[str, list[str]] = {}
        for code, line, text in self.page.errors:
            on_page.setdefault(code, []).append(_as_sent(text))
            if code not in endpoint:
                extra = " (the exchange's common errors have it)" if code in common else ""
                self.add(
                    line,
                    "$.errors",
                    "error-code-missing-in-spec",
                    code,
                    f"page documents error {code} ({text!r}), the spec does not{extra}",
                    text,
                )
                continue
            i, e = endpoint[code]
            # a message is what the server sends: case and punctuation count
            known = [_as_sent(str(m)) for m in as_list(e.get("messages"))] or [
                _as_sent(str(e.get("meaning", "")))
            ]
            if _as_sent(text) not in known:
                self.add(
                    line,
                    f"$.errors[{i}].messages",
                    "error-message",
                    code,
                    f"page message {text!r} is not in the spec",
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
            for k, m in enumerate(as_list(e.get("messages"))):
                if _as_sent(str(m)) not in on_page[code]:
                    self.add(
                        0,
                        f"$.errors[{i}].messages[{k}]",
                        "error-message-missing-on-page",
                        code,
                        f"spec message {str(m)!r} is not on the page",
                    )

    def statuses(self) -> None:
        for line, status, text in self.page.statuses:
            want = norm(text)
            # both ways: a spec text that quotes the row ('200 "Countdown set successfully"',
            # "200: List retrieved successfully") must still find all of it on the page
            for quoted in self._quoted_status(status):
                if want and quoted != want and quoted.startswith(want + " "):
                    self.add(
                        line,
                        "$.notes",
                        "http-status",
                        status,
                        f"page lists HTTP {status} {text!r}; the spec quotes it as {quoted!r}",
                        text,
                    )
            if not any(
                status in t and (not want or want in norm(t)) for t in self.spec.notes
            ) and not any(
                str(as_map(e).get("http_status")) == status for e in as_list(self.d.get("errors"))
            ):
                self.add(
                    line,
                    "$.notes",
                    "http-status",
                    status,
                    f"page lists HTTP {status} {text!r}; no page-sourced note or error of the spec states it",
                    text,
                )

    def _quoted_status(self, status: str) -> list[str]:
        """What page-sourced notes quote after the status code, normalised."""
        pattern = re.compile(rf'(?<!\d){status}(?!\d)\s*:?\s*(?:"([^"]+)"|([^";.]+))')
        return [
            norm(m.group(1) or m.group(2)) for t in self.spec.notes for m in pattern.finditer(t)
        ]

    # -- rate limits ---------------------------------------------------------------------

    def rate_limits(self) -> None:
        rl = as_map(self.d.get("rate_limits"))
        statements = [(i, as_map(s)) for i, s in enumerate(as_list(rl.get("statements")))]
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
                (-overlap(r.text, str(s.get("text", ""))), a, b)
                for a, r in enumerate(pages)
                for b, (_, s) in enumerate(spec_side)
                if same_rate(r, s)
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
                spec_side, key=lambda s: overlap(r.text, str(s[1].get("text", ""))), default=None
            )
            lines_reported.add(r.line)
            if best is not None and overlap(r.text, str(best[1].get("text", ""))) > 0:
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
            for part in clauses(str(s.get("text", ""))):
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
            if not all(in_pool(c, pool) for c in clauses(clause) or [clause]):
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
                c for c in clauses(sentence) or [norm(sentence)] if not in_pool(c, self.spec.pool)
            ]
            if missing:
                self.add(
                    line,
                    "$.notes",
                    "prose",
                    subject_of(sentence),
                    f"page says {sentence!r}; no spec text says {missing[0]!r}",
                    sentence,
                )
        page_text = norm(" ".join(t for _, t in self.page.prose))
        texts = [("$.description", str(self.d.get("description", "")))]
        texts += [
            (f"$.notes[{k}].text", str(as_map(n).get("text", "")))
            for k, n in enumerate(as_list(self.d.get("notes")))
            if from_page(as_map(n))
        ]
        whole = norm(self.page.text)
        description = str(self.d.get("description", "")).strip()
        first = clauses(page_part(sentences(description)[0])) if description else []
        if first and not in_pool(first[0], whole):
            # a description starts with the page's words (the convention): gone from the page
            self.add(
                0,
                "$.description",
                "prose-missing-on-page",
                subject_of(first[0]),
                f"the spec's description starts with the page's words {first[0]!r}; the page no longer has them",
            )
        for jp, text in texts[1:]:
            # a passage a page-sourced note puts in double quotes is the page's, word for word
            for quoted in re.findall(r'"([^"]*[^\W\d][^"]*)"', text):
                if not in_pool(quoted, whole):
                    self.add(
                        0,
                        jp,
                        "prose-missing-on-page",
                        subject_of(quoted),
                        f"the spec's note quotes the page ({quoted[:80]!r}); the page no longer has it",
                    )
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
                        subject_of(p),
                        f"spec text quotes the page ({found[0][:50]!r} ...) but the page no longer says {p!r}",
                    )


def _as_sent(message: str) -> str:
    """An error message as the server sends it: the page's markup and spacing aside."""
    return " ".join(unescape(message).split())


def _document(url: str) -> str:
    """A source address without its section anchor ("#cancelorders-responses"); a fragment
    holding a path ("#/en-us/spot/trade-api.html", a single-page site's route) stays."""
    url = url.rstrip("/")
    base, _, fragment = url.rpartition("#")
    return base if base and "/" not in fragment else url


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
        c.headers,
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
