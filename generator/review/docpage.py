"""The page model: an exchange doc page -> every fact it states, each with its page line.

Shared by `scaffold` (page -> draft spec) and `docs_check` (page vs spec). `pageblocks.scan`
cuts the page into blocks; this module has one handler per block kind (front matter,
heading, table, code, exploded JSON, quote, list item, paragraph) and one per table kind
(parameters, response fields, errors, hosts, HTTP statuses, enumerated values, key/value
rows), so a new page layout is a new handler. Values inside cells and sentences are read by
`pagevalues`. Whatever is not a fact of a known kind is kept as prose (sentences with their
lines), so docs-check can still compare it; what cannot be read at all (a table of unknown
shape, an example that is not JSON, a page without an endpoint) becomes a `problems` entry
with its line, never an exception.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import parse_qsl

from generator.review.pageblocks import Block, scan
from generator.review.pagevalues import (
    BR,
    RATE_WORDS,
    DocRateLimit,
    clauses,
    meaning_of,
    parse_default,
    parse_enum,
    parse_json_tolerant,
    parse_range,
    parse_rate_limits,
    parse_required,
    parse_specials,
    parse_type,
    parse_units,
    sentences,
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
_LABEL = re.compile(r"^[*_]*([A-Za-z][\w\s/()-]{0,40}?)[*_]*\s*[:：]\s*[*_]*\s*(.*)$")
RATE_LABEL = re.compile(
    r"^[*_\s]*(?:rate[\s_-]*limit(?:ation|s)?(?:\s+rule)?|frequency(?:\s+limit)?|request\s+limit|limit|weight)[*_\s]*[:：]?[*_\s]*",
    re.I,
)
_MARKER_ROW = re.compile(r"[A-Z]+>?\s*_(?:START|END)")  # HTX: DATA_START ... DATA_END rows
# Lines that only label what follows; anything else short ("Request type: see below") is prose
_BOILERPLATE = re.compile(
    r"(?i)(?:[*_]*(?:http request|interface parameters|request parameters?|response parameters?|warning|notes?|"
    r"example|request example|response example|success example|usage example|code samples)[*_]*:?"
    r"|status code\s*\**\d{3}\**|_[\w.]+_|\*\*[\w.]+\*\*)"
)
_PROSE_LABEL = re.compile(
    r"^(?:[*_]*)(?:interface description|description|notes?|remarks?)(?:[*_]*)\s*:\s*", re.I
)
_AUTH_NO = re.compile(r"\b(not required|no|none|public|false)\b", re.I)


@dataclass(frozen=True)
class Stated:
    """One statement the page makes about a parameter, outside its type and required flag."""

    what: str  # range | special | default | unit | text
    line: int
    value: object  # range: {minimum: ...}; special: (value, meaning); default, unit, text: str
    text: str  # the cell or sentence it was read from


@dataclass(frozen=True)
class DocField:
    """A request parameter or a response field as the page states it."""

    name: str  # response fields: dotted path with [] for lists ("successList[].orderId")
    line: int
    raw_type: str
    type: str | None  # string | integer | number | boolean | array | object; None: unknown
    format: str | None
    required: bool | None
    description: str
    location: str | None = None  # from an "In" column
    enum: tuple[tuple[str, str], ...] = ()  # (value, meaning)
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    also_allowed: tuple[tuple[float, str], ...] = ()
    range_in_prose: bool = False  # the range was read from free text, not a range column
    stated: tuple[Stated, ...] = ()
    envelope: bool = False  # a response field outside the payload (HTX: before DATA_START)
    has_required_column: bool = False

    @property
    def leaf(self) -> str:
        return self.name.replace("[]", "").rsplit(".", 1)[-1]


@dataclass(frozen=True)
class Endpoint:
    """One statement of the endpoint: `POST /x`, `Request type: POST`, a path heading, curl."""

    line: int
    method: str | None
    path: str | None
    origin: str  # line | title | request-type | path-heading | curl
    text: str


@dataclass
class DocPage:
    file: str
    title: str = ""
    method: str | None = None
    path: str | None = None
    endpoint_line: int = 1
    source: str | None = None
    permission: str | None = None
    permission_line: int = 0
    content_type: str | None = None
    description: str = ""
    hosts: list[tuple[str, int]] = field(default_factory=list)
    rate_limits: list[DocRateLimit] = field(default_factory=list)
    params: list[DocField] = field(default_factory=list)
    response: list[DocField] = field(default_factory=list)
    errors: list[tuple[str, int, str]] = field(default_factory=list)  # (code, line, text)
    request_example: object = None
    response_example: object = None
    problems: list[tuple[int, str]] = field(default_factory=list)
    sections: set[str] = field(default_factory=set)  # "params", "response", "errors" seen
    # -- what docs-check compares beyond the draft's needs --------------------------------
    endpoints: list[Endpoint] = field(default_factory=list)
    permissions: list[tuple[int, str]] = field(default_factory=list)
    content_types: list[tuple[int, str]] = field(default_factory=list)  # (line, media type)
    sources: list[tuple[int, str]] = field(default_factory=list)
    auth: list[tuple[int, bool, str]] = field(default_factory=list)  # (line, signed?, text)
    statuses: list[tuple[int, str, str]] = field(default_factory=list)  # (line, status, text)
    enum_values: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # table
    prose: list[tuple[int, str]] = field(default_factory=list)  # sentences nobody else read
    rate_texts: list[tuple[int, str]] = field(default_factory=list)  # clauses of rate lines
    request_examples: list[tuple[int, object]] = field(default_factory=list)
    response_examples: list[tuple[int, object]] = field(default_factory=list)
    example_hosts: list[tuple[str, int]] = field(default_factory=list)  # from code samples


# ------------------------------------------------------------------------------------------
# The reader: state shared by the handlers while one page is read


@dataclass
class _Reader:
    page: DocPage
    details: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    detail_values: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    last_detail: str | None = None
    pending_rate: int | None = None  # line of a "Rate limit:" label whose number follows
    tables: list[tuple[str, Block]] = field(default_factory=list)
    desc_lines: list[str] = field(default_factory=list)

    def problem(self, line: int, text: str) -> None:
        self.page.problems.append((line, text))


def _example_kind(context: str) -> str | None:
    if re.search(r"request|body parameter|request body|payload", context):
        return "request"
    if re.search(r"response|success|return|result|\b[2-5]\d\d\b", context):
        return "response"
    return None


def _add_example(r: _Reader, kind: str | None, line: int, value: object, raw: str) -> None:
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


def _endpoint(r: _Reader, ep: Endpoint) -> None:
    r.page.endpoints.append(ep)


# ------------------------------------------------------------------------------------------
# Block handlers


def _front_matter(r: _Reader, b: Block) -> None:
    for number, text in b.lines:
        for url in _URL.findall(text):
            r.page.sources.append((number, url.rstrip(".,")))
        if m := re.match(r"\s*document_title\s*:\s*\"?(.*?)\"?\s*$", text):
            r.page.title = r.page.title or m.group(1)


def _heading(r: _Reader, b: Block) -> None:
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
    if r.pending_rate is not None and not RATE_WORDS.search(text):
        r.pending_rate = None
    if re.fullmatch(r"(?i)rate[\s-]*limits?|frequency limit", text):
        r.pending_rate = b.line


def _table(r: _Reader, b: Block) -> None:
    kind = _classify(b)
    if kind is None:
        r.problem(
            b.line,
            f"a table this reader does not know (header: {' | '.join(b.header)!r}); not read",
        )
        return
    r.tables.append((kind, b))


def _code(r: _Reader, b: Block) -> None:
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
        if value is not None and not _strict_json(body):
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


def _curl(r: _Reader, b: Block) -> None:
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


def _json(r: _Reader, b: Block) -> None:
    kind = _example_kind(b.context)
    value = parse_json_tolerant(b.body)
    if kind is None and value is not None:
        kind = "response" if r.page.request_examples else None
    _add_example(r, kind, b.line, value, b.body)


def _quote(r: _Reader, b: Block) -> None:
    text = unescape(b.text).strip()
    if re.match(r"[*_]*source", text, re.I):
        for number, line in b.lines:
            for url in _URL.findall(line):
                r.page.sources.append((number, url.rstrip(".,")))
        return
    if len(text.split()) <= 4 and not re.search(r"[.!?]$", text):
        return  # a label ("> Body parameter", "> 200 Response"); scan() made it the context
    _paragraph(r, b)


def _list(r: _Reader, b: Block) -> None:
    text = unescape(" ".join(t.strip() for _, t in b.lines))
    item = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text)
    if r.last_detail and (m := re.match(r"^`([^`\s]+)`\s*:\s*(.*)$", item)):
        r.detail_values.setdefault(r.last_detail, []).append(
            (b.line, m.group(1), meaning_of(m.group(2)))
        )
        return
    _lines(r, [(b.line, item)])


def _paragraph(r: _Reader, b: Block) -> None:
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


def _lines(r: _Reader, lines: list[tuple[int, str]]) -> None:
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


def _rate_line(r: _Reader, number: int, text: str, context: bool) -> bool:
    statements = parse_rate_limits(text, number, context=context)
    if not statements:
        return False
    r.page.rate_limits += statements
    r.page.rate_texts += [(number, c) for c in _rate_clauses(text)]
    return True


def _fact_line(r: _Reader, number: int, text: str) -> bool:
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
        negated = re.search(r"(?i)\b(?:not|no|without|never)\b", clean)
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
# Tables


def _column(header: tuple[str, ...], *names: str) -> int | None:
    """Index of the first of `names` (in that order of preference) the header has."""
    cleaned = [unescape(h).lower().strip("*_ ") for h in header]
    for n in names:
        if n in cleaned:
            return cleaned.index(n)
    for n in names:
        for i, h in enumerate(cleaned):
            if h.startswith(n):
                return i
    return None


_NAME_COLUMNS = (
    "parameter name",
    "parameter",
    "name",
    "field",
    "param",
    "field name",
    "key",
    "property name",
)


def _classify(t: Block) -> str | None:
    head = [unescape(h).lower().strip("*_ ") for h in t.header]
    ctx = t.context
    if not head:
        return "keyvalue" if all(len(c) == 2 for _, c in t.rows) else None
    if any("error" in h and ("code" in h or h == "error") for h in head) or (
        re.search(r"error", ctx) and _column(t.header, "code") is not None
    ):
        return "errors"
    if any(
        "address" in h or "environment" in h or h in ("host", "base url", "url", "endpoint url")
        for h in head
    ):
        return "hosts"
    if head[0] in ("status", "http status", "status code", "http code"):
        return "statuses"
    if head[:2] == ["property", "value"]:
        return "enum_values"
    if _column(t.header, *_NAME_COLUMNS) is None:
        return "keyvalue" if len(head) == 2 else None
    if re.search(r"response|return|schema|result|status code", ctx):
        return "response"
    if re.search(r"request|param|body|query|argument|input", ctx):
        return "params"
    return "params" if _column(t.header, "required", "mandatory") is not None else "response"


def _cell(cells: tuple[str, ...], i: int | None) -> str:
    return cells[i] if i is not None and i < len(cells) else ""


def _read_tables(r: _Reader) -> None:
    for kind, t in r.tables:
        r.page.sections.add(kind)
        if kind == "errors":
            c_code = _column(t.header, "error code", "code", "error", "err code")
            c_desc = _column(
                t.header, "description", "message", "meaning", "desc", "error message", "msg"
            )
            for line, cells in t.rows:
                code = unescape(_cell(cells, c_code)).strip("`* ")
                if code:
                    r.page.errors.append((code, line, unescape(_cell(cells, c_desc)).strip()))
                elif any(c.strip() for c in cells):
                    r.problem(line, "an error row without a code; not read")
        elif kind == "hosts":
            for line, cells in t.rows:
                for c in cells:
                    if url := _URL.search(unescape(c)):
                        r.page.hosts.append((url.group(0).rstrip("/"), line))
        elif kind == "statuses":
            c_desc = _column(t.header, "description", "meaning")
            for line, cells in t.rows:
                status = unescape(_cell(cells, 0)).strip("`* ")
                text = " ".join(unescape(c) for i, c in enumerate(cells) if i > 0 and i == c_desc)
                r.page.statuses.append(
                    (line, status, re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text))
                )
        elif kind == "enum_values":
            for line, cells in t.rows:
                prop, value = (unescape(c).strip("`* ") for c in (*cells, "", "")[:2])
                r.page.enum_values.setdefault(prop, []).append((line, value))
        elif kind == "keyvalue":
            rows = [
                (line, f"{unescape(c[0])}: {unescape(c[1])}") for line, c in t.rows if len(c) >= 2
            ]
            if t.header:
                rows.insert(0, (t.line, f"{unescape(t.header[0])}: {unescape(t.header[1])}"))
            _lines(r, rows)
        elif kind == "params":
            r.page.params += _fields(r, t, "params")
        else:
            r.page.response += _fields(r, t, "response")


def _fields(r: _Reader, t: Block, kind: str) -> list[DocField]:
    h = t.header
    c_name = _column(h, *_NAME_COLUMNS)
    c_type = _column(h, "type", "data type", "parameter type", "field type")
    c_req = _column(h, "required", "mandatory", "necessary", "is required")
    c_desc = _column(
        h, "description", "desc", "meaning", "remarks", "comment", "remark", "explanation"
    )
    c_range = _column(h, "value range", "range", "values", "enum", "allowed values", "enum values")
    c_default = _column(h, "default value", "default")
    c_in = _column(h, "in", "location", "position")
    out: list[DocField] = []
    stack: list[tuple[int, str, str | None]] = []  # (depth, path, type)
    envelope = False
    for line, cells in t.rows:
        raw_name = unescape(_cell(cells, c_name))
        marker = re.match(r"^((?:[»>]|&gt;|\s|-(?=\s))*)", raw_name)
        depth = (marker.group(1).count("»") + marker.group(1).count(">")) if marker else 0
        name = raw_name[marker.end() if marker else 0 :].strip().strip("`*").strip()
        if _MARKER_ROW.fullmatch(name):  # structure markers, not fields
            envelope = name.endswith("END")
            if name.endswith("START"):
                stack = []
            continue
        if kind == "response" and not envelope and line == t.rows[0][0]:
            envelope = any(
                _MARKER_ROW.fullmatch(unescape(_cell(c, c_name)).lstrip("»> ").strip())
                for _, c in t.rows
            )
        if kind != "params" and name.strip("_") == "None":
            # Gate's "» _None_ | object" row: the unnamed item of a list payload
            while stack and stack[-1][0] >= depth:
                stack.pop()
            stack.append((depth, f"{stack[-1][1]}[]" if stack else "[]", None))
            continue
        if not name or not re.fullmatch(r"[\w.\[\]-]+", name):
            if name or any(c.strip() for c in cells):
                r.problem(line, f"unreadable {kind} row {name!r}; not read")
            continue
        raw_type = unescape(_cell(cells, c_type)).strip()
        json_type, fmt = parse_type(raw_type)
        location = unescape(_cell(cells, c_in)).strip().lower() or None
        if kind == "params" and location == "body" and json_type == "object" and name == "body":
            stack = [(depth, "", None)]  # the body container of Gate-style pages
            continue
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1] if stack else None
        if kind == "params" or parent is None or not parent[1]:
            path = name
        else:
            path = f"{parent[1]}{'[]' if parent[2] == 'array' else ''}.{name}"
        stack.append((depth, path, json_type))
        desc_cell = unescape(_cell(cells, c_desc))
        rng_cell = unescape(_cell(cells, c_range)).strip()
        default_cell = unescape(_cell(cells, c_default)).strip()
        f = _field(
            r, kind, line, path, name, raw_type, (json_type, fmt), desc_cell, rng_cell, default_cell
        )
        out.append(
            replace(
                f,
                required=parse_required(unescape(_cell(cells, c_req)))
                if c_req is not None
                else None,
                location=location,
                envelope=envelope and kind == "response",
                has_required_column=c_req is not None,
            )
        )
    return out


def _field(
    r: _Reader,
    kind: str,
    line: int,
    path: str,
    name: str,
    raw_type: str,
    json_type: tuple[str | None, str | None],
    desc_cell: str,
    rng_cell: str,
    default_cell: str,
) -> DocField:
    """One row's field with every value its cells (and, for a parameter, its detail) state."""
    desc = " ".join(BR.sub("; ", desc_cell).split())
    if desc.lower() == "none":
        desc = desc_cell = ""  # Gate's pages print "none" where a field has no description
    stated: list[Stated] = []
    if desc:
        stated.append(Stated("text", line, desc, desc))
    enum = parse_enum(rng_cell, column=True) if rng_cell else []
    if not enum:
        enum = parse_enum(desc_cell)
    if default_cell:
        stated.append(Stated("default", line, default_cell, default_cell))
    texts = [(line, t) for t in (rng_cell if not enum else "", desc) if t]
    if kind == "params":
        texts += r.details.get(name, [])
        stated += [Stated("text", n, t, t) for n, t in r.details.get(name, [])]
    for number, text in texts:
        for sentence in sentences(text) or [text]:
            _stated_values(stated, number, sentence, enum)
    if kind == "params" and not enum:
        enum = [(v, m) for _, v, m in r.detail_values.get(name, [])]
    for v, m in enum:
        if re.search(r"\(default\)", m, re.I):
            stated.append(Stated("default", line, v, m))
    first = next((s.value for s in stated if s.what == "range"), {})
    rng = first if isinstance(first, dict) else {}
    return DocField(
        name=path,
        line=line,
        raw_type=raw_type,
        type=json_type[0],
        format=json_type[1],
        required=None,
        description=desc + "".join(f" {t}" for _, t in r.details.get(name, []) if kind == "params"),
        enum=tuple(enum),
        minimum=rng.get("minimum"),
        maximum=rng.get("maximum"),
        exclusive_minimum=rng.get("exclusive_minimum"),
        exclusive_maximum=rng.get("exclusive_maximum"),
        also_allowed=tuple(s.value for s in stated if s.what == "special"),  # type: ignore[misc]
        range_in_prose=bool(rng)
        and not any(s.what == "range" and s.text == rng_cell for s in stated),
        stated=tuple(stated),
    )


def _stated_values(stated: list[Stated], line: int, text: str, enum: list[tuple[str, str]]) -> None:
    enum_values = {v for v, _ in enum}
    if rng := parse_range(text):
        stated.append(Stated("range", line, rng, text))
    for value, meaning in parse_specials(text):
        if str(value) not in enum_values:
            stated.append(Stated("special", line, (value, meaning), text))
    if (default := parse_default(text)) is not None:
        stated.append(Stated("default", line, default, text))
    for unit in parse_units(text):
        stated.append(Stated("unit", line, unit, text))


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


def _attach_prose(r: _Reader) -> None:
    page = r.page
    for k, f in enumerate(page.params):
        extra: list[Stated] = []
        for line, sentence in page.prose:
            if _mentions(f.name, sentence):
                _stated_values(extra, line, sentence, list(f.enum))
        extra = [s for s in extra if s.what != "unit" or f.type in ("integer", "number")]
        if extra:
            page.params[k] = replace(f, stated=f.stated + tuple(extra))


def _resolve_endpoint(r: _Reader) -> None:
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
    r = _Reader(DocPage(name))
    for block in scan(text):
        _HANDLERS[block.kind](r, block)
    _read_tables(r)
    _attach_prose(r)
    _resolve_endpoint(r)
    page = r.page
    if page.sources:
        page.source = page.sources[0][1]
    page.description = " ".join(t.replace("`", "") for t in r.desc_lines[:6])
    return page


def parse_page(file: Path, rel: str | None = None) -> DocPage:
    """The page model of a file (UTF-8; a file that is not raises UnicodeDecodeError)."""
    return parse_text(file.read_text(encoding="utf-8"), rel or file.as_posix())
