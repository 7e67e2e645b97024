# Generated from specs/kraken/ (sha256 8073ec02fb27dc58b97a9b67881a8db677d86a2a3c71b56123f5914facd6c93d). Do not edit: run make.
"""Kraken clients, sync and async: Kraken and AsyncKraken.

Generated from the specs in specs/kraken/; the shared machinery (signing, transport,
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
        CancelAllOrdersAfterResponse,
        CancelAllResponse,
        OpenOrders,
    )

__all__ = ["AsyncKraken", "AsyncKrakenSpot", "Kraken", "KrakenSpot"]


class KrakenSpot:
    """The `spot` endpoints of Kraken."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllResponse:
        """Cancel all open spot orders of the account.

        Cancel all open orders.

        `POST /0/private/CancelAll`. API key permission: Orders and trades - Create & modify orders
        or Orders and trades - Cancel & close orders.

        Note: `count` is marked required: the published example carries it and it is the only field
        that says what the cancel did (the schema itself marks no field required).

        Note: The caller knows the cancel happened from an empty `error` array and `result.count`
        (orders cancelled); `result.pending: true` means cancellation is still pending, so the SDK
        must verify with OpenOrders before reporting nothing is left.

        Note: Scope: all open orders of the account; the endpoint takes no market parameter. The
        published response schema types `error` as an array of arrays of strings (the referenced
        error schema is itself an array); the example and every other page send an array of strings.

        Note: Page: POST /private/CancelAll relative to https://api.kraken.com/0; the signed URI
        path is /0/private/CancelAll.

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
            CancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Every REST API user has a "call counter" which starts at 0. ... All
        other API calls increase this counter by 1 (except AddOrder, CancelOrder ...). Starter: Max
        API Counter 15, API Counter Decay -0.33/sec; Intermediate 20, -0.5/sec; Pro 20, -1/sec.
        (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits). Enforced: 15 draining over
        45455 ms per uid [kraken:uid:rest-counter].

        Source: https://docs.kraken.com/api-reference/trading/cancel-all-orders
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "CancelAllResponse",
            self._client._call(
                _spec.SPOT_CANCEL_ALL,
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
        timeout: int,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersAfterResponse:
        """Dead man's switch: cancel all spot orders when a countdown (seconds) expires; 0 disables it.

        CancelAllOrdersAfter provides a "Dead Man's Switch" mechanism to protect the client from
        network malfunction, extreme latency or unexpected matching engine downtime. The client can
        send a request with a timeout (in seconds), that will start a countdown timer which will
        cancel *all* client orders when the timer expires. The client has to keep sending new
        requests to push back the trigger time, or deactivate the mechanism by specifying a timeout
        of 0. If the timer expires, all orders are cancelled and then the timer remains disabled
        until the client provides a new (non-zero) timeout.

        `POST /0/private/CancelAllOrdersAfter`. API key permission: Orders and trades - Create &
        modify orders or Orders and trades - Cancel & close orders.

        Note: triggerTime is marked required: the page's example carries it and it is what proves
        the arm (the schema marks no field required).

        Note: The recommended use is to make a call every 15 to 30 seconds, providing a timeout of
        60 seconds. This allows the client to keep the orders in place in case of a brief
        disconnection or transient delay, while keeping them safe in case of a network breakdown. It
        is also recommended to disable the timer ahead of regularly scheduled trading engine
        maintenance (if the timer is enabled, all orders will be cancelled when the trading engine
        comes back from downtime - planned or otherwise).

        Note: Scope: all client orders of the account (no market parameter). The arm is confirmed by
        an empty `error` array and `result.triggerTime`; timestamps are RFC3339 strings, not
        numbers.

        Note: The minimum non-zero timeout is not stated; minimum 1 is the smallest positive
        integer, not a documented bound. After the timer fires it stays disabled until a new
        non-zero timeout is sent, so a heartbeat that only re-arms on success must re-arm after a
        trigger.

        Note: The same switch exists on WebSocket v1 (cancelAllOrdersAfter) and v2
        (cancel_all_orders_after); not used here.

        Args:
            timeout: Duration (in seconds) to set/extend the timer, it should be less than 86400
                seconds. Unit: s. Allowed: 1 <= timeout < 86400, or 0 (deactivate the mechanism).
                Wire name `timeout`, sent in the body.
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

        Rate limits stated: Every REST API user has a "call counter" ... All other API calls
        increase this counter by 1 ... Starter: Max API Counter 15, API Counter Decay -0.33/sec.
        (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits). Enforced: 15 draining over
        45455 ms per uid [kraken:uid:rest-counter].

        Source: https://docs.kraken.com/api-reference/trading/cancel-all-orders-after-x
        """
        if not isinstance(timeout, int) or isinstance(timeout, bool):
            raise errors.ValidationError(
                argument="timeout", constraint="must be an int", value=timeout, wire_name="timeout"
            )
        if timeout not in (0,) and (timeout < 1 or timeout >= 86400):
            raise errors.ValidationError(
                argument="timeout",
                constraint="must be 1 <= timeout < 86400, or 0 (deactivate the mechanism)",
                value=timeout,
                wire_name="timeout",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "timeout": timeout,
        }

        return cast(
            "CancelAllOrdersAfterResponse",
            self._client._call(
                _spec.SPOT_CANCEL_ALL_ORDERS_AFTER,
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
        trades: bool | None = None,
        userref: int | None = None,
        cl_ord_id: str | None = None,
        rebase_multiplier: Literal["rebased", "base"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrders:
        """List the account's open spot orders (all pairs, no pagination).

        Retrieve information about currently open orders.

        `POST /0/private/OpenOrders`. API key permission: Orders and trades - Query open orders &
        trades.

        Note: `open` is marked required: it is the whole answer (an empty map when nothing is open),
        and the kill switch's proof that nothing is left.

        Note: Each OpenOrder (schemas/objects/user/orders/open.yaml): refid (string, nullable),
        userref (integer, nullable), cl_ord_id (string, nullable), status (pending | open | closed |
        canceled | expired), opentm / starttm / expiretm (number, Unix seconds), descr {pair, type
        buy|sell, ordertype, price, price2, leverage, order, close}, vol, vol_exec, cost, fee,
        price, stopprice, limitprice (strings: decimals), trigger (last | index, default last),
        margin (boolean), misc, sender_sub_id, oflags, trades (array of strings). The map value
        model must be added when the schema subset gains maps.

        Note: No pagination parameters: the call returns every open order of the account in one
        answer. The published example writes Python-style `None` for refid; the example here uses
        null.

        Args:
            trades: Whether or not to include trades related to position in output. Wire name
                `trades`, sent in the body.
            userref: Restrict results to given user reference. Allowed: -2147483648 <= userref <=
                2147483647. Wire name `userref`, sent in the body.
            cl_ord_id: Restrict results to given client order id. Wire name `cl_ord_id`, sent in the
                body.
            rebase_multiplier: Optional parameter for viewing xstocks data. Allowed: one of rebased
                (Display in terms of underlying equity.), base (Display in terms of SPV tokens.).
                Wire name `rebase_multiplier`, sent in the body.
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
            OpenOrders: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: All other API calls increase this counter by 1 ... Starter: Max API
        Counter 15, API Counter Decay -0.33/sec.
        (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits). Enforced: 15 draining over
        45455 ms per uid [kraken:uid:rest-counter].

        Source: https://docs.kraken.com/api-reference/account-data/get-open-orders
        """
        if trades is not None and (not isinstance(trades, bool)):
            raise errors.ValidationError(
                argument="trades", constraint="must be a bool", value=trades, wire_name="trades"
            )

        if userref is not None and (not isinstance(userref, int) or isinstance(userref, bool)):
            raise errors.ValidationError(
                argument="userref", constraint="must be an int", value=userref, wire_name="userref"
            )
        if userref is not None and (userref < -2147483648 or userref > 2147483647):
            raise errors.ValidationError(
                argument="userref",
                constraint="must be -2147483648 <= userref <= 2147483647",
                value=userref,
                wire_name="userref",
            )

        if cl_ord_id is not None and (
            not isinstance(cl_ord_id, str) or not cl_ord_id.isprintable() or not cl_ord_id
        ):
            raise errors.ValidationError(
                argument="cl_ord_id",
                constraint="must be a non-empty str without control characters",
                value=cl_ord_id,
                wire_name="cl_ord_id",
            )

        if rebase_multiplier is not None and (
            not isinstance(rebase_multiplier, str)
            or not rebase_multiplier.isprintable()
            or not rebase_multiplier
        ):
            raise errors.ValidationError(
                argument="rebase_multiplier",
                constraint="must be a non-empty str without control characters",
                value=rebase_multiplier,
                wire_name="rebase_multiplier",
            )
        if rebase_multiplier is not None and (rebase_multiplier not in ("rebased", "base")):
            raise errors.ValidationError(
                argument="rebase_multiplier",
                constraint="must be one of 'rebased', 'base'",
                value=rebase_multiplier,
                wire_name="rebase_multiplier",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if trades is not None:
            body["trades"] = trades
        if userref is not None:
            body["userref"] = userref
        if cl_ord_id is not None:
            body["cl_ord_id"] = cl_ord_id
        if rebase_multiplier is not None:
            body["rebase_multiplier"] = rebase_multiplier

        return cast(
            "OpenOrders",
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


class Kraken(SyncClient):
    """Kraken sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KRAKEN_API_KEY, KRAKEN_API_SECRET.
    `base_url` overrides https://api.kraken.com (for example the local simulator). `timeout` is
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
        self.spot = KrakenSpot(self)
        """spot endpoints: `cancel_all`, `cancel_all_orders_after`, `open_orders`."""


class AsyncKrakenSpot:
    """The `spot` endpoints of Kraken (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllResponse:
        """Cancel all open spot orders of the account.

        Cancel all open orders.

        `POST /0/private/CancelAll`. API key permission: Orders and trades - Create & modify orders
        or Orders and trades - Cancel & close orders.

        Note: `count` is marked required: the published example carries it and it is the only field
        that says what the cancel did (the schema itself marks no field required).

        Note: The caller knows the cancel happened from an empty `error` array and `result.count`
        (orders cancelled); `result.pending: true` means cancellation is still pending, so the SDK
        must verify with OpenOrders before reporting nothing is left.

        Note: Scope: all open orders of the account; the endpoint takes no market parameter. The
        published response schema types `error` as an array of arrays of strings (the referenced
        error schema is itself an array); the example and every other page send an array of strings.

        Note: Page: POST /private/CancelAll relative to https://api.kraken.com/0; the signed URI
        path is /0/private/CancelAll.

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
            CancelAllResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Every REST API user has a "call counter" which starts at 0. ... All
        other API calls increase this counter by 1 (except AddOrder, CancelOrder ...). Starter: Max
        API Counter 15, API Counter Decay -0.33/sec; Intermediate 20, -0.5/sec; Pro 20, -1/sec.
        (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits). Enforced: 15 draining over
        45455 ms per uid [kraken:uid:rest-counter].

        Source: https://docs.kraken.com/api-reference/trading/cancel-all-orders
        """
        query: dict[str, object] = {}

        body: dict[str, object] = {}

        return cast(
            "CancelAllResponse",
            await self._client._call(
                _spec.SPOT_CANCEL_ALL,
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
        timeout: int,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersAfterResponse:
        """Dead man's switch: cancel all spot orders when a countdown (seconds) expires; 0 disables it.

        CancelAllOrdersAfter provides a "Dead Man's Switch" mechanism to protect the client from
        network malfunction, extreme latency or unexpected matching engine downtime. The client can
        send a request with a timeout (in seconds), that will start a countdown timer which will
        cancel *all* client orders when the timer expires. The client has to keep sending new
        requests to push back the trigger time, or deactivate the mechanism by specifying a timeout
        of 0. If the timer expires, all orders are cancelled and then the timer remains disabled
        until the client provides a new (non-zero) timeout.

        `POST /0/private/CancelAllOrdersAfter`. API key permission: Orders and trades - Create &
        modify orders or Orders and trades - Cancel & close orders.

        Note: triggerTime is marked required: the page's example carries it and it is what proves
        the arm (the schema marks no field required).

        Note: The recommended use is to make a call every 15 to 30 seconds, providing a timeout of
        60 seconds. This allows the client to keep the orders in place in case of a brief
        disconnection or transient delay, while keeping them safe in case of a network breakdown. It
        is also recommended to disable the timer ahead of regularly scheduled trading engine
        maintenance (if the timer is enabled, all orders will be cancelled when the trading engine
        comes back from downtime - planned or otherwise).

        Note: Scope: all client orders of the account (no market parameter). The arm is confirmed by
        an empty `error` array and `result.triggerTime`; timestamps are RFC3339 strings, not
        numbers.

        Note: The minimum non-zero timeout is not stated; minimum 1 is the smallest positive
        integer, not a documented bound. After the timer fires it stays disabled until a new
        non-zero timeout is sent, so a heartbeat that only re-arms on success must re-arm after a
        trigger.

        Note: The same switch exists on WebSocket v1 (cancelAllOrdersAfter) and v2
        (cancel_all_orders_after); not used here.

        Args:
            timeout: Duration (in seconds) to set/extend the timer, it should be less than 86400
                seconds. Unit: s. Allowed: 1 <= timeout < 86400, or 0 (deactivate the mechanism).
                Wire name `timeout`, sent in the body.
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

        Rate limits stated: Every REST API user has a "call counter" ... All other API calls
        increase this counter by 1 ... Starter: Max API Counter 15, API Counter Decay -0.33/sec.
        (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits). Enforced: 15 draining over
        45455 ms per uid [kraken:uid:rest-counter].

        Source: https://docs.kraken.com/api-reference/trading/cancel-all-orders-after-x
        """
        if not isinstance(timeout, int) or isinstance(timeout, bool):
            raise errors.ValidationError(
                argument="timeout", constraint="must be an int", value=timeout, wire_name="timeout"
            )
        if timeout not in (0,) and (timeout < 1 or timeout >= 86400):
            raise errors.ValidationError(
                argument="timeout",
                constraint="must be 1 <= timeout < 86400, or 0 (deactivate the mechanism)",
                value=timeout,
                wire_name="timeout",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "timeout": timeout,
        }

        return cast(
            "CancelAllOrdersAfterResponse",
            await self._client._call(
                _spec.SPOT_CANCEL_ALL_ORDERS_AFTER,
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
        trades: bool | None = None,
        userref: int | None = None,
        cl_ord_id: str | None = None,
        rebase_multiplier: Literal["rebased", "base"] | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OpenOrders:
        """List the account's open spot orders (all pairs, no pagination).

        Retrieve information about currently open orders.

        `POST /0/private/OpenOrders`. API key permission: Orders and trades - Query open orders &
        trades.

        Note: `open` is marked required: it is the whole answer (an empty map when nothing is open),
        and the kill switch's proof that nothing is left.

        Note: Each OpenOrder (schemas/objects/user/orders/open.yaml): refid (string, nullable),
        userref (integer, nullable), cl_ord_id (string, nullable), status (pending | open | closed |
        canceled | expired), opentm / starttm / expiretm (number, Unix seconds), descr {pair, type
        buy|sell, ordertype, price, price2, leverage, order, close}, vol, vol_exec, cost, fee,
        price, stopprice, limitprice (strings: decimals), trigger (last | index, default last),
        margin (boolean), misc, sender_sub_id, oflags, trades (array of strings). The map value
        model must be added when the schema subset gains maps.

        Note: No pagination parameters: the call returns every open order of the account in one
        answer. The published example writes Python-style `None` for refid; the example here uses
        null.

        Args:
            trades: Whether or not to include trades related to position in output. Wire name
                `trades`, sent in the body.
            userref: Restrict results to given user reference. Allowed: -2147483648 <= userref <=
                2147483647. Wire name `userref`, sent in the body.
            cl_ord_id: Restrict results to given client order id. Wire name `cl_ord_id`, sent in the
                body.
            rebase_multiplier: Optional parameter for viewing xstocks data. Allowed: one of rebased
                (Display in terms of underlying equity.), base (Display in terms of SPV tokens.).
                Wire name `rebase_multiplier`, sent in the body.
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
            OpenOrders: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: All other API calls increase this counter by 1 ... Starter: Max API
        Counter 15, API Counter Decay -0.33/sec.
        (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits). Enforced: 15 draining over
        45455 ms per uid [kraken:uid:rest-counter].

        Source: https://docs.kraken.com/api-reference/account-data/get-open-orders
        """
        if trades is not None and (not isinstance(trades, bool)):
            raise errors.ValidationError(
                argument="trades", constraint="must be a bool", value=trades, wire_name="trades"
            )

        if userref is not None and (not isinstance(userref, int) or isinstance(userref, bool)):
            raise errors.ValidationError(
                argument="userref", constraint="must be an int", value=userref, wire_name="userref"
            )
        if userref is not None and (userref < -2147483648 or userref > 2147483647):
            raise errors.ValidationError(
                argument="userref",
                constraint="must be -2147483648 <= userref <= 2147483647",
                value=userref,
                wire_name="userref",
            )

        if cl_ord_id is not None and (
            not isinstance(cl_ord_id, str) or not cl_ord_id.isprintable() or not cl_ord_id
        ):
            raise errors.ValidationError(
                argument="cl_ord_id",
                constraint="must be a non-empty str without control characters",
                value=cl_ord_id,
                wire_name="cl_ord_id",
            )

        if rebase_multiplier is not None and (
            not isinstance(rebase_multiplier, str)
            or not rebase_multiplier.isprintable()
            or not rebase_multiplier
        ):
            raise errors.ValidationError(
                argument="rebase_multiplier",
                constraint="must be a non-empty str without control characters",
                value=rebase_multiplier,
                wire_name="rebase_multiplier",
            )
        if rebase_multiplier is not None and (rebase_multiplier not in ("rebased", "base")):
            raise errors.ValidationError(
                argument="rebase_multiplier",
                constraint="must be one of 'rebased', 'base'",
                value=rebase_multiplier,
                wire_name="rebase_multiplier",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {}
        if trades is not None:
            body["trades"] = trades
        if userref is not None:
            body["userref"] = userref
        if cl_ord_id is not None:
            body["cl_ord_id"] = cl_ord_id
        if rebase_multiplier is not None:
            body["rebase_multiplier"] = rebase_multiplier

        return cast(
            "OpenOrders",
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


class AsyncKraken(AsyncClient):
    """Kraken async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KRAKEN_API_KEY, KRAKEN_API_SECRET.
    `base_url` overrides https://api.kraken.com (for example the local simulator). `timeout` is
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
        self.spot = AsyncKrakenSpot(self)
        """spot endpoints: `cancel_all`, `cancel_all_orders_after`, `open_orders`."""
