"""Build the IR (`generator.ir.types`) from validated spec documents: operations and
exchanges, their kill-switch roles and the runtime records (`ExchangeInfo`, `Endpoint`).

This package (build, build_params, build_facts) and the validator are the only readers of spec
data: everything after it works on the IR. Every Python name, type, literal, guard, parameter
list and runtime record is computed here (or by `generator.ir.constraints` and
`generator.ir.naming`), so templates only place values. Parameters are built by
`build_params`, the documented facts (errors, notes, rate limits, envelope, ...) by
`build_facts`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Literal, cast

from generator.ir import runtime
from generator.ir.naming import constant_case, kebab_case, pascal_case
from generator.ir.types import (
    CALL_OPTIONS,
    BodyArray,
    Exchange,
    Group,
    IpGroup,
    KillSwitch,
    Operation,
    Pagination,
    Param,
    Project,
)
from generator.spec import build_auth, build_facts, build_params
from generator.spec.data import Data, mapping, sequence, string, text
from generator.spec.load import SpecDocument

__all__ = ["assemble", "build", "build_exchanges"]

# --------------------------------------------------------------------------------------------
# Kill switch and live tests


def _body_array(raw: Data, params: Sequence[Param]) -> BodyArray | None:
    if not raw:
        return None
    max_items = raw.get("max_items")
    return BodyArray(
        argument=text(raw, "argument"),
        max_items=max_items if isinstance(max_items, int) else 1,
        keys=tuple(p.python_name for p in params),
    )


def _answer(value: object) -> Literal["ids", "count", "nothing"]:
    """A cancel_all's `answer` (validated): absent -> ids, `nothing`, `{count: field}`."""
    if value == "nothing":
        return "nothing"
    return "count" if isinstance(value, Mapping) else "ids"


def _failed_markets(raw: Mapping[str, object]) -> tuple[str, str, str | None] | None:
    """A cancel_all's `failed_markets` (validated): (path, market field, reason field)."""
    path, market = string(raw.get("path")), string(raw.get("market"))
    if path is None or market is None:
        return None
    return (path, market, string(raw.get("reason")))


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
    results = mapping(raw.get("results"))
    return KillSwitch(
        role=cast(
            Literal[
                "cancel_all",
                "cancel_batch",
                "countdown",
                "open_orders",
                "open_markets",
                "account_mode",
            ],
            text(raw, "role"),
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
        market_required=(market is not None and market.required)
        or raw.get("market_required") is True,
        listed_by=string(raw.get("listed_by")),
        answer=_answer(raw.get("answer")),
        count_field=string(mapping(raw.get("answer")).get("count")),
        failed_markets=_failed_markets(mapping(raw.get("failed_markets"))),
        armed_when=tuple(mapping(raw.get("armed_when")).items()),
        trigger_field=string(trigger.get("field")),
        trigger_unit="ms" if trigger_unit == "ms" else "s" if trigger_unit == "s" else None,
        orders_path=string(raw.get("orders")),
        order_id_field=string(raw.get("order_id")),
        order_market_field=string(raw.get("order_market")),
        pagination=_pagination(mapping(raw.get("pagination")), by_wire, fixed),
        mode_field=string(raw.get("mode_field")),
        modes=tuple((str(k), str(v)) for k, v in mapping(raw.get("modes")).items()),
        item=tuple((str(kwarg(k)), str(v)) for k, v in mapping(raw.get("item")).items()),
        per_market=raw.get("per_market") is True,
        results_path=string(results.get("path")),
        result_id=string(results.get("id")),
        result_code=string(results.get("code")),
        result_success=tuple(str(c) for c in sequence(results.get("success"))),
        result_message=string(results.get("message")),
        params=fixed(raw.get("params")),
        markets_listed_by=string(raw.get("markets_listed_by")),
        markets_path=string(raw.get("markets")),
        account_rules=tuple(
            (
                str(kwarg(name)),
                str(kwarg(mapping(rule).get("per"))),
                tuple(str(v) for v in sequence(mapping(rule).get("not_for"))),
            )
            for name, rule in mapping(raw.get("account_param_rules")).items()
        ),
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
        style=cast(Literal["cursor", "page", "offset"], text(raw, "style")),
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
    all_params = [build_params.param(p) for p in raw_params]
    params = tuple(p for p in all_params if not p.auth)
    response = mapping(d.get("response"))
    schema = mapping(response.get("schema"))
    limits = mapping(d.get("rate_limits"))
    statements = tuple(
        build_facts.rate_limit_statement(mapping(s)) for s in sequence(limits.get("statements"))
    )
    enforced = tuple(str(s) for s in sequence(limits.get("enforced")))
    weight = limits.get("weight", 1)
    buckets = build_facts.rate_limit_buckets(
        ex_id,
        qualified,
        {s.id: s for s in statements},
        enforced,
        weight if isinstance(weight, int) else 1,
        ip_groups,
    )
    example = response.get("example")
    own_envelope = build_facts.own_envelope(envelope_raw, mapping(d.get("envelope")), example)
    errors = build_facts.errors_of(d.get("errors"))
    response_class = text(schema, "title") or f"{pascal_case(name)}Response"
    method = text(d, "method").upper()
    path = text(d, "path")
    safe = d.get("safe_to_repeat") is True
    has_headers = any(p.location == "header" for p in params)
    body_array = _body_array(mapping(d.get("body_array")), params)
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
        body_format=string(d.get("body_format")),
        safe_to_repeat=safe,
        all_params=tuple(all_params),
        params=params,
        auth_params=tuple(p for p in all_params if p.auth),
        arguments=(
            *(
                (f"{body_array.argument}: Sequence[Mapping[str, object]]",)
                if body_array is not None
                else (p.argument for p in params)
            ),
            *(f"{o.name}: {o.annotation} = None" for o in CALL_OPTIONS),
        ),
        call_kwargs=(
            *(f"{o.name}={o.name}" for o in CALL_OPTIONS),
            *(("headers=headers",) if has_headers else ()),
            *(("path_params=path_params",) if any(p.location == "path" for p in params) else ()),
        ),
        placements=build_params.placements(params),
        response_class=response_class,
        response_is_list=schema.get("type") == "array",
        response_schema=schema,
        response_required=tuple(
            str(name) for name in sequence(schema.get("required")) if schema.get("type") == "object"
        ),
        payload_field=payload_field,
        example=example,
        example_kind=string(response.get("example_kind")) or "published",
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
        rate_limit_text=build_facts.rate_limit_text(statements, buckets),
        notes=build_facts.notes_of(d.get("notes")),
        conflicts=build_facts.conflicts_of(d.get("conflicts")),
        killswitch=_killswitch(mapping(d.get("killswitch")), params),
        envelope=own_envelope,
        live=build_facts.live_fixture(mapping(d.get("live_test"))),
        endpoint=runtime.spec.Endpoint(
            exchange=ex_id,
            operation=qualified,
            method=method,
            path=path,
            errors=build_facts.error_rules(errors),
            rate_limits=buckets,
            safe_to_repeat=safe,
            response_model=f"exchange_sdk.{ex_id}.models:{response_class}",
            envelope=own_envelope.record if own_envelope else None,
            body_format=string(d.get("body_format")),
        ),
        spec_path=doc.path,
        spec_sha256=doc.sha256,
        body_array=body_array,
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
    ip_groups = tuple(build_facts.ip_group(mapping(g)) for g in sequence(exd.get("ip_groups")))
    env_raw = mapping(exd.get("envelope"))
    envelope = build_facts.envelope(
        env_raw, [mapping(e.data.get("response")).get("example") for e in eps]
    )
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
    signing = build_auth.auth_of(
        auth, [f for f in (string(e.data.get("body_format")) for e in eps) if f is not None]
    )
    key_in, key_name = signing.recipe.key_location
    errors = build_facts.errors_of(exd.get("errors"))
    server_time = build_facts.server_time(mapping(exd.get("server_time")))
    headers = build_facts.rate_limit_headers(mapping(exd.get("rate_limit_headers")))
    base_url = text(hosts, "default").rstrip("/")
    alternates = tuple(str(h).rstrip("/") for h in sequence(hosts.get("alternates")))
    group_hosts = {
        str(g): text(mapping(h), "default").rstrip("/")
        for g, h in sorted(mapping(hosts.get("groups")).items())
    }
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
        errors=build_facts.error_rules(errors),
        server_time=server_time.record if server_time else None,
        rate_limit_headers=headers.record if headers else runtime.spec.RateLimitHeaders(),
        group_base_urls=group_hosts,
        secret_form=signing.recipe.key,
        increasing_nonce=any(s.clock == "increasing" for s in signing.recipe.stamps),
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
        auth_key_in=key_in,
        auth_key_name=key_name,
        auth_signature=signing.recipe.summary,
        auth_source=text(auth, "source"),
        auth=signing,
        envelope=envelope,
        errors=errors,
        http_errors=tuple(
            build_facts.http_error(mapping(e)) for e in sequence(exd.get("http_errors"))
        ),
        server_time=server_time,
        rate_limit_headers=headers,
        ip_groups=ip_groups,
        notes=build_facts.notes_of(exd.get("notes")),
        conflicts=build_facts.conflicts_of(exd.get("conflicts")),
        simulator=build_facts.simulator_facts(mapping(exd.get("simulator"))),
        groups=groups,
        info=info,
        spec_path=exdoc.path,
        spec_sha256=exdoc.sha256,
        sources_sha256=_sha([exdoc.sha256, *(e.sha256 for e in eps)]),
    )
