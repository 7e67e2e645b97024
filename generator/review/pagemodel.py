"""The page model's data: what a doc page states (`DocPage` and the facts in it, each with its
page line), and `Reader`, the state the block handlers of `docpage` and `pagetables` share
while one page is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.review.pageblocks import Block
from generator.review.pagevalues import DocRateLimit

__all__ = ["DocField", "DocPage", "Endpoint", "Reader", "Stated"]


@dataclass(frozen=True)
class Stated:
    """One statement the page makes about a parameter, outside its type and required flag."""

    what: str  # range | special | default | unit | text | values (a value-range cell)
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
    text: str = ""  # the page as read, for what must be on it anywhere (a quoted passage)
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
    example_headers: list[tuple[int, str, str]] = field(default_factory=list)  # curl -H
    # HTX's "DATA> _START | object" row: (line, marker, raw type) of the payload's container
    payload_types: list[tuple[int, str, str]] = field(default_factory=list)


@dataclass
class Reader:
    page: DocPage
    details: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    detail_values: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    last_detail: str | None = None
    pending_rate: int | None = None  # line of a "Rate limit:" label whose number follows
    tables: list[tuple[str, Block]] = field(default_factory=list)
    desc_lines: list[str] = field(default_factory=list)

    def problem(self, line: int, text: str) -> None:
        self.page.problems.append((line, text))
