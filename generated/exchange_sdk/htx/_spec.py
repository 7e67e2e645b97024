# Generated from specs/htx/ (sha256 640b42152b0b0e602eba038fc13e29c750722e565fdb1adf9760205588defda1). Do not edit: run make.
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
        error_list=False,
        warning_prefix="",
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
    group_base_urls={},
    secret_form="secret",
    increasing_nonce=False,
)

FUTURES_ASSET_MODE = Endpoint(
    exchange="htx",
    operation="futures.asset_mode",
    method="GET",
    path="/v5/account/asset_mode",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="htx:uid:private",
            scope="uid",
            count=144,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
        RateLimitRule(
            key="htx:uid:read",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.htx.models:AssetModeResponse",
    envelope=None,
    body_format=None,
)
"""Get the account's asset mode (single-asset or multi-assets collateral). (spec: specs/htx/futures/asset_mode.yaml)"""

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
            continuous=False,
        ),
        RateLimitRule(
            key="htx:uid:trade",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
            continuous=False,
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
        error_list=False,
        warning_prefix="",
    ),
    body_format=None,
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
            continuous=False,
        ),
        RateLimitRule(
            key="htx:uid:trade",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.htx.models:CancelAllOrdersResponse",
    envelope=None,
    body_format=None,
)
"""Cancel all open USDT-M futures orders (v5, Multi-Assets Collateral mode). (spec: specs/htx/futures/cancel_all_orders.yaml)"""

FUTURES_CROSS_CANCEL_ALL = Endpoint(
    exchange="htx",
    operation="futures.cross_cancel_all",
    method="POST",
    path="/linear-swap-api/v1/swap_cross_cancelall",
    errors={
        "1014": ErrorRule(
            code="1014",
            error_class=errors.InvalidRequestError,
            retryable=False,
            meaning="neither contract_code nor pair and contract_type filled in",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
    },
    rate_limits=(
        RateLimitRule(
            key="htx:uid:private",
            scope="uid",
            count=144,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
        RateLimitRule(
            key="htx:uid:trade",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.htx.models:CrossCancelAllResponse",
    envelope=Envelope(
        success_http_status=(200,),
        code_field="status",
        success_codes=("ok",),
        message_field="err_msg",
        payload_field="data",
        error_code_fields=("err_code", "code"),
        error_message_fields=("err_msg", "message"),
        error_list=False,
        warning_prefix="",
    ),
    body_format=None,
)
"""[Cross] Cancel all open USDT-M orders of a contract (v1, Single-Asset Collateral accounts). (spec: specs/htx/futures/cross_cancel_all.yaml)"""

FUTURES_CROSS_OPEN_ORDERS = Endpoint(
    exchange="htx",
    operation="futures.cross_open_orders",
    method="POST",
    path="/linear-swap-api/v1/swap_cross_openorders",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="htx:uid:private",
            scope="uid",
            count=144,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
        RateLimitRule(
            key="htx:uid:read",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.htx.models:CrossOpenOrdersResponse",
    envelope=Envelope(
        success_http_status=(200,),
        code_field="status",
        success_codes=("ok",),
        message_field="err_msg",
        payload_field="data",
        error_code_fields=("err_code", "code"),
        error_message_fields=("err_msg", "message"),
        error_list=False,
        warning_prefix="",
    ),
    body_format=None,
)
"""[Cross] Current unfilled USDT-M orders (v1, Single-Asset Collateral accounts), page by page. (spec: specs/htx/futures/cross_open_orders.yaml)"""

FUTURES_ISOLATED_CANCEL_ALL = Endpoint(
    exchange="htx",
    operation="futures.isolated_cancel_all",
    method="POST",
    path="/linear-swap-api/v1/swap_cancelall",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="htx:uid:private",
            scope="uid",
            count=144,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
        RateLimitRule(
            key="htx:uid:trade",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.htx.models:IsolatedCancelAllResponse",
    envelope=Envelope(
        success_http_status=(200,),
        code_field="status",
        success_codes=("ok",),
        message_field="err_msg",
        payload_field="data",
        error_code_fields=("err_code", "code"),
        error_message_fields=("err_msg", "message"),
        error_list=False,
        warning_prefix="",
    ),
    body_format=None,
)
"""[Isolated] Cancel all open USDT-M orders of a contract (v1, Single-Asset Collateral accounts). (spec: specs/htx/futures/isolated_cancel_all.yaml)"""

FUTURES_ISOLATED_OPEN_ORDERS = Endpoint(
    exchange="htx",
    operation="futures.isolated_open_orders",
    method="POST",
    path="/linear-swap-api/v1/swap_openorders",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="htx:uid:private",
            scope="uid",
            count=144,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
        RateLimitRule(
            key="htx:uid:read",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.htx.models:IsolatedOpenOrdersResponse",
    envelope=Envelope(
        success_http_status=(200,),
        code_field="status",
        success_codes=("ok",),
        message_field="err_msg",
        payload_field="data",
        error_code_fields=("err_code", "code"),
        error_message_fields=("err_msg", "message"),
        error_list=False,
        warning_prefix="",
    ),
    body_format=None,
)
"""[Isolated] Current unfilled USDT-M orders (v1, Single-Asset Collateral accounts), page by page. (spec: specs/htx/futures/isolated_open_orders.yaml)"""

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
            continuous=False,
        ),
        RateLimitRule(
            key="htx:uid:read",
            scope="uid",
            count=72,
            interval_ms=3000,
            weight=1,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.htx.models:OpenOrdersResponse",
    envelope=None,
    body_format=None,
)
"""List the open USDT-M futures orders (v5, Multi-Assets Collateral mode), page by page. (spec: specs/htx/futures/open_orders.yaml)"""
