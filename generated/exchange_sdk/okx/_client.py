# Generated from specs/okx/ (sha256 65e9651ae2b35e7647a889419f1c5521d600e18660cc0f37203d23ce0477d8be). Do not edit: run make.
"""OKX clients, sync and async: OKX and AsyncOKX.

Generated from the specs in specs/okx/; the shared machinery (signing, transport,
envelopes, errors) is in exchange_sdk._runtime.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from re import fullmatch
from typing import TYPE_CHECKING, Literal, cast

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk._runtime.retry import DEFAULT_DEADLINE

from . import _spec

if TYPE_CHECKING:
    from exchange_sdk._runtime.transport import AsyncTransport, SyncTransport

    from .models import (
        CancelAlgosResponse,
        CancelAllAfterResponse,
        CancelBatchOrdersResponse,
        OrdersAlgoPendingResponse,
        OrdersPendingResponse,
    )

__all__ = ["OKX", "AsyncOKX", "AsyncOKXTrade", "OKXTrade"]


class OKXTrade:
    """The `trade` endpoints of OKX."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_algos(
        self,
        *,
        orders: Sequence[Mapping[str, object]],
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAlgosResponse:
        """Cancel up to 10 unfilled algo orders (conditional, oco, trigger, trailing, iceberg, TWAP...)
        in one request.

        Cancel unfilled algo orders. A maximum of 10 orders can be canceled per request. Request
        parameters should be passed in the form of an array.

        `POST /api/v5/trade/cancel-algos`. API key permission: Trade.

        Note: What tells the caller a cancel happened: each data item's sCode "0" for its algoId.
        The transcription has no example response.

        Note: The kill switch lists the algo orders (trade.orders_algo_pending, one listing per algo
        order type) and cancels them here by algoId, at most 10 a call, one instrument a call (the
        rate limit is per Instrument ID), listing again until empty or the deadline.

        Note: The page is read through a third-party transcription (rosssaunders/coincise); the
        official page itself was not readable here. Official SDK: okx/consts.py CANCEL_ALGOS =
        '/api/v5/trade/cancel-algos'.

        Args:
            orders: 1 to 10 items, sent as a JSON array; each a mapping with the keys below (Python
                names), checked like keyword arguments.
            inst_id: Instrument ID, e.g. BTC-USDT. Wire name `instId`, sent in the body.
            algo_id: Algo ID. Either algoId or algoClOrdId is required. If both are passed, algoId
                will be used. Wire name `algoId`, sent in the body.
            algo_cl_ord_id: Client-supplied Algo ID. Either algoId or algoClOrdId is required. If
                both are passed, algoId will be used. Wire name `algoClOrdId`, sent in the body.
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
            CancelAlgosResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 20 requests per 2 seconds (page). Enforced: 20 per 2000 ms
        per uid [okx:uid:trade.cancel_algos].

        Source:
        https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-cancel-algo-order
        """
        if not isinstance(orders, list | tuple) or not 1 <= len(orders) <= 10:
            raise errors.ValidationError(
                argument="orders", constraint="must be a list of 1 to 10 mappings", value=orders
            )
        items: list[object] = []
        for item in orders:
            if not isinstance(item, Mapping) or not set(item) <= {
                "inst_id",
                "algo_id",
                "algo_cl_ord_id",
            }:
                raise errors.ValidationError(
                    argument="orders",
                    constraint="each item must be a mapping with keys among inst_id, algo_id, algo_cl_ord_id",
                    value=item,
                )
            inst_id = item.get("inst_id")
            algo_id = item.get("algo_id")
            algo_cl_ord_id = item.get("algo_cl_ord_id")
            if not isinstance(inst_id, str) or not inst_id.isprintable() or not inst_id:
                raise errors.ValidationError(
                    argument="inst_id",
                    constraint="must be a non-empty str without control characters",
                    value=inst_id,
                    wire_name="instId",
                )

            if algo_id is not None and (
                not isinstance(algo_id, str) or not algo_id.isprintable() or not algo_id
            ):
                raise errors.ValidationError(
                    argument="algo_id",
                    constraint="must be a non-empty str without control characters",
                    value=algo_id,
                    wire_name="algoId",
                )

            if algo_cl_ord_id is not None and (
                not isinstance(algo_cl_ord_id, str)
                or not algo_cl_ord_id.isprintable()
                or not algo_cl_ord_id
            ):
                raise errors.ValidationError(
                    argument="algo_cl_ord_id",
                    constraint="must be a non-empty str without control characters",
                    value=algo_cl_ord_id,
                    wire_name="algoClOrdId",
                )

            body: dict[str, object] = {
                "instId": inst_id,
            }
            if algo_id is not None:
                body["algoId"] = algo_id
            if algo_cl_ord_id is not None:
                body["algoClOrdId"] = algo_cl_ord_id

            items.append(body)
        query: dict[str, object] = {}
        return cast(
            "CancelAlgosResponse",
            self._client._call(
                _spec.TRADE_CANCEL_ALGOS,
                query,
                items,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cancel_all_after(
        self,
        *,
        time_out: int,
        tag: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllAfterResponse:
        """Cancel all pending order-book orders after a countdown (OKX dead-man's switch), account- or
        tag-level.

        Cancel all pending orders after the countdown timeout. Applicable to all trading symbols
        through order book (except Spread trading). Users are recommended to send heartbeat to the
        exchange every second.

        `POST /api/v5/trade/cancel-all-after`. API key permission: Trade.

        Note: To use tag level CAA, first, users need to set tags for their orders using the `tag`
        request parameter in the placing orders endpoint. When calling the CAA endpoint, if the
        `tag` request parameter is not provided, the default will be to set CAA at the account
        level. In this case, all pending orders for all order book trading symbols under that
        sub-account will be cancelled when CAA triggers, consistent with the existing logic. If the
        `tag` request parameter is provided, CAA will be set at the order tag level. When triggered,
        only pending orders of order book trading symbols with the specified tag will be canceled,
        while orders with other tags or no tags will remain unaffected.

        Note: Users can run a maximum of 20 tag level CAAs simultaneously under the same
        sub-account. The system will only count live tag level CAAs. CAAs that have been triggered
        or revoked by the user will not be counted. The user will receive error code 51071 when
        exceeding the limit.

        Note: When the cancel all after is triggered, the trading engine will cancel orders on
        behalf of the client one by one and this operation may take up to a few seconds. This
        feature is intended as a protection mechanism for clients only and clients should not use
        this feature as part of their trading strategies.

        Note: Users can run a maximum of 20 tag level CAAs simultaneously under the same sub-account
        (only live ones count); exceeding it returns 51071.

        Note: What tells the caller the arm happened: data[0].triggerTime non-zero (when the cancel
        will fire); after a disarm triggerTime is "0".

        Note: Read through third-party transcriptions only (rosssaunders/coincise section text; the
        request/response examples from a second transcription, code-index file 54493720946, which
        coincise's copy lacks). The official SDK python-okx has no cancel-all-after method.

        Note: Not sourced: the unit of triggerTime and ts. The example values (1587971460,
        1587971400) have 10 digits, i.e. seconds, although every other OKX timestamp is documented
        in milliseconds; a client must not assume either until a live response is seen.

        Note: Siblings with the same 0 / [10, 120] range exist for spread trading (POST
        /api/v5/sprd/cancel-all-after) and RFQ quotes (POST /api/v5/rfq/cancel-all-after); this
        endpoint does not cover spread orders.

        Args:
            time_out: The countdown for order cancellation, with second as the unit. Range of value
                can be 0, [10, 120]. Setting timeOut to 0 disables Cancel All After. (String on the
                wire.). Unit: s. Allowed: 10 <= time_out <= 120, or 0 (Setting timeOut to 0 disables
                Cancel All After.). Wire name `timeOut`, sent in the body.
            tag: CAA order tag. A combination of case-sensitive alphanumerics, all numbers, or all
                letters of up to 16 characters. Allowed: matches [A-Za-z0-9]{1,16}. Wire name `tag`,
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
            CancelAllAfterResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.InvalidRequestError: 51071: You've reached the maximum limit for tag level cancel
                all after timers.

        Rate limits stated: Rate Limit: 1 request per second (page). Enforced: 1 per 1000 ms per uid
        [okx:uid:trade.cancel_all_after].

        Source: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-all-after
        """
        if not isinstance(time_out, int) or isinstance(time_out, bool):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be an int",
                value=time_out,
                wire_name="timeOut",
            )
        if time_out not in (0,) and (time_out < 10 or time_out > 120):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be 10 <= time_out <= 120, or 0 (Setting timeOut to 0 disables Cancel All After.)",
                value=time_out,
                wire_name="timeOut",
            )

        if tag is not None and (not isinstance(tag, str) or not tag.isprintable() or not tag):
            raise errors.ValidationError(
                argument="tag",
                constraint="must be a non-empty str without control characters",
                value=tag,
                wire_name="tag",
            )
        if tag is not None and (not fullmatch("[A-Za-z0-9]{1,16}", tag)):
            raise errors.ValidationError(
                argument="tag",
                constraint="must match [A-Za-z0-9]{1,16}",
                value=tag,
                wire_name="tag",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "timeOut": str(time_out),
        }
        if tag is not None:
            body["tag"] = tag

        return cast(
            "CancelAllAfterResponse",
            self._client._call(
                _spec.TRADE_CANCEL_ALL_AFTER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def cancel_batch_orders(
        self,
        *,
        orders: Sequence[Mapping[str, object]],
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelBatchOrdersResponse:
        """Cancel up to 20 incomplete orders in one request (OKX has no order-book cancel-all).

        Cancel incomplete orders in batches. Maximum 20 orders can be canceled per request. Request
        parameters should be passed in the form of an array.

        `POST /api/v5/trade/cancel-batch-orders`. API key permission: Trade.

        Note: Unlike other endpoints, the rate limit of this endpoint is determined by the number of
        orders.

        Note: What tells the caller a cancel happened: each data item's sCode "0". The top-level
        code is "0" (all succeeded), "1" (operation failed) or "2" (bulk operation partially
        succeeded); per-order failures such as 51400 come as sCode/sMsg inside data.

        Note: inTime / outTime: timestamps at the REST gateway in microseconds, returned next to
        data.

        Note: There is no cancel-all for order-book trading: the kill switch lists with GET
        /api/v5/trade/orders-pending (paged by ordId), cancels in batches of 20 grouped by
        instrument (the rate limit is per Instrument ID), and lists again until empty. Algo orders
        (TP/SL, trigger, trailing...) are separate: GET /api/v5/trade/orders-algo-pending and POST
        /api/v5/trade/cancel-algos. POST /api/v5/trade/mass-cancel exists but only cancels MMP
        orders of one option instrument family (Portfolio Margin with MMP).

        Note: Official SDK: okx/consts.py CANCEL_BATCH_ORDERS = '/api/v5/trade/cancel-batch-orders';
        Trade.cancel_multiple_orders(orders_data) POSTs the list as the body. The example above is
        the page's, read through a transcription (code-index file 54499471763).

        Args:
            orders: 1 to 20 items, sent as a JSON array; each a mapping with the keys below (Python
                names), checked like keyword arguments.
            inst_id: Instrument ID, e.g. BTC-USDT. Wire name `instId`, sent in the body.
            ord_id: Order ID. Either ordId or clOrdId is required. If both are passed, ordId will be
                used. Wire name `ordId`, sent in the body.
            cl_ord_id: Client Order ID as assigned by the client. Wire name `clOrdId`, sent in the
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
            CancelBatchOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.OrderNotFoundError: 51400: Order cancellation failed as the order has been
                filled, canceled or does not exist.
            errors.InvalidRequestError: 51410: Cancellation failed as the order is already in
                canceling status or pending settlement.
            errors.ServerError: 51412: Cancellation timed out, please try again later.

        Rate limits stated: Rate Limit: 300 orders per 2 seconds (page). Enforced: 300 per 2000 ms
        per uid [okx:uid:trade.cancel_batch_orders].

        Source: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-multiple-orders
        """
        if not isinstance(orders, list | tuple) or not 1 <= len(orders) <= 20:
            raise errors.ValidationError(
                argument="orders", constraint="must be a list of 1 to 20 mappings", value=orders
            )
        items: list[object] = []
        for item in orders:
            if not isinstance(item, Mapping) or not set(item) <= {
                "inst_id",
                "ord_id",
                "cl_ord_id",
            }:
                raise errors.ValidationError(
                    argument="orders",
                    constraint="each item must be a mapping with keys among inst_id, ord_id, cl_ord_id",
                    value=item,
                )
            inst_id = item.get("inst_id")
            ord_id = item.get("ord_id")
            cl_ord_id = item.get("cl_ord_id")
            if not isinstance(inst_id, str) or not inst_id.isprintable() or not inst_id:
                raise errors.ValidationError(
                    argument="inst_id",
                    constraint="must be a non-empty str without control characters",
                    value=inst_id,
                    wire_name="instId",
                )

            if ord_id is not None and (
                not isinstance(ord_id, str) or not ord_id.isprintable() or not ord_id
            ):
                raise errors.ValidationError(
                    argument="ord_id",
                    constraint="must be a non-empty str without control characters",
                    value=ord_id,
                    wire_name="ordId",
                )

            if cl_ord_id is not None and (
                not isinstance(cl_ord_id, str) or not cl_ord_id.isprintable() or not cl_ord_id
            ):
                raise errors.ValidationError(
                    argument="cl_ord_id",
                    constraint="must be a non-empty str without control characters",
                    value=cl_ord_id,
                    wire_name="clOrdId",
                )

            body: dict[str, object] = {
                "instId": inst_id,
            }
            if ord_id is not None:
                body["ordId"] = ord_id
            if cl_ord_id is not None:
                body["clOrdId"] = cl_ord_id

            items.append(body)
        query: dict[str, object] = {}
        return cast(
            "CancelBatchOrdersResponse",
            self._client._call(
                _spec.TRADE_CANCEL_BATCH_ORDERS,
                query,
                items,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def orders_algo_pending(
        self,
        *,
        ord_type: Literal[
            "conditional",
            "oco",
            "conditional,oco",
            "chase",
            "trigger",
            "move_order_stop",
            "iceberg",
            "twap",
        ],
        algo_id: str | None = None,
        inst_type: Literal["SPOT", "SWAP", "FUTURES", "MARGIN"] | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OrdersAlgoPendingResponse:
        """List untriggered algo orders of one algo order type (ordType is required), 100 per page.

        Retrieve a list of untriggered Algo orders under the current account.

        `GET /api/v5/trade/orders-algo-pending`. API key permission: Read.

        Note: Listing every algo order takes one paged listing per ordType (conditional and oco may
        share one, the two separated with a comma); a panic lists conditional,oco, chase, trigger,
        move_order_stop, iceberg and twap, 6 requests (each further page one more) against the 20
        per 2 s of this endpoint. chase is "only applicable to FUTURES and SWAP": what the listing
        answers for it on an account without those is not stated on the page.

        Note: What the page does not say: whether cancel-all-after (the dead-man's switch) also
        cancels algo orders ("Cancel all pending orders after the countdown timeout"). The
        simulator's countdown cancels order-book orders only.

        Note: The page is read through a third-party transcription (rosssaunders/coincise); the
        official page itself was not readable here. Official SDK: okx/consts.py ORDERS_ALGO_PENDING
        = '/api/v5/trade/orders-algo-pending'.

        Args:
            ord_type: Order type. For every request, unlike other ordType which only can use one
                type, conditional and oco both can be used and separated with comma. Allowed: one of
                conditional (One-way stop order), oco (One-cancels-the-other order), conditional,oco
                (conditional and oco together (the page: both can be used, separated with a comma)),
                chase (chase order, only applicable to FUTURES and SWAP), trigger (Trigger order),
                move_order_stop (Trailing order), iceberg (Iceberg order), twap (TWAP order). Wire
                name `ordType`, sent in the query.
            algo_id: Algo ID. Wire name `algoId`, sent in the query.
            inst_type: Instrument type. Allowed: one of SPOT (Instrument type SPOT (the page lists
                the code only)), SWAP (Instrument type SWAP (the page lists the code only)), FUTURES
                (Instrument type FUTURES (the page lists the code only)), MARGIN (Instrument type
                MARGIN (the page lists the code only)). Wire name `instType`, sent in the query.
            inst_id: Instrument ID, e.g. BTC-USDT. Wire name `instId`, sent in the query.
            after: Pagination of data to return records earlier than the requested algoId. Wire name
                `after`, sent in the query.
            before: Pagination of data to return records newer than the requested algoId. Wire name
                `before`, sent in the query.
            limit: Number of results per request. The maximum is 100. The default is 100. Allowed: 1
                <= limit <= 100. Wire name `limit`, sent in the query.
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
            OrdersAlgoPendingResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 20 requests per 2 seconds (page). Enforced: 20 per 2000 ms
        per uid [okx:uid:trade.orders_algo_pending].

        Source: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-list
        """
        if not isinstance(ord_type, str) or not ord_type.isprintable() or not ord_type:
            raise errors.ValidationError(
                argument="ord_type",
                constraint="must be a non-empty str without control characters",
                value=ord_type,
                wire_name="ordType",
            )
        if ord_type not in (
            "conditional",
            "oco",
            "conditional,oco",
            "chase",
            "trigger",
            "move_order_stop",
            "iceberg",
            "twap",
        ):
            raise errors.ValidationError(
                argument="ord_type",
                constraint="must be one of 'conditional', 'oco', 'conditional,oco', 'chase', 'trigger', 'move_order_stop', 'iceberg', 'twap'",
                value=ord_type,
                wire_name="ordType",
            )

        if algo_id is not None and (
            not isinstance(algo_id, str) or not algo_id.isprintable() or not algo_id
        ):
            raise errors.ValidationError(
                argument="algo_id",
                constraint="must be a non-empty str without control characters",
                value=algo_id,
                wire_name="algoId",
            )

        if inst_type is not None and (
            not isinstance(inst_type, str) or not inst_type.isprintable() or not inst_type
        ):
            raise errors.ValidationError(
                argument="inst_type",
                constraint="must be a non-empty str without control characters",
                value=inst_type,
                wire_name="instType",
            )
        if inst_type is not None and (inst_type not in ("SPOT", "SWAP", "FUTURES", "MARGIN")):
            raise errors.ValidationError(
                argument="inst_type",
                constraint="must be one of 'SPOT', 'SWAP', 'FUTURES', 'MARGIN'",
                value=inst_type,
                wire_name="instType",
            )

        if inst_id is not None and (
            not isinstance(inst_id, str) or not inst_id.isprintable() or not inst_id
        ):
            raise errors.ValidationError(
                argument="inst_id",
                constraint="must be a non-empty str without control characters",
                value=inst_id,
                wire_name="instId",
            )

        if after is not None and (
            not isinstance(after, str) or not after.isprintable() or not after
        ):
            raise errors.ValidationError(
                argument="after",
                constraint="must be a non-empty str without control characters",
                value=after,
                wire_name="after",
            )

        if before is not None and (
            not isinstance(before, str) or not before.isprintable() or not before
        ):
            raise errors.ValidationError(
                argument="before",
                constraint="must be a non-empty str without control characters",
                value=before,
                wire_name="before",
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
            "ordType": ord_type,
        }
        if algo_id is not None:
            query["algoId"] = algo_id
        if inst_type is not None:
            query["instType"] = inst_type
        if inst_id is not None:
            query["instId"] = inst_id
        if after is not None:
            query["after"] = after
        if before is not None:
            query["before"] = before
        if limit is not None:
            query["limit"] = str(limit)

        body: dict[str, object] = {}

        return cast(
            "OrdersAlgoPendingResponse",
            self._client._call(
                _spec.TRADE_ORDERS_ALGO_PENDING,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    def orders_pending(
        self,
        *,
        inst_type: Literal["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"] | None = None,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_type: Literal[
            "market",
            "limit",
            "post_only",
            "fok",
            "ioc",
            "optimal_limit_ioc",
            "mmp",
            "mmp_and_post_only",
            "op_fok",
        ]
        | None = None,
        state: Literal["live", "partially_filled"] | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OrdersPendingResponse:
        """List incomplete (live, partially filled) order-book orders of the account, 100 per page.

        Retrieve all incomplete orders under the current account.

        `GET /api/v5/trade/orders-pending`. API key permission: Read.

        Note: Pagination: ask for limit=100, then pass the last ordId of the page as `after`
        ("Pagination of data to return records earlier than the requested ordId") until a page has
        fewer than 100 entries. The page does not state the sort order; the kill switch treats the
        listing as a snapshot and lists again after cancelling.

        Note: Algo orders are not in this list: GET /api/v5/trade/orders-algo-pending (okx/consts.py
        ORDERS_ALGO_PENDING) lists them and POST /api/v5/trade/cancel-algos cancels them.

        Note: Official SDK: Trade.get_order_list(instType, uly, instId, ordType, state, after,
        before, limit, instFamily) -> GET /api/v5/trade/orders-pending; `uly` is still accepted by
        the SDK although the page lists only instFamily.

        Note: Read through the third-party transcription rosssaunders/coincise
        docs/okx/order_book_trading.md (section "GET / Order List"); no example response was
        transcribed, none is recorded. Deprecated fields (stpId) kept for parsing.

        Args:
            inst_type: Instrument type. Allowed: one of SPOT (Instrument type SPOT (the page lists
                the code only)), MARGIN (Instrument type MARGIN (the page lists the code only)),
                SWAP (Instrument type SWAP (the page lists the code only)), FUTURES (Instrument type
                FUTURES (the page lists the code only)), OPTION (Instrument type OPTION (the page
                lists the code only)). Wire name `instType`, sent in the query.
            inst_family: Instrument family. Applicable to FUTURES/SWAP/OPTION. Wire name
                `instFamily`, sent in the query.
            inst_id: Instrument ID, e.g. BTC-USD-200927. Wire name `instId`, sent in the query.
            ord_type: Order type. Allowed: one of market (Market order), limit (Limit order),
                post_only (Post-only order), fok (Fill-or-kill order), ioc (Immediate-or-cancel
                order), optimal_limit_ioc (Market order with immediate-or-cancel order), mmp (Market
                Maker Protection (only applicable to Option in Portfolio Margin mode)),
                mmp_and_post_only (Market Maker Protection and Post-only order(only applicable to
                Option in Portfolio Margin mode)), op_fok (Simple options (fok)). Wire name
                `ordType`, sent in the query.
            state: State. Allowed: one of live (live), partially_filled (partially filled). Wire
                name `state`, sent in the query.
            after: Pagination of data to return records earlier than the requested ordId. Wire name
                `after`, sent in the query.
            before: Pagination of data to return records newer than the requested ordId. Wire name
                `before`, sent in the query.
            limit: Number of results per request. The maximum is 100; The default is 100. Allowed: 1
                <= limit <= 100. Wire name `limit`, sent in the query.
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
            OrdersPendingResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 60 requests per 2 seconds (page). Enforced: 60 per 2000 ms
        per uid [okx:uid:trade.orders_pending].

        Source: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-list
        """
        if inst_type is not None and (
            not isinstance(inst_type, str) or not inst_type.isprintable() or not inst_type
        ):
            raise errors.ValidationError(
                argument="inst_type",
                constraint="must be a non-empty str without control characters",
                value=inst_type,
                wire_name="instType",
            )
        if inst_type is not None and (
            inst_type not in ("SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION")
        ):
            raise errors.ValidationError(
                argument="inst_type",
                constraint="must be one of 'SPOT', 'MARGIN', 'SWAP', 'FUTURES', 'OPTION'",
                value=inst_type,
                wire_name="instType",
            )

        if inst_family is not None and (
            not isinstance(inst_family, str) or not inst_family.isprintable() or not inst_family
        ):
            raise errors.ValidationError(
                argument="inst_family",
                constraint="must be a non-empty str without control characters",
                value=inst_family,
                wire_name="instFamily",
            )

        if inst_id is not None and (
            not isinstance(inst_id, str) or not inst_id.isprintable() or not inst_id
        ):
            raise errors.ValidationError(
                argument="inst_id",
                constraint="must be a non-empty str without control characters",
                value=inst_id,
                wire_name="instId",
            )

        if ord_type is not None and (
            not isinstance(ord_type, str) or not ord_type.isprintable() or not ord_type
        ):
            raise errors.ValidationError(
                argument="ord_type",
                constraint="must be a non-empty str without control characters",
                value=ord_type,
                wire_name="ordType",
            )
        if ord_type is not None and (
            ord_type
            not in (
                "market",
                "limit",
                "post_only",
                "fok",
                "ioc",
                "optimal_limit_ioc",
                "mmp",
                "mmp_and_post_only",
                "op_fok",
            )
        ):
            raise errors.ValidationError(
                argument="ord_type",
                constraint="must be one of 'market', 'limit', 'post_only', 'fok', 'ioc', 'optimal_limit_ioc', 'mmp', 'mmp_and_post_only', 'op_fok'",
                value=ord_type,
                wire_name="ordType",
            )

        if state is not None and (
            not isinstance(state, str) or not state.isprintable() or not state
        ):
            raise errors.ValidationError(
                argument="state",
                constraint="must be a non-empty str without control characters",
                value=state,
                wire_name="state",
            )
        if state is not None and (state not in ("live", "partially_filled")):
            raise errors.ValidationError(
                argument="state",
                constraint="must be one of 'live', 'partially_filled'",
                value=state,
                wire_name="state",
            )

        if after is not None and (
            not isinstance(after, str) or not after.isprintable() or not after
        ):
            raise errors.ValidationError(
                argument="after",
                constraint="must be a non-empty str without control characters",
                value=after,
                wire_name="after",
            )

        if before is not None and (
            not isinstance(before, str) or not before.isprintable() or not before
        ):
            raise errors.ValidationError(
                argument="before",
                constraint="must be a non-empty str without control characters",
                value=before,
                wire_name="before",
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

        query: dict[str, object] = {}
        if inst_type is not None:
            query["instType"] = inst_type
        if inst_family is not None:
            query["instFamily"] = inst_family
        if inst_id is not None:
            query["instId"] = inst_id
        if ord_type is not None:
            query["ordType"] = ord_type
        if state is not None:
            query["state"] = state
        if after is not None:
            query["after"] = after
        if before is not None:
            query["before"] = before
        if limit is not None:
            query["limit"] = str(limit)

        body: dict[str, object] = {}

        return cast(
            "OrdersPendingResponse",
            self._client._call(
                _spec.TRADE_ORDERS_PENDING,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class OKX(SyncClient):
    """OKX sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    OKX_API_KEY, OKX_API_SECRET and OKX_PASSPHRASE.
    `base_url` overrides https://www.okx.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("trade",)

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
        self.trade = OKXTrade(self)
        """trade endpoints: `cancel_algos`, `cancel_all_after`, `cancel_batch_orders`, `orders_algo_pending`, `orders_pending`."""


class AsyncOKXTrade:
    """The `trade` endpoints of OKX (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_algos(
        self,
        *,
        orders: Sequence[Mapping[str, object]],
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAlgosResponse:
        """Cancel up to 10 unfilled algo orders (conditional, oco, trigger, trailing, iceberg, TWAP...)
        in one request.

        Cancel unfilled algo orders. A maximum of 10 orders can be canceled per request. Request
        parameters should be passed in the form of an array.

        `POST /api/v5/trade/cancel-algos`. API key permission: Trade.

        Note: What tells the caller a cancel happened: each data item's sCode "0" for its algoId.
        The transcription has no example response.

        Note: The kill switch lists the algo orders (trade.orders_algo_pending, one listing per algo
        order type) and cancels them here by algoId, at most 10 a call, one instrument a call (the
        rate limit is per Instrument ID), listing again until empty or the deadline.

        Note: The page is read through a third-party transcription (rosssaunders/coincise); the
        official page itself was not readable here. Official SDK: okx/consts.py CANCEL_ALGOS =
        '/api/v5/trade/cancel-algos'.

        Args:
            orders: 1 to 10 items, sent as a JSON array; each a mapping with the keys below (Python
                names), checked like keyword arguments.
            inst_id: Instrument ID, e.g. BTC-USDT. Wire name `instId`, sent in the body.
            algo_id: Algo ID. Either algoId or algoClOrdId is required. If both are passed, algoId
                will be used. Wire name `algoId`, sent in the body.
            algo_cl_ord_id: Client-supplied Algo ID. Either algoId or algoClOrdId is required. If
                both are passed, algoId will be used. Wire name `algoClOrdId`, sent in the body.
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
            CancelAlgosResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 20 requests per 2 seconds (page). Enforced: 20 per 2000 ms
        per uid [okx:uid:trade.cancel_algos].

        Source:
        https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-cancel-algo-order
        """
        if not isinstance(orders, list | tuple) or not 1 <= len(orders) <= 10:
            raise errors.ValidationError(
                argument="orders", constraint="must be a list of 1 to 10 mappings", value=orders
            )
        items: list[object] = []
        for item in orders:
            if not isinstance(item, Mapping) or not set(item) <= {
                "inst_id",
                "algo_id",
                "algo_cl_ord_id",
            }:
                raise errors.ValidationError(
                    argument="orders",
                    constraint="each item must be a mapping with keys among inst_id, algo_id, algo_cl_ord_id",
                    value=item,
                )
            inst_id = item.get("inst_id")
            algo_id = item.get("algo_id")
            algo_cl_ord_id = item.get("algo_cl_ord_id")
            if not isinstance(inst_id, str) or not inst_id.isprintable() or not inst_id:
                raise errors.ValidationError(
                    argument="inst_id",
                    constraint="must be a non-empty str without control characters",
                    value=inst_id,
                    wire_name="instId",
                )

            if algo_id is not None and (
                not isinstance(algo_id, str) or not algo_id.isprintable() or not algo_id
            ):
                raise errors.ValidationError(
                    argument="algo_id",
                    constraint="must be a non-empty str without control characters",
                    value=algo_id,
                    wire_name="algoId",
                )

            if algo_cl_ord_id is not None and (
                not isinstance(algo_cl_ord_id, str)
                or not algo_cl_ord_id.isprintable()
                or not algo_cl_ord_id
            ):
                raise errors.ValidationError(
                    argument="algo_cl_ord_id",
                    constraint="must be a non-empty str without control characters",
                    value=algo_cl_ord_id,
                    wire_name="algoClOrdId",
                )

            body: dict[str, object] = {
                "instId": inst_id,
            }
            if algo_id is not None:
                body["algoId"] = algo_id
            if algo_cl_ord_id is not None:
                body["algoClOrdId"] = algo_cl_ord_id

            items.append(body)
        query: dict[str, object] = {}
        return cast(
            "CancelAlgosResponse",
            await self._client._call(
                _spec.TRADE_CANCEL_ALGOS,
                query,
                items,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cancel_all_after(
        self,
        *,
        time_out: int,
        tag: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllAfterResponse:
        """Cancel all pending order-book orders after a countdown (OKX dead-man's switch), account- or
        tag-level.

        Cancel all pending orders after the countdown timeout. Applicable to all trading symbols
        through order book (except Spread trading). Users are recommended to send heartbeat to the
        exchange every second.

        `POST /api/v5/trade/cancel-all-after`. API key permission: Trade.

        Note: To use tag level CAA, first, users need to set tags for their orders using the `tag`
        request parameter in the placing orders endpoint. When calling the CAA endpoint, if the
        `tag` request parameter is not provided, the default will be to set CAA at the account
        level. In this case, all pending orders for all order book trading symbols under that
        sub-account will be cancelled when CAA triggers, consistent with the existing logic. If the
        `tag` request parameter is provided, CAA will be set at the order tag level. When triggered,
        only pending orders of order book trading symbols with the specified tag will be canceled,
        while orders with other tags or no tags will remain unaffected.

        Note: Users can run a maximum of 20 tag level CAAs simultaneously under the same
        sub-account. The system will only count live tag level CAAs. CAAs that have been triggered
        or revoked by the user will not be counted. The user will receive error code 51071 when
        exceeding the limit.

        Note: When the cancel all after is triggered, the trading engine will cancel orders on
        behalf of the client one by one and this operation may take up to a few seconds. This
        feature is intended as a protection mechanism for clients only and clients should not use
        this feature as part of their trading strategies.

        Note: Users can run a maximum of 20 tag level CAAs simultaneously under the same sub-account
        (only live ones count); exceeding it returns 51071.

        Note: What tells the caller the arm happened: data[0].triggerTime non-zero (when the cancel
        will fire); after a disarm triggerTime is "0".

        Note: Read through third-party transcriptions only (rosssaunders/coincise section text; the
        request/response examples from a second transcription, code-index file 54493720946, which
        coincise's copy lacks). The official SDK python-okx has no cancel-all-after method.

        Note: Not sourced: the unit of triggerTime and ts. The example values (1587971460,
        1587971400) have 10 digits, i.e. seconds, although every other OKX timestamp is documented
        in milliseconds; a client must not assume either until a live response is seen.

        Note: Siblings with the same 0 / [10, 120] range exist for spread trading (POST
        /api/v5/sprd/cancel-all-after) and RFQ quotes (POST /api/v5/rfq/cancel-all-after); this
        endpoint does not cover spread orders.

        Args:
            time_out: The countdown for order cancellation, with second as the unit. Range of value
                can be 0, [10, 120]. Setting timeOut to 0 disables Cancel All After. (String on the
                wire.). Unit: s. Allowed: 10 <= time_out <= 120, or 0 (Setting timeOut to 0 disables
                Cancel All After.). Wire name `timeOut`, sent in the body.
            tag: CAA order tag. A combination of case-sensitive alphanumerics, all numbers, or all
                letters of up to 16 characters. Allowed: matches [A-Za-z0-9]{1,16}. Wire name `tag`,
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
            CancelAllAfterResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.InvalidRequestError: 51071: You've reached the maximum limit for tag level cancel
                all after timers.

        Rate limits stated: Rate Limit: 1 request per second (page). Enforced: 1 per 1000 ms per uid
        [okx:uid:trade.cancel_all_after].

        Source: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-all-after
        """
        if not isinstance(time_out, int) or isinstance(time_out, bool):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be an int",
                value=time_out,
                wire_name="timeOut",
            )
        if time_out not in (0,) and (time_out < 10 or time_out > 120):
            raise errors.ValidationError(
                argument="time_out",
                constraint="must be 10 <= time_out <= 120, or 0 (Setting timeOut to 0 disables Cancel All After.)",
                value=time_out,
                wire_name="timeOut",
            )

        if tag is not None and (not isinstance(tag, str) or not tag.isprintable() or not tag):
            raise errors.ValidationError(
                argument="tag",
                constraint="must be a non-empty str without control characters",
                value=tag,
                wire_name="tag",
            )
        if tag is not None and (not fullmatch("[A-Za-z0-9]{1,16}", tag)):
            raise errors.ValidationError(
                argument="tag",
                constraint="must match [A-Za-z0-9]{1,16}",
                value=tag,
                wire_name="tag",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "timeOut": str(time_out),
        }
        if tag is not None:
            body["tag"] = tag

        return cast(
            "CancelAllAfterResponse",
            await self._client._call(
                _spec.TRADE_CANCEL_ALL_AFTER,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def cancel_batch_orders(
        self,
        *,
        orders: Sequence[Mapping[str, object]],
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelBatchOrdersResponse:
        """Cancel up to 20 incomplete orders in one request (OKX has no order-book cancel-all).

        Cancel incomplete orders in batches. Maximum 20 orders can be canceled per request. Request
        parameters should be passed in the form of an array.

        `POST /api/v5/trade/cancel-batch-orders`. API key permission: Trade.

        Note: Unlike other endpoints, the rate limit of this endpoint is determined by the number of
        orders.

        Note: What tells the caller a cancel happened: each data item's sCode "0". The top-level
        code is "0" (all succeeded), "1" (operation failed) or "2" (bulk operation partially
        succeeded); per-order failures such as 51400 come as sCode/sMsg inside data.

        Note: inTime / outTime: timestamps at the REST gateway in microseconds, returned next to
        data.

        Note: There is no cancel-all for order-book trading: the kill switch lists with GET
        /api/v5/trade/orders-pending (paged by ordId), cancels in batches of 20 grouped by
        instrument (the rate limit is per Instrument ID), and lists again until empty. Algo orders
        (TP/SL, trigger, trailing...) are separate: GET /api/v5/trade/orders-algo-pending and POST
        /api/v5/trade/cancel-algos. POST /api/v5/trade/mass-cancel exists but only cancels MMP
        orders of one option instrument family (Portfolio Margin with MMP).

        Note: Official SDK: okx/consts.py CANCEL_BATCH_ORDERS = '/api/v5/trade/cancel-batch-orders';
        Trade.cancel_multiple_orders(orders_data) POSTs the list as the body. The example above is
        the page's, read through a transcription (code-index file 54499471763).

        Args:
            orders: 1 to 20 items, sent as a JSON array; each a mapping with the keys below (Python
                names), checked like keyword arguments.
            inst_id: Instrument ID, e.g. BTC-USDT. Wire name `instId`, sent in the body.
            ord_id: Order ID. Either ordId or clOrdId is required. If both are passed, ordId will be
                used. Wire name `ordId`, sent in the body.
            cl_ord_id: Client Order ID as assigned by the client. Wire name `clOrdId`, sent in the
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
            CancelBatchOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.
            errors.OrderNotFoundError: 51400: Order cancellation failed as the order has been
                filled, canceled or does not exist.
            errors.InvalidRequestError: 51410: Cancellation failed as the order is already in
                canceling status or pending settlement.
            errors.ServerError: 51412: Cancellation timed out, please try again later.

        Rate limits stated: Rate Limit: 300 orders per 2 seconds (page). Enforced: 300 per 2000 ms
        per uid [okx:uid:trade.cancel_batch_orders].

        Source: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-multiple-orders
        """
        if not isinstance(orders, list | tuple) or not 1 <= len(orders) <= 20:
            raise errors.ValidationError(
                argument="orders", constraint="must be a list of 1 to 20 mappings", value=orders
            )
        items: list[object] = []
        for item in orders:
            if not isinstance(item, Mapping) or not set(item) <= {
                "inst_id",
                "ord_id",
                "cl_ord_id",
            }:
                raise errors.ValidationError(
                    argument="orders",
                    constraint="each item must be a mapping with keys among inst_id, ord_id, cl_ord_id",
                    value=item,
                )
            inst_id = item.get("inst_id")
            ord_id = item.get("ord_id")
            cl_ord_id = item.get("cl_ord_id")
            if not isinstance(inst_id, str) or not inst_id.isprintable() or not inst_id:
                raise errors.ValidationError(
                    argument="inst_id",
                    constraint="must be a non-empty str without control characters",
                    value=inst_id,
                    wire_name="instId",
                )

            if ord_id is not None and (
                not isinstance(ord_id, str) or not ord_id.isprintable() or not ord_id
            ):
                raise errors.ValidationError(
                    argument="ord_id",
                    constraint="must be a non-empty str without control characters",
                    value=ord_id,
                    wire_name="ordId",
                )

            if cl_ord_id is not None and (
                not isinstance(cl_ord_id, str) or not cl_ord_id.isprintable() or not cl_ord_id
            ):
                raise errors.ValidationError(
                    argument="cl_ord_id",
                    constraint="must be a non-empty str without control characters",
                    value=cl_ord_id,
                    wire_name="clOrdId",
                )

            body: dict[str, object] = {
                "instId": inst_id,
            }
            if ord_id is not None:
                body["ordId"] = ord_id
            if cl_ord_id is not None:
                body["clOrdId"] = cl_ord_id

            items.append(body)
        query: dict[str, object] = {}
        return cast(
            "CancelBatchOrdersResponse",
            await self._client._call(
                _spec.TRADE_CANCEL_BATCH_ORDERS,
                query,
                items,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def orders_algo_pending(
        self,
        *,
        ord_type: Literal[
            "conditional",
            "oco",
            "conditional,oco",
            "chase",
            "trigger",
            "move_order_stop",
            "iceberg",
            "twap",
        ],
        algo_id: str | None = None,
        inst_type: Literal["SPOT", "SWAP", "FUTURES", "MARGIN"] | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OrdersAlgoPendingResponse:
        """List untriggered algo orders of one algo order type (ordType is required), 100 per page.

        Retrieve a list of untriggered Algo orders under the current account.

        `GET /api/v5/trade/orders-algo-pending`. API key permission: Read.

        Note: Listing every algo order takes one paged listing per ordType (conditional and oco may
        share one, the two separated with a comma); a panic lists conditional,oco, chase, trigger,
        move_order_stop, iceberg and twap, 6 requests (each further page one more) against the 20
        per 2 s of this endpoint. chase is "only applicable to FUTURES and SWAP": what the listing
        answers for it on an account without those is not stated on the page.

        Note: What the page does not say: whether cancel-all-after (the dead-man's switch) also
        cancels algo orders ("Cancel all pending orders after the countdown timeout"). The
        simulator's countdown cancels order-book orders only.

        Note: The page is read through a third-party transcription (rosssaunders/coincise); the
        official page itself was not readable here. Official SDK: okx/consts.py ORDERS_ALGO_PENDING
        = '/api/v5/trade/orders-algo-pending'.

        Args:
            ord_type: Order type. For every request, unlike other ordType which only can use one
                type, conditional and oco both can be used and separated with comma. Allowed: one of
                conditional (One-way stop order), oco (One-cancels-the-other order), conditional,oco
                (conditional and oco together (the page: both can be used, separated with a comma)),
                chase (chase order, only applicable to FUTURES and SWAP), trigger (Trigger order),
                move_order_stop (Trailing order), iceberg (Iceberg order), twap (TWAP order). Wire
                name `ordType`, sent in the query.
            algo_id: Algo ID. Wire name `algoId`, sent in the query.
            inst_type: Instrument type. Allowed: one of SPOT (Instrument type SPOT (the page lists
                the code only)), SWAP (Instrument type SWAP (the page lists the code only)), FUTURES
                (Instrument type FUTURES (the page lists the code only)), MARGIN (Instrument type
                MARGIN (the page lists the code only)). Wire name `instType`, sent in the query.
            inst_id: Instrument ID, e.g. BTC-USDT. Wire name `instId`, sent in the query.
            after: Pagination of data to return records earlier than the requested algoId. Wire name
                `after`, sent in the query.
            before: Pagination of data to return records newer than the requested algoId. Wire name
                `before`, sent in the query.
            limit: Number of results per request. The maximum is 100. The default is 100. Allowed: 1
                <= limit <= 100. Wire name `limit`, sent in the query.
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
            OrdersAlgoPendingResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 20 requests per 2 seconds (page). Enforced: 20 per 2000 ms
        per uid [okx:uid:trade.orders_algo_pending].

        Source: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-list
        """
        if not isinstance(ord_type, str) or not ord_type.isprintable() or not ord_type:
            raise errors.ValidationError(
                argument="ord_type",
                constraint="must be a non-empty str without control characters",
                value=ord_type,
                wire_name="ordType",
            )
        if ord_type not in (
            "conditional",
            "oco",
            "conditional,oco",
            "chase",
            "trigger",
            "move_order_stop",
            "iceberg",
            "twap",
        ):
            raise errors.ValidationError(
                argument="ord_type",
                constraint="must be one of 'conditional', 'oco', 'conditional,oco', 'chase', 'trigger', 'move_order_stop', 'iceberg', 'twap'",
                value=ord_type,
                wire_name="ordType",
            )

        if algo_id is not None and (
            not isinstance(algo_id, str) or not algo_id.isprintable() or not algo_id
        ):
            raise errors.ValidationError(
                argument="algo_id",
                constraint="must be a non-empty str without control characters",
                value=algo_id,
                wire_name="algoId",
            )

        if inst_type is not None and (
            not isinstance(inst_type, str) or not inst_type.isprintable() or not inst_type
        ):
            raise errors.ValidationError(
                argument="inst_type",
                constraint="must be a non-empty str without control characters",
                value=inst_type,
                wire_name="instType",
            )
        if inst_type is not None and (inst_type not in ("SPOT", "SWAP", "FUTURES", "MARGIN")):
            raise errors.ValidationError(
                argument="inst_type",
                constraint="must be one of 'SPOT', 'SWAP', 'FUTURES', 'MARGIN'",
                value=inst_type,
                wire_name="instType",
            )

        if inst_id is not None and (
            not isinstance(inst_id, str) or not inst_id.isprintable() or not inst_id
        ):
            raise errors.ValidationError(
                argument="inst_id",
                constraint="must be a non-empty str without control characters",
                value=inst_id,
                wire_name="instId",
            )

        if after is not None and (
            not isinstance(after, str) or not after.isprintable() or not after
        ):
            raise errors.ValidationError(
                argument="after",
                constraint="must be a non-empty str without control characters",
                value=after,
                wire_name="after",
            )

        if before is not None and (
            not isinstance(before, str) or not before.isprintable() or not before
        ):
            raise errors.ValidationError(
                argument="before",
                constraint="must be a non-empty str without control characters",
                value=before,
                wire_name="before",
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
            "ordType": ord_type,
        }
        if algo_id is not None:
            query["algoId"] = algo_id
        if inst_type is not None:
            query["instType"] = inst_type
        if inst_id is not None:
            query["instId"] = inst_id
        if after is not None:
            query["after"] = after
        if before is not None:
            query["before"] = before
        if limit is not None:
            query["limit"] = str(limit)

        body: dict[str, object] = {}

        return cast(
            "OrdersAlgoPendingResponse",
            await self._client._call(
                _spec.TRADE_ORDERS_ALGO_PENDING,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )

    async def orders_pending(
        self,
        *,
        inst_type: Literal["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"] | None = None,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_type: Literal[
            "market",
            "limit",
            "post_only",
            "fok",
            "ioc",
            "optimal_limit_ioc",
            "mmp",
            "mmp_and_post_only",
            "op_fok",
        ]
        | None = None,
        state: Literal["live", "partially_filled"] | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> OrdersPendingResponse:
        """List incomplete (live, partially filled) order-book orders of the account, 100 per page.

        Retrieve all incomplete orders under the current account.

        `GET /api/v5/trade/orders-pending`. API key permission: Read.

        Note: Pagination: ask for limit=100, then pass the last ordId of the page as `after`
        ("Pagination of data to return records earlier than the requested ordId") until a page has
        fewer than 100 entries. The page does not state the sort order; the kill switch treats the
        listing as a snapshot and lists again after cancelling.

        Note: Algo orders are not in this list: GET /api/v5/trade/orders-algo-pending (okx/consts.py
        ORDERS_ALGO_PENDING) lists them and POST /api/v5/trade/cancel-algos cancels them.

        Note: Official SDK: Trade.get_order_list(instType, uly, instId, ordType, state, after,
        before, limit, instFamily) -> GET /api/v5/trade/orders-pending; `uly` is still accepted by
        the SDK although the page lists only instFamily.

        Note: Read through the third-party transcription rosssaunders/coincise
        docs/okx/order_book_trading.md (section "GET / Order List"); no example response was
        transcribed, none is recorded. Deprecated fields (stpId) kept for parsing.

        Args:
            inst_type: Instrument type. Allowed: one of SPOT (Instrument type SPOT (the page lists
                the code only)), MARGIN (Instrument type MARGIN (the page lists the code only)),
                SWAP (Instrument type SWAP (the page lists the code only)), FUTURES (Instrument type
                FUTURES (the page lists the code only)), OPTION (Instrument type OPTION (the page
                lists the code only)). Wire name `instType`, sent in the query.
            inst_family: Instrument family. Applicable to FUTURES/SWAP/OPTION. Wire name
                `instFamily`, sent in the query.
            inst_id: Instrument ID, e.g. BTC-USD-200927. Wire name `instId`, sent in the query.
            ord_type: Order type. Allowed: one of market (Market order), limit (Limit order),
                post_only (Post-only order), fok (Fill-or-kill order), ioc (Immediate-or-cancel
                order), optimal_limit_ioc (Market order with immediate-or-cancel order), mmp (Market
                Maker Protection (only applicable to Option in Portfolio Margin mode)),
                mmp_and_post_only (Market Maker Protection and Post-only order(only applicable to
                Option in Portfolio Margin mode)), op_fok (Simple options (fok)). Wire name
                `ordType`, sent in the query.
            state: State. Allowed: one of live (live), partially_filled (partially filled). Wire
                name `state`, sent in the query.
            after: Pagination of data to return records earlier than the requested ordId. Wire name
                `after`, sent in the query.
            before: Pagination of data to return records newer than the requested ordId. Wire name
                `before`, sent in the query.
            limit: Number of results per request. The maximum is 100; The default is 100. Allowed: 1
                <= limit <= 100. Wire name `limit`, sent in the query.
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
            OrdersPendingResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate Limit: 60 requests per 2 seconds (page). Enforced: 60 per 2000 ms
        per uid [okx:uid:trade.orders_pending].

        Source: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-list
        """
        if inst_type is not None and (
            not isinstance(inst_type, str) or not inst_type.isprintable() or not inst_type
        ):
            raise errors.ValidationError(
                argument="inst_type",
                constraint="must be a non-empty str without control characters",
                value=inst_type,
                wire_name="instType",
            )
        if inst_type is not None and (
            inst_type not in ("SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION")
        ):
            raise errors.ValidationError(
                argument="inst_type",
                constraint="must be one of 'SPOT', 'MARGIN', 'SWAP', 'FUTURES', 'OPTION'",
                value=inst_type,
                wire_name="instType",
            )

        if inst_family is not None and (
            not isinstance(inst_family, str) or not inst_family.isprintable() or not inst_family
        ):
            raise errors.ValidationError(
                argument="inst_family",
                constraint="must be a non-empty str without control characters",
                value=inst_family,
                wire_name="instFamily",
            )

        if inst_id is not None and (
            not isinstance(inst_id, str) or not inst_id.isprintable() or not inst_id
        ):
            raise errors.ValidationError(
                argument="inst_id",
                constraint="must be a non-empty str without control characters",
                value=inst_id,
                wire_name="instId",
            )

        if ord_type is not None and (
            not isinstance(ord_type, str) or not ord_type.isprintable() or not ord_type
        ):
            raise errors.ValidationError(
                argument="ord_type",
                constraint="must be a non-empty str without control characters",
                value=ord_type,
                wire_name="ordType",
            )
        if ord_type is not None and (
            ord_type
            not in (
                "market",
                "limit",
                "post_only",
                "fok",
                "ioc",
                "optimal_limit_ioc",
                "mmp",
                "mmp_and_post_only",
                "op_fok",
            )
        ):
            raise errors.ValidationError(
                argument="ord_type",
                constraint="must be one of 'market', 'limit', 'post_only', 'fok', 'ioc', 'optimal_limit_ioc', 'mmp', 'mmp_and_post_only', 'op_fok'",
                value=ord_type,
                wire_name="ordType",
            )

        if state is not None and (
            not isinstance(state, str) or not state.isprintable() or not state
        ):
            raise errors.ValidationError(
                argument="state",
                constraint="must be a non-empty str without control characters",
                value=state,
                wire_name="state",
            )
        if state is not None and (state not in ("live", "partially_filled")):
            raise errors.ValidationError(
                argument="state",
                constraint="must be one of 'live', 'partially_filled'",
                value=state,
                wire_name="state",
            )

        if after is not None and (
            not isinstance(after, str) or not after.isprintable() or not after
        ):
            raise errors.ValidationError(
                argument="after",
                constraint="must be a non-empty str without control characters",
                value=after,
                wire_name="after",
            )

        if before is not None and (
            not isinstance(before, str) or not before.isprintable() or not before
        ):
            raise errors.ValidationError(
                argument="before",
                constraint="must be a non-empty str without control characters",
                value=before,
                wire_name="before",
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

        query: dict[str, object] = {}
        if inst_type is not None:
            query["instType"] = inst_type
        if inst_family is not None:
            query["instFamily"] = inst_family
        if inst_id is not None:
            query["instId"] = inst_id
        if ord_type is not None:
            query["ordType"] = ord_type
        if state is not None:
            query["state"] = state
        if after is not None:
            query["after"] = after
        if before is not None:
            query["before"] = before
        if limit is not None:
            query["limit"] = str(limit)

        body: dict[str, object] = {}

        return cast(
            "OrdersPendingResponse",
            await self._client._call(
                _spec.TRADE_ORDERS_PENDING,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncOKX(AsyncClient):
    """OKX async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    OKX_API_KEY, OKX_API_SECRET and OKX_PASSPHRASE.
    `base_url` overrides https://www.okx.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("trade",)

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
        self.trade = AsyncOKXTrade(self)
        """trade endpoints: `cancel_algos`, `cancel_all_after`, `cancel_batch_orders`, `orders_algo_pending`, `orders_pending`."""
