# Generated from specs/bitget/ (sha256 543b830428962073af2f2c371dc054ab014983e86151489b43d09cb204aa3fc5). Do not edit: run make.
"""Bitget clients, sync and async: Bitget and AsyncBitget.

Generated from the specs in specs/bitget/; the shared machinery (signing, transport,
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
    )

__all__ = ["AsyncBitget", "AsyncBitgetMix", "Bitget", "BitgetMix"]


class BitgetMix:
    """The `mix` endpoints of Bitget."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel_all_orders(
        self,
        *,
        product_type: Literal[
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ],
        margin_coin: str | None = None,
        request_time: int | None = None,
        receive_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open futures orders of a product type, optionally of one margin coin.

        `POST /api/v2/mix/order/cancel-all-orders`.

        Note: The page's example request sends the header locale:zh-CN; the header is optional
        (protocols:§3a) and the SDK sends none.

        Note: Partial failure is reported inside an HTTP 200 response with code "00000": orders that
        could not be cancelled are listed in failureList, so the caller must inspect it.

        Note: The page's example omits errorCode from failureList items, so it is optional.

        Note: requestTime and receiveWindow are integers of milliseconds sent as JSON strings
        ("1659076670000").

        Args:
            product_type: Product type. Allowed: one of USDT-FUTURES (USDT professional futures),
                COIN-FUTURES (Mixed futures), USDC-FUTURES (USDC professional futures),
                SUSDT-FUTURES (USDT professional futures demo), SCOIN-FUTURES (Mixed futures demo),
                SUSDC-FUTURES (USDC professional futures demo). Wire name `productType`, sent in the
                body.
            margin_coin: Margin coin, must be capitalized. Allowed: matches [^a-z]+. Wire name
                `marginCoin`, sent in the body.
            request_time: Request Time Unix millisecond timestamp. Unit: ms. Wire name
                `requestTime`, sent in the body.
            receive_window: Valid window period Unix millisecond timestamp; must be less than 60 s
                (error 40079). Unit: ms. Allowed: receive_window < 60000. Wire name `receiveWindow`,
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
            CancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 10 req/sec/UID (page); Overall limit: 6000 per IP per
        minute. (protocols:§3c). Enforced: 10 per 1000 ms per uid
        [bitget:uid:mix.cancel_all_orders], 6000 per 60000 ms per ip [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/contract/trade/Cancel-All-Orders
        """
        if not isinstance(product_type, str):
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be a str",
                value=product_type,
                wire_name="productType",
            )
        if product_type not in (
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ):
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be one of 'USDT-FUTURES', 'COIN-FUTURES', 'USDC-FUTURES', 'SUSDT-FUTURES', 'SCOIN-FUTURES', 'SUSDC-FUTURES'",
                value=product_type,
                wire_name="productType",
            )

        if margin_coin is not None and (not isinstance(margin_coin, str)):
            raise errors.ValidationError(
                argument="margin_coin",
                constraint="must be a str",
                value=margin_coin,
                wire_name="marginCoin",
            )
        if margin_coin is not None and (not fullmatch("[^a-z]+", margin_coin)):
            raise errors.ValidationError(
                argument="margin_coin",
                constraint="must match [^a-z]+",
                value=margin_coin,
                wire_name="marginCoin",
            )

        if request_time is not None and (
            not isinstance(request_time, int) or isinstance(request_time, bool)
        ):
            raise errors.ValidationError(
                argument="request_time",
                constraint="must be an int",
                value=request_time,
                wire_name="requestTime",
            )

        if receive_window is not None and (
            not isinstance(receive_window, int) or isinstance(receive_window, bool)
        ):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be an int",
                value=receive_window,
                wire_name="receiveWindow",
            )
        if receive_window is not None and (receive_window >= 60000):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be receive_window < 60000",
                value=receive_window,
                wire_name="receiveWindow",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "productType": product_type,
        }
        if margin_coin is not None:
            body["marginCoin"] = margin_coin
        if request_time is not None:
            body["requestTime"] = str(request_time)
        if receive_window is not None:
            body["receiveWindow"] = str(receive_window)

        return cast(
            "CancelAllOrdersResponse",
            self._client._call(
                _spec.MIX_CANCEL_ALL_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class Bitget(SyncClient):
    """Bitget sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BITGET_API_KEY, BITGET_API_SECRET and BITGET_PASSPHRASE.
    `base_url` overrides https://api.bitget.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("mix",)

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
        self.mix = BitgetMix(self)
        """mix endpoints: `cancel_all_orders`."""


class AsyncBitgetMix:
    """The `mix` endpoints of Bitget (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel_all_orders(
        self,
        *,
        product_type: Literal[
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ],
        margin_coin: str | None = None,
        request_time: int | None = None,
        receive_window: int | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> CancelAllOrdersResponse:
        """Cancel all open futures orders of a product type, optionally of one margin coin.

        `POST /api/v2/mix/order/cancel-all-orders`.

        Note: The page's example request sends the header locale:zh-CN; the header is optional
        (protocols:§3a) and the SDK sends none.

        Note: Partial failure is reported inside an HTTP 200 response with code "00000": orders that
        could not be cancelled are listed in failureList, so the caller must inspect it.

        Note: The page's example omits errorCode from failureList items, so it is optional.

        Note: requestTime and receiveWindow are integers of milliseconds sent as JSON strings
        ("1659076670000").

        Args:
            product_type: Product type. Allowed: one of USDT-FUTURES (USDT professional futures),
                COIN-FUTURES (Mixed futures), USDC-FUTURES (USDC professional futures),
                SUSDT-FUTURES (USDT professional futures demo), SCOIN-FUTURES (Mixed futures demo),
                SUSDC-FUTURES (USDC professional futures demo). Wire name `productType`, sent in the
                body.
            margin_coin: Margin coin, must be capitalized. Allowed: matches [^a-z]+. Wire name
                `marginCoin`, sent in the body.
            request_time: Request Time Unix millisecond timestamp. Unit: ms. Wire name
                `requestTime`, sent in the body.
            receive_window: Valid window period Unix millisecond timestamp; must be less than 60 s
                (error 40079). Unit: ms. Allowed: receive_window < 60000. Wire name `receiveWindow`,
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
            CancelAllOrdersResponse: the payload; `.raw_response` keeps status, headers and body.

        Raises:
            errors.ValidationError: an argument breaks a documented constraint; nothing is sent.

        Rate limits stated: Rate limit: 10 req/sec/UID (page); Overall limit: 6000 per IP per
        minute. (protocols:§3c). Enforced: 10 per 1000 ms per uid
        [bitget:uid:mix.cancel_all_orders], 6000 per 60000 ms per ip [bitget:ip:group-overall].

        Source: https://www.bitget.com/api-doc/contract/trade/Cancel-All-Orders
        """
        if not isinstance(product_type, str):
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be a str",
                value=product_type,
                wire_name="productType",
            )
        if product_type not in (
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ):
            raise errors.ValidationError(
                argument="product_type",
                constraint="must be one of 'USDT-FUTURES', 'COIN-FUTURES', 'USDC-FUTURES', 'SUSDT-FUTURES', 'SCOIN-FUTURES', 'SUSDC-FUTURES'",
                value=product_type,
                wire_name="productType",
            )

        if margin_coin is not None and (not isinstance(margin_coin, str)):
            raise errors.ValidationError(
                argument="margin_coin",
                constraint="must be a str",
                value=margin_coin,
                wire_name="marginCoin",
            )
        if margin_coin is not None and (not fullmatch("[^a-z]+", margin_coin)):
            raise errors.ValidationError(
                argument="margin_coin",
                constraint="must match [^a-z]+",
                value=margin_coin,
                wire_name="marginCoin",
            )

        if request_time is not None and (
            not isinstance(request_time, int) or isinstance(request_time, bool)
        ):
            raise errors.ValidationError(
                argument="request_time",
                constraint="must be an int",
                value=request_time,
                wire_name="requestTime",
            )

        if receive_window is not None and (
            not isinstance(receive_window, int) or isinstance(receive_window, bool)
        ):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be an int",
                value=receive_window,
                wire_name="receiveWindow",
            )
        if receive_window is not None and (receive_window >= 60000):
            raise errors.ValidationError(
                argument="receive_window",
                constraint="must be receive_window < 60000",
                value=receive_window,
                wire_name="receiveWindow",
            )

        query: dict[str, object] = {}

        body: dict[str, object] = {
            "productType": product_type,
        }
        if margin_coin is not None:
            body["marginCoin"] = margin_coin
        if request_time is not None:
            body["requestTime"] = str(request_time)
        if receive_window is not None:
            body["receiveWindow"] = str(receive_window)

        return cast(
            "CancelAllOrdersResponse",
            await self._client._call(
                _spec.MIX_CANCEL_ALL_ORDERS,
                query,
                body,
                request_timeout=request_timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                deadline=deadline,
            ),
        )


class AsyncBitget(AsyncClient):
    """Bitget async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    BITGET_API_KEY, BITGET_API_SECRET and BITGET_PASSPHRASE.
    `base_url` overrides https://api.bitget.com (for example the local simulator). `timeout` is
    the per-attempt timeout in seconds, `max_retries` the retries of transient failures, and
    `deadline` the default bound in seconds on a whole call (attempts, retry and rate-limit
    waits, clock synchronisation; None: no bound); each call can override all three. The
    client waits for the spec's rate limits (buckets shared by every client of the process with
    the same key); `max_wait` bounds that wait (past it: RateLimitError, nothing sent) and
    `rate_limit=False` turns the limiter off.
    """

    __slots__ = ("mix",)

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
        self.mix = AsyncBitgetMix(self)
        """mix endpoints: `cancel_all_orders`."""
