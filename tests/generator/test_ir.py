"""The IR (generator.ir, built by generator.spec.build) and single templates: a tiny spec in,
the values the emitters place (or an expected snippet of one template) out."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from generator.emit.base import environment, py_literal, render
from generator.emit.cli_table import cli_commands
from generator.emit.clients import Variant
from generator.emit.killswitch_tables import killswitch_tables
from generator.emit.live_tests import live_case
from generator.emit.openapi import build_openapi
from generator.emit.simulator_routes import route_record, sim_route
from generator.ir.runtime import cli_support, errors, simulator_wire, spec
from generator.ir.runtime import killswitch_spec as spec_killswitch
from generator.ir.types import Exchange, Operation, Project
from generator.spec.build import build
from generator.spec.load import SpecDocument
from generator.spec.validate import validate

ROOT = Path(__file__).resolve().parents[2]

EXCHANGE: dict[str, object] = {
    "kind": "exchange",
    "exchange": "acme",
    "name": "Acme",
    "source": "https://acme.example/docs",
    "hosts": {"default": "https://api.acme.example", "alternates": []},
    "auth": {
        "scheme": "gate-hmac-sha512",
        "credentials": {"api_key": "ACME_API_KEY", "api_secret": "ACME_API_SECRET"},
        "timestamp_tolerance_ms": 5000,
        "recipe": {  # Gate's: hex HMAC-SHA512 of METHOD, path, raw query, body hash, seconds
            "stamps": {"timestamp": {"unit": "s"}},
            "body": {"format": "json", "content_type": "application/json"},
            "sign": {
                "text": {
                    "separator": "\n",
                    "parts": [
                        "method",
                        "path",
                        {"query": {"encode": "raw"}},
                        {"digest": {"hash": "sha512", "of": ["body"]}},
                        {"stamp": "timestamp"},
                    ],
                },
                "chain": ["hmac-sha512"],
            },
            "put": [
                {"header": "KEY", "value": "key"},
                {"header": "Timestamp", "value": {"stamp": "timestamp"}},
                {"header": "SIGN", "value": "signature"},
            ],
        },
        "source": "page",
    },
    "envelope": {
        "success_http_status": [200],
        "code_field": "code",
        "success_codes": ["0"],
        "message_field": "msg",
        "payload_field": "data",
        "error_code_fields": ["code"],
        "error_message_fields": ["msg"],
        "source": "page",
    },
    "errors": [
        {"code": "1001", "meaning": "bad key", "class": "AuthenticationError",
         "retryable": False, "source": "page"},
        {"code": "1002", "meaning": "bad param", "class": "InvalidRequestError",
         "retryable": False, "source": "page"},
        {"code": "1003", "meaning": "stale", "class": "TimestampError",
         "retryable": True, "source": "page"},
        {"code": "1004", "meaning": "nothing to cancel", "class": "NothingToCancelError",
         "retryable": False, "source": "page"},
    ],
    "simulator": {
        "missing_param": "1002",
        "invalid_param": "1002",
        "not_found": "1002",
        "stale_timestamp": "1003",
        "source": "page",
    },
}  # fmt: skip

ENDPOINT: dict[str, object] = {
    "kind": "endpoint",
    "exchange": "acme",
    "group": "spot",
    "operation": "cancel_after",
    "summary": "Cancel everything after a countdown.",
    "source": "https://acme.example/docs/cancel_after",
    "method": "POST",
    "path": "/v1/cancel_after",
    "safe_to_repeat": True,
    "params": [
        {"name": "timeOut", "in": "body", "type": "integer", "required": True, "minimum": 5,
         "also_allowed": [{"value": 0, "meaning": "disarm"}], "unit": "s", "example": 30,
         "description": "Countdown"},
        {"name": "symbol", "in": "query", "type": "string", "required": False,
         "pattern": "[A-Z]+-[A-Z]+", "example": "BTC-USDT", "description": "Market"},
        {"name": "side", "in": "body", "type": "string", "required": False,
         "enum": [{"value": "buy", "meaning": "buys"}, {"value": "sell", "meaning": "sells"}],
         "description": "Side"},
        {"name": "timestamp", "in": "query", "type": "integer", "required": True, "auth": True,
         "description": "Signer's"},
    ],
    "killswitch": {"role": "countdown", "timeout_param": "timeOut", "disarm": {"timeOut": 0},
                   "market_param": "symbol", "source": "page"},
    "live_test": {"cancels": [{"symbol": "BTC-USDT"}], "keeps": [{"symbol": "ETH-USDT"}]},
    "rate_limits": {
        "statements": [{"id": "uid", "scope": "uid", "count": 2, "interval_ms": 1000,
                        "text": "2/s", "source": "page"}],
        "enforced": ["uid"],
    },
    "errors": [],
    "response": {
        "schema": {"title": "CancelAfterResponse", "type": "object",
                   "properties": {"triggerTime": {"type": "integer", "description": "when"}}},
        "example": {"code": 0, "msg": "", "data": {"triggerTime": 1}},
        "example_kind": "published",
    },
}  # fmt: skip


def docs(
    exchange: dict[str, object] | None = None, endpoint: dict[str, object] | None = None
) -> list[SpecDocument]:
    return [
        SpecDocument("specs/acme/exchange.yaml", "exchange", exchange or EXCHANGE, "e" * 64, {}),
        SpecDocument(
            "specs/acme/spot/cancel_after.yaml", "endpoint", endpoint or ENDPOINT, "f" * 64, {}
        ),
    ]


@pytest.fixture(scope="module")
def ex() -> Exchange:
    assert validate(docs()) == []
    return build(docs()).exchanges[0]


@pytest.fixture(scope="module")
def op(ex: Exchange) -> Operation:
    return ex.operations[0]


def test_names(ex: Exchange, op: Operation) -> None:
    assert (ex.sync_class, ex.async_class, ex.spec_dir) == ("Acme", "AsyncAcme", "specs/acme/")
    assert (op.qualified_name, op.const_name, op.cli_name) == (
        "spot.cancel_after",
        "SPOT_CANCEL_AFTER",
        "cancel-after",
    )
    assert [p.python_name for p in op.params] == ["time_out", "symbol", "side"]
    assert op.auth_param_names == ("timestamp",)


def test_arguments_guards_and_placements_are_precomputed(op: Operation) -> None:
    assert op.arguments == (
        "time_out: int",
        "symbol: str | None = None",
        "side: Literal['buy', 'sell'] | None = None",
        "request_timeout: float | None = None",
        "max_retries: int | None = None",
        "max_wait: float | None = None",
        "deadline: float | None = None",
    )
    assert op.call_kwargs == (
        "request_timeout=request_timeout",
        "max_retries=max_retries",
        "max_wait=max_wait",
        "deadline=deadline",
    )
    time_out, symbol, _ = op.params
    assert [g.condition for g in time_out.guards] == [
        "not isinstance(time_out, int) or isinstance(time_out, bool)",
        "time_out not in (0,) and (time_out < 5)",
    ]
    assert symbol.guards[-1].condition == (
        "symbol is not None and (not fullmatch('[A-Z]+-[A-Z]+', symbol))"
    )
    assert [(pl.var, [p.wire_name for p in pl.required], [p.wire_name for p in pl.optional])
            for pl in op.placements] == [("query", [], ["symbol"]), ("body", ["timeOut"], ["side"])]  # fmt: skip
    assert time_out.doc == (
        "Countdown. Unit: s. Allowed: time_out >= 5, or 0 (disarm). "
        "Wire name `timeOut`, sent in the body."
    )


def test_the_runtime_records_are_built_once(ex: Exchange, op: Operation) -> None:
    assert isinstance(ex.info, spec.ExchangeInfo) and isinstance(op.endpoint, spec.Endpoint)
    assert ex.info.errors["1001"].error_class is errors.AuthenticationError
    assert op.endpoint.rate_limits == (
        spec.RateLimitRule("acme:uid:spot.cancel_after", "uid", 2, 1000),
    )
    assert op.endpoint.response_model == "exchange_sdk.acme.models:CancelAfterResponse"


def test_py_writes_runtime_records_whole() -> None:
    rule = spec.ErrorRule("1001", errors.AuthenticationError, False, "bad key")
    assert py_literal(rule) == (
        "ErrorRule(code='1001', error_class=errors.AuthenticationError, retryable=False, "
        "meaning='bad key', http_status=None, retry_after_pattern=None, retry_after_unit=None, )"
    )


def test_cli_table_rows_are_the_runtimes_records(ex: Exchange) -> None:
    (command,) = cli_commands(Project((ex,), "0"))
    assert isinstance(command, cli_support.EndpointCommand)
    assert [o.flag for o in command.options] == ["--time-out", "--symbol", "--side"]
    assert py_literal(command.options[2]).startswith(
        "CliOption(flag='--side', dest='side', kind='str', required=False, "
        "choices=('buy', 'sell'), metavar='{buy,sell}', "
    )


def test_killswitch_table_row(ex: Exchange, op: Operation) -> None:
    tables = killswitch_tables(Project((ex,), "0"))
    ((exchange, (row,)),) = tables.countdowns
    assert exchange == "acme" and row.spec_path == op.spec_path
    assert isinstance(row.record, spec_killswitch.CountdownSpec)
    assert row.record.timeout_kwarg == "time_out" and row.record.min_timeout == 5.0
    assert row.record.disarm == {"time_out": 0} and row.record.market_kwarg == "symbol"


def test_live_case_is_derived_from_the_killswitch_role_and_the_fixture(
    ex: Exchange, op: Operation
) -> None:
    case = live_case(ex, op)
    assert case.args == {"time_out": 30, "symbol": "BTC-USDT"}
    assert case.countdown is not None
    assert case.countdown.arm == {"time_out": 30, "symbol": "BTC-USDT"}
    assert case.countdown.disarm == {"time_out": 0, "symbol": "BTC-USDT"}
    assert case.countdown.seconds == 30
    assert case.seed_match == [{"symbol": "BTC-USDT"}] and case.seed_other == [
        {"symbol": "ETH-USDT"}
    ]
    assert (case.timestamp_code, case.timestamp_error) == ("1003", "TimestampError")
    assert case.gap_ms == 500 and case.rate_limit_count == 2


def test_simulator_route_checks_come_from_the_constraints(ex: Exchange, op: Operation) -> None:
    route = sim_route(ex, op)
    time_out = route.params[0]
    assert time_out.sources == ("json",) and time_out.coerce == "as_json_int"
    assert [(c.violation, c.code, c.message) for c in time_out.checks] == [
        ("v_time_out not in (0,) and (v_time_out < 5)", "1002",
         "timeOut: must be timeOut >= 5, or 0 (disarm)"),
    ]  # fmt: skip
    assert time_out.missing_message == "timeOut: is required"
    record = route_record(ex, op, route, op.path)
    assert isinstance(record, simulator_wire.Route) and record.auth_params == ("timestamp",)
    assert py_literal(record).startswith(
        "Route(exchange='acme', operation='spot.cancel_after', method='POST', "
        "path='/v1/cancel_after', permission='Trade', parse=parse_acme_spot_cancel_after, "
        "rate_limits=(RateRule(key='acme:uid:spot.cancel_after', "
    )


def test_simulator_facts_shape_the_messages_and_sources(ex: Exchange) -> None:
    exchange = copy.deepcopy(EXCHANGE)
    sim = exchange["simulator"]
    assert isinstance(sim, dict)
    sim.update(params_in=["query", "form", "json"], invalid_param_message="Bad `{name}`: {problem}")
    other = build(docs(exchange)).exchanges[0]
    route = sim_route(other, other.operations[0])
    assert route.params[0].sources == ("query", "form", "json")
    assert route.params[0].coerce == "as_int"  # text sources: digits
    assert route.params[0].checks[0].message == "Bad `timeOut`: must be timeOut >= 5, or 0 (disarm)"


def test_openapi_from_the_ir_alone(ex: Exchange) -> None:
    doc = build_openapi(Project((ex,), "0" * 64))
    operation = doc["paths"]["/v1/cancel_after"]["post"]  # type: ignore[index]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["timeOut"]
    assert body["properties"]["timeOut"]["anyOf"][0] == {
        "type": "integer",
        "minimum": 5,
        "x-unit": "s",
        "examples": [30],
    }
    params = {p["name"]: p for p in operation["parameters"]}
    assert params["symbol"]["schema"]["pattern"] == "^(?:[A-Z]+-[A-Z]+)$"
    assert params["timestamp"]["schema"]["x-supplied-by-signer"] is True
    scheme = doc["components"]["securitySchemes"]["gate-hmac-sha512"]  # type: ignore[index]
    assert (scheme["in"], scheme["name"]) == ("header", "KEY")
    json.dumps(doc)  # plain data


# ---------------------------------------------------------------------------------------------
# Single templates


def test_guard_macro(op: Operation) -> None:
    template = '{% import "_macros.jinja" as m %}{{ m.guards(p) }}'  # the macro, one param
    text = environment().from_string(template).render(p=op.params[1])
    assert text.splitlines() == [
        "if symbol is not None and (not isinstance(symbol, str) or not symbol.isprintable() "
        "or not symbol):",
        "    raise errors.ValidationError(argument='symbol', constraint='must be a non-empty "
        "str without control characters', value=symbol, wire_name='symbol')",
        "if symbol is not None and (not fullmatch('[A-Z]+-[A-Z]+', symbol)):",
        "    raise errors.ValidationError(argument='symbol', constraint='must match "
        "[A-Z]+-[A-Z]+', value=symbol, wire_name='symbol')",
    ]


def test_place_macro(op: Operation) -> None:
    text = (
        environment()
        .from_string('{% import "_macros.jinja" as m %}{{ m.place(pl) }}')
        .render(pl=op.placements[1])
    )
    assert text.splitlines() == [
        "body: dict[str, object] = { 'timeOut': time_out,  }",
        "if side is not None:",
        "    body['side'] = side",
    ]


def test_spec_template_places_the_records(ex: Exchange) -> None:
    text = render("exchange_spec.py.jinja", header="# header", ex=ex)
    assert "\nEXCHANGE = ExchangeInfo(id='acme', name='Acme', " in text
    assert "\nSPOT_CANCEL_ALL_AFTER" not in text
    assert "\nSPOT_CANCEL_AFTER = Endpoint(exchange='acme', operation='spot.cancel_after', " in text
    assert (
        '"""Cancel everything after a countdown. (spec: specs/acme/spot/cancel_after.yaml)"""'
        in text
    )


def test_client_template_places_arguments_and_call_options(ex: Exchange) -> None:
    variants = [Variant(ex, False), Variant(ex, True)]
    text = render(
        "exchange_client.py.jinja",
        header="# header",
        ex=ex,
        variants=variants,
        imports={"collections": False, "decimal": False, "re": True},
        docstrings={"SPOT_CANCEL_AFTER": "Cancel everything."},
    )
    assert "from re import fullmatch" in text
    assert (
        "    async def cancel_after(\n        self,\n        *,\n        time_out: int,\n" in text
    )
    assert "                deadline=deadline,\n            ),\n        )" in text
    assert "class AsyncAcme(AsyncClient):" in text


def test_killswitch_fixed_params_and_markets_listing_reach_the_tables() -> None:
    """An open_orders listing that names its open_markets endpoint (`markets_listed_by`) gets
    that endpoint's `MarketsSpec`; `params` become the record's fixed keyword arguments."""
    markets = copy.deepcopy(ENDPOINT)
    markets.update(operation="open_symbols", path="/v1/open_symbols", method="GET")
    markets["killswitch"] = {"role": "open_markets", "markets": "symbols[]", "source": "page"}
    orders = copy.deepcopy(ENDPOINT)
    orders.update(operation="open_orders", path="/v1/open_orders", method="GET")
    orders["killswitch"] = {
        "role": "open_orders", "market_param": "symbol", "orders": "[]", "order_id": "id",
        "order_market": "symbol", "markets_listed_by": "spot.open_symbols",
        "params": {"side": "buy"}, "source": "page",
    }  # fmt: skip
    tree = [
        *docs(),
        SpecDocument("specs/acme/spot/open_symbols.yaml", "endpoint", markets, "1" * 64, {}),
        SpecDocument("specs/acme/spot/open_orders.yaml", "endpoint", orders, "2" * 64, {}),
    ]
    assert validate(tree) == []
    tables = killswitch_tables(build(tree))
    ((_, (row,)),) = tables.open_orders
    assert isinstance(row.record, spec_killswitch.OpenOrdersSpec)
    assert row.record.params == {"side": "buy"}
    assert row.record.markets == spec_killswitch.MarketsSpec(
        exchange="acme", group="spot", method="open_symbols", path="symbols[]"
    )
    assert tables.has_markets
