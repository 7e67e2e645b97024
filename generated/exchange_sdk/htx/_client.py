# Generated from specs/htx/ (sha256 2feeeafe5bc99631fb3ff9dd9d3a44ba335045243a66aec01c088a205623d9a1). Do not edit: run make.
"""HTX clients, sync and async: HTX and AsyncHTX.

Generated from the specs in specs/htx/; the shared machinery (signing, transport,
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
        CancelAfterResponse,
        CancelAllOrdersResponse,
        OpenOrdersResponse,
    )

__all__ = ["HTX", "AsyncHTX", "AsyncHTXFutures", "HTXFutures"]


class HTXFutures:
    """The `futures` endpoints of HTX."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_after(
        self,
        *,
        on_off: Literal[1, 0],
        time_out: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAfterResponse:
        """[General] Automatic Order Cancellation: a dead-man's switch for USDT-M futures (v1).

        HTX Futures launches the automatic order cancellation interface to prevent API users from
        incurring unexpected losses in the event of network failures or client system failures that
        result in a loss of communication with the HTX system. When users experience an unexpected
        disconnection from HTX's system, this interface automatically cancels all pending orders
        (including both opening and closing orders) to mitigate potential losses through its Dead
        Man's Switch functionality. If the interface is not called again within the specified
        period, all of the user's pending futures orders will be canceled.

        `POST /linear-swap-api/v1/linear-cancel-after`. API key permission: Trade.

        Note: The kill switch counts an arm only when trigger_time is in the future. The page gives
        no unit for current_time and trigger_time; the answer's ts and time_out are milliseconds of
        the same platform clock, so trigger_time is read as epoch milliseconds.

        Note: "The system checks all countdowns approximately every 10 ms. Therefore, please be
        aware that when using this feature, redundancy should be taken into account. We do not
        recommend setting the countdowns too precisely or too small."

        Note: The page gives no request or response example ("No data"); none is recorded.

        Note: A v1 endpoint of the Single-Asset Collateral API, with v1's {code, msg, ts, data}
        answer (msg, not v5's message); it has its own `envelope:` here. The official HTX Java SDK
        accepts its answer when code == 200, the v5 success code the exchange file already uses.

        Note: HTX also lists POST /v5/trade/cancel-after for Multi-Assets Collateral accounts (doc
        page https://www.htx.com/en-us/opend/newApiPages/?id=8cb89359-77b5-11ed-9966-19b72307cbb;
        the official Java SDK sends on_off and time_out as strings). Its page is not in the stored
        sources, so its ranges and answer cannot be transcribed and it is not specified.

        Note: HTX launched the v5 endpoints on 2025-05-12 for accounts in Multi-Assets Collateral
        mode; single-asset accounts keep using the v1 linear-swap-api endpoints.

        Args:
            on_off: Enable and disable the automatic order cancellation feature. Allowed: one of 1
                (enable the feature), 0 (disable the feature). Wire name `on_off`, sent in the body.
            time_out: Configure a countdown timer for automatic order cancellation. If the feature
                is not disabled when the countdown ends, all pending orders placed by the user will
                be canceled. It is advisable to set the timer when enabling the feature; otherwise,
                the default countdown is 5,000 milliseconds (5 seconds). Unit: ms. Allowed: time_out
                >= 5000. Wire name `time_out`, sent in the body.
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
            CancelAfterResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 144 requests per 3 s per UID, split into 72 for trade and 72
        for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72 for trade
        and 72 for read. (protocols:§2c). Enforced: 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=10000068-77b7-11ed-9966-0242ac110003
        """
        if not isinstance(on_off, int) or isinstance(on_off, bool):
            raise errors.ValidationError(
                argument="on_off", constraint="must be an int", value=on_off, wire_name="on_off"
            )
        if on_off not in (1, 0):
            raise errors.ValidationError(
                argument="on_off",
                constraint="must be one of 1, 0",
                value=on_off,
                wire_name="on_off",
            )

        if time_out is not None and (not isinstance(time_out, int) or isinstance(time_out, bool)):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be an int",
                value=time_out,
                wire_name="time_out",
            )
        if time_out is not None and (time_out < 5000):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be time_out >= 5000",
                value=time_out,
                wire_name="time_out",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "on_off": on_off,
        }
        if time_out is not None:
            body["time_out"] = time_out

        return cast(
            "CancelAfterResponse",
            self._client._call(
                _spec.FUTURES_CANCEL_AFTER,
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
        contract_code: str | None = None,
        side: Literal["buy", "sell"] | None = None,
        position_side: Literal["long", "short", "both"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open USDT-M futures orders (v5, Multi-Assets Collateral mode).

        Cancel all open orders, optionally only those of one contract, side or position side.

        `POST /v5/trade/cancel_all_orders`. API key permission: Trade.

        Note: The contract code pattern (base and quote joined by a hyphen, with the delivery date
        as a third part for futures: BTC-USDT, BTC-USDT-241115) is the format protocols §2e and the
        pages give; the v1 pages call contract codes case-insensitive, so either case passes.

        Note: A batch result: the top-level code is 200 while each item carries its own code (200
        means success) and message, so a 200 response can still hold items that failed; inspect
        every item's code.

        Note: HTX launched the v5 endpoints on 2025-05-12 for accounts in Multi-Assets Collateral
        mode; single-asset accounts must keep using the v1 linear-swap-api endpoints.

        Note: The rate limit is shared by all the altcoins contracts delivered by different date.

        Args:
            contract_code: Symbol (e.g. "BTC-USDT" or "BTC-USDT-241115"). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            side: Order side. Allowed: one of buy (Buy), sell (Sell). Wire name `side`, sent in the
                body.
            position_side: Position side. Allowed: one of long (going long), short (going short),
                both (One-way mode). Wire name `position_side`, sent in the body.
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

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb89359-77b5-11ed-9966-195894f0cf6
        """
        if contract_code is not None and (not isinstance(contract_code, str)):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a str",
                value=contract_code,
                wire_name="contract_code",
            )
        if contract_code is not None and (
            not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code)
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if side is not None and (not isinstance(side, str)):
            raise errors.ValidationError(
                argument="side", constraint="must be a str", value=side, wire_name="side"
            )
        if side is not None and (side not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="side",
                constraint="must be one of 'buy', 'sell'",
                value=side,
                wire_name="side",
            )

        if position_side is not None and (not isinstance(position_side, str)):
            raise errors.ValidationError(
                argument="position_side",
                constraint="must be a str",
                value=position_side,
                wire_name="position_side",
            )
        if position_side is not None and (position_side not in ("long", "short", "both")):
            raise errors.ValidationError(
                argument="position_side",
                constraint="must be one of 'long', 'short', 'both'",
                value=position_side,
                wire_name="position_side",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if side is not None:
            body["side"] = side
        if position_side is not None:
            body["position_side"] = position_side

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

    def open_orders(
        self,
        *,
        contract_code: str | None = None,
        margin_mode: Literal["cross"] | None = None,
        order_id: str | None = None,
        client_order_id: str | None = None,
        from_id: int | None = None,
        limit: int | None = None,
        direct: Literal["prev", "next"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrdersResponse:
        """List the open USDT-M futures orders (v5, Multi-Assets Collateral mode), page by page.

        Get unfilled futures orders. If no request parameters are specified, you will get all open
        orders sorted on the creation time in chronological order.

        `GET /v5/trade/order/opens`. API key permission: Read.

        Note: The contract code pattern (base and quote joined by a hyphen, with the delivery date
        as a third part for futures: BTC-USDT, BTC-USDT-241115) is the format protocols §2e and the
        pages give; the v1 pages call contract codes case-insensitive, so either case passes.

        Note: Pages: from is the id of the last order of the previous page and direct is next; limit
        at most 100. A page with fewer than limit orders is the last.

        Note: HTX launched the v5 endpoints for accounts in Multi-Assets Collateral mode;
        Single-Asset accounts keep the v1 linear-swap-api endpoints.

        Args:
            contract_code: Symbol (perpetual "BTC-USDT", delivery "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the query.
            margin_mode: Margin mode. Allowed: one of cross (Cross margin). Wire name `margin_mode`,
                sent in the query.
            order_id: Order ID. Wire name `order_id`, sent in the query.
            client_order_id: Order ID you entered. Wire name `client_order_id`, sent in the query.
            from_id: ID for the query starts at 0 by default. Wire name `from`, sent in the query.
            limit: Pagination size defaults to 10, with a maximum limit of 100. Allowed: 1 <= limit
                <= 100. Wire name `limit`, sent in the query.
            direct: prev, next. Allowed: one of prev (the page before from), next (the page after
                from). Wire name `direct`, sent in the query.
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

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb89359-77b5-11ed-9966-19589587da5
        """
        if contract_code is not None and (not isinstance(contract_code, str)):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a str",
                value=contract_code,
                wire_name="contract_code",
            )
        if contract_code is not None and (
            not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code)
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if margin_mode is not None and (not isinstance(margin_mode, str)):
            raise errors.ValidationError(
                argument="margin_mode",
                constraint="must be a str",
                value=margin_mode,
                wire_name="margin_mode",
            )
        if margin_mode is not None and (margin_mode not in ("cross",)):
            raise errors.ValidationError(
                argument="margin_mode",
                constraint="must be one of 'cross'",
                value=margin_mode,
                wire_name="margin_mode",
            )

        if order_id is not None and (not isinstance(order_id, str)):
            raise errors.ValidationError(
                argument="order_id",
                constraint="must be a str",
                value=order_id,
                wire_name="order_id",
            )

        if client_order_id is not None and (not isinstance(client_order_id, str)):
            raise errors.ValidationError(
                argument="client_order_id",
                constraint="must be a str",
                value=client_order_id,
                wire_name="client_order_id",
            )

        if from_id is not None and (not isinstance(from_id, int) or isinstance(from_id, bool)):
            raise errors.ValidationError(
                argument="from_id", constraint="must be an int", value=from_id, wire_name="from"
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

        if direct is not None and (not isinstance(direct, str)):
            raise errors.ValidationError(
                argument="direct", constraint="must be a str", value=direct, wire_name="direct"
            )
        if direct is not None and (direct not in ("prev", "next")):
            raise errors.ValidationError(
                argument="direct",
                constraint="must be one of 'prev', 'next'",
                value=direct,
                wire_name="direct",
            )

        query: dict[str, object] = {}
        if contract_code is not None:
            query["contract_code"] = contract_code
        if margin_mode is not None:
            query["margin_mode"] = margin_mode
        if order_id is not None:
            query["order_id"] = order_id
        if client_order_id is not None:
            query["client_order_id"] = client_order_id
        if from_id is not None:
            query["from"] = from_id
        if limit is not None:
            query["limit"] = limit
        if direct is not None:
            query["direct"] = direct

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


class HTX(SyncClient):
    """HTX sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    HTX_API_KEY, HTX_API_SECRET.
    `base_url` overrides https://api.hbdm.com (for example the local simulator). `timeout` is
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
        self.futures = HTXFutures(self)
        """futures endpoints: `cancel_after`, `cancel_all_orders`, `open_orders`."""


class AsyncHTXFutures:
    """The `futures` endpoints of HTX (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_after(
        self,
        *,
        on_off: Literal[1, 0],
        time_out: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAfterResponse:
        """[General] Automatic Order Cancellation: a dead-man's switch for USDT-M futures (v1).

        HTX Futures launches the automatic order cancellation interface to prevent API users from
        incurring unexpected losses in the event of network failures or client system failures that
        result in a loss of communication with the HTX system. When users experience an unexpected
        disconnection from HTX's system, this interface automatically cancels all pending orders
        (including both opening and closing orders) to mitigate potential losses through its Dead
        Man's Switch functionality. If the interface is not called again within the specified
        period, all of the user's pending futures orders will be canceled.

        `POST /linear-swap-api/v1/linear-cancel-after`. API key permission: Trade.

        Note: The kill switch counts an arm only when trigger_time is in the future. The page gives
        no unit for current_time and trigger_time; the answer's ts and time_out are milliseconds of
        the same platform clock, so trigger_time is read as epoch milliseconds.

        Note: "The system checks all countdowns approximately every 10 ms. Therefore, please be
        aware that when using this feature, redundancy should be taken into account. We do not
        recommend setting the countdowns too precisely or too small."

        Note: The page gives no request or response example ("No data"); none is recorded.

        Note: A v1 endpoint of the Single-Asset Collateral API, with v1's {code, msg, ts, data}
        answer (msg, not v5's message); it has its own `envelope:` here. The official HTX Java SDK
        accepts its answer when code == 200, the v5 success code the exchange file already uses.

        Note: HTX also lists POST /v5/trade/cancel-after for Multi-Assets Collateral accounts (doc
        page https://www.htx.com/en-us/opend/newApiPages/?id=8cb89359-77b5-11ed-9966-19b72307cbb;
        the official Java SDK sends on_off and time_out as strings). Its page is not in the stored
        sources, so its ranges and answer cannot be transcribed and it is not specified.

        Note: HTX launched the v5 endpoints on 2025-05-12 for accounts in Multi-Assets Collateral
        mode; single-asset accounts keep using the v1 linear-swap-api endpoints.

        Args:
            on_off: Enable and disable the automatic order cancellation feature. Allowed: one of 1
                (enable the feature), 0 (disable the feature). Wire name `on_off`, sent in the body.
            time_out: Configure a countdown timer for automatic order cancellation. If the feature
                is not disabled when the countdown ends, all pending orders placed by the user will
                be canceled. It is advisable to set the timer when enabling the feature; otherwise,
                the default countdown is 5,000 milliseconds (5 seconds). Unit: ms. Allowed: time_out
                >= 5000. Wire name `time_out`, sent in the body.
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
            CancelAfterResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 144 requests per 3 s per UID, split into 72 for trade and 72
        for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72 for trade
        and 72 for read. (protocols:§2c). Enforced: 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=10000068-77b7-11ed-9966-0242ac110003
        """
        if not isinstance(on_off, int) or isinstance(on_off, bool):
            raise errors.ValidationError(
                argument="on_off", constraint="must be an int", value=on_off, wire_name="on_off"
            )
        if on_off not in (1, 0):
            raise errors.ValidationError(
                argument="on_off",
                constraint="must be one of 1, 0",
                value=on_off,
                wire_name="on_off",
            )

        if time_out is not None and (not isinstance(time_out, int) or isinstance(time_out, bool)):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be an int",
                value=time_out,
                wire_name="time_out",
            )
        if time_out is not None and (time_out < 5000):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be time_out >= 5000",
                value=time_out,
                wire_name="time_out",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "on_off": on_off,
        }
        if time_out is not None:
            body["time_out"] = time_out

        return cast(
            "CancelAfterResponse",
            await self._client._call(
                _spec.FUTURES_CANCEL_AFTER,
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
        contract_code: str | None = None,
        side: Literal["buy", "sell"] | None = None,
        position_side: Literal["long", "short", "both"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open USDT-M futures orders (v5, Multi-Assets Collateral mode).

        Cancel all open orders, optionally only those of one contract, side or position side.

        `POST /v5/trade/cancel_all_orders`. API key permission: Trade.

        Note: The contract code pattern (base and quote joined by a hyphen, with the delivery date
        as a third part for futures: BTC-USDT, BTC-USDT-241115) is the format protocols §2e and the
        pages give; the v1 pages call contract codes case-insensitive, so either case passes.

        Note: A batch result: the top-level code is 200 while each item carries its own code (200
        means success) and message, so a 200 response can still hold items that failed; inspect
        every item's code.

        Note: HTX launched the v5 endpoints on 2025-05-12 for accounts in Multi-Assets Collateral
        mode; single-asset accounts must keep using the v1 linear-swap-api endpoints.

        Note: The rate limit is shared by all the altcoins contracts delivered by different date.

        Args:
            contract_code: Symbol (e.g. "BTC-USDT" or "BTC-USDT-241115"). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            side: Order side. Allowed: one of buy (Buy), sell (Sell). Wire name `side`, sent in the
                body.
            position_side: Position side. Allowed: one of long (going long), short (going short),
                both (One-way mode). Wire name `position_side`, sent in the body.
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

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb89359-77b5-11ed-9966-195894f0cf6
        """
        if contract_code is not None and (not isinstance(contract_code, str)):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a str",
                value=contract_code,
                wire_name="contract_code",
            )
        if contract_code is not None and (
            not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code)
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if side is not None and (not isinstance(side, str)):
            raise errors.ValidationError(
                argument="side", constraint="must be a str", value=side, wire_name="side"
            )
        if side is not None and (side not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="side",
                constraint="must be one of 'buy', 'sell'",
                value=side,
                wire_name="side",
            )

        if position_side is not None and (not isinstance(position_side, str)):
            raise errors.ValidationError(
                argument="position_side",
                constraint="must be a str",
                value=position_side,
                wire_name="position_side",
            )
        if position_side is not None and (position_side not in ("long", "short", "both")):
            raise errors.ValidationError(
                argument="position_side",
                constraint="must be one of 'long', 'short', 'both'",
                value=position_side,
                wire_name="position_side",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if side is not None:
            body["side"] = side
        if position_side is not None:
            body["position_side"] = position_side

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

    async def open_orders(
        self,
        *,
        contract_code: str | None = None,
        margin_mode: Literal["cross"] | None = None,
        order_id: str | None = None,
        client_order_id: str | None = None,
        from_id: int | None = None,
        limit: int | None = None,
        direct: Literal["prev", "next"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrdersResponse:
        """List the open USDT-M futures orders (v5, Multi-Assets Collateral mode), page by page.

        Get unfilled futures orders. If no request parameters are specified, you will get all open
        orders sorted on the creation time in chronological order.

        `GET /v5/trade/order/opens`. API key permission: Read.

        Note: The contract code pattern (base and quote joined by a hyphen, with the delivery date
        as a third part for futures: BTC-USDT, BTC-USDT-241115) is the format protocols §2e and the
        pages give; the v1 pages call contract codes case-insensitive, so either case passes.

        Note: Pages: from is the id of the last order of the previous page and direct is next; limit
        at most 100. A page with fewer than limit orders is the last.

        Note: HTX launched the v5 endpoints for accounts in Multi-Assets Collateral mode;
        Single-Asset accounts keep the v1 linear-swap-api endpoints.

        Args:
            contract_code: Symbol (perpetual "BTC-USDT", delivery "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the query.
            margin_mode: Margin mode. Allowed: one of cross (Cross margin). Wire name `margin_mode`,
                sent in the query.
            order_id: Order ID. Wire name `order_id`, sent in the query.
            client_order_id: Order ID you entered. Wire name `client_order_id`, sent in the query.
            from_id: ID for the query starts at 0 by default. Wire name `from`, sent in the query.
            limit: Pagination size defaults to 10, with a maximum limit of 100. Allowed: 1 <= limit
                <= 100. Wire name `limit`, sent in the query.
            direct: prev, next. Allowed: one of prev (the page before from), next (the page after
                from). Wire name `direct`, sent in the query.
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

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb89359-77b5-11ed-9966-19589587da5
        """
        if contract_code is not None and (not isinstance(contract_code, str)):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a str",
                value=contract_code,
                wire_name="contract_code",
            )
        if contract_code is not None and (
            not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code)
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if margin_mode is not None and (not isinstance(margin_mode, str)):
            raise errors.ValidationError(
                argument="margin_mode",
                constraint="must be a str",
                value=margin_mode,
                wire_name="margin_mode",
            )
        if margin_mode is not None and (margin_mode not in ("cross",)):
            raise errors.ValidationError(
                argument="margin_mode",
                constraint="must be one of 'cross'",
                value=margin_mode,
                wire_name="margin_mode",
            )

        if order_id is not None and (not isinstance(order_id, str)):
            raise errors.ValidationError(
                argument="order_id",
                constraint="must be a str",
                value=order_id,
                wire_name="order_id",
            )

        if client_order_id is not None and (not isinstance(client_order_id, str)):
            raise errors.ValidationError(
                argument="client_order_id",
                constraint="must be a str",
                value=client_order_id,
                wire_name="client_order_id",
            )

        if from_id is not None and (not isinstance(from_id, int) or isinstance(from_id, bool)):
            raise errors.ValidationError(
                argument="from_id", constraint="must be an int", value=from_id, wire_name="from"
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

        if direct is not None and (not isinstance(direct, str)):
            raise errors.ValidationError(
                argument="direct", constraint="must be a str", value=direct, wire_name="direct"
            )
        if direct is not None and (direct not in ("prev", "next")):
            raise errors.ValidationError(
                argument="direct",
                constraint="must be one of 'prev', 'next'",
                value=direct,
                wire_name="direct",
            )

        query: dict[str, object] = {}
        if contract_code is not None:
            query["contract_code"] = contract_code
        if margin_mode is not None:
            query["margin_mode"] = margin_mode
        if order_id is not None:
            query["order_id"] = order_id
        if client_order_id is not None:
            query["client_order_id"] = client_order_id
        if from_id is not None:
            query["from"] = from_id
        if limit is not None:
            query["limit"] = limit
        if direct is not None:
            query["direct"] = direct

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


class AsyncHTX(AsyncClient):
    """HTX async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    HTX_API_KEY, HTX_API_SECRET.
    `base_url` overrides https://api.hbdm.com (for example the local simulator). `timeout` is
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
        self.futures = AsyncHTXFutures(self)
        """futures endpoints: `cancel_after`, `cancel_all_orders`, `open_orders`."""
