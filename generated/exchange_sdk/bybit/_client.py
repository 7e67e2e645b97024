# Generated from specs/bybit/ (sha256 947353a862272f85e0c3a90170e65bb7272121587a7d578c357b12f025d948f3). Do not edit: run make.
"""Bybit clients, sync and async: Bybit and AsyncBybit.

Generated from the specs in specs/bybit/; the shared machinery (signing, transport,
envelopes, errors) is in exchange_sdk._runtime.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk._runtime.retry import DEFAULT_DEADLINE

from . import _spec

if TYPE_CHECKING:
    from exchange_sdk._runtime.transport import AsyncTransport, SyncTransport

    from .models import (
        CancelAllResponse,
        OpenOrdersResponse,
    )

__all__ = ["AsyncBybit", "AsyncBybitOrder", "Bybit", "BybitOrder"]


class BybitOrder:
    """The `order` endpoints of Bybit."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all(
        self,
        *,
        category: Literal["linear", "inverse", "spot", "option"],
        symbol: str | None = None,
        base_coin: str | None = None,
        settle_coin: str | None = None,
        order_filter: Literal[
            "Order", "tpslOrder", "StopOrder", "OcoOrder", "BidirectionalTpslOrder", "OpenOrder"
        ]
        | None = None,
        stop_order_type: Literal["Stop"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllResponse:
        """Cancel all open orders of one category (linear, inverse, spot, option), by symbol, base coin
        or settle coin.

        Cancel all open orders. Support cancel orders by symbol/baseCoin/settleCoin. If you pass
        multiple of these params, the system will process one of param, which priority is symbol >
        baseCoin > settleCoin.

        `POST /v5/order/cancel-all`.

        Note: NOTE: category=option, you can cancel all option open orders without passing any of
        those three params. However, for "linear" and "inverse", you must specify one of those three
        params.

        Note: NOTE: category=spot, you can cancel all spot open orders (normal order by default)
        without passing other params.

        Note: Spot: no limit. Futures: cancel up to 500 orders (System picks up 500 orders randomly
        to cancel when you have over 500 orders). Options: no limit.

        Note: The acknowledgement of create/amend/cancel order requests indicates that the request
        was sucessfully accepted. The request is asynchronous so please use the websocket to confirm
        the order status.

        Note: So the kill switch proves a cancel only by listing afterwards (order.open_orders), and
        repeats the call while the listing still finds orders: with more than 500 futures orders one
        call leaves the rest open.

        Note: An account-wide cancel: spot needs none of symbol, baseCoin and settleCoin; linear and
        inverse need one, and settleCoin is the widest (baseCoin cancels one base coin's orders).
        The kill switch sends category and settleCoin from the account configuration (one call per
        category and settle coin: linear USDT and USDC, inverse one per coin) and symbol only for
        configured markets. settleCoin is not supported for spot, so a spot account gives none.

        Note: The caller relies on result.list and each entry's orderId (the ids the exchange
        accepted to cancel), so the spec marks them required: a success envelope without them raises
        UnexpectedResponseError keeping the raw body. success is not required: UTA1.0 (inverse) does
        not return it.

        Note: Not sourced: the API key permission the endpoint requires (the page names none), and
        the answer when nothing is open (the simulator answers an empty list with success "1").

        Args:
            category: Product type. `linear`, `inverse`, `spot`, `option`. Allowed: one of linear
                (USDT perpetual, USDT Futures and USDC contract, including USDC perp, USDC futures
                (enum page)), inverse (Inverse contract, including Inverse perp, Inverse futures
                (enum page)), spot (spot), option (option). Wire name `category`, sent in the body.
            symbol: Symbol name, like `BTCUSDT`, uppercase only; `linear`&`inverse`: **Required** if
                not passing baseCoin or settleCoin. Wire name `symbol`, sent in the body.
            base_coin: Base coin, uppercase only. `linear` & `inverse`: If cancel all by baseCoin,
                it will cancel all of the corresponding category's orders. **Required** if not
                passing symbol or settleCoin. Wire name `baseCoin`, sent in the body.
            settle_coin: Settle coin, uppercase only <ul><li>`linear` & `inverse`: **Required** if
                not passing symbol or baseCoin</li><li>`option`: USDT or USDC</li><li>Not support
                `spot`</li></ul>. Wire name `settleCoin`, sent in the body.
            order_filter: <ul><li>category=`spot`, you can pass `Order`, `tpslOrder`, `StopOrder`,
                `OcoOrder`, `BidirectionalTpslOrder`; If not passed, `Order` by
                default</li><li>category=`linear` or `inverse`, you can pass `Order`,
                `StopOrder`,`OpenOrder`; If not passed, all kinds of orders will be cancelled, like
                active order, conditional order, TP/SL order and trailing stop
                order</li><li>category=`option`, you can pass `Order`,`StopOrder`; If not passed,
                all kinds of orders will be cancelled, like active order, conditional order, TP/SL
                order and trailing stop order</li></ul>. Allowed: one of Order (active order (spot
                default)), tpslOrder (spot TP/SL order (spot only)), StopOrder (conditional order),
                OcoOrder (spot OCO order (spot only)), BidirectionalTpslOrder (spot bidirectional
                TP/SL order (spot only)), OpenOrder (open orders (linear and inverse only; the page
                gives no further meaning)). Wire name `orderFilter`, sent in the body.
            stop_order_type: Stop order type `Stop` <ul><li>Only used for category=`linear` or
                `inverse` and orderFilter=`StopOrder`,you can cancel conditional orders except TP/SL
                order and Trailing stop orders with this param</li></ul>. Allowed: one of Stop (Only
                used for category=linear or inverse and orderFilter=StopOrder; cancels conditional
                orders except TP/SL order and Trailing stop orders). Wire name `stopOrderType`, sent
                in the body.
            request_timeout: Seconds before each attempt of this call times out (default: the
                client's timeout; clipped to what the deadline leaves).
            max_retries: Retries of transient failures for this call (default: the client's).
            max_wait: Longest wait in seconds for a rate-limit slot before raising RateLimitError
                without sending (default: the client's max_wait; None there waits as long as the
                limits require).
            deadline: Seconds over the whole call: every attempt, retry and rate-limit wait and
                clock synchronisation; past it (or when a wait would pass it) the call raises
                DeadlineExceededError (default: the client's deadline).

        Returns:
            CancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: POST /v5/order/cancel-all, UTA2.0 Pro: inverse/linear 10/s, option 1/s,
        spot 20/s, upgradable Y (https://bybit-exchange.github.io/docs/v5/rate-limit); POST
        /v5/order/cancel-all spot 20/s (https://bybit-exchange.github.io/docs/v5/rate-limit); POST
        /v5/order/cancel-all option 1/s (https://bybit-exchange.github.io/docs/v5/rate-limit); 600
        requests within a 5-second window per IP
        (https://bybit-exchange.github.io/docs/v5/rate-limit). Enforced: 10 per 1000 ms per uid
        [bybit:uid:order.cancel_all], 600 per 5000 ms per ip [bybit:ip:group-http-ip].

        Source: https://bybit-exchange.github.io/docs/v5/order/cancel-all
        """
        if not isinstance(category, str) or not category.isprintable() or not category:
            raise errors.ValidationError(
                argument="category",
                constraint="must be a non-empty str without control characters",
                value=category,
                wire_name="category",
            )
        if category not in ("linear", "inverse", "spot", "option"):
            raise errors.ValidationError(
                argument="category",
                constraint="must be one of 'linear', 'inverse', 'spot', 'option'",
                value=category,
                wire_name="category",
            )

        if symbol is not None and (
            not isinstance(symbol, str) or not symbol.isprintable() or not symbol
        ):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        if base_coin is not None and (
            not isinstance(base_coin, str) or not base_coin.isprintable() or not base_coin
        ):
            raise errors.ValidationError(
                argument="base_coin",
                constraint="must be a non-empty str without control characters",
                value=base_coin,
                wire_name="baseCoin",
            )

        if settle_coin is not None and (
            not isinstance(settle_coin, str) or not settle_coin.isprintable() or not settle_coin
        ):
            raise errors.ValidationError(
                argument="settle_coin",
                constraint="must be a non-empty str without control characters",
                value=settle_coin,
                wire_name="settleCoin",
            )

        if order_filter is not None and (
            not isinstance(order_filter, str) or not order_filter.isprintable() or not order_filter
        ):
            raise errors.ValidationError(
                argument="order_filter",
                constraint="must be a non-empty str without control characters",
                value=order_filter,
                wire_name="orderFilter",
            )
        if order_filter is not None and (
            order_filter
            not in (
                "Order",
                "tpslOrder",
                "StopOrder",
                "OcoOrder",
                "BidirectionalTpslOrder",
                "OpenOrder",
            )
        ):
            raise errors.ValidationError(
                argument="order_filter",
                constraint="must be one of 'Order', 'tpslOrder', 'StopOrder', 'OcoOrder', 'BidirectionalTpslOrder', 'OpenOrder'",
                value=order_filter,
                wire_name="orderFilter",
            )

        if stop_order_type is not None and (
            not isinstance(stop_order_type, str)
            or not stop_order_type.isprintable()
            or not stop_order_type
        ):
            raise errors.ValidationError(
                argument="stop_order_type",
                constraint="must be a non-empty str without control characters",
                value=stop_order_type,
                wire_name="stopOrderType",
            )
        if stop_order_type is not None and (stop_order_type not in ("Stop",)):
            raise errors.ValidationError(
                argument="stop_order_type",
                constraint="must be one of 'Stop'",
                value=stop_order_type,
                wire_name="stopOrderType",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "category": category,
        }
        if symbol is not None:
            body["symbol"] = symbol
        if base_coin is not None:
            body["baseCoin"] = base_coin
        if settle_coin is not None:
            body["settleCoin"] = settle_coin
        if order_filter is not None:
            body["orderFilter"] = order_filter
        if stop_order_type is not None:
            body["stopOrderType"] = stop_order_type

        return cast(
            "CancelAllResponse",
            self._client._call(
                _spec.ORDER_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def open_orders(
        self,
        *,
        category: Literal["linear", "inverse", "spot", "option"],
        symbol: str | None = None,
        base_coin: str | None = None,
        settle_coin: str | None = None,
        order_id: str | None = None,
        order_link_id: str | None = None,
        open_only: Literal[0, 1] | None = None,
        order_filter: Literal[
            "Order", "StopOrder", "tpslOrder", "OcoOrder", "BidirectionalTpslOrder"
        ]
        | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrdersResponse:
        """List open (or the latest 500 closed) orders of one category in real time, cursor-paged.

        Primarily query unfilled or partially filled orders in real-time, but also supports querying
        recent 500 closed status (Cancelled, Filled) orders. The records are sorted by the
        createdTime from newest to oldest.

        `GET /v5/order/realtime`.

        Note: Please see the usage of request param openOnly. And to query older order records,
        please use the order history interface.

        Note: You can query filled, cancelled, and rejected orders to the most recent 500 orders for
        spot, linear, inverse and option categories

        Note: You can query by symbol, baseCoin, orderId and orderLinkId, and if you pass multiple
        params, the system will process them according to this priority: orderId > orderLinkId >
        symbol > baseCoin.

        Note: After a server release or restart, filled, cancelled, and rejected orders of Unified
        account should only be queried through order history.

        Note: During periods of extreme market volatility, this interface may experience increased
        latency or temporary delays in data delivery

        Note: Pagination: limit [1, 50] (default 20) and cursor = the previous page's
        nextPageCursor; the last page has an empty nextPageCursor (implied by the example, not
        stated). Spot needs no symbol or coin; linear needs symbol, baseCoin or settleCoin, so
        listing everything means one query per settle coin (the kill switch takes category and
        settleCoin from the account, as for order.cancel_all).

        Note: The kill switch relies on list, nextPageCursor (the next page; a listing that lost it
        could report flat with orders on later pages) and each order's orderId, symbol and
        orderStatus, so the spec marks them required: a success without them raises
        UnexpectedResponseError keeping the raw body.

        Note: Order ids are strings (UUIDs in this example, 19-digit numbers in cancel-all's
        example): never parse them as numbers. cumFeeDetail is a JSON object (fee per coin).

        Args:
            category: Product type `linear`, `inverse`, `spot`, `option`. Allowed: one of linear
                (USDT perpetual, USDT Futures and USDC contract, including USDC perp, USDC futures
                (enum page)), inverse (Inverse contract, including Inverse perp, Inverse futures
                (enum page)), spot (spot), option (option). Wire name `category`, sent in the query.
            symbol: Symbol name, like `BTCUSDT`, uppercase only. For **linear**, either `symbol`,
                `baseCoin`, `settleCoin` is **required**. Wire name `symbol`, sent in the query.
            base_coin: Base coin, uppercase only <ul><li>Supports `linear`, `inverse` &
                `option`</li><li>`option`: it returns all option open orders by default</li></ul>.
                Wire name `baseCoin`, sent in the query.
            settle_coin: Settle coin, uppercase only <ul><li><b>linear</b>: either `symbol`,
                `baseCoin` or `settleCoin` is **required**</li><li>`spot`: not
                supported</li><li>`option`: USDT or USDC</li></ul>. Wire name `settleCoin`, sent in
                the query.
            order_id: Order ID. Wire name `orderId`, sent in the query.
            order_link_id: User customised order ID. Wire name `orderLinkId`, sent in the query.
            open_only: <ul><li>`0`(default): query open status orders (e.g., New, PartiallyFilled)
                **only**</li><li>`1`: Query a maximum of recent 500 closed status records are kept
                under each account each category (e.g., Cancelled, Rejected, Filled orders).; <i>If
                the Bybit service is restarted due to an update, this part of the data will be
                cleared and accumulated again, but the order records will still be queried in order
                history</i></li><li>`openOnly` param will be ignored when query by _orderId_ or
                _orderLinkId_</li></ul>. Allowed: one of 0 (query open status orders (e.g., New,
                PartiallyFilled) only (default)), 1 (Query a maximum of recent 500 closed status
                records kept under each account each category (e.g., Cancelled, Rejected, Filled
                orders)). Wire name `openOnly`, sent in the query.
            order_filter: `Order`: active order, `StopOrder`: conditional order for Futures and
                Spot, `tpslOrder`: spot TP/SL order, `OcoOrder`: Spot oco order,
                `BidirectionalTpslOrder`: Spot bidirectional TPSL order<ul><li>all kinds of orders
                by default</li></ul>. Allowed: one of Order (active order), StopOrder (conditional
                order for Futures and Spot), tpslOrder (spot TP/SL order), OcoOrder (Spot oco
                order), BidirectionalTpslOrder (Spot bidirectional TPSL order). Wire name
                `orderFilter`, sent in the query.
            limit: Limit for data size per page. [`1`, `50`]. Default: `20`. Allowed: 1 <= limit <=
                50. Wire name `limit`, sent in the query.
            cursor: Cursor. Use the `nextPageCursor` token from the response to retrieve the next
                page of the result set. Wire name `cursor`, sent in the query.
            request_timeout: Seconds before each attempt of this call times out (default: the
                client's timeout; clipped to what the deadline leaves).
            max_retries: Retries of transient failures for this call (default: the client's).
            max_wait: Longest wait in seconds for a rate-limit slot before raising RateLimitError
                without sending (default: the client's max_wait; None there waits as long as the
                limits require).
            deadline: Seconds over the whole call: every attempt, retry and rate-limit wait and
                clock synchronisation; past it (or when a wait would pass it) the call raises
                DeadlineExceededError (default: the client's deadline).

        Returns:
            OpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: GET /v5/order/realtime 50/s (all categories), upgradable N
        (https://bybit-exchange.github.io/docs/v5/rate-limit); 600 requests within a 5-second window
        per IP (https://bybit-exchange.github.io/docs/v5/rate-limit). Enforced: 50 per 1000 ms per
        uid [bybit:uid:order.open_orders], 600 per 5000 ms per ip [bybit:ip:group-http-ip].

        Source: https://bybit-exchange.github.io/docs/v5/order/open-order
        """
        if not isinstance(category, str) or not category.isprintable() or not category:
            raise errors.ValidationError(
                argument="category",
                constraint="must be a non-empty str without control characters",
                value=category,
                wire_name="category",
            )
        if category not in ("linear", "inverse", "spot", "option"):
            raise errors.ValidationError(
                argument="category",
                constraint="must be one of 'linear', 'inverse', 'spot', 'option'",
                value=category,
                wire_name="category",
            )

        if symbol is not None and (
            not isinstance(symbol, str) or not symbol.isprintable() or not symbol
        ):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        if base_coin is not None and (
            not isinstance(base_coin, str) or not base_coin.isprintable() or not base_coin
        ):
            raise errors.ValidationError(
                argument="base_coin",
                constraint="must be a non-empty str without control characters",
                value=base_coin,
                wire_name="baseCoin",
            )

        if settle_coin is not None and (
            not isinstance(settle_coin, str) or not settle_coin.isprintable() or not settle_coin
        ):
            raise errors.ValidationError(
                argument="settle_coin",
                constraint="must be a non-empty str without control characters",
                value=settle_coin,
                wire_name="settleCoin",
            )

        if order_id is not None and (
            not isinstance(order_id, str) or not order_id.isprintable() or not order_id
        ):
            raise errors.ValidationError(
                argument="order_id",
                constraint="must be a non-empty str without control characters",
                value=order_id,
                wire_name="orderId",
            )

        if order_link_id is not None and (
            not isinstance(order_link_id, str)
            or not order_link_id.isprintable()
            or not order_link_id
        ):
            raise errors.ValidationError(
                argument="order_link_id",
                constraint="must be a non-empty str without control characters",
                value=order_link_id,
                wire_name="orderLinkId",
            )

        if open_only is not None and (
            not isinstance(open_only, int) or isinstance(open_only, bool)
        ):
            raise errors.ValidationError(
                argument="open_only",
                constraint="must be an int",
                value=open_only,
                wire_name="openOnly",
            )
        if open_only is not None and (open_only not in (0, 1)):
            raise errors.ValidationError(
                argument="open_only",
                constraint="must be one of 0, 1",
                value=open_only,
                wire_name="openOnly",
            )

        if order_filter is not None and (
            not isinstance(order_filter, str) or not order_filter.isprintable() or not order_filter
        ):
            raise errors.ValidationError(
                argument="order_filter",
                constraint="must be a non-empty str without control characters",
                value=order_filter,
                wire_name="orderFilter",
            )
        if order_filter is not None and (
            order_filter
            not in ("Order", "StopOrder", "tpslOrder", "OcoOrder", "BidirectionalTpslOrder")
        ):
            raise errors.ValidationError(
                argument="order_filter",
                constraint="must be one of 'Order', 'StopOrder', 'tpslOrder', 'OcoOrder', 'BidirectionalTpslOrder'",
                value=order_filter,
                wire_name="orderFilter",
            )

        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise errors.ValidationError(
                argument="limit", constraint="must be an int", value=limit, wire_name="limit"
            )
        if limit is not None and (limit < 1 or limit > 50):
            raise errors.ValidationError(
                argument="limit",
                constraint="must be 1 <= limit <= 50",
                value=limit,
                wire_name="limit",
            )

        if cursor is not None and (
            not isinstance(cursor, str) or not cursor.isprintable() or not cursor
        ):
            raise errors.ValidationError(
                argument="cursor",
                constraint="must be a non-empty str without control characters",
                value=cursor,
                wire_name="cursor",
            )

        query: dict[str, object] = {
            "category": category,
        }
        if symbol is not None:
            query["symbol"] = symbol
        if base_coin is not None:
            query["baseCoin"] = base_coin
        if settle_coin is not None:
            query["settleCoin"] = settle_coin
        if order_id is not None:
            query["orderId"] = order_id
        if order_link_id is not None:
            query["orderLinkId"] = order_link_id
        if open_only is not None:
            query["openOnly"] = open_only
        if order_filter is not None:
            query["orderFilter"] = order_filter
        if limit is not None:
            query["limit"] = limit
        if cursor is not None:
            query["cursor"] = cursor

        body: dict[str, object] = {}

        return cast(
            "OpenOrdersResponse",
            self._client._call(
                _spec.ORDER_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class Bybit(SyncClient):
    """Bybit sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BYBIT_API_KEY, BYBIT_API_SECRET.
    `base_url` overrides https://api.bybit.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("order",)

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = 10.0,
        max_retries: int = 2,
        max_wait: float | None = None,
        rate_limit: bool = True,
        transport: SyncTransport | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        super().__init__(
            _spec.EXCHANGE,
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            rate_limit=rate_limit,
            transport=transport,
            deadline=deadline,
        )
        self.order = BybitOrder(self)
        """order endpoints: `cancel_all`, `open_orders`."""


class AsyncBybitOrder:
    """The `order` endpoints of Bybit (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all(
        self,
        *,
        category: Literal["linear", "inverse", "spot", "option"],
        symbol: str | None = None,
        base_coin: str | None = None,
        settle_coin: str | None = None,
        order_filter: Literal[
            "Order", "tpslOrder", "StopOrder", "OcoOrder", "BidirectionalTpslOrder", "OpenOrder"
        ]
        | None = None,
        stop_order_type: Literal["Stop"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllResponse:
        """Cancel all open orders of one category (linear, inverse, spot, option), by symbol, base coin
        or settle coin.

        Cancel all open orders. Support cancel orders by symbol/baseCoin/settleCoin. If you pass
        multiple of these params, the system will process one of param, which priority is symbol >
        baseCoin > settleCoin.

        `POST /v5/order/cancel-all`.

        Note: NOTE: category=option, you can cancel all option open orders without passing any of
        those three params. However, for "linear" and "inverse", you must specify one of those three
        params.

        Note: NOTE: category=spot, you can cancel all spot open orders (normal order by default)
        without passing other params.

        Note: Spot: no limit. Futures: cancel up to 500 orders (System picks up 500 orders randomly
        to cancel when you have over 500 orders). Options: no limit.

        Note: The acknowledgement of create/amend/cancel order requests indicates that the request
        was sucessfully accepted. The request is asynchronous so please use the websocket to confirm
        the order status.

        Note: So the kill switch proves a cancel only by listing afterwards (order.open_orders), and
        repeats the call while the listing still finds orders: with more than 500 futures orders one
        call leaves the rest open.

        Note: An account-wide cancel: spot needs none of symbol, baseCoin and settleCoin; linear and
        inverse need one, and settleCoin is the widest (baseCoin cancels one base coin's orders).
        The kill switch sends category and settleCoin from the account configuration (one call per
        category and settle coin: linear USDT and USDC, inverse one per coin) and symbol only for
        configured markets. settleCoin is not supported for spot, so a spot account gives none.

        Note: The caller relies on result.list and each entry's orderId (the ids the exchange
        accepted to cancel), so the spec marks them required: a success envelope without them raises
        UnexpectedResponseError keeping the raw body. success is not required: UTA1.0 (inverse) does
        not return it.

        Note: Not sourced: the API key permission the endpoint requires (the page names none), and
        the answer when nothing is open (the simulator answers an empty list with success "1").

        Args:
            category: Product type. `linear`, `inverse`, `spot`, `option`. Allowed: one of linear
                (USDT perpetual, USDT Futures and USDC contract, including USDC perp, USDC futures
                (enum page)), inverse (Inverse contract, including Inverse perp, Inverse futures
                (enum page)), spot (spot), option (option). Wire name `category`, sent in the body.
            symbol: Symbol name, like `BTCUSDT`, uppercase only; `linear`&`inverse`: **Required** if
                not passing baseCoin or settleCoin. Wire name `symbol`, sent in the body.
            base_coin: Base coin, uppercase only. `linear` & `inverse`: If cancel all by baseCoin,
                it will cancel all of the corresponding category's orders. **Required** if not
                passing symbol or settleCoin. Wire name `baseCoin`, sent in the body.
            settle_coin: Settle coin, uppercase only <ul><li>`linear` & `inverse`: **Required** if
                not passing symbol or baseCoin</li><li>`option`: USDT or USDC</li><li>Not support
                `spot`</li></ul>. Wire name `settleCoin`, sent in the body.
            order_filter: <ul><li>category=`spot`, you can pass `Order`, `tpslOrder`, `StopOrder`,
                `OcoOrder`, `BidirectionalTpslOrder`; If not passed, `Order` by
                default</li><li>category=`linear` or `inverse`, you can pass `Order`,
                `StopOrder`,`OpenOrder`; If not passed, all kinds of orders will be cancelled, like
                active order, conditional order, TP/SL order and trailing stop
                order</li><li>category=`option`, you can pass `Order`,`StopOrder`; If not passed,
                all kinds of orders will be cancelled, like active order, conditional order, TP/SL
                order and trailing stop order</li></ul>. Allowed: one of Order (active order (spot
                default)), tpslOrder (spot TP/SL order (spot only)), StopOrder (conditional order),
                OcoOrder (spot OCO order (spot only)), BidirectionalTpslOrder (spot bidirectional
                TP/SL order (spot only)), OpenOrder (open orders (linear and inverse only; the page
                gives no further meaning)). Wire name `orderFilter`, sent in the body.
            stop_order_type: Stop order type `Stop` <ul><li>Only used for category=`linear` or
                `inverse` and orderFilter=`StopOrder`,you can cancel conditional orders except TP/SL
                order and Trailing stop orders with this param</li></ul>. Allowed: one of Stop (Only
                used for category=linear or inverse and orderFilter=StopOrder; cancels conditional
                orders except TP/SL order and Trailing stop orders). Wire name `stopOrderType`, sent
                in the body.
            request_timeout: Seconds before each attempt of this call times out (default: the
                client's timeout; clipped to what the deadline leaves).
            max_retries: Retries of transient failures for this call (default: the client's).
            max_wait: Longest wait in seconds for a rate-limit slot before raising RateLimitError
                without sending (default: the client's max_wait; None there waits as long as the
                limits require).
            deadline: Seconds over the whole call: every attempt, retry and rate-limit wait and
                clock synchronisation; past it (or when a wait would pass it) the call raises
                DeadlineExceededError (default: the client's deadline).

        Returns:
            CancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: POST /v5/order/cancel-all, UTA2.0 Pro: inverse/linear 10/s, option 1/s,
        spot 20/s, upgradable Y (https://bybit-exchange.github.io/docs/v5/rate-limit); POST
        /v5/order/cancel-all spot 20/s (https://bybit-exchange.github.io/docs/v5/rate-limit); POST
        /v5/order/cancel-all option 1/s (https://bybit-exchange.github.io/docs/v5/rate-limit); 600
        requests within a 5-second window per IP
        (https://bybit-exchange.github.io/docs/v5/rate-limit). Enforced: 10 per 1000 ms per uid
        [bybit:uid:order.cancel_all], 600 per 5000 ms per ip [bybit:ip:group-http-ip].

        Source: https://bybit-exchange.github.io/docs/v5/order/cancel-all
        """
        if not isinstance(category, str) or not category.isprintable() or not category:
            raise errors.ValidationError(
                argument="category",
                constraint="must be a non-empty str without control characters",
                value=category,
                wire_name="category",
            )
        if category not in ("linear", "inverse", "spot", "option"):
            raise errors.ValidationError(
                argument="category",
                constraint="must be one of 'linear', 'inverse', 'spot', 'option'",
                value=category,
                wire_name="category",
            )

        if symbol is not None and (
            not isinstance(symbol, str) or not symbol.isprintable() or not symbol
        ):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        if base_coin is not None and (
            not isinstance(base_coin, str) or not base_coin.isprintable() or not base_coin
        ):
            raise errors.ValidationError(
                argument="base_coin",
                constraint="must be a non-empty str without control characters",
                value=base_coin,
                wire_name="baseCoin",
            )

        if settle_coin is not None and (
            not isinstance(settle_coin, str) or not settle_coin.isprintable() or not settle_coin
        ):
            raise errors.ValidationError(
                argument="settle_coin",
                constraint="must be a non-empty str without control characters",
                value=settle_coin,
                wire_name="settleCoin",
            )

        if order_filter is not None and (
            not isinstance(order_filter, str) or not order_filter.isprintable() or not order_filter
        ):
            raise errors.ValidationError(
                argument="order_filter",
                constraint="must be a non-empty str without control characters",
                value=order_filter,
                wire_name="orderFilter",
            )
        if order_filter is not None and (
            order_filter
            not in (
                "Order",
                "tpslOrder",
                "StopOrder",
                "OcoOrder",
                "BidirectionalTpslOrder",
                "OpenOrder",
            )
        ):
            raise errors.ValidationError(
                argument="order_filter",
                constraint="must be one of 'Order', 'tpslOrder', 'StopOrder', 'OcoOrder', 'BidirectionalTpslOrder', 'OpenOrder'",
                value=order_filter,
                wire_name="orderFilter",
            )

        if stop_order_type is not None and (
            not isinstance(stop_order_type, str)
            or not stop_order_type.isprintable()
            or not stop_order_type
        ):
            raise errors.ValidationError(
                argument="stop_order_type",
                constraint="must be a non-empty str without control characters",
                value=stop_order_type,
                wire_name="stopOrderType",
            )
        if stop_order_type is not None and (stop_order_type not in ("Stop",)):
            raise errors.ValidationError(
                argument="stop_order_type",
                constraint="must be one of 'Stop'",
                value=stop_order_type,
                wire_name="stopOrderType",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "category": category,
        }
        if symbol is not None:
            body["symbol"] = symbol
        if base_coin is not None:
            body["baseCoin"] = base_coin
        if settle_coin is not None:
            body["settleCoin"] = settle_coin
        if order_filter is not None:
            body["orderFilter"] = order_filter
        if stop_order_type is not None:
            body["stopOrderType"] = stop_order_type

        return cast(
            "CancelAllResponse",
            await self._client._call(
                _spec.ORDER_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def open_orders(
        self,
        *,
        category: Literal["linear", "inverse", "spot", "option"],
        symbol: str | None = None,
        base_coin: str | None = None,
        settle_coin: str | None = None,
        order_id: str | None = None,
        order_link_id: str | None = None,
        open_only: Literal[0, 1] | None = None,
        order_filter: Literal[
            "Order", "StopOrder", "tpslOrder", "OcoOrder", "BidirectionalTpslOrder"
        ]
        | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrdersResponse:
        """List open (or the latest 500 closed) orders of one category in real time, cursor-paged.

        Primarily query unfilled or partially filled orders in real-time, but also supports querying
        recent 500 closed status (Cancelled, Filled) orders. The records are sorted by the
        createdTime from newest to oldest.

        `GET /v5/order/realtime`.

        Note: Please see the usage of request param openOnly. And to query older order records,
        please use the order history interface.

        Note: You can query filled, cancelled, and rejected orders to the most recent 500 orders for
        spot, linear, inverse and option categories

        Note: You can query by symbol, baseCoin, orderId and orderLinkId, and if you pass multiple
        params, the system will process them according to this priority: orderId > orderLinkId >
        symbol > baseCoin.

        Note: After a server release or restart, filled, cancelled, and rejected orders of Unified
        account should only be queried through order history.

        Note: During periods of extreme market volatility, this interface may experience increased
        latency or temporary delays in data delivery

        Note: Pagination: limit [1, 50] (default 20) and cursor = the previous page's
        nextPageCursor; the last page has an empty nextPageCursor (implied by the example, not
        stated). Spot needs no symbol or coin; linear needs symbol, baseCoin or settleCoin, so
        listing everything means one query per settle coin (the kill switch takes category and
        settleCoin from the account, as for order.cancel_all).

        Note: The kill switch relies on list, nextPageCursor (the next page; a listing that lost it
        could report flat with orders on later pages) and each order's orderId, symbol and
        orderStatus, so the spec marks them required: a success without them raises
        UnexpectedResponseError keeping the raw body.

        Note: Order ids are strings (UUIDs in this example, 19-digit numbers in cancel-all's
        example): never parse them as numbers. cumFeeDetail is a JSON object (fee per coin).

        Args:
            category: Product type `linear`, `inverse`, `spot`, `option`. Allowed: one of linear
                (USDT perpetual, USDT Futures and USDC contract, including USDC perp, USDC futures
                (enum page)), inverse (Inverse contract, including Inverse perp, Inverse futures
                (enum page)), spot (spot), option (option). Wire name `category`, sent in the query.
            symbol: Symbol name, like `BTCUSDT`, uppercase only. For **linear**, either `symbol`,
                `baseCoin`, `settleCoin` is **required**. Wire name `symbol`, sent in the query.
            base_coin: Base coin, uppercase only <ul><li>Supports `linear`, `inverse` &
                `option`</li><li>`option`: it returns all option open orders by default</li></ul>.
                Wire name `baseCoin`, sent in the query.
            settle_coin: Settle coin, uppercase only <ul><li><b>linear</b>: either `symbol`,
                `baseCoin` or `settleCoin` is **required**</li><li>`spot`: not
                supported</li><li>`option`: USDT or USDC</li></ul>. Wire name `settleCoin`, sent in
                the query.
            order_id: Order ID. Wire name `orderId`, sent in the query.
            order_link_id: User customised order ID. Wire name `orderLinkId`, sent in the query.
            open_only: <ul><li>`0`(default): query open status orders (e.g., New, PartiallyFilled)
                **only**</li><li>`1`: Query a maximum of recent 500 closed status records are kept
                under each account each category (e.g., Cancelled, Rejected, Filled orders).; <i>If
                the Bybit service is restarted due to an update, this part of the data will be
                cleared and accumulated again, but the order records will still be queried in order
                history</i></li><li>`openOnly` param will be ignored when query by _orderId_ or
                _orderLinkId_</li></ul>. Allowed: one of 0 (query open status orders (e.g., New,
                PartiallyFilled) only (default)), 1 (Query a maximum of recent 500 closed status
                records kept under each account each category (e.g., Cancelled, Rejected, Filled
                orders)). Wire name `openOnly`, sent in the query.
            order_filter: `Order`: active order, `StopOrder`: conditional order for Futures and
                Spot, `tpslOrder`: spot TP/SL order, `OcoOrder`: Spot oco order,
                `BidirectionalTpslOrder`: Spot bidirectional TPSL order<ul><li>all kinds of orders
                by default</li></ul>. Allowed: one of Order (active order), StopOrder (conditional
                order for Futures and Spot), tpslOrder (spot TP/SL order), OcoOrder (Spot oco
                order), BidirectionalTpslOrder (Spot bidirectional TPSL order). Wire name
                `orderFilter`, sent in the query.
            limit: Limit for data size per page. [`1`, `50`]. Default: `20`. Allowed: 1 <= limit <=
                50. Wire name `limit`, sent in the query.
            cursor: Cursor. Use the `nextPageCursor` token from the response to retrieve the next
                page of the result set. Wire name `cursor`, sent in the query.
            request_timeout: Seconds before each attempt of this call times out (default: the
                client's timeout; clipped to what the deadline leaves).
            max_retries: Retries of transient failures for this call (default: the client's).
            max_wait: Longest wait in seconds for a rate-limit slot before raising RateLimitError
                without sending (default: the client's max_wait; None there waits as long as the
                limits require).
            deadline: Seconds over the whole call: every attempt, retry and rate-limit wait and
                clock synchronisation; past it (or when a wait would pass it) the call raises
                DeadlineExceededError (default: the client's deadline).

        Returns:
            OpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: GET /v5/order/realtime 50/s (all categories), upgradable N
        (https://bybit-exchange.github.io/docs/v5/rate-limit); 600 requests within a 5-second window
        per IP (https://bybit-exchange.github.io/docs/v5/rate-limit). Enforced: 50 per 1000 ms per
        uid [bybit:uid:order.open_orders], 600 per 5000 ms per ip [bybit:ip:group-http-ip].

        Source: https://bybit-exchange.github.io/docs/v5/order/open-order
        """
        if not isinstance(category, str) or not category.isprintable() or not category:
            raise errors.ValidationError(
                argument="category",
                constraint="must be a non-empty str without control characters",
                value=category,
                wire_name="category",
            )
        if category not in ("linear", "inverse", "spot", "option"):
            raise errors.ValidationError(
                argument="category",
                constraint="must be one of 'linear', 'inverse', 'spot', 'option'",
                value=category,
                wire_name="category",
            )

        if symbol is not None and (
            not isinstance(symbol, str) or not symbol.isprintable() or not symbol
        ):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        if base_coin is not None and (
            not isinstance(base_coin, str) or not base_coin.isprintable() or not base_coin
        ):
            raise errors.ValidationError(
                argument="base_coin",
                constraint="must be a non-empty str without control characters",
                value=base_coin,
                wire_name="baseCoin",
            )

        if settle_coin is not None and (
            not isinstance(settle_coin, str) or not settle_coin.isprintable() or not settle_coin
        ):
            raise errors.ValidationError(
                argument="settle_coin",
                constraint="must be a non-empty str without control characters",
                value=settle_coin,
                wire_name="settleCoin",
            )

        if order_id is not None and (
            not isinstance(order_id, str) or not order_id.isprintable() or not order_id
        ):
            raise errors.ValidationError(
                argument="order_id",
                constraint="must be a non-empty str without control characters",
                value=order_id,
                wire_name="orderId",
            )

        if order_link_id is not None and (
            not isinstance(order_link_id, str)
            or not order_link_id.isprintable()
            or not order_link_id
        ):
            raise errors.ValidationError(
                argument="order_link_id",
                constraint="must be a non-empty str without control characters",
                value=order_link_id,
                wire_name="orderLinkId",
            )

        if open_only is not None and (
            not isinstance(open_only, int) or isinstance(open_only, bool)
        ):
            raise errors.ValidationError(
                argument="open_only",
                constraint="must be an int",
                value=open_only,
                wire_name="openOnly",
            )
        if open_only is not None and (open_only not in (0, 1)):
            raise errors.ValidationError(
                argument="open_only",
                constraint="must be one of 0, 1",
                value=open_only,
                wire_name="openOnly",
            )

        if order_filter is not None and (
            not isinstance(order_filter, str) or not order_filter.isprintable() or not order_filter
        ):
            raise errors.ValidationError(
                argument="order_filter",
                constraint="must be a non-empty str without control characters",
                value=order_filter,
                wire_name="orderFilter",
            )
        if order_filter is not None and (
            order_filter
            not in ("Order", "StopOrder", "tpslOrder", "OcoOrder", "BidirectionalTpslOrder")
        ):
            raise errors.ValidationError(
                argument="order_filter",
                constraint="must be one of 'Order', 'StopOrder', 'tpslOrder', 'OcoOrder', 'BidirectionalTpslOrder'",
                value=order_filter,
                wire_name="orderFilter",
            )

        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise errors.ValidationError(
                argument="limit", constraint="must be an int", value=limit, wire_name="limit"
            )
        if limit is not None and (limit < 1 or limit > 50):
            raise errors.ValidationError(
                argument="limit",
                constraint="must be 1 <= limit <= 50",
                value=limit,
                wire_name="limit",
            )

        if cursor is not None and (
            not isinstance(cursor, str) or not cursor.isprintable() or not cursor
        ):
            raise errors.ValidationError(
                argument="cursor",
                constraint="must be a non-empty str without control characters",
                value=cursor,
                wire_name="cursor",
            )

        query: dict[str, object] = {
            "category": category,
        }
        if symbol is not None:
            query["symbol"] = symbol
        if base_coin is not None:
            query["baseCoin"] = base_coin
        if settle_coin is not None:
            query["settleCoin"] = settle_coin
        if order_id is not None:
            query["orderId"] = order_id
        if order_link_id is not None:
            query["orderLinkId"] = order_link_id
        if open_only is not None:
            query["openOnly"] = open_only
        if order_filter is not None:
            query["orderFilter"] = order_filter
        if limit is not None:
            query["limit"] = limit
        if cursor is not None:
            query["cursor"] = cursor

        body: dict[str, object] = {}

        return cast(
            "OpenOrdersResponse",
            await self._client._call(
                _spec.ORDER_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncBybit(AsyncClient):
    """Bybit async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BYBIT_API_KEY, BYBIT_API_SECRET.
    `base_url` overrides https://api.bybit.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("order",)

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = 10.0,
        max_retries: int = 2,
        max_wait: float | None = None,
        rate_limit: bool = True,
        transport: AsyncTransport | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        super().__init__(
            _spec.EXCHANGE,
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            rate_limit=rate_limit,
            transport=transport,
            deadline=deadline,
        )
        self.order = AsyncBybitOrder(self)
        """order endpoints: `cancel_all`, `open_orders`."""
