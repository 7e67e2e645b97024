# Generated from specs/krakenfutures/ (sha256 d6b48b2beb55f2f888fbfd7abc4c8fd096606dc2cb1e2deff1429621a92a0260). Do not edit: run make.
"""KrakenFutures clients, sync and async: KrakenFutures and AsyncKrakenFutures.

Generated from the specs in specs/krakenfutures/; the shared machinery (signing, transport,
envelopes, errors) is in exchange_sdk._runtime.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk._runtime.retry import DEFAULT_DEADLINE

from . import _spec

if TYPE_CHECKING:
    from exchange_sdk._runtime.transport import AsyncTransport, SyncTransport

    from .models import (
        CancelAllOrdersAfterResponse,
        CancelAllOrdersResponse,
        OpenOrdersResponse,
    )

__all__ = [
    "AsyncKrakenFutures",
    "AsyncKrakenFuturesFutures",
    "KrakenFutures",
    "KrakenFuturesFutures",
]


class KrakenFuturesFutures:
    """The `futures` endpoints of KrakenFutures."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all_orders(
        self,
        *,
        symbol: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open futures orders, or those of one contract / margin account.

        This endpoint allows cancelling orders which are associated with a future's contract or a
        margin account. If no arguments are specified all open orders will be cancelled.

        `POST /derivatives/api/v3/cancelallorders`.

        Note: The caller knows what happened from cancelStatus.status: `cancelled` (successful
        cancellation) or `noOrdersToCancel` (no open orders for cancellation; also success for the
        kill switch), and cancelStatus.cancelledOrders. cancelOnly echoes the symbol or "all".

        Note: Prices and sizes are JSON numbers (not strings) in these answers; the SDK should parse
        them exactly (Decimal from the JSON text), which the format's `float64` does not express.

        Note: The example lists three cancelledOrders but only two orderEvents; orderEvents is not a
        complete list of what was cancelled.

        Note: The page's operation path is /cancelallorders on the server
        https://futures.kraken.com/derivatives/api/v3.

        Args:
            symbol: A futures product to cancel all open orders. Wire name `symbol`, sent in the
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
            CancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: For /derivatives endpoints, clients can spend up to 500 every 10
        seconds. ... cancelallorders | 25
        (https://docs.kraken.com/exchange/guides/futures/ratelimits). Enforced: 500 per 10000 ms per
        uid [krakenfutures:uid:derivatives].

        Source: https://docs.kraken.com/api-reference/order-management/cancel-all-orders
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
            "CancelAllOrdersResponse",
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

    def cancel_all_orders_after(
        self,
        *,
        timeout: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersAfterResponse:
        """Dead man's switch: cancel all futures orders when a countdown (seconds) expires; 0
        deactivates.

        This endpoint provides a Dead Man's Switch mechanism to protect the user from network
        malfunctions. The user can send a request with a timeout in seconds which will trigger a
        countdown timer that will cancel all user orders when timeout expires. The user has to keep
        sending request to push back the timeout expiration or they can deactivate the mechanism by
        specifying a timeout of zero (0).

        `POST /derivatives/api/v3/cancelallordersafter`.

        Note: The recommended mechanism usage is making a call every 15 to 20 seconds and provide a
        timeout of 60 seconds. This allows the user to keep the orders in place on a brief network
        failure, while keeping them safe in case of a network breakdown.

        Note: Disarm answer (CancelAllOrdersAfterCancelExample):
        {"result":"success","status":{"currentTime":
        "2018-06-19T16:51:23.839Z","triggerTime":"0"},"serverTime":"2018-06-19T16:51:23.839Z"}; the
        arm is confirmed by result=success and status.triggerTime in the future; disarm by
        triggerTime "0". Failure example: {"result":"error","serverTime":"2016-02-25T09:45:53.818Z",
        "error":"apiLimitExceeded"} (HTTP 200).

        Note: `timeout` is declared `type: number, format: uint32, example: 60` and `required:
        false`; the range above is the uint32 range (minimum 1 because 0 deactivates). No maximum is
        stated in prose. What an omitted timeout does is not stated; the SDK should always send it.

        Note: Scope is all user orders (no symbol parameter).

        Args:
            timeout: The timeout specified in seconds. Unit: s. Allowed: 1 <= timeout <= 4294967295,
                or 0 (deactivate the mechanism). Wire name `timeout`, sent in the query.
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
            CancelAllOrdersAfterResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: For /derivatives endpoints, clients can spend up to 500 every 10
        seconds. ... cancelallordersafter | 25
        (https://docs.kraken.com/exchange/guides/futures/ratelimits). Enforced: 500 per 10000 ms per
        uid [krakenfutures:uid:derivatives].

        Source: https://docs.kraken.com/api-reference/order-management/dead-mans-switch
        """
        if timeout is not None and (not isinstance(timeout, int) or isinstance(timeout, bool)):
            raise errors.ValidationError(
                argument="timeout", constraint="must be an int", value=timeout, wire_name="timeout"
            )
        if timeout is not None and (timeout not in (0,) and (timeout < 1 or timeout > 4294967295)):
            raise errors.ValidationError(
                argument="timeout",
                constraint="must be 1 <= timeout <= 4294967295, or 0 (deactivate the mechanism)",
                value=timeout,
                wire_name="timeout",
            )

        query: dict[str, object] = {}
        if timeout is not None:
            query["timeout"] = timeout

        body: dict[str, object] = {}

        return cast(
            "CancelAllOrdersAfterResponse",
            self._client._call(
                _spec.FUTURES_CANCEL_ALL_ORDERS_AFTER,
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
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrdersResponse:
        """List open orders for all futures contracts (no pagination).

        This endpoint returns information on all open orders for all Futures contracts.

        `GET /derivatives/api/v3/openorders`.

        Note: The whole list comes in one answer (no pagination parameters). The enum says `stop`
        while the description says `stp` for stop orders; both are recorded. The live page's example
        uses PF_XBTUSD where the repository example uses PI_XBTUSD. The example is shortened to two
        of its seven orders.

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
            OpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: For /derivatives endpoints, clients can spend up to 500 every 10
        seconds. ... openorders | 2 (https://docs.kraken.com/exchange/guides/futures/ratelimits).
        Enforced: 500 per 10000 ms per uid [krakenfutures:uid:derivatives].

        Source: https://docs.kraken.com/api-reference/order-management/get-open-orders
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "OpenOrdersResponse",
            self._client._call(
                _spec.FUTURES_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class KrakenFutures(SyncClient):
    """KrakenFutures sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KRAKENFUTURES_API_KEY, KRAKENFUTURES_API_SECRET.
    `base_url` overrides https://futures.kraken.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("futures",)

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
        self.futures = KrakenFuturesFutures(self)
        """futures endpoints: `cancel_all_orders`, `cancel_all_orders_after`, `open_orders`."""


class AsyncKrakenFuturesFutures:
    """The `futures` endpoints of KrakenFutures (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all_orders(
        self,
        *,
        symbol: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open futures orders, or those of one contract / margin account.

        This endpoint allows cancelling orders which are associated with a future's contract or a
        margin account. If no arguments are specified all open orders will be cancelled.

        `POST /derivatives/api/v3/cancelallorders`.

        Note: The caller knows what happened from cancelStatus.status: `cancelled` (successful
        cancellation) or `noOrdersToCancel` (no open orders for cancellation; also success for the
        kill switch), and cancelStatus.cancelledOrders. cancelOnly echoes the symbol or "all".

        Note: Prices and sizes are JSON numbers (not strings) in these answers; the SDK should parse
        them exactly (Decimal from the JSON text), which the format's `float64` does not express.

        Note: The example lists three cancelledOrders but only two orderEvents; orderEvents is not a
        complete list of what was cancelled.

        Note: The page's operation path is /cancelallorders on the server
        https://futures.kraken.com/derivatives/api/v3.

        Args:
            symbol: A futures product to cancel all open orders. Wire name `symbol`, sent in the
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
            CancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: For /derivatives endpoints, clients can spend up to 500 every 10
        seconds. ... cancelallorders | 25
        (https://docs.kraken.com/exchange/guides/futures/ratelimits). Enforced: 500 per 10000 ms per
        uid [krakenfutures:uid:derivatives].

        Source: https://docs.kraken.com/api-reference/order-management/cancel-all-orders
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
            "CancelAllOrdersResponse",
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

    async def cancel_all_orders_after(
        self,
        *,
        timeout: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersAfterResponse:
        """Dead man's switch: cancel all futures orders when a countdown (seconds) expires; 0
        deactivates.

        This endpoint provides a Dead Man's Switch mechanism to protect the user from network
        malfunctions. The user can send a request with a timeout in seconds which will trigger a
        countdown timer that will cancel all user orders when timeout expires. The user has to keep
        sending request to push back the timeout expiration or they can deactivate the mechanism by
        specifying a timeout of zero (0).

        `POST /derivatives/api/v3/cancelallordersafter`.

        Note: The recommended mechanism usage is making a call every 15 to 20 seconds and provide a
        timeout of 60 seconds. This allows the user to keep the orders in place on a brief network
        failure, while keeping them safe in case of a network breakdown.

        Note: Disarm answer (CancelAllOrdersAfterCancelExample):
        {"result":"success","status":{"currentTime":
        "2018-06-19T16:51:23.839Z","triggerTime":"0"},"serverTime":"2018-06-19T16:51:23.839Z"}; the
        arm is confirmed by result=success and status.triggerTime in the future; disarm by
        triggerTime "0". Failure example: {"result":"error","serverTime":"2016-02-25T09:45:53.818Z",
        "error":"apiLimitExceeded"} (HTTP 200).

        Note: `timeout` is declared `type: number, format: uint32, example: 60` and `required:
        false`; the range above is the uint32 range (minimum 1 because 0 deactivates). No maximum is
        stated in prose. What an omitted timeout does is not stated; the SDK should always send it.

        Note: Scope is all user orders (no symbol parameter).

        Args:
            timeout: The timeout specified in seconds. Unit: s. Allowed: 1 <= timeout <= 4294967295,
                or 0 (deactivate the mechanism). Wire name `timeout`, sent in the query.
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
            CancelAllOrdersAfterResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: For /derivatives endpoints, clients can spend up to 500 every 10
        seconds. ... cancelallordersafter | 25
        (https://docs.kraken.com/exchange/guides/futures/ratelimits). Enforced: 500 per 10000 ms per
        uid [krakenfutures:uid:derivatives].

        Source: https://docs.kraken.com/api-reference/order-management/dead-mans-switch
        """
        if timeout is not None and (not isinstance(timeout, int) or isinstance(timeout, bool)):
            raise errors.ValidationError(
                argument="timeout", constraint="must be an int", value=timeout, wire_name="timeout"
            )
        if timeout is not None and (timeout not in (0,) and (timeout < 1 or timeout > 4294967295)):
            raise errors.ValidationError(
                argument="timeout",
                constraint="must be 1 <= timeout <= 4294967295, or 0 (deactivate the mechanism)",
                value=timeout,
                wire_name="timeout",
            )

        query: dict[str, object] = {}
        if timeout is not None:
            query["timeout"] = timeout

        body: dict[str, object] = {}

        return cast(
            "CancelAllOrdersAfterResponse",
            await self._client._call(
                _spec.FUTURES_CANCEL_ALL_ORDERS_AFTER,
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
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrdersResponse:
        """List open orders for all futures contracts (no pagination).

        This endpoint returns information on all open orders for all Futures contracts.

        `GET /derivatives/api/v3/openorders`.

        Note: The whole list comes in one answer (no pagination parameters). The enum says `stop`
        while the description says `stp` for stop orders; both are recorded. The live page's example
        uses PF_XBTUSD where the repository example uses PI_XBTUSD. The example is shortened to two
        of its seven orders.

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
            OpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: For /derivatives endpoints, clients can spend up to 500 every 10
        seconds. ... openorders | 2 (https://docs.kraken.com/exchange/guides/futures/ratelimits).
        Enforced: 500 per 10000 ms per uid [krakenfutures:uid:derivatives].

        Source: https://docs.kraken.com/api-reference/order-management/get-open-orders
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "OpenOrdersResponse",
            await self._client._call(
                _spec.FUTURES_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncKrakenFutures(AsyncClient):
    """KrakenFutures async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KRAKENFUTURES_API_KEY, KRAKENFUTURES_API_SECRET.
    `base_url` overrides https://futures.kraken.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("futures",)

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
        self.futures = AsyncKrakenFuturesFutures(self)
        """futures endpoints: `cancel_all_orders`, `cancel_all_orders_after`, `open_orders`."""
