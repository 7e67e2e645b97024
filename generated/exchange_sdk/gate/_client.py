# Generated from specs/gate/ (sha256 e00039eb23dbf308d8584013f26b1377b1719ea3622b5c61389983764f972e31). Do not edit: run make.
"""Gate clients, sync and async: Gate and AsyncGate.

Generated from the specs in specs/gate/; the shared machinery (signing, transport,
envelopes, errors) is in exchange_sdk._runtime.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient

from . import _spec

if TYPE_CHECKING:
    from exchange_sdk._runtime.transport import AsyncTransport, SyncTransport

    from .models import (
        CountdownCancelAllResponse,
    )

__all__ = ["AsyncGate", "AsyncGateSpot", "Gate", "GateSpot"]


class GateSpot:
    """The `spot` endpoints of Gate."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def countdown_cancel_all(
        self,
        *,
        timeout: int,
        currency_pair: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
    ) -> CountdownCancelAllResponse:
        """Countdown cancel orders (spot order heartbeat, a dead-man's switch).

        Spot order heartbeat detection. If there is no "cancel existing countdown" or "set new
        countdown" when the user-set timeout time is reached, the related spot pending orders are
        automatically cancelled. This interface can be called repeatedly to set a new countdown or
        cancel the countdown.

        `POST /api/v4/spot/countdown_cancel_all`. API key permission: .

        Note: A heartbeat: repeat this call at 30 s intervals with timeout 30; if it is not called
        again within 30 seconds, all pending orders on the market you specified are cancelled
        automatically. Setting timeout to 0 within the countdown terminates the timer and the
        automatic cancellation.

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
            currency_pair: Currency pair. If no market is specified, all market cancelled. Wire name
                `currency_pair`, sent in the body.
            request_timeout: Seconds before this call times out (default: the client's timeout).
            max_retries: Retries of transient failures for this call (default: the client's).
            max_wait: Longest wait in seconds for a rate-limit slot before raising RateLimitError
                without sending (default: the client's max_wait; None there waits as long as the
                limits require).

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

        if currency_pair is not None and (not isinstance(currency_pair, str)):
            raise errors.ValidationError(
                argument="currency_pair",
                constraint="must be a str",
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
            ),
        )


class Gate(SyncClient):
    """Gate sync client.

    Credentials come from the arguments or, when omitted, from the environment variables
    GATE_API_KEY, GATE_API_SECRET.
    `base_url` overrides https://api.gateio.ws (for example the local simulator).
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
        transport: SyncTransport | None = None,
    ) -> None:
        super().__init__(
            _spec.EXCHANGE,
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
        )
        self.spot = GateSpot(self)
        """spot endpoints: `countdown_cancel_all`."""


class AsyncGateSpot:
    """The `spot` endpoints of Gate (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def countdown_cancel_all(
        self,
        *,
        timeout: int,
        currency_pair: str | None = None,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
    ) -> CountdownCancelAllResponse:
        """Countdown cancel orders (spot order heartbeat, a dead-man's switch).

        Spot order heartbeat detection. If there is no "cancel existing countdown" or "set new
        countdown" when the user-set timeout time is reached, the related spot pending orders are
        automatically cancelled. This interface can be called repeatedly to set a new countdown or
        cancel the countdown.

        `POST /api/v4/spot/countdown_cancel_all`. API key permission: .

        Note: A heartbeat: repeat this call at 30 s intervals with timeout 30; if it is not called
        again within 30 seconds, all pending orders on the market you specified are cancelled
        automatically. Setting timeout to 0 within the countdown terminates the timer and the
        automatic cancellation.

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
            currency_pair: Currency pair. If no market is specified, all market cancelled. Wire name
                `currency_pair`, sent in the body.
            request_timeout: Seconds before this call times out (default: the client's timeout).
            max_retries: Retries of transient failures for this call (default: the client's).
            max_wait: Longest wait in seconds for a rate-limit slot before raising RateLimitError
                without sending (default: the client's max_wait; None there waits as long as the
                limits require).

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

        if currency_pair is not None and (not isinstance(currency_pair, str)):
            raise errors.ValidationError(
                argument="currency_pair",
                constraint="must be a str",
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
            ),
        )


class AsyncGate(AsyncClient):
    """Gate async client.

    Credentials come from the arguments or, when omitted, from the environment variables
    GATE_API_KEY, GATE_API_SECRET.
    `base_url` overrides https://api.gateio.ws (for example the local simulator).
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
        transport: AsyncTransport | None = None,
    ) -> None:
        super().__init__(
            _spec.EXCHANGE,
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
        )
        self.spot = AsyncGateSpot(self)
        """spot endpoints: `countdown_cancel_all`."""
