# Generated from specs/binance/ (sha256 f0afed4972ddb2b048755591b6634b4c231c93b03f1ba09b4cba97d455c9a973). Do not edit: run make.
"""Binance clients, sync and async: Binance and AsyncBinance.

Generated from the specs in specs/binance/; the shared machinery (signing, transport,
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
        CancelOpenOrdersResponse,
        CountdownCancelAllResponse,
        OpenOrdersResponse,
        UsdmCancelAllAlgoOpenOrdersResponse,
        UsdmCancelAllOpenOrdersResponse,
        UsdmOpenAlgoOrdersResponse,
        UsdmOpenOrdersResponse,
    )

__all__ = [
    "AsyncBinance",
    "AsyncBinanceSpot",
    "AsyncBinanceUsdm",
    "Binance",
    "BinanceSpot",
    "BinanceUsdm",
]


class BinanceSpot:
    """The `spot` endpoints of Binance."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_open_orders(
        self,
        *,
        symbol: str,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelOpenOrdersResponse:
        """Cancel all active orders on one spot symbol, including orders that are part of an order
        list.

        Cancels all active orders on a symbol. This includes orders that are part of an order list.

        `DELETE /api/v3/openOrders`. API key permission: TRADE.

        Note: The symbol is mandatory: cancelling everything means listing the open orders first
        (GET /api/v3/openOrders without symbol) and calling this once per symbol found.

        Note: What tells the caller a cancel happened: one element per cancelled order with status
        CANCELED (plain orders), or an order-list object whose orderReports carry status CANCELED.
        The response is synchronous (Data Source: Matching Engine).

        Note: For POST, PUT and DELETE the parameters may be sent as a query string or in a body
        with content type application/x-www-form-urlencoded; the signed payload is the query string
        concatenated with the body.

        Note: The payload shown does not show all fields that can appear; conditional fields
        (icebergQty, preventedMatchId, preventedQuantity, stopPrice, strategyId, strategyType,
        trailingDelta, trailingTime, usedSor, workingFloor, pegPriceType, pegOffsetType,
        pegOffsetValue, peggedPrice, expiryReason) appear when their conditions are met.

        Note: Not sourced: the error returned when the symbol has no open order. The messages table
        maps "Unknown order sent." to "The order ... could not be found"; that this is what an empty
        symbol returns is stated only by a third-party lead (exchanges-next.md §1.5 [T]).

        Args:
            symbol: Symbol (mandatory; the page gives no description). Wire name `symbol`, sent in
                the query.
            recv_window: The value cannot be greater than 60000. Supports up to three decimal places
                of precision e.g., 6000.346, so that microseconds may be specified. Unit: ms.
                Allowed: 0 <= recv_window <= 60000. Wire name `recvWindow`, sent in the query.
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
            errors.NothingToCancelError: -2011: CANCEL_REJECTED; with the message "Unknown order
                sent." the order could not be found

        Rate limits stated: Weight: 1 (page). Enforced: 6000 per 60000 ms per ip
        [binance:ip:group-spot-request-weight].

        Source:
        https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/rest-api.md#cancel-all-open-orders-on-a-symbol-trade
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
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
        if recv_window is not None and (recv_window < 0 or recv_window > 60000):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be 0 <= recv_window <= 60000",
                value=recv_window,
                wire_name="recvWindow",
            )

        query: dict[str, object] = {
            "symbol": symbol,
        }
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
        """List open spot orders on one symbol, or on all symbols when no symbol is given.

        Get all open orders on a symbol. Careful when accessing this with no symbol. If the symbol
        is not sent, orders for all symbols will be returned in an array.

        `GET /api/v3/openOrders`. API key permission: USER_DATA.

        Note: Data Source: Memory => Database

        Note: Pagination: none; the parameter table offers no page, limit or cursor, so one array
        holds the orders of one symbol or of all symbols.

        Note: The kill switch lists without symbol (weight 80), groups by symbol and calls DELETE
        /api/v3/openOrders per symbol (weight 1 each), then lists again until empty.

        Note: "The payload above does not show all fields that can appear. Please refer to
        Conditional fields in Order Responses."

        Args:
            symbol: Symbol; when omitted, orders for all symbols are returned in one array (weight
                80). Wire name `symbol`, sent in the query.
            recv_window: The value cannot be greater than 60000. Supports up to three decimal places
                of precision e.g., 6000.346, so that microseconds may be specified. Unit: ms.
                Allowed: 0 <= recv_window <= 60000. Wire name `recvWindow`, sent in the query.
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

        Rate limits stated: Weight: 6 for a single symbol; 80 when the symbol parameter is omitted
        (page). Enforced: 6000 per 60000 ms per ip [binance:ip:group-spot-request-weight].

        Source:
        https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/rest-api.md#current-open-orders-user_data
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

        if recv_window is not None and (
            not isinstance(recv_window, int) or isinstance(recv_window, bool)
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be an int",
                value=recv_window,
                wire_name="recvWindow",
            )
        if recv_window is not None and (recv_window < 0 or recv_window > 60000):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be 0 <= recv_window <= 60000",
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


class BinanceUsdm:
    """The `usdm` endpoints of Binance."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all_algo_open_orders(
        self,
        *,
        symbol: str,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> UsdmCancelAllAlgoOpenOrdersResponse:
        """Cancel all open algo (conditional) USDⓈ-M orders (TP/SL, trailing stop) on one symbol.

        Cancel all open algo (conditional) orders on a symbol, including TP/SL (Take Profit / Stop
        Loss) and trailing stop orders on USD-M Futures.

        `DELETE /fapi/v1/algoOpenOrders`. API key permission: TRADE.

        Note: Since the migration of USDⓈ-M conditional orders to the Algo Service, they have their
        own cancel-all (this endpoint, one symbol a call). Whether DELETE /fapi/v1/allOpenOrders
        still cancels them is not stated on either page (third-party notes say it does not): the
        kill switch calls both, each proven by its own listing, so the panic does not depend on it.

        Note: The page documents no error answer for this endpoint (not even for a symbol without
        algo orders); the simulator answers code 200 then, as for allOpenOrders.

        Note: Official SDK: method cancel_all_algo_open_orders, DELETE /fapi/v1/algoOpenOrders,
        "Weight(IP): 1", "Security Type: TRADE", response {code: int, msg: str}. The page is read
        through a scraped copy; the official site itself was not readable here.

        Args:
            symbol: STRING, mandatory. Wire name `symbol`, sent in the query.
            recv_window: LONG, optional. If recvWindow is not sent, it defaults to 5000 (general
                info). Unit: ms. Allowed: -9223372036854775808 <= recv_window <=
                9223372036854775807. Wire name `recvWindow`, sent in the query.
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
            UsdmCancelAllAlgoOpenOrdersResponse: the payload; `.raw_response` keeps status, headers
                and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: **1** (page); Weight(IP): 1
        (https://github.com/binance/binance-connector-python/blob/29da3291083a0781430a7f2b896297c2eec51b15/clients/derivatives_trading_usds_futures/src/binance_sdk_derivatives_trading_usds_futures/rest_api/api/trade_api.py).
        Enforced: 2400 per 60000 ms per ip [binance:ip:group-usdm-request-weight].

        Source:
        https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Cancel-All-Algo-Open-Orders
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
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

        query: dict[str, object] = {
            "symbol": symbol,
        }
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "UsdmCancelAllAlgoOpenOrdersResponse",
            self._client._call(
                _spec.USDM_CANCEL_ALL_ALGO_OPEN_ORDERS,
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
        symbol: str,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> UsdmCancelAllOpenOrdersResponse:
        """Cancel all open (non-algo) USDⓈ-M orders on one symbol.

        Cancel All Open Orders

        `DELETE /fapi/v1/allOpenOrders`. API key permission: TRADE.

        Note: The symbol is mandatory; conditional (algo) orders have their own endpoint, DELETE
        /fapi/v1/algoOpenOrders, not specified here.

        Note: The page was read through two copies: the zh-CN official page (docs search corpus,
        https://developers.binance.com/docs/zh-CN/derivatives/usds-margined-futures/trade/rest-api/Cancel-All-Open-Orders:
        DELETE /fapi/v1/allOpenOrders, 请求权重 1, symbol STRING YES, recvWindow LONG NO, timestamp LONG
        YES, the same response) and the English text transcribed by rosssaunders/coincise.

        Note: What tells the caller the cancel happened: HTTP 200 with code 200 and msg "The
        operation of cancel all open order is done." The response names no orders, so the caller
        confirms with GET /fapi/v1/openOrders (and GET /fapi/v1/openAlgoOrders for conditional
        orders).

        Note: Not sourced: whether this endpoint also cancels algo (conditional) orders; the
        official SDK documents DELETE /fapi/v1/algoOpenOrders separately as "Cancel all open algo
        (conditional) orders on a symbol, including TP/SL ... and trailing stop orders".

        Note: Not sourced: the error when the symbol has no open order (the error-code page gives
        -2011 "Unknown order sent" for an order not found in the order book; whether cancel-all
        returns it or code 200 is not stated).

        Args:
            symbol: STRING, mandatory (交易对, trading pair). Wire name `symbol`, sent in the query.
            recv_window: LONG, optional. If recvWindow is not sent, it defaults to 5000 (general
                info). Unit: ms. Allowed: -9223372036854775808 <= recv_window <=
                9223372036854775807. Wire name `recvWindow`, sent in the query.
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
            UsdmCancelAllOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.NothingToCancelError: -2011: CANCEL_REJECTED; Cancel request failure as open
                order not found in the orderbook: "Unknown order sent".
            errors.ServerError: -2012: CANCEL_ALL_FAIL: Batch cancel failure.

        Rate limits stated: Request Weight 1 (page); Weight(IP): 1
        (https://github.com/binance/binance-connector-python/blob/29da3291083a0781430a7f2b896297c2eec51b15/clients/derivatives_trading_usds_futures/src/binance_sdk_derivatives_trading_usds_futures/rest_api/api/trade_api.py).
        Enforced: 2400 per 60000 ms per ip [binance:ip:group-usdm-request-weight].

        Source:
        https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Cancel-All-Open-Orders
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
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

        query: dict[str, object] = {
            "symbol": symbol,
        }
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "UsdmCancelAllOpenOrdersResponse",
            self._client._call(
                _spec.USDM_CANCEL_ALL_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def countdown_cancel_all(
        self,
        *,
        symbol: str,
        countdown_time: int,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CountdownCancelAllResponse:
        """Auto-cancel all open orders of one symbol when a countdown ends (USDⓈ-M dead-man's switch).

        Cancel all open orders of the specified symbol at the end of the specified countdown. The
        endpoint should be called repeatedly as heartbeats so that the existing countdown time can
        be canceled and replaced by a new one.

        `POST /fapi/v1/countdownCancelAll`. API key permission: TRADE.

        Note: "Example usage: Call this endpoint at 30s intervals with an countdownTime of 120000
        (120s). If this endpoint is not called within 120 seconds, all your orders of the specified
        symbol will be automatically canceled. If this endpoint is called with an countdownTime of
        0, the countdown timer will be stopped."

        Note: "The system will check all countdowns approximately every 10 milliseconds, so please
        note that sufficient redundancy should be considered when using this function. We do not
        recommend setting the countdown time to be too precise or too small."

        Note: What tells the caller the arm happened: the echo {symbol, countdownTime} with the
        value sent (countdownTime "0" after a disarm). The response carries no trigger time.

        Note: Scope is one symbol: arming the switch for every market means one call per symbol with
        open orders, each weight 10, every heartbeat. A symbol that gets its first order after the
        heartbeat started is not covered until the next heartbeat arms it.

        Note: Not sourced: a minimum or maximum countdownTime for USDⓈ-M (the Options endpoint POST
        /eapi/v1/countdownCancelAll states "最小设为5000" (minimum 5000) for its own parameter; nothing
        is stated here). minimum: 1 above only encodes "positive, 0 disarms". Also not sourced:
        whether the timer covers algo (conditional) orders.

        Note: Official SDK: auto_cancel_all_open_orders(symbol, countdown_time, recv_window),
        "Countdown in milliseconds. 1000 means 1 second; 0 disables countdown cancel-all.",
        Weight(IP): 10, Security Type: TRADE; response model {symbol: str, countdownTime: str}.

        Args:
            symbol: STRING, mandatory; one countdown per symbol. Wire name `symbol`, sent in the
                query.
            countdown_time: countdown time, 1000 for 1 second. 0 to cancel the timer. Unit: ms.
                Allowed: 1 <= countdown_time <= 9223372036854775807, or 0 (0 to cancel the timer).
                Wire name `countdownTime`, sent in the query.
            recv_window: LONG, optional. If recvWindow is not sent, it defaults to 5000 (general
                info). Unit: ms. Allowed: -9223372036854775808 <= recv_window <=
                9223372036854775807. Wire name `recvWindow`, sent in the query.
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
            CountdownCancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Weight: 10 (page). Enforced: 2400 per 60000 ms per ip
        [binance:ip:group-usdm-request-weight].

        Source:
        https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Auto-Cancel-All-Open-Orders
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        if not isinstance(countdown_time, int) or isinstance(countdown_time, bool):
            raise errors.ValidationError(
                argument="countdown_time",
                constraint="must be an int",
                value=countdown_time,
                wire_name="countdownTime",
            )
        if countdown_time not in (0,) and (
            countdown_time < 1 or countdown_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="countdown_time",
                constraint="must be 1 <= countdown_time <= 9223372036854775807, or 0 (0 to cancel the timer)",
                value=countdown_time,
                wire_name="countdownTime",
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

        query: dict[str, object] = {
            "symbol": symbol,
            "countdownTime": countdown_time,
        }
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "CountdownCancelAllResponse",
            self._client._call(
                _spec.USDM_COUNTDOWN_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def open_algo_orders(
        self,
        *,
        algo_type: str | None = None,
        symbol: str | None = None,
        algo_id: int | None = None,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> UsdmOpenAlgoOrdersResponse:
        """List open algo (conditional) USDⓈ-M orders (TP/SL, trailing stop) on one symbol, or on all
        symbols when none is given.

        Get all open algo (conditional) orders on a symbol, including TP/SL (Take Profit / Stop
        Loss) and trailing stop orders on USD-M Futures.

        `GET /fapi/v1/openAlgoOrders`. API key permission: USER_DATA.

        Note: Since Binance moved USDⓈ-M conditional orders (STOP, STOP_MARKET, TAKE_PROFIT,
        TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET) to the Algo Service, they are listed here, not by
        GET /fapi/v1/openOrders; the kill switch lists both and is flat only when both are empty.

        Note: **Careful** when accessing this with no symbol.

        Note: Official SDK: method current_all_algo_open_orders, GET /fapi/v1/openAlgoOrders,
        "Current All Algo Open Orders (USER_DATA)". The page is read through a scraped copy; the
        official site itself was not readable here.

        Args:
            algo_type: STRING, optional (the page gives no values; its example answers CONDITIONAL).
                Wire name `algoType`, sent in the query.
            symbol: STRING, optional. If the symbol is not sent, orders for all symbols will be
                returned in an array. Wire name `symbol`, sent in the query.
            algo_id: LONG, optional. Allowed: -9223372036854775808 <= algo_id <=
                9223372036854775807. Wire name `algoId`, sent in the query.
            recv_window: LONG, optional. If recvWindow is not sent, it defaults to 5000 (general
                info). Unit: ms. Allowed: -9223372036854775808 <= recv_window <=
                9223372036854775807. Wire name `recvWindow`, sent in the query.
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
            UsdmOpenAlgoOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: **1** for a single symbol; **40** when the symbol parameter is omitted
        (page). Enforced: 2400 per 60000 ms per ip [binance:ip:group-usdm-request-weight].

        Source:
        https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Current-All-Algo-Open-Orders
        """
        if algo_type is not None and (
            not isinstance(algo_type, str) or not algo_type.isprintable() or not algo_type
        ):
            raise errors.ValidationError(
                argument="algo_type",
                constraint="must be a non-empty str without control characters",
                value=algo_type,
                wire_name="algoType",
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

        if algo_id is not None and (not isinstance(algo_id, int) or isinstance(algo_id, bool)):
            raise errors.ValidationError(
                argument="algo_id", constraint="must be an int", value=algo_id, wire_name="algoId"
            )
        if algo_id is not None and (
            algo_id < -9223372036854775808 or algo_id > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="algo_id",
                constraint="must be -9223372036854775808 <= algo_id <= 9223372036854775807",
                value=algo_id,
                wire_name="algoId",
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
        if algo_type is not None:
            query["algoType"] = algo_type
        if symbol is not None:
            query["symbol"] = symbol
        if algo_id is not None:
            query["algoId"] = algo_id
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "UsdmOpenAlgoOrdersResponse",
            self._client._call(
                _spec.USDM_OPEN_ALGO_ORDERS,
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
    ) -> UsdmOpenOrdersResponse:
        """List open (non-algo) USDⓈ-M orders on one symbol, or on all symbols when none is given.

        Get all open orders on a symbol. Careful when accessing this with no symbol. If the symbol
        is not sent, orders for all symbols will be returned in an array.

        `GET /fapi/v1/openOrders`. API key permission: USER_DATA.

        Note: Pagination: none; the parameter table offers no page, limit or cursor, so one array
        holds the orders of one symbol or of all symbols.

        Note: Field list confirmed by the official SDK model CurrentAllOpenOrdersResponseInner
        (avgPrice, clientOrderId, cumQuote, executedQty, orderId int, origQty, origType, price,
        reduceOnly, side, positionSide, status, stopPrice, closePosition, symbol, time, timeInForce,
        type, activatePrice, priceRate, updateTime, workingType, priceProtect, priceMatch,
        selfTradePreventionMode, goodTillDate); the page text and example were read through the
        rosssaunders/coincise transcription.

        Note: Conditional (algo) orders are listed by GET /fapi/v1/openAlgoOrders
        (open_algo_orders), weight 1 / 40 the same way.

        Args:
            symbol: STRING, optional; all symbols when omitted (weight 40). Wire name `symbol`, sent
                in the query.
            recv_window: LONG, optional. If recvWindow is not sent, it defaults to 5000 (general
                info). Unit: ms. Allowed: -9223372036854775808 <= recv_window <=
                9223372036854775807. Wire name `recvWindow`, sent in the query.
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
            UsdmOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: 1 for a single symbol; 40 when the symbol parameter is omitted (page).
        Enforced: 2400 per 60000 ms per ip [binance:ip:group-usdm-request-weight].

        Source:
        https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Current-All-Open-Orders
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
            "UsdmOpenOrdersResponse",
            self._client._call(
                _spec.USDM_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class Binance(SyncClient):
    """Binance sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BINANCE_API_KEY, BINANCE_API_SECRET.
    `base_url` overrides https://api.binance.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = (
        "spot",
        "usdm",
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
        self.spot = BinanceSpot(self)
        """spot endpoints: `cancel_open_orders`, `open_orders`."""
        self.usdm = BinanceUsdm(self)
        """usdm endpoints: `cancel_all_algo_open_orders`, `cancel_all_open_orders`, `countdown_cancel_all`, `open_algo_orders`, `open_orders`."""


class AsyncBinanceSpot:
    """The `spot` endpoints of Binance (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_open_orders(
        self,
        *,
        symbol: str,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelOpenOrdersResponse:
        """Cancel all active orders on one spot symbol, including orders that are part of an order
        list.

        Cancels all active orders on a symbol. This includes orders that are part of an order list.

        `DELETE /api/v3/openOrders`. API key permission: TRADE.

        Note: The symbol is mandatory: cancelling everything means listing the open orders first
        (GET /api/v3/openOrders without symbol) and calling this once per symbol found.

        Note: What tells the caller a cancel happened: one element per cancelled order with status
        CANCELED (plain orders), or an order-list object whose orderReports carry status CANCELED.
        The response is synchronous (Data Source: Matching Engine).

        Note: For POST, PUT and DELETE the parameters may be sent as a query string or in a body
        with content type application/x-www-form-urlencoded; the signed payload is the query string
        concatenated with the body.

        Note: The payload shown does not show all fields that can appear; conditional fields
        (icebergQty, preventedMatchId, preventedQuantity, stopPrice, strategyId, strategyType,
        trailingDelta, trailingTime, usedSor, workingFloor, pegPriceType, pegOffsetType,
        pegOffsetValue, peggedPrice, expiryReason) appear when their conditions are met.

        Note: Not sourced: the error returned when the symbol has no open order. The messages table
        maps "Unknown order sent." to "The order ... could not be found"; that this is what an empty
        symbol returns is stated only by a third-party lead (exchanges-next.md §1.5 [T]).

        Args:
            symbol: Symbol (mandatory; the page gives no description). Wire name `symbol`, sent in
                the query.
            recv_window: The value cannot be greater than 60000. Supports up to three decimal places
                of precision e.g., 6000.346, so that microseconds may be specified. Unit: ms.
                Allowed: 0 <= recv_window <= 60000. Wire name `recvWindow`, sent in the query.
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
            errors.NothingToCancelError: -2011: CANCEL_REJECTED; with the message "Unknown order
                sent." the order could not be found

        Rate limits stated: Weight: 1 (page). Enforced: 6000 per 60000 ms per ip
        [binance:ip:group-spot-request-weight].

        Source:
        https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/rest-api.md#cancel-all-open-orders-on-a-symbol-trade
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
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
        if recv_window is not None and (recv_window < 0 or recv_window > 60000):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be 0 <= recv_window <= 60000",
                value=recv_window,
                wire_name="recvWindow",
            )

        query: dict[str, object] = {
            "symbol": symbol,
        }
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
        """List open spot orders on one symbol, or on all symbols when no symbol is given.

        Get all open orders on a symbol. Careful when accessing this with no symbol. If the symbol
        is not sent, orders for all symbols will be returned in an array.

        `GET /api/v3/openOrders`. API key permission: USER_DATA.

        Note: Data Source: Memory => Database

        Note: Pagination: none; the parameter table offers no page, limit or cursor, so one array
        holds the orders of one symbol or of all symbols.

        Note: The kill switch lists without symbol (weight 80), groups by symbol and calls DELETE
        /api/v3/openOrders per symbol (weight 1 each), then lists again until empty.

        Note: "The payload above does not show all fields that can appear. Please refer to
        Conditional fields in Order Responses."

        Args:
            symbol: Symbol; when omitted, orders for all symbols are returned in one array (weight
                80). Wire name `symbol`, sent in the query.
            recv_window: The value cannot be greater than 60000. Supports up to three decimal places
                of precision e.g., 6000.346, so that microseconds may be specified. Unit: ms.
                Allowed: 0 <= recv_window <= 60000. Wire name `recvWindow`, sent in the query.
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

        Rate limits stated: Weight: 6 for a single symbol; 80 when the symbol parameter is omitted
        (page). Enforced: 6000 per 60000 ms per ip [binance:ip:group-spot-request-weight].

        Source:
        https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/rest-api.md#current-open-orders-user_data
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

        if recv_window is not None and (
            not isinstance(recv_window, int) or isinstance(recv_window, bool)
        ):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be an int",
                value=recv_window,
                wire_name="recvWindow",
            )
        if recv_window is not None and (recv_window < 0 or recv_window > 60000):
            raise errors.ValidationError(
                argument="recv_window",
                constraint="must be 0 <= recv_window <= 60000",
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


class AsyncBinanceUsdm:
    """The `usdm` endpoints of Binance (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all_algo_open_orders(
        self,
        *,
        symbol: str,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> UsdmCancelAllAlgoOpenOrdersResponse:
        """Cancel all open algo (conditional) USDⓈ-M orders (TP/SL, trailing stop) on one symbol.

        Cancel all open algo (conditional) orders on a symbol, including TP/SL (Take Profit / Stop
        Loss) and trailing stop orders on USD-M Futures.

        `DELETE /fapi/v1/algoOpenOrders`. API key permission: TRADE.

        Note: Since the migration of USDⓈ-M conditional orders to the Algo Service, they have their
        own cancel-all (this endpoint, one symbol a call). Whether DELETE /fapi/v1/allOpenOrders
        still cancels them is not stated on either page (third-party notes say it does not): the
        kill switch calls both, each proven by its own listing, so the panic does not depend on it.

        Note: The page documents no error answer for this endpoint (not even for a symbol without
        algo orders); the simulator answers code 200 then, as for allOpenOrders.

        Note: Official SDK: method cancel_all_algo_open_orders, DELETE /fapi/v1/algoOpenOrders,
        "Weight(IP): 1", "Security Type: TRADE", response {code: int, msg: str}. The page is read
        through a scraped copy; the official site itself was not readable here.

        Args:
            symbol: STRING, mandatory. Wire name `symbol`, sent in the query.
            recv_window: LONG, optional. If recvWindow is not sent, it defaults to 5000 (general
                info). Unit: ms. Allowed: -9223372036854775808 <= recv_window <=
                9223372036854775807. Wire name `recvWindow`, sent in the query.
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
            UsdmCancelAllAlgoOpenOrdersResponse: the payload; `.raw_response` keeps status, headers
                and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: **1** (page); Weight(IP): 1
        (https://github.com/binance/binance-connector-python/blob/29da3291083a0781430a7f2b896297c2eec51b15/clients/derivatives_trading_usds_futures/src/binance_sdk_derivatives_trading_usds_futures/rest_api/api/trade_api.py).
        Enforced: 2400 per 60000 ms per ip [binance:ip:group-usdm-request-weight].

        Source:
        https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Cancel-All-Algo-Open-Orders
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
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

        query: dict[str, object] = {
            "symbol": symbol,
        }
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "UsdmCancelAllAlgoOpenOrdersResponse",
            await self._client._call(
                _spec.USDM_CANCEL_ALL_ALGO_OPEN_ORDERS,
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
        symbol: str,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> UsdmCancelAllOpenOrdersResponse:
        """Cancel all open (non-algo) USDⓈ-M orders on one symbol.

        Cancel All Open Orders

        `DELETE /fapi/v1/allOpenOrders`. API key permission: TRADE.

        Note: The symbol is mandatory; conditional (algo) orders have their own endpoint, DELETE
        /fapi/v1/algoOpenOrders, not specified here.

        Note: The page was read through two copies: the zh-CN official page (docs search corpus,
        https://developers.binance.com/docs/zh-CN/derivatives/usds-margined-futures/trade/rest-api/Cancel-All-Open-Orders:
        DELETE /fapi/v1/allOpenOrders, 请求权重 1, symbol STRING YES, recvWindow LONG NO, timestamp LONG
        YES, the same response) and the English text transcribed by rosssaunders/coincise.

        Note: What tells the caller the cancel happened: HTTP 200 with code 200 and msg "The
        operation of cancel all open order is done." The response names no orders, so the caller
        confirms with GET /fapi/v1/openOrders (and GET /fapi/v1/openAlgoOrders for conditional
        orders).

        Note: Not sourced: whether this endpoint also cancels algo (conditional) orders; the
        official SDK documents DELETE /fapi/v1/algoOpenOrders separately as "Cancel all open algo
        (conditional) orders on a symbol, including TP/SL ... and trailing stop orders".

        Note: Not sourced: the error when the symbol has no open order (the error-code page gives
        -2011 "Unknown order sent" for an order not found in the order book; whether cancel-all
        returns it or code 200 is not stated).

        Args:
            symbol: STRING, mandatory (交易对, trading pair). Wire name `symbol`, sent in the query.
            recv_window: LONG, optional. If recvWindow is not sent, it defaults to 5000 (general
                info). Unit: ms. Allowed: -9223372036854775808 <= recv_window <=
                9223372036854775807. Wire name `recvWindow`, sent in the query.
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
            UsdmCancelAllOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.NothingToCancelError: -2011: CANCEL_REJECTED; Cancel request failure as open
                order not found in the orderbook: "Unknown order sent".
            errors.ServerError: -2012: CANCEL_ALL_FAIL: Batch cancel failure.

        Rate limits stated: Request Weight 1 (page); Weight(IP): 1
        (https://github.com/binance/binance-connector-python/blob/29da3291083a0781430a7f2b896297c2eec51b15/clients/derivatives_trading_usds_futures/src/binance_sdk_derivatives_trading_usds_futures/rest_api/api/trade_api.py).
        Enforced: 2400 per 60000 ms per ip [binance:ip:group-usdm-request-weight].

        Source:
        https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Cancel-All-Open-Orders
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
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

        query: dict[str, object] = {
            "symbol": symbol,
        }
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "UsdmCancelAllOpenOrdersResponse",
            await self._client._call(
                _spec.USDM_CANCEL_ALL_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def countdown_cancel_all(
        self,
        *,
        symbol: str,
        countdown_time: int,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CountdownCancelAllResponse:
        """Auto-cancel all open orders of one symbol when a countdown ends (USDⓈ-M dead-man's switch).

        Cancel all open orders of the specified symbol at the end of the specified countdown. The
        endpoint should be called repeatedly as heartbeats so that the existing countdown time can
        be canceled and replaced by a new one.

        `POST /fapi/v1/countdownCancelAll`. API key permission: TRADE.

        Note: "Example usage: Call this endpoint at 30s intervals with an countdownTime of 120000
        (120s). If this endpoint is not called within 120 seconds, all your orders of the specified
        symbol will be automatically canceled. If this endpoint is called with an countdownTime of
        0, the countdown timer will be stopped."

        Note: "The system will check all countdowns approximately every 10 milliseconds, so please
        note that sufficient redundancy should be considered when using this function. We do not
        recommend setting the countdown time to be too precise or too small."

        Note: What tells the caller the arm happened: the echo {symbol, countdownTime} with the
        value sent (countdownTime "0" after a disarm). The response carries no trigger time.

        Note: Scope is one symbol: arming the switch for every market means one call per symbol with
        open orders, each weight 10, every heartbeat. A symbol that gets its first order after the
        heartbeat started is not covered until the next heartbeat arms it.

        Note: Not sourced: a minimum or maximum countdownTime for USDⓈ-M (the Options endpoint POST
        /eapi/v1/countdownCancelAll states "最小设为5000" (minimum 5000) for its own parameter; nothing
        is stated here). minimum: 1 above only encodes "positive, 0 disarms". Also not sourced:
        whether the timer covers algo (conditional) orders.

        Note: Official SDK: auto_cancel_all_open_orders(symbol, countdown_time, recv_window),
        "Countdown in milliseconds. 1000 means 1 second; 0 disables countdown cancel-all.",
        Weight(IP): 10, Security Type: TRADE; response model {symbol: str, countdownTime: str}.

        Args:
            symbol: STRING, mandatory; one countdown per symbol. Wire name `symbol`, sent in the
                query.
            countdown_time: countdown time, 1000 for 1 second. 0 to cancel the timer. Unit: ms.
                Allowed: 1 <= countdown_time <= 9223372036854775807, or 0 (0 to cancel the timer).
                Wire name `countdownTime`, sent in the query.
            recv_window: LONG, optional. If recvWindow is not sent, it defaults to 5000 (general
                info). Unit: ms. Allowed: -9223372036854775808 <= recv_window <=
                9223372036854775807. Wire name `recvWindow`, sent in the query.
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
            CountdownCancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Weight: 10 (page). Enforced: 2400 per 60000 ms per ip
        [binance:ip:group-usdm-request-weight].

        Source:
        https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Auto-Cancel-All-Open-Orders
        """
        if not isinstance(symbol, str) or not symbol.isprintable() or not symbol:
            raise errors.ValidationError(
                argument="symbol",
                constraint="must be a non-empty str without control characters",
                value=symbol,
                wire_name="symbol",
            )

        if not isinstance(countdown_time, int) or isinstance(countdown_time, bool):
            raise errors.ValidationError(
                argument="countdown_time",
                constraint="must be an int",
                value=countdown_time,
                wire_name="countdownTime",
            )
        if countdown_time not in (0,) and (
            countdown_time < 1 or countdown_time > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="countdown_time",
                constraint="must be 1 <= countdown_time <= 9223372036854775807, or 0 (0 to cancel the timer)",
                value=countdown_time,
                wire_name="countdownTime",
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

        query: dict[str, object] = {
            "symbol": symbol,
            "countdownTime": countdown_time,
        }
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "CountdownCancelAllResponse",
            await self._client._call(
                _spec.USDM_COUNTDOWN_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def open_algo_orders(
        self,
        *,
        algo_type: str | None = None,
        symbol: str | None = None,
        algo_id: int | None = None,
        recv_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> UsdmOpenAlgoOrdersResponse:
        """List open algo (conditional) USDⓈ-M orders (TP/SL, trailing stop) on one symbol, or on all
        symbols when none is given.

        Get all open algo (conditional) orders on a symbol, including TP/SL (Take Profit / Stop
        Loss) and trailing stop orders on USD-M Futures.

        `GET /fapi/v1/openAlgoOrders`. API key permission: USER_DATA.

        Note: Since Binance moved USDⓈ-M conditional orders (STOP, STOP_MARKET, TAKE_PROFIT,
        TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET) to the Algo Service, they are listed here, not by
        GET /fapi/v1/openOrders; the kill switch lists both and is flat only when both are empty.

        Note: **Careful** when accessing this with no symbol.

        Note: Official SDK: method current_all_algo_open_orders, GET /fapi/v1/openAlgoOrders,
        "Current All Algo Open Orders (USER_DATA)". The page is read through a scraped copy; the
        official site itself was not readable here.

        Args:
            algo_type: STRING, optional (the page gives no values; its example answers CONDITIONAL).
                Wire name `algoType`, sent in the query.
            symbol: STRING, optional. If the symbol is not sent, orders for all symbols will be
                returned in an array. Wire name `symbol`, sent in the query.
            algo_id: LONG, optional. Allowed: -9223372036854775808 <= algo_id <=
                9223372036854775807. Wire name `algoId`, sent in the query.
            recv_window: LONG, optional. If recvWindow is not sent, it defaults to 5000 (general
                info). Unit: ms. Allowed: -9223372036854775808 <= recv_window <=
                9223372036854775807. Wire name `recvWindow`, sent in the query.
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
            UsdmOpenAlgoOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: **1** for a single symbol; **40** when the symbol parameter is omitted
        (page). Enforced: 2400 per 60000 ms per ip [binance:ip:group-usdm-request-weight].

        Source:
        https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Current-All-Algo-Open-Orders
        """
        if algo_type is not None and (
            not isinstance(algo_type, str) or not algo_type.isprintable() or not algo_type
        ):
            raise errors.ValidationError(
                argument="algo_type",
                constraint="must be a non-empty str without control characters",
                value=algo_type,
                wire_name="algoType",
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

        if algo_id is not None and (not isinstance(algo_id, int) or isinstance(algo_id, bool)):
            raise errors.ValidationError(
                argument="algo_id", constraint="must be an int", value=algo_id, wire_name="algoId"
            )
        if algo_id is not None and (
            algo_id < -9223372036854775808 or algo_id > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="algo_id",
                constraint="must be -9223372036854775808 <= algo_id <= 9223372036854775807",
                value=algo_id,
                wire_name="algoId",
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
        if algo_type is not None:
            query["algoType"] = algo_type
        if symbol is not None:
            query["symbol"] = symbol
        if algo_id is not None:
            query["algoId"] = algo_id
        if recv_window is not None:
            query["recvWindow"] = recv_window

        body: dict[str, object] = {}

        return cast(
            "UsdmOpenAlgoOrdersResponse",
            await self._client._call(
                _spec.USDM_OPEN_ALGO_ORDERS,
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
    ) -> UsdmOpenOrdersResponse:
        """List open (non-algo) USDⓈ-M orders on one symbol, or on all symbols when none is given.

        Get all open orders on a symbol. Careful when accessing this with no symbol. If the symbol
        is not sent, orders for all symbols will be returned in an array.

        `GET /fapi/v1/openOrders`. API key permission: USER_DATA.

        Note: Pagination: none; the parameter table offers no page, limit or cursor, so one array
        holds the orders of one symbol or of all symbols.

        Note: Field list confirmed by the official SDK model CurrentAllOpenOrdersResponseInner
        (avgPrice, clientOrderId, cumQuote, executedQty, orderId int, origQty, origType, price,
        reduceOnly, side, positionSide, status, stopPrice, closePosition, symbol, time, timeInForce,
        type, activatePrice, priceRate, updateTime, workingType, priceProtect, priceMatch,
        selfTradePreventionMode, goodTillDate); the page text and example were read through the
        rosssaunders/coincise transcription.

        Note: Conditional (algo) orders are listed by GET /fapi/v1/openAlgoOrders
        (open_algo_orders), weight 1 / 40 the same way.

        Args:
            symbol: STRING, optional; all symbols when omitted (weight 40). Wire name `symbol`, sent
                in the query.
            recv_window: LONG, optional. If recvWindow is not sent, it defaults to 5000 (general
                info). Unit: ms. Allowed: -9223372036854775808 <= recv_window <=
                9223372036854775807. Wire name `recvWindow`, sent in the query.
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
            UsdmOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: 1 for a single symbol; 40 when the symbol parameter is omitted (page).
        Enforced: 2400 per 60000 ms per ip [binance:ip:group-usdm-request-weight].

        Source:
        https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Current-All-Open-Orders
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
            "UsdmOpenOrdersResponse",
            await self._client._call(
                _spec.USDM_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncBinance(AsyncClient):
    """Binance async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BINANCE_API_KEY, BINANCE_API_SECRET.
    `base_url` overrides https://api.binance.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = (
        "spot",
        "usdm",
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
        self.spot = AsyncBinanceSpot(self)
        """spot endpoints: `cancel_open_orders`, `open_orders`."""
        self.usdm = AsyncBinanceUsdm(self)
        """usdm endpoints: `cancel_all_algo_open_orders`, `cancel_all_open_orders`, `countdown_cancel_all`, `open_algo_orders`, `open_orders`."""
