# Generated from specs/bitget/ (sha256 92ffbda3344d2eed51345f6594f282390535088d0c2b7f054257c98cf1d56ce8). Do not edit: run make.
"""Spec constants of Bitget: the exchange (hosts, auth, envelope, common errors) and
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
    id="bitget",
    name="Bitget",
    base_url="https://api.bitget.com",
    alternate_base_urls=(),
    auth_scheme="bitget-hmac-sha256",
    api_key_env="BITGET_API_KEY",
    api_secret_env="BITGET_API_SECRET",
    passphrase_env="BITGET_PASSPHRASE",
    timestamp_tolerance_ms=60000,
    envelope=Envelope(
        success_http_status=(200,),
        code_field="code",
        success_codes=("00000",),
        message_field="msg",
        payload_field="data",
        error_code_fields=("code",),
        error_message_fields=("msg",),
    ),
    errors={
        "22001": ErrorRule(
            code="22001",
            error_class=errors.NothingToCancelError,
            retryable=False,
            meaning="No order to cancel",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40001": ErrorRule(
            code="40001",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="ACCESS_KEY cannot be empty",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40002": ErrorRule(
            code="40002",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="ACCESS_SIGN cannot be empty",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40003": ErrorRule(
            code="40003",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="Signature cannot be empty",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40005": ErrorRule(
            code="40005",
            error_class=errors.TimestampError,
            retryable=True,
            meaning="Invalid ACCESS_TIMESTAMP",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40006": ErrorRule(
            code="40006",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="Invalid ACCESS_KEY",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40007": ErrorRule(
            code="40007",
            error_class=errors.InvalidRequestError,
            retryable=False,
            meaning="Invalid Content_Type",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40008": ErrorRule(
            code="40008",
            error_class=errors.TimestampError,
            retryable=True,
            meaning="Request timestamp expired",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40009": ErrorRule(
            code="40009",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="sign signature error",
            http_status=400,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40010": ErrorRule(
            code="40010",
            error_class=errors.ServerError,
            retryable=True,
            meaning="Request timed out",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40011": ErrorRule(
            code="40011",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="ACCESS_PASSPHRASE cannot be empty",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40012": ErrorRule(
            code="40012",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="apikey/password is incorrect",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40014": ErrorRule(
            code="40014",
            error_class=errors.PermissionDeniedError,
            retryable=False,
            meaning="Incorrect permissions",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40018": ErrorRule(
            code="40018",
            error_class=errors.PermissionDeniedError,
            retryable=False,
            meaning="Invalid IP",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40037": ErrorRule(
            code="40037",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="Apikey does not exist",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40078": ErrorRule(
            code="40078",
            error_class=errors.TimestampError,
            retryable=True,
            meaning="Timestamp for this request is outside of the ME receiveWindow",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "40079": ErrorRule(
            code="40079",
            error_class=errors.TimestampError,
            retryable=False,
            meaning="receiveWindow timestamp must be less than 60s",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "429": ErrorRule(
            code="429",
            error_class=errors.RateLimitError,
            retryable=True,
            meaning="Too many requests",
            http_status=429,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "43001": ErrorRule(
            code="43001",
            error_class=errors.OrderNotFoundError,
            retryable=False,
            meaning="order does not exist",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
    },
    server_time=ServerTime(
        method="GET",
        path="/api/v2/public/time",
        field_path=(
            "data",
            "serverTime",
        ),
        unit="ms",
    ),
    rate_limit_headers=RateLimitHeaders(
        remaining=None,
        limit=None,
        reset=None,
        reset_unit=None,
        retry_after=None,
    ),
)

MIX_CANCEL_ALL_ORDERS = Endpoint(
    exchange="bitget",
    operation="mix.cancel_all_orders",
    method="POST",
    path="/api/v2/mix/order/cancel-all-orders",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="bitget:uid:mix.cancel_all_orders",
            scope="uid",
            count=10,
            interval_ms=1000,
            weight=1,
        ),
        RateLimitRule(
            key="bitget:ip:group-overall", scope="ip", count=6000, interval_ms=60000, weight=1
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.bitget.models:CancelAllOrdersResponse",
)
"""Cancel all open futures orders of a product type, optionally of one margin coin. (spec: specs/bitget/mix/cancel_all_orders.yaml)"""

MIX_PENDING_ORDERS = Endpoint(
    exchange="bitget",
    operation="mix.pending_orders",
    method="GET",
    path="/api/v2/mix/order/orders-pending",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="bitget:uid:mix.pending_orders", scope="uid", count=10, interval_ms=1000, weight=1
        ),
        RateLimitRule(
            key="bitget:ip:group-overall", scope="ip", count=6000, interval_ms=60000, weight=1
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.bitget.models:PendingOrdersResponse",
)
"""List the pending (open) futures orders of a product type, page by page. (spec: specs/bitget/mix/pending_orders.yaml)"""
