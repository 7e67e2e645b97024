"""Build the IR (`generator.ir.types`) from validated spec documents.

This module and the validator are the only readers of spec data: everything after it works on
the IR. Every Python name, type, literal, guard, parameter list and runtime record is computed
here (or by `generator.ir.constraints` and `generator.ir.naming`), so templates only place
values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Literal, cast

from generator.ir import runtime
from generator.ir.constraints import (
    Constraint,
    EnumConstraint,
    EnumValue,
    PatternConstraint,
    RangeConstraint,
    TypeConstraint,
)
from generator.ir.naming import constant_case, kebab_case, pascal_case, snake_case
from generator.ir.types import (
    CALL_OPTIONS,
    Conflict,
    Envelope,
    ErrorCode,
    Exchange,
    Group,
    Guard,
    HttpError,
    IpGroup,
    KillSwitch,
    LiveFixture,
    Note,
    Operation,
    Pagination,
    Param,
    Placement,
    Project,
    RateLimitHeaders,
    RateLimitStatement,
    ServerTime,
    SimulatorFacts,
    Statement,
    UndocumentedCode,
)
from generator.spec.data import Data, mapping, number, sequence, string, text
from generator.spec.load import SpecDocument

__all__ = ["assemble", "build", "build_exchanges", "param_constraints"]

_JSON_TYPES = ("string", "integer", "number", "boolean")

# (type, decimal format) -> (annotation, command-line type)
_ANNOTATIONS = {
    ("string", False): ("str", "str"),
    ("integer", False): ("int", "int"),
    ("number", True): ("Decimal | int | str", "decimal"),
    ("number", False): ("float", "float"),
    ("boolean", False): ("bool", "bool"),
}


# --------------------------------------------------------------------------------------------
# Parameters


def _values(items: object) -> tuple[EnumValue, ...]:
    out = []
    for raw in sequence(items):
        entry = mapping(raw)
        value = entry.get("value")
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            out.append(EnumValue(value, text(entry, "meaning")))
    return tuple(out)


def param_constraints(raw: Data) -> tuple[Constraint, ...]:
    """The constraints of a parameter's spec data, type first (none when its type is not one
    of the JSON types: the validator reports that). Tolerates data that failed the schema."""
    json_type = string(raw.get("type"))
    if json_type not in _JSON_TYPES:
        return ()
    out: list[Constraint] = [
        TypeConstraint(
            cast(Literal["string", "integer", "number", "boolean"], json_type),
            decimal=json_type == "number" and raw.get("format") == "decimal",
        )
    ]
    enum = _values(raw.get("enum"))
    if enum:
        out.append(EnumConstraint(enum))
    bounds = {
        key: number(raw.get(key))
        for key in ("minimum", "maximum", "exclusive_minimum", "exclusive_maximum")
    }
    if any(v is not None for v in bounds.values()):
        out.append(
            RangeConstraint(
                **bounds,
                also_allowed=_values(raw.get("also_allowed")),
                integer=json_type == "integer",
            )
        )
    pattern = string(raw.get("pattern"))
    if pattern is not None:
        out.append(PatternConstraint(pattern))
    return tuple(out)


def _sample(raw: Data, constraints: Sequence[Constraint]) -> object:
    """A valid value: the spec's example, else its default, else one made from the
    constraints (the first enum value, the range's low end, 1, True or "x")."""
    for key in ("example", "default"):
        if raw.get(key) is not None:
            return raw.get(key)
    json_type = raw.get("type")
    enum = next((c for c in constraints if isinstance(c, EnumConstraint)), None)
    if enum is not None:
        return enum.members[0]
    rng = next((c for c in constraints if isinstance(c, RangeConstraint)), None)
    lo = rng.minimum if rng is not None else None
    if lo is None and rng is not None and rng.exclusive_minimum is not None:
        lo = rng.exclusive_minimum + 1
    if json_type == "integer":
        return int(lo) if lo is not None else 1
    if json_type == "number":
        return lo if lo is not None else 1
    if json_type == "boolean":
        return True
    return "x"


def _boundaries(constraints: Sequence[Constraint]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every constraint's edges (range first, then enum, then type), each literal once."""
    order = {"range": 0, "enum": 1, "type": 2, "pattern": 3}
    valid: list[str] = []
    invalid: list[str] = []
    for c in sorted(constraints, key=lambda c: order[c.kind]):
        v, i = c.boundaries()
        valid += v
        invalid += i
    return tuple(dict.fromkeys(valid)), tuple(dict.fromkeys(invalid))


def _doc(raw: Data, name: str, wire: str, constraints: Sequence[Constraint]) -> str:
    description = text(raw, "description").strip().replace("\n", " ")
    if description and not description.endswith((".", "!", "?")):
        description += "."
    parts = [description] if description else []
    if raw.get("unit"):
        parts.append(f"Unit: {raw.get('unit')}.")
    allowed = [d for c in constraints if (d := c.doc(name))]
    if allowed:
        parts.append("Allowed: " + "; ".join(allowed) + ".")
    parts.append(f"Wire name `{wire}`, sent in the {text(raw, 'in')}.")
    return " ".join(parts)


def _param(raw: Data) -> Param:
    wire = text(raw, "name")
    name = text(raw, "python_name") or snake_case(wire)
    json_type = text(raw, "type", "string")
    decimal = json_type == "number" and raw.get("format") == "decimal"
    annotation, cli_type = _ANNOTATIONS[(json_type, decimal)]
    constraints = param_constraints(raw)
    enum = next((c for c in constraints if isinstance(c, EnumConstraint)), None)
    if enum is not None:
        annotation = "Literal[" + ", ".join(repr(v) for v in enum.members) + "]"
    required = raw.get("required") is True
    guards = tuple(
        Guard(
            c.violation(name) if required else f"{name} is not None and ({c.violation(name)})",
            c.message(name),
        )
        for c in constraints
    )
    location = text(raw, "in")
    wire_type = string(raw.get("wire_type"))
    as_text = wire_type == "string" or decimal or (location == "header" and json_type != "string")
    valid, invalid = _boundaries(constraints)
    return Param(
        wire_name=wire,
        python_name=name,
        location=cast(Literal["query", "body", "header", "path"], location),
        schema_type=json_type,
        format=string(raw.get("format")),
        annotation=annotation,
        cli_type=cli_type,
        required=required,
        auth=raw.get("auth") is True,
        description=text(raw, "description"),
        doc=_doc(raw, name, wire, constraints),
        constraints=constraints,
        guards=guards,
        wire_type=wire_type,
        unit=string(raw.get("unit")),
        default=raw.get("default"),
        example=raw.get("example"),
        sample=_sample(raw, constraints),
        boundary_valid=valid,
        boundary_invalid=invalid,
        wire_value_expr=f"str({name})" if as_text else name,  # headers are text
        argument=f"{name}: {annotation}" if required else f"{name}: {annotation} | None = None",
        error_code=string(raw.get("error_code")),
        source=string(raw.get("source")),
    )


def _placements(params: Sequence[Param]) -> tuple[Placement, ...]:
    out = []
    for location, var, value_type in (
        ("query", "query", "object"),
        ("body", "body", "object"),
        ("header", "headers", "str"),
    ):
        placed = [p for p in params if p.location == location]
        if location == "header" and not placed:
            continue
        out.append(
            Placement(
                var,
                value_type,
                tuple(p for p in placed if p.required),
                tuple(p for p in placed if not p.required),
            )
        )
    return tuple(out)


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


def _errors(value: object) -> tuple[ErrorCode, ...]:
    return tuple(_error(mapping(e)) for e in sequence(value))


def _rules(errors: Sequence[ErrorCode]) -> dict[str, runtime.spec.ErrorRule]:
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


def _notes(value: object) -> tuple[Note, ...]:
    return tuple(
        Note(text(mapping(n), "text"), text(mapping(n), "source")) for n in sequence(value)
    )


def _conflicts(value: object) -> tuple[Conflict, ...]:
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


def _statement(raw: Data) -> RateLimitStatement:
    count, interval = raw.get("count"), raw.get("interval_ms")
    return RateLimitStatement(
        id=text(raw, "id"),
        scope=text(raw, "scope"),
        text=text(raw, "text"),
        source=text(raw, "source"),
        count=count if isinstance(count, int) else None,
        interval_ms=interval if isinstance(interval, int) else None,
        ip_group=string(raw.get("ip_group")),
        bucket=string(raw.get("bucket")),
    )


def _buckets(
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
        if st.scope == "ip" and st.ip_group is not None:
            group = ip_groups[st.ip_group]
            key = f"{exchange_id}:ip:group-{st.ip_group}"
            out.append(rule(key, "ip", group.count, group.interval_ms, weight))
            if st.count is not None and st.interval_ms is not None:
                out.append(
                    rule(f"{exchange_id}:ip:{qualified}", "ip", st.count, st.interval_ms, weight)
                )
            continue
        key = f"{exchange_id}:{st.scope}:{st.bucket or qualified}"
        scope = cast(Literal["uid", "ip"], st.scope)
        out.append(rule(key, scope, st.count or 0, st.interval_ms or 0, weight))
    return tuple(out)


def _rate_limit_text(
    statements: Sequence[RateLimitStatement], buckets: Sequence[runtime.spec.RateLimitRule]
) -> str:
    stated = "; ".join(f"{s.text} ({s.source})" for s in statements)
    enforced = ", ".join(
        f"{r.count} per {r.interval_ms} ms per {r.scope} [{r.key}]" for r in buckets
    )
    return f"Rate limits stated: {stated}. Enforced: {enforced}."


# --------------------------------------------------------------------------------------------
# Envelope


def _envelope(raw: Data, examples: Sequence[object]) -> Envelope:
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


def _own_envelope(exchange_raw: Data, override: Data, example: object) -> Envelope | None:
    """The endpoint's envelope: the exchange file's with the spec's `envelope:` keys replaced."""
    if not override:
        return None
    return _envelope({**exchange_raw, **override}, [example])


# --------------------------------------------------------------------------------------------
# Kill switch and live tests


def _seconds(value: float | None, unit: str | None) -> float | None:
    if value is None:
        return None
    return value / 1000 if unit == "ms" else float(value)


def _killswitch(raw: Data, params: Sequence[Param]) -> KillSwitch | None:
    """The `killswitch:` section with wire names turned into keyword names (validated)."""
    if not raw:
        return None
    by_wire = {p.wire_name: p for p in params}

    def kwarg(wire: object) -> str | None:
        return by_wire[str(wire)].python_name if wire is not None else None

    def fixed(values: object) -> tuple[tuple[str, object], ...]:
        return tuple((by_wire[str(k)].python_name, v) for k, v in mapping(values).items())

    timeout = by_wire.get(str(raw.get("timeout_param")))
    unit = timeout.unit if timeout is not None else None
    rng = timeout.range if timeout is not None else None
    market = by_wire.get(str(raw.get("market_param")))
    trigger = mapping(raw.get("trigger_time"))
    trigger_unit = trigger.get("unit")
    return KillSwitch(
        role=cast(
            Literal["cancel_all", "countdown", "open_orders", "account_mode"], text(raw, "role")
        ),
        market_kwarg=kwarg(raw.get("market_param")),
        account_kwargs=tuple(str(kwarg(w)) for w in sequence(raw.get("account_params"))),
        timeout_kwarg=timeout.python_name if timeout is not None else None,
        unit=cast(Literal["s", "ms"], unit) if unit in ("s", "ms") else None,
        min_timeout=_seconds(rng.minimum, unit) if rng is not None else None,
        max_timeout=_seconds(rng.maximum, unit) if rng is not None else None,
        arm=fixed(raw.get("arm")),
        disarm=fixed(raw.get("disarm")),
        account_mode=string(raw.get("account_mode")),
        market_required=market is not None and market.required,
        armed_when=tuple(mapping(raw.get("armed_when")).items()),
        trigger_field=string(trigger.get("field")),
        trigger_unit="ms" if trigger_unit == "ms" else "s" if trigger_unit == "s" else None,
        orders_path=string(raw.get("orders")),
        order_id_field=string(raw.get("order_id")),
        order_market_field=string(raw.get("order_market")),
        pagination=_pagination(mapping(raw.get("pagination")), by_wire, fixed),
        mode_field=string(raw.get("mode_field")),
        modes=tuple((str(k), str(v)) for k, v in mapping(raw.get("modes")).items()),
    )


def _pagination(
    raw: Data,
    by_wire: Mapping[str, Param],
    fixed: Callable[[object], tuple[tuple[str, object], ...]],
) -> Pagination | None:
    if not raw:
        return None
    start = raw.get("start", 0)
    size = raw.get("size", 1)
    param = by_wire[text(raw, "param")]
    return Pagination(
        style=cast(Literal["cursor", "page"], text(raw, "style")),
        param=param.python_name,
        next_field=string(raw.get("next")),
        next_from_order=string(raw.get("next_from_order")),
        start=start if isinstance(start, int) else 0,
        total_pages=string(raw.get("total_pages")),
        size_param=by_wire[text(raw, "size_param")].python_name,
        size=size if isinstance(size, int) else 1,
        fixed=fixed(raw.get("fixed")),
        param_is_int=param.schema_type == "integer",
    )


def _live(raw: Data) -> LiveFixture | None:
    if not raw:
        return None
    path = text(raw, "cancelled_ids")
    return LiveFixture(
        cancels=tuple(dict(mapping(o)) for o in sequence(raw.get("cancels"))),
        keeps=tuple(dict(mapping(o)) for o in sequence(raw.get("keeps"))),
        cancelled_ids=tuple(path.split(".")) if path else (),
        nothing_to_cancel=string(raw.get("nothing_to_cancel")),
    )


def _simulator(raw: Data) -> SimulatorFacts | None:
    if not raw:
        return None
    return SimulatorFacts(
        missing_param=text(raw, "missing_param"),
        invalid_param=text(raw, "invalid_param"),
        not_found=text(raw, "not_found"),
        stale_timestamp=text(raw, "stale_timestamp"),
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


# --------------------------------------------------------------------------------------------
# Operations and exchanges


def _operation(
    ex_id: str, doc: SpecDocument, ip_groups: Mapping[str, IpGroup], envelope_raw: Data
) -> Operation:
    d = doc.data
    group = text(d, "group")
    name = text(d, "operation")
    qualified = f"{group}.{name}"
    raw_params = [mapping(p) for p in sequence(d.get("params"))]
    all_params = [_param(p) for p in raw_params]
    params = tuple(p for p in all_params if not p.auth)
    response = mapping(d.get("response"))
    schema = mapping(response.get("schema"))
    limits = mapping(d.get("rate_limits"))
    statements = tuple(_statement(mapping(s)) for s in sequence(limits.get("statements")))
    enforced = tuple(str(s) for s in sequence(limits.get("enforced")))
    weight = limits.get("weight", 1)
    buckets = _buckets(
        ex_id,
        qualified,
        {s.id: s for s in statements},
        enforced,
        weight if isinstance(weight, int) else 1,
        ip_groups,
    )
    example = response.get("example")
    own_envelope = _own_envelope(envelope_raw, mapping(d.get("envelope")), example)
    errors = _errors(d.get("errors"))
    response_class = text(schema, "title") or f"{pascal_case(name)}Response"
    method = text(d, "method").upper()
    path = text(d, "path")
    safe = d.get("safe_to_repeat") is True
    has_headers = any(p.location == "header" for p in params)
    request_example = None
    if "request_example" in d:
        request_example = dict(mapping(mapping(d.get("request_example")).get("params")))
    if "payload" in response:
        payload_field = string(response.get("payload"))
    elif own_envelope is not None:
        payload_field = own_envelope.record.payload_field
    else:
        payload_field = string(envelope_raw.get("payload_field"))
    return Operation(
        exchange_id=ex_id,
        group=group,
        name=name,
        qualified_name=qualified,
        const_name=constant_case(f"{group}_{name}"),
        cli_name=kebab_case(name),
        summary=text(d, "summary"),
        description=text(d, "description"),
        source=text(d, "source"),
        method=method,
        path=path,
        permission=text(d, "permission"),
        content_type=string(d.get("content_type")),
        safe_to_repeat=safe,
        all_params=tuple(all_params),
        params=params,
        auth_params=tuple(p for p in all_params if p.auth),
        arguments=(
            *(p.argument for p in params),
            *(f"{o.name}: {o.annotation} = None" for o in CALL_OPTIONS),
        ),
        call_kwargs=(
            *(f"{o.name}={o.name}" for o in CALL_OPTIONS),
            *(("headers=headers",) if has_headers else ()),
        ),
        placements=_placements(params),
        response_class=response_class,
        response_is_list=schema.get("type") == "array",
        response_schema=schema,
        response_required=tuple(
            str(name) for name in sequence(schema.get("required")) if schema.get("type") == "object"
        ),
        payload_field=payload_field,
        example=example,
        example_source=string(response.get("example_source")),
        request_example=request_example,
        request_example_source=string(mapping(d.get("request_example")).get("source"))
        if request_example is not None
        else None,
        errors=errors,
        rate_limits=buckets,
        rate_limit_statements=statements,
        rate_limit_enforced=enforced,
        rate_limit_reason=string(limits.get("reason")),
        rate_limit_text=_rate_limit_text(statements, buckets),
        notes=_notes(d.get("notes")),
        conflicts=_conflicts(d.get("conflicts")),
        killswitch=_killswitch(mapping(d.get("killswitch")), params),
        envelope=own_envelope,
        live=_live(mapping(d.get("live_test"))),
        endpoint=runtime.spec.Endpoint(
            exchange=ex_id,
            operation=qualified,
            method=method,
            path=path,
            errors=_rules(errors),
            rate_limits=buckets,
            safe_to_repeat=safe,
            response_model=f"exchange_sdk.{ex_id}.models:{response_class}",
            envelope=own_envelope.record if own_envelope else None,
        ),
        spec_path=doc.path,
        spec_sha256=doc.sha256,
    )


def _sha(parts: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def build(docs: Sequence[SpecDocument]) -> Project:
    """The IR of validated documents (validation has passed)."""
    return assemble(build_exchanges(docs))


def assemble(exchanges: Sequence[Exchange]) -> Project:
    """The project of `exchanges` (in any order): `assemble(build_exchanges(docs)) ==
    build(docs)`, and so is assembling the exchanges built from each part of `docs` when no
    exchange's files span two parts."""
    ordered = tuple(sorted(exchanges, key=lambda e: e.id))
    return Project(exchanges=ordered, sources_sha256=_sha([e.sources_sha256 for e in ordered]))


def _ip_group(raw: Data) -> IpGroup:
    count, interval = raw.get("count"), raw.get("interval_ms")
    return IpGroup(
        id=text(raw, "id"),
        count=count if isinstance(count, int) else 0,
        interval_ms=interval if isinstance(interval, int) else 0,
        text=text(raw, "text"),
        source=text(raw, "source"),
    )


def _http_error(raw: Data) -> HttpError:
    status = raw.get("status")
    return HttpError(
        status=status if isinstance(status, int | str) else "",
        meaning=text(raw, "meaning"),
        error_class=text(raw, "class"),
        retryable=raw.get("retryable") is True,
        source=text(raw, "source"),
    )


def _server_time(raw: Data) -> ServerTime | None:
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


def _rate_limit_headers(raw: Data) -> RateLimitHeaders | None:
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


def build_exchanges(docs: Sequence[SpecDocument]) -> list[Exchange]:
    """The exchanges of validated documents, sorted by id; each needs only its own exchange
    file and the endpoint files that name it."""
    exchange_docs = {str(d.data["exchange"]): d for d in docs if d.kind == "exchange"}
    endpoints_by_ex: dict[str, list[SpecDocument]] = {}
    for d in docs:
        if d.kind == "endpoint":
            endpoints_by_ex.setdefault(str(d.data["exchange"]), []).append(d)
    return [
        _exchange(ex_id, exchange_docs[ex_id], endpoints_by_ex.get(ex_id, []))
        for ex_id in sorted(exchange_docs)
    ]


def _exchange(ex_id: str, exdoc: SpecDocument, endpoint_docs: Sequence[SpecDocument]) -> Exchange:
    exd = exdoc.data
    eps = sorted(endpoint_docs, key=lambda d: d.path)
    ip_groups = tuple(_ip_group(mapping(g)) for g in sequence(exd.get("ip_groups")))
    env_raw = mapping(exd.get("envelope"))
    envelope = _envelope(env_raw, [mapping(e.data.get("response")).get("example") for e in eps])
    ops_by_group: dict[str, list[Operation]] = {}
    for ep in eps:
        op = _operation(ex_id, ep, {g.id: g for g in ip_groups}, env_raw)
        ops_by_group.setdefault(op.group, []).append(op)
    name = text(exd, "name")
    groups = tuple(
        Group(
            name=g,
            sync_class=f"{name}{pascal_case(g)}",
            async_class=f"Async{name}{pascal_case(g)}",
            operations=tuple(sorted(ops, key=lambda o: o.name)),
        )
        for g, ops in sorted(ops_by_group.items())
    )
    hosts = mapping(exd.get("hosts"))
    auth = mapping(exd.get("auth"))
    creds = mapping(auth.get("credentials"))
    key = mapping(auth.get("api_key"))
    errors = _errors(exd.get("errors"))
    server_time = _server_time(mapping(exd.get("server_time")))
    headers = _rate_limit_headers(mapping(exd.get("rate_limit_headers")))
    base_url = text(hosts, "default").rstrip("/")
    alternates = tuple(str(h).rstrip("/") for h in sequence(hosts.get("alternates")))
    tolerance = auth.get("timestamp_tolerance_ms", 5000)
    info = runtime.spec.ExchangeInfo(
        id=ex_id,
        name=name,
        base_url=base_url,
        alternate_base_urls=alternates,
        auth_scheme=text(auth, "scheme"),
        api_key_env=text(creds, "api_key"),
        api_secret_env=text(creds, "api_secret"),
        passphrase_env=string(creds.get("passphrase")),
        timestamp_tolerance_ms=tolerance if isinstance(tolerance, int) else 5000,
        envelope=envelope.record,
        errors=_rules(errors),
        server_time=server_time.record if server_time else None,
        rate_limit_headers=headers.record if headers else runtime.spec.RateLimitHeaders(),
    )
    return Exchange(
        id=ex_id,
        name=name,
        sync_class=name,
        async_class=f"Async{name}",
        source=text(exd, "source"),
        base_url=base_url,
        alternate_base_urls=alternates,
        hosts_source=text(hosts, "source"),
        auth_scheme=info.auth_scheme,
        api_key_env=info.api_key_env,
        api_secret_env=info.api_secret_env,
        passphrase_env=info.passphrase_env,
        timestamp_tolerance_ms=info.timestamp_tolerance_ms,
        auth_key_in=text(key, "in"),
        auth_key_name=text(key, "name"),
        auth_signature=text(auth, "signature"),
        auth_source=text(auth, "source"),
        envelope=envelope,
        errors=errors,
        http_errors=tuple(_http_error(mapping(e)) for e in sequence(exd.get("http_errors"))),
        server_time=server_time,
        rate_limit_headers=headers,
        ip_groups=ip_groups,
        notes=_notes(exd.get("notes")),
        conflicts=_conflicts(exd.get("conflicts")),
        simulator=_simulator(mapping(exd.get("simulator"))),
        groups=groups,
        info=info,
        spec_path=exdoc.path,
        sources_sha256=_sha([exdoc.sha256, *(e.sha256 for e in eps)]),
    )
