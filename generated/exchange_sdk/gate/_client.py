# Generated from specs/gate/ (sha256 df902f7bd99a77850083ddf8f4410f30d09d2950be481b034535cfa0505aa7af). Do not edit: run make.
"""Gate clients, sync and async: Gate and AsyncGate.

Generated from the specs in specs/gate/; the shared machinery (signing, transport,
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
        CancelAllOrdersResponse,
        CountdownCancelAllResponse,
        OpenOrdersResponse,
    )

__all__ = ["AsyncGate", "AsyncGateSpot", "Gate", "GateSpot"]


class GateSpot:
    """The `spot` endpoints of Gate."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all_orders(
        self,
        *,
        currency_pair: str | None = None,
        side: str | None = None,
        account: str | None = None,
        action_mode: Literal["ACK", "RESULT", "FULL"] | None = None,
        x_gate_exptime: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open spot orders, in one currency pair or in every pair.

        Cancel all `open` orders in specified currency pair. When the `account` parameter is not
        specified, all pending orders including spot, unified account, and isolated margin will be
        cancelled. When `currency_pair` is not specified, all trading pair pending orders will be
        cancelled. You can specify a particular account to cancel all pending orders under that
        account.

        `DELETE /api/v4/spot/orders`.

        Note: The currency pair pattern (upper-case base and quote joined by an underscore) is the
        format of every pair the pages show (BTC_USDT, ETH_BTC); a pair in another exchange's format
        (BTC-USDT, BTCUSDT, BTC/USDT) is refused before sending.

        Note: 200 "Batch cancellation request accepted and processed, success determined by order
        list": each order's succeeded, label and message say whether that order was cancelled.

        Note: The page writes the path as /spot/orders, relative to the /api/v4 prefix; the signed
        URL path includes the prefix. DELETE carries its parameters in the query string.

        Note: The page lists no values for side (the order's side in the response is buy or sell)
        nor for account beyond `unified`.

        Note: To perform this operation, you must be authenticated by API key and secret.

        Args:
            currency_pair: Trading pair; when not specified, the pending orders of all trading pairs
                are cancelled. Allowed: matches [A-Z0-9]+_[A-Z0-9]+. Wire name `currency_pair`, sent
                in the query.
            side: Specify all bids or all asks, both included if not specified. Wire name `side`,
                sent in the query.
            account: Specify account type. Classic account: all are included if not specified.
                Unified account: specify `unified`. Wire name `account`, sent in the query.
            action_mode: Processing Mode. When placing an order, different fields are returned based
                on the action_mode. Allowed: one of ACK (Asynchronous mode, returns only key order
                fields), RESULT (No clearing information), FULL (Full mode (default)). Wire name
                `action_mode`, sent in the query.
            x_gate_exptime: Specify the expiration time (milliseconds); if the GATE receives the
                request time greater than the expiration time, the request will be rejected. Wire
                name `x-gate-exptime`, sent in the header.
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

        Rate limits stated: Spot private endpoints: The rate limit for batch/single order
        cancellation is total of 200r/s (UID)
        (https://www.gate.io/docs/developers/apiv4/en/#frequency-limit-rule). Enforced: 200 per 1000
        ms per uid [gate:uid:spot-cancel].

        Source: https://www.gate.io/docs/developers/apiv4/en/#cancelorders-parameters
        """
        if currency_pair is not None and (
            not isinstance(currency_pair, str)
            or not currency_pair.isprintable()
            or not currency_pair
        ):
            raise errors.ValidationError(
                argument="currency_pair",
                constraint="must be a non-empty str without control characters",
                value=currency_pair,
                wire_name="currency_pair",
            )
        if currency_pair is not None and (not fullmatch("[A-Z0-9]+_[A-Z0-9]+", currency_pair)):
            raise errors.ValidationError(
                argument="currency_pair",
                constraint="must match [A-Z0-9]+_[A-Z0-9]+",
                value=currency_pair,
                wire_name="currency_pair",
            )

        if side is not None and (not isinstance(side, str) or not side.isprintable() or not side):
            raise errors.ValidationError(
                argument="side",
                constraint="must be a non-empty str without control characters",
                value=side,
                wire_name="side",
            )

        if account is not None and (
            not isinstance(account, str) or not account.isprintable() or not account
        ):
            raise errors.ValidationError(
                argument="account",
                constraint="must be a non-empty str without control characters",
                value=account,
                wire_name="account",
            )

        if action_mode is not None and (
            not isinstance(action_mode, str) or not action_mode.isprintable() or not action_mode
        ):
            raise errors.ValidationError(
                argument="action_mode",
                constraint="must be a non-empty str without control characters",
                value=action_mode,
                wire_name="action_mode",
            )
        if action_mode is not None and (action_mode not in ("ACK", "RESULT", "FULL")):
            raise errors.ValidationError(
                argument="action_mode",
                constraint="must be one of 'ACK', 'RESULT', 'FULL'",
                value=action_mode,
                wire_name="action_mode",
            )

        if x_gate_exptime is not None and (
            not isinstance(x_gate_exptime, str)
            or not x_gate_exptime.isprintable()
            or not x_gate_exptime
        ):
            raise errors.ValidationError(
                argument="x_gate_exptime",
                constraint="must be a non-empty str without control characters",
                value=x_gate_exptime,
                wire_name="x-gate-exptime",
            )

        query: dict[str, object] = {}
        if currency_pair is not None:
            query["currency_pair"] = currency_pair
        if side is not None:
            query["side"] = side
        if account is not None:
            query["account"] = account
        if action_mode is not None:
            query["action_mode"] = action_mode

        body: dict[str, object] = {}

        headers: dict[str, str] = {}
        if x_gate_exptime is not None:
            headers["x-gate-exptime"] = x_gate_exptime

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
                headers=headers,
            ),
        )

    def countdown_cancel_all(
        self,
        *,
        timeout: int,
        currency_pair: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CountdownCancelAllResponse:
        """Countdown cancel orders (spot order heartbeat, a dead-man's switch).

        Spot order heartbeat detection. If there is no "cancel existing countdown" or "set new
        countdown" when the user-set timeout time is reached, the related spot pending orders will
        be automatically cancelled. This interface can be called repeatedly to set a new countdown
        or cancel the countdown.

        `POST /api/v4/spot/countdown_cancel_all`.

        Note: The currency pair pattern (upper-case base and quote joined by an underscore) is the
        format of every pair the pages show (BTC_USDT, ETH_BTC); a pair in another exchange's format
        (BTC-USDT, BTCUSDT, BTC/USDT) is refused before sending.

        Note: "Usage example: Repeat this interface at 30s intervals, setting the countdown timeout
        to 30 (seconds) each time. If this interface is not called again within 30 seconds, all
        pending orders on the market you specified will be automatically cancelled. If no market is
        specified, all market cancelled. If the timeout is set to 0 within 30 seconds, the countdown
        timer will be terminated and the automatic order cancellation function will be cancelled."

        Note: The page writes the path as /spot/countdown_cancel_all, relative to the /api/v4
        prefix; the signed URL path includes the prefix.

        Note: The documented behaviour for timeout between 1 and 4 is only "at least 5"; the server
        is expected to answer 400 (probably INVALID_PARAM_VALUE), which is not documented. The SDK
        rejects these values before sending.

        Note: The countdown answers 200 "Countdown set successfully"; the call must be authenticated
        by API key and secret.

        Args:
            timeout: Countdown time in seconds. At least 5 seconds, 0 means cancel countdown. Unit:
                s. Allowed: timeout >= 5, or 0 (cancel countdown). Wire name `timeout`, sent in the
                body.
            currency_pair: Currency pair; if no market is specified, all market cancelled. Allowed:
                matches [A-Z0-9]+_[A-Z0-9]+. Wire name `currency_pair`, sent in the body.
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

        Rate limits stated: Spot private endpoints that are not order endpoints are limited to 200
        requests per 10 s per endpoint, per UID. (protocols:§4c). Enforced: 200 per 10000 ms per uid
        [gate:uid:spot.countdown_cancel_all].

        Source: https://www.gate.io/docs/developers/apiv4/en/#countdowncancelallspot-parameters
        """
        if not isinstance(timeout, int) or isinstance(timeout, bool):
            raise errors.ValidationError(
                argument="timeout", constraint="must be an int", value=timeout, wire_name="timeout"
            )
        if timeout not in (0,) and (timeout < 5):
            raise errors.ValidationError(
                argument="timeout",
                constraint="must be timeout >= 5, or 0 (cancel countdown)",
                value=timeout,
                wire_name="timeout",
            )

        if currency_pair is not None and (
            not isinstance(currency_pair, str)
            or not currency_pair.isprintable()
            or not currency_pair
        ):
            raise errors.ValidationError(
                argument="currency_pair",
                constraint="must be a non-empty str without control characters",
                value=currency_pair,
                wire_name="currency_pair",
            )
        if currency_pair is not None and (not fullmatch("[A-Z0-9]+_[A-Z0-9]+", currency_pair)):
            raise errors.ValidationError(
                argument="currency_pair",
                constraint="must match [A-Z0-9]+_[A-Z0-9]+",
                value=currency_pair,
                wire_name="currency_pair",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "timeout": timeout,
        }
        if currency_pair is not None:
            body["currency_pair"] = currency_pair

        return cast(
            "CountdownCancelAllResponse",
            self._client._call(
                _spec.SPOT_COUNTDOWN_CANCEL_ALL,
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
        page: int | None = None,
        limit: int | None = None,
        account: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrdersResponse:
        """List the open spot orders of every currency pair, page by page.

        List all open orders. Query the current order list of all trading pairs. Please note that
        the paging parameter controls the number of pending orders in each trading pair. There is no
        paging control trading pairs. All trading pairs with pending orders will be returned.

        `GET /api/v4/spot/open_orders`.

        Note: 200: List retrieved successfully

        Note: The page size applies to each currency pair: a page whose orders number fewer than
        limit in total cannot have filled any pair's page, so it is the last one.

        Note: The page writes the path as /spot/open_orders, relative to the /api/v4 prefix; the
        signed URL path includes the prefix.

        Note: The page gives no default or maximum for page and limit; the official SDK documents
        page 1 and limit 100 as defaults.

        Note: To perform this operation, you must be authenticated by API key and secret.

        Args:
            page: Page number. Allowed: page >= 1. Wire name `page`, sent in the query.
            limit: Maximum number of records returned in one page in each currency pair. Allowed:
                limit >= 1. Wire name `limit`, sent in the query.
            account: Specify query account. Wire name `account`, sent in the query.
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

        Rate limits stated: Spot private endpoints that are not order endpoints are limited to 200
        requests per 10 s per endpoint, per UID. (protocols:§4c). Enforced: 200 per 10000 ms per uid
        [gate:uid:spot.open_orders].

        Source: https://www.gate.io/docs/developers/apiv4/en/#listallopenorders-parameters
        """
        if page is not None and (not isinstance(page, int) or isinstance(page, bool)):
            raise errors.ValidationError(
                argument="page", constraint="must be an int", value=page, wire_name="page"
            )
        if page is not None and (page < 1):
            raise errors.ValidationError(
                argument="page", constraint="must be page >= 1", value=page, wire_name="page"
            )

        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise errors.ValidationError(
                argument="limit", constraint="must be an int", value=limit, wire_name="limit"
            )
        if limit is not None and (limit < 1):
            raise errors.ValidationError(
                argument="limit", constraint="must be limit >= 1", value=limit, wire_name="limit"
            )

        if account is not None and (
            not isinstance(account, str) or not account.isprintable() or not account
        ):
            raise errors.ValidationError(
                argument="account",
                constraint="must be a non-empty str without control characters",
                value=account,
                wire_name="account",
            )

        query: dict[str, object] = {}
        if page is not None:
            query["page"] = page
        if limit is not None:
            query["limit"] = limit
        if account is not None:
            query["account"] = account

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


class Gate(SyncClient):
    """Gate sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    GATE_API_KEY, GATE_API_SECRET.
    `base_url` overrides https://api.gateio.ws (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("spot",)

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
        self.spot = GateSpot(self)
        """spot endpoints: `cancel_all_orders`, `countdown_cancel_all`, `open_orders`."""


class AsyncGateSpot:
    """The `spot` endpoints of Gate (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all_orders(
        self,
        *,
        currency_pair: str | None = None,
        side: str | None = None,
        account: str | None = None,
        action_mode: Literal["ACK", "RESULT", "FULL"] | None = None,
        x_gate_exptime: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open spot orders, in one currency pair or in every pair.

        Cancel all `open` orders in specified currency pair. When the `account` parameter is not
        specified, all pending orders including spot, unified account, and isolated margin will be
        cancelled. When `currency_pair` is not specified, all trading pair pending orders will be
        cancelled. You can specify a particular account to cancel all pending orders under that
        account.

        `DELETE /api/v4/spot/orders`.

        Note: The currency pair pattern (upper-case base and quote joined by an underscore) is the
        format of every pair the pages show (BTC_USDT, ETH_BTC); a pair in another exchange's format
        (BTC-USDT, BTCUSDT, BTC/USDT) is refused before sending.

        Note: 200 "Batch cancellation request accepted and processed, success determined by order
        list": each order's succeeded, label and message say whether that order was cancelled.

        Note: The page writes the path as /spot/orders, relative to the /api/v4 prefix; the signed
        URL path includes the prefix. DELETE carries its parameters in the query string.

        Note: The page lists no values for side (the order's side in the response is buy or sell)
        nor for account beyond `unified`.

        Note: To perform this operation, you must be authenticated by API key and secret.

        Args:
            currency_pair: Trading pair; when not specified, the pending orders of all trading pairs
                are cancelled. Allowed: matches [A-Z0-9]+_[A-Z0-9]+. Wire name `currency_pair`, sent
                in the query.
            side: Specify all bids or all asks, both included if not specified. Wire name `side`,
                sent in the query.
            account: Specify account type. Classic account: all are included if not specified.
                Unified account: specify `unified`. Wire name `account`, sent in the query.
            action_mode: Processing Mode. When placing an order, different fields are returned based
                on the action_mode. Allowed: one of ACK (Asynchronous mode, returns only key order
                fields), RESULT (No clearing information), FULL (Full mode (default)). Wire name
                `action_mode`, sent in the query.
            x_gate_exptime: Specify the expiration time (milliseconds); if the GATE receives the
                request time greater than the expiration time, the request will be rejected. Wire
                name `x-gate-exptime`, sent in the header.
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

        Rate limits stated: Spot private endpoints: The rate limit for batch/single order
        cancellation is total of 200r/s (UID)
        (https://www.gate.io/docs/developers/apiv4/en/#frequency-limit-rule). Enforced: 200 per 1000
        ms per uid [gate:uid:spot-cancel].

        Source: https://www.gate.io/docs/developers/apiv4/en/#cancelorders-parameters
        """
        if currency_pair is not None and (
            not isinstance(currency_pair, str)
            or not currency_pair.isprintable()
            or not currency_pair
        ):
            raise errors.ValidationError(
                argument="currency_pair",
                constraint="must be a non-empty str without control characters",
                value=currency_pair,
                wire_name="currency_pair",
            )
        if currency_pair is not None and (not fullmatch("[A-Z0-9]+_[A-Z0-9]+", currency_pair)):
            raise errors.ValidationError(
                argument="currency_pair",
                constraint="must match [A-Z0-9]+_[A-Z0-9]+",
                value=currency_pair,
                wire_name="currency_pair",
            )

        if side is not None and (not isinstance(side, str) or not side.isprintable() or not side):
            raise errors.ValidationError(
                argument="side",
                constraint="must be a non-empty str without control characters",
                value=side,
                wire_name="side",
            )

        if account is not None and (
            not isinstance(account, str) or not account.isprintable() or not account
        ):
            raise errors.ValidationError(
                argument="account",
                constraint="must be a non-empty str without control characters",
                value=account,
                wire_name="account",
            )

        if action_mode is not None and (
            not isinstance(action_mode, str) or not action_mode.isprintable() or not action_mode
        ):
            raise errors.ValidationError(
                argument="action_mode",
                constraint="must be a non-empty str without control characters",
                value=action_mode,
                wire_name="action_mode",
            )
        if action_mode is not None and (action_mode not in ("ACK", "RESULT", "FULL")):
            raise errors.ValidationError(
                argument="action_mode",
                constraint="must be one of 'ACK', 'RESULT', 'FULL'",
                value=action_mode,
                wire_name="action_mode",
            )

        if x_gate_exptime is not None and (
            not isinstance(x_gate_exptime, str)
            or not x_gate_exptime.isprintable()
            or not x_gate_exptime
        ):
            raise errors.ValidationError(
                argument="x_gate_exptime",
                constraint="must be a non-empty str without control characters",
                value=x_gate_exptime,
                wire_name="x-gate-exptime",
            )

        query: dict[str, object] = {}
        if currency_pair is not None:
            query["currency_pair"] = currency_pair
        if side is not None:
            query["side"] = side
        if account is not None:
            query["account"] = account
        if action_mode is not None:
            query["action_mode"] = action_mode

        body: dict[str, object] = {}

        headers: dict[str, str] = {}
        if x_gate_exptime is not None:
            headers["x-gate-exptime"] = x_gate_exptime

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
                headers=headers,
            ),
        )

    async def countdown_cancel_all(
        self,
        *,
        timeout: int,
        currency_pair: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CountdownCancelAllResponse:
        """Countdown cancel orders (spot order heartbeat, a dead-man's switch).

        Spot order heartbeat detection. If there is no "cancel existing countdown" or "set new
        countdown" when the user-set timeout time is reached, the related spot pending orders will
        be automatically cancelled. This interface can be called repeatedly to set a new countdown
        or cancel the countdown.

        `POST /api/v4/spot/countdown_cancel_all`.

        Note: The currency pair pattern (upper-case base and quote joined by an underscore) is the
        format of every pair the pages show (BTC_USDT, ETH_BTC); a pair in another exchange's format
        (BTC-USDT, BTCUSDT, BTC/USDT) is refused before sending.

        Note: "Usage example: Repeat this interface at 30s intervals, setting the countdown timeout
        to 30 (seconds) each time. If this interface is not called again within 30 seconds, all
        pending orders on the market you specified will be automatically cancelled. If no market is
        specified, all market cancelled. If the timeout is set to 0 within 30 seconds, the countdown
        timer will be terminated and the automatic order cancellation function will be cancelled."

        Note: The page writes the path as /spot/countdown_cancel_all, relative to the /api/v4
        prefix; the signed URL path includes the prefix.

        Note: The documented behaviour for timeout between 1 and 4 is only "at least 5"; the server
        is expected to answer 400 (probably INVALID_PARAM_VALUE), which is not documented. The SDK
        rejects these values before sending.

        Note: The countdown answers 200 "Countdown set successfully"; the call must be authenticated
        by API key and secret.

        Args:
            timeout: Countdown time in seconds. At least 5 seconds, 0 means cancel countdown. Unit:
                s. Allowed: timeout >= 5, or 0 (cancel countdown). Wire name `timeout`, sent in the
                body.
            currency_pair: Currency pair; if no market is specified, all market cancelled. Allowed:
                matches [A-Z0-9]+_[A-Z0-9]+. Wire name `currency_pair`, sent in the body.
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

        Rate limits stated: Spot private endpoints that are not order endpoints are limited to 200
        requests per 10 s per endpoint, per UID. (protocols:§4c). Enforced: 200 per 10000 ms per uid
        [gate:uid:spot.countdown_cancel_all].

        Source: https://www.gate.io/docs/developers/apiv4/en/#countdowncancelallspot-parameters
        """
        if not isinstance(timeout, int) or isinstance(timeout, bool):
            raise errors.ValidationError(
                argument="timeout", constraint="must be an int", value=timeout, wire_name="timeout"
            )
        if timeout not in (0,) and (timeout < 5):
            raise errors.ValidationError(
                argument="timeout",
                constraint="must be timeout >= 5, or 0 (cancel countdown)",
                value=timeout,
                wire_name="timeout",
            )

        if currency_pair is not None and (
            not isinstance(currency_pair, str)
            or not currency_pair.isprintable()
            or not currency_pair
        ):
            raise errors.ValidationError(
                argument="currency_pair",
                constraint="must be a non-empty str without control characters",
                value=currency_pair,
                wire_name="currency_pair",
            )
        if currency_pair is not None and (not fullmatch("[A-Z0-9]+_[A-Z0-9]+", currency_pair)):
            raise errors.ValidationError(
                argument="currency_pair",
                constraint="must match [A-Z0-9]+_[A-Z0-9]+",
                value=currency_pair,
                wire_name="currency_pair",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "timeout": timeout,
        }
        if currency_pair is not None:
            body["currency_pair"] = currency_pair

        return cast(
            "CountdownCancelAllResponse",
            await self._client._call(
                _spec.SPOT_COUNTDOWN_CANCEL_ALL,
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
        page: int | None = None,
        limit: int | None = None,
        account: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrdersResponse:
        """List the open spot orders of every currency pair, page by page.

        List all open orders. Query the current order list of all trading pairs. Please note that
        the paging parameter controls the number of pending orders in each trading pair. There is no
        paging control trading pairs. All trading pairs with pending orders will be returned.

        `GET /api/v4/spot/open_orders`.

        Note: 200: List retrieved successfully

        Note: The page size applies to each currency pair: a page whose orders number fewer than
        limit in total cannot have filled any pair's page, so it is the last one.

        Note: The page writes the path as /spot/open_orders, relative to the /api/v4 prefix; the
        signed URL path includes the prefix.

        Note: The page gives no default or maximum for page and limit; the official SDK documents
        page 1 and limit 100 as defaults.

        Note: To perform this operation, you must be authenticated by API key and secret.

        Args:
            page: Page number. Allowed: page >= 1. Wire name `page`, sent in the query.
            limit: Maximum number of records returned in one page in each currency pair. Allowed:
                limit >= 1. Wire name `limit`, sent in the query.
            account: Specify query account. Wire name `account`, sent in the query.
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

        Rate limits stated: Spot private endpoints that are not order endpoints are limited to 200
        requests per 10 s per endpoint, per UID. (protocols:§4c). Enforced: 200 per 10000 ms per uid
        [gate:uid:spot.open_orders].

        Source: https://www.gate.io/docs/developers/apiv4/en/#listallopenorders-parameters
        """
        if page is not None and (not isinstance(page, int) or isinstance(page, bool)):
            raise errors.ValidationError(
                argument="page", constraint="must be an int", value=page, wire_name="page"
            )
        if page is not None and (page < 1):
            raise errors.ValidationError(
                argument="page", constraint="must be page >= 1", value=page, wire_name="page"
            )

        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise errors.ValidationError(
                argument="limit", constraint="must be an int", value=limit, wire_name="limit"
            )
        if limit is not None and (limit < 1):
            raise errors.ValidationError(
                argument="limit", constraint="must be limit >= 1", value=limit, wire_name="limit"
            )

        if account is not None and (
            not isinstance(account, str) or not account.isprintable() or not account
        ):
            raise errors.ValidationError(
                argument="account",
                constraint="must be a non-empty str without control characters",
                value=account,
                wire_name="account",
            )

        query: dict[str, object] = {}
        if page is not None:
            query["page"] = page
        if limit is not None:
            query["limit"] = limit
        if account is not None:
            query["account"] = account

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


class AsyncGate(AsyncClient):
    """Gate async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    GATE_API_KEY, GATE_API_SECRET.
    `base_url` overrides https://api.gateio.ws (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("spot",)

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
        self.spot = AsyncGateSpot(self)
        """spot endpoints: `cancel_all_orders`, `countdown_cancel_all`, `open_orders`."""
