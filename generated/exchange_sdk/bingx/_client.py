# Generated from specs/bingx/ (sha256 a975dd37c04593e08ab84ff6e493872427a059a74eb2fe9806fd4ec2b32f59cc). Do not edit: run make.
"""BingX clients, sync and async: BingX and AsyncBingX.

Generated from the specs in specs/bingx/; the shared machinery (signing, transport,
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
        CancelAllAfterResponse,
        CancelOpenOrdersResponse,
        OpenOrdersResponse,
        SwapCancelAllAfterResponse,
        SwapCancelAllOpenOrdersResponse,
        SwapOpenOrdersResponse,
    )

__all__ = ["AsyncBingX", "AsyncBingXSpot", "AsyncBingXSwap", "BingX", "BingXSpot", "BingXSwap"]


class BingXSpot:
    """The `spot` endpoints of BingX."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all_after(
        self,
        *,
        type: Literal["ACTIVATE", "CLOSE"],
        time_out: int,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllAfterResponse:
        """Cancel all spot pending orders when a countdown ends (dead-man's switch).

        After the countdown ends, cancel all current pending orders. This request can be
        continuously maintained to constantly extend the penalty time.

        `POST /openApi/spot/v1/trade/cancelAllAfter`. API key permission: Spot Trading.

        Note: "If you have a large amount of pending orders, they will be canceled in batches, which
        may take several seconds to cancel in batches. In addition, during the process of canceling
        all pending orders, the system will reject further ACTIVATE and CLOSE requests. After the
        system has completed the task of canceling all pending orders, it can continue to accept
        ACTIVATE and CLOSE requests."

        Note: The countdown can be re-sent to extend it.

        Note: The response parameters of every call are triggerTime, status (ACTIVATED, CLOSED or
        FAILED) and note. triggerTime and status are what tell the caller the countdown's state, so
        the spec marks them required: a success envelope without them raises UnexpectedResponseError
        (keeping the raw body) instead of returning a model that proves nothing. note is an
        explanation and stays optional. The sources do not show a CLOSE answer; the simulator
        answers triggerTime 0 with status CLOSED.

        Args:
            type: Request type: ACTIVATE-Activate, CLOSE-Close. Allowed: one of ACTIVATE (Activate),
                CLOSE (Close). Wire name `type`, sent in the query.
            time_out: Activate countdown time (seconds), range: 10s-120s. Unit: s. Allowed: 10 <=
                time_out <= 120. Wire name `timeOut`, sent in the query.
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
            errors.RateLimitError: 100410: Rate limited; the message says when the block ends
            errors.AuthenticationError: 100413: Incorrect apiKey
            errors.PermissionDeniedError: 100419: IP does not match IP whitelist
            errors.TimestampError: 100421: Null timestamp or timestamp mismatch
            errors.TimestampError: 80014: timestamp is invalid

        Rate limits stated: rate limitation by UID: 2/s (page); rate limitation by IP in group
        Number: 2 (page); Rate limit: 1 time/1s (page); rate-limitation 10/second (UID), IP group 2
        (protocols:§1e); groups 2 and 3: 2000 req/10 s in total, 300 req/10 s per interface
        (protocols:§1c). Enforced: 1 per 1000 ms per uid [bingx:uid:spot.cancel_all_after], 2000 per
        10000 ms per ip [bingx:ip:group-2], 300 per 10000 ms per ip
        [bingx:ip:spot.cancel_all_after].

        Source: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html
        """
        if not isinstance(type, str) or not type.isprintable() or not type:
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type not in ("ACTIVATE", "CLOSE"):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'ACTIVATE', 'CLOSE'",
                value=type,
                wire_name="type",
            )

        if not isinstance(time_out, int) or isinstance(time_out, bool):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be an int",
                value=time_out,
                wire_name="timeOut",
            )
        if time_out < 10 or time_out > 120:
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be 10 <= time_out <= 120",
                value=time_out,
                wire_name="timeOut",
            )

        query: dict[str, object] = {
            "type": type,
            "timeOut": time_out,
        }

        body: dict[str, object] = {}

        return cast(
            "CancelAllAfterResponse",
            self._client._call(
                _spec.SPOT_CANCEL_ALL_AFTER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cancel_open_orders(
        self,
        *,
        symbol: str | None = None,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelOpenOrdersResponse:
        """Cancel all open spot orders on a symbol, or on every symbol when none is given.

        `POST /openApi/spot/v1/trade/cancelOpenOrders`. API key permission: Spot Trading.

        Note: The symbol pattern (capital letters and digits, one hyphen) is the format the pages
        describe for spot symbols ("for example: BTC-USDT, please use capital letters"); a symbol in
        another exchange's format is refused before sending.

        Note: The page lists the order fields without their container; the orders arrive as
        data.orders[]. Example order ids such as 1735964997957275648 exceed 2^53, so orderId is
        parsed as an exact integer.

        Note: The page gives no example response; the example in `response` is built from its field
        table (example_kind: field-table), its values illustrative, the first orderId the one
        protocols:§1e quotes.

        Args:
            symbol: Trading pair, e.g., BTC-USDT. If not filled out, cancel all orders. Allowed:
                matches [A-Z0-9]+-[A-Z0-9]+. Wire name `symbol`, sent in the query.
            recv_window: Request valid time window value, Unit: milliseconds (default 5000). Unit:
                ms. Allowed: -9223372036854775808 <= recv_window <= 9223372036854775807. Wire name
                `recvWindow`, sent in the query.
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
            CancelOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.RateLimitError: 100410: Rate limited; the message says when the block ends
            errors.AuthenticationError: 100413: Incorrect apiKey
            errors.PermissionDeniedError: 100419: IP does not match IP whitelist
            errors.TimestampError: 100421: Null timestamp or timestamp mismatch
            errors.TimestampError: 80014: timestamp is invalid

        Rate limits stated: rate limitation by UID: 2/s (page); rate limitation by IP in group
        Number: 3 (page); UID 10/s in [BXJS] (2/s in the older scrape), IP group 3 (protocols:§1e);
        groups 2 and 3: 2000 req/10 s in total, 300 req/10 s per interface (protocols:§1c).
        Enforced: 2 per 1000 ms per uid [bingx:uid:spot.cancel_open_orders], 2000 per 10000 ms per
        ip [bingx:ip:group-3], 300 per 10000 ms per ip [bingx:ip:spot.cancel_open_orders].

        Source: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html
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
        if symbol is not None and (not fullmatch("[A-Z0-9]+-[A-Z0-9]+", symbol)):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Z0-9]+-[A-Z0-9]+",
                value=symbol,
                wire_name="symbol",
            )

        if recv_window is not None and (
            not isinstance(recv_window, int) or isinstance(recv_window, bool)
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be an int",
                value=recv_window,
                wire_name="recvWindow",
            )
        if recv_window is not None and (
            recv_window < -9223372036854775808 or recv_window > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be -9223372036854775808 <= recv_window <= 9223372036854775807",
                value=recv_window,
                wire_name="recvWindow",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "CancelOpenOrdersResponse",
            self._client._call(
                _spec.SPOT_CANCEL_OPEN_ORDERS,
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
        symbol: str | None = None,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrdersResponse:
        """List the open spot orders of a symbol, or of every symbol when none is given.

        `GET /openApi/spot/v1/trade/openOrders`. API key permission: Read.

        Note: The list holds at most 2000 orders; the page documents no pagination.

        Note: The page gives no example response; the example in `response` is built from its field
        table (example_kind: field-table), its values illustrative.

        Note: The symbol pattern (capital letters and digits, one hyphen) is the format the pages
        describe for spot symbols ("for example: BTC-USDT, please use capital letters"); a symbol in
        another exchange's format is refused before sending.

        Args:
            symbol: Trading pair, e.g., BTC-USDT. Query all pending orders when left blank. Allowed:
                matches [A-Z0-9]+-[A-Z0-9]+. Wire name `symbol`, sent in the query.
            recv_window: Request valid time window value, Unit: milliseconds. Unit: ms. Allowed:
                -9223372036854775808 <= recv_window <= 9223372036854775807. Wire name `recvWindow`,
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
            OpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.RateLimitError: 100410: Rate limited; the message says when the block ends
            errors.AuthenticationError: 100413: Incorrect apiKey
            errors.PermissionDeniedError: 100419: IP does not match IP whitelist
            errors.TimestampError: 100421: Null timestamp or timestamp mismatch
            errors.TimestampError: 80014: timestamp is invalid

        Rate limits stated: rate limitation by UID: 10/s (page); rate limitation by IP in group
        Number: 2 (page); groups 2 and 3: 2000 req/10 s in total, 300 req/10 s per interface
        (protocols:§1c). Enforced: 10 per 1000 ms per uid [bingx:uid:spot.open_orders], 2000 per
        10000 ms per ip [bingx:ip:group-2], 300 per 10000 ms per ip [bingx:ip:spot.open_orders].

        Source: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html#Current%20Open%20Orders
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
        if symbol is not None and (not fullmatch("[A-Z0-9]+-[A-Z0-9]+", symbol)):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Z0-9]+-[A-Z0-9]+",
                value=symbol,
                wire_name="symbol",
            )

        if recv_window is not None and (
            not isinstance(recv_window, int) or isinstance(recv_window, bool)
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be an int",
                value=recv_window,
                wire_name="recvWindow",
            )
        if recv_window is not None and (
            recv_window < -9223372036854775808 or recv_window > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be -9223372036854775808 <= recv_window <= 9223372036854775807",
                value=recv_window,
                wire_name="recvWindow",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "OpenOrdersResponse",
            self._client._call(
                _spec.SPOT_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class BingXSwap:
    """The `swap` endpoints of BingX."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all_after(
        self,
        *,
        type: Literal["ACTIVATE", "CLOSE"],
        time_out: int,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SwapCancelAllAfterResponse:
        """Cancel all USDT-M perpetual pending orders when a countdown ends (dead-man's switch).

        After the countdown ends, cancel all current pending orders. This request can be
        continuously maintained to constantly extend the penalty time.

        `POST /openApi/swap/v2/trade/cancelAllAfter`.

        Note: "endpoint description：After the countdown ends, cancel all current pending orders.
        This request can be continuously maintained to constantly extend the penalty time."

        Note: "If you have a large amount of pending orders, they will be canceled in batches, which
        may take several seconds to cancel in batches. In addition, during the process of canceling
        all pending orders, the system will reject further ACTIVATE and CLOSE requests. After the
        system has completed the task of canceling all pending orders, it can continue to accept
        ACTIVATE and CLOSE requests."

        Note: What tells the caller the arm happened: data.status ACTIVATED and data.triggerTime
        (the example's value is in seconds); CLOSED after a disarm; FAILED otherwise (HTTP 200, code
        0: the SDK must check status, not only code).

        Note: The swap page's example response is the spot one verbatim ("All your spot pending
        orders ..."): the example text is copied, not evidence that the swap switch cancels spot
        orders.

        Note: Not sourced: whether timeOut is required for CLOSE (the page marks it required), where
        the parameters go (no Content-Type stated; the spot spec sends them in the query string),
        and the scope (all swap symbols is implied by "all current pending orders"; no symbol
        param).

        Args:
            type: Request type: ACTIVATE-Activate, CLOSE-Close. Allowed: one of ACTIVATE (Activate),
                CLOSE (Close). Wire name `type`, sent in the query.
            time_out: Activate countdown time (seconds), range: 10s-120s. Unit: s. Allowed: 10 <=
                time_out <= 120. Wire name `timeOut`, sent in the query.
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
            SwapCancelAllAfterResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: rate limitation: 2/second per UID (page); Rate limit: 1 time/1s (page);
        Account API Group [2]: The total IP rate limit for all interfaces within the group is 2000
        requests per 10 seconds (page); with an individual IP rate limit of 300 requests per 10
        seconds for each interface. (page). Enforced: 1 per 1000 ms per uid
        [bingx:uid:swap.cancel_all_after], 300 per 10000 ms per ip [bingx:ip:swap.cancel_all_after].

        Source: https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html#Cancel%20All%20After
        """
        if not isinstance(type, str) or not type.isprintable() or not type:
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type not in ("ACTIVATE", "CLOSE"):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'ACTIVATE', 'CLOSE'",
                value=type,
                wire_name="type",
            )

        if not isinstance(time_out, int) or isinstance(time_out, bool):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be an int",
                value=time_out,
                wire_name="timeOut",
            )
        if time_out < 10 or time_out > 120:
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be 10 <= time_out <= 120",
                value=time_out,
                wire_name="timeOut",
            )

        query: dict[str, object] = {
            "type": type,
            "timeOut": time_out,
        }

        body: dict[str, object] = {}

        return cast(
            "SwapCancelAllAfterResponse",
            self._client._call(
                _spec.SWAP_CANCEL_ALL_AFTER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cancel_all_open_orders(
        self,
        *,
        symbol: str | None = None,
        type: Literal[
            "LIMIT",
            "MARKET",
            "STOP_MARKET",
            "TAKE_PROFIT_MARKET",
            "STOP",
            "TAKE_PROFIT",
            "TRIGGER_LIMIT",
            "TRIGGER_MARKET",
            "TRAILING_STOP_MARKET",
            "TRAILING_TP_SL",
        ]
        | None = None,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SwapCancelAllOpenOrdersResponse:
        """Cancel all open USDT-M perpetual orders, on one symbol or on every symbol.

        Cancel all orders in the current entrusted state of the current account.

        `DELETE /openApi/swap/v2/trade/allOpenOrders`.

        Note: What tells the caller the cancel happened: data.success[] (status CANCELLED) and
        data.failed[] (orderId, errorCode, errorMessage) per order; a code 0 response can still
        carry failures, so the kill switch must read data.failed and list again. failed may be null
        (the batch-cancel example sends "failed": null).

        Note: "endpoint description：Cancel all orders in the current entrusted state of the current
        account."

        Note: The example order ids are JavaScript-rounded by the doc site (both are
        1736013373487123500).

        Note: The page is the compiled bundle of the official doc site (module 6tzN); it names no
        API key permission for this endpoint (the spot pages say "Spot Trading"; the FAQ says
        contract and spot trading permissions are configured separately).

        Note: Not sourced: whether the call is synchronous (the page says nothing); an error list
        (the page's is empty); the code when nothing is open.

        Args:
            symbol: There must be a hyphen/ "-" in the trading pair symbol. eg: BTC-USDT, if you do
                not fill this field, will delete all type of orders. Wire name `symbol`, sent in the
                query.
            type: Order type filter (the page lists the values; "required no"). Allowed: one of
                LIMIT (Limit Order), MARKET (Market Order), STOP_MARKET (Stop Market Order),
                TAKE_PROFIT_MARKET (Take Profit Market Order), STOP (Stop Limit Order), TAKE_PROFIT
                (Take Profit Limit Order), TRIGGER_LIMIT (Stop Limit Order with Trigger),
                TRIGGER_MARKET (Stop Market Order with Trigger), TRAILING_STOP_MARKET (Trailing Stop
                Market Order), TRAILING_TP_SL (Trailing TakeProfit or StopLoss). Wire name `type`,
                sent in the query.
            recv_window: Request valid time window value, Unit: milliseconds. Unit: ms. Allowed:
                -9223372036854775808 <= recv_window <= 9223372036854775807. Wire name `recvWindow`,
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
            SwapCancelAllOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: rate limitation: 5/second per UID (page); Account API Group [2]: The
        total IP rate limit for all interfaces within the group is 2000 requests per 10 seconds
        (page); with an individual IP rate limit of 300 requests per 10 seconds for each interface.
        (page). Enforced: 5 per 1000 ms per uid [bingx:uid:swap.cancel_all_open_orders], 300 per
        10000 ms per ip [bingx:ip:swap.cancel_all_open_orders].

        Source:
        https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html#Cancel%20All%20Open%20Orders
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

        if type is not None and (not isinstance(type, str) or not type.isprintable() or not type):
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type is not None and (
            type
            not in (
                "LIMIT",
                "MARKET",
                "STOP_MARKET",
                "TAKE_PROFIT_MARKET",
                "STOP",
                "TAKE_PROFIT",
                "TRIGGER_LIMIT",
                "TRIGGER_MARKET",
                "TRAILING_STOP_MARKET",
                "TRAILING_TP_SL",
            )
        ):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'LIMIT', 'MARKET', 'STOP_MARKET', 'TAKE_PROFIT_MARKET', 'STOP', 'TAKE_PROFIT', 'TRIGGER_LIMIT', 'TRIGGER_MARKET', 'TRAILING_STOP_MARKET', 'TRAILING_TP_SL'",
                value=type,
                wire_name="type",
            )

        if recv_window is not None and (
            not isinstance(recv_window, int) or isinstance(recv_window, bool)
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be an int",
                value=recv_window,
                wire_name="recvWindow",
            )
        if recv_window is not None and (
            recv_window < -9223372036854775808 or recv_window > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be -9223372036854775808 <= recv_window <= 9223372036854775807",
                value=recv_window,
                wire_name="recvWindow",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if type is not None:
            query["type"] = type
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "SwapCancelAllOpenOrdersResponse",
            self._client._call(
                _spec.SWAP_CANCEL_ALL_OPEN_ORDERS,
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
        symbol: str | None = None,
        type: Literal[
            "LIMIT",
            "MARKET",
            "STOP_MARKET",
            "TAKE_PROFIT_MARKET",
            "STOP",
            "TAKE_PROFIT",
            "TRIGGER_LIMIT",
            "TRIGGER_MARKET",
            "TRAILING_STOP_MARKET",
            "TRAILING_TP_SL",
        ]
        | None = None,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SwapOpenOrdersResponse:
        """List all current USDT-M perpetual pending orders, on one symbol or on all symbols.

        Query all orders that the user is currently entrusted with.

        `GET /openApi/swap/v2/trade/openOrders`.

        Note: "endpoint description：Query all orders that the user is currently entrusted with."

        Note: The order objects are in data.orders[]; status of an open order is PENDING in the
        example (the page gives no status enum). The listing has no pagination.

        Note: The type filter accepts conditional types (STOP_MARKET, TAKE_PROFIT_MARKET, TRIGGER_*,
        TRAILING_*), which implies such orders appear in this listing (inferred, not stated). TWAP
        orders have their own listing (GET /openApi/swap/v1/twap/openOrders) and cancel (POST
        /openApi/swap/v1/twap/cancelOrder).

        Args:
            symbol: There must be a hyphen/ "-" in the trading pair symbol. eg: BTC-USDT, When not
                filled, query all pending orders. When filled, query the pending orders for the
                corresponding currency pair. Wire name `symbol`, sent in the query.
            type: Order type filter (the page lists the values; "required no"). Allowed: one of
                LIMIT (Limit Order), MARKET (Market Order), STOP_MARKET (Stop Market Order),
                TAKE_PROFIT_MARKET (Take Profit Market Order), STOP (Stop Limit Order), TAKE_PROFIT
                (Take Profit Limit Order), TRIGGER_LIMIT (Stop Limit Order with Trigger),
                TRIGGER_MARKET (Stop Market Order with Trigger), TRAILING_STOP_MARKET (Trailing Stop
                Market Order), TRAILING_TP_SL (Trailing TakeProfit or StopLoss). Wire name `type`,
                sent in the query.
            recv_window: Request valid time window value, Unit: milliseconds. Unit: ms. Allowed:
                -9223372036854775808 <= recv_window <= 9223372036854775807. Wire name `recvWindow`,
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
            SwapOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: rate limitation: 5/second per UID (page); Account API Group [3]: The
        total IP rate limit for all interfaces within the group is 2000 requests per 10 seconds
        (page); with an individual IP rate limit of 300 requests per 10 seconds for each interface.
        (page). Enforced: 5 per 1000 ms per uid [bingx:uid:swap.open_orders], 300 per 10000 ms per
        ip [bingx:ip:swap.open_orders].

        Source:
        https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html#Current%20All%20Open%20Orders
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

        if type is not None and (not isinstance(type, str) or not type.isprintable() or not type):
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type is not None and (
            type
            not in (
                "LIMIT",
                "MARKET",
                "STOP_MARKET",
                "TAKE_PROFIT_MARKET",
                "STOP",
                "TAKE_PROFIT",
                "TRIGGER_LIMIT",
                "TRIGGER_MARKET",
                "TRAILING_STOP_MARKET",
                "TRAILING_TP_SL",
            )
        ):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'LIMIT', 'MARKET', 'STOP_MARKET', 'TAKE_PROFIT_MARKET', 'STOP', 'TAKE_PROFIT', 'TRIGGER_LIMIT', 'TRIGGER_MARKET', 'TRAILING_STOP_MARKET', 'TRAILING_TP_SL'",
                value=type,
                wire_name="type",
            )

        if recv_window is not None and (
            not isinstance(recv_window, int) or isinstance(recv_window, bool)
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be an int",
                value=recv_window,
                wire_name="recvWindow",
            )
        if recv_window is not None and (
            recv_window < -9223372036854775808 or recv_window > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be -9223372036854775808 <= recv_window <= 9223372036854775807",
                value=recv_window,
                wire_name="recvWindow",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if type is not None:
            query["type"] = type
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "SwapOpenOrdersResponse",
            self._client._call(
                _spec.SWAP_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class BingX(SyncClient):
    """BingX sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BINGX_API_KEY, BINGX_API_SECRET.
    `base_url` overrides https://open-api.bingx.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = (
        "spot",
        "swap",
    )

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
        self.spot = BingXSpot(self)
        """spot endpoints: `cancel_all_after`, `cancel_open_orders`, `open_orders`."""
        self.swap = BingXSwap(self)
        """swap endpoints: `cancel_all_after`, `cancel_all_open_orders`, `open_orders`."""


class AsyncBingXSpot:
    """The `spot` endpoints of BingX (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all_after(
        self,
        *,
        type: Literal["ACTIVATE", "CLOSE"],
        time_out: int,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllAfterResponse:
        """Cancel all spot pending orders when a countdown ends (dead-man's switch).

        After the countdown ends, cancel all current pending orders. This request can be
        continuously maintained to constantly extend the penalty time.

        `POST /openApi/spot/v1/trade/cancelAllAfter`. API key permission: Spot Trading.

        Note: "If you have a large amount of pending orders, they will be canceled in batches, which
        may take several seconds to cancel in batches. In addition, during the process of canceling
        all pending orders, the system will reject further ACTIVATE and CLOSE requests. After the
        system has completed the task of canceling all pending orders, it can continue to accept
        ACTIVATE and CLOSE requests."

        Note: The countdown can be re-sent to extend it.

        Note: The response parameters of every call are triggerTime, status (ACTIVATED, CLOSED or
        FAILED) and note. triggerTime and status are what tell the caller the countdown's state, so
        the spec marks them required: a success envelope without them raises UnexpectedResponseError
        (keeping the raw body) instead of returning a model that proves nothing. note is an
        explanation and stays optional. The sources do not show a CLOSE answer; the simulator
        answers triggerTime 0 with status CLOSED.

        Args:
            type: Request type: ACTIVATE-Activate, CLOSE-Close. Allowed: one of ACTIVATE (Activate),
                CLOSE (Close). Wire name `type`, sent in the query.
            time_out: Activate countdown time (seconds), range: 10s-120s. Unit: s. Allowed: 10 <=
                time_out <= 120. Wire name `timeOut`, sent in the query.
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
            errors.RateLimitError: 100410: Rate limited; the message says when the block ends
            errors.AuthenticationError: 100413: Incorrect apiKey
            errors.PermissionDeniedError: 100419: IP does not match IP whitelist
            errors.TimestampError: 100421: Null timestamp or timestamp mismatch
            errors.TimestampError: 80014: timestamp is invalid

        Rate limits stated: rate limitation by UID: 2/s (page); rate limitation by IP in group
        Number: 2 (page); Rate limit: 1 time/1s (page); rate-limitation 10/second (UID), IP group 2
        (protocols:§1e); groups 2 and 3: 2000 req/10 s in total, 300 req/10 s per interface
        (protocols:§1c). Enforced: 1 per 1000 ms per uid [bingx:uid:spot.cancel_all_after], 2000 per
        10000 ms per ip [bingx:ip:group-2], 300 per 10000 ms per ip
        [bingx:ip:spot.cancel_all_after].

        Source: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html
        """
        if not isinstance(type, str) or not type.isprintable() or not type:
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type not in ("ACTIVATE", "CLOSE"):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'ACTIVATE', 'CLOSE'",
                value=type,
                wire_name="type",
            )

        if not isinstance(time_out, int) or isinstance(time_out, bool):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be an int",
                value=time_out,
                wire_name="timeOut",
            )
        if time_out < 10 or time_out > 120:
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be 10 <= time_out <= 120",
                value=time_out,
                wire_name="timeOut",
            )

        query: dict[str, object] = {
            "type": type,
            "timeOut": time_out,
        }

        body: dict[str, object] = {}

        return cast(
            "CancelAllAfterResponse",
            await self._client._call(
                _spec.SPOT_CANCEL_ALL_AFTER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cancel_open_orders(
        self,
        *,
        symbol: str | None = None,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelOpenOrdersResponse:
        """Cancel all open spot orders on a symbol, or on every symbol when none is given.

        `POST /openApi/spot/v1/trade/cancelOpenOrders`. API key permission: Spot Trading.

        Note: The symbol pattern (capital letters and digits, one hyphen) is the format the pages
        describe for spot symbols ("for example: BTC-USDT, please use capital letters"); a symbol in
        another exchange's format is refused before sending.

        Note: The page lists the order fields without their container; the orders arrive as
        data.orders[]. Example order ids such as 1735964997957275648 exceed 2^53, so orderId is
        parsed as an exact integer.

        Note: The page gives no example response; the example in `response` is built from its field
        table (example_kind: field-table), its values illustrative, the first orderId the one
        protocols:§1e quotes.

        Args:
            symbol: Trading pair, e.g., BTC-USDT. If not filled out, cancel all orders. Allowed:
                matches [A-Z0-9]+-[A-Z0-9]+. Wire name `symbol`, sent in the query.
            recv_window: Request valid time window value, Unit: milliseconds (default 5000). Unit:
                ms. Allowed: -9223372036854775808 <= recv_window <= 9223372036854775807. Wire name
                `recvWindow`, sent in the query.
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
            CancelOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.RateLimitError: 100410: Rate limited; the message says when the block ends
            errors.AuthenticationError: 100413: Incorrect apiKey
            errors.PermissionDeniedError: 100419: IP does not match IP whitelist
            errors.TimestampError: 100421: Null timestamp or timestamp mismatch
            errors.TimestampError: 80014: timestamp is invalid

        Rate limits stated: rate limitation by UID: 2/s (page); rate limitation by IP in group
        Number: 3 (page); UID 10/s in [BXJS] (2/s in the older scrape), IP group 3 (protocols:§1e);
        groups 2 and 3: 2000 req/10 s in total, 300 req/10 s per interface (protocols:§1c).
        Enforced: 2 per 1000 ms per uid [bingx:uid:spot.cancel_open_orders], 2000 per 10000 ms per
        ip [bingx:ip:group-3], 300 per 10000 ms per ip [bingx:ip:spot.cancel_open_orders].

        Source: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html
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
        if symbol is not None and (not fullmatch("[A-Z0-9]+-[A-Z0-9]+", symbol)):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Z0-9]+-[A-Z0-9]+",
                value=symbol,
                wire_name="symbol",
            )

        if recv_window is not None and (
            not isinstance(recv_window, int) or isinstance(recv_window, bool)
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be an int",
                value=recv_window,
                wire_name="recvWindow",
            )
        if recv_window is not None and (
            recv_window < -9223372036854775808 or recv_window > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be -9223372036854775808 <= recv_window <= 9223372036854775807",
                value=recv_window,
                wire_name="recvWindow",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "CancelOpenOrdersResponse",
            await self._client._call(
                _spec.SPOT_CANCEL_OPEN_ORDERS,
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
        symbol: str | None = None,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrdersResponse:
        """List the open spot orders of a symbol, or of every symbol when none is given.

        `GET /openApi/spot/v1/trade/openOrders`. API key permission: Read.

        Note: The list holds at most 2000 orders; the page documents no pagination.

        Note: The page gives no example response; the example in `response` is built from its field
        table (example_kind: field-table), its values illustrative.

        Note: The symbol pattern (capital letters and digits, one hyphen) is the format the pages
        describe for spot symbols ("for example: BTC-USDT, please use capital letters"); a symbol in
        another exchange's format is refused before sending.

        Args:
            symbol: Trading pair, e.g., BTC-USDT. Query all pending orders when left blank. Allowed:
                matches [A-Z0-9]+-[A-Z0-9]+. Wire name `symbol`, sent in the query.
            recv_window: Request valid time window value, Unit: milliseconds. Unit: ms. Allowed:
                -9223372036854775808 <= recv_window <= 9223372036854775807. Wire name `recvWindow`,
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
            OpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.RateLimitError: 100410: Rate limited; the message says when the block ends
            errors.AuthenticationError: 100413: Incorrect apiKey
            errors.PermissionDeniedError: 100419: IP does not match IP whitelist
            errors.TimestampError: 100421: Null timestamp or timestamp mismatch
            errors.TimestampError: 80014: timestamp is invalid

        Rate limits stated: rate limitation by UID: 10/s (page); rate limitation by IP in group
        Number: 2 (page); groups 2 and 3: 2000 req/10 s in total, 300 req/10 s per interface
        (protocols:§1c). Enforced: 10 per 1000 ms per uid [bingx:uid:spot.open_orders], 2000 per
        10000 ms per ip [bingx:ip:group-2], 300 per 10000 ms per ip [bingx:ip:spot.open_orders].

        Source: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html#Current%20Open%20Orders
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
        if symbol is not None and (not fullmatch("[A-Z0-9]+-[A-Z0-9]+", symbol)):
            raise errors.ValidationError(
                argument="symbol",
                constraint="must match [A-Z0-9]+-[A-Z0-9]+",
                value=symbol,
                wire_name="symbol",
            )

        if recv_window is not None and (
            not isinstance(recv_window, int) or isinstance(recv_window, bool)
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be an int",
                value=recv_window,
                wire_name="recvWindow",
            )
        if recv_window is not None and (
            recv_window < -9223372036854775808 or recv_window > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be -9223372036854775808 <= recv_window <= 9223372036854775807",
                value=recv_window,
                wire_name="recvWindow",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "OpenOrdersResponse",
            await self._client._call(
                _spec.SPOT_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncBingXSwap:
    """The `swap` endpoints of BingX (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all_after(
        self,
        *,
        type: Literal["ACTIVATE", "CLOSE"],
        time_out: int,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SwapCancelAllAfterResponse:
        """Cancel all USDT-M perpetual pending orders when a countdown ends (dead-man's switch).

        After the countdown ends, cancel all current pending orders. This request can be
        continuously maintained to constantly extend the penalty time.

        `POST /openApi/swap/v2/trade/cancelAllAfter`.

        Note: "endpoint description：After the countdown ends, cancel all current pending orders.
        This request can be continuously maintained to constantly extend the penalty time."

        Note: "If you have a large amount of pending orders, they will be canceled in batches, which
        may take several seconds to cancel in batches. In addition, during the process of canceling
        all pending orders, the system will reject further ACTIVATE and CLOSE requests. After the
        system has completed the task of canceling all pending orders, it can continue to accept
        ACTIVATE and CLOSE requests."

        Note: What tells the caller the arm happened: data.status ACTIVATED and data.triggerTime
        (the example's value is in seconds); CLOSED after a disarm; FAILED otherwise (HTTP 200, code
        0: the SDK must check status, not only code).

        Note: The swap page's example response is the spot one verbatim ("All your spot pending
        orders ..."): the example text is copied, not evidence that the swap switch cancels spot
        orders.

        Note: Not sourced: whether timeOut is required for CLOSE (the page marks it required), where
        the parameters go (no Content-Type stated; the spot spec sends them in the query string),
        and the scope (all swap symbols is implied by "all current pending orders"; no symbol
        param).

        Args:
            type: Request type: ACTIVATE-Activate, CLOSE-Close. Allowed: one of ACTIVATE (Activate),
                CLOSE (Close). Wire name `type`, sent in the query.
            time_out: Activate countdown time (seconds), range: 10s-120s. Unit: s. Allowed: 10 <=
                time_out <= 120. Wire name `timeOut`, sent in the query.
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
            SwapCancelAllAfterResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: rate limitation: 2/second per UID (page); Rate limit: 1 time/1s (page);
        Account API Group [2]: The total IP rate limit for all interfaces within the group is 2000
        requests per 10 seconds (page); with an individual IP rate limit of 300 requests per 10
        seconds for each interface. (page). Enforced: 1 per 1000 ms per uid
        [bingx:uid:swap.cancel_all_after], 300 per 10000 ms per ip [bingx:ip:swap.cancel_all_after].

        Source: https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html#Cancel%20All%20After
        """
        if not isinstance(type, str) or not type.isprintable() or not type:
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type not in ("ACTIVATE", "CLOSE"):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'ACTIVATE', 'CLOSE'",
                value=type,
                wire_name="type",
            )

        if not isinstance(time_out, int) or isinstance(time_out, bool):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be an int",
                value=time_out,
                wire_name="timeOut",
            )
        if time_out < 10 or time_out > 120:
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be 10 <= time_out <= 120",
                value=time_out,
                wire_name="timeOut",
            )

        query: dict[str, object] = {
            "type": type,
            "timeOut": time_out,
        }

        body: dict[str, object] = {}

        return cast(
            "SwapCancelAllAfterResponse",
            await self._client._call(
                _spec.SWAP_CANCEL_ALL_AFTER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cancel_all_open_orders(
        self,
        *,
        symbol: str | None = None,
        type: Literal[
            "LIMIT",
            "MARKET",
            "STOP_MARKET",
            "TAKE_PROFIT_MARKET",
            "STOP",
            "TAKE_PROFIT",
            "TRIGGER_LIMIT",
            "TRIGGER_MARKET",
            "TRAILING_STOP_MARKET",
            "TRAILING_TP_SL",
        ]
        | None = None,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SwapCancelAllOpenOrdersResponse:
        """Cancel all open USDT-M perpetual orders, on one symbol or on every symbol.

        Cancel all orders in the current entrusted state of the current account.

        `DELETE /openApi/swap/v2/trade/allOpenOrders`.

        Note: What tells the caller the cancel happened: data.success[] (status CANCELLED) and
        data.failed[] (orderId, errorCode, errorMessage) per order; a code 0 response can still
        carry failures, so the kill switch must read data.failed and list again. failed may be null
        (the batch-cancel example sends "failed": null).

        Note: "endpoint description：Cancel all orders in the current entrusted state of the current
        account."

        Note: The example order ids are JavaScript-rounded by the doc site (both are
        1736013373487123500).

        Note: The page is the compiled bundle of the official doc site (module 6tzN); it names no
        API key permission for this endpoint (the spot pages say "Spot Trading"; the FAQ says
        contract and spot trading permissions are configured separately).

        Note: Not sourced: whether the call is synchronous (the page says nothing); an error list
        (the page's is empty); the code when nothing is open.

        Args:
            symbol: There must be a hyphen/ "-" in the trading pair symbol. eg: BTC-USDT, if you do
                not fill this field, will delete all type of orders. Wire name `symbol`, sent in the
                query.
            type: Order type filter (the page lists the values; "required no"). Allowed: one of
                LIMIT (Limit Order), MARKET (Market Order), STOP_MARKET (Stop Market Order),
                TAKE_PROFIT_MARKET (Take Profit Market Order), STOP (Stop Limit Order), TAKE_PROFIT
                (Take Profit Limit Order), TRIGGER_LIMIT (Stop Limit Order with Trigger),
                TRIGGER_MARKET (Stop Market Order with Trigger), TRAILING_STOP_MARKET (Trailing Stop
                Market Order), TRAILING_TP_SL (Trailing TakeProfit or StopLoss). Wire name `type`,
                sent in the query.
            recv_window: Request valid time window value, Unit: milliseconds. Unit: ms. Allowed:
                -9223372036854775808 <= recv_window <= 9223372036854775807. Wire name `recvWindow`,
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
            SwapCancelAllOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: rate limitation: 5/second per UID (page); Account API Group [2]: The
        total IP rate limit for all interfaces within the group is 2000 requests per 10 seconds
        (page); with an individual IP rate limit of 300 requests per 10 seconds for each interface.
        (page). Enforced: 5 per 1000 ms per uid [bingx:uid:swap.cancel_all_open_orders], 300 per
        10000 ms per ip [bingx:ip:swap.cancel_all_open_orders].

        Source:
        https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html#Cancel%20All%20Open%20Orders
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

        if type is not None and (not isinstance(type, str) or not type.isprintable() or not type):
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type is not None and (
            type
            not in (
                "LIMIT",
                "MARKET",
                "STOP_MARKET",
                "TAKE_PROFIT_MARKET",
                "STOP",
                "TAKE_PROFIT",
                "TRIGGER_LIMIT",
                "TRIGGER_MARKET",
                "TRAILING_STOP_MARKET",
                "TRAILING_TP_SL",
            )
        ):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'LIMIT', 'MARKET', 'STOP_MARKET', 'TAKE_PROFIT_MARKET', 'STOP', 'TAKE_PROFIT', 'TRIGGER_LIMIT', 'TRIGGER_MARKET', 'TRAILING_STOP_MARKET', 'TRAILING_TP_SL'",
                value=type,
                wire_name="type",
            )

        if recv_window is not None and (
            not isinstance(recv_window, int) or isinstance(recv_window, bool)
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be an int",
                value=recv_window,
                wire_name="recvWindow",
            )
        if recv_window is not None and (
            recv_window < -9223372036854775808 or recv_window > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be -9223372036854775808 <= recv_window <= 9223372036854775807",
                value=recv_window,
                wire_name="recvWindow",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if type is not None:
            query["type"] = type
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "SwapCancelAllOpenOrdersResponse",
            await self._client._call(
                _spec.SWAP_CANCEL_ALL_OPEN_ORDERS,
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
        symbol: str | None = None,
        type: Literal[
            "LIMIT",
            "MARKET",
            "STOP_MARKET",
            "TAKE_PROFIT_MARKET",
            "STOP",
            "TAKE_PROFIT",
            "TRIGGER_LIMIT",
            "TRIGGER_MARKET",
            "TRAILING_STOP_MARKET",
            "TRAILING_TP_SL",
        ]
        | None = None,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> SwapOpenOrdersResponse:
        """List all current USDT-M perpetual pending orders, on one symbol or on all symbols.

        Query all orders that the user is currently entrusted with.

        `GET /openApi/swap/v2/trade/openOrders`.

        Note: "endpoint description：Query all orders that the user is currently entrusted with."

        Note: The order objects are in data.orders[]; status of an open order is PENDING in the
        example (the page gives no status enum). The listing has no pagination.

        Note: The type filter accepts conditional types (STOP_MARKET, TAKE_PROFIT_MARKET, TRIGGER_*,
        TRAILING_*), which implies such orders appear in this listing (inferred, not stated). TWAP
        orders have their own listing (GET /openApi/swap/v1/twap/openOrders) and cancel (POST
        /openApi/swap/v1/twap/cancelOrder).

        Args:
            symbol: There must be a hyphen/ "-" in the trading pair symbol. eg: BTC-USDT, When not
                filled, query all pending orders. When filled, query the pending orders for the
                corresponding currency pair. Wire name `symbol`, sent in the query.
            type: Order type filter (the page lists the values; "required no"). Allowed: one of
                LIMIT (Limit Order), MARKET (Market Order), STOP_MARKET (Stop Market Order),
                TAKE_PROFIT_MARKET (Take Profit Market Order), STOP (Stop Limit Order), TAKE_PROFIT
                (Take Profit Limit Order), TRIGGER_LIMIT (Stop Limit Order with Trigger),
                TRIGGER_MARKET (Stop Market Order with Trigger), TRAILING_STOP_MARKET (Trailing Stop
                Market Order), TRAILING_TP_SL (Trailing TakeProfit or StopLoss). Wire name `type`,
                sent in the query.
            recv_window: Request valid time window value, Unit: milliseconds. Unit: ms. Allowed:
                -9223372036854775808 <= recv_window <= 9223372036854775807. Wire name `recvWindow`,
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
            SwapOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: rate limitation: 5/second per UID (page); Account API Group [3]: The
        total IP rate limit for all interfaces within the group is 2000 requests per 10 seconds
        (page); with an individual IP rate limit of 300 requests per 10 seconds for each interface.
        (page). Enforced: 5 per 1000 ms per uid [bingx:uid:swap.open_orders], 300 per 10000 ms per
        ip [bingx:ip:swap.open_orders].

        Source:
        https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html#Current%20All%20Open%20Orders
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

        if type is not None and (not isinstance(type, str) or not type.isprintable() or not type):
            raise errors.ValidationError(
                argument="type",
                constraint="must be a non-empty str without control characters",
                value=type,
                wire_name="type",
            )
        if type is not None and (
            type
            not in (
                "LIMIT",
                "MARKET",
                "STOP_MARKET",
                "TAKE_PROFIT_MARKET",
                "STOP",
                "TAKE_PROFIT",
                "TRIGGER_LIMIT",
                "TRIGGER_MARKET",
                "TRAILING_STOP_MARKET",
                "TRAILING_TP_SL",
            )
        ):
            raise errors.ValidationError(
                argument="type",
                constraint="must be one of 'LIMIT', 'MARKET', 'STOP_MARKET', 'TAKE_PROFIT_MARKET', 'STOP', 'TAKE_PROFIT', 'TRIGGER_LIMIT', 'TRIGGER_MARKET', 'TRAILING_STOP_MARKET', 'TRAILING_TP_SL'",
                value=type,
                wire_name="type",
            )

        if recv_window is not None and (
            not isinstance(recv_window, int) or isinstance(recv_window, bool)
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be an int",
                value=recv_window,
                wire_name="recvWindow",
            )
        if recv_window is not None and (
            recv_window < -9223372036854775808 or recv_window > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be -9223372036854775808 <= recv_window <= 9223372036854775807",
                value=recv_window,
                wire_name="recvWindow",
            )

        query: dict[str, object] = {}
        if symbol is not None:
            query["symbol"] = symbol
        if type is not None:
            query["type"] = type
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "SwapOpenOrdersResponse",
            await self._client._call(
                _spec.SWAP_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncBingX(AsyncClient):
    """BingX async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BINGX_API_KEY, BINGX_API_SECRET.
    `base_url` overrides https://open-api.bingx.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = (
        "spot",
        "swap",
    )

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
        self.spot = AsyncBingXSpot(self)
        """spot endpoints: `cancel_all_after`, `cancel_open_orders`, `open_orders`."""
        self.swap = AsyncBingXSwap(self)
        """swap endpoints: `cancel_all_after`, `cancel_all_open_orders`, `open_orders`."""
