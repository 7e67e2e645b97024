"""Clock synchronisation: sync_time(), and one automatic re-send after a timestamp error."""

from __future__ import annotations

import base64
from urllib.parse import parse_qsl, urlsplit

import pytest
from runtime_helpers import (
    BINGX,
    BINGX_CANCEL_ALL_AFTER,
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
    FakeTime,
    json_response,
    raw_response,
)

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk._runtime.clock import Clock, offset_from, server_time_ms
from exchange_sdk._runtime.ratelimit import RateLimiter
from exchange_sdk._runtime.spec import ExchangeInfo, ServerTime
from exchange_sdk._runtime.transport import (
    AsyncMockTransport,
    HttpRequest,
    HttpResponse,
    MockTransport,
)
from exchange_sdk.kraken import _spec as kraken

SKEW_MS = 180_000  # the "server" runs three minutes ahead of the local clock


class Exchange:
    """A fake exchange on the fake time line: answers server time from its own clock and
    refuses requests whose timestamp strays more than the tolerance from it."""

    def __init__(
        self,
        info: ExchangeInfo,
        fake: FakeTime,
        skew_ms: int,
        refuse: HttpResponse,
        ok: HttpResponse,
    ) -> None:
        self.info = info
        self.fake = fake
        self.skew_ms = skew_ms
        self.refuse = refuse
        self.ok = ok
        self.requests: list[HttpRequest] = []
        self.broken_time = False

    def server_ms(self) -> int:
        return int(self.fake.t * 1000) + self.skew_ms

    def timestamp_of(self, request: HttpRequest) -> int:
        query = dict(parse_qsl(urlsplit(request.url).query))
        if "timestamp" in query:
            return int(query["timestamp"])
        if "Timestamp" in query:
            from calendar import timegm
            from time import strptime

            return timegm(strptime(query["Timestamp"], "%Y-%m-%dT%H:%M:%S")) * 1000
        if "ACCESS-TIMESTAMP" in request.headers:
            return int(request.headers["ACCESS-TIMESTAMP"])
        return int(float(request.headers["Timestamp"]) * 1000)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        spec = self.info.server_time
        assert spec is not None
        if request.url.endswith(spec.path):
            if self.broken_time:
                return raw_response(b"<html>maintenance</html>", 503)
            self.fake.sleep(0.04)  # 40 ms round trip
            value: object = self.server_ms()
            for name in reversed(spec.field_path):
                value = {name: value}
            return json_response(value)
        if abs(self.timestamp_of(request) - self.server_ms()) > self.info.timestamp_tolerance_ms:
            return self.refuse
        return self.ok


REFUSALS = {
    "bingx": json_response({"code": 100421, "msg": "Null timestamp or timestamp mismatch"}),
    "bitget": json_response({"code": "40008", "msg": "Request timestamp expired"}, 400),
    "gate": json_response(
        {
            "label": "REQUEST_EXPIRED",
            "message": "gap between request Timestamp and server time exceeds 60",
        },
        401,
    ),
    # HTX maps no code to TimestampError: an expired signature is an authentication failure.
    "htx": json_response(
        {"status": "error", "err_code": 403, "err_msg": "Verification failure [校验失败]", "ts": 1},
        401,
    ),
}
OKS = {
    "bingx": json_response({"code": 0, "data": {"triggerTime": 1, "status": "ACTIVATED"}}),
    "bitget": json_response({"code": "00000", "data": {"successList": [], "failureList": []}}),
    "gate": json_response({"triggerTime": "1"}),
    "htx": json_response({"code": 200, "data": []}),
}
INFOS = {"bingx": BINGX, "bitget": BITGET, "gate": GATE, "htx": HTX}
ENDPOINTS = {
    "bingx": BINGX_CANCEL_ALL_AFTER,
    "bitget": BITGET_CANCEL_ALL,
    "gate": GATE_COUNTDOWN,
    "htx": HTX_CANCEL_ALL,
}


def make(exchange: str, skew_ms: int = SKEW_MS) -> tuple[SyncClient, Exchange, FakeTime]:
    fake = FakeTime()
    info = INFOS[exchange]
    server = Exchange(info, fake, skew_ms, REFUSALS[exchange], OKS[exchange])
    client = SyncClient(
        info,
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE if info.passphrase_env else None,
        transport=MockTransport(server),
        rate_limiter=RateLimiter(now=fake.monotonic),
        max_retries=3,
    )
    client._clock = fake.clock()
    client._sleep = fake.sleep
    return client, server, fake


def paths(server: Exchange) -> list[str]:
    return [urlsplit(r.url).path for r in server.requests]


@pytest.mark.parametrize("exchange", sorted(INFOS))
@pytest.mark.parametrize("skew", [SKEW_MS, -SKEW_MS, 600_000], ids=["ahead", "behind", "10min"])
def test_timestamp_refusal_syncs_once_and_resends(exchange: str, skew: int) -> None:
    client, server, _ = make(exchange, skew)
    if exchange == "htx" and abs(skew) <= HTX.timestamp_tolerance_ms:
        skew = 600_000  # inside HTX's 5 minutes nothing fails
        client, server, _ = make(exchange, skew)
    client._call(ENDPOINTS[exchange], {}, {})
    time_path = INFOS[exchange].server_time.path  # type: ignore[union-attr]
    endpoint_path = ENDPOINTS[exchange].path
    assert paths(server) == [endpoint_path, time_path, endpoint_path]
    # midpoint of a 40 ms round trip: the offset is the skew to within 20 ms
    assert abs(client.clock_offset_ms - skew) <= 20
    # later calls are signed right at once
    client._call(ENDPOINTS[exchange], {}, {})
    assert len(server.requests) == 4


def test_a_second_refusal_is_raised_not_looped() -> None:
    client, server, _ = make("bingx")
    server.timestamp_of = lambda request: 0  # type: ignore[method-assign]  # always refused
    with pytest.raises(errors.TimestampError):
        client._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(server.requests) == 3  # call, server time, the one re-send


def test_failed_sync_raises_the_original_error() -> None:
    client, server, _ = make("bitget")
    server.broken_time = True
    with pytest.raises(errors.TimestampError) as info:
        client._call(BITGET_CANCEL_ALL, {}, {})
    assert info.value.code == "40008"
    assert len(server.requests) == 2


def test_timestamp_refusal_is_resent_even_for_unsafe_endpoints() -> None:
    # Refused before the exchange acted on it, so sending it again cannot double anything.
    client, server, _ = make("bingx")
    client._call(NOT_SAFE, {}, {}, max_retries=0)
    assert len(server.requests) == 3


def test_htx_authentication_failure_with_a_right_clock_is_raised() -> None:
    client, server, _ = make("htx", skew_ms=1_000)
    server.refuse = REFUSALS["htx"]
    server.timestamp_of = lambda request: 0  # type: ignore[method-assign]  # a bad signature
    with pytest.raises(errors.AuthenticationError):
        client._call(HTX_CANCEL_ALL, {}, {})
    assert paths(server) == [HTX_CANCEL_ALL.path, "/api/v1/timestamp"]  # measured, not re-sent


def test_authentication_errors_elsewhere_do_not_touch_the_clock() -> None:
    client, server, _ = make("bingx", skew_ms=0)
    server.ok = json_response({"code": 100001, "msg": "signature verification failed"})
    with pytest.raises(errors.AuthenticationError):
        client._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(server.requests) == 1


@pytest.mark.parametrize("exchange", sorted(INFOS))
def test_sync_time_up_front(exchange: str) -> None:
    client, server, _ = make(exchange, 42_000)
    assert abs(client.sync_time() - 42_000) <= 20
    assert abs(client._clock.offset_ms - 42_000) <= 20 and client._clock.synced
    client._call(ENDPOINTS[exchange], {}, {})
    assert len(server.requests) == 2  # no refusal


def test_sync_time_errors() -> None:
    client, server, _ = make("gate")
    server.broken_time = True
    with pytest.raises(errors.UnexpectedResponseError, match="HTTP 503"):
        client.sync_time()
    no_time = SyncClient(BINGX._replace(server_time=None), api_key=KEY, api_secret=SECRET)
    with pytest.raises(errors.ConfigurationError, match="server-time"):
        no_time.sync_time()


def test_server_time_parsing() -> None:
    ms = ServerTime("GET", "/t", ("data", "serverTime"), "ms")
    s = ServerTime("GET", "/t", ("ts",), "s")
    assert (
        server_time_ms(ms, json_response({"data": {"serverTime": "1688008631614"}}), "x")
        == 1688008631614
    )
    assert (
        server_time_ms(ms, json_response({"data": {"serverTime": 1688008631614}}), "x")
        == 1688008631614
    )
    assert server_time_ms(s, json_response({"ts": 1688008631.5}), "x") == 1688008631500
    for bad in (
        {"data": None},
        {"data": {"serverTime": True}},
        {"data": {"serverTime": "soon"}},
        [1],
    ):
        with pytest.raises(errors.UnexpectedResponseError, match="server time"):
            server_time_ms(ms, json_response(bad), "x")
    with pytest.raises(errors.UnexpectedResponseError, match="HTTP 500"):
        server_time_ms(ms, json_response({}, 500), "x")
    assert offset_from(10_000, 1_000.0, 1_100.0) == 8_950


def test_a_whole_second_server_time_leaves_a_right_clock_alone() -> None:
    # Kraken's unixtime is whole seconds: the server's time was in [10 000, 11 000) ms while
    # the request was in flight. Any offset that agrees with that is possible; the one nearest
    # zero is taken, so a right clock is not moved by up to a second (mid-flight would say -250).
    assert offset_from(10_000, 10_200.0, 10_300.0, 1000) == 0
    assert offset_from(10_000, 10_998.0, 10_999.0, 1000) == 0
    # A clock 5 s slow or 3 s fast is still corrected, by the least the stamp requires.
    assert offset_from(10_000, 5_000.0, 5_100.0, 1000) == 4_900
    assert offset_from(10_000, 13_000.0, 13_100.0, 1000) == -2_001


KRAKEN_REFUSED = json_response({"error": ["EAPI:Invalid nonce"], "result": {}})
KRAKEN_TIME = json_response({"error": [], "result": {"unixtime": 1_700_000_000}})
KRAKEN_OK = json_response({"error": [], "result": {"open": {}}})


def kraken_client(
    fake: FakeTime, answers: list[HttpResponse]
) -> tuple[SyncClient, list[HttpRequest]]:
    """A Kraken client on ``fake`` time whose exchange gives ``answers`` in turn (a millisecond
    a round trip), and the requests it sent."""
    replies = iter(answers)
    seen: list[HttpRequest] = []

    def serve(request: HttpRequest) -> HttpResponse:
        seen.append(request)
        fake.t += 0.001
        return next(replies)

    client = SyncClient(
        kraken.EXCHANGE,
        api_key=KEY,
        api_secret=base64.b64encode(SECRET.encode()).decode(),
        transport=MockTransport(serve),
        rate_limiter=None,
        max_retries=2,
    )
    client._clock = fake.clock()
    client._sleep = fake.sleep
    return client, seen


def nonces(requests: list[HttpRequest]) -> list[int]:
    return [int(dict(parse_qsl(r.body.decode()))["nonce"]) for r in requests if r.body]


def test_kraken_invalid_nonce_resync_keeps_its_nonces_ahead() -> None:
    """Another process on the key sent a nonce a moment ahead; ours is refused with
    ``EAPI:Invalid nonce``. The automatic resync reads Kraken's whole-second server time: it
    must not move the clock back (up to a second) or every later nonce falls behind the other
    process's and is refused too."""
    fake = FakeTime(1_700_000_000.900)  # 900 ms into a second
    client, seen = kraken_client(fake, [KRAKEN_REFUSED, KRAKEN_TIME, KRAKEN_OK])
    client._call(kraken.SPOT_OPEN_ORDERS, {}, {})
    assert client.clock_offset_ms == 0
    first, resent = nonces(seen)
    assert resent > first  # and not ~900 ms behind it
    assert resent - first < 50


def test_kraken_nonce_race_is_retried_with_new_nonces_within_the_budget() -> None:
    """Two processes on one Kraken key race: after the resync, the re-sent request loses again.
    A nonce refusal did nothing on the exchange, so it is retried (even for an endpoint not
    safe to repeat) with a new, larger nonce, within ``max_retries``; a timestamp exchange
    raises a second refusal instead (``test_a_second_refusal_is_raised_not_looped``)."""
    fake = FakeTime(1_700_000_000.100)
    not_safe = kraken.SPOT_OPEN_ORDERS._replace(safe_to_repeat=False)
    refused, time_answer, ok = KRAKEN_REFUSED, KRAKEN_TIME, KRAKEN_OK
    client, seen = kraken_client(fake, [refused, time_answer, refused, refused, ok])
    client._call(not_safe, {}, {})
    sent = nonces(seen)
    assert len(seen) == 5 and len(sent) == 4  # the call, server time, re-send, 2 retries
    assert sent == sorted(set(sent))  # every attempt a new, larger nonce
    client, seen = kraken_client(fake, [refused, time_answer, refused, refused, refused])
    with pytest.raises(errors.TimestampError):
        client._call(not_safe, {}, {})  # the budget spent: raised, never looped
    assert len(seen) == 5


def test_clock_reads() -> None:
    clock = Clock(offset_ms=5_000)
    assert abs(clock.now_ms() - clock.local_ms() - 5_000) < 50
    assert abs(clock.now_s() * 1000 - clock.local_ms() - 5_000) < 50
    assert repr(clock) == "Clock(offset_ms=5000)"


@pytest.mark.asyncio
@pytest.mark.parametrize("exchange", sorted(INFOS))
async def test_async_sync_and_resend(exchange: str) -> None:
    fake = FakeTime()
    info = INFOS[exchange]
    server = Exchange(info, fake, 600_000, REFUSALS[exchange], OKS[exchange])
    client = AsyncClient(
        info,
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE if info.passphrase_env else None,
        transport=AsyncMockTransport(server),
        rate_limiter=RateLimiter(now=fake.monotonic),
    )
    client._clock = fake.clock()
    client._sleep = fake.asleep
    await client._call(ENDPOINTS[exchange], {}, {})
    assert len(server.requests) == 3
    assert abs(client.clock_offset_ms - 600_000) <= 20
    assert abs(await client.sync_time() - 600_000) <= 20
