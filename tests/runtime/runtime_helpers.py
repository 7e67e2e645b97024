"""Hand-built spec objects and response models for the runtime tests.

They mirror what the generated ``_spec.py``/``models.py`` modules hold for the four exchanges
(envelopes and errors as exchange-protocols.md describes them), so the runtime is tested
without the generator.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Literal

from pydantic import Field

from exchange_sdk import errors
from exchange_sdk._runtime.clock import Clock
from exchange_sdk._runtime.models import ResponseModel, ResponseRootModel
from exchange_sdk._runtime.spec import (
    Endpoint,
    Envelope,
    ErrorRule,
    ExchangeInfo,
    RateLimitHeaders,
    RateLimitRule,
    ServerTime,
)
from exchange_sdk._runtime.transport import HttpRequest, HttpResponse

KEY = "test-key-0123456789"
SECRET = "test-secret-abcdefghijklmnop"
PASSPHRASE = "test-pass-qrstuvwxyz"


def rule(
    code: str,
    cls: type[errors.APIError],
    retryable: bool = False,
    *,
    pattern: str | None = None,
    unit: Literal["epoch_ms", "epoch_s", "ms", "s"] | None = None,
    http_status: int | None = None,
) -> ErrorRule:
    return ErrorRule(
        code=code,
        error_class=cls,
        retryable=retryable,
        meaning=f"meaning of {code}",
        http_status=http_status,
        retry_after_pattern=pattern,
        retry_after_unit=unit,
    )


def rules(*items: ErrorRule) -> dict[str, ErrorRule]:
    return {r.code: r for r in items}


BINGX = ExchangeInfo(
    id="bingx",
    name="BingX",
    base_url="https://open-api.bingx.com",
    alternate_base_urls=(),
    auth_scheme="bingx-hmac-sha256",
    api_key_env="BINGX_API_KEY",
    api_secret_env="BINGX_API_SECRET",
    passphrase_env=None,
    timestamp_tolerance_ms=5000,
    envelope=Envelope(
        success_http_status=(200,),
        code_field="code",
        success_codes=("0",),
        message_field="msg",
        payload_field="data",
        error_code_fields=("code",),
        error_message_fields=("msg",),
    ),
    errors=rules(
        rule("100001", errors.AuthenticationError),
        rule("100413", errors.AuthenticationError),
        rule("100419", errors.PermissionDeniedError),
        rule("100421", errors.TimestampError),
        rule("100400", errors.InvalidRequestError),
        rule("100500", errors.ServerError, True),
        rule("100503", errors.ServerError, True),
        rule(
            "100410",
            errors.RateLimitError,
            True,
            pattern=r"unblocked after (\d{13})",
            unit="epoch_ms",
        ),
    ),
    server_time=ServerTime("GET", "/openApi/swap/v2/server/time", ("data", "serverTime"), "ms"),
    rate_limit_headers=RateLimitHeaders(
        remaining="X-RateLimit-Requests-Remain",
        reset="X-RateLimit-Requests-Expire",
        reset_unit="epoch_ms",
    ),
)

HTX = ExchangeInfo(
    id="htx",
    name="HTX",
    base_url="https://api.hbdm.com",
    alternate_base_urls=("https://api.hbdm.vn",),
    auth_scheme="htx-signature-v2",
    api_key_env="HTX_API_KEY",
    api_secret_env="HTX_API_SECRET",
    passphrase_env=None,
    timestamp_tolerance_ms=300_000,
    envelope=Envelope(
        success_http_status=(200,),
        code_field="code",
        success_codes=("200",),
        message_field="message",
        payload_field="data",
        error_code_fields=("code", "err_code"),
        error_message_fields=("message", "err_msg"),
    ),
    errors=rules(
        rule("1000", errors.ServerError, True),
        rule("1004", errors.ServerError, True),
        rule("1017", errors.OrderNotFoundError),
        rule("1030", errors.InvalidRequestError),
        rule("1032", errors.RateLimitError, True),
        rule("1051", errors.NothingToCancelError),
        rule("4002", errors.InvalidRequestError),
    ),
    server_time=ServerTime("GET", "/api/v1/timestamp", ("ts",), "ms"),
    rate_limit_headers=RateLimitHeaders(
        remaining="ratelimit-remaining",
        limit="ratelimit-limit",
        reset="ratelimit-reset",
        reset_unit="ms",
        retry_after="recovery-time",
    ),
)

BITGET = ExchangeInfo(
    id="bitget",
    name="Bitget",
    base_url="https://api.bitget.com",
    alternate_base_urls=(),
    auth_scheme="bitget-hmac-sha256",
    api_key_env="BITGET_API_KEY",
    api_secret_env="BITGET_API_SECRET",
    passphrase_env="BITGET_PASSPHRASE",
    timestamp_tolerance_ms=30_000,
    envelope=Envelope(
        success_http_status=(200,),
        code_field="code",
        success_codes=("00000",),
        message_field="msg",
        payload_field="data",
        error_code_fields=("code",),
        error_message_fields=("msg",),
    ),
    errors=rules(
        rule("40006", errors.AuthenticationError),
        rule("40008", errors.TimestampError),
        rule("40009", errors.AuthenticationError),
        rule("40014", errors.PermissionDeniedError),
        rule("429", errors.RateLimitError, True),
        rule("22001", errors.NothingToCancelError),
        rule("43001", errors.OrderNotFoundError),
    ),
    server_time=ServerTime("GET", "/api/v2/public/time", ("data", "serverTime"), "ms"),
    rate_limit_headers=RateLimitHeaders(),
)

GATE = ExchangeInfo(
    id="gate",
    name="Gate",
    base_url="https://api.gateio.ws",
    alternate_base_urls=(),
    auth_scheme="gate-hmac-sha512",
    api_key_env="GATE_API_KEY",
    api_secret_env="GATE_API_SECRET",
    passphrase_env=None,
    timestamp_tolerance_ms=60_000,
    envelope=Envelope(
        success_http_status=(200, 201, 202, 204),
        code_field=None,
        success_codes=(),
        message_field=None,
        payload_field=None,
        error_code_fields=("label",),
        error_message_fields=("detail", "message"),
    ),
    errors=rules(
        rule("INVALID_KEY", errors.AuthenticationError, http_status=401),
        rule("INVALID_SIGNATURE", errors.AuthenticationError, http_status=401),
        rule("READ_ONLY", errors.PermissionDeniedError, http_status=401),
        rule("REQUEST_EXPIRED", errors.TimestampError, http_status=401),
        rule("INVALID_PARAM_VALUE", errors.InvalidRequestError, http_status=400),
        rule("TOO_MANY_REQUESTS", errors.RateLimitError, True, http_status=429),
        rule("SERVER_ERROR", errors.ServerError, True, http_status=500),
    ),
    server_time=ServerTime("GET", "/api/v4/spot/time", ("server_time",), "ms"),
    rate_limit_headers=RateLimitHeaders(
        remaining="X-Gate-RateLimit-Requests-Remain",
        limit="X-Gate-RateLimit-Limit",
        reset="X-Gate-RateLimit-Reset-Timestamp",
        reset_unit="epoch_s",
    ),
)

INFOS = {"bingx": BINGX, "htx": HTX, "bitget": BITGET, "gate": GATE}

_M = "runtime_helpers"


def endpoint(
    exchange: str,
    operation: str,
    method: str,
    path: str,
    model: str,
    *,
    safe_to_repeat: bool = True,
    errors_: Mapping[str, ErrorRule] | None = None,
) -> Endpoint:
    return Endpoint(
        exchange=exchange,
        operation=operation,
        method=method,
        path=path,
        errors=dict(errors_ or {}),
        rate_limits=(RateLimitRule(f"{exchange}:uid:{operation}", "uid", 10, 1000),),
        safe_to_repeat=safe_to_repeat,
        response_model=f"{_M}:{model}",
    )


BINGX_CANCEL_ALL_AFTER = endpoint(
    "bingx",
    "spot.cancel_all_after",
    "POST",
    "/openApi/spot/v1/trade/cancelAllAfter",
    "CancelAllAfterResponse",
)
BINGX_CANCEL_OPEN_ORDERS = endpoint(
    "bingx",
    "spot.cancel_open_orders",
    "POST",
    "/openApi/spot/v1/trade/cancelOpenOrders",
    "CancelOpenOrdersResponse",
    errors_=rules(rule("100204", errors.NothingToCancelError)),
)
HTX_CANCEL_ALL = endpoint(
    "htx",
    "futures.cancel_all_orders",
    "POST",
    "/v5/trade/cancel_all_orders",
    "HtxCancelAllOrdersResponse",
)
BITGET_CANCEL_ALL = endpoint(
    "bitget",
    "mix.cancel_all_orders",
    "POST",
    "/api/v2/mix/order/cancel-all-orders",
    "BitgetCancelAllOrdersResponse",
)
GATE_COUNTDOWN = endpoint(
    "gate",
    "spot.countdown_cancel_all",
    "POST",
    "/api/v4/spot/countdown_cancel_all",
    "TriggerTimeResponse",
)
NOT_SAFE = endpoint(
    "bingx",
    "spot.place_order",
    "POST",
    "/openApi/spot/v1/trade/order",
    "CancelAllAfterResponse",
    safe_to_repeat=False,
)
WITH_PATH = endpoint(
    "gate",
    "spot.get_order",
    "GET",
    "/api/v4/spot/orders/{order_id}",
    "TriggerTimeResponse",
)

# ------------------------------------------------------------------- response models


class CancelAllAfterResponse(ResponseModel):
    triggerTime: int
    status: str
    note: str | None = None


class CancelledOrder(ResponseModel):
    symbol: str
    orderId: int
    price: Decimal | None = None
    origQty: Decimal | None = None


class CancelOpenOrdersResponse(ResponseModel):
    orders: list[CancelledOrder] = Field(default_factory=list)


class HtxItem(ResponseModel):
    order_id: str
    client_order_id: str | None = None
    code: int
    message: str


class HtxCancelAllOrdersResponse(ResponseRootModel[HtxItem]):
    pass


class BitgetSuccess(ResponseModel):
    orderId: str
    clientOid: str | None = None


class BitgetCancelAllOrdersResponse(ResponseModel):
    successList: list[BitgetSuccess] = Field(default_factory=list)
    failureList: list[dict[str, object]] = Field(default_factory=list)


class TriggerTimeResponse(ResponseModel):
    triggerTime: int


# ------------------------------------------------------------------- responses


def json_response(
    obj: object, status: int = 200, headers: Mapping[str, str] | None = None
) -> HttpResponse:
    return HttpResponse(
        status,
        {"Content-Type": "application/json", **(headers or {})},
        json.dumps(obj).encode(),
    )


def raw_response(
    body: bytes, status: int, content_type: str = "text/html", **headers: str
) -> HttpResponse:
    return HttpResponse(status, {"Content-Type": content_type, **headers}, body)


class Recorder:
    """A MockTransport handler that records requests and plays responses in order."""

    def __init__(self, *responses: HttpResponse | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[HttpRequest] = []

    def __call__(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        item = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(item, Exception):
            raise item
        return item


Handler = Callable[[HttpRequest], HttpResponse]


# ------------------------------------------------------------------- fake time


class FakeTime:
    """One fake time line for a test: the limiter's monotonic clock, the client's sleep (sync
    and async) and the signing clock all read it, and only sleeping moves it. No real waits.
    """

    def __init__(self, start: float = 1_696_751_141.337) -> None:
        self.t = start
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += seconds

    async def asleep(self, seconds: float) -> None:
        import asyncio

        self.slept.append(seconds)
        self.t += seconds
        await asyncio.sleep(0)  # let other tasks run, as a real sleep would

    def clock(self, offset_ms: int = 0) -> Clock:
        return _FakeClock(self, offset_ms)


class _FakeClock(Clock):
    __slots__ = ("fake",)

    def __init__(self, fake: FakeTime, offset_ms: int) -> None:
        super().__init__(offset_ms)
        self.fake = fake

    def now_ms(self) -> int:
        return int(self.fake.t * 1000) + self.offset_ms

    def now_s(self) -> float:
        return self.fake.t + self.offset_ms / 1000.0

    def local_ms(self) -> float:
        return self.fake.t * 1000.0
