# Generated from specs/bitget/ (sha256 7422fa9ecfee6f03a1418223f8d6f22e89255217ebc336ae0e1989ac942f349a). Do not edit: run make.
"""Bitget clients, sync and async: Bitget and AsyncBitget.

Generated from the specs in specs/bitget/; the shared machinery (signing, transport,
envelopes, errors) is in exchange_sdk._runtime.
"""

from __future__ import annotations

from re import fullmatch
from typing import TYPE_CHECKING, Literal, cast

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk._runtime.retry import DEFAULT_DEADLINE

from . import _spec

if TYPE_CHECKING:
    from exchange_sdk._runtime.transport import AsyncTransport, SyncTransport

    from .models import (
        BatchCancelPlanOrderResponse,
        CancelAllOrdersResponse,
        CancelSymbolOrderResponse,
        CurrentPlanOrderResponse,
        PendingOrdersResponse,
        UnfilledOrders,
    )

__all__ = [
    "AsyncBitget",
    "AsyncBitgetMix",
    "AsyncBitgetSpot",
    "AsyncBitgetSpotPlan",
    "Bitget",
    "BitgetMix",
    "BitgetSpot",
    "BitgetSpotPlan",
]


class BitgetMix:
    """The `mix` endpoints of Bitget."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all_orders(
        self,
        *,
        product_type: Literal[
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ],
        margin_coin: str | None = None,
        request_time: int | None = None,
        receive_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open futures orders of a product type, optionally of one margin coin.

        `POST /api/v2/mix/order/cancel-all-orders`.

        Note: The page's example request sends the headers Content-Type: application/json and
        locale:zh-CN; locale is optional (protocols:§3a) and the SDK sends none.

        Note: Partial failure is reported inside an HTTP 200 response with code "00000": orders that
        could not be cancelled are listed in failureList, so the caller must inspect it.

        Note: The page's example omits errorCode from failureList items, so it is optional.

        Note: The kill switch gives this endpoint no market: marginCoin narrows to a margin coin,
        not to a market (symbol), so an account's markets cannot be applied to it.

        Note: requestTime and receiveWindow are integers of milliseconds sent as JSON strings
        ("1659076670000").

        Args:
            product_type: Product type. Allowed: one of USDT-FUTURES (USDT professional futures),
                COIN-FUTURES (Mixed futures), USDC-FUTURES (USDC professional futures),
                SUSDT-FUTURES (USDT professional futures demo), SCOIN-FUTURES (Mixed futures demo),
                SUSDC-FUTURES (USDC professional futures demo). Wire name `productType`, sent in the
                body.
            margin_coin: Margin coin, must be capitalized. Allowed: matches [^a-z]+. Wire name
                `marginCoin`, sent in the body.
            request_time: Request Time Unix millisecond timestamp. Unit: ms. Allowed:
                -9223372036854775808 <= request_time <= 9223372036854775807. Wire name
                `requestTime`, sent in the body.
            receive_window: Valid window period Unix millisecond timestamp; must be less than 60 s
                (error 40079). Unit: ms. Allowed: -9223372036854775808 <= receive_window < 60000.
                Wire name `receiveWindow`, sent in the body.
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
            CancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 10 req/sec/UID (page); Overall limit: 6000 per IP per
        minute. (protocols:§3c). Enforced: 10 per 1000 ms per uid
        [bitget:uid:mix.cancel_all_orders], 6000 per 60000 ms per ip [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/contract/trade/Cancel-All-Orders
        """
        if not isinstance(product_type, str) or not product_type.isprintable() or not product_type:
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be a non-empty str without control characters",
                value=product_type,
                wire_name="productType",
            )
        if product_type not in (
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ):
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be one of 'USDT-FUTURES', 'COIN-FUTURES', 'USDC-FUTURES', 'SUSDT-FUTURES', 'SCOIN-FUTURES', 'SUSDC-FUTURES'",
                value=product_type,
                wire_name="productType",
            )

        if margin_coin is not None and (
            not isinstance(margin_coin, str) or not margin_coin.isprintable() or not margin_coin
        ):
            raise errors.ValidationError(
                argument="margin_coin",
                constraint="must be a non-empty str without control characters",
                value=margin_coin,
                wire_name="marginCoin",
            )
        if margin_coin is not None and (not fullmatch("[^a-z]+", margin_coin)):
            raise errors.ValidationError(
                argument="margin_coin",
                constraint="must match [^a-z]+",
                value=margin_coin,
                wire_name="marginCoin",
            )

        if request_time is not None and (
            not isinstance(request_time, int) or isinstance(request_time, bool)
        ):
            raise errors.ValidationError(
                argument="request_time",
                constraint="must be an int",
                value=request_time,
                wire_name="requestTime",
            )
        if request_time is not None and (
            request_time < -9223372036854775808 or request_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="request_time",
                constraint="must be -9223372036854775808 <= request_time <= 9223372036854775807",
                value=request_time,
                wire_name="requestTime",
            )

        if receive_window is not None and (
            not isinstance(receive_window, int) or isinstance(receive_window, bool)
        ):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be an int",
                value=receive_window,
                wire_name="receiveWindow",
            )
        if receive_window is not None and (
            receive_window < -9223372036854775808 or receive_window >= 60000
        ):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be -9223372036854775808 <= receive_window < 60000",
                value=receive_window,
                wire_name="receiveWindow",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "productType": product_type,
        }
        if margin_coin is not None:
            body["marginCoin"] = margin_coin
        if request_time is not None:
            body["requestTime"] = str(request_time)
        if receive_window is not None:
            body["receiveWindow"] = str(receive_window)

        return cast(
            "CancelAllOrdersResponse",
            self._client._call(
                _spec.MIX_CANCEL_ALL_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def pending_orders(
        self,
        *,
        product_type: Literal[
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ],
        symbol: str | None = None,
        order_id: str | None = None,
        client_oid: str | None = None,
        status: Literal["live", "partially_filled"] | None = None,
        id_less_than: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> PendingOrdersResponse:
        """List the pending (open) futures orders of a product type, page by page.

        To query all existing pending orders.

        `GET /api/v2/mix/order/orders-pending`.

        Note: The page's example request sends the header locale:zh-CN; the header is optional
        (protocols:§3a) and the SDK sends none.

        Note: limit, startTime and endTime are numbers (a count, milliseconds) that the page types
        as String: integers, sent as strings.

        Note: Pages: each answer's endId is the idLessThan of the next request (older orders); a
        page with fewer than limit orders is the last.

        Note: The page's example writes symbol and marginCoin in lower case (ethusdt, usdt).

        Args:
            product_type: Product type. Allowed: one of USDT-FUTURES (USDT-M Futures), COIN-FUTURES
                (Coin-M Futures), USDC-FUTURES (USDC-M Futures), SUSDT-FUTURES (USDT professional
                futures demo), SCOIN-FUTURES (Mixed futures demo), SUSDC-FUTURES (USDC professional
                futures demo). Wire name `productType`, sent in the query.
            symbol: Trading pair, e.g. ETHUSDT. Allowed: matches [A-Za-z0-9]+. Wire name `symbol`,
                sent in the query.
            order_id: Order ID; if both orderId and clientOid are entered, orderId prevails. Wire
                name `orderId`, sent in the query.
            client_oid: Customize order ID; if both orderId and clientOid are entered, orderId
                prevails. Wire name `clientOid`, sent in the query.
            status: Order status. If not specified, all ordered with a status of live: not filled
                yet, will be returned. Allowed: one of live (pending orders), partially_filled
                (Partially filled). Wire name `status`, sent in the query.
            id_less_than: Requests the content on the page before this ID (older data), the value
                input should be the endId of the corresponding interface. Wire name `idLessThan`,
                sent in the query.
            start_time: Start timestamp, Unix timestamp in milliseconds format, e.g. 1597026383085
                (The maximum time span supported is three months.). Unit: ms. Allowed:
                -9223372036854775808 <= start_time <= 9223372036854775807. Wire name `startTime`,
                sent in the query.
            end_time: End timestamp, Unix timestamp in milliseconds format, e.g. 1597026383085 (The
                maximum time span supported is three months.). Unit: ms. Allowed:
                -9223372036854775808 <= end_time <= 9223372036854775807. Wire name `endTime`, sent
                in the query.
            limit: Number of queries: Maximum: 100, default: 100. Allowed: 1 <= limit <= 100. Wire
                name `limit`, sent in the query.
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
            PendingOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 10 req/sec/UID (page); Overall limit: 6000 per IP per
        minute. (protocols:§3c). Enforced: 10 per 1000 ms per uid [bitget:uid:mix.pending_orders],
        6000 per 60000 ms per ip [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/contract/trade/Get-Orders-Pending
        """
        if not isinstance(product_type, str) or not product_type.isprintable() or not product_type:
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be a non-empty str without control characters",
                value=product_type,
                wire_name="productType",
            )
        if product_type not in (
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ):
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be one of 'USDT-FUTURES', 'COIN-FUTURES', 'USDC-FUTURES', 'SUSDT-FUTURES', 'SCOIN-FUTURES', 'SUSDC-FUTURES'",
                value=product_type,
                wire_name="productType",
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
        if symbol is not None and (not fullmatch("[A-Za-z0-9]+", symbol)):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Za-z0-9]+",
                value=symbol,
                wire_name="symbol",
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

        if client_oid is not None and (
            not isinstance(client_oid, str) or not client_oid.isprintable() or not client_oid
        ):
            raise errors.ValidationError(
                argument="client_oid",
                constraint="must be a non-empty str without control characters",
                value=client_oid,
                wire_name="clientOid",
            )

        if status is not None and (
            not isinstance(status, str) or not status.isprintable() or not status
        ):
            raise errors.ValidationError(
                argument="status",
                constraint="must be a non-empty str without control characters",
                value=status,
                wire_name="status",
            )
        if status is not None and (status not in ("live", "partially_filled")):
            raise errors.ValidationError(
                argument="status",
                constraint="must be one of 'live', 'partially_filled'",
                value=status,
                wire_name="status",
            )

        if id_less_than is not None and (
            not isinstance(id_less_than, str) or not id_less_than.isprintable() or not id_less_than
        ):
            raise errors.ValidationError(
                argument="id_less_than",
                constraint="must be a non-empty str without control characters",
                value=id_less_than,
                wire_name="idLessThan",
            )

        if start_time is not None and (
            not isinstance(start_time, int) or isinstance(start_time, bool)
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be an int",
                value=start_time,
                wire_name="startTime",
            )
        if start_time is not None and (
            start_time < -9223372036854775808 or start_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be -9223372036854775808 <= start_time <= 9223372036854775807",
                value=start_time,
                wire_name="startTime",
            )

        if end_time is not None and (not isinstance(end_time, int) or isinstance(end_time, bool)):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be an int",
                value=end_time,
                wire_name="endTime",
            )
        if end_time is not None and (
            end_time < -9223372036854775808 or end_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be -9223372036854775808 <= end_time <= 9223372036854775807",
                value=end_time,
                wire_name="endTime",
            )

        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise errors.ValidationError(
                argument="limit", constraint="must be an int", value=limit, wire_name="limit"
            )
        if limit is not None and (limit < 1 or limit > 100):
            raise errors.ValidationError(
                argument="limit",
                constraint="must be 1 <= limit <= 100",
                value=limit,
                wire_name="limit",
            )

        query: dict[str, object] = {
            "productType": product_type,
        }
        if symbol is not None:
            query["symbol"] = symbol
        if order_id is not None:
            query["orderId"] = order_id
        if client_oid is not None:
            query["clientOid"] = client_oid
        if status is not None:
            query["status"] = status
        if id_less_than is not None:
            query["idLessThan"] = id_less_than
        if start_time is not None:
            query["startTime"] = str(start_time)
        if end_time is not None:
            query["endTime"] = str(end_time)
        if limit is not None:
            query["limit"] = str(limit)

        body: dict[str, object] = {}

        return cast(
            "PendingOrdersResponse",
            self._client._call(
                _spec.MIX_PENDING_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class BitgetSpot:
    """The `spot` endpoints of Bitget."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_symbol_order(
        self,
        *,
        symbol: str,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelSymbolOrderResponse:
        """Cancel all open spot orders of one symbol (executed asynchronously).

        Cancel order by symbol

        `POST /api/v2/spot/trade/cancel-symbol-order`.

        Note: The symbol is mandatory and there is no account-wide spot cancel: cancelling
        everything means listing the unfilled orders first (GET /api/v2/spot/trade/unfilled-orders
        without symbol lists every symbol) and calling this once per symbol found.

        Note: The cancel is executed asynchronously and the answer only echoes the symbol: it names
        no cancelled order, so success is proven only by listing the unfilled orders again until
        none is left.

        Note: Symbols are letters and digits with no separator (BTCUSDT; the listing's example
        writes btcusdt): the pattern refuses another exchange's format (BTC-USDT, BTC_USDT) before
        anything is sent.

        Note: The page's example request sends the headers Content-Type: application/json and
        locale:en-US; locale is optional (protocols:§3a) and the SDK sends none.

        Note: The page was read through a third-party transcription (rosssaunders/coincise,
        docs/bitget/endpoints/private/post_api_v2_spot_trade_cancel_symbol_order.md at
        a00ae58b65f831bd2617d0bb8a4f84886c7281d1); the official agent_hub code confirms the path and
        the body {symbol} (its cancelAll of one symbol).

        Note: Spot plan (trigger) orders have their own cancel endpoints (cancel-plan-order,
        batch-cancel-plan-order); the page does not say whether this cancel removes them or spot
        TP/SL orders, so the kill switch covers normal spot orders only.

        Note: The page documents no error for a symbol without open orders; CCXT 4.5.90 reads only
        data.symbol from the answer (bitget.cancel_all_orders, spot branch).

        Args:
            symbol: Trading pair name, e.g. BTCUSDT. Allowed: matches [A-Za-z0-9]+. Wire name
                `symbol`, sent in the body.
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
            CancelSymbolOrderResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Frequency limit: 5 times/1s (UID) (page); Overall limit: 6000 per IP per
        minute. (protocols:§3c). Enforced: 5 per 1000 ms per uid
        [bitget:uid:spot.cancel_symbol_order], 6000 per 60000 ms per ip [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/spot/trade/Cancel-Symbol-Orders
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )
        if not fullmatch("[A-Za-z0-9]+", symbol):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Za-z0-9]+",
                value=symbol,
                wire_name="symbol",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "symbol": symbol,
        }

        return cast(
            "CancelSymbolOrderResponse",
            self._client._call(
                _spec.SPOT_CANCEL_SYMBOL_ORDER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def unfilled_orders(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        id_less_than: str | None = None,
        limit: int | None = None,
        order_id: str | None = None,
        tpsl_type: Literal["normal", "tpsl"] | None = None,
        request_time: int | None = None,
        receive_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> UnfilledOrders:
        """List the unfilled (open) spot orders, of every symbol or of one, page by page.

        Get Unfilled Orders

        `GET /api/v2/spot/trade/unfilled-orders`.

        Note: The page's example request sends the header locale:en-US; the header is optional
        (protocols:§3a) and the SDK sends none.

        Note: Pages: idLessThan = the orderId of the previous page's last (oldest) order, limit
        1..100 (default 100); a page with fewer than limit orders is the last. The page states no
        minimum for limit: 1 is the smallest count that lists anything.

        Note: tpslType defaults to normal: spot TP/SL orders are listed only with tpslType=tpsl, and
        the kill switch lists (and cancels) normal spot orders.

        Note: The published example keeps two inconsistencies: status "new" (not one of the
        documented live, partially_filled, filled, cancelled) and a 10-digit cTime (seconds) where
        the table says milliseconds; its symbol is lower case (btcusdt).

        Note: The page types every parameter as String; startTime, endTime, limit, requestTime and
        receiveWindow are numbers (milliseconds, a count), so integers sent as strings, as in the
        mix spec.

        Note: The page was read through a third-party transcription (rosssaunders/coincise,
        docs/bitget/endpoints/private/get_api_v2_spot_trade_unfilled_orders.md at
        a00ae58b65f831bd2617d0bb8a4f84886c7281d1); the path is confirmed by the official SDK
        (OrderApi.unfilledOrders) and the official agent_hub (open orders: symbol, startTime,
        endTime, limit, idLessThan).

        Args:
            symbol: Trading pair; omitted, the unfilled orders of every symbol are listed. Allowed:
                matches [A-Za-z0-9]+. Wire name `symbol`, sent in the query.
            start_time: The record start time for the query. Unix millisecond timestamp, e.g.
                1690196141868. Unit: ms. Allowed: -9223372036854775808 <= start_time <=
                9223372036854775807. Wire name `startTime`, sent in the query.
            end_time: The end time of the record for the query. Unix millisecond timestamp, e.g.
                1690196141868. Unit: ms. Allowed: -9223372036854775808 <= end_time <=
                9223372036854775807. Wire name `endTime`, sent in the query.
            id_less_than: Requests the content on the page before this ID (older data), the value
                input should be the orderId of the corresponding interface. Wire name `idLessThan`,
                sent in the query.
            limit: Limit number default 100 max 100. Allowed: 1 <= limit <= 100. Wire name `limit`,
                sent in the query.
            order_id: OrderId. Wire name `orderId`, sent in the query.
            tpsl_type: order type deafult `normal` (sic). Allowed: one of normal (spot order), tpsl
                (spot tpsl order). Wire name `tpslType`, sent in the query.
            request_time: request Time Unix millisecond timestamp. Unit: ms. Allowed:
                -9223372036854775808 <= request_time <= 9223372036854775807. Wire name
                `requestTime`, sent in the query.
            receive_window: valid window period Unix millisecond timestamp Unix millisecond
                timestamp (a window in milliseconds; must be less than 60 s: error 40079). Unit: ms.
                Allowed: -9223372036854775808 <= receive_window < 60000. Wire name `receiveWindow`,
                sent in the query.
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
            UnfilledOrders: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Frequency limit: 20 times/1s (UID) (page); Overall limit: 6000 per IP
        per minute. (protocols:§3c). Enforced: 20 per 1000 ms per uid
        [bitget:uid:spot.unfilled_orders], 6000 per 60000 ms per ip [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/spot/trade/Get-Unfilled-Orders
        """
        if symbol is not None and (
            not isinstance(symbol, str) or not symbol.isprintable() or not symbol
        ):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )
        if symbol is not None and (not fullmatch("[A-Za-z0-9]+", symbol)):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Za-z0-9]+",
                value=symbol,
                wire_name="symbol",
            )

        if start_time is not None and (
            not isinstance(start_time, int) or isinstance(start_time, bool)
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be an int",
                value=start_time,
                wire_name="startTime",
            )
        if start_time is not None and (
            start_time < -9223372036854775808 or start_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be -9223372036854775808 <= start_time <= 9223372036854775807",
                value=start_time,
                wire_name="startTime",
            )

        if end_time is not None and (not isinstance(end_time, int) or isinstance(end_time, bool)):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be an int",
                value=end_time,
                wire_name="endTime",
            )
        if end_time is not None and (
            end_time < -9223372036854775808 or end_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be -9223372036854775808 <= end_time <= 9223372036854775807",
                value=end_time,
                wire_name="endTime",
            )

        if id_less_than is not None and (
            not isinstance(id_less_than, str) or not id_less_than.isprintable() or not id_less_than
        ):
            raise errors.ValidationError(
                argument="id_less_than",
                constraint="must be a non-empty str without control characters",
                value=id_less_than,
                wire_name="idLessThan",
            )

        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise errors.ValidationError(
                argument="limit", constraint="must be an int", value=limit, wire_name="limit"
            )
        if limit is not None and (limit < 1 or limit > 100):
            raise errors.ValidationError(
                argument="limit",
                constraint="must be 1 <= limit <= 100",
                value=limit,
                wire_name="limit",
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

        if tpsl_type is not None and (
            not isinstance(tpsl_type, str) or not tpsl_type.isprintable() or not tpsl_type
        ):
            raise errors.ValidationError(
                argument="tpsl_type",
                constraint="must be a non-empty str without control characters",
                value=tpsl_type,
                wire_name="tpslType",
            )
        if tpsl_type is not None and (tpsl_type not in ("normal", "tpsl")):
            raise errors.ValidationError(
                argument="tpsl_type",
                constraint="must be one of 'normal', 'tpsl'",
                value=tpsl_type,
                wire_name="tpslType",
            )

        if request_time is not None and (
            not isinstance(request_time, int) or isinstance(request_time, bool)
        ):
            raise errors.ValidationError(
                argument="request_time",
                constraint="must be an int",
                value=request_time,
                wire_name="requestTime",
            )
        if request_time is not None and (
            request_time < -9223372036854775808 or request_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="request_time",
                constraint="must be -9223372036854775808 <= request_time <= 9223372036854775807",
                value=request_time,
                wire_name="requestTime",
            )

        if receive_window is not None and (
            not isinstance(receive_window, int) or isinstance(receive_window, bool)
        ):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be an int",
                value=receive_window,
                wire_name="receiveWindow",
            )
        if receive_window is not None and (
            receive_window < -9223372036854775808 or receive_window >= 60000
        ):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be -9223372036854775808 <= receive_window < 60000",
                value=receive_window,
                wire_name="receiveWindow",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if start_time is not None:
            query["startTime"] = str(start_time)
        if end_time is not None:
            query["endTime"] = str(end_time)
        if id_less_than is not None:
            query["idLessThan"] = id_less_than
        if limit is not None:
            query["limit"] = str(limit)
        if order_id is not None:
            query["orderId"] = order_id
        if tpsl_type is not None:
            query["tpslType"] = tpsl_type
        if request_time is not None:
            query["requestTime"] = str(request_time)
        if receive_window is not None:
            query["receiveWindow"] = str(receive_window)

        body: dict[str, object] = {}

        return cast(
            "UnfilledOrders",
            self._client._call(
                _spec.SPOT_UNFILLED_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class BitgetSpotPlan:
    """The `spot_plan` endpoints of Bitget."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def batch_cancel_plan_order(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> BatchCancelPlanOrderResponse:
        """Cancel every spot plan (trigger) order of the account.

        Cancel Plan Orders in Batch

        `POST /api/v2/spot/trade/batch-cancel-plan-order`.

        Note: If no value is set, all spot trigger orders will be cancelled.

        Note: The kill switch sends no symbolList: one account-wide call cancels every spot plan
        (trigger) order, and the plan-order listing (spot_plan.current_plan_order, listed_by) after
        it is the proof; an order it still shows keeps the panic from reporting flat. Evidence:
        data.successList and data.failureList (each failure with its errorMsg).

        Note: Partial failure is reported inside an HTTP 200 response with code "00000": orders that
        could not be cancelled are listed in failureList, as in the mix cancel-all.

        Note: The page's example request sends the headers Content-Type: application/json and
        locale:en-US; locale is optional (protocols:§3a) and the SDK sends none.

        Note: With no parameter to send, the request goes without a body (signed over an empty
        body), as Bitget's official SDK sends an empty parameter set ("treats a body of {} or None
        as an empty string"); the page's example always sends symbolList, and no source shows an
        answer to an empty body. Were it refused, the call would fail and the panic exit 1, not
        report flat.

        Note: The page was read through a third-party transcription (rosssaunders/coincise,
        docs/bitget/endpoints/private/post_api_v2_spot_trade_batch_cancel_plan_order.md at
        030c215a19a19a841c7d522a877d0495226249de) and compared with a stored copy of the official
        page; CCXT 4.5.90 sends the same path with {"symbolList": [id]} (cancelAllOrders, spot,
        trigger=True). The official Python SDK at 9d7fdff has the per-order cancel-plan-order only.

        Note: Whether the ordinary spot cancel (cancel-symbol-order) removes plan orders is not
        stated: the kill switch calls both, each proven by its own listing.

        Args:
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
            BatchCancelPlanOrderResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 5 req/sec/UID (page); Frequency limit:10 times/1s (UID)
        (https://www.bitget.com/api-doc/spot/plan/Batch-Cancel-Plan-Order); Overall limit: 6000 per
        IP per minute. (protocols:§3c). Enforced: 5 per 1000 ms per uid
        [bitget:uid:spot_plan.batch_cancel_plan_order], 6000 per 60000 ms per ip
        [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/spot/plan/Batch-Cancel-Plan-Order
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "BatchCancelPlanOrderResponse",
            self._client._call(
                _spec.SPOT_PLAN_BATCH_CANCEL_PLAN_ORDER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def current_plan_order(
        self,
        *,
        symbol: str | None = None,
        limit: int | None = None,
        id_less_than: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CurrentPlanOrderResponse:
        """List the current (untriggered) spot plan orders, of every symbol or of one, page by page.

        Get Current Plan Orders

        `GET /api/v2/spot/trade/current-plan-order`.

        Note: The page's example request sends the headers locale:en-US and Content-Type:
        application/json; locale is optional (protocols:§3a), and a GET carries no body to type, so
        the SDK sends neither.

        Note: Pages: idLessThan = the orderId of the previous page's last (oldest) plan order, limit
        at most 100 (default 20); a page with fewer than limit orders is the last. The answer also
        carries nextFlag and idLessThan (the published example; CCXT 4.5.90's example answer has
        idLessThan equal to the last order's orderId), which the kill switch does not rely on.

        Note: The page's table lists the fields of each plan order but not where they sit: the
        published example (and CCXT 4.5.90's example answer) puts them in data.orderList, beside
        nextFlag and idLessThan.

        Note: Plan orders are apart from ordinary spot orders: GET
        /api/v2/spot/trade/unfilled-orders (spot.unfilled_orders) has its own tpslType filter
        (normal, tpsl) and names no plan order; CCXT 4.5.90's fetchOpenOrders sends this endpoint
        only when asked for trigger orders. The kill switch lists both.

        Note: The page types limit, startTime and endTime as String; they are numbers (a count,
        milliseconds): integers sent as strings, as in the other Bitget specs. The page states no
        minimum for limit.

        Note: The page was read through a third-party transcription (rosssaunders/coincise,
        docs/bitget/endpoints/private/get_api_v2_spot_trade_current_plan_order.md at
        030c215a19a19a841c7d522a877d0495226249de) and compared with a stored copy of the official
        page; the path is confirmed by the official SDK (OrderApi.currentPlanOrder).

        Args:
            symbol: Trading pair, e.g. BTCUSDT (omitted: the plan orders of every symbol, as CCXT
                4.5.90 lists them). Allowed: matches [A-Za-z0-9]+. Wire name `symbol`, sent in the
                query.
            limit: Default is 20 Max is 100. Allowed: limit <= 100. Wire name `limit`, sent in the
                query.
            id_less_than: Requests the content on the page before this ID (older data), the value
                input should be the orderId of the corresponding interface. Wire name `idLessThan`,
                sent in the query.
            start_time: The start time of the record for the query. Unix millisecond timestamp, e.g.
                1690196141868 The `startTime` and `endTime` should be within 90 days. Unit: ms.
                Allowed: -9223372036854775808 <= start_time <= 9223372036854775807. Wire name
                `startTime`, sent in the query.
            end_time: The end time of the record for the query. Unix millisecond timestamp, e.g.
                1690196141868 The `startTime` and `endTime` should be within 90 days. Unit: ms.
                Allowed: -9223372036854775808 <= end_time <= 9223372036854775807. Wire name
                `endTime`, sent in the query.
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
            CurrentPlanOrderResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Frequency limit: 20 times/1s (UID) (page); Overall limit: 6000 per IP
        per minute. (protocols:§3c). Enforced: 20 per 1000 ms per uid
        [bitget:uid:spot_plan.current_plan_order], 6000 per 60000 ms per ip
        [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/spot/plan/Get-Current-Plan-Order
        """
        if symbol is not None and (
            not isinstance(symbol, str) or not symbol.isprintable() or not symbol
        ):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )
        if symbol is not None and (not fullmatch("[A-Za-z0-9]+", symbol)):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Za-z0-9]+",
                value=symbol,
                wire_name="symbol",
            )

        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise errors.ValidationError(
                argument="limit", constraint="must be an int", value=limit, wire_name="limit"
            )
        if limit is not None and (limit > 100):
            raise errors.ValidationError(
                argument="limit", constraint="must be limit <= 100", value=limit, wire_name="limit"
            )

        if id_less_than is not None and (
            not isinstance(id_less_than, str) or not id_less_than.isprintable() or not id_less_than
        ):
            raise errors.ValidationError(
                argument="id_less_than",
                constraint="must be a non-empty str without control characters",
                value=id_less_than,
                wire_name="idLessThan",
            )

        if start_time is not None and (
            not isinstance(start_time, int) or isinstance(start_time, bool)
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be an int",
                value=start_time,
                wire_name="startTime",
            )
        if start_time is not None and (
            start_time < -9223372036854775808 or start_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be -9223372036854775808 <= start_time <= 9223372036854775807",
                value=start_time,
                wire_name="startTime",
            )

        if end_time is not None and (not isinstance(end_time, int) or isinstance(end_time, bool)):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be an int",
                value=end_time,
                wire_name="endTime",
            )
        if end_time is not None and (
            end_time < -9223372036854775808 or end_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be -9223372036854775808 <= end_time <= 9223372036854775807",
                value=end_time,
                wire_name="endTime",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if limit is not None:
            query["limit"] = str(limit)
        if id_less_than is not None:
            query["idLessThan"] = id_less_than
        if start_time is not None:
            query["startTime"] = str(start_time)
        if end_time is not None:
            query["endTime"] = str(end_time)

        body: dict[str, object] = {}

        return cast(
            "CurrentPlanOrderResponse",
            self._client._call(
                _spec.SPOT_PLAN_CURRENT_PLAN_ORDER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class Bitget(SyncClient):
    """Bitget sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BITGET_API_KEY, BITGET_API_SECRET and BITGET_PASSPHRASE.
    `base_url` overrides https://api.bitget.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = (
        "mix",
        "spot",
        "spot_plan",
    )

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        passphrase: str | None = None,
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
            passphrase=passphrase,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            rate_limit=rate_limit,
            transport=transport,
            deadline=deadline,
        )
        self.mix = BitgetMix(self)
        """mix endpoints: `cancel_all_orders`, `pending_orders`."""
        self.spot = BitgetSpot(self)
        """spot endpoints: `cancel_symbol_order`, `unfilled_orders`."""
        self.spot_plan = BitgetSpotPlan(self)
        """spot_plan endpoints: `batch_cancel_plan_order`, `current_plan_order`."""


class AsyncBitgetMix:
    """The `mix` endpoints of Bitget (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all_orders(
        self,
        *,
        product_type: Literal[
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ],
        margin_coin: str | None = None,
        request_time: int | None = None,
        receive_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open futures orders of a product type, optionally of one margin coin.

        `POST /api/v2/mix/order/cancel-all-orders`.

        Note: The page's example request sends the headers Content-Type: application/json and
        locale:zh-CN; locale is optional (protocols:§3a) and the SDK sends none.

        Note: Partial failure is reported inside an HTTP 200 response with code "00000": orders that
        could not be cancelled are listed in failureList, so the caller must inspect it.

        Note: The page's example omits errorCode from failureList items, so it is optional.

        Note: The kill switch gives this endpoint no market: marginCoin narrows to a margin coin,
        not to a market (symbol), so an account's markets cannot be applied to it.

        Note: requestTime and receiveWindow are integers of milliseconds sent as JSON strings
        ("1659076670000").

        Args:
            product_type: Product type. Allowed: one of USDT-FUTURES (USDT professional futures),
                COIN-FUTURES (Mixed futures), USDC-FUTURES (USDC professional futures),
                SUSDT-FUTURES (USDT professional futures demo), SCOIN-FUTURES (Mixed futures demo),
                SUSDC-FUTURES (USDC professional futures demo). Wire name `productType`, sent in the
                body.
            margin_coin: Margin coin, must be capitalized. Allowed: matches [^a-z]+. Wire name
                `marginCoin`, sent in the body.
            request_time: Request Time Unix millisecond timestamp. Unit: ms. Allowed:
                -9223372036854775808 <= request_time <= 9223372036854775807. Wire name
                `requestTime`, sent in the body.
            receive_window: Valid window period Unix millisecond timestamp; must be less than 60 s
                (error 40079). Unit: ms. Allowed: -9223372036854775808 <= receive_window < 60000.
                Wire name `receiveWindow`, sent in the body.
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
            CancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 10 req/sec/UID (page); Overall limit: 6000 per IP per
        minute. (protocols:§3c). Enforced: 10 per 1000 ms per uid
        [bitget:uid:mix.cancel_all_orders], 6000 per 60000 ms per ip [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/contract/trade/Cancel-All-Orders
        """
        if not isinstance(product_type, str) or not product_type.isprintable() or not product_type:
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be a non-empty str without control characters",
                value=product_type,
                wire_name="productType",
            )
        if product_type not in (
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ):
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be one of 'USDT-FUTURES', 'COIN-FUTURES', 'USDC-FUTURES', 'SUSDT-FUTURES', 'SCOIN-FUTURES', 'SUSDC-FUTURES'",
                value=product_type,
                wire_name="productType",
            )

        if margin_coin is not None and (
            not isinstance(margin_coin, str) or not margin_coin.isprintable() or not margin_coin
        ):
            raise errors.ValidationError(
                argument="margin_coin",
                constraint="must be a non-empty str without control characters",
                value=margin_coin,
                wire_name="marginCoin",
            )
        if margin_coin is not None and (not fullmatch("[^a-z]+", margin_coin)):
            raise errors.ValidationError(
                argument="margin_coin",
                constraint="must match [^a-z]+",
                value=margin_coin,
                wire_name="marginCoin",
            )

        if request_time is not None and (
            not isinstance(request_time, int) or isinstance(request_time, bool)
        ):
            raise errors.ValidationError(
                argument="request_time",
                constraint="must be an int",
                value=request_time,
                wire_name="requestTime",
            )
        if request_time is not None and (
            request_time < -9223372036854775808 or request_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="request_time",
                constraint="must be -9223372036854775808 <= request_time <= 9223372036854775807",
                value=request_time,
                wire_name="requestTime",
            )

        if receive_window is not None and (
            not isinstance(receive_window, int) or isinstance(receive_window, bool)
        ):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be an int",
                value=receive_window,
                wire_name="receiveWindow",
            )
        if receive_window is not None and (
            receive_window < -9223372036854775808 or receive_window >= 60000
        ):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be -9223372036854775808 <= receive_window < 60000",
                value=receive_window,
                wire_name="receiveWindow",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "productType": product_type,
        }
        if margin_coin is not None:
            body["marginCoin"] = margin_coin
        if request_time is not None:
            body["requestTime"] = str(request_time)
        if receive_window is not None:
            body["receiveWindow"] = str(receive_window)

        return cast(
            "CancelAllOrdersResponse",
            await self._client._call(
                _spec.MIX_CANCEL_ALL_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def pending_orders(
        self,
        *,
        product_type: Literal[
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ],
        symbol: str | None = None,
        order_id: str | None = None,
        client_oid: str | None = None,
        status: Literal["live", "partially_filled"] | None = None,
        id_less_than: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> PendingOrdersResponse:
        """List the pending (open) futures orders of a product type, page by page.

        To query all existing pending orders.

        `GET /api/v2/mix/order/orders-pending`.

        Note: The page's example request sends the header locale:zh-CN; the header is optional
        (protocols:§3a) and the SDK sends none.

        Note: limit, startTime and endTime are numbers (a count, milliseconds) that the page types
        as String: integers, sent as strings.

        Note: Pages: each answer's endId is the idLessThan of the next request (older orders); a
        page with fewer than limit orders is the last.

        Note: The page's example writes symbol and marginCoin in lower case (ethusdt, usdt).

        Args:
            product_type: Product type. Allowed: one of USDT-FUTURES (USDT-M Futures), COIN-FUTURES
                (Coin-M Futures), USDC-FUTURES (USDC-M Futures), SUSDT-FUTURES (USDT professional
                futures demo), SCOIN-FUTURES (Mixed futures demo), SUSDC-FUTURES (USDC professional
                futures demo). Wire name `productType`, sent in the query.
            symbol: Trading pair, e.g. ETHUSDT. Allowed: matches [A-Za-z0-9]+. Wire name `symbol`,
                sent in the query.
            order_id: Order ID; if both orderId and clientOid are entered, orderId prevails. Wire
                name `orderId`, sent in the query.
            client_oid: Customize order ID; if both orderId and clientOid are entered, orderId
                prevails. Wire name `clientOid`, sent in the query.
            status: Order status. If not specified, all ordered with a status of live: not filled
                yet, will be returned. Allowed: one of live (pending orders), partially_filled
                (Partially filled). Wire name `status`, sent in the query.
            id_less_than: Requests the content on the page before this ID (older data), the value
                input should be the endId of the corresponding interface. Wire name `idLessThan`,
                sent in the query.
            start_time: Start timestamp, Unix timestamp in milliseconds format, e.g. 1597026383085
                (The maximum time span supported is three months.). Unit: ms. Allowed:
                -9223372036854775808 <= start_time <= 9223372036854775807. Wire name `startTime`,
                sent in the query.
            end_time: End timestamp, Unix timestamp in milliseconds format, e.g. 1597026383085 (The
                maximum time span supported is three months.). Unit: ms. Allowed:
                -9223372036854775808 <= end_time <= 9223372036854775807. Wire name `endTime`, sent
                in the query.
            limit: Number of queries: Maximum: 100, default: 100. Allowed: 1 <= limit <= 100. Wire
                name `limit`, sent in the query.
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
            PendingOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 10 req/sec/UID (page); Overall limit: 6000 per IP per
        minute. (protocols:§3c). Enforced: 10 per 1000 ms per uid [bitget:uid:mix.pending_orders],
        6000 per 60000 ms per ip [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/contract/trade/Get-Orders-Pending
        """
        if not isinstance(product_type, str) or not product_type.isprintable() or not product_type:
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be a non-empty str without control characters",
                value=product_type,
                wire_name="productType",
            )
        if product_type not in (
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ):
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be one of 'USDT-FUTURES', 'COIN-FUTURES', 'USDC-FUTURES', 'SUSDT-FUTURES', 'SCOIN-FUTURES', 'SUSDC-FUTURES'",
                value=product_type,
                wire_name="productType",
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
        if symbol is not None and (not fullmatch("[A-Za-z0-9]+", symbol)):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Za-z0-9]+",
                value=symbol,
                wire_name="symbol",
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

        if client_oid is not None and (
            not isinstance(client_oid, str) or not client_oid.isprintable() or not client_oid
        ):
            raise errors.ValidationError(
                argument="client_oid",
                constraint="must be a non-empty str without control characters",
                value=client_oid,
                wire_name="clientOid",
            )

        if status is not None and (
            not isinstance(status, str) or not status.isprintable() or not status
        ):
            raise errors.ValidationError(
                argument="status",
                constraint="must be a non-empty str without control characters",
                value=status,
                wire_name="status",
            )
        if status is not None and (status not in ("live", "partially_filled")):
            raise errors.ValidationError(
                argument="status",
                constraint="must be one of 'live', 'partially_filled'",
                value=status,
                wire_name="status",
            )

        if id_less_than is not None and (
            not isinstance(id_less_than, str) or not id_less_than.isprintable() or not id_less_than
        ):
            raise errors.ValidationError(
                argument="id_less_than",
                constraint="must be a non-empty str without control characters",
                value=id_less_than,
                wire_name="idLessThan",
            )

        if start_time is not None and (
            not isinstance(start_time, int) or isinstance(start_time, bool)
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be an int",
                value=start_time,
                wire_name="startTime",
            )
        if start_time is not None and (
            start_time < -9223372036854775808 or start_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be -9223372036854775808 <= start_time <= 9223372036854775807",
                value=start_time,
                wire_name="startTime",
            )

        if end_time is not None and (not isinstance(end_time, int) or isinstance(end_time, bool)):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be an int",
                value=end_time,
                wire_name="endTime",
            )
        if end_time is not None and (
            end_time < -9223372036854775808 or end_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be -9223372036854775808 <= end_time <= 9223372036854775807",
                value=end_time,
                wire_name="endTime",
            )

        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise errors.ValidationError(
                argument="limit", constraint="must be an int", value=limit, wire_name="limit"
            )
        if limit is not None and (limit < 1 or limit > 100):
            raise errors.ValidationError(
                argument="limit",
                constraint="must be 1 <= limit <= 100",
                value=limit,
                wire_name="limit",
            )

        query: dict[str, object] = {
            "productType": product_type,
        }
        if symbol is not None:
            query["symbol"] = symbol
        if order_id is not None:
            query["orderId"] = order_id
        if client_oid is not None:
            query["clientOid"] = client_oid
        if status is not None:
            query["status"] = status
        if id_less_than is not None:
            query["idLessThan"] = id_less_than
        if start_time is not None:
            query["startTime"] = str(start_time)
        if end_time is not None:
            query["endTime"] = str(end_time)
        if limit is not None:
            query["limit"] = str(limit)

        body: dict[str, object] = {}

        return cast(
            "PendingOrdersResponse",
            await self._client._call(
                _spec.MIX_PENDING_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncBitgetSpot:
    """The `spot` endpoints of Bitget (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_symbol_order(
        self,
        *,
        symbol: str,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelSymbolOrderResponse:
        """Cancel all open spot orders of one symbol (executed asynchronously).

        Cancel order by symbol

        `POST /api/v2/spot/trade/cancel-symbol-order`.

        Note: The symbol is mandatory and there is no account-wide spot cancel: cancelling
        everything means listing the unfilled orders first (GET /api/v2/spot/trade/unfilled-orders
        without symbol lists every symbol) and calling this once per symbol found.

        Note: The cancel is executed asynchronously and the answer only echoes the symbol: it names
        no cancelled order, so success is proven only by listing the unfilled orders again until
        none is left.

        Note: Symbols are letters and digits with no separator (BTCUSDT; the listing's example
        writes btcusdt): the pattern refuses another exchange's format (BTC-USDT, BTC_USDT) before
        anything is sent.

        Note: The page's example request sends the headers Content-Type: application/json and
        locale:en-US; locale is optional (protocols:§3a) and the SDK sends none.

        Note: The page was read through a third-party transcription (rosssaunders/coincise,
        docs/bitget/endpoints/private/post_api_v2_spot_trade_cancel_symbol_order.md at
        a00ae58b65f831bd2617d0bb8a4f84886c7281d1); the official agent_hub code confirms the path and
        the body {symbol} (its cancelAll of one symbol).

        Note: Spot plan (trigger) orders have their own cancel endpoints (cancel-plan-order,
        batch-cancel-plan-order); the page does not say whether this cancel removes them or spot
        TP/SL orders, so the kill switch covers normal spot orders only.

        Note: The page documents no error for a symbol without open orders; CCXT 4.5.90 reads only
        data.symbol from the answer (bitget.cancel_all_orders, spot branch).

        Args:
            symbol: Trading pair name, e.g. BTCUSDT. Allowed: matches [A-Za-z0-9]+. Wire name
                `symbol`, sent in the body.
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
            CancelSymbolOrderResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Frequency limit: 5 times/1s (UID) (page); Overall limit: 6000 per IP per
        minute. (protocols:§3c). Enforced: 5 per 1000 ms per uid
        [bitget:uid:spot.cancel_symbol_order], 6000 per 60000 ms per ip [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/spot/trade/Cancel-Symbol-Orders
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )
        if not fullmatch("[A-Za-z0-9]+", symbol):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Za-z0-9]+",
                value=symbol,
                wire_name="symbol",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "symbol": symbol,
        }

        return cast(
            "CancelSymbolOrderResponse",
            await self._client._call(
                _spec.SPOT_CANCEL_SYMBOL_ORDER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def unfilled_orders(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        id_less_than: str | None = None,
        limit: int | None = None,
        order_id: str | None = None,
        tpsl_type: Literal["normal", "tpsl"] | None = None,
        request_time: int | None = None,
        receive_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> UnfilledOrders:
        """List the unfilled (open) spot orders, of every symbol or of one, page by page.

        Get Unfilled Orders

        `GET /api/v2/spot/trade/unfilled-orders`.

        Note: The page's example request sends the header locale:en-US; the header is optional
        (protocols:§3a) and the SDK sends none.

        Note: Pages: idLessThan = the orderId of the previous page's last (oldest) order, limit
        1..100 (default 100); a page with fewer than limit orders is the last. The page states no
        minimum for limit: 1 is the smallest count that lists anything.

        Note: tpslType defaults to normal: spot TP/SL orders are listed only with tpslType=tpsl, and
        the kill switch lists (and cancels) normal spot orders.

        Note: The published example keeps two inconsistencies: status "new" (not one of the
        documented live, partially_filled, filled, cancelled) and a 10-digit cTime (seconds) where
        the table says milliseconds; its symbol is lower case (btcusdt).

        Note: The page types every parameter as String; startTime, endTime, limit, requestTime and
        receiveWindow are numbers (milliseconds, a count), so integers sent as strings, as in the
        mix spec.

        Note: The page was read through a third-party transcription (rosssaunders/coincise,
        docs/bitget/endpoints/private/get_api_v2_spot_trade_unfilled_orders.md at
        a00ae58b65f831bd2617d0bb8a4f84886c7281d1); the path is confirmed by the official SDK
        (OrderApi.unfilledOrders) and the official agent_hub (open orders: symbol, startTime,
        endTime, limit, idLessThan).

        Args:
            symbol: Trading pair; omitted, the unfilled orders of every symbol are listed. Allowed:
                matches [A-Za-z0-9]+. Wire name `symbol`, sent in the query.
            start_time: The record start time for the query. Unix millisecond timestamp, e.g.
                1690196141868. Unit: ms. Allowed: -9223372036854775808 <= start_time <=
                9223372036854775807. Wire name `startTime`, sent in the query.
            end_time: The end time of the record for the query. Unix millisecond timestamp, e.g.
                1690196141868. Unit: ms. Allowed: -9223372036854775808 <= end_time <=
                9223372036854775807. Wire name `endTime`, sent in the query.
            id_less_than: Requests the content on the page before this ID (older data), the value
                input should be the orderId of the corresponding interface. Wire name `idLessThan`,
                sent in the query.
            limit: Limit number default 100 max 100. Allowed: 1 <= limit <= 100. Wire name `limit`,
                sent in the query.
            order_id: OrderId. Wire name `orderId`, sent in the query.
            tpsl_type: order type deafult `normal` (sic). Allowed: one of normal (spot order), tpsl
                (spot tpsl order). Wire name `tpslType`, sent in the query.
            request_time: request Time Unix millisecond timestamp. Unit: ms. Allowed:
                -9223372036854775808 <= request_time <= 9223372036854775807. Wire name
                `requestTime`, sent in the query.
            receive_window: valid window period Unix millisecond timestamp Unix millisecond
                timestamp (a window in milliseconds; must be less than 60 s: error 40079). Unit: ms.
                Allowed: -9223372036854775808 <= receive_window < 60000. Wire name `receiveWindow`,
                sent in the query.
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
            UnfilledOrders: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Frequency limit: 20 times/1s (UID) (page); Overall limit: 6000 per IP
        per minute. (protocols:§3c). Enforced: 20 per 1000 ms per uid
        [bitget:uid:spot.unfilled_orders], 6000 per 60000 ms per ip [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/spot/trade/Get-Unfilled-Orders
        """
        if symbol is not None and (
            not isinstance(symbol, str) or not symbol.isprintable() or not symbol
        ):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )
        if symbol is not None and (not fullmatch("[A-Za-z0-9]+", symbol)):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Za-z0-9]+",
                value=symbol,
                wire_name="symbol",
            )

        if start_time is not None and (
            not isinstance(start_time, int) or isinstance(start_time, bool)
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be an int",
                value=start_time,
                wire_name="startTime",
            )
        if start_time is not None and (
            start_time < -9223372036854775808 or start_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be -9223372036854775808 <= start_time <= 9223372036854775807",
                value=start_time,
                wire_name="startTime",
            )

        if end_time is not None and (not isinstance(end_time, int) or isinstance(end_time, bool)):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be an int",
                value=end_time,
                wire_name="endTime",
            )
        if end_time is not None and (
            end_time < -9223372036854775808 or end_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be -9223372036854775808 <= end_time <= 9223372036854775807",
                value=end_time,
                wire_name="endTime",
            )

        if id_less_than is not None and (
            not isinstance(id_less_than, str) or not id_less_than.isprintable() or not id_less_than
        ):
            raise errors.ValidationError(
                argument="id_less_than",
                constraint="must be a non-empty str without control characters",
                value=id_less_than,
                wire_name="idLessThan",
            )

        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise errors.ValidationError(
                argument="limit", constraint="must be an int", value=limit, wire_name="limit"
            )
        if limit is not None and (limit < 1 or limit > 100):
            raise errors.ValidationError(
                argument="limit",
                constraint="must be 1 <= limit <= 100",
                value=limit,
                wire_name="limit",
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

        if tpsl_type is not None and (
            not isinstance(tpsl_type, str) or not tpsl_type.isprintable() or not tpsl_type
        ):
            raise errors.ValidationError(
                argument="tpsl_type",
                constraint="must be a non-empty str without control characters",
                value=tpsl_type,
                wire_name="tpslType",
            )
        if tpsl_type is not None and (tpsl_type not in ("normal", "tpsl")):
            raise errors.ValidationError(
                argument="tpsl_type",
                constraint="must be one of 'normal', 'tpsl'",
                value=tpsl_type,
                wire_name="tpslType",
            )

        if request_time is not None and (
            not isinstance(request_time, int) or isinstance(request_time, bool)
        ):
            raise errors.ValidationError(
                argument="request_time",
                constraint="must be an int",
                value=request_time,
                wire_name="requestTime",
            )
        if request_time is not None and (
            request_time < -9223372036854775808 or request_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="request_time",
                constraint="must be -9223372036854775808 <= request_time <= 9223372036854775807",
                value=request_time,
                wire_name="requestTime",
            )

        if receive_window is not None and (
            not isinstance(receive_window, int) or isinstance(receive_window, bool)
        ):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be an int",
                value=receive_window,
                wire_name="receiveWindow",
            )
        if receive_window is not None and (
            receive_window < -9223372036854775808 or receive_window >= 60000
        ):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be -9223372036854775808 <= receive_window < 60000",
                value=receive_window,
                wire_name="receiveWindow",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if start_time is not None:
            query["startTime"] = str(start_time)
        if end_time is not None:
            query["endTime"] = str(end_time)
        if id_less_than is not None:
            query["idLessThan"] = id_less_than
        if limit is not None:
            query["limit"] = str(limit)
        if order_id is not None:
            query["orderId"] = order_id
        if tpsl_type is not None:
            query["tpslType"] = tpsl_type
        if request_time is not None:
            query["requestTime"] = str(request_time)
        if receive_window is not None:
            query["receiveWindow"] = str(receive_window)

        body: dict[str, object] = {}

        return cast(
            "UnfilledOrders",
            await self._client._call(
                _spec.SPOT_UNFILLED_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncBitgetSpotPlan:
    """The `spot_plan` endpoints of Bitget (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def batch_cancel_plan_order(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> BatchCancelPlanOrderResponse:
        """Cancel every spot plan (trigger) order of the account.

        Cancel Plan Orders in Batch

        `POST /api/v2/spot/trade/batch-cancel-plan-order`.

        Note: If no value is set, all spot trigger orders will be cancelled.

        Note: The kill switch sends no symbolList: one account-wide call cancels every spot plan
        (trigger) order, and the plan-order listing (spot_plan.current_plan_order, listed_by) after
        it is the proof; an order it still shows keeps the panic from reporting flat. Evidence:
        data.successList and data.failureList (each failure with its errorMsg).

        Note: Partial failure is reported inside an HTTP 200 response with code "00000": orders that
        could not be cancelled are listed in failureList, as in the mix cancel-all.

        Note: The page's example request sends the headers Content-Type: application/json and
        locale:en-US; locale is optional (protocols:§3a) and the SDK sends none.

        Note: With no parameter to send, the request goes without a body (signed over an empty
        body), as Bitget's official SDK sends an empty parameter set ("treats a body of {} or None
        as an empty string"); the page's example always sends symbolList, and no source shows an
        answer to an empty body. Were it refused, the call would fail and the panic exit 1, not
        report flat.

        Note: The page was read through a third-party transcription (rosssaunders/coincise,
        docs/bitget/endpoints/private/post_api_v2_spot_trade_batch_cancel_plan_order.md at
        030c215a19a19a841c7d522a877d0495226249de) and compared with a stored copy of the official
        page; CCXT 4.5.90 sends the same path with {"symbolList": [id]} (cancelAllOrders, spot,
        trigger=True). The official Python SDK at 9d7fdff has the per-order cancel-plan-order only.

        Note: Whether the ordinary spot cancel (cancel-symbol-order) removes plan orders is not
        stated: the kill switch calls both, each proven by its own listing.

        Args:
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
            BatchCancelPlanOrderResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 5 req/sec/UID (page); Frequency limit:10 times/1s (UID)
        (https://www.bitget.com/api-doc/spot/plan/Batch-Cancel-Plan-Order); Overall limit: 6000 per
        IP per minute. (protocols:§3c). Enforced: 5 per 1000 ms per uid
        [bitget:uid:spot_plan.batch_cancel_plan_order], 6000 per 60000 ms per ip
        [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/spot/plan/Batch-Cancel-Plan-Order
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "BatchCancelPlanOrderResponse",
            await self._client._call(
                _spec.SPOT_PLAN_BATCH_CANCEL_PLAN_ORDER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def current_plan_order(
        self,
        *,
        symbol: str | None = None,
        limit: int | None = None,
        id_less_than: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CurrentPlanOrderResponse:
        """List the current (untriggered) spot plan orders, of every symbol or of one, page by page.

        Get Current Plan Orders

        `GET /api/v2/spot/trade/current-plan-order`.

        Note: The page's example request sends the headers locale:en-US and Content-Type:
        application/json; locale is optional (protocols:§3a), and a GET carries no body to type, so
        the SDK sends neither.

        Note: Pages: idLessThan = the orderId of the previous page's last (oldest) plan order, limit
        at most 100 (default 20); a page with fewer than limit orders is the last. The answer also
        carries nextFlag and idLessThan (the published example; CCXT 4.5.90's example answer has
        idLessThan equal to the last order's orderId), which the kill switch does not rely on.

        Note: The page's table lists the fields of each plan order but not where they sit: the
        published example (and CCXT 4.5.90's example answer) puts them in data.orderList, beside
        nextFlag and idLessThan.

        Note: Plan orders are apart from ordinary spot orders: GET
        /api/v2/spot/trade/unfilled-orders (spot.unfilled_orders) has its own tpslType filter
        (normal, tpsl) and names no plan order; CCXT 4.5.90's fetchOpenOrders sends this endpoint
        only when asked for trigger orders. The kill switch lists both.

        Note: The page types limit, startTime and endTime as String; they are numbers (a count,
        milliseconds): integers sent as strings, as in the other Bitget specs. The page states no
        minimum for limit.

        Note: The page was read through a third-party transcription (rosssaunders/coincise,
        docs/bitget/endpoints/private/get_api_v2_spot_trade_current_plan_order.md at
        030c215a19a19a841c7d522a877d0495226249de) and compared with a stored copy of the official
        page; the path is confirmed by the official SDK (OrderApi.currentPlanOrder).

        Args:
            symbol: Trading pair, e.g. BTCUSDT (omitted: the plan orders of every symbol, as CCXT
                4.5.90 lists them). Allowed: matches [A-Za-z0-9]+. Wire name `symbol`, sent in the
                query.
            limit: Default is 20 Max is 100. Allowed: limit <= 100. Wire name `limit`, sent in the
                query.
            id_less_than: Requests the content on the page before this ID (older data), the value
                input should be the orderId of the corresponding interface. Wire name `idLessThan`,
                sent in the query.
            start_time: The start time of the record for the query. Unix millisecond timestamp, e.g.
                1690196141868 The `startTime` and `endTime` should be within 90 days. Unit: ms.
                Allowed: -9223372036854775808 <= start_time <= 9223372036854775807. Wire name
                `startTime`, sent in the query.
            end_time: The end time of the record for the query. Unix millisecond timestamp, e.g.
                1690196141868 The `startTime` and `endTime` should be within 90 days. Unit: ms.
                Allowed: -9223372036854775808 <= end_time <= 9223372036854775807. Wire name
                `endTime`, sent in the query.
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
            CurrentPlanOrderResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Frequency limit: 20 times/1s (UID) (page); Overall limit: 6000 per IP
        per minute. (protocols:§3c). Enforced: 20 per 1000 ms per uid
        [bitget:uid:spot_plan.current_plan_order], 6000 per 60000 ms per ip
        [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/spot/plan/Get-Current-Plan-Order
        """
        if symbol is not None and (
            not isinstance(symbol, str) or not symbol.isprintable() or not symbol
        ):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )
        if symbol is not None and (not fullmatch("[A-Za-z0-9]+", symbol)):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Za-z0-9]+",
                value=symbol,
                wire_name="symbol",
            )

        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise errors.ValidationError(
                argument="limit", constraint="must be an int", value=limit, wire_name="limit"
            )
        if limit is not None and (limit > 100):
            raise errors.ValidationError(
                argument="limit", constraint="must be limit <= 100", value=limit, wire_name="limit"
            )

        if id_less_than is not None and (
            not isinstance(id_less_than, str) or not id_less_than.isprintable() or not id_less_than
        ):
            raise errors.ValidationError(
                argument="id_less_than",
                constraint="must be a non-empty str without control characters",
                value=id_less_than,
                wire_name="idLessThan",
            )

        if start_time is not None and (
            not isinstance(start_time, int) or isinstance(start_time, bool)
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be an int",
                value=start_time,
                wire_name="startTime",
            )
        if start_time is not None and (
            start_time < -9223372036854775808 or start_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be -9223372036854775808 <= start_time <= 9223372036854775807",
                value=start_time,
                wire_name="startTime",
            )

        if end_time is not None and (not isinstance(end_time, int) or isinstance(end_time, bool)):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be an int",
                value=end_time,
                wire_name="endTime",
            )
        if end_time is not None and (
            end_time < -9223372036854775808 or end_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be -9223372036854775808 <= end_time <= 9223372036854775807",
                value=end_time,
                wire_name="endTime",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if limit is not None:
            query["limit"] = str(limit)
        if id_less_than is not None:
            query["idLessThan"] = id_less_than
        if start_time is not None:
            query["startTime"] = str(start_time)
        if end_time is not None:
            query["endTime"] = str(end_time)

        body: dict[str, object] = {}

        return cast(
            "CurrentPlanOrderResponse",
            await self._client._call(
                _spec.SPOT_PLAN_CURRENT_PLAN_ORDER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncBitget(AsyncClient):
    """Bitget async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BITGET_API_KEY, BITGET_API_SECRET and BITGET_PASSPHRASE.
    `base_url` overrides https://api.bitget.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = (
        "mix",
        "spot",
        "spot_plan",
    )

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        passphrase: str | None = None,
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
            passphrase=passphrase,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            rate_limit=rate_limit,
            transport=transport,
            deadline=deadline,
        )
        self.mix = AsyncBitgetMix(self)
        """mix endpoints: `cancel_all_orders`, `pending_orders`."""
        self.spot = AsyncBitgetSpot(self)
        """spot endpoints: `cancel_symbol_order`, `unfilled_orders`."""
        self.spot_plan = AsyncBitgetSpotPlan(self)
        """spot_plan endpoints: `batch_cancel_plan_order`, `current_plan_order`."""
