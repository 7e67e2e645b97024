# Generated from specs/bitmex/ (sha256 27498c6426846abe9bfa6006cbc9c78646a161b1dfc577753605d9ee6b887a81). Do not edit: run make.
"""Spec constants of BitMEX: the exchange (hosts, auth, envelope, common errors) and
one Endpoint per endpoint spec. Built at import; cheap on purpose (no pydantic)."""

from __future__ import annotations

from exchange_sdk._runtime.spec import (
    Endpoint,
    Envelope,
    ExchangeInfo,
    RateLimitHeaders,
    RateLimitRule,
)

EXCHANGE = ExchangeInfo(
    id="bitmex",
    name="BitMEX",
    base_url="https://www.bitmex.com",
    alternate_base_urls=("https://testnet.bitmex.com",),
    auth_scheme="bitmex-hmac-sha256",
    api_key_env="BITMEX_API_KEY",
    api_secret_env="BITMEX_API_SECRET",
    passphrase_env=None,
    timestamp_tolerance_ms=5000,
    envelope=Envelope(
        success_http_status=(200,),
        code_field=None,
        success_codes=(),
        message_field=None,
        payload_field=None,
        error_code_fields=("error.name",),
        error_message_fields=("error.message",),
        error_list=False,
        warning_prefix="",
    ),
    errors={},
    server_time=None,
    rate_limit_headers=RateLimitHeaders(
        remaining="x-ratelimit-remaining",
        limit="x-ratelimit-limit",
        reset="x-ratelimit-reset",
        reset_unit="epoch_s",
        retry_after="Retry-After",
    ),
    group_base_urls={},
    secret_form="secret",
    increasing_nonce=False,
)

ALL_CANCEL_ALL_AFTER = Endpoint(
    exchange="bitmex",
    operation="all.cancel_all_after",
    method="POST",
    path="/api/v1/order/cancelAllAfter",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="bitmex:uid:all-routes",
            scope="uid",
            count=120,
            interval_ms=60000,
            weight=1,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.bitmex.models:CancelAllAfterResponse",
    envelope=None,
    body_format=None,
)
"""Dead man's switch: cancel all your orders after a timeout in MILLISECONDS; 0 cancels the timer. (spec: specs/bitmex/all/cancel_all_after.yaml)"""

ALL_CANCEL_ALL_ORDERS = Endpoint(
    exchange="bitmex",
    operation="all.cancel_all_orders",
    method="DELETE",
    path="/api/v1/order/all",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="bitmex:uid:all-routes",
            scope="uid",
            count=120,
            interval_ms=60000,
            weight=1,
            continuous=False,
        ),
        RateLimitRule(
            key="bitmex:uid:order-burst",
            scope="uid",
            count=10,
            interval_ms=1000,
            weight=1,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.bitmex.models:CancelAllOrdersResponse",
    envelope=None,
    body_format=None,
)
"""Cancel all of your orders (optionally of one symbol or filter). (spec: specs/bitmex/all/cancel_all_orders.yaml)"""

ALL_GET_ORDERS = Endpoint(
    exchange="bitmex",
    operation="all.get_orders",
    method="GET",
    path="/api/v1/order",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="bitmex:uid:all-routes",
            scope="uid",
            count=120,
            interval_ms=60000,
            weight=1,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.bitmex.models:OrdersResponse",
    envelope=None,
    body_format=None,
)
"""Get your orders; filter {"open": true} for open orders only (count <= 500, start offset). (spec: specs/bitmex/all/get_orders.yaml)"""
