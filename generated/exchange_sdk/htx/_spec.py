# Generated from specs/htx/ (sha256 2feeeafe5bc99631fb3ff9dd9d3a44ba335045243a66aec01c088a205623d9a1). Do not edit: run make.
"""Spec constants of HTX: the exchange (hosts, auth, envelope, common errors) and
one Endpoint per endpoint spec. Built at import; cheap on purpose (no pydantic)."""

from __future__ import annotations

from exchange_sdk import errors
from exchange_sdk._runtime.spec import (
    Endpoint,
    Envelope,
    ErrorRule,
    ExchangeInfo,
    RateLimitHeaders,
    RateLimitRule,
    ServerTime,
)

EXCHANGE = ExchangeInfo(
    id="htx",
    name="HTX",
    base_url="https://api.hbdm.com",
    alternate_base_urls=("https://api.hbdm.vn",),
    auth_scheme="htx-signature-v2",
    api_key_env="HTX_API_KEY",
    api_secret_env="HTX_API_SECRET",
    passphrase_env=None,
    timestamp_tolerance_ms=300000,
    envelope=Envelope(
        success_http_status=(200,),
        code_field="code",
        success_codes=("200",),
        message_field="message",
        payload_field="data",
        error_code_fields=("code", "err_code"),
        error_message_fields=("message", "err_msg"),
    ),
    errors={
        "1000": ErrorRule(
            code="1000",
            error_class=errors.ServerError,
            retryable=True,
            meaning="System error",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "1004": ErrorRule(
            code="1004",
            error_class=errors.ServerError,
            retryable=True,
            meaning="System busy",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "1017": ErrorRule(
            code="1017",
            error_class=errors.OrderNotFoundError,
            retryable=False,
            meaning="Order doesn't exist",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "1030": ErrorRule(
            code="1030",
            error_class=errors.InvalidRequestError,
            retryable=False,
            meaning="Input error",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "1032": ErrorRule(
            code="1032",
            error_class=errors.RateLimitError,
            retryable=True,
            meaning="The number of access exceeded the limit",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "1050": ErrorRule(
            code="1050",
            error_class=errors.InvalidRequestError,
            retryable=False,
            meaning="duplicate client order id",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "1051": ErrorRule(
            code="1051",
            error_class=errors.NothingToCancelError,
            retryable=False,
            meaning="No orders to cancel.",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "1067": ErrorRule(
            code="1067",
            error_class=errors.InvalidRequestError,
            retryable=False,
            meaning="The asset_mode field is invalid",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
    },
    server_time=ServerTime(
        method="GET",
        path="/api/v1/timestamp",
        field_path=("ts",),
        unit="ms",
    ),
    rate_limit_headers=RateLimitHeaders(
        remaining="ratelimit-remaining",
        limit="ratelimit-limit",
        reset="ratelimit-reset",
        reset_unit=None,
        retry_after="recovery-time",
    ),
)

FUTURES_CANCEL_AFTER = Endpoint(
    exchange="htx",
    operation="futures.cancel_after",
    method="POST",
    path="/linear-swap-api/v1/linear-cancel-after",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="htx:uid:private",
            scope="uid",
            count=144,
            interval_ms=3000,
            weight=1,
        ),
        RateLimitRule(
            key="htx:uid:trade",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.htx.models:CancelAfterResponse",
    envelope=Envelope(
        success_http_status=(200,),
        code_field="code",
        success_codes=("200",),
        message_field="msg",
        payload_field="data",
        error_code_fields=("code", "err_code"),
        error_message_fields=("msg", "err_msg", "message"),
    ),
)
"""[General] Automatic Order Cancellation: a dead-man's switch for USDT-M futures (v1). (spec: specs/htx/futures/cancel_after.yaml)"""

FUTURES_CANCEL_ALL_ORDERS = Endpoint(
    exchange="htx",
    operation="futures.cancel_all_orders",
    method="POST",
    path="/v5/trade/cancel_all_orders",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="htx:uid:private",
            scope="uid",
            count=144,
            interval_ms=3000,
            weight=1,
        ),
        RateLimitRule(
            key="htx:uid:trade",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.htx.models:CancelAllOrdersResponse",
    envelope=None,
)
"""Cancel all open USDT-M futures orders (v5, Multi-Assets Collateral mode). (spec: specs/htx/futures/cancel_all_orders.yaml)"""

FUTURES_OPEN_ORDERS = Endpoint(
    exchange="htx",
    operation="futures.open_orders",
    method="GET",
    path="/v5/trade/order/opens",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="htx:uid:private",
            scope="uid",
            count=144,
            interval_ms=3000,
            weight=1,
        ),
        RateLimitRule(
            key="htx:uid:read",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.htx.models:OpenOrdersResponse",
    envelope=None,
)
"""List the open USDT-M futures orders (v5, Multi-Assets Collateral mode), page by page. (spec: specs/htx/futures/open_orders.yaml)"""
