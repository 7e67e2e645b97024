"""From an HTTP response to the payload, or to the typed error the specs name.

Hand-written because every exchange wraps its answers differently (BingX ``code``/``msg``/
``data`` with HTTP 200 errors, HTX ``code``/``message`` or legacy ``err_code``/``err_msg``,
Bitget string codes with HTTP 400, Gate a bare body or a ``label`` with a non-2xx status) and
no library knows these formats. Everything exchange-specific comes from the spec objects
(``Envelope`` and the ``ErrorRule``s; an endpoint may carry its own ``Envelope``, which then
replaces the exchange's: HTX's v1 endpoints say ``msg`` where v5 says ``message``); this module
holds only the algorithm:

1. success = HTTP status in ``success_http_status`` and (no ``code_field`` or its value,
   stringified, in ``success_codes``); the payload is ``payload_field`` of the body (or the
   body itself);
2. otherwise the code is the first present ``error_code_fields`` value and the message the
   first present ``error_message_fields`` value; the class comes from the endpoint's rules,
   then the exchange's, then from the HTTP status;
   With ``error_list`` (Kraken) the code field is a list of strings: an entry that is not a
   warning makes the answer an error, its code the longest documented code it starts with;
3. a body that is not a JSON object (HTML, truncated, empty, a list where an envelope was
   due) becomes ``UnexpectedResponseError`` (``ServerError`` for 5xx, ``RateLimitError`` for
   429), always keeping the raw body and the status.

JSON is parsed with the stdlib (integers stay exact, however large; floats become the
``Decimal`` of exactly their value, ``jsonfloat.from_token``, so money never passes through
binary floating point).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import TypeVar

from .. import errors
from .jsonfloat import from_token
from .messages import HttpResponse
from .secrets import Secret, redact
from .spec import Endpoint, Envelope, ErrorRule, ExchangeInfo, TimeUnit

__all__ = ["MISSING", "decode_json", "parse_retry_after", "unexpected", "unwrap"]

_DECODER = json.JSONDecoder(parse_float=from_token)  # floats: exact Decimals (jsonfloat)
_SNIPPET = 200
_E = TypeVar("_E", bound=errors.APIError)


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: object = _Missing()
"""Returned by ``unwrap`` when a success response carries no payload (or a null one)."""


class _NotJSON(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def decode_json(body: bytes) -> object:
    """Parse a JSON body (floats as Decimal). Raises ``ValueError`` with a readable reason."""
    try:
        return _DECODER.decode(body.decode())
    except UnicodeDecodeError as exc:
        raise ValueError(f"body is not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"body is not valid JSON ({exc.msg} at position {exc.pos})") from exc
    except RecursionError as exc:
        raise ValueError("body is nested too deeply") from exc


def unwrap(
    response: HttpResponse,
    info: ExchangeInfo,
    endpoint: Endpoint,
    now: float | Callable[[], float],
    secrets: Iterable[str | Secret | None] = (),
) -> object:
    """Return the payload of a success response, or raise the matching ``errors.APIError``.

    ``now`` (epoch seconds, or the client clock's ``now_s``, read only on the error path) turns
    epoch deadlines in messages into waits; ``secrets`` are redacted from every message put
    into an exception.
    """
    envelope = endpoint.envelope or info.envelope
    body = response.body
    if response.status in envelope.success_http_status:
        try:
            data = _DECODER.decode(body.decode())
        except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError
            try:
                data = _decode(body, allow_empty=True)
            except _NotJSON as exc:
                raise unexpected(response, info, endpoint, exc.reason, secrets) from None
        code_field = envelope.code_field
        if code_field is None:
            if data is None:
                return MISSING
            if envelope.payload_field is None:
                return data
        if not isinstance(data, dict):
            raise unexpected(response, info, endpoint, _shape(data), secrets)
        if envelope.error_list and _listed_errors(data, envelope):
            raise _error(response, info, endpoint, data, _now(now), secrets)
        if code_field is not None:
            code = data.get(code_field)
            if (
                code is not None
                and (code if code.__class__ is str else _code_text(code)) in envelope.success_codes
            ):
                return _payload(data, envelope.payload_field)
            raise _error(response, info, endpoint, data, _now(now), secrets)
        return _payload(data, envelope.payload_field)
    try:
        data = _decode(body, allow_empty=False)
    except _NotJSON as exc:
        raise _by_status_without_body(
            response, info, endpoint, exc.reason, _now(now), secrets
        ) from None
    if not isinstance(data, dict):
        raise _by_status_without_body(response, info, endpoint, _shape(data), _now(now), secrets)
    raise _error(response, info, endpoint, data, _now(now), secrets)


def _now(now: float | Callable[[], float]) -> float:
    return now() if callable(now) else now


def _decode(body: bytes, *, allow_empty: bool) -> object:
    if not body.strip():
        if allow_empty:
            return None
        raise _NotJSON("empty body")
    try:
        return decode_json(body)
    except ValueError as exc:
        raise _NotJSON(f"{exc}: {_snippet(body)}") from None


def _payload(data: dict[str, object], field: str | None) -> object:
    if field is None:
        return data
    payload = data.get(field)
    return MISSING if payload is None else payload


def _code_text(code: object) -> str:
    if isinstance(code, bool):
        return "true" if code else "false"
    if isinstance(code, Decimal) and code == code.to_integral_value():
        return str(int(code))
    return str(code)


def _shape(data: object) -> str:
    kind = (
        "null"
        if data is None
        else "a list"
        if isinstance(data, list)
        else f"a JSON {type(data).__name__}"
    )
    return f"body is {kind}, not a JSON object"


def _snippet(body: bytes) -> str:
    text = body[:_SNIPPET].decode(errors="replace")
    return repr(text + ("..." if len(body) > _SNIPPET else ""))


def _status_text(status: int) -> str:
    from http import HTTPStatus  # error path only: the enum costs import time

    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def unexpected(
    response: HttpResponse,
    info: ExchangeInfo,
    endpoint: Endpoint,
    reason: str,
    secrets: Iterable[str | Secret | None],
) -> errors.UnexpectedResponseError:
    """``UnexpectedResponseError`` for a body that is not what the spec says (``reason``),
    keeping the raw body, status and headers; never retryable."""
    message = f"unexpected response: {reason}"
    cls = errors.UnexpectedResponseError
    return _api_error(cls, message, response, info, endpoint, secrets, None, False, None)


def _api_error(
    cls: type[_E],
    message: str,
    response: HttpResponse,
    info: ExchangeInfo,
    endpoint: Endpoint,
    secrets: Iterable[str | Secret | None],
    code: str | None,
    retryable: bool,
    retry_after: float | None,
) -> _E:
    """``cls`` for this response: the message redacted, the raw body, status and headers kept."""
    return cls(
        redact(message, secrets),
        exchange=info.id,
        endpoint=endpoint.operation,
        code=code,
        http_status=response.status,
        raw_body=response.body,
        headers=response.headers,
        retryable=retryable,
        retry_after=retry_after,
    )


def _by_status_without_body(
    response: HttpResponse,
    info: ExchangeInfo,
    endpoint: Endpoint,
    reason: str,
    now_s: float,
    secrets: Iterable[str | Secret | None],
) -> errors.APIError:
    """An error status whose body is not an exchange envelope (a proxy's HTML page, ...)."""
    status = response.status
    if status >= 500:
        cls: type[errors.APIError] = errors.ServerError
    elif status == 429:
        cls = errors.RateLimitError
    else:
        return unexpected(response, info, endpoint, f"{_status_text(status)}, {reason}", secrets)
    retry_after = _header_retry_after(response, info, now_s, cls is errors.RateLimitError)
    message = f"{_status_text(status)}; {reason}"
    return _api_error(cls, message, response, info, endpoint, secrets, None, True, retry_after)


def _listed_errors(data: Mapping[str, object], envelope: Envelope) -> list[str]:
    """The entries of an error list that are not warnings (a lone string counts as one)."""
    raw = data.get(envelope.error_code_fields[0])
    entries = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
    prefix = envelope.warning_prefix
    return [str(e) for e in entries if e is not None and not (prefix and str(e).startswith(prefix))]


def _listed_code(entry: str, endpoint: Endpoint, info: ExchangeInfo) -> str:
    """The longest documented code ``entry`` is or starts with (followed by ``:``), else the
    entry itself: Kraken appends details to its codes."""
    best = ""
    for code in (*endpoint.errors, *info.errors):
        if len(code) > len(best) and (entry == code or entry.startswith(code + ":")):
            best = code
    return best or entry


def _first(data: Mapping[str, object], fields: tuple[str, ...]) -> object:
    for field in fields:
        value: object = data.get(field)
        if value is None and "." in field:  # a nested error (BitMEX error.name, error.message)
            value = data
            for part in field.split("."):
                value = value.get(part) if isinstance(value, dict) else None
        if value is not None and value != "":
            return value
    return None


def _error(
    response: HttpResponse,
    info: ExchangeInfo,
    endpoint: Endpoint,
    data: dict[str, object],
    now_s: float,
    secrets: Iterable[str | Secret | None],
) -> errors.APIError:
    envelope = endpoint.envelope or info.envelope
    status = response.status
    if envelope.error_list:
        listed = _listed_errors(data, envelope)
        code = _listed_code(listed[0], endpoint, info) if listed else None
        message = "; ".join(listed)
    else:
        raw_code = _first(data, envelope.error_code_fields)
        if raw_code is None and envelope.code_field is not None:
            raw_code = data.get(envelope.code_field)
        code = None if raw_code is None else _code_text(raw_code)
        raw_message = _first(data, envelope.error_message_fields)
        if raw_message is None and envelope.message_field is not None:
            raw_message = data.get(envelope.message_field)
        message = str(raw_message) if raw_message is not None and raw_message != "" else ""

    rule = None
    if code is not None:
        rule = endpoint.errors.get(code) or info.errors.get(code)
    ok_status = status in envelope.success_http_status
    if rule is not None:
        cls = rule.error_class
        retryable = rule.retryable
        if not message:
            message = rule.meaning
    elif code is None and ok_status:
        # A success status, no success code and no error code: not this exchange's format.
        return unexpected(
            response,
            info,
            endpoint,
            f"no {envelope.code_field!r} field in {_snippet(response.body)}",
            secrets,
        )
    else:
        cls, retryable = _fallback(status, ok_status)
    if not message:
        message = _status_text(status) if not ok_status else "error without a message"

    retry_after = None
    if rule is not None and rule.retry_after_pattern is not None:
        retry_after = _retry_after_from_message(message, rule, now_s)
    if retry_after is None:
        retry_after = _header_retry_after(
            response, info, now_s, issubclass(cls, errors.RateLimitError)
        )
    return _api_error(cls, message, response, info, endpoint, secrets, code, retryable, retry_after)


def _fallback(status: int, ok_status: bool) -> tuple[type[errors.APIError], bool]:
    """Class for a code no spec documents, from the HTTP status."""
    if ok_status or 200 <= status < 300:
        return errors.APIError, False
    if status == 401:
        return errors.AuthenticationError, False
    if status == 403:
        return errors.PermissionDeniedError, False
    if status == 429:
        return errors.RateLimitError, True
    if status == 418:  # BingX: banned after ignoring 429s; waiting is the only cure
        return errors.RateLimitError, False
    if status >= 500:
        return errors.ServerError, True
    if 400 <= status < 500:
        return errors.InvalidRequestError, False
    return errors.UnexpectedResponseError, False


def _to_wait(value: float, unit: TimeUnit, now_s: float) -> float:
    if unit == "epoch_ms":
        seconds = value / 1000.0 - now_s
    elif unit == "epoch_s":
        seconds = value - now_s
    elif unit == "ms":
        seconds = value / 1000.0
    else:
        seconds = value
    return max(0.0, seconds)


def _retry_after_from_message(message: str, rule: ErrorRule, now_s: float) -> float | None:
    assert rule.retry_after_pattern is not None
    try:
        match = re.search(rule.retry_after_pattern, message)  # re caches compiled patterns
        if match is None:
            return None
        value = float(match.group(1) if match.groups() else match.group(0))
    except (re.error, ValueError, IndexError):
        return None
    return _to_wait(value, rule.retry_after_unit or "s", now_s)


def parse_retry_after(value: str, now_s: float) -> float | None:
    """Seconds to wait from a ``Retry-After``-like header value.

    Accepts delta seconds, epoch seconds or epoch milliseconds (told apart by magnitude, as
    HTX's ``recovery-time`` is epoch ms) and HTTP dates.
    """
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        if number != number:  # NaN
            return None
        if number > 1e11:
            return _to_wait(number, "epoch_ms", now_s)
        if number > 1e9:
            return _to_wait(number, "epoch_s", now_s)
        return max(0.0, number)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now_s)


def _header_retry_after(
    response: HttpResponse, info: ExchangeInfo, now_s: float, rate_limited: bool = False
) -> float | None:
    """The wait a Retry-After-like header states; for a rate-limit error without one, the time
    to the window's reset header (Gate's ``X-Gate-RateLimit-Reset-Timestamp``)."""
    headers = info.rate_limit_headers
    names = (
        ("retry-after",) if headers.retry_after is None else (headers.retry_after, "retry-after")
    )
    for name in names:
        value = response.headers.get(name)
        if value:
            wait = parse_retry_after(value, now_s)
            if wait is not None:
                return wait
    value = response.headers.get(headers.reset) if rate_limited and headers.reset else None
    if not value:
        return None
    if headers.reset_unit is None:
        return parse_retry_after(value, now_s)  # epoch s or ms, told apart by magnitude
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return _to_wait(number, headers.reset_unit, now_s) if number == number else None
