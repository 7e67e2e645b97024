# Generated from specs/kucoin/ (sha256 a82511590d36177a8f1cc93dd20798edd67c6d8c81022f7f3ab961ceefcd050d). Do not edit: run make.
"""Spec constants of KuCoin: the exchange (hosts, auth, envelope, common errors) and
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
    id="kucoin",
    name="KuCoin",
    base_url="https://api.kucoin.com",
    alternate_base_urls=(),
    auth_scheme="kucoin-hmac-sha256-v2",
    api_key_env="KUCOIN_API_KEY",
    api_secret_env="KUCOIN_API_SECRET",
    passphrase_env="KUCOIN_PASSPHRASE",
    timestamp_tolerance_ms=5000,
    envelope=Envelope(
        success_http_status=(200,),
        code_field="code",
        success_codes=("200000",),
        message_field="msg",
        payload_field="data",
        error_code_fields=("code",),
        error_message_fields=("msg",),
        error_list=False,
        warning_prefix="",
    ),
    errors={
        "200002": ErrorRule(
            code="200002",
            error_class=errors.RateLimitError,
            retryable=True,
            meaning="Order cancel for this pair suspended (legacy rate limit 1.0: per-UID+endpoint limit, block 10s)",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400001": ErrorRule(
            code="400001",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="Any of KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP, KC-API-PASSPHRASE is missing in your request header",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400002": ErrorRule(
            code="400002",
            error_class=errors.TimestampError,
            retryable=True,
            meaning="KC-API-TIMESTAMP Invalid (the request time differs from the server time by more than 5 seconds)",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400003": ErrorRule(
            code="400003",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="KC-API-KEY not exists",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400004": ErrorRule(
            code="400004",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="KC-API-PASSPHRASE error",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400005": ErrorRule(
            code="400005",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="Signature error",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400006": ErrorRule(
            code="400006",
            error_class=errors.PermissionDeniedError,
            retryable=False,
            meaning="The requested ip address is not in the api whitelist",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400007": ErrorRule(
            code="400007",
            error_class=errors.PermissionDeniedError,
            retryable=False,
            meaning="Access Denied",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400008": ErrorRule(
            code="400008",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="V1 & V2 API keys are no longer supported by this API. Please create a V3 API key.",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400009": ErrorRule(
            code="400009",
            error_class=errors.AuthenticationError,
            retryable=False,
            meaning="Invalid KC-API-KEY-VERSION.",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400010": ErrorRule(
            code="400010",
            error_class=errors.PermissionDeniedError,
            retryable=False,
            meaning="UID access denied, requires more permission.",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "400100": ErrorRule(
            code="400100",
            error_class=errors.InvalidRequestError,
            retryable=False,
            meaning="Parameter Error",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "404000": ErrorRule(
            code="404000",
            error_class=errors.InvalidRequestError,
            retryable=False,
            meaning="Url Not Found",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "411100": ErrorRule(
            code="411100",
            error_class=errors.PermissionDeniedError,
            retryable=False,
            meaning="User are frozen",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "415000": ErrorRule(
            code="415000",
            error_class=errors.InvalidRequestError,
            retryable=False,
            meaning="Unsupported Media Type -- The Content-Type of the request header needs to be set to application/json",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "429000": ErrorRule(
            code="429000",
            error_class=errors.RateLimitError,
            retryable=True,
            meaning="The quota of a resource pool is used up within 30s; re-request after the time in the request header",
            http_status=429,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "500000": ErrorRule(
            code="500000",
            error_class=errors.ServerError,
            retryable=True,
            meaning="Internal Server Error",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
        "900001": ErrorRule(
            code="900001",
            error_class=errors.InvalidRequestError,
            retryable=False,
            meaning="symbol not exists",
            http_status=None,
            retry_after_pattern=None,
            retry_after_unit=None,
        ),
    },
    server_time=ServerTime(
        method="GET",
        path="/api/v1/timestamp",
        field_path=("data",),
        unit="ms",
    ),
    rate_limit_headers=RateLimitHeaders(
        remaining="gw-ratelimit-remaining",
        limit="gw-ratelimit-limit",
        reset="gw-ratelimit-reset",
        reset_unit="ms",
        retry_after=None,
    ),
    group_base_urls={"futures": "https://api-futures.kucoin.com"},
    secret_form="secret",
    increasing_nonce=False,
)

FUTURES_CANCEL_ALL_ORDERS = Endpoint(
    exchange="kucoin",
    operation="futures.cancel_all_orders",
    method="DELETE",
    path="/api/v3/orders",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:futures-pool",
            scope="uid",
            count=2000,
            interval_ms=30000,
            weight=10,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:FuturesCancelAllOrdersResponse",
    envelope=None,
    body_format=None,
)
"""Cancel all open futures limit orders of one contract (stop orders excluded). (spec: specs/kucoin/futures/cancel_all_orders.yaml)"""

FUTURES_CANCEL_ALL_ORDERS_V1 = Endpoint(
    exchange="kucoin",
    operation="futures.cancel_all_orders_v1",
    method="DELETE",
    path="/api/v1/orders",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:futures-pool",
            scope="uid",
            count=2000,
            interval_ms=30000,
            weight=800,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:FuturesCancelAllOrdersV1Response",
    envelope=None,
    body_format=None,
)
"""Deprecated: cancel all open futures limit orders, optionally of one contract (weight 800). (spec: specs/kucoin/futures/cancel_all_orders_v1.yaml)"""

FUTURES_CANCEL_ALL_STOP_ORDERS = Endpoint(
    exchange="kucoin",
    operation="futures.cancel_all_stop_orders",
    method="DELETE",
    path="/api/v1/stopOrders",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:futures-pool",
            scope="uid",
            count=2000,
            interval_ms=30000,
            weight=15,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:FuturesCancelAllStopOrdersResponse",
    envelope=None,
    body_format=None,
)
"""Cancel all untriggered futures stop orders, optionally of one contract. (spec: specs/kucoin/futures/cancel_all_stop_orders.yaml)"""

FUTURES_GET_ORDER_LIST = Endpoint(
    exchange="kucoin",
    operation="futures.get_order_list",
    method="GET",
    path="/api/v1/orders",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:futures-pool",
            scope="uid",
            count=2000,
            interval_ms=30000,
            weight=2,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:FuturesOrderList",
    envelope=None,
    body_format=None,
)
"""List futures orders; status=active gives the open orders of every contract, paged. (spec: specs/kucoin/futures/get_order_list.yaml)"""

FUTURES_GET_STOP_ORDER_LIST = Endpoint(
    exchange="kucoin",
    operation="futures.get_stop_order_list",
    method="GET",
    path="/api/v1/stopOrders",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:futures-pool",
            scope="uid",
            count=2000,
            interval_ms=30000,
            weight=6,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:FuturesStopOrderList",
    envelope=None,
    body_format=None,
)
"""List the untriggered futures stop orders of every contract (or one), paged. (spec: specs/kucoin/futures/get_stop_order_list.yaml)"""

SPOT_BATCH_CANCEL_STOP_ORDERS = Endpoint(
    exchange="kucoin",
    operation="spot.batch_cancel_stop_orders",
    method="DELETE",
    path="/api/v1/stop-order/cancel",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:spot-pool",
            scope="uid",
            count=4000,
            interval_ms=30000,
            weight=3,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:BatchCancelStopOrdersResponse",
    envelope=None,
    body_format=None,
)
"""Cancel the spot stop orders of every symbol (or one symbol, or the ids given). (spec: specs/kucoin/spot/batch_cancel_stop_orders.yaml)"""

SPOT_CANCEL_ALL_ORDERS = Endpoint(
    exchange="kucoin",
    operation="spot.cancel_all_orders",
    method="DELETE",
    path="/api/v1/hf/orders/cancelAll",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:spot-pool",
            scope="uid",
            count=4000,
            interval_ms=30000,
            weight=30,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:CancelAllOrdersResponse",
    envelope=None,
    body_format=None,
)
"""Cancel all open spot (HF) orders of every symbol. (spec: specs/kucoin/spot/cancel_all_orders.yaml)"""

SPOT_GET_DCP = Endpoint(
    exchange="kucoin",
    operation="spot.get_dcp",
    method="GET",
    path="/api/v1/hf/orders/dead-cancel-all/query",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:spot-pool",
            scope="uid",
            count=4000,
            interval_ms=30000,
            weight=2,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:GetDcpResponse",
    envelope=None,
    body_format=None,
)
"""Query the Disconnection Protect (dead man's switch) setting of spot HF orders. (spec: specs/kucoin/spot/get_dcp.yaml)"""

SPOT_GET_OPEN_ORDERS = Endpoint(
    exchange="kucoin",
    operation="spot.get_open_orders",
    method="GET",
    path="/api/v1/hf/orders/active",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:spot-pool",
            scope="uid",
            count=4000,
            interval_ms=30000,
            weight=2,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:SpotOpenOrder",
    envelope=None,
    body_format=None,
)
"""List all active spot (HF) orders of one symbol (no paging). (spec: specs/kucoin/spot/get_open_orders.yaml)"""

SPOT_GET_OPEN_ORDERS_BY_PAGE = Endpoint(
    exchange="kucoin",
    operation="spot.get_open_orders_by_page",
    method="GET",
    path="/api/v1/hf/orders/active/page",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:spot-pool",
            scope="uid",
            count=4000,
            interval_ms=30000,
            weight=2,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:SpotOpenOrdersPage",
    envelope=None,
    body_format=None,
)
"""List active spot (HF) orders of one symbol, page by page (pageSize 1..50). (spec: specs/kucoin/spot/get_open_orders_by_page.yaml)"""

SPOT_GET_STOP_ORDERS_LIST = Endpoint(
    exchange="kucoin",
    operation="spot.get_stop_orders_list",
    method="GET",
    path="/api/v1/stop-order",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:spot-pool",
            scope="uid",
            count=4000,
            interval_ms=30000,
            weight=8,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:SpotStopOrdersList",
    envelope=None,
    body_format=None,
)
"""List the account's active spot stop orders (every symbol, or one), paged. (spec: specs/kucoin/spot/get_stop_orders_list.yaml)"""

SPOT_GET_SYMBOLS_WITH_OPEN_ORDER = Endpoint(
    exchange="kucoin",
    operation="spot.get_symbols_with_open_order",
    method="GET",
    path="/api/v1/hf/orders/active/symbols",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:spot-pool",
            scope="uid",
            count=4000,
            interval_ms=30000,
            weight=2,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:SymbolsWithOpenOrder",
    envelope=None,
    body_format=None,
)
"""List the spot symbols that have active (HF) orders. (spec: specs/kucoin/spot/get_symbols_with_open_order.yaml)"""

SPOT_SET_DCP = Endpoint(
    exchange="kucoin",
    operation="spot.set_dcp",
    method="POST",
    path="/api/v1/hf/orders/dead-cancel-all",
    errors={},
    rate_limits=(
        RateLimitRule(
            key="kucoin:uid:spot-pool",
            scope="uid",
            count=4000,
            interval_ms=30000,
            weight=2,
            continuous=False,
        ),
    ),
    safe_to_repeat=True,
    response_model="exchange_sdk.kucoin.models:SetDcpResponse",
    envelope=None,
    body_format=None,
)
"""Set Disconnection Protect (dead man's switch) for spot HF orders: timeout -1 (unset) or 5..86400 s. (spec: specs/kucoin/spot/set_dcp.yaml)"""
