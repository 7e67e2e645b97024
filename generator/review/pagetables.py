"""The table handlers of the page model: a table's kind from its header and context
(parameters, response fields, errors, hosts, HTTP statuses, enumerated values, key/value
rows), then one reader per kind. A parameter or field row becomes a `DocField` with every value
its cells and its detail paragraph state (`Stated`, each with its line).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from generator.review.pageblocks import Block
from generator.review.pagemodel import DocField, Reader, Stated
from generator.review.pagevalues import (
    BR,
    parse_default,
    parse_enum,
    parse_range,
    parse_required,
    parse_specials,
    parse_type,
    parse_units,
    sentences,
    unescape,
)

__all__ = ["classify", "read_tables", "stated_values"]

_URL = re.compile(r"https?://[^\s)\]>'\"`<]+")
_MARKER_ROW = re.compile(r"[A-Z]+>?\s*_(?:START|END)")  # HTX: DATA_START ... DATA_END rows


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


def classify(t: Block) -> str | None:
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


def read_tables(r: Reader, lines: Callable[[Reader, list[tuple[int, str]]], None]) -> None:
    """Read every table the handlers kept; key/value rows go to `lines`, the paragraph reader."""
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
            lines(r, rows)
        elif kind == "params":
            r.page.params += _fields(r, t, "params")
        else:
            r.page.response += _fields(r, t, "response")


def _fields(r: Reader, t: Block, kind: str) -> list[DocField]:
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
    opened = 0  # structure markers open: DATA_START, ORDERS_START ... ORDERS_END, DATA_END
    for line, cells in t.rows:
        raw_name = unescape(_cell(cells, c_name))
        marker = re.match(r"^((?:[»>]|&gt;|\s|-(?=\s))*)", raw_name)
        depth = (marker.group(1).count("»") + marker.group(1).count(">")) if marker else 0
        name = raw_name[marker.end() if marker else 0 :].strip().strip("`*").strip()
        if kind != "params" and re.fullmatch(r"[a-z]+ [a-z]+", name):
            # an answer's field written as two lowercase words (HTX's "active price" row, whose
            # example sends active_price): the field's name; a request param stays unreadable
            name = name.replace(" ", "_")
        if _MARKER_ROW.fullmatch(name):  # structure markers, not fields
            # They nest (HTX v1: ORDERS_START ... ORDERS_END inside DATA_START ... DATA_END):
            # the rows after an inner END are still in the payload.
            if name.endswith("START"):
                opened += 1
                if opened == 1 and (raw_type := unescape(_cell(cells, c_type)).strip()):
                    # the payload's own container: its type is the payload's shape
                    r.page.payload_types.append((line, name.split(">")[0].strip("_ "), raw_type))
                # An inner marker names a container of the payload: ORDERS_START -> orders[].
                inner = name[: -len("_START")].lower()
                kind_cell = parse_type(unescape(_cell(cells, c_type)).strip())[0]
                stack = (
                    [(-1, f"{inner}[]" if kind_cell == "array" else inner, None)]
                    if opened > 1
                    else []
                )
            else:
                opened = max(0, opened - 1)
                stack = []
            envelope = opened == 0
            continue
        if kind == "response" and not envelope and line == t.rows[0][0]:
            envelope = any(
                _MARKER_ROW.fullmatch(unescape(_cell(c, c_name)).lstrip("»> ").strip())
                for _, c in t.rows
            )
        if kind != "params" and name.strip("_") == "None":
            # Gate's "» _None_ | object" row: the unnamed item of a list payload, whose
            # description ("Spot order details") is the items' description
            while stack and stack[-1][0] >= depth:
                stack.pop()
            path = f"{stack[-1][1]}[]" if stack else "[]"
            stack.append((depth, path, None))
            about = unescape(_cell(cells, c_desc)).strip()
            if about and about.lower() != "none":
                raw_type = unescape(_cell(cells, c_type)).strip()
                out.append(
                    _field(r, kind, line, path, name, raw_type, parse_type(raw_type), about, "", "")
                )
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
    r: Reader,
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
    if enum and rng_cell:  # the listing as written, for a spec that keeps it as text
        stated.append(Stated("values", line, rng_cell, rng_cell))
    texts = [(line, t) for t in (rng_cell if not enum else "", desc) if t]
    if kind == "params":
        texts += r.details.get(name, [])
        stated += [Stated("text", n, t, t) for n, t in r.details.get(name, [])]
    for number, text in texts:
        before = len(stated)
        for sentence in sentences(text) or [text]:
            stated_values(stated, number, sentence, enum)
        if text is rng_cell and len(stated) == before:  # a value-range cell nothing else reads
            stated.append(Stated("text", line, rng_cell, rng_cell))
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


def stated_values(stated: list[Stated], line: int, text: str, enum: list[tuple[str, str]]) -> None:
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
