"""``venue.on_market`` / ``on_any_market``: a behaviour gets the request's market only once
the exchange lists it; an unknown one is the exchange's unknown-market answer, a missing one
the endpoint's own answer (required) or None (optional: every market)."""

from __future__ import annotations

from collections.abc import Mapping

from exchange_sdk.simulator._wire import Reject
from exchange_sdk.simulator.state import DEFAULT_ACCOUNT, Account, State
from exchange_sdk.simulator.venue import on_any_market, on_market
from exchange_sdk.simulator.venues import VENUES

_MISSING = Reject("-1", "symbol is required")
_EXCHANGE = "binance"


def _seen(
    state: State, account: Account, market: str | None, params: Mapping[str, object], now: int
) -> object:
    return {"market": market}


def test_a_listed_market_reaches_the_behaviour() -> None:
    state = State(VENUES)
    symbol = VENUES[_EXCHANGE].symbols[0]
    for wrap in (on_market(_EXCHANGE, _MISSING), on_any_market(_EXCHANGE)):
        assert wrap(_seen)(state, DEFAULT_ACCOUNT, {"symbol": symbol}, 0) == {"market": symbol}


def test_an_unknown_market_is_the_exchange_s_answer() -> None:
    state = State(VENUES)
    for wrap in (on_market(_EXCHANGE, _MISSING), on_any_market(_EXCHANGE)):
        answer = wrap(_seen)(state, DEFAULT_ACCOUNT, {"symbol": "NOPE"}, 0)
        assert isinstance(answer, Reject)
        assert answer.code == VENUES[_EXCHANGE].unknown_market_code


def test_a_missing_market_is_required_or_every_market() -> None:
    state = State(VENUES)
    assert on_market(_EXCHANGE, _MISSING)(_seen)(state, DEFAULT_ACCOUNT, {}, 0) is _MISSING
    assert on_any_market(_EXCHANGE)(_seen)(state, DEFAULT_ACCOUNT, {}, 0) == {"market": None}
