"""Read values out of the text of a doc page: a table cell, a prose sentence, a JSON example.

Pure functions shared by the block handlers in `docpage` (and so by scaffold and docs-check):
types (`integer(int64)`, `long`, `List<Object>`), required flags, enum values with their
meanings in the layouts exchanges use, ranges and special values ("range: 10s-120s", "≥ 5,000
ms", "[10, 120]", "at least 5", "0 means cancel countdown", "0 to disable"), units, defaults,
rate-limit statements in their many phrasings, tolerant JSON, and the text normalisation
docs-check compares prose with. Phrasings were gathered from real exchange pages (BingX, HTX,
Bitget, Gate, OKX, Kraken, WOO X, Orderly, CoinW); see docs/spec-review.md.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "DocRateLimit",
    "norm",
    "parse_default",
    "parse_enum",
    "parse_json_tolerant",
    "parse_range",
    "parse_rate_limits",
    "parse_required",
    "parse_specials",
    "parse_type",
    "parse_units",
    "sentences",
    "unescape",
]

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)]*)\)")
BR = re.compile(r"<br\s*/?>", re.I)


def unescape(text: str) -> str:
    """Markdown backslash escapes and HTML entities out: `cancel\\_all` -> `cancel_all`."""
    return html.unescape(_ESCAPE.sub(r"\1", text))


@lru_cache(maxsize=65536)  # pure, and called for the same cells and sentences again and again
def norm(text: str, cased: bool = False) -> str:
    """Text as compared: links by their text, no markup, lowercase (unless `cased`: wire values
    such as an example's `USDT-FUTURES` keep their case), words separated by one space."""
    text = _LINK.sub(r"\1", unescape(text))
    text = _TAG.sub(" ", text)
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)  # 5,000 -> 5000
    text = text if cased else text.lower()
    text = re.sub(r"(?<![\w\u4e00-\u9fff])_+|_+(?![\w\u4e00-\u9fff])", " ", text.replace("’", "'"))
    return " ".join(re.findall(r"[\w\u4e00-\u9fff]+(?:[.'][\w\u4e00-\u9fff]+)*", text))


def sentences(text: str) -> list[str]:
    """Sentences of a prose text (a decimal point or an abbreviation such as "e.g." does not end one)."""
    parts = re.split(r"(?<=[.!?;])\s+(?=[A-Z`\"'(\[*_0-9])|(?<=[.!?])\s*$", text.strip())
    out: list[str] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and re.search(r"\b(?:e\.g|i\.e|etc|vs|No)\.$", out[-1]):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


# ------------------------------------------------------------------------------------------
# Types and required flags

_TYPES: list[tuple[re.Pattern[str], str, str | None]] = [
    (re.compile(r"^(list|array)\b|^\[\]|<.*>$|\[\]$"), "array", None),
    (re.compile(r"^(string|str|char|varchar)\b"), "string", None),
    (re.compile(r"^(int64|long|uint64)$"), "integer", "int64"),
    (re.compile(r"^(int32|uint32)$"), "integer", "int32"),
    (re.compile(r"^integer\s*\(\s*int64\s*\)$"), "integer", "int64"),
    (re.compile(r"^integer\s*\(\s*int32\s*\)$"), "integer", "int32"),
    (re.compile(r"^(int|integer|short)\b"), "integer", None),
    (re.compile(r"^(float64|double)$"), "number", "float64"),
    (re.compile(r"^number\s*\(\s*double\s*\)$"), "number", "float64"),
    (re.compile(r"^(float|number|decimal|bigdecimal|float32)\b"), "number", None),
    (re.compile(r"^(bool|boolean)$"), "boolean", None),
    (re.compile(r"^(object|map|dict|json)\b"), "object", None),
]


def parse_type(raw: str) -> tuple[str | None, str | None]:
    text = raw.strip().strip("`*_ ").lower()
    for pattern, json_type, fmt in _TYPES:
        if pattern.search(text):
            return json_type, fmt
    return None, None


def parse_required(raw: str) -> bool | None:
    text = raw.strip().strip("`*_ ").lower()
    if text in ("yes", "true", "y", "required", "mandatory", "是", "必填"):
        return True
    if text in ("no", "false", "n", "optional", "否", "选填"):
        return False
    return None


# ------------------------------------------------------------------------------------------
# Enum values

_ENUM_TOKEN = re.compile(r"^([A-Z][A-Z0-9_]*(?:-[A-Z0-9_]+)*)(?![a-z])(.*)$")
_DASHED = re.compile(r"^\s*`?([A-Za-z0-9_.]+(?:-[A-Za-z0-9_]+)*)`?\s+[–—-]\s+(.*)$")
_REFERS = re.compile(r"^\s*([\w.+-]+)\s+refers to\s+(.*)$")
_VALUE_COLON = re.compile(r"^\s*`?([\w.+-]+)`?\s*:\s*(.+)$")  # "open: to be filled", "`ACK`: ..."
_VALUE_DASH_WORD = re.compile(r"^\s*([a-z][\w]*)\s+-\s+(.+)$")  # "spot - spot account"


def meaning_of(rest: str) -> str:
    """The meaning after a value: "-Activate" -> "Activate", "(Failed)" -> "Failed"."""
    text = rest.strip().lstrip("-–—:").strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1]
    return text.strip()


# "Maximum: 100, default: 100" states bounds, not the values "Maximum" and "default"
_NOT_VALUES = {
    "maximum",
    "minimum",
    "max",
    "min",
    "default",
    "unit",
    "range",
    "example",
    "e.g",
    "note",
    "format",
}


def _pieces(body: str, matcher: re.Pattern[str]) -> list[tuple[str, str]] | None:
    for sep in (";", ","):
        parts = [p.strip() for p in body.split(sep) if p.strip()]
        if len(parts) >= 2:
            found = [matcher.match(p) for p in parts]
            values = [m.group(1) for m in found if m]
            labels = {v.lower() for v in values} & _NOT_VALUES
            if all(found) and len(set(values)) == len(values) and not labels:
                return [(m.group(1), meaning_of(m.group(2))) for m in found if m]
    return None


def parse_enum(text: str, column: bool = False) -> list[tuple[str, str]]:
    """Enum values (with meanings) stated in a cell. `column`: a dedicated value-range column,
    where lowercase values are read too ("buy; sell", "long: going long; short: ...")."""
    text = text.strip()
    if not text:
        return []
    if column:
        if re.search(r"\d\s*[-~,]\s*\d|^\[|[≥≤<>]|\b(?:ms|seconds?)\b", text):
            return []  # a numeric range
        out = []
        for part in re.split(r";|<br\s*/?>|,", text):
            value, _, meaning = part.partition(":")
            refers = _REFERS.match(part)  # HTX: "1 refers to enable the feature"
            if refers and not meaning:
                value, meaning = refers.group(1), refers.group(2)
            value = value.strip().strip("`")
            if value and re.fullmatch(r"[\w.+-]+", value):
                out.append((value, meaning.strip()))
        return out
    parts = BR.split(text)
    if len(parts) >= 3 or (len(parts) == 2 and _DASHED.match(parts[1])):
        items = [m for p in parts[1:] if (m := _DASHED.match(p) or _ENUM_TOKEN.match(p.strip()))]
        if items and len(items) == len([p for p in parts[1:] if p.strip()]):
            return [(m.group(1), meaning_of(m.group(2))) for m in items]
    _, colon, body = text.partition(":")
    body = body if colon else text
    # Gate: "Order status: `open`: to be filled; `closed`: filled" / "limit : Limit Order; ..."
    first_sentence = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", body.strip())[0]
    for candidate in (first_sentence, body):
        if found := _pieces(candidate, _VALUE_COLON):
            return found
    # Gate: "Account type, spot - spot account, margin - leveraged account"
    if found := _pieces(text.split(",", 1)[1] if "," in text else "", _VALUE_DASH_WORD):
        return found
    body = text.rsplit(":", 1)[1] if ":" in text else text
    for sep in ("/", ",", ";", " or "):
        pieces = [p.strip() for p in body.split(sep) if p.strip()]
        if len(pieces) < 2:
            continue
        matches = [_ENUM_TOKEN.match(p) for p in pieces]
        if all(m is not None for m in matches):
            return [(m.group(1), meaning_of(m.group(2))) for m in matches if m is not None]
    return []


# ------------------------------------------------------------------------------------------
# Numbers, units, ranges, special values, defaults

_NUM = r"(-?\d+(?:\.\d+)?)"
UNITS = {
    "us": "us",
    "µs": "us",
    "microsecond": "us",
    "microseconds": "us",
    "ms": "ms",
    "millisecond": "ms",
    "milliseconds": "ms",
    "s": "s",
    "sec": "s",
    "secs": "s",
    "second": "s",
    "seconds": "s",
    "m": "min",
    "min": "min",
    "mins": "min",
    "minute": "min",
    "minutes": "min",
    "h": "h",
    "hr": "h",
    "hrs": "h",
    "hour": "h",
    "hours": "h",
    "d": "d",
    "day": "d",
    "days": "d",
}
UNIT_MS = {"us": 0.001, "ms": 1, "s": 1000, "min": 60000, "h": 3600000, "d": 86400000}
_UNIT_WORD = r"(µs|us|microseconds?|ms|milliseconds?|secs?|seconds?|s|mins?|minutes?|m|hrs?|hours?|h|days?|d)"
_UNIT = rf"\s*{_UNIT_WORD}?\b"


def _n(text: str) -> float:
    value = float(text)
    return int(value) if value.is_integer() else value


def _plain(text: str) -> str:
    t = unescape(text).lower().replace("≥", ">=").replace("≤", "<=").replace("`", "")
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)  # thousands separators: 5,000


def parse_units(text: str) -> list[str]:
    """Units a text gives a value in ("(seconds)", "in milliseconds", "Unit: ms", "10s-120s",
    "≥ 5,000 ms", "Unix millisecond timestamp"), in order; a conversion in parentheses after
    another value ("5,000 milliseconds (5 seconds)") is not a unit of its own."""
    t = _plain(text)
    t = re.sub(rf"(\d\s*{_UNIT_WORD})\s*\(\s*\d+(?:\.\d+)?\s*{_UNIT_WORD}\s*\)", r"\1", t)
    # Binance: "120000 (120s)" converts a bare value; "at 30s intervals" is how often to call;
    # "1000 for 1 second" gives the unit as a scale (ms).
    t = re.sub(rf"(\d)\s*\(\s*\d+(?:\.\d+)?\s*{_UNIT_WORD}\s*\)", r"\1", t)
    t = re.sub(rf"\d+(?:\.\d+)?\s*{_UNIT_WORD}\s+intervals?\b", "", t)
    t = re.sub(r"\b1,?000\s+(?:for|=|means|is)\s+1\s+second\b", "in milliseconds", t)
    found: list[tuple[int, str]] = []
    patterns = [
        rf"\d\s*{_UNIT_WORD}\b",
        rf"\(\s*(?:in\s+)?{_UNIT_WORD}\s*\)",
        rf"\bin\s+{_UNIT_WORD}\b",
        rf"\bunit\s*:?\s*{_UNIT_WORD}\b",
        r"\b(millisecond|second|minute|microsecond)s?\s+(?:timestamp|unix)",
        r"\bunix\s+(millisecond|second|microsecond)s?\b",
    ]
    for pattern in patterns:
        for m in re.finditer(pattern, t):
            word = m.group(1)
            if word in ("s", "m", "h", "d") and not re.search(r"\d\s*[smhd]\b", m.group(0)):
                continue
            found.append((m.start(1), UNITS.get(word, UNITS.get(word.rstrip("s"), word))))
    return [u for _, u in sorted(set(found))]  # one unit word read by two patterns counts once


_RANGES = [
    re.compile(
        rf"(?:range|between|from|values?)\s*(?:is|of|:)?\s*(?:from\s*)?{_NUM}{_UNIT}\s*(?:-|~|to|–|and|\.\.)\s*{_NUM}"
    ),
    re.compile(rf"[\[(]\s*{_NUM}\s*,\s*{_NUM}\s*[\])]"),
    re.compile(rf"^\s*{_NUM}{_UNIT}\s*(?:-|~|–|to)\s*{_NUM}{_UNIT}\s*$"),
]
_BOUNDS = [
    (
        "minimum",
        rf"(?:at least|minimum(?: value)?(?: is| of)?|\bmin(?:imum)?\s*[:=]|no less than|not less than|>=|"
        rf"greater than or equal to|cannot be less than|must not be less than)\s*:?\s*{_NUM}",
    ),
    (
        "maximum",
        rf"(?:at most|maximum(?: value)?(?: is| of)?|\bmax(?:imum)?\b\s*[:=]?|no more than|not more than|"
        rf"not exceed(?:ing)?|cannot exceed|must not exceed|up to|<=|less than or equal to|"
        rf"cannot be greater than|must not be greater than)\s*:?\s*{_NUM}",
    ),
    ("exclusive_maximum", rf"(?:less than|smaller than|below|under|<)\s*{_NUM}"),
    ("exclusive_minimum", rf"(?:greater than|more than|larger than|above|>)\s*{_NUM}"),
]


def parse_range(text: str) -> dict[str, float]:
    """minimum/maximum/exclusive_* stated in `text` ("range: 10s-120s", "[1, 100]", "at least 5",
    "must be less than 60", "cannot be greater than 60000", "≥ 5,000 ms")."""
    t = _plain(text)
    out: dict[str, float] = {}
    for pattern in _RANGES:
        if m := pattern.search(t):
            nums = [g for g in m.groups() if g is not None and re.fullmatch(_NUM, g)]
            out["minimum"], out["maximum"] = _n(nums[0]), _n(nums[1])
            break
    for key, bound in _BOUNDS:
        side = "minimum" if key.endswith("minimum") else "maximum"
        if side in out or f"exclusive_{side}" in out:
            continue
        if found := re.search(bound, t):
            out[key] = _n(found.group(1))
            t = t[: found.start()] + " " * (found.end() - found.start()) + t[found.end() :]
    return out


_SPECIAL = [
    re.compile(rf"(?<![\w.-]){_NUM}\s+(?:means|meaning|stands for|refers to|is for|=)\s+([^,.;]+)"),
    re.compile(
        rf"(?<![\w.-]){_NUM}\s*:\s*((?:cancel|disable|turn|stop|switch|deactivate|close|off|remove)[^,.;]*)"
    ),
    re.compile(
        rf"(?<![\w.-]){_NUM}\s+(?:to|will|would)\s+((?:cancel|disable|turn|stop|switch|deactivate|close|remove|terminate)[^,.;]*)"
    ),
    re.compile(
        rf"(?<![\w.-]){_NUM}\s+((?:disables?|cancels?|deactivates?|turns? off|stops?|terminates?)[^,.;]*)"
    ),
    re.compile(
        rf"(?:set(?:ting)?|specify(?:ing)?|pass(?:ing)?|send(?:ing)?)\s+(?:it\s+|the\s+\w+\s+|\w+\s+)?(?:to|as|of)\s+{_NUM}\b([^.;]*?(?:terminat|cancel|disabl|deactivat|stop|turn(?:ed)? off|switch(?:ed)? off)[^.;,]*)"
    ),
    re.compile(
        rf"(?:deactivate|disable|cancel|stop|turn off|switch off)\w*\s+[^.;]*?(?:specifying|setting|with|passing)\s+(?:a\s+)?\w*\s*(?:of|to|=)?\s*{_NUM}\b()"
    ),
]


def parse_specials(text: str) -> list[tuple[float, str]]:
    """Special values stated in a text: "0 means cancel countdown", "0 to disable the timer",
    "'0' disables it", "If the timeout is set to 0 ..., the countdown timer will be terminated",
    "deactivate the mechanism by specifying a timeout of 0"."""
    t = _plain(text).replace("'", "").replace('"', "")
    out: list[tuple[float, str]] = []
    for pattern in _SPECIAL:
        for m in pattern.finditer(t):
            value = _n(m.group(1))
            meaning = m.group(2).strip() if m.lastindex and m.lastindex >= 2 else ""
            if all(v != value for v, _ in out):
                out.append((value, meaning))
    return out


_DEFAULT_VALUE = (
    r"(-?\d+(?:\.\d+)?(?:\s*(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b)?"
    r"|true\b|false\b|[A-Z][A-Z0-9_-]+\b|\"[^\"]+\")"
)
_DEFAULTS = [
    re.compile(rf"(?i:\bdefault(?:\s+value)?\s*(?:is|=|:|of))\s*:?\s*{_DEFAULT_VALUE}"),
    re.compile(rf"(?i:\bdefaults?\s+to)\s+{_DEFAULT_VALUE}"),
    re.compile(rf"(?i:\bdefault\s+\w+(?:\s+\w+)?\s+(?:is|are|of))\s+{_DEFAULT_VALUE}"),
    re.compile(rf"{_DEFAULT_VALUE}\s+(?i:by default|as (?:the )?default)"),
    re.compile(rf"(?i:\(default(?:\s+value)?)\s*[:=]?\s*{_DEFAULT_VALUE}\)"),
]


def parse_default(text: str) -> str | None:
    """The default a text states ("default is 5,000 ms", "defaults to 5000", "Default: FULL",
    "5000 by default", "(default 5000)"), as written (units kept)."""
    t = unescape(text).replace("`", "").replace("**", "")
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)
    for pattern in _DEFAULTS:
        if m := pattern.search(t):
            return m.group(1).strip().strip('"')
    return None


def default_value(raw: str, unit: str | None) -> object:
    """A default as written ("5,000 ms") -> a value in the spec's unit (5000), else the text."""
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", raw.strip())
    m = re.fullmatch(rf"{_NUM}\s*{_UNIT_WORD}?", t.lower())
    if not m:
        return raw.strip()
    value = float(m.group(1))
    given = UNITS.get(m.group(2) or "")
    if given and unit and given != unit and given in UNIT_MS and unit in UNIT_MS:
        value = value * UNIT_MS[given] / UNIT_MS[unit]
    return int(value) if value.is_integer() else value


# ------------------------------------------------------------------------------------------
# Rate limits


@dataclass(frozen=True)
class DocRateLimit:
    line: int
    text: str  # the clause that states it
    scope: str | None  # uid | ip | None (the page does not say)
    count: int | None
    interval_ms: int | None
    ip_group: str | None = None
    weight: int | None = None


_RATE = re.compile(
    r"(?<![\w.])(\d+)\s*(times?|requests?|reqs?|calls?|orders?|r|visits?|queries)?\s*"
    r"(/|per|every|in|within|each|a)\s*(\d+)?\s*"
    r"(ms|milliseconds?|s|secs?|seconds?|min|mins?|minutes?|m|h|hrs?|hours?|d|days?)\b",
    re.I,
)
_WORD_RATE = re.compile(
    r"\b(once|twice|one|two|three|four|five|ten)\s+(?:times?\s+|requests?\s+|calls?\s+)?"
    r"(?:per|a|every|each)\s+(second|minute|hour|day)\b",
    re.I,
)
_WORDS = {"once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_GROUP = re.compile(r"group\s*(?:number|no\.?|#|id)?\s*:?\s*([A-Za-z0-9_-]+)", re.I)
_WEIGHT = re.compile(r"\bweight\s*(?:\((?:ip|uid)\))?\s*[:=]?\s*(\d+)", re.I)
# "Account API Group [2]: The total IP rate limit ..." (BingX swap) names an IP group, not a UID.
_UID = re.compile(
    r"\b(?:uid|user\s*id|userid|per user|each user|account(?!\s+api\s+group)|api[- ]?key"
    r"|sub-?account)\b",
    re.I,
)
_IP = re.compile(r"\bip\b", re.I)
RATE_WORDS = re.compile(
    r"rate[\s_-]*limit|frequency|request limit|\blimit(?:ed|ation)?\b|weight|throttl", re.I
)


def _scope(text: str) -> str | None:
    if _UID.search(text):
        return "uid"
    if _IP.search(text):
        return "ip"
    return None


def clauses(text: str) -> list[str]:
    """A rate-limit line cut where its statements part: sentences, parentheses, ' & '."""
    parts = re.split(r"\s+&\s+|\(|\)|(?<=[a-z0-9])\.\s+|;\s+|\s+and\s+(?=rate|frequency|\d)", text)
    return [p.strip(" .,:") for p in parts if p and p.strip(" .,:")]


def parse_rate_limits(text: str, line: int, context: bool = False) -> list[DocRateLimit]:
    """Every rate-limit statement in a text. `context`: the text is known to be about rate limits
    (a "Rate limit" line or section), so a bare "N/s" counts without a request word."""
    out: list[DocRateLimit] = []
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", unescape(text))
    line_scope = _scope(t)
    for clause in clauses(t):
        scope = _scope(clause) or line_scope
        rates = []
        for m in _RATE.finditer(clause):
            unit = m.group(5).lower()
            connector = m.group(3).lower()
            if connector in ("every", "in", "within", "each", "a") and not m.group(2):
                continue
            if not (
                m.group(2) or connector in ("/", "per") or context or RATE_WORDS.search(clause)
            ):
                continue
            if unit == "m" and connector != "/":
                continue
            if (
                unit in ("s", "m", "h", "d")
                and m.group(4) is None
                and connector not in ("/", "per", "a", "every", "each")
            ):
                continue
            n = int(m.group(4) or 1)
            rates.append((int(m.group(1)), int(n * UNIT_MS[UNITS.get(unit, "s")])))
        for m in _WORD_RATE.finditer(clause):
            rates.append((_WORDS[m.group(1).lower()], int(UNIT_MS[UNITS[m.group(2).lower()]])))
        for count, interval in rates:
            out.append(DocRateLimit(line, clause, scope, count, interval))
        group = _GROUP.search(clause)
        if group and not rates and (RATE_WORDS.search(clause) or context):
            out.append(DocRateLimit(line, clause, "ip", None, None, group.group(1)))
        weight = _WEIGHT.search(clause)
        if weight and not rates:
            out.append(DocRateLimit(line, clause, scope, None, None, None, int(weight.group(1))))
    return out


# ------------------------------------------------------------------------------------------
# JSON examples

_TOKEN = re.compile(
    r'\s*(?:(?P<key>"(?:[^"\\]|\\.)*"\s*:)|(?P<idx>\d+\s*:(?=\s*[\[{]))|(?P<str>"(?:[^"\\]|\\.)*")'
    r"|(?P<num>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?P<lit>true|false|null|NULL)|(?P<p>[{}\[\],]))"
)


# A `// comment` to the end of a line, after a value or a bracket (Binance's ```javascript
# examples annotate fields so); never inside a string: no double quote may follow it.
_LINE_COMMENT = re.compile(r'(?m)(?<=[\s,\[{])//[^\n"]*$')


def strip_line_comments(text: str) -> str:
    """The example without its `// comments` (JSON annotated the way Binance's pages do)."""
    return _LINE_COMMENT.sub("", text)


def parse_json_tolerant(text: str) -> object:
    """JSON, or the exploded form with missing commas and `0:{` list indices, either with
    `// comments`; None if neither."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    text = strip_line_comments(text)
    try:
        return json.loads(text)
    except ValueError:
        pass
    text = _ESCAPE.sub(r"\1", text).strip()
    try:
        return json.loads(text)
    except ValueError:
        pass
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            return None
        kind = m.lastgroup or ""
        tokens.append((kind, m.group(kind)))
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    try:
        result, end = _value(tokens, 0)
    except ValueError:
        return None
    return result if end == len(tokens) else None


def _value(tokens: list[tuple[str, str]], i: int) -> tuple[object, int]:
    if i >= len(tokens):
        raise ValueError("truncated")
    kind, text = tokens[i]
    if kind == "lit":  # HTX's pages write a JSON null as NULL
        return {"true": True, "false": False}.get(text), i + 1
    if kind in ("str", "num"):
        return json.loads(text), i + 1
    if text == "{":
        obj: dict[str, object] = {}
        i += 1
        while i < len(tokens) and tokens[i][1] != "}":
            if tokens[i][1] == ",":
                i += 1
                continue
            if tokens[i][0] != "key":
                raise ValueError("not a key")
            key = json.loads(tokens[i][1].rstrip()[:-1])
            obj[key], i = _value(tokens, i + 1)
        if i >= len(tokens):
            raise ValueError("unclosed object")
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
        if i >= len(tokens):
            raise ValueError("unclosed array")
        return arr, i + 1
    raise ValueError(f"unexpected {text!r}")
