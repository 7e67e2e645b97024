# Generated from specs/bitmex/ (sha256 27498c6426846abe9bfa6006cbc9c78646a161b1dfc577753605d9ee6b887a81). Do not edit: run make.
"""BitMEX clients, sync and async: BitMEX and AsyncBitMEX.

Generated from the specs in specs/bitmex/; the shared machinery (signing, transport,
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
        CancelAllAfterResponse,
        CancelAllOrdersResponse,
        OrdersResponse,
    )

__all__ = ["AsyncBitMEX", "AsyncBitMEXAll", "BitMEX", "BitMEXAll"]


class BitMEXAll:
    """The `all` endpoints of BitMEX."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all_after(
        self,
        *,
        timeout: int,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllAfterResponse:
        """Dead man's switch: cancel all your orders after a timeout in MILLISECONDS; 0 cancels the
        timer.

        Useful as a dead-man's switch to ensure your orders are canceled in case of an outage. If
        called repeatedly, the existing offset will be canceled and a new one will be inserted in
        its place.

        Example usage: call this route at 15s intervals with an offset of 60000 (60s). If this route
        is not called within 60 seconds, all your orders will be automatically canceled.

        This is also available via
        [WebSocket](https://www.bitmex.com/app/wsAPI#Dead-Mans-Switch-Auto-Cancel).

        `POST /api/v1/order/cancelAllAfter`. API key permission: order or orderCancel.

        Note: Example usage: call this route at 15s intervals with an offset of 60000 (60s). If this
        route is not called within 60 seconds, all your orders will be automatically canceled. If
        called repeatedly, the existing offset will be canceled and a new one will be inserted in
        its place.

        Note: Unit is milliseconds (Timeout in ms), unlike Kraken/KuCoin/Gate seconds. No minimum or
        maximum is published; minimum 1 only says a non-zero value arms. timeout is a double in
        swagger; send an integer.

        Note: The answer is only typed `object`; no official example. Third-party: CCXT 4.5.0
        documented {now, cancelTime} (BitMEX was removed from CCXT 4.5.90). The arm can be trusted
        only from HTTP 200; the SDK cannot read a trigger time from a documented field.

        Note: The response example is built from the two fields CCXT 4.5.0 documents for this answer
        (third-party); swagger.json types the answer only as object and gives no example.

        Note: Also available via WebSocket (Dead-Mans-Switch-Auto-Cancel); scope is all orders of
        the account.

        Args:
            timeout: Timeout in ms. Set to 0 to cancel this timer. Unit: ms. Allowed: 1 <= timeout
                <= 9223372036854775807, or 0 (cancel this timer). Wire name `timeout`, sent in the
                body.
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
            CancelAllAfterResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: 120 requests per minute on all routes (reduced to 30 when
        unauthenticated) (https://testnet.bitmex.com/app/restAPI). Enforced: 120 per 60000 ms per
        uid [bitmex:uid:all-routes].

        Source:
        https://github.com/BitMEX/api-connectors/blob/9f8f5e699732424b6fb0f70d25782c3accadcce2/swagger.json
        """
        if not isinstance(timeout, int) or isinstance(timeout, bool):
            raise errors.ValidationError(
                argument="timeout", constraint="must be an int", value=timeout, wire_name="timeout"
            )
        if timeout not in (0,) and (timeout < 1 or timeout > 9223372036854775807):
            raise errors.ValidationError(
                argument="timeout",
                constraint="must be 1 <= timeout <= 9223372036854775807, or 0 (cancel this timer)",
                value=timeout,
                wire_name="timeout",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "timeout": timeout,
        }

        return cast(
            "CancelAllAfterResponse",
            self._client._call(
                _spec.ALL_CANCEL_ALL_AFTER,
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
        target_account_ids: str | None = None,
        symbol: str | None = None,
        filter: str | None = None,
        text: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all of your orders (optionally of one symbol or filter).

        Cancels all of your orders.

        `DELETE /api/v1/order/all`. API key permission: order or orderCancel.

        Note: The response example is built from swagger.json's Order definition (field-table):
        every field with a value of its type; the values are illustrative, the page gives no
        example.

        Note: Evidence: HTTP 200 with an array of Order; each cancelled order has ordStatus Canceled
        (the value is not enumerated in swagger.json; the FIX dictionary's OrdStatus is referenced).
        An empty array means nothing was open. No example response is published.

        Note: targetAccountIds (JSON) cancels in paired accounts; [*] cancels all orders for all
        accounts the authenticated user has order write permissions for. filter (JSON) narrows, e.g.
        {"side": "Buy"}.

        Note: Parameters are formData in swagger (sent in the body; JSON or form-encoded, swagger
        consumes both); a DELETE with a body must be signed over that exact body.

        Note: Permission orderCancel suffices: "Only /order/cancel, /order/cancelAll and
        /order/cancelAllAfter ... are usable."

        Args:
            target_account_ids: AccountIds to cancel all orders, must be a paired account with main
                user. Also accepts wildcard, [*], this will cancel all orders for all accounts. the
                authenticated user has order write permissions for. Wire name `targetAccountIds`,
                sent in the body.
            symbol: Optional symbol. If provided, only cancels orders for that symbol. Wire name
                `symbol`, sent in the body.
            filter: Optional filter for cancellation. Use to only cancel some orders, e.g. `{"side":
                "Buy"}`. Wire name `filter`, sent in the body.
            text: Optional cancellation annotation. e.g. 'Spread Exceeded'. Wire name `text`, sent
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
            CancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: 120 requests per minute on all routes (reduced to 30 when
        unauthenticated) (https://testnet.bitmex.com/app/restAPI); 10 requests per second on certain
        routes ... DELETE /api/v1/order ... DELETE /api/v1/order/all
        (https://blog.bitmex.com/second-layer-rate-limits-to-improve-the-bitmex-trading-experience/).
        Enforced: 120 per 60000 ms per uid [bitmex:uid:all-routes], 10 per 1000 ms per uid
        [bitmex:uid:order-burst].

        Source:
        https://github.com/BitMEX/api-connectors/blob/9f8f5e699732424b6fb0f70d25782c3accadcce2/swagger.json
        """
        if target_account_ids is not None and (
            not isinstance(target_account_ids, str)
            or not target_account_ids.isprintable()
            or not target_account_ids
        ):
            raise errors.ValidationError(
                argument="target_account_ids",
                constraint="must be a non-empty str without control characters",
                value=target_account_ids,
                wire_name="targetAccountIds",
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

        if filter is not None and (
            not isinstance(filter, str) or not filter.isprintable() or not filter
        ):
            raise errors.ValidationError(
                argument="filter",
                constraint="must be a non-empty str without control characters",
                value=filter,
                wire_name="filter",
            )

        if text is not None and (not isinstance(text, str) or not text.isprintable() or not text):
            raise errors.ValidationError(
                argument="text",
                constraint="must be a non-empty str without control characters",
                value=text,
                wire_name="text",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if target_account_ids is not None:
            body["targetAccountIds"] = target_account_ids
        if symbol is not None:
            body["symbol"] = symbol
        if filter is not None:
            body["filter"] = filter
        if text is not None:
            body["text"] = text

        return cast(
            "CancelAllOrdersResponse",
            self._client._call(
                _spec.ALL_CANCEL_ALL_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def get_orders(
        self,
        *,
        symbol: str | None = None,
        filter: str | None = None,
        columns: str | None = None,
        count: int | None = None,
        start: int | None = None,
        reverse: bool | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OrdersResponse:
        """Get your orders; filter {"open": true} for open orders only (count <= 500, start offset).

        Get your orders.

        To get open orders only, send {"open": true} in the filter param.

        See <a href="http://www.onixs.biz/fix-dictionary/5.0.SP2/msgType_D_68.html">the FIX Spec</a>
        for explanations of these fields.

        `GET /api/v1/order`. API key permission: default (read).

        Note: The response example is built from swagger.json's Order definition (field-table):
        every field with a value of its type; the values are illustrative, the page gives no
        example.

        Note: Role open_orders with the fixed param filter={"open": true}; pagination: count
        (default 100, at most 500 results per request) and start (zero-based offset); keep paging
        while a page is full.

        Note: count and start ranges: the swagger text says "Must be a positive integer" and
        "Starting point for results"; the 500 maximum is from the connector README.

        Args:
            symbol: Instrument symbol. Send a bare series (e.g. XBT) to get data for the nearest
                expiring contract in that series. You can also send a timeframe, e.g.
                `XBT:quarterly`. Timeframes are `nearest`, `daily`, `weekly`, `monthly`,
                `quarterly`, `biquarterly`, and `perpetual`. Symbols are case-insensitive. Wire name
                `symbol`, sent in the query.
            filter: Generic table filter. Send JSON key/value pairs, such as `{"key": "value"}`. You
                can key on individual fields, and do more advanced querying on timestamps. See the
                [Timestamp Docs](https://www.bitmex.com/app/restAPI#Timestamp-Filters) for more
                details. Wire name `filter`, sent in the query.
            columns: Array of column names to fetch. If omitted, will return all columns. Note that
                this method will always return item keys, even when not specified, so you may
                receive more columns that you expect. Wire name `columns`, sent in the query.
            count: Number of results to fetch. Must be a positive integer. Allowed: 1 <= count <=
                500. Wire name `count`, sent in the query.
            start: Starting point for results. Allowed: 0 <= start <= 2147483647. Wire name `start`,
                sent in the query.
            reverse: If true, will sort results newest first. Wire name `reverse`, sent in the
                query.
            start_time: Starting date filter for results. Wire name `startTime`, sent in the query.
            end_time: Ending date filter for results. Wire name `endTime`, sent in the query.
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
            OrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: 120 requests per minute on all routes (reduced to 30 when
        unauthenticated) (https://testnet.bitmex.com/app/restAPI). Enforced: 120 per 60000 ms per
        uid [bitmex:uid:all-routes].

        Source:
        https://github.com/BitMEX/api-connectors/blob/9f8f5e699732424b6fb0f70d25782c3accadcce2/swagger.json
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

        if filter is not None and (
            not isinstance(filter, str) or not filter.isprintable() or not filter
        ):
            raise errors.ValidationError(
                argument="filter",
                constraint="must be a non-empty str without control characters",
                value=filter,
                wire_name="filter",
            )

        if columns is not None and (
            not isinstance(columns, str) or not columns.isprintable() or not columns
        ):
            raise errors.ValidationError(
                argument="columns",
                constraint="must be a non-empty str without control characters",
                value=columns,
                wire_name="columns",
            )

        if count is not None and (not isinstance(count, int) or isinstance(count, bool)):
            raise errors.ValidationError(
                argument="count", constraint="must be an int", value=count, wire_name="count"
            )
        if count is not None and (count < 1 or count > 500):
            raise errors.ValidationError(
                argument="count",
                constraint="must be 1 <= count <= 500",
                value=count,
                wire_name="count",
            )

        if start is not None and (not isinstance(start, int) or isinstance(start, bool)):
            raise errors.ValidationError(
                argument="start", constraint="must be an int", value=start, wire_name="start"
            )
        if start is not None and (start < 0 or start > 2147483647):
            raise errors.ValidationError(
                argument="start",
                constraint="must be 0 <= start <= 2147483647",
                value=start,
                wire_name="start",
            )

        if reverse is not None and (not isinstance(reverse, bool)):
            raise errors.ValidationError(
                argument="reverse", constraint="must be a bool", value=reverse, wire_name="reverse"
            )

        if start_time is not None and (
            not isinstance(start_time, str) or not start_time.isprintable() or not start_time
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be a non-empty str without control characters",
                value=start_time,
                wire_name="startTime",
            )

        if end_time is not None and (
            not isinstance(end_time, str) or not end_time.isprintable() or not end_time
        ):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be a non-empty str without control characters",
                value=end_time,
                wire_name="endTime",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if filter is not None:
            query["filter"] = filter
        if columns is not None:
            query["columns"] = columns
        if count is not None:
            query["count"] = count
        if start is not None:
            query["start"] = start
        if reverse is not None:
            query["reverse"] = reverse
        if start_time is not None:
            query["startTime"] = start_time
        if end_time is not None:
            query["endTime"] = end_time

        body: dict[str, object] = {}

        return cast(
            "OrdersResponse",
            self._client._call(
                _spec.ALL_GET_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class BitMEX(SyncClient):
    """BitMEX sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BITMEX_API_KEY, BITMEX_API_SECRET.
    `base_url` overrides https://www.bitmex.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("all",)

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
        self.all = BitMEXAll(self)
        """all endpoints: `cancel_all_after`, `cancel_all_orders`, `get_orders`."""


class AsyncBitMEXAll:
    """The `all` endpoints of BitMEX (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all_after(
        self,
        *,
        timeout: int,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllAfterResponse:
        """Dead man's switch: cancel all your orders after a timeout in MILLISECONDS; 0 cancels the
        timer.

        Useful as a dead-man's switch to ensure your orders are canceled in case of an outage. If
        called repeatedly, the existing offset will be canceled and a new one will be inserted in
        its place.

        Example usage: call this route at 15s intervals with an offset of 60000 (60s). If this route
        is not called within 60 seconds, all your orders will be automatically canceled.

        This is also available via
        [WebSocket](https://www.bitmex.com/app/wsAPI#Dead-Mans-Switch-Auto-Cancel).

        `POST /api/v1/order/cancelAllAfter`. API key permission: order or orderCancel.

        Note: Example usage: call this route at 15s intervals with an offset of 60000 (60s). If this
        route is not called within 60 seconds, all your orders will be automatically canceled. If
        called repeatedly, the existing offset will be canceled and a new one will be inserted in
        its place.

        Note: Unit is milliseconds (Timeout in ms), unlike Kraken/KuCoin/Gate seconds. No minimum or
        maximum is published; minimum 1 only says a non-zero value arms. timeout is a double in
        swagger; send an integer.

        Note: The answer is only typed `object`; no official example. Third-party: CCXT 4.5.0
        documented {now, cancelTime} (BitMEX was removed from CCXT 4.5.90). The arm can be trusted
        only from HTTP 200; the SDK cannot read a trigger time from a documented field.

        Note: The response example is built from the two fields CCXT 4.5.0 documents for this answer
        (third-party); swagger.json types the answer only as object and gives no example.

        Note: Also available via WebSocket (Dead-Mans-Switch-Auto-Cancel); scope is all orders of
        the account.

        Args:
            timeout: Timeout in ms. Set to 0 to cancel this timer. Unit: ms. Allowed: 1 <= timeout
                <= 9223372036854775807, or 0 (cancel this timer). Wire name `timeout`, sent in the
                body.
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
            CancelAllAfterResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: 120 requests per minute on all routes (reduced to 30 when
        unauthenticated) (https://testnet.bitmex.com/app/restAPI). Enforced: 120 per 60000 ms per
        uid [bitmex:uid:all-routes].

        Source:
        https://github.com/BitMEX/api-connectors/blob/9f8f5e699732424b6fb0f70d25782c3accadcce2/swagger.json
        """
        if not isinstance(timeout, int) or isinstance(timeout, bool):
            raise errors.ValidationError(
                argument="timeout", constraint="must be an int", value=timeout, wire_name="timeout"
            )
        if timeout not in (0,) and (timeout < 1 or timeout > 9223372036854775807):
            raise errors.ValidationError(
                argument="timeout",
                constraint="must be 1 <= timeout <= 9223372036854775807, or 0 (cancel this timer)",
                value=timeout,
                wire_name="timeout",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "timeout": timeout,
        }

        return cast(
            "CancelAllAfterResponse",
            await self._client._call(
                _spec.ALL_CANCEL_ALL_AFTER,
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
        target_account_ids: str | None = None,
        symbol: str | None = None,
        filter: str | None = None,
        text: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all of your orders (optionally of one symbol or filter).

        Cancels all of your orders.

        `DELETE /api/v1/order/all`. API key permission: order or orderCancel.

        Note: The response example is built from swagger.json's Order definition (field-table):
        every field with a value of its type; the values are illustrative, the page gives no
        example.

        Note: Evidence: HTTP 200 with an array of Order; each cancelled order has ordStatus Canceled
        (the value is not enumerated in swagger.json; the FIX dictionary's OrdStatus is referenced).
        An empty array means nothing was open. No example response is published.

        Note: targetAccountIds (JSON) cancels in paired accounts; [*] cancels all orders for all
        accounts the authenticated user has order write permissions for. filter (JSON) narrows, e.g.
        {"side": "Buy"}.

        Note: Parameters are formData in swagger (sent in the body; JSON or form-encoded, swagger
        consumes both); a DELETE with a body must be signed over that exact body.

        Note: Permission orderCancel suffices: "Only /order/cancel, /order/cancelAll and
        /order/cancelAllAfter ... are usable."

        Args:
            target_account_ids: AccountIds to cancel all orders, must be a paired account with main
                user. Also accepts wildcard, [*], this will cancel all orders for all accounts. the
                authenticated user has order write permissions for. Wire name `targetAccountIds`,
                sent in the body.
            symbol: Optional symbol. If provided, only cancels orders for that symbol. Wire name
                `symbol`, sent in the body.
            filter: Optional filter for cancellation. Use to only cancel some orders, e.g. `{"side":
                "Buy"}`. Wire name `filter`, sent in the body.
            text: Optional cancellation annotation. e.g. 'Spread Exceeded'. Wire name `text`, sent
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
            CancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: 120 requests per minute on all routes (reduced to 30 when
        unauthenticated) (https://testnet.bitmex.com/app/restAPI); 10 requests per second on certain
        routes ... DELETE /api/v1/order ... DELETE /api/v1/order/all
        (https://blog.bitmex.com/second-layer-rate-limits-to-improve-the-bitmex-trading-experience/).
        Enforced: 120 per 60000 ms per uid [bitmex:uid:all-routes], 10 per 1000 ms per uid
        [bitmex:uid:order-burst].

        Source:
        https://github.com/BitMEX/api-connectors/blob/9f8f5e699732424b6fb0f70d25782c3accadcce2/swagger.json
        """
        if target_account_ids is not None and (
            not isinstance(target_account_ids, str)
            or not target_account_ids.isprintable()
            or not target_account_ids
        ):
            raise errors.ValidationError(
                argument="target_account_ids",
                constraint="must be a non-empty str without control characters",
                value=target_account_ids,
                wire_name="targetAccountIds",
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

        if filter is not None and (
            not isinstance(filter, str) or not filter.isprintable() or not filter
        ):
            raise errors.ValidationError(
                argument="filter",
                constraint="must be a non-empty str without control characters",
                value=filter,
                wire_name="filter",
            )

        if text is not None and (not isinstance(text, str) or not text.isprintable() or not text):
            raise errors.ValidationError(
                argument="text",
                constraint="must be a non-empty str without control characters",
                value=text,
                wire_name="text",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if target_account_ids is not None:
            body["targetAccountIds"] = target_account_ids
        if symbol is not None:
            body["symbol"] = symbol
        if filter is not None:
            body["filter"] = filter
        if text is not None:
            body["text"] = text

        return cast(
            "CancelAllOrdersResponse",
            await self._client._call(
                _spec.ALL_CANCEL_ALL_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def get_orders(
        self,
        *,
        symbol: str | None = None,
        filter: str | None = None,
        columns: str | None = None,
        count: int | None = None,
        start: int | None = None,
        reverse: bool | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OrdersResponse:
        """Get your orders; filter {"open": true} for open orders only (count <= 500, start offset).

        Get your orders.

        To get open orders only, send {"open": true} in the filter param.

        See <a href="http://www.onixs.biz/fix-dictionary/5.0.SP2/msgType_D_68.html">the FIX Spec</a>
        for explanations of these fields.

        `GET /api/v1/order`. API key permission: default (read).

        Note: The response example is built from swagger.json's Order definition (field-table):
        every field with a value of its type; the values are illustrative, the page gives no
        example.

        Note: Role open_orders with the fixed param filter={"open": true}; pagination: count
        (default 100, at most 500 results per request) and start (zero-based offset); keep paging
        while a page is full.

        Note: count and start ranges: the swagger text says "Must be a positive integer" and
        "Starting point for results"; the 500 maximum is from the connector README.

        Args:
            symbol: Instrument symbol. Send a bare series (e.g. XBT) to get data for the nearest
                expiring contract in that series. You can also send a timeframe, e.g.
                `XBT:quarterly`. Timeframes are `nearest`, `daily`, `weekly`, `monthly`,
                `quarterly`, `biquarterly`, and `perpetual`. Symbols are case-insensitive. Wire name
                `symbol`, sent in the query.
            filter: Generic table filter. Send JSON key/value pairs, such as `{"key": "value"}`. You
                can key on individual fields, and do more advanced querying on timestamps. See the
                [Timestamp Docs](https://www.bitmex.com/app/restAPI#Timestamp-Filters) for more
                details. Wire name `filter`, sent in the query.
            columns: Array of column names to fetch. If omitted, will return all columns. Note that
                this method will always return item keys, even when not specified, so you may
                receive more columns that you expect. Wire name `columns`, sent in the query.
            count: Number of results to fetch. Must be a positive integer. Allowed: 1 <= count <=
                500. Wire name `count`, sent in the query.
            start: Starting point for results. Allowed: 0 <= start <= 2147483647. Wire name `start`,
                sent in the query.
            reverse: If true, will sort results newest first. Wire name `reverse`, sent in the
                query.
            start_time: Starting date filter for results. Wire name `startTime`, sent in the query.
            end_time: Ending date filter for results. Wire name `endTime`, sent in the query.
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
            OrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: 120 requests per minute on all routes (reduced to 30 when
        unauthenticated) (https://testnet.bitmex.com/app/restAPI). Enforced: 120 per 60000 ms per
        uid [bitmex:uid:all-routes].

        Source:
        https://github.com/BitMEX/api-connectors/blob/9f8f5e699732424b6fb0f70d25782c3accadcce2/swagger.json
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

        if filter is not None and (
            not isinstance(filter, str) or not filter.isprintable() or not filter
        ):
            raise errors.ValidationError(
                argument="filter",
                constraint="must be a non-empty str without control characters",
                value=filter,
                wire_name="filter",
            )

        if columns is not None and (
            not isinstance(columns, str) or not columns.isprintable() or not columns
        ):
            raise errors.ValidationError(
                argument="columns",
                constraint="must be a non-empty str without control characters",
                value=columns,
                wire_name="columns",
            )

        if count is not None and (not isinstance(count, int) or isinstance(count, bool)):
            raise errors.ValidationError(
                argument="count", constraint="must be an int", value=count, wire_name="count"
            )
        if count is not None and (count < 1 or count > 500):
            raise errors.ValidationError(
                argument="count",
                constraint="must be 1 <= count <= 500",
                value=count,
                wire_name="count",
            )

        if start is not None and (not isinstance(start, int) or isinstance(start, bool)):
            raise errors.ValidationError(
                argument="start", constraint="must be an int", value=start, wire_name="start"
            )
        if start is not None and (start < 0 or start > 2147483647):
            raise errors.ValidationError(
                argument="start",
                constraint="must be 0 <= start <= 2147483647",
                value=start,
                wire_name="start",
            )

        if reverse is not None and (not isinstance(reverse, bool)):
            raise errors.ValidationError(
                argument="reverse", constraint="must be a bool", value=reverse, wire_name="reverse"
            )

        if start_time is not None and (
            not isinstance(start_time, str) or not start_time.isprintable() or not start_time
        ):
            raise errors.ValidationError(
                argument="start_time",
                constraint="must be a non-empty str without control characters",
                value=start_time,
                wire_name="startTime",
            )

        if end_time is not None and (
            not isinstance(end_time, str) or not end_time.isprintable() or not end_time
        ):
            raise errors.ValidationError(
                argument="end_time",
                constraint="must be a non-empty str without control characters",
                value=end_time,
                wire_name="endTime",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if filter is not None:
            query["filter"] = filter
        if columns is not None:
            query["columns"] = columns
        if count is not None:
            query["count"] = count
        if start is not None:
            query["start"] = start
        if reverse is not None:
            query["reverse"] = reverse
        if start_time is not None:
            query["startTime"] = start_time
        if end_time is not None:
            query["endTime"] = end_time

        body: dict[str, object] = {}

        return cast(
            "OrdersResponse",
            await self._client._call(
                _spec.ALL_GET_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncBitMEX(AsyncClient):
    """BitMEX async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BITMEX_API_KEY, BITMEX_API_SECRET.
    `base_url` overrides https://www.bitmex.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("all",)

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
        self.all = AsyncBitMEXAll(self)
        """all endpoints: `cancel_all_after`, `cancel_all_orders`, `get_orders`."""
