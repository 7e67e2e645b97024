"""A listing whose endpoint takes one market a call (``OpenOrdersSpec.market_required``) and
names no listing of markets cannot list an account that names no markets: it is not sent, it
fails with a ``ConfigurationError`` that names what to configure, and preflight (``--dry-run``)
marks it unsent instead of refusing the whole panic. With the account's markets it is an
ordinary listing. The records are built here, so nothing depends on any exchange's specs."""

from __future__ import annotations

import pytest

from exchange_sdk import HTX, errors
from exchange_sdk._runtime.killswitch_spec import MarketsSpec, OpenOrdersSpec, Pagination
from exchange_sdk.killswitch import Account, preflight
from exchange_sdk.killswitch._accounts import Listing
from exchange_sdk.killswitch._deadline import Deadline
from exchange_sdk.killswitch._orders import read_listing
from exchange_sdk.transports import HttpRequest, HttpResponse, MockTransport

PAGES = Pagination(
    style="page",
    param="page_index",
    next_field=None,
    next_from_order=None,
    start=1,
    total_pages="total_page",
    size_param="page_size",
    size=50,
    fixed={},
    param_is_int=True,
)


def _spec(*, market_required: bool, markets: MarketsSpec | None = None) -> OpenOrdersSpec:
    return OpenOrdersSpec(
        exchange="htx",
        group="futures",
        method="isolated_trigger_open_orders",
        market_kwarg="contract_code",
        account_kwargs=(),
        mode="single-asset",
        orders_path="orders[]",
        order_id="order_id_str",
        order_market="contract_code",
        pagination=PAGES,
        markets=markets,
        market_required=market_required,
    )


def _refuse(request: HttpRequest) -> HttpResponse:
    raise AssertionError(f"nothing may be sent: {request.method} {request.url}")


def _account(markets: tuple[str, ...] = ()) -> Account:
    client = HTX(api_key="k", api_secret="s", transport=MockTransport(_refuse), max_retries=0)
    return Account("htx", client, markets=markets, account_mode="single-asset")


def test_without_markets_it_is_not_sent_and_says_what_to_configure() -> None:
    listing = Listing(_account(), _spec(market_required=True), None, {})
    assert listing.needs_markets
    with pytest.raises(errors.ConfigurationError, match="name the account's markets") as caught:
        read_listing(listing, Deadline(5.0), {})
    assert "futures.isolated_trigger_open_orders lists one contract_code a call" in str(
        caught.value
    )
    (planned,) = preflight([listing])
    assert planned.unsent and planned.kind == "list"
    assert planned.path == "/linear-swap-api/v1/swap_trigger_openorders"
    assert "not sent" in planned.describe() and planned.to_json()["unsent"]


def test_with_a_market_or_a_markets_listing_it_is_an_ordinary_listing() -> None:
    spec = _spec(market_required=True)
    assert not Listing(_account(), spec, None, {}).for_market("BTC-USDT").needs_markets
    markets = MarketsSpec("htx", "futures", "open_markets", "symbols[]", {})
    assert not Listing(
        _account(), _spec(market_required=True, markets=markets), None, {}
    ).needs_markets
    assert not Listing(_account(), _spec(market_required=False), None, {}).needs_markets
    (planned,) = preflight([Listing(_account(), spec, "BTC-USDT", {"contract_code": "BTC-USDT"})])
    assert not planned.unsent and "not sent" not in planned.describe()
