"""SyncClient and AsyncClient through MockTransport: the whole call, retries, credentials."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from urllib.parse import parse_qsl, urlsplit

import pytest
from runtime_helpers import (
    BINGX,
    BINGX_CANCEL_ALL_AFTER,
    BINGX_CANCEL_OPEN_ORDERS,
    BITGET,
    BITGET_CANCEL_ALL,
    GATE,
    GATE_COUNTDOWN,
    HTX,
    HTX_CANCEL_ALL,
    KEY,
    NOT_SAFE,
    PASSPHRASE,
    SECRET,
    WITH_PATH,
    BitgetCancelAllOrdersResponse,
    CancelAllAfterResponse,
    CancelOpenOrdersResponse,
    HtxCancelAllOrdersResponse,
    Recorder,
    TriggerTimeResponse,
    json_response,
    raw_response,
)

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk._runtime.clock import Clock
from exchange_sdk._runtime.ratelimit import RateLimiter
from exchange_sdk._runtime.transport import (
    AsyncMockTransport,
    HttpRequest,
    HttpResponse,
    MockTransport,
)

BX_OK = json_response(
    {"code": 0, "msg": "", "data": {"triggerTime": 1710389137, "status": "ACTIVATED", "note": "n"}},
    headers={"X-RateLimit-Requests-Remain": "9"},
)
HTML_502 = raw_response(b"<html>502 Bad Gateway</html>", 502)


def bingx_signature(secret: str, payload: str) -> str:
    """Hex HMAC-SHA256 (BingX), computed here, independent of the SDK's signer."""
    return hmac.new(secret.encode(), payload.encode(), hashlib.sha256).hexdigest()


class StepClock(Clock):
    """A clock that moves 1 ms per reading, so every attempt carries a new timestamp."""

    __slots__ = ("t",)

    def __init__(self, start: int = 1696751141337) -> None:
        super().__init__()
        self.t = start

    def now_ms(self) -> int:
        self.t += 1
        return self.t


def bingx(recorder: Recorder, **kwargs: object) -> SyncClient:
    client = SyncClient(
        BINGX,
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(recorder),
        retry_backoff=0,
        **kwargs,  # type: ignore[arg-type]
    )
    client._clock = StepClock()
    return client


def abingx(recorder: Recorder, **kwargs: object) -> AsyncClient:
    client = AsyncClient(
        BINGX,
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(recorder),
        retry_backoff=0,
        **kwargs,  # type: ignore[arg-type]
    )
    client._clock = StepClock()
    return client


def query_of(request: HttpRequest) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(request.url).query))


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    for name in list(os.environ):
        if name.startswith(("BINGX_", "HTX_", "BITGET_", "GATE_")):
            monkeypatch.delenv(name)
    yield monkeypatch


# ---------------------------------------------------------------------------- one call


def test_sync_call_signs_sends_unwraps_and_parses() -> None:
    rec = Recorder(BX_OK)
    client = bingx(rec)
    result = client._call(BINGX_CANCEL_ALL_AFTER, {"type": "ACTIVATE", "timeOut": 10}, {})
    assert isinstance(result, CancelAllAfterResponse)
    assert (result.triggerTime, result.status, result.note) == (1710389137, "ACTIVATED", "n")
    (req,) = rec.requests
    assert req.method == "POST"
    assert req.url.startswith("https://open-api.bingx.com/openApi/spot/v1/trade/cancelAllAfter?")
    assert req.headers["X-BX-APIKEY"] == KEY
    assert req.timeout == 10.0
    q = query_of(req)
    assert q["timestamp"] == "1696751141338"
    signed = f"timeOut=10&timestamp={q['timestamp']}&type=ACTIVATE"
    assert q["signature"] == bingx_signature(SECRET, signed)
    raw = result.raw_response
    assert raw.status == 200
    assert raw.headers["x-ratelimit-requests-remain"] == "9"
    assert raw.body == BX_OK.body


def test_unknown_fields_are_kept() -> None:
    body = {
        "code": 0,
        "msg": "",
        "data": {"triggerTime": 1, "status": "NEW_STATUS", "extra": {"a": 1}},
    }
    result = bingx(Recorder(json_response(body)))._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert isinstance(result, CancelAllAfterResponse)
    assert result.status == "NEW_STATUS"
    assert result.model_extra == {"extra": {"a": 1}}


def test_big_int_ids_and_decimals_are_exact() -> None:
    body = (
        b'{"code":0,"msg":"","data":{"orders":[{"symbol":"BTC-USDT","orderId":1735964997957275648,'
        b'"price":"0.1","origQty":0.30000000000000004}]}}'
    )
    result = bingx(Recorder(HttpResponse(200, {}, body)))._call(
        BINGX_CANCEL_OPEN_ORDERS, {"symbol": "BTC-USDT"}, {}
    )
    assert isinstance(result, CancelOpenOrdersResponse)
    order = result.orders[0]
    assert order.orderId == 1735964997957275648
    assert order.price == Decimal("0.1")
    assert order.origQty == Decimal("0.30000000000000004")


def test_htx_list_payload_is_iterable_sized_and_indexable() -> None:
    data = [
        {
            "order_id": "1329854624317231104",
            "client_order_id": "c1",
            "code": 200,
            "message": "成功",
        },
        {"order_id": "2", "code": 1017, "message": "Order doesn't exist"},
    ]
    rec = Recorder(json_response({"code": 200, "data": data, "message": "Success", "ts": 1}))
    client = SyncClient(HTX, api_key=KEY, api_secret=SECRET, transport=MockTransport(rec))
    result = client._call(HTX_CANCEL_ALL, {}, {"contract_code": "BTC-USDT"})
    assert isinstance(result, HtxCancelAllOrdersResponse)
    assert len(result) == 2
    assert result[0].order_id == "1329854624317231104"
    assert [item.code for item in result] == [200, 1017]
    assert result.raw_response.status == 200
    (req,) = rec.requests
    assert req.body == b'{"contract_code":"BTC-USDT"}'
    assert "AccessKeyId=" + KEY in req.url


def test_htx_null_data_is_an_empty_list() -> None:
    rec = Recorder(json_response({"code": 200, "data": None, "message": "Success"}))
    client = SyncClient(HTX, api_key=KEY, api_secret=SECRET, transport=MockTransport(rec))
    result = client._call(HTX_CANCEL_ALL, {}, {})
    assert isinstance(result, HtxCancelAllOrdersResponse)
    assert len(result) == 0


def test_bitget_call_sends_passphrase_header() -> None:
    body = {
        "code": "00000",
        "msg": "success",
        "requestTime": 1,
        "data": {
            "successList": [{"orderId": "121211212122", "clientOid": "BITGET#1"}],
            "failureList": [],
        },
    }
    rec = Recorder(json_response(body))
    client = SyncClient(
        BITGET, api_key=KEY, api_secret=SECRET, passphrase=PASSPHRASE, transport=MockTransport(rec)
    )
    result = client._call(
        BITGET_CANCEL_ALL, {}, {"productType": "USDT-FUTURES", "marginCoin": "USDT"}
    )
    assert isinstance(result, BitgetCancelAllOrdersResponse)
    assert result.successList[0].orderId == "121211212122"
    assert rec.requests[0].headers["ACCESS-PASSPHRASE"] == PASSPHRASE


def test_gate_string_trigger_time_becomes_int() -> None:
    rec = Recorder(json_response({"triggerTime": "1660039145000"}))
    client = SyncClient(
        GATE,
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(rec),
        base_url="http://127.0.0.1:8765/",
    )
    result = client._call(GATE_COUNTDOWN, {}, {"timeout": 30, "currency_pair": "BTC_USDT"})
    assert isinstance(result, TriggerTimeResponse)
    assert result.triggerTime == 1660039145000
    assert rec.requests[0].url == "http://127.0.0.1:8765/api/v4/spot/countdown_cancel_all"


def test_payload_that_does_not_match_the_model_is_unexpected() -> None:
    body = {"code": 0, "msg": "", "data": {"status": "ACTIVATED"}}  # triggerTime missing
    with pytest.raises(errors.UnexpectedResponseError) as info:
        bingx(Recorder(json_response(body)))._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    exc = info.value
    assert "CancelAllAfterResponse" in exc.message and "triggerTime" in exc.message
    assert exc.raw_body == json.dumps(body).encode()
    assert exc.http_status == 200
    assert isinstance(exc.__cause__, ValueError)


def test_path_params_and_extra_headers() -> None:
    rec = Recorder(json_response({"triggerTime": 1}))
    client = SyncClient(GATE, api_key=KEY, api_secret=SECRET, transport=MockTransport(rec))
    client._call(
        WITH_PATH,
        {"currency_pair": "BTC_USDT"},
        {},
        path_params={"order_id": "12/3"},
        headers={"X-Gate-Channel-Id": "c"},
    )
    (req,) = rec.requests
    assert req.url == "https://api.gateio.ws/api/v4/spot/orders/12%2F3?currency_pair=BTC_USDT"
    assert req.headers["X-Gate-Channel-Id"] == "c"


def test_request_timeout_per_call_and_per_client() -> None:
    rec = Recorder(BX_OK)
    client = bingx(rec, timeout=3)
    client._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    client._call(BINGX_CANCEL_ALL_AFTER, {}, {}, request_timeout=0.5)
    assert [r.timeout for r in rec.requests] == [3.0, 0.5]
    with pytest.raises(errors.ValidationError, match="request_timeout"):
        client._call(BINGX_CANCEL_ALL_AFTER, {}, {}, request_timeout=0)


# ---------------------------------------------------------------------------- retries


def test_safe_endpoint_is_retried_and_resigned() -> None:
    rec = Recorder(HTML_502, HTML_502, BX_OK)
    result = bingx(rec)._call(BINGX_CANCEL_ALL_AFTER, {"type": "ACTIVATE", "timeOut": 10}, {})
    assert isinstance(result, CancelAllAfterResponse)
    assert len(rec.requests) == 3
    stamps = [query_of(r)["timestamp"] for r in rec.requests]
    signatures = [query_of(r)["signature"] for r in rec.requests]
    assert len(set(stamps)) == 3 and len(set(signatures)) == 3
    for stamp, signature in zip(stamps, signatures, strict=True):
        assert signature == bingx_signature(SECRET, f"timeOut=10&timestamp={stamp}&type=ACTIVATE")


def test_retries_stop_at_max_retries_then_raise() -> None:
    rec = Recorder(HTML_502)
    with pytest.raises(errors.ServerError):
        bingx(rec, max_retries=1)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 2


def test_per_call_max_retries_overrides_the_client() -> None:
    rec = Recorder(HTML_502)
    with pytest.raises(errors.ServerError):
        bingx(rec, max_retries=5)._call(BINGX_CANCEL_ALL_AFTER, {}, {}, max_retries=0)
    assert len(rec.requests) == 1
    rec = Recorder(HTML_502)
    with pytest.raises(errors.ServerError):
        bingx(rec)._call(BINGX_CANCEL_ALL_AFTER, {}, {}, max_retries=3)
    assert len(rec.requests) == 4


def test_endpoint_not_safe_to_repeat_is_never_retried() -> None:
    rec = Recorder(HTML_502)
    with pytest.raises(errors.ServerError):
        bingx(rec, max_retries=5)._call(NOT_SAFE, {}, {}, max_retries=5)
    assert len(rec.requests) == 1
    rec = Recorder(errors.NetworkError("connection reset"))
    with pytest.raises(errors.NetworkError):
        bingx(rec)._call(NOT_SAFE, {}, {})
    assert len(rec.requests) == 1


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (100001, errors.AuthenticationError),
        (100419, errors.PermissionDeniedError),
        (100400, errors.InvalidRequestError),
    ],
)
def test_auth_permission_and_request_errors_are_never_retried(
    code: int, cls: type[errors.APIError]
) -> None:
    rec = Recorder(json_response({"code": code, "msg": "no"}))
    with pytest.raises(cls):
        bingx(rec, max_retries=5)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 1


def test_network_errors_and_timeouts_are_retried_then_raised_with_context() -> None:
    rec = Recorder(
        errors.RequestTimeoutError("request timed out"),
        errors.NetworkError("connection reset"),
        BX_OK,
    )
    assert isinstance(bingx(rec)._call(BINGX_CANCEL_ALL_AFTER, {}, {}), CancelAllAfterResponse)
    assert len(rec.requests) == 3
    rec = Recorder(errors.RequestTimeoutError("request timed out"))
    with pytest.raises(errors.RequestTimeoutError) as info:
        bingx(rec)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 3
    assert str(info.value) == "bingx spot.cancel_all_after: request timed out"


def test_retryable_rate_limit_is_retried_after_the_wait() -> None:
    slept: list[float] = []
    msg = "will be unblocked after 1696751142337"  # 1 s after the StepClock's start
    rec = Recorder(json_response({"code": 100410, "msg": msg}), BX_OK)
    client = bingx(rec)
    client._sleep = slept.append

    class Fixed(StepClock):
        def now_s(self) -> float:
            return 1696751141.337

    client._clock = Fixed()
    # The limiter's pause (the same second) runs on a clock that the fake sleep advances.
    now = [0.0]

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    client._sleep = sleep
    client.rate_limiter = RateLimiter(now=lambda: now[0])
    client._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 2
    assert slept == [pytest.approx(1.0)]


def test_rate_limit_with_a_long_wait_is_raised_not_slept() -> None:
    rec = Recorder(json_response({"code": 100410, "msg": "will be unblocked after 9999999999999"}))
    with pytest.raises(errors.RateLimitError) as info:
        bingx(rec)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 1
    assert info.value.retry_after is not None and info.value.retry_after > 30


def test_non_retryable_rate_limit_is_raised() -> None:
    rec = Recorder(json_response({"code": 1, "msg": "banned"}, 418))
    with pytest.raises(errors.RateLimitError):
        bingx(rec)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 1


def test_backoff_grows_with_jitter_and_respects_retry_after() -> None:
    client = SyncClient(
        BINGX, api_key=KEY, api_secret=SECRET, transport=MockTransport(Recorder(BX_OK))
    )
    for attempt, base in enumerate([0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 8.0]):
        delay = client._retry_delay(attempt, None)
        assert delay is not None and 0.0 <= delay <= base  # full jitter
    assert client._retry_delay(0, 5.0) == 5.0
    assert client._retry_delay(0, 31.0) is None


def test_default_backoff_sleeps_between_attempts() -> None:
    slept: list[float] = []
    rec = Recorder(HTML_502, BX_OK)
    client = SyncClient(BINGX, api_key=KEY, api_secret=SECRET, transport=MockTransport(rec))
    client._sleep = slept.append
    client._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(slept) <= 1 and all(0.0 <= s <= 0.25 for s in slept)


# ---------------------------------------------------------------------------- credentials, repr


def test_credentials_fall_back_to_the_environment(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("BITGET_API_KEY", "env-key")
    clean_env.setenv("BITGET_API_SECRET", "env-secret")
    clean_env.setenv("BITGET_PASSPHRASE", "env-pass")
    rec = Recorder(json_response({"code": "00000", "msg": "success", "data": {}}))
    client = SyncClient(BITGET, api_key=None, api_secret=None, transport=MockTransport(rec))
    client._call(BITGET_CANCEL_ALL, {}, {"productType": "USDT-FUTURES"})
    headers = rec.requests[0].headers
    assert (headers["ACCESS-KEY"], headers["ACCESS-PASSPHRASE"]) == ("env-key", "env-pass")
    # Arguments win over the environment.
    rec = Recorder(json_response({"code": "00000", "msg": "success", "data": {}}))
    client = SyncClient(
        BITGET, api_key="arg-key", api_secret="s", passphrase="p", transport=MockTransport(rec)
    )
    client._call(BITGET_CANCEL_ALL, {}, {"productType": "USDT-FUTURES"})
    assert rec.requests[0].headers["ACCESS-KEY"] == "arg-key"


@pytest.mark.parametrize(
    ("missing", "argument", "env_var"),
    [
        ("BITGET_API_KEY", "api_key", "BITGET_API_KEY"),
        ("BITGET_API_SECRET", "api_secret", "BITGET_API_SECRET"),
        ("BITGET_PASSPHRASE", "passphrase", "BITGET_PASSPHRASE"),
    ],
)
def test_missing_credentials_name_argument_and_env_var(
    clean_env: pytest.MonkeyPatch, missing: str, argument: str, env_var: str
) -> None:
    for name in ("BITGET_API_KEY", "BITGET_API_SECRET", "BITGET_PASSPHRASE"):
        if name != missing:
            clean_env.setenv(name, "x")
    with pytest.raises(errors.ConfigurationError) as info:
        SyncClient(BITGET, api_key=None, api_secret=None)
    assert (info.value.argument, info.value.env_var) == (argument, env_var)
    assert f"{argument}=" in str(info.value) and env_var in str(info.value)


def test_empty_credential_counts_as_missing(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(errors.ConfigurationError, match="BINGX_API_SECRET"):
        SyncClient(BINGX, api_key="k", api_secret="")


def test_passphrase_is_not_required_without_a_passphrase_env(clean_env: pytest.MonkeyPatch) -> None:
    SyncClient(GATE, api_key="k", api_secret="s")
    AsyncClient(HTX, api_key="k", api_secret="s")


@pytest.mark.parametrize("url", ["open-api.bingx.com", "ftp://x", "https://", "http:///path"])
def test_bad_base_url(url: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="base_url"):
        SyncClient(BINGX, api_key="k", api_secret="s", base_url=url)


def test_bad_settings_are_configuration_errors() -> None:
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        SyncClient(BINGX, api_key="k", api_secret="s", timeout=0)
    with pytest.raises(errors.ConfigurationError, match="max_retries"):
        SyncClient(BINGX, api_key="k", api_secret="s", max_retries=-1)
    odd = BINGX._replace(id="acme", name="Acme")  # no generated exchange_sdk/acme/_signing.py
    with pytest.raises(errors.ConfigurationError, match="no signer for exchange 'acme'"):
        SyncClient(odd, api_key="k", api_secret="s")


def test_repr_and_str_never_show_credentials() -> None:
    for client in (
        SyncClient(
            BITGET,
            api_key=KEY,
            api_secret=SECRET,
            passphrase=PASSPHRASE,
            base_url="http://127.0.0.1:1/",
        ),
        AsyncClient(BITGET, api_key=KEY, api_secret=SECRET, passphrase=PASSPHRASE),
    ):
        for text in (repr(client), str(client), repr(vars(client))):
            assert KEY not in text and SECRET not in text and PASSPHRASE not in text
        assert "Bitget" in repr(client)
    assert repr(
        SyncClient(BINGX, api_key=KEY, api_secret=SECRET, base_url="http://127.0.0.1:1/")
    ) == ("SyncClient(exchange='BingX', base_url='http://127.0.0.1:1')")
    with pytest.raises(TypeError):
        pickle.dumps(SyncClient(BINGX, api_key=KEY, api_secret=SECRET))


def test_exchange_echoing_credentials_is_redacted() -> None:
    body = {"code": 100413, "msg": f"Incorrect apiKey {KEY} (secret {SECRET})"}
    with pytest.raises(errors.AuthenticationError) as info:
        bingx(Recorder(json_response(body)))._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    for text in (str(info.value), repr(info.value), info.value.message):
        assert KEY not in text and SECRET not in text


def test_context_manager_closes_owned_transport_only() -> None:
    closed: list[bool] = []

    class Tracking(MockTransport):
        def close(self) -> None:
            closed.append(True)

    with SyncClient(BINGX, api_key="k", api_secret="s", transport=Tracking(Recorder(BX_OK))):
        pass
    assert closed == []
    with SyncClient(BINGX, api_key="k", api_secret="s") as client:  # default transport, unused
        assert client.base_url == "https://open-api.bingx.com"
        assert (client.timeout, client.max_retries) == (10.0, 2)


# ---------------------------------------------------------------------------- async twins


@pytest.mark.asyncio
async def test_async_call() -> None:
    rec = Recorder(BX_OK)
    client = abingx(rec)
    result = await client._call(BINGX_CANCEL_ALL_AFTER, {"type": "CLOSE", "timeOut": 10}, {})
    assert isinstance(result, CancelAllAfterResponse)
    assert result.raw_response.headers["X-RATELIMIT-REQUESTS-REMAIN"] == "9"
    q = query_of(rec.requests[0])
    assert q["signature"] == bingx_signature(
        SECRET, f"timeOut=10&timestamp={q['timestamp']}&type=CLOSE"
    )


@pytest.mark.asyncio
async def test_async_handler_may_be_a_coroutine() -> None:
    async def handler(request: HttpRequest) -> HttpResponse:
        return json_response({"triggerTime": "5"})

    client = AsyncClient(GATE, api_key="k", api_secret="s", transport=AsyncMockTransport(handler))
    result = await client._call(GATE_COUNTDOWN, {}, {"timeout": 0})
    assert isinstance(result, TriggerTimeResponse) and result.triggerTime == 5


@pytest.mark.asyncio
async def test_async_retries_and_resigns() -> None:
    rec = Recorder(errors.NetworkError("reset"), HTML_502, BX_OK)
    result = await abingx(rec)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert isinstance(result, CancelAllAfterResponse)
    assert len({query_of(r)["signature"] for r in rec.requests}) == 3


@pytest.mark.asyncio
async def test_async_retries_stop_and_raise() -> None:
    rec = Recorder(HTML_502)
    with pytest.raises(errors.ServerError):
        await abingx(rec, max_retries=1)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 2


@pytest.mark.asyncio
async def test_async_default_backoff_really_sleeps() -> None:
    rec = Recorder(HTML_502, BX_OK)
    client = AsyncClient(
        BINGX, api_key=KEY, api_secret=SECRET, transport=AsyncMockTransport(rec), retry_backoff=0.01
    )
    await client._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 2


@pytest.mark.asyncio
async def test_async_never_retries_unsafe_or_auth() -> None:
    rec = Recorder(HTML_502)
    with pytest.raises(errors.ServerError):
        await abingx(rec)._call(NOT_SAFE, {}, {})
    rec2 = Recorder(json_response({"code": 100001, "msg": "bad sign"}))
    with pytest.raises(errors.AuthenticationError):
        await abingx(rec2)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == len(rec2.requests) == 1


@pytest.mark.asyncio
async def test_async_network_error_context_and_unexpected_body() -> None:
    rec = Recorder(errors.NetworkError("connection refused"))
    with pytest.raises(errors.NetworkError) as info:
        await abingx(rec, max_retries=0)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert (info.value.exchange, info.value.endpoint) == ("bingx", "spot.cancel_all_after")
    rec = Recorder(raw_response(b'{"code":0,"data":{"trig', 200))
    with pytest.raises(errors.UnexpectedResponseError):
        await abingx(rec)._call(BINGX_CANCEL_ALL_AFTER, {}, {})


@pytest.mark.asyncio
async def test_async_context_manager() -> None:
    closed: list[bool] = []

    class Tracking(AsyncMockTransport):
        async def aclose(self) -> None:
            closed.append(True)

    async with AsyncClient(
        GATE, api_key="k", api_secret="s", transport=Tracking(Recorder(BX_OK))
    ) as client:
        assert client.base_url == "https://api.gateio.ws"
    assert closed == []
    async with AsyncClient(GATE, api_key="k", api_secret="s"):
        pass


# ---------------------------------------------------------------------------- import cost


def test_pydantic_and_pyreqwest_load_only_when_needed() -> None:
    """Importing the runtime and building clients must not load pydantic or the HTTP libraries."""
    import exchange_sdk

    package_dir = next(iter(exchange_sdk.__path__))
    probe = f"""
import importlib.machinery, importlib.util, sys
spec = importlib.machinery.ModuleSpec("exchange_sdk", None, is_package=True)
spec.submodule_search_locations = [{package_dir!r}]
sys.modules["exchange_sdk"] = importlib.util.module_from_spec(spec)
import exchange_sdk.errors
from exchange_sdk._runtime.client import SyncClient, AsyncClient
from exchange_sdk._runtime import spec, signing, envelope, transport
from exchange_sdk._runtime.spec import ExchangeInfo, Envelope, RateLimitHeaders
info = ExchangeInfo("gate", "X", "https://h", (), "gate-hmac-sha512", "K", "S", None, 1,
    Envelope((200,), None, (), None, None, ("label",), ("message",)), {{}}, None, RateLimitHeaders())
SyncClient(info, api_key="k", api_secret="s"); AsyncClient(info, api_key="k", api_secret="s")
heavy = ("pydantic", "pyreqwest", "httptools", "ssl", "asyncio", "dataclasses", "inspect", "urllib.parse", "http")
print(",".join(m for m in heavy if m in sys.modules))
"""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
