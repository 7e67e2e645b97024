"""What the generated routes (``_routes.py``) and the hand-written exchange behaviour share.

A ``WireRequest`` is one HTTP request as it arrived (raw query, raw body, headers); a generated
parse function reads every wire parameter from where its spec places it, coerces and checks
it, and returns either the typed parameters or a ``Reject`` carrying the exchange's own error
code. ``Route`` and ``RateRule`` are the spec facts the server needs at run time.

Hand-written, standard library only: the core SDK never imports the simulator.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property
from urllib.parse import parse_qsl

__all__ = [
    "MISSING",
    "ErrorInfo",
    "ExchangeWire",
    "RateRule",
    "Reject",
    "Route",
    "ServerTimeSpec",
    "WireRequest",
    "as_bool",
    "as_int",
    "as_int_or_digits",
    "as_json_int",
    "as_number",
    "as_str",
    "fullmatch",
]


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: object = _Missing()
"""A parameter the request does not carry."""


class BadBody(Exception):
    """The body cannot be read as the content type it claims (bad JSON, not an object)."""


@dataclass
class Reject:
    """An answer in the exchange's own error format instead of the normal response.

    ``http_status`` None means: the exchange's usual status for this code.
    """

    code: str
    message: str
    http_status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    legacy: bool = False  # HTX: the gateway's err_code/err_msg shape


@dataclass
class WireRequest:
    """One request as received. Query and form values stay strings; JSON keeps its types."""

    method: str
    path: str
    raw_query: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    client_ip: str

    @cached_property
    def query_pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(self.raw_query, keep_blank_values=True)

    @cached_property
    def query(self) -> dict[str, str]:
        return dict(self.query_pairs)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @cached_property
    def form(self) -> dict[str, str]:
        if self.content_type != "application/x-www-form-urlencoded" or not self.body:
            return {}
        try:
            return dict(parse_qsl(self.body.decode(), keep_blank_values=True))
        except UnicodeDecodeError as exc:
            raise BadBody(f"form body is not UTF-8 (byte {exc.start})") from exc

    @cached_property
    def json(self) -> dict[str, object]:
        """The JSON object body ({} when there is no body or it is not JSON by content type)."""
        if not self.body.strip() or self.content_type == "application/x-www-form-urlencoded":
            return {}
        try:
            data = json.loads(self.body, parse_float=Decimal)
        except (ValueError, RecursionError) as exc:
            raise BadBody(f"body is not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise BadBody(f"body must be a JSON object, got {type(data).__name__}")
        return data

    @cached_property
    def json_items(self) -> list[dict[str, object]]:
        """The items of a JSON-array body (an endpoint whose spec has ``body_array``)."""
        try:
            data = json.loads(self.body or b"null", parse_float=Decimal)
        except (ValueError, RecursionError) as exc:
            raise BadBody(f"body is not valid JSON: {exc}") from exc
        if not isinstance(data, list) or not data:
            raise BadBody("body must be a non-empty JSON array")
        if not all(isinstance(item, dict) for item in data):
            raise BadBody("every item of the body must be a JSON object")
        return data

    def param(self, name: str, sources: tuple[str, ...]) -> object:
        """The first of query / form / json that carries ``name``, else MISSING."""
        for source in sources:
            if source == "header":
                value = self.headers.get(name.lower())
                if value is not None:
                    return value
                continue
            store: Mapping[str, object] = (
                self.query if source == "query" else self.form if source == "form" else self.json
            )
            if name in store:
                return store[name]
        return MISSING

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


# --------------------------------------------------------------------------- coercion
# Query and form values are text; JSON values must already have their type.


def as_str(raw: object) -> str | None:
    return raw if isinstance(raw, str) else None


_INT = re.compile(r"-?\d{1,19}")


def as_int(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and _INT.fullmatch(raw):  # from a query string or a form
        return int(raw)
    return None


def as_int_or_digits(raw: object) -> int | None:
    """An integer sent as a JSON string of digits (``wire_type: string``) or as a number."""
    return as_int(raw)


def as_json_int(raw: object) -> int | None:
    if isinstance(raw, bool) or not isinstance(raw, int):
        return None
    return raw


def as_number(raw: object) -> Decimal | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | Decimal):
        return Decimal(raw)
    if isinstance(raw, str):
        try:
            value = Decimal(raw)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None
    return None


def as_bool(raw: object) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if raw in ("true", "false"):
        return raw == "true"
    return None


def fullmatch(pattern: str, value: str) -> bool:
    return re.fullmatch(pattern, value) is not None


# --------------------------------------------------------------------------- spec facts


@dataclass(frozen=True)
class RateRule:
    """One rate-limit bucket an endpoint counts against (from the spec's enforced statements)."""

    key: str
    scope: str  # "uid" | "ip"
    count: int
    interval_ms: int
    weight: int = 1
    continuous: bool = False  # a counter of `count` draining over `interval_ms`, not a window


ParseFn = Callable[[WireRequest], "dict[str, object] | Reject"]


@dataclass(frozen=True)
class Route:
    exchange: str
    operation: str  # "spot.cancel_all_after"
    method: str
    path: str
    permission: str
    parse: ParseFn
    rate_limits: tuple[RateRule, ...]
    auth_params: tuple[str, ...]


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    http_status: int | None
    message: str
    error_class: str


@dataclass(frozen=True)
class ServerTimeSpec:
    method: str
    path: str
    field_path: tuple[str, ...]
    unit: str
    as_string: bool


@dataclass(frozen=True)
class ExchangeWire:
    """The exchange-level facts of the spec the simulator answers with."""

    id: str
    name: str
    timestamp_tolerance_ms: int
    code_field: str | None
    success_code: str | None
    code_is_int: bool
    message_field: str | None
    payload_field: str | None
    default_error_status: int
    errors: Mapping[str, ErrorInfo]
    header_remaining: str | None
    header_limit: str | None
    header_reset: str | None
    path_prefixes: tuple[str, ...]
    server_time: ServerTimeSpec | None
    param_error_code: str
    not_found_code: str
