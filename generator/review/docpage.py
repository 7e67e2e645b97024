"""The page model: an exchange doc page -> every fact it states, each with its page line.

Shared by `scaffold` (page -> draft spec) and `docs_check` (page vs spec). `pageblocks.scan`
cuts the page into blocks; this module has one handler per block kind (front matter,
heading, table, code, exploded JSON, quote, list item, paragraph) and reads the facts of
prose lines (endpoint, permission, content type, rate limits, source, authentication);
`pagetables` has one handler per table kind (parameters, response fields, errors, hosts, HTTP
statuses, enumerated values, key/value rows); a new page layout is a new handler. Values
inside cells and sentences are read by `pagevalues`; the data is in `pagemodel`. Whatever is not a fact of a known kind is kept as prose (sentences with their
lines), so docs-check can still compare it; what cannot be read at all (a table of unknown
shape, an example that is not JSON, a page without an endpoint) becomes a `problems` entry
with its line, never an exception.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qsl

from generator.review.pageblocks import Block, scan
from generator.review.pagemodel import DocField, DocPage, Endpoint, Reader, Stated
from generator.review.pagetables import classify, read_tables, stated_values
from generator.review.pagevalues import (
    RATE_WORDS,
    DocRateLimit,
    clauses,
    meaning_of,
    parse_json_tolerant,
    parse_rate_limits,
    sentences,
    strip_line_comments,
    unescape,
)

__all__ = [
    "RATE_LABEL",
    "DocField",
    "DocPage",
    "DocRateLimit",
    "Endpoint",
    "Stated",
    "parse_json_tolerant",
    "parse_page",
    "parse_rate_limits",
    "parse_text",
]

METHODS = "GET|POST|PUT|DELETE|PATCH"
_METHOD_PATH = re.compile(rf"(?<![\w/])({METHODS})\s+`?(/[^\s`*)\]|,;]*)")
_METHOD_ONLY = re.compile(
    rf"^[*_]*(?:request type|request method|http method|method|http request)[*_]*\s*:\s*[*_`]*\s*({METHODS})\b",
    re.I,
)
_PATH_ONLY = re.compile(r"^[`*]*(/[A-Za-z0-9_{}./?=&-]+)[`*]*(?:\s+\(.*\))?$")
_TITLE_METHOD = re.compile(rf"^({METHODS})\s+(?!/)\S")
_URL = re.compile(r"https?://[^\s)\]>'\"`<]+")
_PERMISSION = re.compile(
    r"^[*_]*(?:api[\s_-]*key\s+permissions?|interface\s+permissions?|permissions?|required\s+permissions?)[*_]*\s*[:：]\s*(.*)$",
    re.I,
)
_CONTENT_TYPE = re.compile(r"content[\s_-]*type\s*[:：]?\s*(.*)", re.I)
_MEDIA = re.compile(r"\b(application|text|multipart)/[\w.+-]+", re.I)
_DETAIL = re.compile(r"^\*\*[»>\s]*([\w.\-\[\]]+)\*\*\s*:\s*(.*)$")
RATE_LABEL = re.compile(
    r"^[*_\s]*(?:rate[\s_-]*limit(?:ation|s)?(?:\s+rule)?|frequency(?:\s+limit)?|request\s+limit|limit|weight)[*_\s]*[:：]?[*_\s]*",
    re.I,
)
# Lines that only label what follows; anything else short ("Request type: see below") is prose
_BOILERPLATE = re.compile(
    r"(?i)(?:[*_]*(?:http request|interface parameters|request parameters?|response parameters?|warning|notes?|"
    r"example|request example|response example|success example|usage example|code samples)[*_]*:?"
    r"|_[\w.]+_|\*\*[\w.]+:?\*\*)"
)
_RETIRED = re.compile(
    r"(?i)deprecat|discontinu|obsolete|sunset|decommission|\boffline\b|no longer (?:available|supported)|will be removed"
)
_PROSE_LABEL = re.compile(
    r"^(?:[*_]*)(?:interface description|description|notes?|remarks?)(?:[*_]*)\s*:\s*", re.I
)
_AUTH_NO = re.compile(r"\b(not required|no|none|public|false)\b", re.I)


def _example_kind(context: str) -> str | None:
    if re.search(r"request|body parameter|request body|payload", context):
        return "request"
    if re.search(r"response|success|return|result|\b[2-5]\d\d\b", context):
        return "response"
    return None


def _add_example(r: Reader, kind: str | None, line: int, value: object, raw: str) -> None:
    page = r.page
    if value is None:
        r.problem(line, f"unreadable {kind or ''} example: {raw.strip()[:60]!r}".replace("  ", " "))
        return
    if kind == "request":
        page.request_examples.append((line, value))
        if page.request_example is None:
            page.request_example = value
    elif kind == "response":
        page.response_examples.append((line, value))
        if page.response_example is None:
            page.response_example = value
    else:
        r.problem(line, "an example that is neither a request nor a response example; not read")


def _strict_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _endpoint(r: Reader, ep: Endpoint) -> None:
    r.page.endpoints.append(ep)


# ------------------------------------------------------------------------------------------
# Block handlers


def _front_matter(r: Reader, b: Block) -> None:
    for number, text in b.lines:
        for url in _URL.findall(text):
            r.page.sources.append((number, url.rstrip(".,")))
        if m := re.match(r"\s*document_title\s*:\s*\"?(.*?)\"?\s*$", text):
            r.page.title = r.page.title or m.group(1)


def _heading(r: Reader, b: Block) -> None:
    text = re.sub(r"\[#\]\([^)]*\)\s*", "", unescape(b.text)).strip()
    if not r.page.title:
        r.page.title = text
    r.last_detail = None
    if m := _METHOD_PATH.match(text.strip("`*")):
        _endpoint(r, Endpoint(b.line, m.group(1), m.group(2), "title", text))
    elif m := _TITLE_METHOD.match(text):
        _endpoint(r, Endpoint(b.line, m.group(1), None, "title", text))
    elif m := _PATH_ONLY.match(text):
        _endpoint(r, Endpoint(b.line, None, m.group(1), "path-heading", text))
    if _RETIRED.search(text):  # "Cancel All After (deprecated)": the spec must say so too
        r.page.prose.append((b.line, text))
    if r.pending_rate is not None and not RATE_WORDS.search(text):
        r.pending_rate = None
    if re.fullmatch(r"(?i)rate[\s-]*limits?|frequency limit", text):
        r.pending_rate = b.line


def _table(r: Reader, b: Block) -> None:
    kind = classify(b)
    if kind is None:
        r.problem(
            b.line,
            f"a table this reader does not know (header: {' | '.join(b.header)!r}); not read",
        )
        return
    r.tables.append((kind, b))


def _code(r: Reader, b: Block) -> None:
    body = b.body
    if b.lang in ("bash", "sh", "shell", "curl", "console", "") and re.search(r"\bcurl\b", body):
        _curl(r, b)
        return
    if b.lang == "http" or re.match(rf"\s*({METHODS})\s+/", body):
        if m := _METHOD_PATH.search(body):
            _endpoint(
                r, Endpoint(b.line + 1, m.group(1), m.group(2).split("?")[0], "line", m.group(0))
            )
        return
    if b.lang in ("json", "javascript", "js", "") or body.strip().startswith(("{", "[")):
        if not body.strip():
            return
        value = parse_json_tolerant(body)
        if value is not None and not _strict_json(strip_line_comments(body)):
            r.problem(
                b.line + 1, f"the example is not valid JSON ({body.strip()[:60]!r}); read leniently"
            )
        _add_example(r, _example_kind(b.context), b.line + 1, value, body)
        return
    for number, text in b.lines:
        for url in _URL.findall(text):
            r.page.example_hosts.append((_origin(url), number))


def _origin(url: str) -> str:
    m = re.match(r"(https?://[^/?#\s]+)", url)
    return m.group(1) if m else url


def _curl(r: Reader, b: Block) -> None:
    body = b.body
    first = b.line + 1
    data = re.search(r"(?:-d|--data(?:-raw|-binary)?)\s+'(.*?)'", body, re.S)
    given = re.search(r"-X\s*['\"]?([A-Z]+)", body)
    method = given.group(1) if given else "POST" if data else "GET"  # curl's own default
    for number, text in b.lines:
        for url in _URL.findall(text):
            url = url.rstrip("'\"\\")
            r.page.example_hosts.append((_origin(url), number))
            path, _, query = url[len(_origin(url)) :].partition("?")
            _endpoint(r, Endpoint(number, method, path or "/", "curl", text.strip()))
            if query and not data:
                _add_example(
                    r, "request", number, dict(parse_qsl(query, keep_blank_values=True)), query
                )
        for h in re.finditer(r"-H\s+['\"]\s*([\w-]+)\s*:\s*([^'\"]*)['\"]", text):
            if h.group(1).lower() != "content-type":
                r.page.example_headers.append((number, h.group(1), h.group(2).strip()))
        for m in re.finditer(r"-H\s+['\"]\s*content-type\s*:\s*([^'\"]+)['\"]", text, re.I):
            if media := _MEDIA.search(m.group(1)):
                r.page.content_types.append((number, media.group(0).lower()))
    if data:
        line = first + body[: data.start()].count("\n")
        if not _strict_json(data.group(1)):
            r.problem(
                line,
                f"the example is not valid JSON ({data.group(1).strip()[:60]!r}); read leniently",
            )
        _add_example(r, "request", line, parse_json_tolerant(data.group(1)), data.group(1))


def _json(r: Reader, b: Block) -> None:
    kind = _example_kind(b.context)
    value = parse_json_tolerant(b.body)
    if kind is None and value is not None:
        kind = "response" if r.page.request_examples else None
    _add_example(r, kind, b.line, value, b.body)


def _quote(r: Reader, b: Block) -> None:
    text = unescape(b.text).strip()
    if re.match(r"[*_]*source", text, re.I):
        for number, line in b.lines:
            for url in _URL.findall(line):
                r.page.sources.append((number, url.rstrip(".,")))
        return
    if m := re.fullmatch(r"(?i)(\d{3}) response", text):
        r.page.statuses.append((b.line, m.group(1), ""))  # "> 200 Response": the success status
        return
    if len(text.split()) <= 4 and not re.search(r"[.!?]$", text):
        return  # a label ("> Body parameter", "> Example responses"); scan() made it the context
    _paragraph(r, b)


def _list(r: Reader, b: Block) -> None:
    text = unescape(" ".join(t.strip() for _, t in b.lines))
    item = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text)
    if r.last_detail and (m := re.match(r"^`([^`\s]+)`\s*:\s*(.*)$", item)):
        r.detail_values.setdefault(r.last_detail, []).append(
            (b.line, m.group(1), meaning_of(m.group(2)))
        )
        return
    _lines(r, [(b.line, item)])


def _paragraph(r: Reader, b: Block) -> None:
    lines = (
        b.lines if b.kind != "quote" else tuple((n, re.sub(r"^\s*>\s?", "", t)) for n, t in b.lines)
    )
    _lines(r, [(n, unescape(t.strip())) for n, t in lines if t.strip()])


_HANDLERS = {
    "front_matter": _front_matter,
    "heading": _heading,
    "table": _table,
    "code": _code,
    "json": _json,
    "quote": _quote,
    "list": _list,
    "paragraph": _paragraph,
}


# ------------------------------------------------------------------------------------------
# Lines of prose: each line is offered to the fact readers; what none of them takes is prose


def _lines(r: Reader, lines: list[tuple[int, str]]) -> None:
    page = r.page
    prose: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        number, text = lines[k]
        k += 1
        if m := _DETAIL.match(text):  # Gate: "**» timeout**: Countdown time in seconds ..."
            name = m.group(1)
            parts = [m.group(2)]
            while k < len(lines) and not _DETAIL.match(lines[k][1]):
                parts.append(lines[k][1])
                k += 1
            r.details.setdefault(name, []).append((number, " ".join(parts)))
            r.last_detail = name
            continue
        if (
            r.pending_rate is not None
            and re.search(r"\d", text)
            and _rate_line(r, number, text, True)
        ):
            r.pending_rate = None
            continue
        if m := re.fullmatch(r"(?i)status code\s*[*_`]*(\d{3})[*_`]*", text.strip()):
            r.page.statuses.append((number, m.group(1), ""))  # Gate: "Status Code **200**"
            continue
        if _fact_line(r, number, text):
            continue
        prose.append((number, text))
    if not prose:
        return
    joined = " ".join(t for _, t in prose)
    if len(prose) == 1 and _BOILERPLATE.fullmatch(joined.strip()):
        return  # a label line ("HTTP request", "WARNING", "Interface parameters")
    detail = r.details.get(r.last_detail or "")
    if detail and prose[0][0] - detail[-1][0] <= 3 and not re.match(r"[#>|]", joined):
        detail.append((prose[0][0], joined))  # Gate: a detail's next paragraph belongs to it
        return
    if joined.startswith("(Page as scraped"):
        return  # the project's provenance note on its copies in docs/pages
    offsets: list[tuple[int, int]] = []
    pos = 0
    for number, text in prose:
        offsets.append((pos, number))
        pos += len(text) + 1
    joined = _PROSE_LABEL.sub("", joined)
    for sentence in sentences(joined):
        start = joined.find(sentence)
        line = max((n for o, n in offsets if o <= max(start, 0)), default=prose[0][0])
        page.prose.append((line, sentence))
        rates = parse_rate_limits(sentence, line)
        if rates:
            page.rate_limits += rates
            page.rate_texts += [(line, c) for c in _rate_clauses(sentence)]
    r.desc_lines += [t for _, t in prose]


def _rate_clauses(text: str) -> list[str]:
    return [c for c in (c.strip(" .,:*_") for c in clauses(text)) if c]


def _rate_line(r: Reader, number: int, text: str, context: bool) -> bool:
    statements = parse_rate_limits(text, number, context=context)
    if not statements:
        return False
    r.page.rate_limits += statements
    r.page.rate_texts += [(number, c) for c in _rate_clauses(text)]
    return True


def _fact_line(r: Reader, number: int, text: str) -> bool:
    """Read one line as a fact (endpoint, permission, content type, rate limit, source, auth);
    False when it is none of them."""
    page = r.page
    clean = text.strip()
    if re.match(r"[*_]*source[*_]*\s*:", clean, re.I):
        urls = _URL.findall(clean)
        for url in urls:
            page.sources.append((number, url.rstrip(".,")))
        return True
    if _URL.fullmatch(clean.strip("[]()<> ")) or re.fullmatch(
        r"\[[^\]]*\]\((https?://[^)]+)\)", clean
    ):
        for url in _URL.findall(clean):
            page.sources.append((number, url.rstrip(".,")))
        return True
    if m := _METHOD_ONLY.match(clean):
        _endpoint(r, Endpoint(number, m.group(1).upper(), None, "request-type", clean))
        rest = clean[m.end() :].strip(" `*")
        if p := re.match(r"(/\S+)", rest):
            _endpoint(r, Endpoint(number, m.group(1).upper(), p.group(1), "line", clean))
        return True
    if (
        (m := _METHOD_PATH.search(clean))
        and len(clean) - len(m.group(0)) < 12
        and not clean.lower().startswith("curl")
    ):
        _endpoint(r, Endpoint(number, m.group(1), m.group(2).rstrip(".,:;"), "line", clean))
        return True
    if m := re.match(
        r"(?i)[*_]*(?:path|endpoint|request path|request url|url)[*_]*\s*:\s*`?(\S+?)`?$", clean
    ):
        url = m.group(1)
        if _URL.match(url):
            r.page.example_hosts.append((_origin(url), number))
            url = url[len(_origin(url)) :] or "/"
        if url.startswith("/"):
            _endpoint(r, Endpoint(number, None, url.split("?")[0], "path-heading", clean))
            return True
    if (m := _PATH_ONLY.match(clean)) and len(m.group(1)) > 1:
        _endpoint(r, Endpoint(number, None, m.group(1), "path-heading", clean))
        return True
    if m := _PERMISSION.match(clean):
        value = m.group(1).strip(" *_.")
        page.permissions.append((number, value))
        if page.permission is None:
            page.permission, page.permission_line = value, number
        return True
    if (m := _CONTENT_TYPE.match(clean)) or (
        m := re.match(r".*?(content[\s_-]*type\b.*)", clean, re.I)
    ):
        media = _MEDIA.search(m.group(0))
        if media:
            page.content_types.append((number, media.group(0).lower()))
            page.content_type = (
                page.content_type or m.group(1).strip() if m.lastindex else media.group(0)
            )
            if _MEDIA.search(clean) and len(clean.split()) <= 8:
                return True
    if re.match(r"(?i)[*_]*signature(?: verification)?[*_]*\s*:", clean):
        value = clean.split(":", 1)[1]
        page.auth.append((number, not _AUTH_NO.search(value), clean))
        return True
    if re.fullmatch(r"(?i)(not\s+)?required\s*\((private|public)[^)]*\)\.?", clean):
        page.auth.append(
            (number, clean.lower().startswith("required") and "private" in clean.lower(), clean)
        )
        return True
    if re.search(r"(?i)authenticat|signed request|signature required", clean):
        negated = re.search(r"(?i)\b(?:not|no|without|never|optional(?:ly)?)\b", clean)
        page.auth.append((number, not negated, clean))
        return True
    if re.match(r"(?i)[*_]*category[*_]*\s*:", clean):
        return True  # the site's navigation, no fact
    if re.match(
        r"(?i)^(?:[*_]*)(interface description|description|notes?|remarks?)(?:[*_]*)\s*:\s*$", clean
    ):
        return True
    if RATE_LABEL.match(clean) and RATE_WORDS.match(clean.strip("*_ ")):
        if _rate_line(r, number, clean, context=True):
            return True
        if not re.search(r"\d", clean):
            r.pending_rate = number
            return True
    elif (
        RATE_WORDS.search(clean) and re.search(r"\d", clean) and _rate_line(r, number, clean, True)
    ):
        return True
    return False


# ------------------------------------------------------------------------------------------
# After the blocks: details and prose attached to the parameters they name


def _mentions(name: str, text: str) -> bool:
    if f"`{name}`" in text or f"**{name}**" in text:
        return True
    plain = re.sub(r"[`*]", "", text)
    if re.search(r"[A-Z_0-9]", name[1:]) and re.search(
        rf"(?<![\w-]){re.escape(name)}(?![\w-])", plain
    ):
        return True
    return bool(re.search(rf"\b{re.escape(name)}\s+(?:parameter|field|param)\b", plain, re.I))


def _attach_prose(r: Reader) -> None:
    page = r.page
    for k, f in enumerate(page.params):
        extra: list[Stated] = []
        for line, sentence in page.prose:
            if _mentions(f.name, sentence):
                stated_values(extra, line, sentence, list(f.enum))
        extra = [s for s in extra if s.what != "unit" or f.type in ("integer", "number")]
        if extra:
            page.params[k] = replace(f, stated=f.stated + tuple(extra))


def _resolve_endpoint(r: Reader) -> None:
    page = r.page
    with_path = [e for e in page.endpoints if e.path and e.origin != "curl"] or [
        e for e in page.endpoints if e.path
    ]
    # a title's method alone ("# GET Cancel All", no path) identifies nothing: HTX's are wrong
    with_method = [e for e in page.endpoints if e.method and e.origin != "title"] or [
        e for e in page.endpoints if e.method and e.path
    ]
    if with_path:
        page.path = with_path[0].path
        page.endpoint_line = with_path[0].line
    if with_method:
        page.method = with_method[0].method
        if not with_path:
            page.endpoint_line = with_method[0].line
    if page.method is None or page.path is None:
        r.problem(
            1,
            "no endpoint found: expected a line such as `POST /api/v1/x`, or `Request type: POST`"
            " with a path heading",
        )


def parse_text(text: str, name: str) -> DocPage:
    """The page model of one page's text."""
    r = Reader(DocPage(name, text=text))
    for block in scan(text):
        _HANDLERS[block.kind](r, block)
    read_tables(r, _lines)
    _attach_prose(r)
    _resolve_endpoint(r)
    page = r.page
    if page.sources:
        page.source = page.sources[0][1]
    page.description = " ".join(t.replace("`", "") for t in r.desc_lines[:6])
    return page


def parse_page(file: Path, rel: str | None = None) -> DocPage:
    """The page model of a file (UTF-8, with or without a BOM; a file that is not raises
    UnicodeDecodeError)."""
    return parse_text(file.read_text(encoding="utf-8-sig"), rel or file.as_posix())
