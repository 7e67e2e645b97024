# Generated from specs/htx/ (sha256 57532bd35f163bcf8126fdebfb46b6a5167bb4789bee137c72042ddd55abb347). Do not edit: run make.
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
        AssetModeResponse,
        CancelAfterResponse,
        CancelAllOrdersResponse,
        CrossCancelAllResponse,
        CrossOpenOrdersResponse,
        CrossTpslCancelAllResponse,
        CrossTpslOpenOrdersResponse,
        CrossTrackCancelAllResponse,
        CrossTrackOpenOrdersResponse,
        CrossTriggerCancelAllResponse,
        CrossTriggerOpenOrdersResponse,
        IsolatedCancelAllResponse,
        IsolatedOpenOrdersResponse,
        IsolatedTpslCancelAllResponse,
        IsolatedTpslOpenOrdersResponse,
        IsolatedTrackCancelAllResponse,
        IsolatedTrackOpenOrdersResponse,
        IsolatedTriggerCancelAllResponse,
        IsolatedTriggerOpenOrdersResponse,
        OpenOrdersResponse,
    )

__all__ = ["HTX", "AsyncHTX", "AsyncHTXFutures", "HTXFutures"]


class HTXFutures:
    """The `futures` endpoints of HTX."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def asset_mode(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> AssetModeResponse:
        """Get the account's asset mode (single-asset or multi-assets collateral).

        This interface allows users to query the current asset mode.

        `GET /v5/account/asset_mode`. API key permission: Read.

        Note: The page's request example reads `no`: the call takes no parameters. The kill switch
        asks it when an HTX account's configuration does not say its account_mode.

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
            AssetModeResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb89359-77b5-11ed-9966-1958871f034
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "AssetModeResponse",
            self._client._call(
                _spec.FUTURES_ASSET_MODE,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

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

        Note: The page gives no request or response example ("No data"); the response example in
        `response` is built from its field table (example_kind: field-table), its values
        illustrative.

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
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if position_side is not None and (
            not isinstance(position_side, str)
            or not position_side.isprintable()
            or not position_side
        ):
            raise errors.ValidationError(
                argument="position_side",
                constraint="must be a non-empty str without control characters",
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

    def cross_cancel_all(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        contract_type: Literal["swap", "this_week", "next_week", "quarter", "next_quarter"]
        | None = None,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossCancelAllResponse:
        """[Cross] Cancel all open USDT-M orders of a contract (v1, Single-Asset Collateral accounts).

        The interface only supports cross margin mode. The request parameter "contract_code"
        supports the contract code of futures, in that the format is BTC-USDT-210625. one of
        (pair+contract_type) and contract_code must be filled in(if all of them not filled in, will
        get 1014 error code); and all filled in, the contract_code is the preferred.

        `POST /linear-swap-api/v1/swap_cross_cancelall`. API key permission: Trade.

        Note: You can fill in only one of direction and offset to cancel the orders. (such as
        direction=buy, all buy orders will be cancelled, including "open" and "close" offset)

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            contract_type: contract type. Allowed: one of swap (swap), this_week (this week),
                next_week (next week), quarter (quarter), next_quarter (next quarter). Wire name
                `contract_type`, sent in the body.
            direction: Transaction direction(if not filled in means all) ["buy" , "sell"]. Allowed:
                one of buy (buy), sell (sell). Wire name `direction`, sent in the body.
            offset: offset direction（if not filled in means all） ["open" , "close"]. Allowed: one of
                open (open), close (close). Wire name `offset`, sent in the body.
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
            CrossCancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.InvalidRequestError: 1014: neither contract_code nor pair and contract_type
                filled in

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb84ea6-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if contract_type is not None and (
            not isinstance(contract_type, str)
            or not contract_type.isprintable()
            or not contract_type
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be a non-empty str without control characters",
                value=contract_type,
                wire_name="contract_type",
            )
        if contract_type is not None and (
            contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter")
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                value=contract_type,
                wire_name="contract_type",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if contract_type is not None:
            body["contract_type"] = contract_type
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "CrossCancelAllResponse",
            self._client._call(
                _spec.FUTURES_CROSS_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cross_open_orders(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        sort_by: Literal["created_at", "update_time"] | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossOpenOrdersResponse:
        """[Cross] Current unfilled USDT-M orders (v1, Single-Asset Collateral accounts), page by page.

        The interface only supports cross margin mode. The request parameter "contract_code"
        supports the contract code of futures, in that the format is BTC-USDT-210625. When both of
        pair and contract_code filled in, the contract_code is the preferred. supports none any
        parameter filled in, it means all contract code in cross mode.

        `POST /linear-swap-api/v1/swap_cross_openorders`. API key permission: Read.

        Note: The real_profit is calculated with the average price in open position and the
        transaction average price in close position (the real profit is the sum of each profit of
        order matched).

        Note: Only of the order information that orders created after 0:00 on January 30, 2021, the
        real profit (real_profit) parameter has a value. And in the other orders created before that
        times, it is 0.

        Note: The example's order_id 918814943964184600 is order_id_str 918814943964184578 rounded
        through a float: the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            page_index: page index, default 1st page. Allowed: page_index >= 1. Wire name
                `page_index`, sent in the body.
            page_size: page size, default 20，no more than 50. Allowed: 1 <= page_size <= 50. Wire
                name `page_size`, sent in the body.
            sort_by: sort fields(Default: “created_at” descending order). Allowed: one of created_at
                (descending order by order created at), update_time (descending order by order
                update time). Wire name `sort_by`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 1 (buy long), 2 (sell
                short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18 (sell(one-way
                mode)). Wire name `trade_type`, sent in the body.
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
            CrossOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb858fe-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if sort_by is not None and (
            not isinstance(sort_by, str) or not sort_by.isprintable() or not sort_by
        ):
            raise errors.ValidationError(
                argument="sort_by",
                constraint="must be a non-empty str without control characters",
                value=sort_by,
                wire_name="sort_by",
            )
        if sort_by is not None and (sort_by not in ("created_at", "update_time")):
            raise errors.ValidationError(
                argument="sort_by",
                constraint="must be one of 'created_at', 'update_time'",
                value=sort_by,
                wire_name="sort_by",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if sort_by is not None:
            body["sort_by"] = sort_by
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "CrossOpenOrdersResponse",
            self._client._call(
                _spec.FUTURES_CROSS_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cross_tpsl_cancel_all(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        contract_type: Literal["swap", "this_week", "next_week", "quarter", "next_quarter"]
        | None = None,
        direction: Literal["buy", "sell"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTpslCancelAllResponse:
        """[Cross] Cancel all untriggered take-profit and stop-loss orders of a contract (v1,
        Single-Asset Collateral accounts).

        This interface only supports cross margin mode. The frequency limit of this interface is 5
        times per second. The request parameter "contract_code" supports the contract code of
        futures, in that the format is BTC-USDT-210625. one of (pair+contract_type) and
        contract_code must be filled in(if all of them not filled in, will get 1014 error code); and
        all filled in, the contract_code is the preferred.

        `POST /linear-swap-api/v1/swap_cross_tpsl_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered take-profit and stop-loss orders endpoints of their own (this
        one and its listing, futures.cross_tpsl_open_orders); the pages of the ordinary [Cross]
        Cancel All Orders (swap_cross_cancelall) and its listing do not mention them. The kill
        switch sends both cancel-alls, this one once per contract its listing finds (or per
        configured market), and is flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            contract_type: contract type. Allowed: one of swap (swap), this_week (this week),
                next_week (next week), quarter (quarter), next_quarter (next quarter). Wire name
                `contract_type`, sent in the body.
            direction: direction false string direction（if not filled in means all）. Allowed: one of
                buy (buy), sell (sell). Wire name `direction`, sent in the body.
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
            CrossTpslCancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.InvalidRequestError: 1014: neither contract_code nor pair and contract_type
                filled in

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: This
        interface only supports cross margin mode. The frequency limit of this interface is 5 times
        per second. The request parameter "contract_code" supports the contract code of futures, in
        that the format is BTC-USDT-210625. one of (pair+contract_type) and contract_code must be
        filled in(if all of them not filled in, will get 1014 error code); and all filled in, the
        contract_code is the preferred. (page); Rate limit: 144 requests per 3 s per UID, split into
        72 for trade and 72 for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID,
        split into 72 for trade and 72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.cross_tpsl_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72 per
        3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb87edb-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if contract_type is not None and (
            not isinstance(contract_type, str)
            or not contract_type.isprintable()
            or not contract_type
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be a non-empty str without control characters",
                value=contract_type,
                wire_name="contract_type",
            )
        if contract_type is not None and (
            contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter")
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                value=contract_type,
                wire_name="contract_type",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if contract_type is not None:
            body["contract_type"] = contract_type
        if direction is not None:
            body["direction"] = direction

        return cast(
            "CrossTpslCancelAllResponse",
            self._client._call(
                _spec.FUTURES_CROSS_TPSL_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cross_tpsl_open_orders(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 3, 4] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTpslOpenOrdersResponse:
        """[Cross] Current untriggered take-profit and stop-loss orders (v1, Single-Asset Collateral
        accounts), page by page.

        This interface only supports cross margin mode. The request parameter "contract_code"
        supports the contract code of futures, in that the format is BTC-USDT-210625. when all of
        pair and contract_code filled in, the contract_code is the preferred; when no one filled in,
        return all data in cross mode.

        `POST /linear-swap-api/v1/swap_cross_tpsl_openorders`. API key permission: Read.

        Note: The kill switch's proof for futures.cross_tpsl_cancel_all: the untriggered take-profit
        and stop-loss orders of every contract in cross mode when no contract_code is given, page by
        page (page_size at most 50, page_index up to total_page). The page of the ordinary [Cross]
        current-orders listing does not mention them.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            page_index: page index. 1 by default. Allowed: page_index >= 1. Wire name `page_index`,
                sent in the body.
            page_size: page size.20 by default. 50 at most. Allowed: 1 <= page_size <= 50. Wire name
                `page_size`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 3 (buy short), 4 (sell
                long). Wire name `trade_type`, sent in the body.
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
            CrossTpslOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb880ff-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 3, 4)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 3, 4",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "CrossTpslOpenOrdersResponse",
            self._client._call(
                _spec.FUTURES_CROSS_TPSL_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cross_track_cancel_all(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        contract_type: Literal["swap", "this_week", "next_week", "quarter", "next_quarter"]
        | None = None,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTrackCancelAllResponse:
        """[Cross] Cancel all untriggered trailing (track) orders of a contract (v1, Single-Asset
        Collateral accounts).

        The interface only supports cross margin mode. The frequency limit of this interface is 5
        times per second. You can fill in only one of direction and offset to cancel the orders.
        (such as direction=buy, all buy orders will be cancelled, including "open" and "close"
        offset) The request parameter "contract_code" supports the contract code of futures, in that
        the format is BTC-USDT-210625. one of (pair+contract_type) and contract_code must be filled
        in(if all of them not filled in, will get 1014 error code); and all filled in, the
        contract_code is the preferred.

        `POST /linear-swap-api/v1/swap_cross_track_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered trailing (track) orders endpoints of their own (this one and its
        listing, futures.cross_track_open_orders); the pages of the ordinary [Cross] Cancel All
        Orders (swap_cross_cancelall) and its listing do not mention them. The kill switch sends
        both cancel-alls, this one once per contract its listing finds (or per configured market),
        and is flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            contract_type: contract type. Allowed: one of swap (swap), this_week (this week),
                next_week (next week), quarter (quarter), next_quarter (next quarter). Wire name
                `contract_type`, sent in the body.
            direction: direction(if not filled in, means all). Allowed: one of buy (buy), sell
                (sell). Wire name `direction`, sent in the body.
            offset: offset (if not filled in, means all). Allowed: one of open (open), close
                (close). Wire name `offset`, sent in the body.
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
            CrossTrackCancelAllResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.InvalidRequestError: 1014: neither contract_code nor pair and contract_type
                filled in

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: The
        interface only supports cross margin mode. The frequency limit of this interface is 5 times
        per second. You can fill in only one of direction and offset to cancel the orders. (such as
        direction=buy, all buy orders will be cancelled, including "open" and "close" offset) The
        request parameter "contract_code" supports the contract code of futures, in that the format
        is BTC-USDT-210625. one of (pair+contract_type) and contract_code must be filled in(if all
        of them not filled in, will get 1014 error code); and all filled in, the contract_code is
        the preferred. (page); Rate limit: 144 requests per 3 s per UID, split into 72 for trade and
        72 for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72 for
        trade and 72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.cross_track_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72 per
        3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb89359-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if contract_type is not None and (
            not isinstance(contract_type, str)
            or not contract_type.isprintable()
            or not contract_type
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be a non-empty str without control characters",
                value=contract_type,
                wire_name="contract_type",
            )
        if contract_type is not None and (
            contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter")
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                value=contract_type,
                wire_name="contract_type",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if contract_type is not None:
            body["contract_type"] = contract_type
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "CrossTrackCancelAllResponse",
            self._client._call(
                _spec.FUTURES_CROSS_TRACK_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cross_track_open_orders(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTrackOpenOrdersResponse:
        """[Cross] Current untriggered trailing (track) orders (v1, Single-Asset Collateral accounts),
        page by page.

        The interface only supports cross margin mode. The request parameter "contract_code"
        supports the contract code of futures, in that the format is BTC-USDT-210625. when both of
        pair and contract_code filled in, the contract_code is the preferred. if none of them filled
        in, it means all open orders.

        `POST /linear-swap-api/v1/swap_cross_track_openorders`. API key permission: Read.

        Note: The kill switch's proof for futures.cross_track_cancel_all: the untriggered trailing
        (track) orders of every contract in cross mode when no contract_code is given, page by page
        (page_size at most 50, page_index up to total_page). The page of the ordinary [Cross]
        current-orders listing does not mention them.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            page_index: page index, if not filled in as 1st. Allowed: page_index >= 1. Wire name
                `page_index`, sent in the body.
            page_size: if not filled in as 20, and no more than 50. Allowed: 1 <= page_size <= 50.
                Wire name `page_size`, sent in the body.
            trade_type: trade type(if not filled in, means all). Allowed: one of 0 (all), 1 (buy
                long), 2 (sell short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18
                (sell(one-way mode)). Wire name `trade_type`, sent in the body.
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
            CrossTrackOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb89614-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "CrossTrackOpenOrdersResponse",
            self._client._call(
                _spec.FUTURES_CROSS_TRACK_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cross_trigger_cancel_all(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        contract_type: Literal["swap", "this_week", "next_week", "quarter", "next_quarter"]
        | None = None,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTriggerCancelAllResponse:
        """[Cross] Cancel all untriggered trigger (plan) orders of a contract (v1, Single-Asset
        Collateral accounts).

        The interface only supports cross margin mode. The frequency limit of this interface is 5
        times per second. The request parameter "contract_code" supports the contract code of
        futures, in that the format is BTC-USDT-210625. one of (pair+contract_type) and
        contract_code must be filled in(if all of them not filled in, will get 1014 error code); and
        all filled in, the contract_code is the preferred.

        `POST /linear-swap-api/v1/swap_cross_trigger_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered trigger (plan) orders endpoints of their own (this one and its
        listing, futures.cross_trigger_open_orders); the pages of the ordinary [Cross] Cancel All
        Orders (swap_cross_cancelall) and its listing do not mention them. The kill switch sends
        both cancel-alls, this one once per contract its listing finds (or per configured market),
        and is flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Note: You can fill in only one of direction and offset to cancel the orders. (such as
        direction=buy, all buy orders will be cancelled, including "open" and "close" offset)

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            contract_type: contract type. Allowed: one of swap (swap), this_week (this week),
                next_week (next week), quarter (quarter), next_quarter (next quarter). Wire name
                `contract_type`, sent in the body.
            direction: Transaction direction(if not filled in means all). Allowed: one of buy (buy),
                sell (sell). Wire name `direction`, sent in the body.
            offset: offset direction（if not filled in means all）. Allowed: one of open (open), close
                (close). Wire name `offset`, sent in the body.
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
            CrossTriggerCancelAllResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.InvalidRequestError: 1014: neither contract_code nor pair and contract_type
                filled in

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: The
        interface only supports cross margin mode. The frequency limit of this interface is 5 times
        per second. The request parameter "contract_code" supports the contract code of futures, in
        that the format is BTC-USDT-210625. one of (pair+contract_type) and contract_code must be
        filled in(if all of them not filled in, will get 1014 error code); and all filled in, the
        contract_code is the preferred. (page); Rate limit: 144 requests per 3 s per UID, split into
        72 for trade and 72 for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID,
        split into 72 for trade and 72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.cross_trigger_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb872c3-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if contract_type is not None and (
            not isinstance(contract_type, str)
            or not contract_type.isprintable()
            or not contract_type
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be a non-empty str without control characters",
                value=contract_type,
                wire_name="contract_type",
            )
        if contract_type is not None and (
            contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter")
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                value=contract_type,
                wire_name="contract_type",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if contract_type is not None:
            body["contract_type"] = contract_type
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "CrossTriggerCancelAllResponse",
            self._client._call(
                _spec.FUTURES_CROSS_TRIGGER_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cross_trigger_open_orders(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTriggerOpenOrdersResponse:
        """[Cross] Current untriggered trigger (plan) orders (v1, Single-Asset Collateral accounts),
        page by page.

        The interface only supports cross margin mode. The request parameter "contract_code"
        supports the contract code of futures, in that the format is BTC-USDT-210625. When both of
        pair and contract_code filled in, the contract_code is the preferred. when none any of them,
        it means to get the all open orders.

        `POST /linear-swap-api/v1/swap_cross_trigger_openorders`. API key permission: Read.

        Note: The kill switch's proof for futures.cross_trigger_cancel_all: the untriggered trigger
        (plan) orders of every contract in cross mode when no contract_code is given, page by page
        (page_size at most 50, page_index up to total_page). The page of the ordinary [Cross]
        current-orders listing does not mention them.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            page_index: page index, default 1st. Allowed: page_index >= 1. Wire name `page_index`,
                sent in the body.
            page_size: page size default 20，no more than 50. Allowed: 1 <= page_size <= 50. Wire
                name `page_size`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 1 (buy long), 2 (sell
                short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18 (sell(one-way
                mode)). Wire name `trade_type`, sent in the body.
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
            CrossTriggerOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb874fd-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "CrossTriggerOpenOrdersResponse",
            self._client._call(
                _spec.FUTURES_CROSS_TRIGGER_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def isolated_cancel_all(
        self,
        *,
        contract_code: str,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedCancelAllResponse:
        """[Isolated] Cancel all open USDT-M orders of a contract (v1, Single-Asset Collateral
        accounts).

        Cancels every isolated-margin order of one contract. No doc page of this endpoint is in the
        stored sources; its path, method and parameters come from the official HTX futures Go SDK
        (IsolatedCancelOrderAsync, which calls it when no order id is given) and from the [Isolated]
        endpoint table of the USDT-M API reference (Trade, isolated margin, Cancel All Orders).

        `POST /linear-swap-api/v1/swap_cancelall`. API key permission: Trade.

        Note: The answer's shape (data.errors[] with order_id, err_code, err_msg; data.successes,
        ids joined by commas) is the one the official SDK decodes for both isolated and cross
        cancels (CancelOrderResponse), the same as the [Cross] Cancel All Orders page gives.

        Note: Unlike the cross endpoint, the isolated one takes no pair and contract_type: the SDK
        sends contract_code every time, so the spec requires it.

        Args:
            contract_code: contract code (the SDK always sends it). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            direction: Transaction direction (if not filled in means all). Allowed: one of buy
                (buy), sell (sell). Wire name `direction`, sent in the body.
            offset: offset direction (if not filled in means all). Allowed: one of open (open),
                close (close). Wire name `offset`, sent in the body.
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
            IsolatedCancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 144 requests per 3 s per UID, split into 72 for trade and 72
        for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72 for trade
        and 72 for read. (protocols:§2c). Enforced: 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source:
        https://github.com/HuobiRDCenter/huobi_futures_Golang/blob/master/sdk/linearswap/restful/order_client.go
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "IsolatedCancelAllResponse",
            self._client._call(
                _spec.FUTURES_ISOLATED_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def isolated_open_orders(
        self,
        *,
        contract_code: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        sort_by: Literal["created_at", "update_time"] | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedOpenOrdersResponse:
        """[Isolated] Current unfilled USDT-M orders (v1, Single-Asset Collateral accounts), page by
        page.

        This interface only supports isolated margin mode.

        `POST /linear-swap-api/v1/swap_openorders`. API key permission: Read.

        Note: The real_profit is calculated with the average price in open position and the
        transaction average price in close position (the real profit is the sum of each profit of
        order matched).

        Note: Only of the order information that orders created after 0:00 on January 30, 2021, the
        real profit (real_profit) parameter has a value. And in the other orders created before that
        times, it is 0.

        Note: The example's order_id 770326042832437200 is order_id_str 770326042832437248 rounded
        through a float: the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: Contract Code,If empty, query all (Case-Insenstive.Both uppercase and
                lowercase are supported.e.g. "BTC-USDT"). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            page_index: Page, default 1st page. Allowed: page_index >= 1. Wire name `page_index`,
                sent in the body.
            page_size: Default 20，no more than 50. Allowed: 1 <= page_size <= 50. Wire name
                `page_size`, sent in the body.
            sort_by: sort fields(descending). Allowed: one of created_at (descending order by order
                created at), update_time (descending order by order update time). Wire name
                `sort_by`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 1 (buy long), 2 (sell
                short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18 (sell(one-way
                mode)). Wire name `trade_type`, sent in the body.
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
            IsolatedOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb85791-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if sort_by is not None and (
            not isinstance(sort_by, str) or not sort_by.isprintable() or not sort_by
        ):
            raise errors.ValidationError(
                argument="sort_by",
                constraint="must be a non-empty str without control characters",
                value=sort_by,
                wire_name="sort_by",
            )
        if sort_by is not None and (sort_by not in ("created_at", "update_time")):
            raise errors.ValidationError(
                argument="sort_by",
                constraint="must be one of 'created_at', 'update_time'",
                value=sort_by,
                wire_name="sort_by",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if sort_by is not None:
            body["sort_by"] = sort_by
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "IsolatedOpenOrdersResponse",
            self._client._call(
                _spec.FUTURES_ISOLATED_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def isolated_tpsl_cancel_all(
        self,
        *,
        contract_code: str,
        direction: Literal["buy", "sell"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTpslCancelAllResponse:
        """[Isolated] Cancel all untriggered take-profit and stop-loss orders of a contract (v1,
        Single-Asset Collateral accounts).

        This interface only supports isolated margin mode. The frequency limit of this interface is
        5 times per second.

        `POST /linear-swap-api/v1/swap_tpsl_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered take-profit and stop-loss orders endpoints of their own (this
        one and its listing, futures.isolated_tpsl_open_orders); the pages of the ordinary
        [Isolated] Cancel All Orders (swap_cancelall) and its listing do not mention them. The kill
        switch sends both cancel-alls, this one once per contract its listing finds (or per
        configured market), and is flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Args:
            contract_code: contract code ("BTC-USDT" ...). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            direction: direction false string direction（if not filled in means all）. Allowed: one of
                buy (buy), sell (sell). Wire name `direction`, sent in the body.
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
            IsolatedTpslCancelAllResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: This
        interface only supports isolated margin mode. The frequency limit of this interface is 5
        times per second. (page); Rate limit: 144 requests per 3 s per UID, split into 72 for trade
        and 72 for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72
        for trade and 72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.isolated_tpsl_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb87d94-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if direction is not None:
            body["direction"] = direction

        return cast(
            "IsolatedTpslCancelAllResponse",
            self._client._call(
                _spec.FUTURES_ISOLATED_TPSL_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def isolated_tpsl_open_orders(
        self,
        *,
        contract_code: str,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 3, 4] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTpslOpenOrdersResponse:
        """[Isolated] Current untriggered take-profit and stop-loss orders (v1, Single-Asset Collateral
        accounts), page by page.

        This interface only supports isolated margin mode.

        `POST /linear-swap-api/v1/swap_tpsl_openorders`. API key permission: Read.

        Note: The kill switch's proof for futures.isolated_tpsl_cancel_all: the untriggered
        take-profit and stop-loss orders of one contract, page by page (page_size at most 50,
        page_index up to total_page). The page of the ordinary [Isolated] current-orders listing
        does not mention them.

        Note: contract_code is required: the page marks it so and the official SDKs always send it
        (Go: IsolatedGetOpenOrderAsync/IsolatedGetTpslOpenOrderAsync put it first in the body; Java:
        params.put("contract_code", ...) unconditionally; Python: a positional argument). So an
        account without configured markets cannot have these orders listed: the kill switch reports
        that listing as not run (naming the markets to configure), never as flat.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code ("BTC-USDT" ...). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            page_index: page index. 1 by default. Allowed: page_index >= 1. Wire name `page_index`,
                sent in the body.
            page_size: page size.20 by default. 50 at most. Allowed: 1 <= page_size <= 50. Wire name
                `page_size`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 3 (buy short), 4 (sell
                long). Wire name `trade_type`, sent in the body.
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
            IsolatedTpslOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb87fb0-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 3, 4)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 3, 4",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "IsolatedTpslOpenOrdersResponse",
            self._client._call(
                _spec.FUTURES_ISOLATED_TPSL_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def isolated_track_cancel_all(
        self,
        *,
        contract_code: str,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTrackCancelAllResponse:
        """[Isolated] Cancel all untriggered trailing (track) orders of a contract (v1, Single-Asset
        Collateral accounts).

        This interface only supports isolated margin mode. The frequency limit of this interface is
        5 times per second. You can fill in only one of direction and offset to cancel the orders.
        (such as direction=buy, all buy orders will be cancelled, including "open" and "close"
        offset)

        `POST /linear-swap-api/v1/swap_track_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered trailing (track) orders endpoints of their own (this one and its
        listing, futures.isolated_track_open_orders); the pages of the ordinary [Isolated] Cancel
        All Orders (swap_cancelall) and its listing do not mention them. The kill switch sends both
        cancel-alls, this one once per contract its listing finds (or per configured market), and is
        flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Args:
            contract_code: contract code (BTC-USDT). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            direction: direction(if not filled in as all). Allowed: one of buy (buy), sell (sell).
                Wire name `direction`, sent in the body.
            offset: offset(if not filledin as all). Allowed: one of open (open), close (close). Wire
                name `offset`, sent in the body.
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
            IsolatedTrackCancelAllResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: This
        interface only supports isolated margin mode. The frequency limit of this interface is 5
        times per second. You can fill in only one of direction and offset to cancel the orders.
        (such as direction=buy, all buy orders will be cancelled, including "open" and "close"
        offset) (page); Rate limit: 144 requests per 3 s per UID, split into 72 for trade and 72 for
        read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72 for trade and
        72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.isolated_track_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb8924f-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "IsolatedTrackCancelAllResponse",
            self._client._call(
                _spec.FUTURES_ISOLATED_TRACK_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def isolated_track_open_orders(
        self,
        *,
        contract_code: str,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTrackOpenOrdersResponse:
        """[Isolated] Current untriggered trailing (track) orders (v1, Single-Asset Collateral
        accounts), page by page.

        This interface only supports isolated margin mode.

        `POST /linear-swap-api/v1/swap_track_openorders`. API key permission: Trade.

        Note: The kill switch's proof for futures.isolated_track_cancel_all: the untriggered
        trailing (track) orders of one contract, page by page (page_size at most 50, page_index up
        to total_page). The page of the ordinary [Isolated] current-orders listing does not mention
        them.

        Note: contract_code is required: the page marks it so and the official SDKs always send it
        (the Go SDK has no trailing orders; Java: params.put("contract_code", ...) unconditionally;
        Python: a positional argument). So an account without configured markets cannot have these
        orders listed: the kill switch reports that listing as not run (naming the markets to
        configure), never as flat.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code (BTC-USDT). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            page_index: page index, if not filled in as 1st. Allowed: page_index >= 1. Wire name
                `page_index`, sent in the body.
            page_size: if not filled in as 20, and no more than 50. Allowed: 1 <= page_size <= 50.
                Wire name `page_size`, sent in the body.
            trade_type: trade type(if not filled in, means all). Allowed: one of 0 (all), 1 (buy
                long), 2 (sell short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18
                (sell(one-way mode)). Wire name `trade_type`, sent in the body.
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
            IsolatedTrackOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb894b7-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "IsolatedTrackOpenOrdersResponse",
            self._client._call(
                _spec.FUTURES_ISOLATED_TRACK_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def isolated_trigger_cancel_all(
        self,
        *,
        contract_code: str,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTriggerCancelAllResponse:
        """[Isolated] Cancel all untriggered trigger (plan) orders of a contract (v1, Single-Asset
        Collateral accounts).

        This interface only supports isolated margin mode. The frequency limit of this interface is
        5 times per second.

        `POST /linear-swap-api/v1/swap_trigger_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered trigger (plan) orders endpoints of their own (this one and its
        listing, futures.isolated_trigger_open_orders); the pages of the ordinary [Isolated] Cancel
        All Orders (swap_cancelall) and its listing do not mention them. The kill switch sends both
        cancel-alls, this one once per contract its listing finds (or per configured market), and is
        flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Note: You can fill in only one of direction and offset to cancel the orders. (such as
        direction=buy, all buy orders will be cancelled, including "open" and "close" offset)

        Args:
            contract_code: contract code,"BTC-USDT" ... Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            direction: Transaction direction(if not filled in means all) ["buy" , "sell"]. Allowed:
                one of buy (buy), sell (sell). Wire name `direction`, sent in the body.
            offset: offset direction（if not filled in means all） ["open" , "close"]. Allowed: one of
                open (open), close (close). Wire name `offset`, sent in the body.
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
            IsolatedTriggerCancelAllResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: This
        interface only supports isolated margin mode. The frequency limit of this interface is 5
        times per second. (page); Rate limit: 144 requests per 3 s per UID, split into 72 for trade
        and 72 for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72
        for trade and 72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.isolated_trigger_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb87161-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "IsolatedTriggerCancelAllResponse",
            self._client._call(
                _spec.FUTURES_ISOLATED_TRIGGER_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def isolated_trigger_open_orders(
        self,
        *,
        contract_code: str,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTriggerOpenOrdersResponse:
        """[Isolated] Current untriggered trigger (plan) orders (v1, Single-Asset Collateral accounts),
        page by page.

        This interface only supports isolated margin mode.

        `POST /linear-swap-api/v1/swap_trigger_openorders`. API key permission: Read.

        Note: The kill switch's proof for futures.isolated_trigger_cancel_all: the untriggered
        trigger (plan) orders of one contract, page by page (page_size at most 50, page_index up to
        total_page). The page of the ordinary [Isolated] current-orders listing does not mention
        them.

        Note: contract_code is required: the page marks it so and the official SDKs always send it
        (Go: IsolatedGetOpenOrderAsync/IsolatedGetTpslOpenOrderAsync put it first in the body; Java:
        params.put("contract_code", ...) unconditionally; Python: a positional argument). So an
        account without configured markets cannot have these orders listed: the kill switch reports
        that listing as not run (naming the markets to configure), never as flat.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code "BTC-USDT"... Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            page_index: page number，default page 1 if no given instruction. Allowed: page_index >=
                1. Wire name `page_index`, sent in the body.
            page_size: default 20 if no given instruction ，no more than 50. Allowed: 1 <= page_size
                <= 50. Wire name `page_size`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 1 (buy long), 2 (sell
                short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18 (sell(one-way
                mode)). Wire name `trade_type`, sent in the body.
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
            IsolatedTriggerOpenOrdersResponse: the payload; `.raw_response` keeps status, headers
                and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 5 times per second. (page); Rate limit: 144 requests per 3 s
        per UID, split into 72 for trade and 72 for read. (protocols:§2c); Rate limit: 144 requests
        per 3 s per UID, split into 72 for trade and 72 for read. (protocols:§2c). Enforced: 5 per
        1000 ms per uid [htx:uid:futures.isolated_trigger_open_orders], 144 per 3000 ms per uid
        [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb873a8-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "IsolatedTriggerOpenOrdersResponse",
            self._client._call(
                _spec.FUTURES_ISOLATED_TRIGGER_OPEN_ORDERS,
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
            from_id: ID for the query starts at 0 by default. Allowed: -9223372036854775808 <=
                from_id <= 9223372036854775807. Wire name `from`, sent in the query.
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
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if margin_mode is not None and (
            not isinstance(margin_mode, str) or not margin_mode.isprintable() or not margin_mode
        ):
            raise errors.ValidationError(
                argument="margin_mode",
                constraint="must be a non-empty str without control characters",
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

        if order_id is not None and (
            not isinstance(order_id, str) or not order_id.isprintable() or not order_id
        ):
            raise errors.ValidationError(
                argument="order_id",
                constraint="must be a non-empty str without control characters",
                value=order_id,
                wire_name="order_id",
            )

        if client_order_id is not None and (
            not isinstance(client_order_id, str)
            or not client_order_id.isprintable()
            or not client_order_id
        ):
            raise errors.ValidationError(
                argument="client_order_id",
                constraint="must be a non-empty str without control characters",
                value=client_order_id,
                wire_name="client_order_id",
            )

        if from_id is not None and (not isinstance(from_id, int) or isinstance(from_id, bool)):
            raise errors.ValidationError(
                argument="from_id", constraint="must be an int", value=from_id, wire_name="from"
            )
        if from_id is not None and (
            from_id < -9223372036854775808 or from_id > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="from_id",
                constraint="must be -9223372036854775808 <= from_id <= 9223372036854775807",
                value=from_id,
                wire_name="from",
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

        if direct is not None and (
            not isinstance(direct, str) or not direct.isprintable() or not direct
        ):
            raise errors.ValidationError(
                argument="direct",
                constraint="must be a non-empty str without control characters",
                value=direct,
                wire_name="direct",
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
        """futures endpoints: `asset_mode`, `cancel_after`, `cancel_all_orders`, `cross_cancel_all`, `cross_open_orders`, `cross_tpsl_cancel_all`, `cross_tpsl_open_orders`, `cross_track_cancel_all`, `cross_track_open_orders`, `cross_trigger_cancel_all`, `cross_trigger_open_orders`, `isolated_cancel_all`, `isolated_open_orders`, `isolated_tpsl_cancel_all`, `isolated_tpsl_open_orders`, `isolated_track_cancel_all`, `isolated_track_open_orders`, `isolated_trigger_cancel_all`, `isolated_trigger_open_orders`, `open_orders`."""


class AsyncHTXFutures:
    """The `futures` endpoints of HTX (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def asset_mode(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> AssetModeResponse:
        """Get the account's asset mode (single-asset or multi-assets collateral).

        This interface allows users to query the current asset mode.

        `GET /v5/account/asset_mode`. API key permission: Read.

        Note: The page's request example reads `no`: the call takes no parameters. The kill switch
        asks it when an HTX account's configuration does not say its account_mode.

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
            AssetModeResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb89359-77b5-11ed-9966-1958871f034
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "AssetModeResponse",
            await self._client._call(
                _spec.FUTURES_ASSET_MODE,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

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

        Note: The page gives no request or response example ("No data"); the response example in
        `response` is built from its field table (example_kind: field-table), its values
        illustrative.

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
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if position_side is not None and (
            not isinstance(position_side, str)
            or not position_side.isprintable()
            or not position_side
        ):
            raise errors.ValidationError(
                argument="position_side",
                constraint="must be a non-empty str without control characters",
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

    async def cross_cancel_all(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        contract_type: Literal["swap", "this_week", "next_week", "quarter", "next_quarter"]
        | None = None,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossCancelAllResponse:
        """[Cross] Cancel all open USDT-M orders of a contract (v1, Single-Asset Collateral accounts).

        The interface only supports cross margin mode. The request parameter "contract_code"
        supports the contract code of futures, in that the format is BTC-USDT-210625. one of
        (pair+contract_type) and contract_code must be filled in(if all of them not filled in, will
        get 1014 error code); and all filled in, the contract_code is the preferred.

        `POST /linear-swap-api/v1/swap_cross_cancelall`. API key permission: Trade.

        Note: You can fill in only one of direction and offset to cancel the orders. (such as
        direction=buy, all buy orders will be cancelled, including "open" and "close" offset)

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            contract_type: contract type. Allowed: one of swap (swap), this_week (this week),
                next_week (next week), quarter (quarter), next_quarter (next quarter). Wire name
                `contract_type`, sent in the body.
            direction: Transaction direction(if not filled in means all) ["buy" , "sell"]. Allowed:
                one of buy (buy), sell (sell). Wire name `direction`, sent in the body.
            offset: offset direction（if not filled in means all） ["open" , "close"]. Allowed: one of
                open (open), close (close). Wire name `offset`, sent in the body.
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
            CrossCancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.InvalidRequestError: 1014: neither contract_code nor pair and contract_type
                filled in

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb84ea6-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if contract_type is not None and (
            not isinstance(contract_type, str)
            or not contract_type.isprintable()
            or not contract_type
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be a non-empty str without control characters",
                value=contract_type,
                wire_name="contract_type",
            )
        if contract_type is not None and (
            contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter")
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                value=contract_type,
                wire_name="contract_type",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if contract_type is not None:
            body["contract_type"] = contract_type
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "CrossCancelAllResponse",
            await self._client._call(
                _spec.FUTURES_CROSS_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cross_open_orders(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        sort_by: Literal["created_at", "update_time"] | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossOpenOrdersResponse:
        """[Cross] Current unfilled USDT-M orders (v1, Single-Asset Collateral accounts), page by page.

        The interface only supports cross margin mode. The request parameter "contract_code"
        supports the contract code of futures, in that the format is BTC-USDT-210625. When both of
        pair and contract_code filled in, the contract_code is the preferred. supports none any
        parameter filled in, it means all contract code in cross mode.

        `POST /linear-swap-api/v1/swap_cross_openorders`. API key permission: Read.

        Note: The real_profit is calculated with the average price in open position and the
        transaction average price in close position (the real profit is the sum of each profit of
        order matched).

        Note: Only of the order information that orders created after 0:00 on January 30, 2021, the
        real profit (real_profit) parameter has a value. And in the other orders created before that
        times, it is 0.

        Note: The example's order_id 918814943964184600 is order_id_str 918814943964184578 rounded
        through a float: the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            page_index: page index, default 1st page. Allowed: page_index >= 1. Wire name
                `page_index`, sent in the body.
            page_size: page size, default 20，no more than 50. Allowed: 1 <= page_size <= 50. Wire
                name `page_size`, sent in the body.
            sort_by: sort fields(Default: “created_at” descending order). Allowed: one of created_at
                (descending order by order created at), update_time (descending order by order
                update time). Wire name `sort_by`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 1 (buy long), 2 (sell
                short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18 (sell(one-way
                mode)). Wire name `trade_type`, sent in the body.
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
            CrossOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb858fe-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if sort_by is not None and (
            not isinstance(sort_by, str) or not sort_by.isprintable() or not sort_by
        ):
            raise errors.ValidationError(
                argument="sort_by",
                constraint="must be a non-empty str without control characters",
                value=sort_by,
                wire_name="sort_by",
            )
        if sort_by is not None and (sort_by not in ("created_at", "update_time")):
            raise errors.ValidationError(
                argument="sort_by",
                constraint="must be one of 'created_at', 'update_time'",
                value=sort_by,
                wire_name="sort_by",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if sort_by is not None:
            body["sort_by"] = sort_by
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "CrossOpenOrdersResponse",
            await self._client._call(
                _spec.FUTURES_CROSS_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cross_tpsl_cancel_all(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        contract_type: Literal["swap", "this_week", "next_week", "quarter", "next_quarter"]
        | None = None,
        direction: Literal["buy", "sell"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTpslCancelAllResponse:
        """[Cross] Cancel all untriggered take-profit and stop-loss orders of a contract (v1,
        Single-Asset Collateral accounts).

        This interface only supports cross margin mode. The frequency limit of this interface is 5
        times per second. The request parameter "contract_code" supports the contract code of
        futures, in that the format is BTC-USDT-210625. one of (pair+contract_type) and
        contract_code must be filled in(if all of them not filled in, will get 1014 error code); and
        all filled in, the contract_code is the preferred.

        `POST /linear-swap-api/v1/swap_cross_tpsl_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered take-profit and stop-loss orders endpoints of their own (this
        one and its listing, futures.cross_tpsl_open_orders); the pages of the ordinary [Cross]
        Cancel All Orders (swap_cross_cancelall) and its listing do not mention them. The kill
        switch sends both cancel-alls, this one once per contract its listing finds (or per
        configured market), and is flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            contract_type: contract type. Allowed: one of swap (swap), this_week (this week),
                next_week (next week), quarter (quarter), next_quarter (next quarter). Wire name
                `contract_type`, sent in the body.
            direction: direction false string direction（if not filled in means all）. Allowed: one of
                buy (buy), sell (sell). Wire name `direction`, sent in the body.
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
            CrossTpslCancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.InvalidRequestError: 1014: neither contract_code nor pair and contract_type
                filled in

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: This
        interface only supports cross margin mode. The frequency limit of this interface is 5 times
        per second. The request parameter "contract_code" supports the contract code of futures, in
        that the format is BTC-USDT-210625. one of (pair+contract_type) and contract_code must be
        filled in(if all of them not filled in, will get 1014 error code); and all filled in, the
        contract_code is the preferred. (page); Rate limit: 144 requests per 3 s per UID, split into
        72 for trade and 72 for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID,
        split into 72 for trade and 72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.cross_tpsl_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72 per
        3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb87edb-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if contract_type is not None and (
            not isinstance(contract_type, str)
            or not contract_type.isprintable()
            or not contract_type
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be a non-empty str without control characters",
                value=contract_type,
                wire_name="contract_type",
            )
        if contract_type is not None and (
            contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter")
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                value=contract_type,
                wire_name="contract_type",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if contract_type is not None:
            body["contract_type"] = contract_type
        if direction is not None:
            body["direction"] = direction

        return cast(
            "CrossTpslCancelAllResponse",
            await self._client._call(
                _spec.FUTURES_CROSS_TPSL_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cross_tpsl_open_orders(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 3, 4] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTpslOpenOrdersResponse:
        """[Cross] Current untriggered take-profit and stop-loss orders (v1, Single-Asset Collateral
        accounts), page by page.

        This interface only supports cross margin mode. The request parameter "contract_code"
        supports the contract code of futures, in that the format is BTC-USDT-210625. when all of
        pair and contract_code filled in, the contract_code is the preferred; when no one filled in,
        return all data in cross mode.

        `POST /linear-swap-api/v1/swap_cross_tpsl_openorders`. API key permission: Read.

        Note: The kill switch's proof for futures.cross_tpsl_cancel_all: the untriggered take-profit
        and stop-loss orders of every contract in cross mode when no contract_code is given, page by
        page (page_size at most 50, page_index up to total_page). The page of the ordinary [Cross]
        current-orders listing does not mention them.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            page_index: page index. 1 by default. Allowed: page_index >= 1. Wire name `page_index`,
                sent in the body.
            page_size: page size.20 by default. 50 at most. Allowed: 1 <= page_size <= 50. Wire name
                `page_size`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 3 (buy short), 4 (sell
                long). Wire name `trade_type`, sent in the body.
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
            CrossTpslOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb880ff-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 3, 4)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 3, 4",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "CrossTpslOpenOrdersResponse",
            await self._client._call(
                _spec.FUTURES_CROSS_TPSL_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cross_track_cancel_all(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        contract_type: Literal["swap", "this_week", "next_week", "quarter", "next_quarter"]
        | None = None,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTrackCancelAllResponse:
        """[Cross] Cancel all untriggered trailing (track) orders of a contract (v1, Single-Asset
        Collateral accounts).

        The interface only supports cross margin mode. The frequency limit of this interface is 5
        times per second. You can fill in only one of direction and offset to cancel the orders.
        (such as direction=buy, all buy orders will be cancelled, including "open" and "close"
        offset) The request parameter "contract_code" supports the contract code of futures, in that
        the format is BTC-USDT-210625. one of (pair+contract_type) and contract_code must be filled
        in(if all of them not filled in, will get 1014 error code); and all filled in, the
        contract_code is the preferred.

        `POST /linear-swap-api/v1/swap_cross_track_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered trailing (track) orders endpoints of their own (this one and its
        listing, futures.cross_track_open_orders); the pages of the ordinary [Cross] Cancel All
        Orders (swap_cross_cancelall) and its listing do not mention them. The kill switch sends
        both cancel-alls, this one once per contract its listing finds (or per configured market),
        and is flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            contract_type: contract type. Allowed: one of swap (swap), this_week (this week),
                next_week (next week), quarter (quarter), next_quarter (next quarter). Wire name
                `contract_type`, sent in the body.
            direction: direction(if not filled in, means all). Allowed: one of buy (buy), sell
                (sell). Wire name `direction`, sent in the body.
            offset: offset (if not filled in, means all). Allowed: one of open (open), close
                (close). Wire name `offset`, sent in the body.
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
            CrossTrackCancelAllResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.InvalidRequestError: 1014: neither contract_code nor pair and contract_type
                filled in

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: The
        interface only supports cross margin mode. The frequency limit of this interface is 5 times
        per second. You can fill in only one of direction and offset to cancel the orders. (such as
        direction=buy, all buy orders will be cancelled, including "open" and "close" offset) The
        request parameter "contract_code" supports the contract code of futures, in that the format
        is BTC-USDT-210625. one of (pair+contract_type) and contract_code must be filled in(if all
        of them not filled in, will get 1014 error code); and all filled in, the contract_code is
        the preferred. (page); Rate limit: 144 requests per 3 s per UID, split into 72 for trade and
        72 for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72 for
        trade and 72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.cross_track_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72 per
        3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb89359-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if contract_type is not None and (
            not isinstance(contract_type, str)
            or not contract_type.isprintable()
            or not contract_type
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be a non-empty str without control characters",
                value=contract_type,
                wire_name="contract_type",
            )
        if contract_type is not None and (
            contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter")
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                value=contract_type,
                wire_name="contract_type",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if contract_type is not None:
            body["contract_type"] = contract_type
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "CrossTrackCancelAllResponse",
            await self._client._call(
                _spec.FUTURES_CROSS_TRACK_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cross_track_open_orders(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTrackOpenOrdersResponse:
        """[Cross] Current untriggered trailing (track) orders (v1, Single-Asset Collateral accounts),
        page by page.

        The interface only supports cross margin mode. The request parameter "contract_code"
        supports the contract code of futures, in that the format is BTC-USDT-210625. when both of
        pair and contract_code filled in, the contract_code is the preferred. if none of them filled
        in, it means all open orders.

        `POST /linear-swap-api/v1/swap_cross_track_openorders`. API key permission: Read.

        Note: The kill switch's proof for futures.cross_track_cancel_all: the untriggered trailing
        (track) orders of every contract in cross mode when no contract_code is given, page by page
        (page_size at most 50, page_index up to total_page). The page of the ordinary [Cross]
        current-orders listing does not mention them.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            page_index: page index, if not filled in as 1st. Allowed: page_index >= 1. Wire name
                `page_index`, sent in the body.
            page_size: if not filled in as 20, and no more than 50. Allowed: 1 <= page_size <= 50.
                Wire name `page_size`, sent in the body.
            trade_type: trade type(if not filled in, means all). Allowed: one of 0 (all), 1 (buy
                long), 2 (sell short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18
                (sell(one-way mode)). Wire name `trade_type`, sent in the body.
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
            CrossTrackOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb89614-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "CrossTrackOpenOrdersResponse",
            await self._client._call(
                _spec.FUTURES_CROSS_TRACK_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cross_trigger_cancel_all(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        contract_type: Literal["swap", "this_week", "next_week", "quarter", "next_quarter"]
        | None = None,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTriggerCancelAllResponse:
        """[Cross] Cancel all untriggered trigger (plan) orders of a contract (v1, Single-Asset
        Collateral accounts).

        The interface only supports cross margin mode. The frequency limit of this interface is 5
        times per second. The request parameter "contract_code" supports the contract code of
        futures, in that the format is BTC-USDT-210625. one of (pair+contract_type) and
        contract_code must be filled in(if all of them not filled in, will get 1014 error code); and
        all filled in, the contract_code is the preferred.

        `POST /linear-swap-api/v1/swap_cross_trigger_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered trigger (plan) orders endpoints of their own (this one and its
        listing, futures.cross_trigger_open_orders); the pages of the ordinary [Cross] Cancel All
        Orders (swap_cross_cancelall) and its listing do not mention them. The kill switch sends
        both cancel-alls, this one once per contract its listing finds (or per configured market),
        and is flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Note: You can fill in only one of direction and offset to cancel the orders. (such as
        direction=buy, all buy orders will be cancelled, including "open" and "close" offset)

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            contract_type: contract type. Allowed: one of swap (swap), this_week (this week),
                next_week (next week), quarter (quarter), next_quarter (next quarter). Wire name
                `contract_type`, sent in the body.
            direction: Transaction direction(if not filled in means all). Allowed: one of buy (buy),
                sell (sell). Wire name `direction`, sent in the body.
            offset: offset direction（if not filled in means all）. Allowed: one of open (open), close
                (close). Wire name `offset`, sent in the body.
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
            CrossTriggerCancelAllResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.InvalidRequestError: 1014: neither contract_code nor pair and contract_type
                filled in

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: The
        interface only supports cross margin mode. The frequency limit of this interface is 5 times
        per second. The request parameter "contract_code" supports the contract code of futures, in
        that the format is BTC-USDT-210625. one of (pair+contract_type) and contract_code must be
        filled in(if all of them not filled in, will get 1014 error code); and all filled in, the
        contract_code is the preferred. (page); Rate limit: 144 requests per 3 s per UID, split into
        72 for trade and 72 for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID,
        split into 72 for trade and 72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.cross_trigger_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb872c3-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if contract_type is not None and (
            not isinstance(contract_type, str)
            or not contract_type.isprintable()
            or not contract_type
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be a non-empty str without control characters",
                value=contract_type,
                wire_name="contract_type",
            )
        if contract_type is not None and (
            contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter")
        ):
            raise errors.ValidationError(
                argument="contract_type",
                constraint="must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                value=contract_type,
                wire_name="contract_type",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if contract_type is not None:
            body["contract_type"] = contract_type
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "CrossTriggerCancelAllResponse",
            await self._client._call(
                _spec.FUTURES_CROSS_TRIGGER_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cross_trigger_open_orders(
        self,
        *,
        contract_code: str | None = None,
        pair: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CrossTriggerOpenOrdersResponse:
        """[Cross] Current untriggered trigger (plan) orders (v1, Single-Asset Collateral accounts),
        page by page.

        The interface only supports cross margin mode. The request parameter "contract_code"
        supports the contract code of futures, in that the format is BTC-USDT-210625. When both of
        pair and contract_code filled in, the contract_code is the preferred. when none any of them,
        it means to get the all open orders.

        `POST /linear-swap-api/v1/swap_cross_trigger_openorders`. API key permission: Read.

        Note: The kill switch's proof for futures.cross_trigger_cancel_all: the untriggered trigger
        (plan) orders of every contract in cross mode when no contract_code is given, page by page
        (page_size at most 50, page_index up to total_page). The page of the ordinary [Cross]
        current-orders listing does not mention them.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code (swap "BTC-USDT", future "BTC-USDT-210625"). Allowed:
                matches [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in
                the body.
            pair: pair. Allowed: matches [A-Za-z0-9]+-[A-Za-z0-9]+. Wire name `pair`, sent in the
                body.
            page_index: page index, default 1st. Allowed: page_index >= 1. Wire name `page_index`,
                sent in the body.
            page_size: page size default 20，no more than 50. Allowed: 1 <= page_size <= 50. Wire
                name `page_size`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 1 (buy long), 2 (sell
                short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18 (sell(one-way
                mode)). Wire name `trade_type`, sent in the body.
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
            CrossTriggerOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb874fd-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if pair is not None and (not isinstance(pair, str) or not pair.isprintable() or not pair):
            raise errors.ValidationError(
                argument="pair",
                constraint="must be a non-empty str without control characters",
                value=pair,
                wire_name="pair",
            )
        if pair is not None and (not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", pair)):
            raise errors.ValidationError(
                argument="pair",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+",
                value=pair,
                wire_name="pair",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if pair is not None:
            body["pair"] = pair
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "CrossTriggerOpenOrdersResponse",
            await self._client._call(
                _spec.FUTURES_CROSS_TRIGGER_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def isolated_cancel_all(
        self,
        *,
        contract_code: str,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedCancelAllResponse:
        """[Isolated] Cancel all open USDT-M orders of a contract (v1, Single-Asset Collateral
        accounts).

        Cancels every isolated-margin order of one contract. No doc page of this endpoint is in the
        stored sources; its path, method and parameters come from the official HTX futures Go SDK
        (IsolatedCancelOrderAsync, which calls it when no order id is given) and from the [Isolated]
        endpoint table of the USDT-M API reference (Trade, isolated margin, Cancel All Orders).

        `POST /linear-swap-api/v1/swap_cancelall`. API key permission: Trade.

        Note: The answer's shape (data.errors[] with order_id, err_code, err_msg; data.successes,
        ids joined by commas) is the one the official SDK decodes for both isolated and cross
        cancels (CancelOrderResponse), the same as the [Cross] Cancel All Orders page gives.

        Note: Unlike the cross endpoint, the isolated one takes no pair and contract_type: the SDK
        sends contract_code every time, so the spec requires it.

        Args:
            contract_code: contract code (the SDK always sends it). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            direction: Transaction direction (if not filled in means all). Allowed: one of buy
                (buy), sell (sell). Wire name `direction`, sent in the body.
            offset: offset direction (if not filled in means all). Allowed: one of open (open),
                close (close). Wire name `offset`, sent in the body.
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
            IsolatedCancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 144 requests per 3 s per UID, split into 72 for trade and 72
        for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72 for trade
        and 72 for read. (protocols:§2c). Enforced: 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source:
        https://github.com/HuobiRDCenter/huobi_futures_Golang/blob/master/sdk/linearswap/restful/order_client.go
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "IsolatedCancelAllResponse",
            await self._client._call(
                _spec.FUTURES_ISOLATED_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def isolated_open_orders(
        self,
        *,
        contract_code: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        sort_by: Literal["created_at", "update_time"] | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedOpenOrdersResponse:
        """[Isolated] Current unfilled USDT-M orders (v1, Single-Asset Collateral accounts), page by
        page.

        This interface only supports isolated margin mode.

        `POST /linear-swap-api/v1/swap_openorders`. API key permission: Read.

        Note: The real_profit is calculated with the average price in open position and the
        transaction average price in close position (the real profit is the sum of each profit of
        order matched).

        Note: Only of the order information that orders created after 0:00 on January 30, 2021, the
        real profit (real_profit) parameter has a value. And in the other orders created before that
        times, it is 0.

        Note: The example's order_id 770326042832437200 is order_id_str 770326042832437248 rounded
        through a float: the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: Contract Code,If empty, query all (Case-Insenstive.Both uppercase and
                lowercase are supported.e.g. "BTC-USDT"). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            page_index: Page, default 1st page. Allowed: page_index >= 1. Wire name `page_index`,
                sent in the body.
            page_size: Default 20，no more than 50. Allowed: 1 <= page_size <= 50. Wire name
                `page_size`, sent in the body.
            sort_by: sort fields(descending). Allowed: one of created_at (descending order by order
                created at), update_time (descending order by order update time). Wire name
                `sort_by`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 1 (buy long), 2 (sell
                short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18 (sell(one-way
                mode)). Wire name `trade_type`, sent in the body.
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
            IsolatedOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb85791-77b5-11ed-9966-0242ac110003
        """
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if sort_by is not None and (
            not isinstance(sort_by, str) or not sort_by.isprintable() or not sort_by
        ):
            raise errors.ValidationError(
                argument="sort_by",
                constraint="must be a non-empty str without control characters",
                value=sort_by,
                wire_name="sort_by",
            )
        if sort_by is not None and (sort_by not in ("created_at", "update_time")):
            raise errors.ValidationError(
                argument="sort_by",
                constraint="must be one of 'created_at', 'update_time'",
                value=sort_by,
                wire_name="sort_by",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if contract_code is not None:
            body["contract_code"] = contract_code
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if sort_by is not None:
            body["sort_by"] = sort_by
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "IsolatedOpenOrdersResponse",
            await self._client._call(
                _spec.FUTURES_ISOLATED_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def isolated_tpsl_cancel_all(
        self,
        *,
        contract_code: str,
        direction: Literal["buy", "sell"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTpslCancelAllResponse:
        """[Isolated] Cancel all untriggered take-profit and stop-loss orders of a contract (v1,
        Single-Asset Collateral accounts).

        This interface only supports isolated margin mode. The frequency limit of this interface is
        5 times per second.

        `POST /linear-swap-api/v1/swap_tpsl_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered take-profit and stop-loss orders endpoints of their own (this
        one and its listing, futures.isolated_tpsl_open_orders); the pages of the ordinary
        [Isolated] Cancel All Orders (swap_cancelall) and its listing do not mention them. The kill
        switch sends both cancel-alls, this one once per contract its listing finds (or per
        configured market), and is flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Args:
            contract_code: contract code ("BTC-USDT" ...). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            direction: direction false string direction（if not filled in means all）. Allowed: one of
                buy (buy), sell (sell). Wire name `direction`, sent in the body.
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
            IsolatedTpslCancelAllResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: This
        interface only supports isolated margin mode. The frequency limit of this interface is 5
        times per second. (page); Rate limit: 144 requests per 3 s per UID, split into 72 for trade
        and 72 for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72
        for trade and 72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.isolated_tpsl_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb87d94-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if direction is not None:
            body["direction"] = direction

        return cast(
            "IsolatedTpslCancelAllResponse",
            await self._client._call(
                _spec.FUTURES_ISOLATED_TPSL_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def isolated_tpsl_open_orders(
        self,
        *,
        contract_code: str,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 3, 4] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTpslOpenOrdersResponse:
        """[Isolated] Current untriggered take-profit and stop-loss orders (v1, Single-Asset Collateral
        accounts), page by page.

        This interface only supports isolated margin mode.

        `POST /linear-swap-api/v1/swap_tpsl_openorders`. API key permission: Read.

        Note: The kill switch's proof for futures.isolated_tpsl_cancel_all: the untriggered
        take-profit and stop-loss orders of one contract, page by page (page_size at most 50,
        page_index up to total_page). The page of the ordinary [Isolated] current-orders listing
        does not mention them.

        Note: contract_code is required: the page marks it so and the official SDKs always send it
        (Go: IsolatedGetOpenOrderAsync/IsolatedGetTpslOpenOrderAsync put it first in the body; Java:
        params.put("contract_code", ...) unconditionally; Python: a positional argument). So an
        account without configured markets cannot have these orders listed: the kill switch reports
        that listing as not run (naming the markets to configure), never as flat.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code ("BTC-USDT" ...). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            page_index: page index. 1 by default. Allowed: page_index >= 1. Wire name `page_index`,
                sent in the body.
            page_size: page size.20 by default. 50 at most. Allowed: 1 <= page_size <= 50. Wire name
                `page_size`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 3 (buy short), 4 (sell
                long). Wire name `trade_type`, sent in the body.
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
            IsolatedTpslOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb87fb0-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 3, 4)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 3, 4",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "IsolatedTpslOpenOrdersResponse",
            await self._client._call(
                _spec.FUTURES_ISOLATED_TPSL_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def isolated_track_cancel_all(
        self,
        *,
        contract_code: str,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTrackCancelAllResponse:
        """[Isolated] Cancel all untriggered trailing (track) orders of a contract (v1, Single-Asset
        Collateral accounts).

        This interface only supports isolated margin mode. The frequency limit of this interface is
        5 times per second. You can fill in only one of direction and offset to cancel the orders.
        (such as direction=buy, all buy orders will be cancelled, including "open" and "close"
        offset)

        `POST /linear-swap-api/v1/swap_track_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered trailing (track) orders endpoints of their own (this one and its
        listing, futures.isolated_track_open_orders); the pages of the ordinary [Isolated] Cancel
        All Orders (swap_cancelall) and its listing do not mention them. The kill switch sends both
        cancel-alls, this one once per contract its listing finds (or per configured market), and is
        flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Args:
            contract_code: contract code (BTC-USDT). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            direction: direction(if not filled in as all). Allowed: one of buy (buy), sell (sell).
                Wire name `direction`, sent in the body.
            offset: offset(if not filledin as all). Allowed: one of open (open), close (close). Wire
                name `offset`, sent in the body.
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
            IsolatedTrackCancelAllResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: This
        interface only supports isolated margin mode. The frequency limit of this interface is 5
        times per second. You can fill in only one of direction and offset to cancel the orders.
        (such as direction=buy, all buy orders will be cancelled, including "open" and "close"
        offset) (page); Rate limit: 144 requests per 3 s per UID, split into 72 for trade and 72 for
        read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72 for trade and
        72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.isolated_track_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb8924f-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "IsolatedTrackCancelAllResponse",
            await self._client._call(
                _spec.FUTURES_ISOLATED_TRACK_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def isolated_track_open_orders(
        self,
        *,
        contract_code: str,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTrackOpenOrdersResponse:
        """[Isolated] Current untriggered trailing (track) orders (v1, Single-Asset Collateral
        accounts), page by page.

        This interface only supports isolated margin mode.

        `POST /linear-swap-api/v1/swap_track_openorders`. API key permission: Trade.

        Note: The kill switch's proof for futures.isolated_track_cancel_all: the untriggered
        trailing (track) orders of one contract, page by page (page_size at most 50, page_index up
        to total_page). The page of the ordinary [Isolated] current-orders listing does not mention
        them.

        Note: contract_code is required: the page marks it so and the official SDKs always send it
        (the Go SDK has no trailing orders; Java: params.put("contract_code", ...) unconditionally;
        Python: a positional argument). So an account without configured markets cannot have these
        orders listed: the kill switch reports that listing as not run (naming the markets to
        configure), never as flat.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code (BTC-USDT). Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            page_index: page index, if not filled in as 1st. Allowed: page_index >= 1. Wire name
                `page_index`, sent in the body.
            page_size: if not filled in as 20, and no more than 50. Allowed: 1 <= page_size <= 50.
                Wire name `page_size`, sent in the body.
            trade_type: trade type(if not filled in, means all). Allowed: one of 0 (all), 1 (buy
                long), 2 (sell short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18
                (sell(one-way mode)). Wire name `trade_type`, sent in the body.
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
            IsolatedTrackOpenOrdersResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Generally, the private interface rate limit of API key is at most 144
        times every 3 seconds for each UID (this rate limit is shared by all the altcoins contracts
        delivered by different date). (page); Trade Interface: at most 72 times every 3 seconds.
        (page); Read Interface: at most 72 times every 3 seconds (page). Enforced: 144 per 3000 ms
        per uid [htx:uid:private], 72 per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb894b7-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "IsolatedTrackOpenOrdersResponse",
            await self._client._call(
                _spec.FUTURES_ISOLATED_TRACK_OPEN_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def isolated_trigger_cancel_all(
        self,
        *,
        contract_code: str,
        direction: Literal["buy", "sell"] | None = None,
        offset: Literal["open", "close"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTriggerCancelAllResponse:
        """[Isolated] Cancel all untriggered trigger (plan) orders of a contract (v1, Single-Asset
        Collateral accounts).

        This interface only supports isolated margin mode. The frequency limit of this interface is
        5 times per second.

        `POST /linear-swap-api/v1/swap_trigger_cancelall`. API key permission: Trade.

        Note: HTX gives untriggered trigger (plan) orders endpoints of their own (this one and its
        listing, futures.isolated_trigger_open_orders); the pages of the ordinary [Isolated] Cancel
        All Orders (swap_cancelall) and its listing do not mention them. The kill switch sends both
        cancel-alls, this one once per contract its listing finds (or per configured market), and is
        flat only when both listings are empty.

        Note: The page gives no error table. The USDT-M error code table gives 1051 'No orders to
        cancel.', which the exchange file maps to NothingToCancelError (a panic counts it as nothing
        left); whether this endpoint answers 1051 or an empty success when nothing matches is not
        stated (the simulator answers 1051, as for the ordinary cancel-all).

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success and {status: "error", err_code, err_msg, ts} on failure; it has its
        own `envelope:` here.

        Note: You can fill in only one of direction and offset to cancel the orders. (such as
        direction=buy, all buy orders will be cancelled, including "open" and "close" offset)

        Args:
            contract_code: contract code,"BTC-USDT" ... Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            direction: Transaction direction(if not filled in means all) ["buy" , "sell"]. Allowed:
                one of buy (buy), sell (sell). Wire name `direction`, sent in the body.
            offset: offset direction（if not filled in means all） ["open" , "close"]. Allowed: one of
                open (open), close (close). Wire name `offset`, sent in the body.
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
            IsolatedTriggerCancelAllResponse: the payload; `.raw_response` keeps status, headers and
                body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 5 times per second. (page); Interface description: This
        interface only supports isolated margin mode. The frequency limit of this interface is 5
        times per second. (page); Rate limit: 144 requests per 3 s per UID, split into 72 for trade
        and 72 for read. (protocols:§2c); Rate limit: 144 requests per 3 s per UID, split into 72
        for trade and 72 for read. (protocols:§2c). Enforced: 5 per 1000 ms per uid
        [htx:uid:futures.isolated_trigger_cancel_all], 144 per 3000 ms per uid [htx:uid:private], 72
        per 3000 ms per uid [htx:uid:trade].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb87161-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if direction is not None and (
            not isinstance(direction, str) or not direction.isprintable() or not direction
        ):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be a non-empty str without control characters",
                value=direction,
                wire_name="direction",
            )
        if direction is not None and (direction not in ("buy", "sell")):
            raise errors.ValidationError(
                argument="direction",
                constraint="must be one of 'buy', 'sell'",
                value=direction,
                wire_name="direction",
            )

        if offset is not None and (
            not isinstance(offset, str) or not offset.isprintable() or not offset
        ):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be a non-empty str without control characters",
                value=offset,
                wire_name="offset",
            )
        if offset is not None and (offset not in ("open", "close")):
            raise errors.ValidationError(
                argument="offset",
                constraint="must be one of 'open', 'close'",
                value=offset,
                wire_name="offset",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if direction is not None:
            body["direction"] = direction
        if offset is not None:
            body["offset"] = offset

        return cast(
            "IsolatedTriggerCancelAllResponse",
            await self._client._call(
                _spec.FUTURES_ISOLATED_TRIGGER_CANCEL_ALL,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def isolated_trigger_open_orders(
        self,
        *,
        contract_code: str,
        page_index: int | None = None,
        page_size: int | None = None,
        trade_type: Literal[0, 1, 2, 3, 4, 17, 18] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> IsolatedTriggerOpenOrdersResponse:
        """[Isolated] Current untriggered trigger (plan) orders (v1, Single-Asset Collateral accounts),
        page by page.

        This interface only supports isolated margin mode.

        `POST /linear-swap-api/v1/swap_trigger_openorders`. API key permission: Read.

        Note: The kill switch's proof for futures.isolated_trigger_cancel_all: the untriggered
        trigger (plan) orders of one contract, page by page (page_size at most 50, page_index up to
        total_page). The page of the ordinary [Isolated] current-orders listing does not mention
        them.

        Note: contract_code is required: the page marks it so and the official SDKs always send it
        (Go: IsolatedGetOpenOrderAsync/IsolatedGetTpslOpenOrderAsync put it first in the body; Java:
        params.put("contract_code", ...) unconditionally; Python: a positional argument). So an
        account without configured markets cannot have these orders listed: the kill switch reports
        that listing as not run (naming the markets to configure), never as flat.

        Note: order_id is a JSON number that loses digits through a float (the page's examples show
        order_id rounded beside order_id_str): the kill switch reads order_id_str.

        Note: A v1 endpoint of the Single-Asset Collateral API, answering {status, data, ts} with
        status "ok" on success; it has its own `envelope:` here.

        Args:
            contract_code: contract code "BTC-USDT"... Allowed: matches
                [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?. Wire name `contract_code`, sent in the body.
            page_index: page number，default page 1 if no given instruction. Allowed: page_index >=
                1. Wire name `page_index`, sent in the body.
            page_size: default 20 if no given instruction ，no more than 50. Allowed: 1 <= page_size
                <= 50. Wire name `page_size`, sent in the body.
            trade_type: trade type(Default:all). Allowed: one of 0 (all), 1 (buy long), 2 (sell
                short), 3 (buy short), 4 (sell long), 17 (buy(one-way mode)), 18 (sell(one-way
                mode)). Wire name `trade_type`, sent in the body.
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
            IsolatedTriggerOpenOrdersResponse: the payload; `.raw_response` keeps status, headers
                and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 5 times per second. (page); Rate limit: 144 requests per 3 s
        per UID, split into 72 for trade and 72 for read. (protocols:§2c); Rate limit: 144 requests
        per 3 s per UID, split into 72 for trade and 72 for read. (protocols:§2c). Enforced: 5 per
        1000 ms per uid [htx:uid:futures.isolated_trigger_open_orders], 144 per 3000 ms per uid
        [htx:uid:private], 72 per 3000 ms per uid [htx:uid:read].

        Source: https://www.htx.com/en-us/opend/newApiPages/?id=8cb873a8-77b5-11ed-9966-0242ac110003
        """
        if (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
                value=contract_code,
                wire_name="contract_code",
            )
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", contract_code):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                value=contract_code,
                wire_name="contract_code",
            )

        if page_index is not None and (
            not isinstance(page_index, int) or isinstance(page_index, bool)
        ):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be an int",
                value=page_index,
                wire_name="page_index",
            )
        if page_index is not None and (page_index < 1):
            raise errors.ValidationError(
                argument="page_index",
                constraint="must be page_index >= 1",
                value=page_index,
                wire_name="page_index",
            )

        if page_size is not None and (
            not isinstance(page_size, int) or isinstance(page_size, bool)
        ):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be an int",
                value=page_size,
                wire_name="page_size",
            )
        if page_size is not None and (page_size < 1 or page_size > 50):
            raise errors.ValidationError(
                argument="page_size",
                constraint="must be 1 <= page_size <= 50",
                value=page_size,
                wire_name="page_size",
            )

        if trade_type is not None and (
            not isinstance(trade_type, int) or isinstance(trade_type, bool)
        ):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be an int",
                value=trade_type,
                wire_name="trade_type",
            )
        if trade_type is not None and (trade_type not in (0, 1, 2, 3, 4, 17, 18)):
            raise errors.ValidationError(
                argument="trade_type",
                constraint="must be one of 0, 1, 2, 3, 4, 17, 18",
                value=trade_type,
                wire_name="trade_type",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "contract_code": contract_code,
        }
        if page_index is not None:
            body["page_index"] = page_index
        if page_size is not None:
            body["page_size"] = page_size
        if trade_type is not None:
            body["trade_type"] = trade_type

        return cast(
            "IsolatedTriggerOpenOrdersResponse",
            await self._client._call(
                _spec.FUTURES_ISOLATED_TRIGGER_OPEN_ORDERS,
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
            from_id: ID for the query starts at 0 by default. Allowed: -9223372036854775808 <=
                from_id <= 9223372036854775807. Wire name `from`, sent in the query.
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
        if contract_code is not None and (
            not isinstance(contract_code, str)
            or not contract_code.isprintable()
            or not contract_code
        ):
            raise errors.ValidationError(
                argument="contract_code",
                constraint="must be a non-empty str without control characters",
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

        if margin_mode is not None and (
            not isinstance(margin_mode, str) or not margin_mode.isprintable() or not margin_mode
        ):
            raise errors.ValidationError(
                argument="margin_mode",
                constraint="must be a non-empty str without control characters",
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

        if order_id is not None and (
            not isinstance(order_id, str) or not order_id.isprintable() or not order_id
        ):
            raise errors.ValidationError(
                argument="order_id",
                constraint="must be a non-empty str without control characters",
                value=order_id,
                wire_name="order_id",
            )

        if client_order_id is not None and (
            not isinstance(client_order_id, str)
            or not client_order_id.isprintable()
            or not client_order_id
        ):
            raise errors.ValidationError(
                argument="client_order_id",
                constraint="must be a non-empty str without control characters",
                value=client_order_id,
                wire_name="client_order_id",
            )

        if from_id is not None and (not isinstance(from_id, int) or isinstance(from_id, bool)):
            raise errors.ValidationError(
                argument="from_id", constraint="must be an int", value=from_id, wire_name="from"
            )
        if from_id is not None and (
            from_id < -9223372036854775808 or from_id > 9223372036854775807
        ):
            raise errors.ValidationError(
                argument="from_id",
                constraint="must be -9223372036854775808 <= from_id <= 9223372036854775807",
                value=from_id,
                wire_name="from",
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

        if direct is not None and (
            not isinstance(direct, str) or not direct.isprintable() or not direct
        ):
            raise errors.ValidationError(
                argument="direct",
                constraint="must be a non-empty str without control characters",
                value=direct,
                wire_name="direct",
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
        """futures endpoints: `asset_mode`, `cancel_after`, `cancel_all_orders`, `cross_cancel_all`, `cross_open_orders`, `cross_tpsl_cancel_all`, `cross_tpsl_open_orders`, `cross_track_cancel_all`, `cross_track_open_orders`, `cross_trigger_cancel_all`, `cross_trigger_open_orders`, `isolated_cancel_all`, `isolated_open_orders`, `isolated_tpsl_cancel_all`, `isolated_tpsl_open_orders`, `isolated_track_cancel_all`, `isolated_track_open_orders`, `isolated_trigger_cancel_all`, `isolated_trigger_open_orders`, `open_orders`."""
