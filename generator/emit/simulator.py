"""Render the simulator's generated parts: its routes (one per endpoint, with a parse/validate
function that reads every wire parameter where the spec places it) and the live conformance
tests that drive every endpoint through the SDK against the simulator over real HTTP.

Every value the templates place is computed here from the intermediate model; the exchange
behaviour behind the routes is hand-written in generated/exchange_sdk/simulator/.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from generator.errors import GeneratorError
from generator.ir.model import ErrorRule, Exchange, Operation, Param, Project
from generator.ir.naming import snake_case

if TYPE_CHECKING:
    from generator.emit.render import Rendered

ROOT = Path(__file__).resolve().parents[2]
ROUTES_TEMPLATE = "simulator/routes.py.jinja"
LIVE_TEMPLATE = "tests/test_endpoint_live.py.jinja"

# Schemes whose servers read the signed parameters from the query, a form body or a JSON body
# (exchange-protocols.md §1a: BingX accepts all three transports).
_ANY_TRANSPORT_SCHEMES = frozenset({"bingx-hmac-sha256"})
# Status of every parameter error: malformed requests get a 4xx whatever the exchange's usual
# error status is.
PARAM_ERROR_STATUS = 400
# Parameter-error code of exchanges whose spec documents none (Bitget's "Parameter verification
# exception").
_UNDOCUMENTED_PARAM_CODES = {"bitget": "40017"}


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
    func_name: str
    exchange: str
    operation: str
    method: str
    path: str
    permission: str
    params: tuple[SimParam, ...]
    rate_limits: tuple[tuple[str, str, int, int, int], ...]
    auth_params: tuple[str, ...]
    spec_path: str


@dataclass(frozen=True)
class SimExchange:
    id: str
    fields: tuple[tuple[str, str], ...]  # keyword -> Python literal of ExchangeWire
    errors: tuple[tuple[str, str], ...]  # code -> Python literal of ErrorInfo


# --------------------------------------------------------------------------- routes
# render.py imports this module, so its helpers are imported when called.


def py_literal(value: object) -> str:
    from generator.emit.render import py_literal as literal

    return literal(value)


def _find_code(ex: Exchange, pattern: str) -> str | None:
    regex = re.compile(pattern, re.IGNORECASE)
    for rule in ex.errors:
        if rule.error_class == "InvalidRequestError" and regex.search(rule.meaning):
            return rule.code
    return None


def param_error_codes(ex: Exchange) -> tuple[str, str, str]:
    """(missing, invalid, not found) codes: the exchange's documented parameter errors."""
    invalid = _find_code(ex, r"param|input") or _UNDOCUMENTED_PARAM_CODES.get(ex.id)
    if invalid is None:
        raise GeneratorError(f"{ex.spec_path}: no parameter error code for the simulator")
    missing = _find_code(ex, r"missing|required") or invalid
    not_found = _find_code(ex, r"not found") or invalid
    return missing, invalid, not_found


def _sources(ex: Exchange, p: Param) -> tuple[str, ...]:
    if p.location == "path":
        raise GeneratorError(f"{ex.spec_path}: the simulator does not route path parameters yet")
    if ex.auth_scheme in _ANY_TRANSPORT_SCHEMES and p.location in ("query", "body"):
        return ("query", "form", "json")
    return {"query": ("query",), "body": ("json",), "header": ("header",)}[p.location]


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


def _num(value: float) -> str:
    return repr(int(value)) if float(value).is_integer() else repr(value)


def _range(p: Param, value: str) -> tuple[str, str] | None:
    """(violation expression, allowed text) of the numeric range, special values included."""
    parts: list[str] = []
    text: list[str] = []
    if p.minimum is not None:
        parts.append(f"{value} < {_num(p.minimum)}")
        text.append(f">= {_num(p.minimum)}")
    if p.exclusive_minimum is not None:
        parts.append(f"{value} <= {_num(p.exclusive_minimum)}")
        text.append(f"> {_num(p.exclusive_minimum)}")
    if p.maximum is not None:
        parts.append(f"{value} > {_num(p.maximum)}")
        text.append(f"<= {_num(p.maximum)}")
    if p.exclusive_maximum is not None:
        parts.append(f"{value} >= {_num(p.exclusive_maximum)}")
        text.append(f"< {_num(p.exclusive_maximum)}")
    if not parts:
        return None
    violation = " or ".join(parts)
    message = " and ".join(text)
    if p.also_allowed:
        violation = f"{value} not in {py_literal(tuple(p.also_allowed))} and ({violation})"
        message += ", or " + " or ".join(str(a) for a in p.also_allowed)
    return violation, message


def _range_code(ex: Exchange, p: Param, invalid: str) -> str:
    """An error the exchange documents for this very parameter, whose meaning starts with the
    parameter's name (Bitget 40079 "receiveWindow timestamp must be less than 60s")."""
    for rule in ex.errors:
        if rule.meaning.startswith(p.wire_name):
            return rule.code
    return invalid


def _message(ex: Exchange, wire: str, text: str) -> str:
    if ex.id == "gate":
        return f"Invalid parameter `{wire}`: {text}"
    return f"{wire}: {text}"


def sim_param(ex: Exchange, p: Param) -> SimParam:
    missing, invalid, _ = param_error_codes(ex)
    sources = _sources(ex, p)
    coerce, type_text = _coerce(p, sources)
    var = "v_" + snake_case(p.wire_name)
    checks: list[SimCheck] = []
    if p.enum_values:
        checks.append(
            SimCheck(
                f"{var} not in {py_literal(tuple(p.enum_values))}",
                invalid,
                _message(
                    ex, p.wire_name, "must be one of " + ", ".join(str(v) for v in p.enum_values)
                ),
            )
        )
    rng = _range(p, var)
    if rng is not None:
        condition, text = rng
        checks.append(
            SimCheck(
                condition, _range_code(ex, p, invalid), _message(ex, p.wire_name, f"must be {text}")
            )
        )
    if p.pattern is not None:
        checks.append(
            SimCheck(
                f"not fullmatch({p.pattern!r}, {var})",
                invalid,
                _message(ex, p.wire_name, f"must match {p.pattern}"),
            )
        )
    return SimParam(
        wire_name=p.wire_name,
        var=var,
        sources=sources,
        required=p.required,
        coerce=coerce,
        type_message=_message(ex, p.wire_name, type_text),
        missing_code=missing,
        missing_message=_message(ex, p.wire_name, "is required")
        if ex.id != "gate"
        else f"Missing required parameter: {p.wire_name}",
        invalid_code=invalid,
        checks=tuple(checks),
    )


def permission_of(op: Operation) -> str:
    """The API-key permission a route needs; endpoints whose page names none are trading ones
    unless they only read (every endpoint in the specs cancels orders)."""
    return op.permission or ("Read" if op.method == "GET" else "Trade")


def sim_route(ex: Exchange, op: Operation) -> SimRoute:
    return SimRoute(
        func_name=f"parse_{ex.id}_{op.group}_{op.name}",
        exchange=ex.id,
        operation=op.qualified_name,
        method=op.method,
        path=op.path,
        permission=permission_of(op),
        params=tuple(sim_param(ex, p) for p in op.params),
        rate_limits=tuple(
            (r.key, r.scope, r.count, r.interval_ms, r.weight) for r in op.rate_limits
        ),
        auth_params=op.auth_params,
        spec_path=op.spec_path,
    )


def _paths(ex: Exchange) -> list[str]:
    return [op.path for op in ex.operations] + ([ex.server_time.path] if ex.server_time else [])


def path_prefixes(project: Project) -> dict[str, tuple[str, ...]]:
    """Per exchange, the shortest leading segments of its paths that no other exchange's path
    starts with ("/openApi/", "/v5/", "/api/v4/"): unknown paths under them get its errors."""
    out: dict[str, tuple[str, ...]] = {}
    for ex in project.exchanges:
        others = [p for other in project.exchanges if other.id != ex.id for p in _paths(other)]
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


def _error_info(rule: ErrorRule) -> str:
    return f"ErrorInfo({rule.code!r}, {py_literal(rule.http_status)}, {rule.message!r}, {rule.error_class!r})"


def sim_exchange(ex: Exchange, prefixes: tuple[str, ...]) -> SimExchange:
    env = ex.envelope
    missing, invalid, not_found = param_error_codes(ex)
    del missing
    rules: dict[str, ErrorRule] = {e.code: e for e in ex.errors}
    for op in ex.operations:
        for e in op.errors:
            rules.setdefault(e.code, e)
    st = ex.server_time
    server_time = (
        f"ServerTimeSpec({st.method!r}, {st.path!r}, {py_literal(st.field_path)}, {st.unit!r}, {_time_as_string(ex)!r})"
        if st is not None
        else "None"
    )
    rlh = ex.rate_limit_headers
    fields = (
        ("id", repr(ex.id)),
        ("name", repr(ex.name)),
        ("timestamp_tolerance_ms", repr(ex.timestamp_tolerance_ms)),
        ("code_field", py_literal(env.code_field)),
        ("success_code", py_literal(env.success_codes[0] if env.success_codes else None)),
        ("code_is_int", repr(env.code_is_int)),
        ("message_field", py_literal(env.message_field)),
        ("payload_field", py_literal(env.payload_field)),
        ("default_error_status", repr(env.default_error_status)),
        ("errors", f"{ex.id.upper()}_ERRORS"),
        ("header_remaining", py_literal(rlh.remaining)),
        ("header_limit", py_literal(rlh.limit)),
        ("header_reset", py_literal(rlh.reset)),
        ("path_prefixes", py_literal(prefixes)),
        ("server_time", server_time),
        ("param_error_code", repr(invalid)),
        ("not_found_code", repr(not_found)),
    )
    return SimExchange(
        ex.id, fields, tuple((code, _error_info(rules[code])) for code in sorted(rules))
    )


@cache
def _exchange_file(spec_path: str) -> Mapping[str, object]:
    data = yaml.safe_load((ROOT / spec_path).read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def _time_as_string(ex: Exchange) -> bool:
    """The model keeps no wire type for the server time (Bitget sends a string, §3d): read it
    from the exchange file."""
    st = _exchange_file(ex.spec_path).get("server_time")
    return isinstance(st, dict) and st.get("wire_type") == "string"


def render_routes(project: Project) -> Rendered:
    from generator.emit.render import Rendered, _render, header, template_sha256

    routes = [sim_route(ex, op) for ex in project.exchanges for op in ex.operations]
    prefixes = path_prefixes(project)
    exchanges = [sim_exchange(ex, prefixes[ex.id]) for ex in project.exchanges]
    digest = hashlib.sha256(
        f"{project.sources_sha256}{template_sha256(ROUTES_TEMPLATE)}".encode()
    ).hexdigest()
    head = header(f"specs/ through templates/{ROUTES_TEMPLATE}", digest)
    text = _render(ROUTES_TEMPLATE, header=head, routes=routes, exchanges=exchanges)
    return Rendered("exchange_sdk/simulator/_routes.py", text, True)


# --------------------------------------------------------------------------- live tests


@dataclass(frozen=True)
class Countdown:
    arm: Mapping[str, object]
    disarm: Mapping[str, object]
    seconds: int


@dataclass(frozen=True)
class Scenario:
    """What the live test of one endpoint does beyond the round trip."""

    args: Mapping[str, object]  # overrides of the spec examples
    seed_match: Sequence[Mapping[str, object]]  # orders the call must cancel
    seed_other: Sequence[Mapping[str, object]]  # orders it must leave alone
    result_ids: tuple[str, ...] = ()  # JSON path of the cancelled order ids in the raw body
    countdown: Countdown | None = None
    empty_error: str | None = None  # class raised when nothing matches


# The exchange behaviour each endpoint's page describes (see docs/simulator.md); endpoints
# missing here still get the round trip, auth, timestamp, rate-limit and fault tests.
SCENARIOS: Mapping[tuple[str, str], Scenario] = {
    ("bingx", "spot.cancel_open_orders"): Scenario(
        args={"symbol": "BTC-USDT"},
        seed_match=[{"symbol": "BTC-USDT", "side": "BUY"}, {"symbol": "BTC-USDT", "side": "SELL"}],
        seed_other=[{"symbol": "ETH-USDT", "side": "BUY"}],
        result_ids=("data", "orders", "*", "orderId"),
    ),
    ("bingx", "spot.cancel_all_after"): Scenario(
        args={"type": "ACTIVATE", "time_out": 10},
        seed_match=[{"symbol": "BTC-USDT"}, {"symbol": "ETH-USDT"}],
        seed_other=[],
        countdown=Countdown(
            {"type": "ACTIVATE", "time_out": 10}, {"type": "CLOSE", "time_out": 10}, 10
        ),
    ),
    ("htx", "futures.cancel_all_orders"): Scenario(
        args={"contract_code": "BTC-USDT", "side": "buy", "position_side": "long"},
        seed_match=[{"symbol": "BTC-USDT", "side": "buy", "position_side": "long"}] * 2,
        seed_other=[
            {"symbol": "ETH-USDT", "side": "buy", "position_side": "long"},
            {"symbol": "BTC-USDT", "side": "sell", "position_side": "long"},
            {"symbol": "BTC-USDT", "side": "buy", "position_side": "short"},
        ],
        result_ids=("data", "*", "order_id"),
        empty_error="NothingToCancelError",
    ),
    ("bitget", "mix.cancel_all_orders"): Scenario(
        args={"product_type": "USDT-FUTURES", "margin_coin": "USDT"},
        seed_match=[{"symbol": "BTCUSDT", "product_type": "USDT-FUTURES", "margin_coin": "USDT"}]
        * 2,
        seed_other=[
            {"symbol": "BTCUSD", "product_type": "COIN-FUTURES", "margin_coin": "BTC"},
            {"symbol": "BTCPERP", "product_type": "USDC-FUTURES", "margin_coin": "USDC"},
        ],
        result_ids=("data", "successList", "*", "orderId"),
    ),
    ("gate", "spot.cancel_all_orders"): Scenario(
        args={"currency_pair": "BTC_USDT"},
        seed_match=[{"symbol": "BTC_USDT"}, {"symbol": "BTC_USDT", "side": "sell"}],
        seed_other=[{"symbol": "ETH_USDT"}],
        result_ids=("*", "id"),
    ),
    ("htx", "futures.cancel_after"): Scenario(
        args={"on_off": 1, "time_out": 5000},
        seed_match=[{"symbol": "BTC-USDT"}, {"symbol": "ETH-USDT", "side": "sell"}],
        seed_other=[],
        countdown=Countdown({"on_off": 1, "time_out": 5000}, {"on_off": 0}, 5),
    ),
    ("gate", "spot.countdown_cancel_all"): Scenario(
        args={"timeout": 30, "currency_pair": "BTC_USDT"},
        seed_match=[{"symbol": "BTC_USDT"}, {"symbol": "BTC_USDT", "side": "sell"}],
        seed_other=[{"symbol": "ETH_USDT"}],
        countdown=Countdown(
            {"timeout": 30, "currency_pair": "BTC_USDT"},
            {"timeout": 0, "currency_pair": "BTC_USDT"},
            30,
        ),
    ),
}


@dataclass(frozen=True)
class LiveCase:
    args: Mapping[str, object]
    seed_match: tuple[Mapping[str, object], ...]
    seed_other: tuple[Mapping[str, object], ...]
    result_ids: tuple[str, ...]
    countdown: Countdown | None
    empty_error: str | None
    timestamp_error: str  # class raised when the client's clock is outside the window
    timestamp_code: str  # the code the simulator answers that with
    success_codes: tuple[str | None, ...]  # success codes as the request log shows them
    skew_ms: int
    gap_ms: int  # manual-clock step between two signed calls (keeps under the UID limits)
    extend_after_ms: int  # when to re-arm a countdown (inside the timestamp window)
    rate_limit_count: int | None  # calls allowed in one window of the tightest UID bucket
    flags: Mapping[str, bool] = field(default_factory=dict)
    killswitch: str | None = None  # the spec's killswitch role: driven through _killswitch_specs
    other_permission: str = "Read"  # a permission that is not the one the endpoint needs


def _timestamp_error(ex: Exchange) -> str:
    """The class the SDK raises for the simulator's timestamp rejection: the exchange's
    documented timestamp error, or (HTX documents none) the auth failure it answers with."""
    return (
        "TimestampError"
        if any(e.error_class == "TimestampError" for e in ex.errors)
        else "AuthenticationError"
    )


# The code the simulator's verifiers (simulator/auth.py) answer a stale timestamp with.
_TIMESTAMP_CODES = {"bingx": "100421", "htx": "403", "bitget": "40008", "gate": "REQUEST_EXPIRED"}


def _success_codes(ex: Exchange) -> tuple[str | None, ...]:
    """Success codes as the request log shows them (None: an exchange without a code field)."""
    env = ex.envelope
    return (None,) if env.code_field is None else tuple(env.success_codes)


def live_case(ex: Exchange, op: Operation) -> LiveCase:
    scenario = SCENARIOS.get((ex.id, op.qualified_name))
    args: dict[str, object] = {p.python_name: p.example for p in op.params if p.required}
    if scenario is not None:
        args.update(scenario.args)
    uid = [r for r in op.rate_limits if r.scope == "uid"]
    gap = max((-(-r.interval_ms // r.count) for r in uid), default=0)
    tightest = min(uid, key=lambda r: r.count, default=None)
    tolerance = ex.timestamp_tolerance_ms
    seconds = scenario.countdown.seconds if scenario and scenario.countdown else 0
    extend_after = min(tolerance - 1000, seconds * 1000 // 2)
    return LiveCase(
        args=args,
        seed_match=tuple(scenario.seed_match) if scenario else (),
        seed_other=tuple(scenario.seed_other) if scenario else (),
        result_ids=scenario.result_ids if scenario else (),
        countdown=scenario.countdown if scenario else None,
        empty_error=scenario.empty_error if scenario else None,
        timestamp_error=_timestamp_error(ex),
        timestamp_code=_TIMESTAMP_CODES[ex.id],
        success_codes=_success_codes(ex),
        skew_ms=tolerance + 60_000,
        gap_ms=gap,
        extend_after_ms=max(extend_after, gap),
        rate_limit_count=tightest.count if tightest is not None and tightest.count <= 300 else None,
        killswitch=op.killswitch.role if op.killswitch is not None else None,
        other_permission="Trade" if permission_of(op) == "Read" else "Read",
    )


def render_live_tests(project: Project) -> list[Rendered]:
    from generator.emit.render import Rendered, _render, header, template_sha256

    out: list[Rendered] = []
    for ex in project.exchanges:
        for op in ex.operations:
            digest = hashlib.sha256(
                f"{op.spec_sha256}{template_sha256(LIVE_TEMPLATE)}".encode()
            ).hexdigest()
            head = header(op.spec_path, digest)
            text = _render(LIVE_TEMPLATE, header=head, ex=ex, op=op, lc=live_case(ex, op))
            out.append(Rendered(f"tests/test_{ex.id}_{op.group}_{op.name}_live.py", text, True))
    return out


SIMULATED = frozenset({"bingx", "htx", "bitget", "gate"})
"""Exchanges whose behaviour the simulator implements (generated/exchange_sdk/simulator/
exchanges.py, by exchange id). A spec for another exchange still gets its client, models and
mock conformance tests; it gets simulator routes and live tests once its behaviour is written."""


def render_simulator(project: Project) -> list[Rendered]:
    """The simulator's routes module and the live conformance tests."""
    simulated = replace(project, exchanges=tuple(e for e in project.exchanges if e.id in SIMULATED))
    return [render_routes(simulated), *render_live_tests(simulated)]
