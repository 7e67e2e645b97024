"""Build the documented facts of the IR from spec data: error codes (and the runtime's
`ErrorRule`s), notes, conflicts, rate-limit statements and enforced buckets, envelopes, server
time, rate-limit headers, IP groups, HTTP errors, the simulator's answers and live-test
fixtures."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal, cast

from generator.ir import runtime
from generator.ir.types import (
    Conflict,
    Envelope,
    ErrorCode,
    HttpError,
    IpGroup,
    LiveFixture,
    Note,
    RateLimitHeaders,
    RateLimitStatement,
    ServerTime,
    SimulatorFacts,
    Statement,
    UndocumentedCode,
)
from generator.spec.data import Data, mapping, number, sequence, string, text

__all__ = [
    "conflicts_of",
    "envelope",
    "error_rules",
    "errors_of",
    "http_error",
    "ip_group",
    "live_fixture",
    "notes_of",
    "own_envelope",
    "rate_limit_buckets",
    "rate_limit_headers",
    "rate_limit_statement",
    "rate_limit_text",
    "server_time",
    "simulator_facts",
]

# --------------------------------------------------------------------------------------------
# Errors, notes, rate limits


def _error(raw: Data) -> ErrorCode:
    retry = mapping(raw.get("retry_after"))
    status = raw.get("http_status")
    return ErrorCode(
        code=text(raw, "code"),
        error_class=text(raw, "class"),
        retryable=raw.get("retryable") is True,
        meaning=text(raw, "meaning"),
        http_status=status if isinstance(status, int) else None,
        retry_after_pattern=string(retry.get("pattern")),
        retry_after_unit=string(retry.get("unit")),
        messages=tuple(str(m) for m in sequence(raw.get("messages"))),
        source=text(raw, "source"),
    )


def errors_of(value: object) -> tuple[ErrorCode, ...]:
    return tuple(_error(mapping(e)) for e in sequence(value))


def error_rules(errors: Sequence[ErrorCode]) -> dict[str, runtime.spec.ErrorRule]:
    """The runtime's error rules by code, sorted by code."""
    return {
        e.code: runtime.spec.ErrorRule(
            code=e.code,
            error_class=runtime.ERROR_CLASSES[e.error_class],
            retryable=e.retryable,
            meaning=e.meaning,
            http_status=e.http_status,
            retry_after_pattern=e.retry_after_pattern,
            retry_after_unit=cast(runtime.spec.TimeUnit | None, e.retry_after_unit),
        )
        for e in sorted(errors, key=lambda e: e.code)
    }


def notes_of(value: object) -> tuple[Note, ...]:
    return tuple(
        Note(text(mapping(n), "text"), text(mapping(n), "source")) for n in sequence(value)
    )


def conflicts_of(value: object) -> tuple[Conflict, ...]:
    out = []
    for raw in sequence(value):
        c = mapping(raw)
        statements = tuple(
            Statement(text(mapping(s), "text"), text(mapping(s), "source"))
            for s in sequence(c.get("statements"))
        )
        facts = tuple(str(f) for f in sequence(c.get("facts")))
        out.append(
            Conflict(text(c, "topic"), statements, text(c, "enforced"), text(c, "reason"), facts)
        )
    return tuple(out)


def rate_limit_statement(raw: Data) -> RateLimitStatement:
    count, interval = raw.get("count"), raw.get("interval_ms")
    capacity, refill = raw.get("capacity"), number(raw.get("refill_per_s"))
    if isinstance(capacity, int) and refill is not None and refill > 0:
        # A draining counter: `capacity` a burst, emptied in capacity / refill seconds (the
        # long-run rate every window-based reader of count / interval_ms sees).
        count, interval = capacity, math.ceil(capacity * 1000 / refill)
    else:
        refill = None
    return RateLimitStatement(
        id=text(raw, "id"),
        scope=text(raw, "scope"),
        text=text(raw, "text"),
        source=text(raw, "source"),
        count=count if isinstance(count, int) else None,
        interval_ms=interval if isinstance(interval, int) else None,
        ip_group=string(raw.get("ip_group")),
        bucket=string(raw.get("bucket")),
        refill_per_s=refill,
    )


def rate_limit_buckets(
    exchange_id: str,
    qualified: str,
    statements: Mapping[str, RateLimitStatement],
    enforced: Sequence[str],
    weight: int,
    ip_groups: Mapping[str, IpGroup],
) -> tuple[runtime.spec.RateLimitRule, ...]:
    """The enforced statements as the runtime's buckets (an IP group's statement also adds a
    per-endpoint bucket when it states its own count)."""
    rule = runtime.spec.RateLimitRule
    out: list[runtime.spec.RateLimitRule] = []
    for sid in enforced:
        st = statements[sid]
        continuous = st.refill_per_s is not None
        if st.scope == "ip" and st.ip_group is not None:
            group = ip_groups[st.ip_group]
            key = f"{exchange_id}:ip:group-{st.ip_group}"
            out.append(rule(key, "ip", group.count, group.interval_ms, weight))
            if st.count is not None and st.interval_ms is not None:
                key = f"{exchange_id}:ip:{qualified}"
                out.append(rule(key, "ip", st.count, st.interval_ms, weight, continuous))
            continue
        key = f"{exchange_id}:{st.scope}:{st.bucket or qualified}"
        scope = cast(Literal["uid", "ip"], st.scope)
        out.append(rule(key, scope, st.count or 0, st.interval_ms or 0, weight, continuous))
    return tuple(out)


def rate_limit_text(
    statements: Sequence[RateLimitStatement], buckets: Sequence[runtime.spec.RateLimitRule]
) -> str:
    stated = "; ".join(f"{s.text} ({s.source})" for s in statements)
    enforced = ", ".join(
        f"{r.count} {'draining over' if r.continuous else 'per'} {r.interval_ms} ms "
        f"per {r.scope} [{r.key}]"
        for r in buckets
    )
    return f"Rate limits stated: {stated}. Enforced: {enforced}."


# --------------------------------------------------------------------------------------------
# Envelope


def envelope(raw: Data, examples: Sequence[object]) -> Envelope:
    code_field = string(raw.get("code_field"))
    code_is_int = False
    if code_field is not None:
        for example in examples:
            if isinstance(example, Mapping) and code_field in example:
                code_is_int = isinstance(example[code_field], int)
                break
    error_status = raw.get("error_http_status")
    record = runtime.spec.Envelope(
        success_http_status=tuple(
            int(cast(int, s)) for s in sequence(raw.get("success_http_status"))
        ),
        code_field=code_field,
        success_codes=tuple(str(c) for c in sequence(raw.get("success_codes"))),
        message_field=string(raw.get("message_field")),
        payload_field=string(raw.get("payload_field")),
        error_code_fields=tuple(str(c) for c in sequence(raw.get("error_code_fields"))),
        error_message_fields=tuple(str(c) for c in sequence(raw.get("error_message_fields"))),
        error_list=raw.get("error_list") is True,
        warning_prefix=string(raw.get("warning_prefix")) or "",
    )
    return Envelope(
        record=record,
        code_is_int=code_is_int,
        default_error_status=error_status
        if isinstance(error_status, int)
        else (200 if code_field else 400),
        error_http_status=error_status if isinstance(error_status, int) else None,
        source=text(raw, "source"),
    )


def own_envelope(exchange_raw: Data, override: Data, example: object) -> Envelope | None:
    """The endpoint's envelope: the exchange file's with the spec's `envelope:` keys replaced."""
    if not override:
        return None
    return envelope({**exchange_raw, **override}, [example])


def live_fixture(raw: Data) -> LiveFixture | None:
    if not raw:
        return None
    path = text(raw, "cancelled_ids")
    return LiveFixture(
        cancels=tuple(dict(mapping(o)) for o in sequence(raw.get("cancels"))),
        keeps=tuple(dict(mapping(o)) for o in sequence(raw.get("keeps"))),
        cancelled_ids=tuple(path.split(".")) if path else (),
        nothing_to_cancel=string(raw.get("nothing_to_cancel")),
    )


def simulator_facts(raw: Data) -> SimulatorFacts | None:
    if not raw:
        return None
    return SimulatorFacts(
        missing_param=text(raw, "missing_param"),
        invalid_param=text(raw, "invalid_param"),
        not_found=text(raw, "not_found"),
        stale_timestamp=string(raw.get("stale_timestamp")),
        params_in=tuple(str(s) for s in sequence(raw.get("params_in"))),
        missing_param_message=text(raw, "missing_param_message", "{name}: is required"),
        invalid_param_message=text(raw, "invalid_param_message", "{name}: {problem}"),
        undocumented=tuple(
            UndocumentedCode(
                text(mapping(u), "code"), text(mapping(u), "meaning"), text(mapping(u), "reason")
            )
            for u in sequence(raw.get("undocumented"))
        ),
        source=text(raw, "source"),
    )


def ip_group(raw: Data) -> IpGroup:
    count, interval = raw.get("count"), raw.get("interval_ms")
    return IpGroup(
        id=text(raw, "id"),
        count=count if isinstance(count, int) else 0,
        interval_ms=interval if isinstance(interval, int) else 0,
        text=text(raw, "text"),
        source=text(raw, "source"),
    )


def http_error(raw: Data) -> HttpError:
    status = raw.get("status")
    return HttpError(
        status=status if isinstance(status, int | str) else "",
        meaning=text(raw, "meaning"),
        error_class=text(raw, "class"),
        retryable=raw.get("retryable") is True,
        source=text(raw, "source"),
    )


def server_time(raw: Data) -> ServerTime | None:
    if not raw:
        return None
    field = text(raw, "field")
    return ServerTime(
        record=runtime.spec.ServerTime(
            method=text(raw, "method", "GET"),
            path=text(raw, "path"),
            field_path=tuple(field.split(".")) if field else (),
            unit=cast(Literal["ms", "s"], text(raw, "unit", "ms")),
        ),
        as_string=raw.get("wire_type") == "string",
        source=text(raw, "source"),
    )


def rate_limit_headers(raw: Data) -> RateLimitHeaders | None:
    if not raw:
        return None
    return RateLimitHeaders(
        record=runtime.spec.RateLimitHeaders(
            remaining=string(raw.get("remaining")),
            limit=string(raw.get("limit")),
            reset=string(raw.get("reset")),
            reset_unit=cast(runtime.spec.TimeUnit | None, string(raw.get("reset_unit"))),
            retry_after=string(raw.get("retry_after")),
        ),
        retry_after_unit=string(raw.get("retry_after_unit")),
        source=text(raw, "source"),
    )
