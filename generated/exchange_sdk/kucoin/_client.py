# Generated from specs/kucoin/ (sha256 a82511590d36177a8f1cc93dd20798edd67c6d8c81022f7f3ab961ceefcd050d). Do not edit: run make.
"""KuCoin clients, sync and async: KuCoin and AsyncKuCoin.

Generated from the specs in specs/kucoin/; the shared machinery (signing, transport,
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
        BatchCancelStopOrdersResponse,
        CancelAllOrdersResponse,
        FuturesCancelAllOrdersResponse,
        FuturesCancelAllOrdersV1Response,
        FuturesCancelAllStopOrdersResponse,
        FuturesOrderList,
        FuturesStopOrderList,
        GetDcpResponse,
        SetDcpResponse,
        SpotOpenOrder,
        SpotOpenOrdersPage,
        SpotStopOrdersList,
        SymbolsWithOpenOrder,
    )

__all__ = [
    "AsyncKuCoin",
    "AsyncKuCoinFutures",
    "AsyncKuCoinSpot",
    "KuCoin",
    "KuCoinFutures",
    "KuCoinSpot",
]


class KuCoinFutures:
    """The `futures` endpoints of KuCoin."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all_orders(
        self,
        *,
        symbol: str,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> FuturesCancelAllOrdersResponse:
        """Cancel all open futures limit orders of one contract (stop orders excluded).

        Cancel all open orders (excluding stop orders). The response is a list of orderIDs of the
        canceled orders.

        `DELETE /api/v3/orders`. API key permission: Futures.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470242 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v3/orders.delete); x-api-channel Private, x-api-permission Futures, deprecated
        False (normal).

        Note: Served by https://api-futures.kucoin.com (GLOBAL_FUTURES_API_ENDPOINT), not the
        exchange's default host (PROPOSED: per-group host).

        Note: `symbol` is required: the kill switch lists the account's open futures orders
        (futures.get_order_list, status=active) and cancels each contract found, then lists again
        (killswitch market_required, listed_by). Untriggered stop orders are not cancelled here and
        the active-order listing does not show them: the kill switch cancels them with
        futures.cancel_all_stop_orders (DELETE /api/v1/stopOrders) and proves it with
        futures.get_stop_order_list. Evidence: data.cancelledOrderIds.

        Args:
            symbol: Cancel all limit orders for a specific symbol only, Please refer to [Get Symbol
                endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220). Wire name `symbol`,
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
            FuturesCancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Futures 2000/30s ... When a user requests
        any API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Futures;
        API-Rate-Limit-Weight: 10
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json).
        Enforced: 2000 per 30000 ms per uid [kucoin:uid:futures-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        query: dict[str, object] = {
            "symbol": symbol,
        }

        body: dict[str, object] = {}

        return cast(
            "FuturesCancelAllOrdersResponse",
            self._client._call(
                _spec.FUTURES_CANCEL_ALL_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cancel_all_orders_v1(
        self,
        *,
        symbol: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> FuturesCancelAllOrdersV1Response:
        """Deprecated: cancel all open futures limit orders, optionally of one contract (weight 800).

        Cancel all open orders (excluding stop orders). The response is a list of orderIDs of the
        canceled orders.

        `DELETE /api/v1/orders`. API key permission: Futures.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470362 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/orders.delete); x-api-channel Private, x-api-permission Futures, deprecated
        True (abandon).

        Note: Served by https://api-futures.kucoin.com (GLOBAL_FUTURES_API_ENDPOINT), not the
        exchange's default host (PROPOSED: per-group host).

        Note: Marked deprecated (x-abandon: abandon) in the official spec; account-wide when symbol
        is omitted but weight 800 against the Futures pool (2000/30s at VIP0). Not recommended as
        the kill switch's primary path.

        Args:
            symbol: To cancel all limit orders for a specific contract only, unless otherwise
                specified, all limit orders will be deleted. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220). Wire name `symbol`, sent in
                the query.
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
            FuturesCancelAllOrdersV1Response: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Futures 2000/30s ... When a user requests
        any API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Futures;
        API-Rate-Limit-Weight: 800
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json).
        Enforced: 2000 per 30000 ms per uid [kucoin:uid:futures-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json
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

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol

        body: dict[str, object] = {}

        return cast(
            "FuturesCancelAllOrdersV1Response",
            self._client._call(
                _spec.FUTURES_CANCEL_ALL_ORDERS_V1,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cancel_all_stop_orders(
        self,
        *,
        symbol: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> FuturesCancelAllStopOrdersResponse:
        """Cancel all untriggered futures stop orders, optionally of one contract.

        Cancel all untriggered stop orders. The response is a list of orderIDs of the canceled stop
        orders. To cancel triggered stop orders, please use 'Cancel Multiple Futures Limit orders'.

        `DELETE /api/v1/stopOrders`. API key permission: Futures.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470243 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/stopOrders.delete); x-api-channel Private, x-api-permission Futures,
        deprecated False (normal).

        Note: Served by https://api-futures.kucoin.com (GLOBAL_FUTURES_API_ENDPOINT), not the
        exchange's default host (PROPOSED: per-group host).

        Note: Needed in addition to DELETE /api/v3/orders, which excludes stop orders. symbol is
        optional ("If not specified, all the limit orders will be deleted"): the kill switch sends
        one account-wide call, or one per configured market, and proves it with the untriggered
        stop-order listing (futures.get_stop_order_list, listed_by). Evidence:
        data.cancelledOrderIds.

        Args:
            symbol: Cancel all limit orders for a specific contract only, If not specified, all the
                limit orders will be deleted, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220). Wire name `symbol`, sent in
                the query.
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
            FuturesCancelAllStopOrdersResponse: the payload; `.raw_response` keeps status, headers
                and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Futures 2000/30s ... When a user requests
        any API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Futures;
        API-Rate-Limit-Weight: 15
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json).
        Enforced: 2000 per 30000 ms per uid [kucoin:uid:futures-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json
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

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol

        body: dict[str, object] = {}

        return cast(
            "FuturesCancelAllStopOrdersResponse",
            self._client._call(
                _spec.FUTURES_CANCEL_ALL_STOP_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def get_order_list(
        self,
        *,
        status: Literal["active", "done"] | None = None,
        symbol: str | None = None,
        side: Literal["buy", "sell"] | None = None,
        type: Literal["limit", "market", "limit_stop", "market_stop", "oco_limit", "oco_stop"]
        | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> FuturesOrderList:
        """List futures orders; status=active gives the open orders of every contract, paged.

        List your current orders.

        `GET /api/v1/orders`. API key permission: General.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470244 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file (paths./api/v1/orders.get);
        x-api-channel Private, x-api-permission General, deprecated False (normal).

        Note: Served by https://api-futures.kucoin.com (GLOBAL_FUTURES_API_ENDPOINT), not the
        exchange's default host (PROPOSED: per-group host).

        Note: The kill switch lists with status=active (the default is done), every page of pageSize
        1000 (the documented maximum) by currentPage from 1 up to totalPage; symbol narrows it to
        one contract (absent: every contract).

        Args:
            status: active or done, done as default. Only list orders for a specific status.
                Allowed: one of active (active), done (done). Wire name `status`, sent in the query.
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220). Wire name `symbol`, sent in
                the query.
            side: buy or sell. Allowed: one of buy (buy), sell (sell). Wire name `side`, sent in the
                query.
            type: Order Type. Allowed: one of limit (Limit order), market (Market order), limit_stop
                (Stop limit order), market_stop (Stop market order), oco_limit (Oco limit order),
                oco_stop (Oco stop order). Wire name `type`, sent in the query.
            start_at: Start time (milisecond). Allowed: -9223372036854775808 <= start_at <=
                9223372036854775807. Wire name `startAt`, sent in the query.
            end_at: End time (milisecond). Allowed: -9223372036854775808 <= end_at <=
                9223372036854775807. Wire name `endAt`, sent in the query.
            current_page: Current request page, The default currentPage is 1. Wire name
                `currentPage`, sent in the query.
            page_size: pageSize, The default pageSize is 50, The maximum cannot exceed 1000.
                Allowed: page_size <= 1000. Wire name `pageSize`, sent in the query.
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
            FuturesOrderList: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Futures 2000/30s ... When a user requests
        any API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Futures;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json).
        Enforced: 2000 per 30000 ms per uid [kucoin:uid:futures-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json
        """
        if status is not None and (
            not isinstance(status, str) or not status.isprintable() or not status
        ):
            raise errors.ValidationError(
                argument="status",
                constraint="must be a non-empty str without control characters",
                value=status,
                wire_name="status",
            )
        if status is not None and (status not in ("active", "done")):
            raise errors.ValidationError(
                argument="status",
                constraint="must be one of 'active', 'done'",
                value=status,
                wire_name="status",
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

        if side is not None and (not isinstance(side, str) or not side.isprintable() or not side):
            raise errors.ValidationError(
                argument="side",
                constraint="must be a non-empty str without control characters",
                value=side,
                wire_name="side",
            )
        if side is not None and (side not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="side",
                constraint="must be one of 'buy', 'sell'",
                value=side,
                wire_name="side",
            )

        if type is not None and (not isinstance(type, str) or not type.isprintable() or not type):
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type is not None and (
            type not in ("limit", "market", "limit_stop", "market_stop", "oco_limit", "oco_stop")
        ):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'limit', 'market', 'limit_stop', 'market_stop', 'oco_limit', 'oco_stop'",
                value=type,
                wire_name="type",
            )

        if start_at is not None and (not isinstance(start_at, int) or isinstance(start_at, bool)):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be an int",
                value=start_at,
                wire_name="startAt",
            )
        if start_at is not None and (
            start_at < -9223372036854775808 or start_at > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be -9223372036854775808 <= start_at <= 9223372036854775807",
                value=start_at,
                wire_name="startAt",
            )

        if end_at is not None and (not isinstance(end_at, int) or isinstance(end_at, bool)):
            raise errors.ValidationError(
                argument="end_at", constraint="must be an int", value=end_at, wire_name="endAt"
            )
        if end_at is not None and (end_at < -9223372036854775808 or end_at > 9223372036854775807):
            raise errors.ValidationError(
                argument="end_at",
                constraint="must be -9223372036854775808 <= end_at <= 9223372036854775807",
                value=end_at,
                wire_name="endAt",
            )

        if current_page is not None and (
            not isinstance(current_page, int) or isinstance(current_page, bool)
        ):
            raise errors.ValidationError(
                argument="current_page",
                constraint="must be an int",
                value=current_page,
                wire_name="currentPage",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="pageSize",
            )
        if page_size is not None and (page_size > 1000):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be page_size <= 1000",
                value=page_size,
                wire_name="pageSize",
            )

        query: dict[str, object] = {}
        if status is not None:
            query["status"] = status
        if symbol is not None:
            query["symbol"] = symbol
        if side is not None:
            query["side"] = side
        if type is not None:
            query["type"] = type
        if start_at is not None:
            query["startAt"] = start_at
        if end_at is not None:
            query["endAt"] = end_at
        if current_page is not None:
            query["currentPage"] = current_page
        if page_size is not None:
            query["pageSize"] = page_size

        body: dict[str, object] = {}

        return cast(
            "FuturesOrderList",
            self._client._call(
                _spec.FUTURES_GET_ORDER_LIST,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def get_stop_order_list(
        self,
        *,
        symbol: str | None = None,
        side: Literal["buy", "sell"] | None = None,
        type: Literal["limit", "market"] | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> FuturesStopOrderList:
        """List the untriggered futures stop orders of every contract (or one), paged.

        Get the un-triggered stop orders list. Stop orders that have been triggered can be queried
        through the general order interface

        `GET /api/v1/stopOrders`. API key permission: General.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470247 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/stopOrders.get); x-api-channel Private, x-api-permission General, deprecated
        False (normal).

        Note: Served by https://api-futures.kucoin.com (GLOBAL_FUTURES_API_ENDPOINT), not the
        exchange's default host (PROPOSED: per-group host).

        Note: The proof of futures.cancel_all_stop_orders (DELETE /api/v1/stopOrders), which
        futures.get_order_list (status=active) does not show: the kill switch lists every page of
        pageSize 1000 (the documented maximum) by currentPage from 1 up to totalPage; symbol narrows
        it to one contract (absent: every contract). Only untriggered stop orders are listed; a
        triggered one is an ordinary order ("can be queried through the general order interface"),
        listed by futures.get_order_list and cancelled by futures.cancel_all_orders.

        Note: currentPage has no default in the parameter's schema (Get Order List's has default 1);
        its description says "The default currentPage is 1", which is the default recorded here. The
        request example's currentPage 123456 is the generated file's placeholder, kept verbatim.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220). Wire name `symbol`, sent in
                the query.
            side: buy or sell. Allowed: one of buy (buy), sell (sell). Wire name `side`, sent in the
                query.
            type: limit, market. Allowed: one of limit (limit), market (market). Wire name `type`,
                sent in the query.
            start_at: Start time (milisecond). Allowed: -9223372036854775808 <= start_at <=
                9223372036854775807. Wire name `startAt`, sent in the query.
            end_at: End time (milisecond). Allowed: -9223372036854775808 <= end_at <=
                9223372036854775807. Wire name `endAt`, sent in the query.
            current_page: Current request page, The default currentPage is 1. Wire name
                `currentPage`, sent in the query.
            page_size: pageSize, The default pageSize is 50, The maximum cannot exceed 1000.
                Allowed: page_size <= 1000. Wire name `pageSize`, sent in the query.
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
            FuturesStopOrderList: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Futures 2000/30s ... When a user requests
        any API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Futures;
        API-Rate-Limit-Weight: 6
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json).
        Enforced: 2000 per 30000 ms per uid [kucoin:uid:futures-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json
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

        if side is not None and (not isinstance(side, str) or not side.isprintable() or not side):
            raise errors.ValidationError(
                argument="side",
                constraint="must be a non-empty str without control characters",
                value=side,
                wire_name="side",
            )
        if side is not None and (side not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="side",
                constraint="must be one of 'buy', 'sell'",
                value=side,
                wire_name="side",
            )

        if type is not None and (not isinstance(type, str) or not type.isprintable() or not type):
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type is not None and (type not in ("limit", "market")):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'limit', 'market'",
                value=type,
                wire_name="type",
            )

        if start_at is not None and (not isinstance(start_at, int) or isinstance(start_at, bool)):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be an int",
                value=start_at,
                wire_name="startAt",
            )
        if start_at is not None and (
            start_at < -9223372036854775808 or start_at > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be -9223372036854775808 <= start_at <= 9223372036854775807",
                value=start_at,
                wire_name="startAt",
            )

        if end_at is not None and (not isinstance(end_at, int) or isinstance(end_at, bool)):
            raise errors.ValidationError(
                argument="end_at", constraint="must be an int", value=end_at, wire_name="endAt"
            )
        if end_at is not None and (end_at < -9223372036854775808 or end_at > 9223372036854775807):
            raise errors.ValidationError(
                argument="end_at",
                constraint="must be -9223372036854775808 <= end_at <= 9223372036854775807",
                value=end_at,
                wire_name="endAt",
            )

        if current_page is not None and (
            not isinstance(current_page, int) or isinstance(current_page, bool)
        ):
            raise errors.ValidationError(
                argument="current_page",
                constraint="must be an int",
                value=current_page,
                wire_name="currentPage",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="pageSize",
            )
        if page_size is not None and (page_size > 1000):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be page_size <= 1000",
                value=page_size,
                wire_name="pageSize",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if side is not None:
            query["side"] = side
        if type is not None:
            query["type"] = type
        if start_at is not None:
            query["startAt"] = start_at
        if end_at is not None:
            query["endAt"] = end_at
        if current_page is not None:
            query["currentPage"] = current_page
        if page_size is not None:
            query["pageSize"] = page_size

        body: dict[str, object] = {}

        return cast(
            "FuturesStopOrderList",
            self._client._call(
                _spec.FUTURES_GET_STOP_ORDER_LIST,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class KuCoinSpot:
    """The `spot` endpoints of KuCoin."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def batch_cancel_stop_orders(
        self,
        *,
        symbol: str | None = None,
        trade_type: str | None = None,
        order_ids: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> BatchCancelStopOrdersResponse:
        """Cancel the spot stop orders of every symbol (or one symbol, or the ids given).

        This endpoint can be used to cancel a spot stop orders by batch.

        `DELETE /api/v1/stop-order/cancel`. API key permission: Spot.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470337 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/stop-order/cancel.delete); x-api-channel Private, x-api-permission Spot,
        deprecated False (normal).

        Note: Every parameter is optional and the file does not say what a call without orderIds
        cancels; read here as every stop order of the symbol (every symbol without one) and trade
        type, as CCXT 4.5.90 does: its cancelAllOrders with trigger=True sends this endpoint only
        the symbol (and tradeType for margin). The kill switch sends tradeType=TRADE (spot, the
        listing's documented default; this endpoint states no default) and the symbol of each
        configured market, else nothing more: one account-wide call. The reading is not relied on:
        the stop-order listing (spot.get_stop_orders_list, listed_by) after it is the proof, and an
        order it still shows keeps the panic from reporting flat. Evidence: data.cancelledOrderIds.

        Note: Spot stop orders are not cancelled by DELETE /api/v1/hf/orders/cancelAll
        (spot.cancel_all_orders: "whether cancelAll includes them is not stated"), so the kill
        switch calls both. OCO orders (/api/v3/oco/..., including their batch cancel DELETE
        /api/v3/oco/orders) are marked deprecated in the same file and are not specified: the kill
        switch does not cancel them.

        Note: The published request example holds only the generated file's placeholders
        ("example_string_default_value" for symbol, tradeType and orderIds): it is not transcribed,
        since a generated test would then cancel at a symbol that does not exist; symbol's example
        BTC-USDT is test data.

        Args:
            symbol: Cancel the open order for the specified symbol. Wire name `symbol`, sent in the
                query.
            trade_type: The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin),
                MARGIN_ISOLATED_TRADE (Isolated Margin). Wire name `tradeType`, sent in the query.
            order_ids: Comma seperated order IDs. Wire name `orderIds`, sent in the query.
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
            BatchCancelStopOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 3
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
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

        if trade_type is not None and (
            not isinstance(trade_type, str) or not trade_type.isprintable() or not trade_type
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be a non-empty str without control characters",
                value=trade_type,
                wire_name="tradeType",
            )

        if order_ids is not None and (
            not isinstance(order_ids, str) or not order_ids.isprintable() or not order_ids
        ):
            raise errors.ValidationError(
                argument="order_ids",
                constraint="must be a non-empty str without control characters",
                value=order_ids,
                wire_name="orderIds",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if trade_type is not None:
            query["tradeType"] = trade_type
        if order_ids is not None:
            query["orderIds"] = order_ids

        body: dict[str, object] = {}

        return cast(
            "BatchCancelStopOrdersResponse",
            self._client._call(
                _spec.SPOT_BATCH_CANCEL_STOP_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cancel_all_orders(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open spot (HF) orders of every symbol.

        This endpoint can cancel all spot orders for all symbol. This endpoint only sends
        cancellation requests. The results of the requests must be obtained by checking the order
        status or subscribing to websocket.

        `DELETE /api/v1/hf/orders/cancelAll`. API key permission: Spot.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470176 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/cancelAll.delete); x-api-channel Private, x-api-permission Spot,
        deprecated False (normal).

        Note: This endpoint only sends cancellation requests. The results of the requests must be
        obtained by checking the order status or subscribing to websocket.

        Note: Evidence: data.succeedSymbols (symbols whose cancellation was requested) and
        data.failedSymbols[{symbol, error}]. A non-empty failedSymbols is a partial failure in a
        200000 answer; the kill switch must retry those symbols with DELETE /api/v1/hf/orders
        ?symbol= and verify with the open-order listing.

        Note: Stop orders (/api/v1/stop-order) and OCO orders (/api/v3/oco/...) have their own
        cancel endpoints; whether cancelAll includes them is not stated.

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
            CancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 30
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "CancelAllOrdersResponse",
            self._client._call(
                _spec.SPOT_CANCEL_ALL_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def get_dcp(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> GetDcpResponse:
        """Query the Disconnection Protect (dead man's switch) setting of spot HF orders.

        Get Disconnection Protect (Deadman Switch). Through this interface, you can query the
        settings of automatic order cancellation.

        `GET /api/v1/hf/orders/dead-cancel-all/query`. API key permission: Spot.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470172 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/dead-cancel-all/query.get); x-api-channel Private, x-api-permission
        Spot, deprecated False (normal).

        Note: PROPOSED role countdown_status: lets a heartbeat verify the switch is armed (data
        empty = not set).

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
            GetDcpResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "GetDcpResponse",
            self._client._call(
                _spec.SPOT_GET_DCP,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def get_open_orders(
        self,
        *,
        symbol: str,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SpotOpenOrder:
        """List all active spot (HF) orders of one symbol (no paging).

        This interface is to obtain all Spot active order lists, and the return value of the active
        order interface is the paged data of all uncompleted order lists. The returned data is
        sorted in descending order according to the latest update time of the order. After the user
        successfully places an order, the order is in Active state, and the user can use inOrderBook
        to determine whether the order has entered the order. Canceled or fully filled orders are
        marked as completed Done status.

        `GET /api/v1/hf/orders/active`. API key permission: General.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470178 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/active.get); x-api-channel Private, x-api-permission General,
        deprecated False (normal).

        Note: The kill switch's spot listing (symbol required): without configured markets it lists
        the symbols with open orders first (spot.get_symbols_with_open_order), then this endpoint
        once per symbol. Returns the whole list for the symbol, sorted in descending order of the
        latest update time.

        Args:
            symbol: symbol. Wire name `symbol`, sent in the query.
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
            SpotOpenOrder: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        query: dict[str, object] = {
            "symbol": symbol,
        }

        body: dict[str, object] = {}

        return cast(
            "SpotOpenOrder",
            self._client._call(
                _spec.SPOT_GET_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def get_open_orders_by_page(
        self,
        *,
        symbol: str,
        page_num: int | None = None,
        page_size: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SpotOpenOrdersPage:
        """List active spot (HF) orders of one symbol, page by page (pageSize 1..50).

        This interface is to obtain Spot active order (uncompleted order) lists by page. The
        returned data is sorted in descending order according to the create time of the order. After
        the user successfully places an order, the order is in Active state, and the user can use
        inOrderBook to determine whether the order has entered the order. Canceled or fully filled
        orders are marked as completed Done status.

        `GET /api/v1/hf/orders/active/page`. API key permission: General.

        Note: The official page is https://www.kucoin.com/docs-new/api-3471591 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/active/page.get); x-api-channel Private, x-api-permission General,
        deprecated False (normal).

        Note: Pagination: pageNum (>= 1, default 1) and pageSize (1..50, default 20); the answer
        carries currentPage, pageSize, totalNum, totalPage. Sorted in descending order of creation
        time.

        Args:
            symbol: Symbol. Wire name `symbol`, sent in the query.
            page_num: Current page. Allowed: page_num >= 1. Wire name `pageNum`, sent in the query.
            page_size: Size per page. Allowed: 1 <= page_size <= 50. Wire name `pageSize`, sent in
                the query.
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
            SpotOpenOrdersPage: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        if page_num is not None and (not isinstance(page_num, int) or isinstance(page_num, bool)):
            raise errors.ValidationError(
                argument="page_num",
                constraint="must be an int",
                value=page_num,
                wire_name="pageNum",
            )
        if page_num is not None and (page_num < 1):
            raise errors.ValidationError(
                argument="page_num",
                constraint="must be page_num >= 1",
                value=page_num,
                wire_name="pageNum",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="pageSize",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="pageSize",
            )

        query: dict[str, object] = {
            "symbol": symbol,
        }
        if page_num is not None:
            query["pageNum"] = page_num
        if page_size is not None:
            query["pageSize"] = page_size

        body: dict[str, object] = {}

        return cast(
            "SpotOpenOrdersPage",
            self._client._call(
                _spec.SPOT_GET_OPEN_ORDERS_BY_PAGE,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def get_stop_orders_list(
        self,
        *,
        symbol: str | None = None,
        side: str | None = None,
        type: Literal["limit", "market"] | None = None,
        trade_type: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        order_ids: str | None = None,
        page_size: int | None = None,
        stop: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SpotStopOrdersList:
        """List the account's active spot stop orders (every symbol, or one), paged.

        This interface is to obtain all Spot active stop order lists

        `GET /api/v1/stop-order`. API key permission: General.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470338 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/stop-order.get); x-api-channel Private, x-api-permission General, deprecated
        False (normal).

        Note: The proof of spot.batch_cancel_stop_orders: spot stop orders are not HF orders, so
        spot.get_symbols_with_open_order and spot.get_open_orders do not show them. The kill switch
        lists with tradeType=TRADE (spot; the documented default, sent so that the listing and the
        cancel cover the same orders), every page of pageSize 500 (the documented maximum) by
        currentPage from 1 up to totalPage; symbol narrows it to one symbol (absent: every symbol).

        Note: Not stated: whether the listing includes OCO orders when stop is not sent (the stop
        parameter's description names "stop" and "oco"; the OCO endpoints, /api/v3/oco/..., are
        marked deprecated in the same file and are not specified), and whether a TRIGGERED order
        (status "include NEW, TRIGGERED") stays in the listing. The kill switch does not send stop,
        so any order the listing shows counts as still open: the panic never reports flat while it
        lists one.

        Note: The parameters side, tradeType and stop are plain strings in the file (no enum; their
        descriptions name the values), so the client sends any text. tradeType's default TRADE comes
        from its description ("Default is TRADE"), the schema states none. The request example is
        the generated file's placeholders ("example_string_default_value"), kept verbatim; the
        published answer's totalNum is 2 with one item.

        Note: Placing stop orders through POST /api/v1/stop-order ("Add Stop Order") is marked
        deprecated in the same file; the listing and the batch cancel are not.

        Args:
            symbol: Only list orders for a specific symbol. Wire name `symbol`, sent in the query.
            side: buy or sell. Wire name `side`, sent in the query.
            type: limit, market. Allowed: one of limit (limit order), market (market order). Wire
                name `type`, sent in the query.
            trade_type: The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin),
                MARGIN_ISOLATED_TRADE (Isolated Margin). Default is TRADE. Wire name `tradeType`,
                sent in the query.
            start_at: Start time (milisecond). Allowed: -9223372036854775808 <= start_at <=
                9223372036854775807. Wire name `startAt`, sent in the query.
            end_at: End time (milisecond). Allowed: -9223372036854775808 <= end_at <=
                9223372036854775807. Wire name `endAt`, sent in the query.
            current_page: Current page. Allowed: current_page >= 1. Wire name `currentPage`, sent in
                the query.
            order_ids: Comma seperated order ID list. Wire name `orderIds`, sent in the query.
            page_size: Page size. Allowed: 10 <= page_size <= 500. Wire name `pageSize`, sent in the
                query.
            stop: Order type: stop: stop loss order, oco: oco order. Wire name `stop`, sent in the
                query.
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
            SpotStopOrdersList: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 8
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
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

        if side is not None and (not isinstance(side, str) or not side.isprintable() or not side):
            raise errors.ValidationError(
                argument="side",
                constraint="must be a non-empty str without control characters",
                value=side,
                wire_name="side",
            )

        if type is not None and (not isinstance(type, str) or not type.isprintable() or not type):
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type is not None and (type not in ("limit", "market")):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'limit', 'market'",
                value=type,
                wire_name="type",
            )

        if trade_type is not None and (
            not isinstance(trade_type, str) or not trade_type.isprintable() or not trade_type
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be a non-empty str without control characters",
                value=trade_type,
                wire_name="tradeType",
            )

        if start_at is not None and (not isinstance(start_at, int) or isinstance(start_at, bool)):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be an int",
                value=start_at,
                wire_name="startAt",
            )
        if start_at is not None and (
            start_at < -9223372036854775808 or start_at > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be -9223372036854775808 <= start_at <= 9223372036854775807",
                value=start_at,
                wire_name="startAt",
            )

        if end_at is not None and (not isinstance(end_at, int) or isinstance(end_at, bool)):
            raise errors.ValidationError(
                argument="end_at", constraint="must be an int", value=end_at, wire_name="endAt"
            )
        if end_at is not None and (end_at < -9223372036854775808 or end_at > 9223372036854775807):
            raise errors.ValidationError(
                argument="end_at",
                constraint="must be -9223372036854775808 <= end_at <= 9223372036854775807",
                value=end_at,
                wire_name="endAt",
            )

        if current_page is not None and (
            not isinstance(current_page, int) or isinstance(current_page, bool)
        ):
            raise errors.ValidationError(
                argument="current_page",
                constraint="must be an int",
                value=current_page,
                wire_name="currentPage",
            )
        if current_page is not None and (current_page < 1):
            raise errors.ValidationError(
                argument="current_page",
                constraint="must be current_page >= 1",
                value=current_page,
                wire_name="currentPage",
            )

        if order_ids is not None and (
            not isinstance(order_ids, str) or not order_ids.isprintable() or not order_ids
        ):
            raise errors.ValidationError(
                argument="order_ids",
                constraint="must be a non-empty str without control characters",
                value=order_ids,
                wire_name="orderIds",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="pageSize",
            )
        if page_size is not None and (page_size < 10 or page_size > 500):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 10 <= page_size <= 500",
                value=page_size,
                wire_name="pageSize",
            )

        if stop is not None and (not isinstance(stop, str) or not stop.isprintable() or not stop):
            raise errors.ValidationError(
                argument="stop",
                constraint="must be a non-empty str without control characters",
                value=stop,
                wire_name="stop",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if side is not None:
            query["side"] = side
        if type is not None:
            query["type"] = type
        if trade_type is not None:
            query["tradeType"] = trade_type
        if start_at is not None:
            query["startAt"] = start_at
        if end_at is not None:
            query["endAt"] = end_at
        if current_page is not None:
            query["currentPage"] = current_page
        if order_ids is not None:
            query["orderIds"] = order_ids
        if page_size is not None:
            query["pageSize"] = page_size
        if stop is not None:
            query["stop"] = stop

        body: dict[str, object] = {}

        return cast(
            "SpotStopOrdersList",
            self._client._call(
                _spec.SPOT_GET_STOP_ORDERS_LIST,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def get_symbols_with_open_order(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SymbolsWithOpenOrder:
        """List the spot symbols that have active (HF) orders.

        This interface can query all spot symbol that has active orders

        `GET /api/v1/hf/orders/active/symbols`. API key permission: Spot.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470177 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/active/symbols.get); x-api-channel Private, x-api-permission Spot,
        deprecated False (normal).

        Note: Role open_markets: the open-order listing needs a symbol, so verification lists these
        symbols first and then each symbol's open orders; an empty list is the proof that nothing is
        left.'

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
            SymbolsWithOpenOrder: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "SymbolsWithOpenOrder",
            self._client._call(
                _spec.SPOT_GET_SYMBOLS_WITH_OPEN_ORDER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def set_dcp(
        self,
        *,
        timeout: int,
        symbols: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SetDcpResponse:
        """Set Disconnection Protect (dead man's switch) for spot HF orders: timeout -1 (unset) or
        5..86400 s.

        Set Disconnection Protect (Deadman Switch). Through this interface, call this interface to
        automatically cancel all orders of the set trading pair after the specified time. If this
        interface is not called again for renewal or cancellation before the set time, the system
        will help the user to cancel the order of the corresponding trading pair. Otherwise it will
        not.

        `POST /api/v1/hf/orders/dead-cancel-all`. API key permission: Spot.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470173 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/dead-cancel-all.post); x-api-channel Private, x-api-permission
        Spot, deprecated False (normal).

        Note: Evidence of an arm: data.currentTime and data.triggerTime (both Unix SECONDS); "If the
        data is empty, it means that DCP is not set." Each call overwrites the previous setting
        (timeout and symbols). symbols: comma-separated, at most 50; empty means all trading pairs.
        Disarm with timeout=-1 (not 0).

        Note: The legacy page
        (https://kucoin.com/docs/rest/spot-trading/spot-hf-trade-pro-account/auto-cancel-hf-order-setting)
        says cancellation happens 0-10 s after the trigger time (read in ../shared/exchanges-next.md
        §8.2; the page itself was not re-read).

        Args:
            timeout: Auto cancel order trigger setting time, the unit is second. Range: timeout=-1
                (meaning unset) or 5 <= timeout <= 86400. For example, timeout=5 means that the
                order will be automatically canceled if no user request is received for more than 5
                seconds. When this parameter is changed, the previous setting will be overwritten.
                Unit: s. Allowed: 5 <= timeout <= 86400, or -1 (unset (disarm)). Wire name
                `timeout`, sent in the body.
            symbols: List of trading pairs. When this parameter is not empty, separate it with
                commas and support up to 50 trading pairs. Empty means all trading pairs. When this
                parameter is changed, the previous setting will be overwritten. Wire name `symbols`,
                sent in the body.
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
            SetDcpResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        if not isinstance(timeout, int) or isinstance(timeout, bool):
            raise errors.ValidationError(
                argument="timeout", constraint="must be an int", value=timeout, wire_name="timeout"
            )
        if timeout not in (-1,) and (timeout < 5 or timeout > 86400):
            raise errors.ValidationError(
                argument="timeout",
                constraint="must be 5 <= timeout <= 86400, or -1 (unset (disarm))",
                value=timeout,
                wire_name="timeout",
            )

        if symbols is not None and (
            not isinstance(symbols, str) or not symbols.isprintable() or not symbols
        ):
            raise errors.ValidationError(
                argument="symbols",
                constraint="must be a non-empty str without control characters",
                value=symbols,
                wire_name="symbols",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "timeout": timeout,
        }
        if symbols is not None:
            body["symbols"] = symbols

        return cast(
            "SetDcpResponse",
            self._client._call(
                _spec.SPOT_SET_DCP,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class KuCoin(SyncClient):
    """KuCoin sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_PASSPHRASE.
    `base_url` overrides https://api.kucoin.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = (
        "futures",
        "spot",
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
        self.futures = KuCoinFutures(self)
        """futures endpoints: `cancel_all_orders`, `cancel_all_orders_v1`, `cancel_all_stop_orders`, `get_order_list`, `get_stop_order_list`."""
        self.spot = KuCoinSpot(self)
        """spot endpoints: `batch_cancel_stop_orders`, `cancel_all_orders`, `get_dcp`, `get_open_orders`, `get_open_orders_by_page`, `get_stop_orders_list`, `get_symbols_with_open_order`, `set_dcp`."""


class AsyncKuCoinFutures:
    """The `futures` endpoints of KuCoin (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all_orders(
        self,
        *,
        symbol: str,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> FuturesCancelAllOrdersResponse:
        """Cancel all open futures limit orders of one contract (stop orders excluded).

        Cancel all open orders (excluding stop orders). The response is a list of orderIDs of the
        canceled orders.

        `DELETE /api/v3/orders`. API key permission: Futures.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470242 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v3/orders.delete); x-api-channel Private, x-api-permission Futures, deprecated
        False (normal).

        Note: Served by https://api-futures.kucoin.com (GLOBAL_FUTURES_API_ENDPOINT), not the
        exchange's default host (PROPOSED: per-group host).

        Note: `symbol` is required: the kill switch lists the account's open futures orders
        (futures.get_order_list, status=active) and cancels each contract found, then lists again
        (killswitch market_required, listed_by). Untriggered stop orders are not cancelled here and
        the active-order listing does not show them: the kill switch cancels them with
        futures.cancel_all_stop_orders (DELETE /api/v1/stopOrders) and proves it with
        futures.get_stop_order_list. Evidence: data.cancelledOrderIds.

        Args:
            symbol: Cancel all limit orders for a specific symbol only, Please refer to [Get Symbol
                endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220). Wire name `symbol`,
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
            FuturesCancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Futures 2000/30s ... When a user requests
        any API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Futures;
        API-Rate-Limit-Weight: 10
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json).
        Enforced: 2000 per 30000 ms per uid [kucoin:uid:futures-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        query: dict[str, object] = {
            "symbol": symbol,
        }

        body: dict[str, object] = {}

        return cast(
            "FuturesCancelAllOrdersResponse",
            await self._client._call(
                _spec.FUTURES_CANCEL_ALL_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cancel_all_orders_v1(
        self,
        *,
        symbol: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> FuturesCancelAllOrdersV1Response:
        """Deprecated: cancel all open futures limit orders, optionally of one contract (weight 800).

        Cancel all open orders (excluding stop orders). The response is a list of orderIDs of the
        canceled orders.

        `DELETE /api/v1/orders`. API key permission: Futures.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470362 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/orders.delete); x-api-channel Private, x-api-permission Futures, deprecated
        True (abandon).

        Note: Served by https://api-futures.kucoin.com (GLOBAL_FUTURES_API_ENDPOINT), not the
        exchange's default host (PROPOSED: per-group host).

        Note: Marked deprecated (x-abandon: abandon) in the official spec; account-wide when symbol
        is omitted but weight 800 against the Futures pool (2000/30s at VIP0). Not recommended as
        the kill switch's primary path.

        Args:
            symbol: To cancel all limit orders for a specific contract only, unless otherwise
                specified, all limit orders will be deleted. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220). Wire name `symbol`, sent in
                the query.
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
            FuturesCancelAllOrdersV1Response: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Futures 2000/30s ... When a user requests
        any API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Futures;
        API-Rate-Limit-Weight: 800
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json).
        Enforced: 2000 per 30000 ms per uid [kucoin:uid:futures-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json
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

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol

        body: dict[str, object] = {}

        return cast(
            "FuturesCancelAllOrdersV1Response",
            await self._client._call(
                _spec.FUTURES_CANCEL_ALL_ORDERS_V1,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cancel_all_stop_orders(
        self,
        *,
        symbol: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> FuturesCancelAllStopOrdersResponse:
        """Cancel all untriggered futures stop orders, optionally of one contract.

        Cancel all untriggered stop orders. The response is a list of orderIDs of the canceled stop
        orders. To cancel triggered stop orders, please use 'Cancel Multiple Futures Limit orders'.

        `DELETE /api/v1/stopOrders`. API key permission: Futures.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470243 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/stopOrders.delete); x-api-channel Private, x-api-permission Futures,
        deprecated False (normal).

        Note: Served by https://api-futures.kucoin.com (GLOBAL_FUTURES_API_ENDPOINT), not the
        exchange's default host (PROPOSED: per-group host).

        Note: Needed in addition to DELETE /api/v3/orders, which excludes stop orders. symbol is
        optional ("If not specified, all the limit orders will be deleted"): the kill switch sends
        one account-wide call, or one per configured market, and proves it with the untriggered
        stop-order listing (futures.get_stop_order_list, listed_by). Evidence:
        data.cancelledOrderIds.

        Args:
            symbol: Cancel all limit orders for a specific contract only, If not specified, all the
                limit orders will be deleted, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220). Wire name `symbol`, sent in
                the query.
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
            FuturesCancelAllStopOrdersResponse: the payload; `.raw_response` keeps status, headers
                and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Futures 2000/30s ... When a user requests
        any API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Futures;
        API-Rate-Limit-Weight: 15
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json).
        Enforced: 2000 per 30000 ms per uid [kucoin:uid:futures-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json
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

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol

        body: dict[str, object] = {}

        return cast(
            "FuturesCancelAllStopOrdersResponse",
            await self._client._call(
                _spec.FUTURES_CANCEL_ALL_STOP_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def get_order_list(
        self,
        *,
        status: Literal["active", "done"] | None = None,
        symbol: str | None = None,
        side: Literal["buy", "sell"] | None = None,
        type: Literal["limit", "market", "limit_stop", "market_stop", "oco_limit", "oco_stop"]
        | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> FuturesOrderList:
        """List futures orders; status=active gives the open orders of every contract, paged.

        List your current orders.

        `GET /api/v1/orders`. API key permission: General.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470244 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file (paths./api/v1/orders.get);
        x-api-channel Private, x-api-permission General, deprecated False (normal).

        Note: Served by https://api-futures.kucoin.com (GLOBAL_FUTURES_API_ENDPOINT), not the
        exchange's default host (PROPOSED: per-group host).

        Note: The kill switch lists with status=active (the default is done), every page of pageSize
        1000 (the documented maximum) by currentPage from 1 up to totalPage; symbol narrows it to
        one contract (absent: every contract).

        Args:
            status: active or done, done as default. Only list orders for a specific status.
                Allowed: one of active (active), done (done). Wire name `status`, sent in the query.
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220). Wire name `symbol`, sent in
                the query.
            side: buy or sell. Allowed: one of buy (buy), sell (sell). Wire name `side`, sent in the
                query.
            type: Order Type. Allowed: one of limit (Limit order), market (Market order), limit_stop
                (Stop limit order), market_stop (Stop market order), oco_limit (Oco limit order),
                oco_stop (Oco stop order). Wire name `type`, sent in the query.
            start_at: Start time (milisecond). Allowed: -9223372036854775808 <= start_at <=
                9223372036854775807. Wire name `startAt`, sent in the query.
            end_at: End time (milisecond). Allowed: -9223372036854775808 <= end_at <=
                9223372036854775807. Wire name `endAt`, sent in the query.
            current_page: Current request page, The default currentPage is 1. Wire name
                `currentPage`, sent in the query.
            page_size: pageSize, The default pageSize is 50, The maximum cannot exceed 1000.
                Allowed: page_size <= 1000. Wire name `pageSize`, sent in the query.
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
            FuturesOrderList: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Futures 2000/30s ... When a user requests
        any API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Futures;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json).
        Enforced: 2000 per 30000 ms per uid [kucoin:uid:futures-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json
        """
        if status is not None and (
            not isinstance(status, str) or not status.isprintable() or not status
        ):
            raise errors.ValidationError(
                argument="status",
                constraint="must be a non-empty str without control characters",
                value=status,
                wire_name="status",
            )
        if status is not None and (status not in ("active", "done")):
            raise errors.ValidationError(
                argument="status",
                constraint="must be one of 'active', 'done'",
                value=status,
                wire_name="status",
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

        if side is not None and (not isinstance(side, str) or not side.isprintable() or not side):
            raise errors.ValidationError(
                argument="side",
                constraint="must be a non-empty str without control characters",
                value=side,
                wire_name="side",
            )
        if side is not None and (side not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="side",
                constraint="must be one of 'buy', 'sell'",
                value=side,
                wire_name="side",
            )

        if type is not None and (not isinstance(type, str) or not type.isprintable() or not type):
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type is not None and (
            type not in ("limit", "market", "limit_stop", "market_stop", "oco_limit", "oco_stop")
        ):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'limit', 'market', 'limit_stop', 'market_stop', 'oco_limit', 'oco_stop'",
                value=type,
                wire_name="type",
            )

        if start_at is not None and (not isinstance(start_at, int) or isinstance(start_at, bool)):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be an int",
                value=start_at,
                wire_name="startAt",
            )
        if start_at is not None and (
            start_at < -9223372036854775808 or start_at > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be -9223372036854775808 <= start_at <= 9223372036854775807",
                value=start_at,
                wire_name="startAt",
            )

        if end_at is not None and (not isinstance(end_at, int) or isinstance(end_at, bool)):
            raise errors.ValidationError(
                argument="end_at", constraint="must be an int", value=end_at, wire_name="endAt"
            )
        if end_at is not None and (end_at < -9223372036854775808 or end_at > 9223372036854775807):
            raise errors.ValidationError(
                argument="end_at",
                constraint="must be -9223372036854775808 <= end_at <= 9223372036854775807",
                value=end_at,
                wire_name="endAt",
            )

        if current_page is not None and (
            not isinstance(current_page, int) or isinstance(current_page, bool)
        ):
            raise errors.ValidationError(
                argument="current_page",
                constraint="must be an int",
                value=current_page,
                wire_name="currentPage",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="pageSize",
            )
        if page_size is not None and (page_size > 1000):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be page_size <= 1000",
                value=page_size,
                wire_name="pageSize",
            )

        query: dict[str, object] = {}
        if status is not None:
            query["status"] = status
        if symbol is not None:
            query["symbol"] = symbol
        if side is not None:
            query["side"] = side
        if type is not None:
            query["type"] = type
        if start_at is not None:
            query["startAt"] = start_at
        if end_at is not None:
            query["endAt"] = end_at
        if current_page is not None:
            query["currentPage"] = current_page
        if page_size is not None:
            query["pageSize"] = page_size

        body: dict[str, object] = {}

        return cast(
            "FuturesOrderList",
            await self._client._call(
                _spec.FUTURES_GET_ORDER_LIST,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def get_stop_order_list(
        self,
        *,
        symbol: str | None = None,
        side: Literal["buy", "sell"] | None = None,
        type: Literal["limit", "market"] | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> FuturesStopOrderList:
        """List the untriggered futures stop orders of every contract (or one), paged.

        Get the un-triggered stop orders list. Stop orders that have been triggered can be queried
        through the general order interface

        `GET /api/v1/stopOrders`. API key permission: General.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470247 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/stopOrders.get); x-api-channel Private, x-api-permission General, deprecated
        False (normal).

        Note: Served by https://api-futures.kucoin.com (GLOBAL_FUTURES_API_ENDPOINT), not the
        exchange's default host (PROPOSED: per-group host).

        Note: The proof of futures.cancel_all_stop_orders (DELETE /api/v1/stopOrders), which
        futures.get_order_list (status=active) does not show: the kill switch lists every page of
        pageSize 1000 (the documented maximum) by currentPage from 1 up to totalPage; symbol narrows
        it to one contract (absent: every contract). Only untriggered stop orders are listed; a
        triggered one is an ordinary order ("can be queried through the general order interface"),
        listed by futures.get_order_list and cancelled by futures.cancel_all_orders.

        Note: currentPage has no default in the parameter's schema (Get Order List's has default 1);
        its description says "The default currentPage is 1", which is the default recorded here. The
        request example's currentPage 123456 is the generated file's placeholder, kept verbatim.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220). Wire name `symbol`, sent in
                the query.
            side: buy or sell. Allowed: one of buy (buy), sell (sell). Wire name `side`, sent in the
                query.
            type: limit, market. Allowed: one of limit (limit), market (market). Wire name `type`,
                sent in the query.
            start_at: Start time (milisecond). Allowed: -9223372036854775808 <= start_at <=
                9223372036854775807. Wire name `startAt`, sent in the query.
            end_at: End time (milisecond). Allowed: -9223372036854775808 <= end_at <=
                9223372036854775807. Wire name `endAt`, sent in the query.
            current_page: Current request page, The default currentPage is 1. Wire name
                `currentPage`, sent in the query.
            page_size: pageSize, The default pageSize is 50, The maximum cannot exceed 1000.
                Allowed: page_size <= 1000. Wire name `pageSize`, sent in the query.
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
            FuturesStopOrderList: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Futures 2000/30s ... When a user requests
        any API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Futures;
        API-Rate-Limit-Weight: 6
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json).
        Enforced: 2000 per 30000 ms per uid [kucoin:uid:futures-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-futures-order.json
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

        if side is not None and (not isinstance(side, str) or not side.isprintable() or not side):
            raise errors.ValidationError(
                argument="side",
                constraint="must be a non-empty str without control characters",
                value=side,
                wire_name="side",
            )
        if side is not None and (side not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="side",
                constraint="must be one of 'buy', 'sell'",
                value=side,
                wire_name="side",
            )

        if type is not None and (not isinstance(type, str) or not type.isprintable() or not type):
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type is not None and (type not in ("limit", "market")):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'limit', 'market'",
                value=type,
                wire_name="type",
            )

        if start_at is not None and (not isinstance(start_at, int) or isinstance(start_at, bool)):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be an int",
                value=start_at,
                wire_name="startAt",
            )
        if start_at is not None and (
            start_at < -9223372036854775808 or start_at > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be -9223372036854775808 <= start_at <= 9223372036854775807",
                value=start_at,
                wire_name="startAt",
            )

        if end_at is not None and (not isinstance(end_at, int) or isinstance(end_at, bool)):
            raise errors.ValidationError(
                argument="end_at", constraint="must be an int", value=end_at, wire_name="endAt"
            )
        if end_at is not None and (end_at < -9223372036854775808 or end_at > 9223372036854775807):
            raise errors.ValidationError(
                argument="end_at",
                constraint="must be -9223372036854775808 <= end_at <= 9223372036854775807",
                value=end_at,
                wire_name="endAt",
            )

        if current_page is not None and (
            not isinstance(current_page, int) or isinstance(current_page, bool)
        ):
            raise errors.ValidationError(
                argument="current_page",
                constraint="must be an int",
                value=current_page,
                wire_name="currentPage",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="pageSize",
            )
        if page_size is not None and (page_size > 1000):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be page_size <= 1000",
                value=page_size,
                wire_name="pageSize",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if side is not None:
            query["side"] = side
        if type is not None:
            query["type"] = type
        if start_at is not None:
            query["startAt"] = start_at
        if end_at is not None:
            query["endAt"] = end_at
        if current_page is not None:
            query["currentPage"] = current_page
        if page_size is not None:
            query["pageSize"] = page_size

        body: dict[str, object] = {}

        return cast(
            "FuturesStopOrderList",
            await self._client._call(
                _spec.FUTURES_GET_STOP_ORDER_LIST,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncKuCoinSpot:
    """The `spot` endpoints of KuCoin (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def batch_cancel_stop_orders(
        self,
        *,
        symbol: str | None = None,
        trade_type: str | None = None,
        order_ids: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> BatchCancelStopOrdersResponse:
        """Cancel the spot stop orders of every symbol (or one symbol, or the ids given).

        This endpoint can be used to cancel a spot stop orders by batch.

        `DELETE /api/v1/stop-order/cancel`. API key permission: Spot.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470337 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/stop-order/cancel.delete); x-api-channel Private, x-api-permission Spot,
        deprecated False (normal).

        Note: Every parameter is optional and the file does not say what a call without orderIds
        cancels; read here as every stop order of the symbol (every symbol without one) and trade
        type, as CCXT 4.5.90 does: its cancelAllOrders with trigger=True sends this endpoint only
        the symbol (and tradeType for margin). The kill switch sends tradeType=TRADE (spot, the
        listing's documented default; this endpoint states no default) and the symbol of each
        configured market, else nothing more: one account-wide call. The reading is not relied on:
        the stop-order listing (spot.get_stop_orders_list, listed_by) after it is the proof, and an
        order it still shows keeps the panic from reporting flat. Evidence: data.cancelledOrderIds.

        Note: Spot stop orders are not cancelled by DELETE /api/v1/hf/orders/cancelAll
        (spot.cancel_all_orders: "whether cancelAll includes them is not stated"), so the kill
        switch calls both. OCO orders (/api/v3/oco/..., including their batch cancel DELETE
        /api/v3/oco/orders) are marked deprecated in the same file and are not specified: the kill
        switch does not cancel them.

        Note: The published request example holds only the generated file's placeholders
        ("example_string_default_value" for symbol, tradeType and orderIds): it is not transcribed,
        since a generated test would then cancel at a symbol that does not exist; symbol's example
        BTC-USDT is test data.

        Args:
            symbol: Cancel the open order for the specified symbol. Wire name `symbol`, sent in the
                query.
            trade_type: The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin),
                MARGIN_ISOLATED_TRADE (Isolated Margin). Wire name `tradeType`, sent in the query.
            order_ids: Comma seperated order IDs. Wire name `orderIds`, sent in the query.
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
            BatchCancelStopOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 3
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
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

        if trade_type is not None and (
            not isinstance(trade_type, str) or not trade_type.isprintable() or not trade_type
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be a non-empty str without control characters",
                value=trade_type,
                wire_name="tradeType",
            )

        if order_ids is not None and (
            not isinstance(order_ids, str) or not order_ids.isprintable() or not order_ids
        ):
            raise errors.ValidationError(
                argument="order_ids",
                constraint="must be a non-empty str without control characters",
                value=order_ids,
                wire_name="orderIds",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if trade_type is not None:
            query["tradeType"] = trade_type
        if order_ids is not None:
            query["orderIds"] = order_ids

        body: dict[str, object] = {}

        return cast(
            "BatchCancelStopOrdersResponse",
            await self._client._call(
                _spec.SPOT_BATCH_CANCEL_STOP_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cancel_all_orders(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open spot (HF) orders of every symbol.

        This endpoint can cancel all spot orders for all symbol. This endpoint only sends
        cancellation requests. The results of the requests must be obtained by checking the order
        status or subscribing to websocket.

        `DELETE /api/v1/hf/orders/cancelAll`. API key permission: Spot.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470176 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/cancelAll.delete); x-api-channel Private, x-api-permission Spot,
        deprecated False (normal).

        Note: This endpoint only sends cancellation requests. The results of the requests must be
        obtained by checking the order status or subscribing to websocket.

        Note: Evidence: data.succeedSymbols (symbols whose cancellation was requested) and
        data.failedSymbols[{symbol, error}]. A non-empty failedSymbols is a partial failure in a
        200000 answer; the kill switch must retry those symbols with DELETE /api/v1/hf/orders
        ?symbol= and verify with the open-order listing.

        Note: Stop orders (/api/v1/stop-order) and OCO orders (/api/v3/oco/...) have their own
        cancel endpoints; whether cancelAll includes them is not stated.

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
            CancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 30
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "CancelAllOrdersResponse",
            await self._client._call(
                _spec.SPOT_CANCEL_ALL_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def get_dcp(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> GetDcpResponse:
        """Query the Disconnection Protect (dead man's switch) setting of spot HF orders.

        Get Disconnection Protect (Deadman Switch). Through this interface, you can query the
        settings of automatic order cancellation.

        `GET /api/v1/hf/orders/dead-cancel-all/query`. API key permission: Spot.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470172 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/dead-cancel-all/query.get); x-api-channel Private, x-api-permission
        Spot, deprecated False (normal).

        Note: PROPOSED role countdown_status: lets a heartbeat verify the switch is armed (data
        empty = not set).

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
            GetDcpResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "GetDcpResponse",
            await self._client._call(
                _spec.SPOT_GET_DCP,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def get_open_orders(
        self,
        *,
        symbol: str,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SpotOpenOrder:
        """List all active spot (HF) orders of one symbol (no paging).

        This interface is to obtain all Spot active order lists, and the return value of the active
        order interface is the paged data of all uncompleted order lists. The returned data is
        sorted in descending order according to the latest update time of the order. After the user
        successfully places an order, the order is in Active state, and the user can use inOrderBook
        to determine whether the order has entered the order. Canceled or fully filled orders are
        marked as completed Done status.

        `GET /api/v1/hf/orders/active`. API key permission: General.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470178 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/active.get); x-api-channel Private, x-api-permission General,
        deprecated False (normal).

        Note: The kill switch's spot listing (symbol required): without configured markets it lists
        the symbols with open orders first (spot.get_symbols_with_open_order), then this endpoint
        once per symbol. Returns the whole list for the symbol, sorted in descending order of the
        latest update time.

        Args:
            symbol: symbol. Wire name `symbol`, sent in the query.
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
            SpotOpenOrder: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        query: dict[str, object] = {
            "symbol": symbol,
        }

        body: dict[str, object] = {}

        return cast(
            "SpotOpenOrder",
            await self._client._call(
                _spec.SPOT_GET_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def get_open_orders_by_page(
        self,
        *,
        symbol: str,
        page_num: int | None = None,
        page_size: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SpotOpenOrdersPage:
        """List active spot (HF) orders of one symbol, page by page (pageSize 1..50).

        This interface is to obtain Spot active order (uncompleted order) lists by page. The
        returned data is sorted in descending order according to the create time of the order. After
        the user successfully places an order, the order is in Active state, and the user can use
        inOrderBook to determine whether the order has entered the order. Canceled or fully filled
        orders are marked as completed Done status.

        `GET /api/v1/hf/orders/active/page`. API key permission: General.

        Note: The official page is https://www.kucoin.com/docs-new/api-3471591 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/active/page.get); x-api-channel Private, x-api-permission General,
        deprecated False (normal).

        Note: Pagination: pageNum (>= 1, default 1) and pageSize (1..50, default 20); the answer
        carries currentPage, pageSize, totalNum, totalPage. Sorted in descending order of creation
        time.

        Args:
            symbol: Symbol. Wire name `symbol`, sent in the query.
            page_num: Current page. Allowed: page_num >= 1. Wire name `pageNum`, sent in the query.
            page_size: Size per page. Allowed: 1 <= page_size <= 50. Wire name `pageSize`, sent in
                the query.
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
            SpotOpenOrdersPage: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        if page_num is not None and (not isinstance(page_num, int) or isinstance(page_num, bool)):
            raise errors.ValidationError(
                argument="page_num",
                constraint="must be an int",
                value=page_num,
                wire_name="pageNum",
            )
        if page_num is not None and (page_num < 1):
            raise errors.ValidationError(
                argument="page_num",
                constraint="must be page_num >= 1",
                value=page_num,
                wire_name="pageNum",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="pageSize",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="pageSize",
            )

        query: dict[str, object] = {
            "symbol": symbol,
        }
        if page_num is not None:
            query["pageNum"] = page_num
        if page_size is not None:
            query["pageSize"] = page_size

        body: dict[str, object] = {}

        return cast(
            "SpotOpenOrdersPage",
            await self._client._call(
                _spec.SPOT_GET_OPEN_ORDERS_BY_PAGE,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def get_stop_orders_list(
        self,
        *,
        symbol: str | None = None,
        side: str | None = None,
        type: Literal["limit", "market"] | None = None,
        trade_type: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        order_ids: str | None = None,
        page_size: int | None = None,
        stop: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SpotStopOrdersList:
        """List the account's active spot stop orders (every symbol, or one), paged.

        This interface is to obtain all Spot active stop order lists

        `GET /api/v1/stop-order`. API key permission: General.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470338 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/stop-order.get); x-api-channel Private, x-api-permission General, deprecated
        False (normal).

        Note: The proof of spot.batch_cancel_stop_orders: spot stop orders are not HF orders, so
        spot.get_symbols_with_open_order and spot.get_open_orders do not show them. The kill switch
        lists with tradeType=TRADE (spot; the documented default, sent so that the listing and the
        cancel cover the same orders), every page of pageSize 500 (the documented maximum) by
        currentPage from 1 up to totalPage; symbol narrows it to one symbol (absent: every symbol).

        Note: Not stated: whether the listing includes OCO orders when stop is not sent (the stop
        parameter's description names "stop" and "oco"; the OCO endpoints, /api/v3/oco/..., are
        marked deprecated in the same file and are not specified), and whether a TRIGGERED order
        (status "include NEW, TRIGGERED") stays in the listing. The kill switch does not send stop,
        so any order the listing shows counts as still open: the panic never reports flat while it
        lists one.

        Note: The parameters side, tradeType and stop are plain strings in the file (no enum; their
        descriptions name the values), so the client sends any text. tradeType's default TRADE comes
        from its description ("Default is TRADE"), the schema states none. The request example is
        the generated file's placeholders ("example_string_default_value"), kept verbatim; the
        published answer's totalNum is 2 with one item.

        Note: Placing stop orders through POST /api/v1/stop-order ("Add Stop Order") is marked
        deprecated in the same file; the listing and the batch cancel are not.

        Args:
            symbol: Only list orders for a specific symbol. Wire name `symbol`, sent in the query.
            side: buy or sell. Wire name `side`, sent in the query.
            type: limit, market. Allowed: one of limit (limit order), market (market order). Wire
                name `type`, sent in the query.
            trade_type: The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin),
                MARGIN_ISOLATED_TRADE (Isolated Margin). Default is TRADE. Wire name `tradeType`,
                sent in the query.
            start_at: Start time (milisecond). Allowed: -9223372036854775808 <= start_at <=
                9223372036854775807. Wire name `startAt`, sent in the query.
            end_at: End time (milisecond). Allowed: -9223372036854775808 <= end_at <=
                9223372036854775807. Wire name `endAt`, sent in the query.
            current_page: Current page. Allowed: current_page >= 1. Wire name `currentPage`, sent in
                the query.
            order_ids: Comma seperated order ID list. Wire name `orderIds`, sent in the query.
            page_size: Page size. Allowed: 10 <= page_size <= 500. Wire name `pageSize`, sent in the
                query.
            stop: Order type: stop: stop loss order, oco: oco order. Wire name `stop`, sent in the
                query.
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
            SpotStopOrdersList: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 8
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
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

        if side is not None and (not isinstance(side, str) or not side.isprintable() or not side):
            raise errors.ValidationError(
                argument="side",
                constraint="must be a non-empty str without control characters",
                value=side,
                wire_name="side",
            )

        if type is not None and (not isinstance(type, str) or not type.isprintable() or not type):
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type is not None and (type not in ("limit", "market")):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'limit', 'market'",
                value=type,
                wire_name="type",
            )

        if trade_type is not None and (
            not isinstance(trade_type, str) or not trade_type.isprintable() or not trade_type
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be a non-empty str without control characters",
                value=trade_type,
                wire_name="tradeType",
            )

        if start_at is not None and (not isinstance(start_at, int) or isinstance(start_at, bool)):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be an int",
                value=start_at,
                wire_name="startAt",
            )
        if start_at is not None and (
            start_at < -9223372036854775808 or start_at > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="start_at",
                constraint="must be -9223372036854775808 <= start_at <= 9223372036854775807",
                value=start_at,
                wire_name="startAt",
            )

        if end_at is not None and (not isinstance(end_at, int) or isinstance(end_at, bool)):
            raise errors.ValidationError(
                argument="end_at", constraint="must be an int", value=end_at, wire_name="endAt"
            )
        if end_at is not None and (end_at < -9223372036854775808 or end_at > 9223372036854775807):
            raise errors.ValidationError(
                argument="end_at",
                constraint="must be -9223372036854775808 <= end_at <= 9223372036854775807",
                value=end_at,
                wire_name="endAt",
            )

        if current_page is not None and (
            not isinstance(current_page, int) or isinstance(current_page, bool)
        ):
            raise errors.ValidationError(
                argument="current_page",
                constraint="must be an int",
                value=current_page,
                wire_name="currentPage",
            )
        if current_page is not None and (current_page < 1):
            raise errors.ValidationError(
                argument="current_page",
                constraint="must be current_page >= 1",
                value=current_page,
                wire_name="currentPage",
            )

        if order_ids is not None and (
            not isinstance(order_ids, str) or not order_ids.isprintable() or not order_ids
        ):
            raise errors.ValidationError(
                argument="order_ids",
                constraint="must be a non-empty str without control characters",
                value=order_ids,
                wire_name="orderIds",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="pageSize",
            )
        if page_size is not None and (page_size < 10 or page_size > 500):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 10 <= page_size <= 500",
                value=page_size,
                wire_name="pageSize",
            )

        if stop is not None and (not isinstance(stop, str) or not stop.isprintable() or not stop):
            raise errors.ValidationError(
                argument="stop",
                constraint="must be a non-empty str without control characters",
                value=stop,
                wire_name="stop",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if side is not None:
            query["side"] = side
        if type is not None:
            query["type"] = type
        if trade_type is not None:
            query["tradeType"] = trade_type
        if start_at is not None:
            query["startAt"] = start_at
        if end_at is not None:
            query["endAt"] = end_at
        if current_page is not None:
            query["currentPage"] = current_page
        if order_ids is not None:
            query["orderIds"] = order_ids
        if page_size is not None:
            query["pageSize"] = page_size
        if stop is not None:
            query["stop"] = stop

        body: dict[str, object] = {}

        return cast(
            "SpotStopOrdersList",
            await self._client._call(
                _spec.SPOT_GET_STOP_ORDERS_LIST,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def get_symbols_with_open_order(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SymbolsWithOpenOrder:
        """List the spot symbols that have active (HF) orders.

        This interface can query all spot symbol that has active orders

        `GET /api/v1/hf/orders/active/symbols`. API key permission: Spot.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470177 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/active/symbols.get); x-api-channel Private, x-api-permission Spot,
        deprecated False (normal).

        Note: Role open_markets: the open-order listing needs a symbol, so verification lists these
        symbols first and then each symbol's open orders; an empty list is the proof that nothing is
        left.'

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
            SymbolsWithOpenOrder: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "SymbolsWithOpenOrder",
            await self._client._call(
                _spec.SPOT_GET_SYMBOLS_WITH_OPEN_ORDER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def set_dcp(
        self,
        *,
        timeout: int,
        symbols: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SetDcpResponse:
        """Set Disconnection Protect (dead man's switch) for spot HF orders: timeout -1 (unset) or
        5..86400 s.

        Set Disconnection Protect (Deadman Switch). Through this interface, call this interface to
        automatically cancel all orders of the set trading pair after the specified time. If this
        interface is not called again for renewal or cancellation before the set time, the system
        will help the user to cancel the order of the corresponding trading pair. Otherwise it will
        not.

        `POST /api/v1/hf/orders/dead-cancel-all`. API key permission: Spot.

        Note: The official page is https://www.kucoin.com/docs-new/api-3470173 (the OpenAPI
        operation's x-api-doc); the facts are transcribed from the OpenAPI file the official
        universal SDK is generated from, the spec's source.

        Note: Transcribed from the official universal-SDK OpenAPI file
        (paths./api/v1/hf/orders/dead-cancel-all.post); x-api-channel Private, x-api-permission
        Spot, deprecated False (normal).

        Note: Evidence of an arm: data.currentTime and data.triggerTime (both Unix SECONDS); "If the
        data is empty, it means that DCP is not set." Each call overwrites the previous setting
        (timeout and symbols). symbols: comma-separated, at most 50; empty means all trading pairs.
        Disarm with timeout=-1 (not 0).

        Note: The legacy page
        (https://kucoin.com/docs/rest/spot-trading/spot-hf-trade-pro-account/auto-cancel-hf-order-setting)
        says cancellation happens 0-10 s after the trigger time (read in ../shared/exchanges-next.md
        §8.2; the page itself was not re-read).

        Args:
            timeout: Auto cancel order trigger setting time, the unit is second. Range: timeout=-1
                (meaning unset) or 5 <= timeout <= 86400. For example, timeout=5 means that the
                order will be automatically canceled if no user request is received for more than 5
                seconds. When this parameter is changed, the previous setting will be overwritten.
                Unit: s. Allowed: 5 <= timeout <= 86400, or -1 (unset (disarm)). Wire name
                `timeout`, sent in the body.
            symbols: List of trading pairs. When this parameter is not empty, separate it with
                commas and support up to 50 trading pairs. Empty means all trading pairs. When this
                parameter is changed, the previous setting will be overwritten. Wire name `symbols`,
                sent in the body.
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
            SetDcpResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Resource Pool ... VIP0 | ... Spot 4000/30s ... When a user requests any
        API, the weight of this interface will be deducted and updated every 30s
        (https://www.kucoin.com/docs-new/rate-limit); API-Rate-Limit-Pool: Spot;
        API-Rate-Limit-Weight: 2
        (https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json).
        Enforced: 4000 per 30000 ms per uid [kucoin:uid:spot-pool].

        Source:
        https://github.com/Kucoin/kucoin-universal-sdk/blob/78c90c77d749e4e57d61e99b7c04f090150e08d2/spec/rest/api/openapi-spot-order.json
        """
        if not isinstance(timeout, int) or isinstance(timeout, bool):
            raise errors.ValidationError(
                argument="timeout", constraint="must be an int", value=timeout, wire_name="timeout"
            )
        if timeout not in (-1,) and (timeout < 5 or timeout > 86400):
            raise errors.ValidationError(
                argument="timeout",
                constraint="must be 5 <= timeout <= 86400, or -1 (unset (disarm))",
                value=timeout,
                wire_name="timeout",
            )

        if symbols is not None and (
            not isinstance(symbols, str) or not symbols.isprintable() or not symbols
        ):
            raise errors.ValidationError(
                argument="symbols",
                constraint="must be a non-empty str without control characters",
                value=symbols,
                wire_name="symbols",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "timeout": timeout,
        }
        if symbols is not None:
            body["symbols"] = symbols

        return cast(
            "SetDcpResponse",
            await self._client._call(
                _spec.SPOT_SET_DCP,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncKuCoin(AsyncClient):
    """KuCoin async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_PASSPHRASE.
    `base_url` overrides https://api.kucoin.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = (
        "futures",
        "spot",
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
        self.futures = AsyncKuCoinFutures(self)
        """futures endpoints: `cancel_all_orders`, `cancel_all_orders_v1`, `cancel_all_stop_orders`, `get_order_list`, `get_stop_order_list`."""
        self.spot = AsyncKuCoinSpot(self)
        """spot endpoints: `batch_cancel_stop_orders`, `cancel_all_orders`, `get_dcp`, `get_open_orders`, `get_open_orders_by_page`, `get_stop_orders_list`, `get_symbols_with_open_order`, `set_dcp`."""
