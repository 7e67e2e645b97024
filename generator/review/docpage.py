"""Parse an exchange documentation page (the Markdown form of ../shared/seeds/) into facts.

Shared by `scaffold` (page -> draft spec) and `docs_check` (page vs spec). The pages are
scraped HTML turned into Markdown, so the parser is tolerant: Markdown pipe tables and HTML
`<table>`s, `<br>` inside cells, backslash escapes (`cancel\\_all\\_orders`), nesting markers
in names (`> orderId`, `» timeout`), JSON examples in code fences, in `curl -d '...'`, or
"exploded" one token per line without commas (the HTX pages). What it cannot read becomes a
`problems` entry with the page line, never an exception. Every fact keeps its page line.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["DocField", "DocPage", "DocRateLimit", "parse_json_tolerant", "parse_page"]

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_METHOD_PATH = re.compile(r"\b(GET|POST|PUT|DELETE|PATCH)\s+(/[^\s`*)\]|]*)")
_METHOD_ONLY = re.compile(
    r"(?:request type|request method|http method|method)\s*:\s*\**\s*(GET|POST|PUT|DELETE|PATCH)\b",
    re.I,
)
_PATH_ONLY = re.compile(r"^[#\s`*]*(/[A-Za-z0-9_{}./-]+)[`*]*(?:\s+\(.*\))?\s*$")
_URL = re.compile(r"https?://[^\s)\]>'\"`]+")
_BR = re.compile(r"<br\s*/?>", re.I)


def unescape(text: str) -> str:
    """Markdown backslash escapes and HTML entities out: `cancel\\_all` -> `cancel_all`."""
    return html.unescape(_ESCAPE.sub(r"\1", text))


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

    @property
    def leaf(self) -> str:
        return self.name.replace("[]", "").rsplit(".", 1)[-1]


@dataclass(frozen=True)
class DocRateLimit:
    line: int
    text: str
    scope: str | None  # uid | ip | None (the page does not say)
    count: int | None
    interval_ms: int | None
    ip_group: str | None = None


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


# ------------------------------------------------------------------------------------------
# Values inside cells and prose

_TYPES: list[tuple[re.Pattern[str], str, str | None]] = [
    (re.compile(r"^(list|array)\b|^\[\]|<.*>$|\[\]$"), "array", None),
    (re.compile(r"^(string|str|char)\b"), "string", None),
    (re.compile(r"^(int64|long)$"), "integer", "int64"),
    (re.compile(r"^(int32)$"), "integer", "int32"),
    (re.compile(r"^integer\s*\(\s*int64\s*\)$"), "integer", "int64"),
    (re.compile(r"^integer\s*\(\s*int32\s*\)$"), "integer", "int32"),
    (re.compile(r"^(int|integer)\b"), "integer", None),
    (re.compile(r"^(float64|double)$"), "number", "float64"),
    (re.compile(r"^(float|number|decimal|bigdecimal)\b"), "number", None),
    (re.compile(r"^(bool|boolean)$"), "boolean", None),
    (re.compile(r"^(object|map|dict|json)\b"), "object", None),
]


def parse_type(raw: str) -> tuple[str | None, str | None]:
    text = raw.strip().lower()
    for pattern, json_type, fmt in _TYPES:
        if pattern.search(text):
            return json_type, fmt
    return None, None


def parse_required(raw: str) -> bool | None:
    text = raw.strip().lower()
    if text in ("yes", "true", "y", "required", "mandatory", "是"):
        return True
    if text in ("no", "false", "n", "optional", "否"):
        return False
    return None


_ENUM_TOKEN = re.compile(r"^([A-Z][A-Z0-9_]*(?:-[A-Z0-9_]+)*)(?![a-z])(.*)$")
_DASHED = re.compile(r"^\s*([A-Za-z0-9_.]+(?:-[A-Za-z0-9_]+)*)\s+[–—-]\s+(.*)$")


_REFERS = re.compile(r"^\s*([\w.+-]+)\s+refers to\s+(.*)$")
_MARKER_ROW = re.compile(r"[A-Z]+>?\s*_(?:START|END)")  # HTX: DATA_START ... DATA_END rows


def _meaning(rest: str) -> str:
    return rest.strip().strip("-–—:() ").strip()


def parse_enum(text: str, column: bool = False) -> list[tuple[str, str]]:
    """Enum values (with meanings) stated in a cell. `column`: a dedicated value-range column,
    where lowercase values are read too ("buy; sell", "long: going long; short: ...")."""
    text = text.strip()
    if not text:
        return []
    if column:
        if re.search(r"\d\s*[-~,]\s*\d|^\[", text):
            return []  # a numeric range
        out = []
        for part in re.split(r";|<br\s*/?>|,", text):
            value, _, meaning = part.partition(":")
            refers = _REFERS.match(part)  # HTX: "1 refers to enable the feature"
            if refers and not meaning:
                value, meaning = refers.group(1), refers.group(2)
            if value.strip() and re.fullmatch(r"[\w.+-]+", value.strip()):
                out.append((value.strip(), meaning.strip()))
        return out
    parts = _BR.split(text)
    if len(parts) >= 3 or (len(parts) == 2 and _DASHED.match(parts[1])):
        items = [m for p in parts[1:] if (m := _DASHED.match(p) or _ENUM_TOKEN.match(p.strip()))]
        if items and len(items) == len([p for p in parts[1:] if p.strip()]):
            return [(m.group(1), _meaning(m.group(2))) for m in items]
    body = text.rsplit(":", 1)[1] if ":" in text else text
    for sep in ("/", ",", ";", " or "):
        pieces = [p.strip() for p in body.split(sep) if p.strip()]
        if len(pieces) < 2:
            continue
        matches = [_ENUM_TOKEN.match(p) for p in pieces]
        if all(m is not None for m in matches):
            return [(m.group(1), _meaning(m.group(2))) for m in matches if m is not None]
    return []


_NUM = r"(-?\d+(?:\.\d+)?)"
_UNIT = r"\s*(?:ms|s|sec|seconds?|milliseconds?|minutes?|min)?"


def _n(text: str) -> float:
    value = float(text)
    return int(value) if value.is_integer() else value


def parse_range(text: str) -> dict[str, object]:
    """minimum/maximum/exclusive_* and also_allowed stated in `text` ("range: 10s-120s",
    "[1, 100]", "at least 5", "must be less than 60", "0 means cancel countdown")."""
    t = text.lower().replace("≥", ">=").replace("≤", "<=")
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)  # thousands separators: 5,000
    out: dict[str, object] = {}
    m = re.search(
        rf"(?:range|between|from)\s*:?\s*{_NUM}{_UNIT}\s*(?:-|~|to|–|and)\s*{_NUM}", t
    ) or re.search(rf"\[\s*{_NUM}\s*,\s*{_NUM}\s*\]", t)
    if m:
        out["minimum"], out["maximum"] = _n(m.group(1)), _n(m.group(2))
    for pattern, key in (
        (rf"(?:at least|minimum(?: is| of)?|no less than|>=)\s*:?\s*{_NUM}", "minimum"),
        (rf"(?:at most|maximum(?: is| of)?|no more than|up to|<=)\s*:?\s*{_NUM}", "maximum"),
        (rf"(?:less than|smaller than|below|under|<)\s*{_NUM}", "exclusive_maximum"),
        (rf"(?:greater than|more than|larger than|above|>)\s*{_NUM}", "exclusive_minimum"),
    ):
        if (key not in out and "minimum" not in out) or (
            key in ("maximum", "exclusive_maximum") and "maximum" not in out
        ):
            found = re.search(pattern, t)
            if found and key not in out:
                out[key] = _n(found.group(1))
    if "exclusive_maximum" in out and "maximum" in out:
        del out["exclusive_maximum"]
    if "exclusive_minimum" in out and "minimum" in out:
        del out["exclusive_minimum"]
    specials = [
        (_n(v), meaning.strip()) for v, meaning in re.findall(rf"{_NUM}\s+means\s+([^,.;]+)", t)
    ]
    if specials:
        out["also_allowed"] = specials
    return out


_RATE = re.compile(
    r"(\d+)\s*(?:times?|requests?|reqs?|calls?)?\s*(?:/|per|every|in)\s*(\d+)?\s*"
    r"(ms|milliseconds?|s|secs?|seconds?|min|minutes?|m)\b",
    re.I,
)
_INTERVAL = {
    "ms": 1,
    "millisecond": 1,
    "milliseconds": 1,
    "s": 1000,
    "sec": 1000,
    "secs": 1000,
    "second": 1000,
    "seconds": 1000,
    "min": 60000,
    "minute": 60000,
    "minutes": 60000,
    "m": 60000,
}


def parse_rate_limits(text: str, line: int) -> list[DocRateLimit]:
    """Every statement in one rate-limit line."""
    out: list[DocRateLimit] = []
    line_scope = (
        "uid"
        if re.search(r"\buid\b|account|user", text, re.I)
        else "ip"
        if re.search(r"\bip\b", text, re.I)
        else None
    )
    for segment in re.split(r"\s&\s|\s+and\s+(?=rate)", text):
        seg_scope = (
            "uid"
            if re.search(r"\buid\b", segment, re.I)
            else "ip"
            if re.search(r"\bip\b", segment, re.I)
            else line_scope
        )
        group = re.search(r"group\s*(?:number|no\.?|#)?\s*:?\s*([A-Za-z0-9_-]+)", segment, re.I)
        rates = list(_RATE.finditer(segment))
        if group and not rates:
            out.append(DocRateLimit(line, segment.strip(), "ip", None, None, group.group(1)))
        for m in rates:
            n = int(m.group(2) or 1)
            unit = m.group(3).lower()
            out.append(
                DocRateLimit(
                    line, segment.strip(), seg_scope, int(m.group(1)), n * _INTERVAL.get(unit, 1000)
                )
            )
    return out


# ------------------------------------------------------------------------------------------
# JSON examples


_TOKEN = re.compile(
    r'\s*(?:(?P<key>"(?:[^"\\]|\\.)*"\s*:)|(?P<idx>\d+\s*:(?=\s*[\[{]))|(?P<str>"(?:[^"\\]|\\.)*")'
    r"|(?P<num>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?P<lit>true|false|null)|(?P<p>[{}\[\],]))"
)


def parse_json_tolerant(text: str) -> object:
    """JSON, or the exploded form with missing commas and `0:{` list indices; None if neither."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    tokens: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            return None
        kind = m.lastgroup or ""
        tokens.append((kind, m.group(kind)))
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    result, end = _value(tokens, 0)
    return result if end == len(tokens) else None


def _value(tokens: list[tuple[str, str]], i: int) -> tuple[object, int]:
    if i >= len(tokens):
        raise_at = len(tokens) + 1
        return None, raise_at
    kind, text = tokens[i]
    if kind == "str" or kind == "num" or kind == "lit":
        return json.loads(text), i + 1
    if text == "{":
        obj: dict[str, object] = {}
        i += 1
        while i < len(tokens) and tokens[i][1] != "}":
            if tokens[i][1] == ",":
                i += 1
                continue
            if tokens[i][0] != "key":
                return None, len(tokens) + 1
            key = json.loads(tokens[i][1].rstrip()[:-1])
            obj[key], i = _value(tokens, i + 1)
        return obj, i + 1
    if text == "[":
        arr: list[object] = []
        i += 1
        while i < len(tokens) and tokens[i][1] != "]":
            if tokens[i][1] == "," or tokens[i][0] == "idx":
                i += 1
                continue
            item, i = _value(tokens, i)
            arr.append(item)
        return arr, i + 1
    return None, len(tokens) + 1


# ------------------------------------------------------------------------------------------
# Tables


@dataclass
class _Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]
    context: str  # nearest heading or label before the table, lowercased
    line: int


class _HTMLTable(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[int, list[str], bool]] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._row, self._head = [], False
        elif tag in ("td", "th"):
            self._cell = []
            self._head = self._head or tag == "th"
        elif tag == "br" and self._cell is not None:
            self._cell.append("<br>")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append((self.getpos()[0], self._row, self._head))
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(" ".join(data.split()))


def _split_row(line: str) -> list[str]:
    cells = re.split(r"(?<!\\)\|", line.strip())
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [c.strip().replace("\\|", "|") for c in cells]


def _is_separator(cells: list[str]) -> bool:
    return bool(cells) and all(re.fullmatch(r":?-{2,}:?", c.replace(" ", "")) for c in cells)


# ------------------------------------------------------------------------------------------
# The page


def _column(header: list[str], *names: str) -> int | None:
    for i, h in enumerate(header):
        if h.lower().strip("*_ ") in names:
            return i
    for i, h in enumerate(header):
        if any(h.lower().startswith(n) for n in names):
            return i
    return None


def _classify(t: _Table) -> str | None:
    head = [h.lower() for h in t.header]
    ctx = t.context
    if any("error" in h and "code" in h for h in head) or (
        "error" in ctx and _column(t.header, "code") is not None
    ):
        return "errors"
    if any("address" in h or "environment" in h for h in head):
        return "hosts"
    if head and head[0] in ("status", "http status", "status code"):
        return None
    if (
        _column(t.header, "parameter name", "parameter", "name", "field", "param", "field name")
        is None
    ):
        return None
    if "response" in ctx or "return" in ctx or "schema" in ctx:
        return "response"
    if "request" in ctx or "param" in ctx or "body" in ctx or "query" in ctx:
        return "params"
    return "params" if _column(t.header, "required", "mandatory") is not None else "response"


_DETAIL_VALUE = re.compile(r"^[-*]\s+`([^`\s]+)`\s*:\s*(.*)$")  # Gate: "- `ACK`: Asynchronous mode"


def _fields(
    t: _Table,
    kind: str,
    page: DocPage,
    details: dict[str, str],
    detail_values: dict[str, list[tuple[str, str]]] | None = None,
) -> list[DocField]:
    h = t.header
    c_name = _column(h, "parameter name", "parameter", "name", "field", "param", "field name")
    c_type = _column(h, "type", "data type", "parameter type")
    c_req = _column(h, "required", "mandatory")
    c_desc = _column(h, "description", "desc", "meaning", "remarks", "comment")
    c_range = _column(h, "value range", "range", "values", "enum", "allowed values")
    c_in = _column(h, "in", "location", "position")
    out: list[DocField] = []
    stack: list[tuple[int, str, str | None]] = []  # (depth, path, type)
    for line, cells in t.rows:

        def cell(i: int | None, cells: list[str] = cells) -> str:
            return cells[i] if i is not None and i < len(cells) else ""

        raw_name = unescape(cell(c_name))
        marker = re.match(r"^((?:[»>]|&gt;|\s|-(?=\s))*)", raw_name)
        depth = (marker.group(1).count("»") + marker.group(1).count(">")) if marker else 0
        name = raw_name[marker.end() if marker else 0 :].strip().strip("`*").strip()
        if _MARKER_ROW.fullmatch(name):
            continue  # structure markers, not fields
        if kind != "params" and name.strip("_") == "None":
            # Gate's "» _None_ | object" row: the unnamed item of a list payload
            while stack and stack[-1][0] >= depth:
                stack.pop()
            stack.append((depth, "[]", None))
            continue
        if not name or not re.fullmatch(r"[\w.\[\]-]+", name):
            if name:
                page.problems.append((line, f"unreadable {kind} name {name!r}; row skipped"))
            continue
        raw_type = unescape(cell(c_type))
        json_type, fmt = parse_type(raw_type)
        location = cell(c_in).lower() or None
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
        desc = unescape(cell(c_desc))
        detail = details.get(name, "")
        prose = " ".join(p for p in (_BR.sub(" ", desc), detail) if p)
        rng_cell = unescape(cell(c_range))
        enum = parse_enum(rng_cell, column=True) if rng_cell else []
        if not enum:
            enum = parse_enum(desc)
        if not enum and kind == "params":
            enum = list((detail_values or {}).get(name, []))
        rng = parse_range(rng_cell) if rng_cell and not enum else {}
        in_prose = False
        if not rng and json_type in ("integer", "number"):
            rng = parse_range(prose)
            in_prose = bool(rng)
        also = rng.pop("also_allowed", [])
        out.append(
            DocField(
                name=path,
                line=line,
                raw_type=raw_type,
                type=json_type,
                format=fmt,
                required=parse_required(unescape(cell(c_req))) if c_req is not None else None,
                description=" ".join(_BR.sub("; ", desc).split())
                + (f" {detail}" if detail else ""),
                location=location,
                enum=tuple(enum),
                minimum=_num(rng.get("minimum")),
                maximum=_num(rng.get("maximum")),
                exclusive_minimum=_num(rng.get("exclusive_minimum")),
                exclusive_maximum=_num(rng.get("exclusive_maximum")),
                also_allowed=tuple(also) if isinstance(also, list) else (),
                range_in_prose=in_prose,
            )
        )
    return out


def _num(value: object) -> float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _example_kind(context: str) -> str | None:
    if "request" in context or "body parameter" in context:
        return "request"
    if "response" in context or "success" in context or "return" in context:
        return "response"
    return None


def parse_page(file: Path, rel: str | None = None) -> DocPage:
    text = file.read_text(encoding="utf-8", errors="replace")
    page = DocPage(rel or file.as_posix())
    lines = text.splitlines()
    tables: list[_Table] = []
    details: dict[str, str] = {}
    detail_values: dict[str, list[tuple[str, str]]] = {}
    context = ""
    i = 0
    if lines and lines[0].strip() == "---":  # front matter
        end = next((k for k in range(1, len(lines)) if lines[k].strip() == "---"), 0)
        for k in range(1, end):
            if (url := _URL.search(lines[k])) and page.source is None:
                page.source = url.group(0)
        i = end + 1
    desc_lines: list[str] = []
    while i < len(lines):
        raw = lines[i]
        stripped = raw.strip()
        number = i + 1
        if stripped.startswith("```"):
            lang = stripped[3:].strip().lower()
            end = next(
                (k for k in range(i + 1, len(lines)) if lines[k].strip().startswith("```")),
                len(lines),
            )
            body = "\n".join(lines[i + 1 : end])
            if lang in ("bash", "sh", "shell", "curl") and (
                m := re.search(r"-d\s+'(.*?)'", body, re.S)
            ):
                body, kind = m.group(1), "request"
            else:
                kind = _example_kind(context) or ""
            value = parse_json_tolerant(body) if kind else None
            if kind == "request" and page.request_example is None and value is not None:
                page.request_example = value
            elif kind == "response" and page.response_example is None and value is not None:
                page.response_example = value
            i = end + 1
            continue
        if stripped.startswith("|"):
            block = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                block.append((i + 1, _split_row(lines[i])))
                i += 1
            if len(block) >= 2 and _is_separator(block[1][1]):
                tables.append(
                    _Table([unescape(h) for h in block[0][1]], block[2:], context, number)
                )
            else:
                page.problems.append((number, "a table without a header separator row; skipped"))
            continue
        if "<table" in stripped.lower():
            end = next(
                (k for k in range(i, len(lines)) if "</table>" in lines[k].lower()), len(lines) - 1
            )
            parser = _HTMLTable()
            parser.feed("\n".join(lines[i : end + 1]))
            rows = [(number + r - 1, cells, head) for r, cells, head in parser.rows]
            if rows:
                head_cells = rows[0][1]
                tables.append(
                    _Table(
                        [unescape(h) for h in head_cells],
                        [(n, c) for n, c, _ in rows[1:]],
                        context,
                        number,
                    )
                )
            i = end + 1
            continue
        clean = unescape(stripped)
        if stripped.startswith("#"):
            context = clean.lstrip("#").strip().lower()
            if not page.title:
                page.title = re.sub(r"\[#\]\([^)]*\)\s*", "", clean.lstrip("#")).strip()
        elif stripped.startswith(">") and not re.match(r">\s*\*\*source", stripped, re.I):
            quoted = clean.lstrip("> ").strip().lower()
            if quoted:
                context = quoted
        if stripped in ("{", "[") and _example_kind(context):
            depth, k, chunk = 0, i, []
            while k < len(lines):
                piece = unescape(lines[k].strip())
                chunk.append(piece)
                depth += piece.count("{") + piece.count("[") - piece.count("}") - piece.count("]")
                k += 1
                if depth <= 0:
                    break
            value = parse_json_tolerant("\n".join(chunk))
            label = _example_kind(context)
            if value is None:
                page.problems.append((number, f"unreadable {label} example; skipped"))
            elif label == "request" and page.request_example is None:
                page.request_example = value
            elif label == "response" and page.response_example is None:
                page.response_example = value
            i = k
            continue
        if (
            page.method is None
            and (m := _METHOD_PATH.search(clean))
            and not clean.lower().startswith("curl")
        ):
            page.method, page.path, page.endpoint_line = (
                m.group(1),
                m.group(2).rstrip(".,:;"),
                number,
            )
        elif page.method is None and (m := _METHOD_ONLY.search(clean)):
            page.method = m.group(1).upper()
        if page.path is None and (m := _PATH_ONLY.match(clean)) and len(m.group(1)) > 1:
            page.path, page.endpoint_line = m.group(1), number
        if re.search(r"rate\s*limit|frequency\s*limit", clean, re.I):
            statements = parse_rate_limits(clean, number)
            if statements:
                page.rate_limits += statements
            elif re.search(r"\d", clean):
                page.problems.append((number, f"rate-limit line not understood: {clean!r}"))
        if m := re.match(
            r"[*_]*(?:api key permission|interface permission|permission)s?[*_]*\s*:\s*(.+)",
            clean,
            re.I,
        ):
            page.permission, page.permission_line = m.group(1).strip(" *_"), number
        if (m := re.search(r"content-type\s*:\s*(.+)", clean, re.I)) and page.content_type is None:
            page.content_type = m.group(1).strip()
        if "source" in clean.lower() and page.source is None:
            nxt = unescape(lines[i + 1]) if i + 1 < len(lines) else ""
            url = _URL.search(clean) or _URL.search(nxt)
            if url:
                page.source = url.group(0)
        if m := re.match(r"\*\*[»>\s]*([\w.]+)\*\*\s*:\s*(.*)", clean):
            detail = [m.group(2)]
            k = i + 1
            while (
                k < len(lines)
                and lines[k].strip()
                and not lines[k].lstrip().startswith(("#", "|", ">", "**"))
            ):
                detail.append(unescape(lines[k].strip()))
                k += 1
            details[m.group(1)] = " ".join(detail).strip()
            # A value list may follow after blank lines, up to the next heading, table or name.
            values: list[tuple[str, str]] = []
            while k < len(lines) and not lines[k].lstrip().startswith(("#", "|", ">", "**")):
                if v := _DETAIL_VALUE.match(unescape(lines[k].strip())):
                    values.append((v.group(1), _meaning(v.group(2))))
                k += 1
            if values:
                detail_values[m.group(1)] = values
        if (
            (
                clean
                and not stripped.startswith(("#", ">", "|", "**", "[", "<", "_"))
                and ":" not in clean[:40]
            )
            and not _METHOD_PATH.search(clean)
            and not re.match(r"(required|warning|http request|interface parameters)\b", clean, re.I)
        ):
            desc_lines.append(clean.replace("`", ""))
        i += 1
    page.description = " ".join(desc_lines[:6])
    for t in tables:
        table_kind = _classify(t)
        if table_kind is None:
            continue
        page.sections.add(table_kind)
        if table_kind == "errors":
            c_code = _column(t.header, "error code", "code", "error")
            c_desc = _column(t.header, "description", "message", "meaning", "desc")
            for line, cells in t.rows:
                code = (
                    unescape(cells[c_code]).strip("` ")
                    if c_code is not None and c_code < len(cells)
                    else ""
                )
                if code:
                    desc = (
                        unescape(cells[c_desc])
                        if c_desc is not None and c_desc < len(cells)
                        else ""
                    )
                    page.errors.append((code, line, desc))
        elif table_kind == "hosts":
            for line, cells in t.rows:
                for c in cells:
                    if url := _URL.search(unescape(c)):
                        page.hosts.append((url.group(0).rstrip("/"), line))
        elif table_kind == "params":
            page.params += _fields(t, "params", page, details, detail_values)
        else:
            page.response += _fields(t, "response", page, details)
    if page.method is None or page.path is None:
        page.problems.append(
            (
                1,
                "no endpoint found: expected a line such as `POST /api/v1/x` or `Request type: POST` with a path heading",
            )
        )
    return page
