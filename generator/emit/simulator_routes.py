"""Emit the simulator's generated part, `exchange_sdk/simulator/_routes.py`: one route per
endpoint with a parse function that reads every wire parameter where the spec places it and
checks it (type, presence, then the parameter's constraints), and each exchange's wire facts
(envelope fields, error codes, rate-limit headers, server time).

Only exchanges whose spec has a `simulator:` section are served; the codes and message formats
the checks answer with come from that section. The tables are the simulator's own records
(`exchange_sdk.simulator._wire`: ExchangeWire, ErrorInfo, Route, RateRule, ServerTimeSpec,
declared there once), built here and placed whole. The exchange behaviour behind the routes (what a
cancel touches, how a countdown fires) is hand-written in generated/exchange_sdk/simulator/.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from generator.emit.base import Rendered, render, table_header
from generator.errors import GeneratorError
from generator.ir.naming import snake_case
from generator.ir.runtime import simulator_wire as wire
from generator.ir.types import (
    ErrorCode,
    Exchange,
    Operation,
    Param,
    Project,
    PyLiteral,
    SimulatorFacts,
)

__all__ = ["TEMPLATE", "path_prefixes", "render_routes", "served", "sim_exchange", "sim_route"]

TEMPLATE = "simulator/routes.py.jinja"
OUTPUT = "exchange_sdk/simulator/_routes.py"
# Where each spec location is read from when the exchange's spec says nothing else.
_SOURCES = {"query": ("query",), "body": ("json",), "header": ("header",)}


@dataclass(frozen=True)
class SimCheck:
    violation: str  # Python expression over the parameter's variable, True when INVALID
    code: str
    message: str


@dataclass(frozen=True)
class SimParam:
    wire_name: str
    var: str  # the local variable holding the coerced value
    sources: tuple[str, ...]
    required: bool
    coerce: str  # a coercion function of exchange_sdk.simulator._wire
    type_message: str
    missing_code: str
    missing_message: str
    invalid_code: str
    checks: tuple[SimCheck, ...]


@dataclass(frozen=True)
class SimRoute:
    """One endpoint's parse function (the template writes it out)."""

    func_name: str
    method: str
    path: str
    permission: str
    params: tuple[SimParam, ...]
    spec_path: str
    body_array: bool = False  # the body is a JSON array: params are read per item ("items")


@dataclass(frozen=True)
class SimExchange:
    """One exchange's tables in the routes module."""

    errors_name: str  # the module constant holding its ErrorInfo table: "BINGX_ERRORS"
    errors: Mapping[str, wire.ErrorInfo]
    wire: wire.ExchangeWire


def served(project: Project) -> tuple[Exchange, ...]:
    """The exchanges the simulator serves: those whose spec has a `simulator:` section."""
    return tuple(ex for ex in project.exchanges if ex.simulator is not None)


def _facts(ex: Exchange) -> SimulatorFacts:
    if ex.simulator is None:
        raise GeneratorError(f"{ex.spec_path}: no simulator: section")
    return ex.simulator


def _sources(ex: Exchange, p: Param) -> tuple[str, ...]:
    params_in = _facts(ex).params_in
    if params_in and p.location in ("query", "body"):
        return params_in
    return _SOURCES[p.location]


def _coerce(p: Param, sources: tuple[str, ...]) -> tuple[str, str]:
    text_sources = any(s in ("query", "form", "header") for s in sources)
    if p.schema_type == "integer":
        if p.wire_type == "string" or text_sources:
            return "as_int", "must be an integer"
        return "as_json_int", "must be a JSON integer"
    if p.schema_type == "number":
        return "as_number", "must be a number"
    if p.schema_type == "boolean":
        return "as_bool", "must be true or false"
    return "as_str", "must be a string"


def sim_param(ex: Exchange, p: Param) -> SimParam:
    facts = _facts(ex)
    sources = _sources(ex, p)
    coerce, type_text = _coerce(p, sources)
    var = "v_" + snake_case(p.wire_name)

    def invalid(problem: str) -> str:
        return facts.invalid_param_message.format(name=p.wire_name, problem=problem)

    checks = tuple(
        SimCheck(
            c.violation(var),
            p.error_code if c.kind == "range" and p.error_code else facts.invalid_param,
            invalid(c.message(p.wire_name)),
        )
        for c in p.constraints
        if c.kind != "type"  # the coercion checks the type
    )
    return SimParam(
        wire_name=p.wire_name,
        var=var,
        sources=sources,
        required=p.required,
        coerce=coerce,
        type_message=invalid(type_text),
        missing_code=facts.missing_param,
        missing_message=facts.missing_param_message.format(name=p.wire_name),
        invalid_code=facts.invalid_param,
        checks=checks,
    )


def permission_of(op: Operation) -> str:
    """The API-key permission a route needs; endpoints whose page names none are trading ones
    unless they only read."""
    return op.permission or ("Read" if op.method == "GET" else "Trade")


def sim_route(ex: Exchange, op: Operation) -> SimRoute:
    return SimRoute(
        func_name=f"parse_{ex.id}_{op.group}_{op.name}",
        method=op.method,
        path=op.path,
        permission=permission_of(op),
        params=tuple(sim_param(ex, p) for p in op.params if p.location != "path"),
        spec_path=op.spec_path,
        body_array=op.body_array is not None,
    )


def concrete_paths(ex: Exchange, op: Operation) -> tuple[str, ...]:
    """The paths a route serves: its path, or, where it has `{name}` segments, one path per
    combination of those parameters' enum values (Gate `/futures/{settle}/...`: `usdt`, `btc`).
    The simulator routes exact paths; a path parameter without an enum cannot be served."""
    paths = [op.path]
    for p in op.params:
        if p.location != "path":
            continue
        if not p.enum_values:
            raise GeneratorError(
                f"{op.spec_path}: the simulator routes a path parameter only through its enum "
                f"({p.wire_name} has none)"
            )
        paths = [
            path.replace("{" + p.wire_name + "}", str(v)) for path in paths for v in p.enum_values
        ]
    return tuple(sorted(paths))


def _paths(ex: Exchange) -> list[str]:
    st = ex.server_time
    return [op.path for op in ex.operations] + ([st.record.path] if st else [])


def path_prefixes(exchanges: tuple[Exchange, ...]) -> dict[str, tuple[str, ...]]:
    """Per exchange, the shortest leading segments of its paths that no other exchange's path
    starts with ("/openApi/", "/v5/", "/api/v4/"): unknown paths under them get its errors."""
    out: dict[str, tuple[str, ...]] = {}
    for ex in exchanges:
        others = [p for other in exchanges if other.id != ex.id for p in _paths(other)]
        found: set[str] = set()
        for path in _paths(ex):
            segments = [s for s in path.split("/") if s]
            for k in range(1, len(segments) + 1):
                prefix = "/" + "/".join(segments[:k]) + "/"
                if not any((o + "/").startswith(prefix) for o in others):
                    found.add(prefix)
                    break
        out[ex.id] = tuple(sorted(found))
    return out


def _errors(ex: Exchange) -> dict[str, wire.ErrorInfo]:
    """The documented codes of the exchange and of its endpoints (the exchange's first)."""
    rules: dict[str, ErrorCode] = {e.code: e for e in ex.errors}
    for op in ex.operations:
        for e in op.sorted_errors:
            rules.setdefault(e.code, e)
    return {
        code: wire.ErrorInfo(code, e.http_status, e.message, e.error_class)
        for code, e in sorted(rules.items())
    }


def sim_exchange(ex: Exchange, prefixes: tuple[str, ...]) -> SimExchange:
    env = ex.envelope.record
    facts = _facts(ex)
    st = ex.server_time
    rlh = ex.info.rate_limit_headers
    errors_name = f"{ex.id.upper()}_ERRORS"
    record = wire.ExchangeWire(
        id=ex.id,
        name=ex.name,
        timestamp_tolerance_ms=ex.timestamp_tolerance_ms,
        code_field=env.code_field,
        success_code=env.success_codes[0] if env.success_codes else None,
        code_is_int=ex.envelope.code_is_int,
        message_field=env.message_field,
        payload_field=env.payload_field,
        default_error_status=ex.envelope.default_error_status,
        errors=cast(Mapping[str, wire.ErrorInfo], PyLiteral(errors_name)),
        header_remaining=rlh.remaining,
        header_limit=rlh.limit,
        header_reset=rlh.reset,
        path_prefixes=prefixes,
        server_time=wire.ServerTimeSpec(
            st.record.method, st.record.path, st.record.field_path, st.record.unit, st.as_string
        )
        if st is not None
        else None,
        param_error_code=facts.invalid_param,
        not_found_code=facts.not_found,
    )
    return SimExchange(errors_name, _errors(ex), record)


def route_record(ex: Exchange, op: Operation, route: SimRoute, path: str) -> wire.Route:
    """The runtime's Route of an endpoint at one of its concrete paths: its parse function
    named, its buckets as RateRules."""
    return wire.Route(
        exchange=ex.id,
        operation=op.qualified_name,
        method=op.method,
        path=path,
        permission=route.permission,
        parse=cast(wire.ParseFn, PyLiteral(route.func_name)),
        rate_limits=tuple(
            wire.RateRule(r.key, r.scope, r.count, r.interval_ms, r.weight, r.continuous)
            for r in op.rate_limits
        ),
        auth_params=op.auth_param_names,
    )


def render_routes(project: Project) -> Rendered:
    exchanges = served(project)
    pairs = [(ex, op, sim_route(ex, op)) for ex in exchanges for op in ex.operations]
    prefixes = path_prefixes(exchanges)
    text = render(
        TEMPLATE,
        header=table_header(project.sources_sha256, TEMPLATE),
        routes=[route for _, _, route in pairs],
        records=[
            route_record(ex, op, route, path)
            for ex, op, route in pairs
            for path in concrete_paths(ex, op)
        ],
        exchanges=[sim_exchange(ex, prefixes[ex.id]) for ex in exchanges],
    )
    return Rendered(OUTPUT, text, True)
