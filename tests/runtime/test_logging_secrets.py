"""Logging (silent by default, EXCHANGE_SDK_LOG, one request and one response line) and the
guarantee that no credential or signature shows in a log line, repr, message or traceback."""

from __future__ import annotations

import logging
import pickle
import subprocess
import sys
import traceback
from collections.abc import Iterator
from urllib.parse import parse_qsl, unquote, urlsplit

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
    INFOS,
    KEY,
    PASSPHRASE,
    SECRET,
    FakeTime,
    json_response,
    raw_response,
)

from exchange_sdk import errors
from exchange_sdk._runtime import client_base as client_module
from exchange_sdk._runtime import log
from exchange_sdk._runtime.client import SyncClient
from exchange_sdk._runtime.clock import Clock
from exchange_sdk._runtime.ratelimit import RateLimiter
from exchange_sdk._runtime.secrets import REDACTED
from exchange_sdk._runtime.spec import Endpoint
from exchange_sdk._runtime.transport import HttpRequest, HttpResponse, MockTransport

ENDPOINTS: dict[str, Endpoint] = {
    "bingx": BINGX_CANCEL_ALL_AFTER,
    "htx": HTX_CANCEL_ALL,
    "bitget": BITGET_CANCEL_ALL,
    "gate": GATE_COUNTDOWN,
}
OKS = {
    "bingx": json_response({"code": 0, "data": {"triggerTime": 1, "status": "ACTIVATED"}}),
    "htx": json_response({"code": 200, "data": []}),
    "bitget": json_response({"code": "00000", "data": {"successList": [], "failureList": []}}),
    "gate": json_response({"triggerTime": "1"}),
}
SERVER_TIME = {
    "bingx": {"code": 0, "data": {"serverTime": 1}},
    "htx": {"status": "ok", "ts": 1},
    "bitget": {"code": "00000", "data": {"serverTime": "1"}},
    "gate": {"server_time": 1},
}


class Leaky:
    """An exchange that echoes the whole request (URL, headers, body) back in its errors."""

    def __init__(self, exchange: str, answers: list[str]) -> None:
        self.exchange = exchange
        self.answers = answers
        self.requests: list[HttpRequest] = []

    def echo(self, request: HttpRequest) -> str:
        body = (request.body or b"").decode()
        return f"you sent {request.url} with {request.headers} and {body}; signature={self.signature(request)}"

    def signature(self, request: HttpRequest) -> str:
        return signatures_of(request)[0] if signatures_of(request) else ""

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "GET":  # server time
            return json_response(SERVER_TIME[self.exchange])
        self.requests.append(request)
        kind = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        echo = self.echo(request)
        if kind == "ok":
            return OKS[self.exchange]
        if kind == "network":
            raise errors.NetworkError(f"connection reset while sending {request.url}")
        if kind == "html":
            return raw_response(f"<html>{echo}</html>".encode(), 502)
        if kind == "truncated":
            return raw_response(b'{"code": 0, "data": {"trig', 200, "application/json")
        if kind == "bad-model":
            return json_response(
                {"code": 0, "code_": 200, "data": {"unexpected": echo}}
                if self.exchange != "gate"
                else {"triggerTime": echo}
            )
        status, body = self.error_body(kind, echo)
        return json_response(body, status)

    def error_body(self, kind: str, echo: str) -> tuple[int, object]:
        codes = {
            "bingx": {"auth": "100001", "limit": "100410", "time": "100421", "server": "100500"},
            "htx": {"auth": "403", "limit": "1032", "time": "403", "server": "1004"},
            "bitget": {"auth": "40009", "limit": "429", "time": "40008", "server": "40010"},
            "gate": {
                "auth": "INVALID_SIGNATURE",
                "limit": "TOO_MANY_REQUESTS",
                "time": "REQUEST_EXPIRED",
                "server": "SERVER_ERROR",
            },
        }[self.exchange]
        code = codes[kind]
        if self.exchange == "bingx":
            return 200, {"code": int(code), "msg": echo}
        if self.exchange == "htx":
            if kind in ("auth", "time"):
                return 401, {"status": "error", "err_code": int(code), "err_msg": echo}
            return 200, {"code": int(code), "message": echo}
        if self.exchange == "bitget":
            return (429 if kind == "limit" else 400), {"code": code, "msg": echo}
        return {"limit": 429, "server": 500}.get(kind, 401), {"label": code, "message": echo}


def signatures_of(request: HttpRequest) -> list[str]:
    """The signature values of a request, as sent and decoded."""
    found = []
    for name, value in parse_qsl(urlsplit(request.url).query):
        if name.lower() in ("signature",):
            found.append(value)
    for name in ("ACCESS-SIGN", "SIGN"):
        if name in request.headers:
            found.append(request.headers[name])
    raw_query = urlsplit(request.url).query
    for part in raw_query.split("&"):
        name, _, value = part.partition("=")
        if name.lower() == "signature":
            found += [value, unquote(value)]
    return [f for f in found if f]


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG, logger="exchange_sdk")
    yield caplog


def leaky_client(exchange: str, answers: list[str]) -> tuple[SyncClient, Leaky]:
    fake = FakeTime()
    server = Leaky(exchange, answers)
    info = INFOS[exchange]
    c = SyncClient(
        info,
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE if info.passphrase_env else None,
        transport=MockTransport(server),
        rate_limiter=RateLimiter(now=fake.monotonic),
        max_retries=1,
    )
    c._sleep = fake.sleep
    c._clock = _TickClock()
    return c, server


class _TickClock(Clock):
    """1.5 s per reading: every request gets its own timestamp, hence its own signature."""

    __slots__ = ()
    t = 1_696_751_141_000  # shared by every client of the test: no two stamps alike

    def now_ms(self) -> int:
        _TickClock.t += 1500
        return _TickClock.t + self.offset_ms


SCENARIOS = [
    ["ok"],
    ["auth"],
    ["limit", "ok"],
    ["limit"],
    ["time", "ok"],
    ["time"],
    ["server", "ok"],
    ["server"],
    ["html"],
    ["network", "ok"],
    ["network"],
    ["truncated"],
    ["bad-model"],
]


def texts_of(exc: BaseException) -> list[str]:
    out = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    copy = pickle.loads(pickle.dumps(exc))
    out += [str(copy), repr(copy), repr(copy.args)]
    return out


@pytest.mark.parametrize("exchange", sorted(ENDPOINTS))
def test_no_secret_or_signature_anywhere(
    exchange: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    seen: list[str] = []
    sent: list[HttpRequest] = []
    for answers in SCENARIOS:
        client, server = leaky_client(exchange, list(answers))
        seen += [repr(client), str(client)]
        try:
            result = client._call(ENDPOINTS[exchange], {}, {"contract_code": "BTC-USDT"})
            seen.append(repr(result))
        except errors.ExchangeSDKError as exc:
            seen += texts_of(exc)
        sent += server.requests
        seen += [repr(r) for r in server.requests]
    lines = [record.getMessage() for record in debug_logs.records]
    assert any(line.startswith("request ") for line in lines)
    assert any(line.startswith("response ") and " ms " in line for line in lines)
    assert any(line.startswith("failed ") for line in lines)
    assert any("retry 1/1" in line for line in lines)
    forbidden = {KEY, SECRET, PASSPHRASE}
    for request in sent:
        forbidden.update(signatures_of(request))
    assert len(forbidden) > 3 + len(SCENARIOS)  # the credentials and many signatures
    everything = "\n".join(lines + seen)
    leaks = sorted(f for f in forbidden if f in everything)
    assert leaks == [], f"leaked: {leaks}"


def test_request_and_response_lines_at_info_have_no_bodies(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="exchange_sdk")
    client, _ = leaky_client("bitget", ["ok"])
    client._call(BITGET_CANCEL_ALL, {}, {"productType": "USDT-FUTURES"})
    lines = [r.getMessage() for r in caplog.records if r.name == "exchange_sdk.http"]
    assert len(lines) == 2
    request_line, response_line = lines
    assert request_line == (
        "request bitget mix.cancel_all_orders: POST "
        "https://api.bitget.com/api/v2/mix/order/cancel-all-orders"
    )
    assert response_line.startswith(
        "response bitget mix.cancel_all_orders: 200 POST "
        "https://api.bitget.com/api/v2/mix/order/cancel-all-orders in "
    )
    assert response_line.endswith(" bytes)")


def test_debug_lines_show_headers_and_bodies_redacted(debug_logs: pytest.LogCaptureFixture) -> None:
    client, server = leaky_client("bingx", ["ok"])
    client._call(BINGX_CANCEL_ALL_AFTER, {"type": "ACTIVATE", "timeOut": 10}, {})
    request_line = next(
        r.getMessage() for r in debug_logs.records if r.getMessage().startswith("request")
    )
    assert "timeOut=10" in request_line and "type=ACTIVATE" in request_line
    assert f"signature={REDACTED}" in request_line
    assert f"'X-BX-APIKEY': '{REDACTED}'" in request_line
    assert signatures_of(server.requests[0])[0] not in request_line


def test_hot_path_formats_nothing_when_logging_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> str:
        raise AssertionError("a log line was built while logging is off")

    for name in ("redact_url", "redact_headers", "request_secrets", "body_text"):
        monkeypatch.setattr(client_module, name, boom)
    assert not log.HTTP_LOGGER.isEnabledFor(logging.INFO)
    client, _ = leaky_client("gate", ["ok"])
    for _ in range(3):
        client._call(GATE_COUNTDOWN, {}, {})


def test_silent_by_default_and_env_var_turns_on_stderr() -> None:
    code = f"""
import sys
sys.path.insert(0, {str(__import__("pathlib").Path(__file__).parent)!r})
import conftest  # binds exchange_sdk like the test session does
from runtime_helpers import BINGX, BINGX_CANCEL_ALL_AFTER, KEY, SECRET, json_response
from exchange_sdk._runtime.client import SyncClient
from exchange_sdk._runtime.clock import Clock
from exchange_sdk._runtime.transport import MockTransport
ok = json_response({{"code": 0, "data": {{"triggerTime": 1, "status": "ACTIVATED"}}}})
client = SyncClient(BINGX, api_key=KEY, api_secret=SECRET, transport=MockTransport(lambda r: ok))
client._call(BINGX_CANCEL_ALL_AFTER, {{"type": "ACTIVATE"}}, {{}})
"""
    import os

    env = {k: v for k, v in os.environ.items() if k != log.ENV_VAR}
    quiet = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr == ""
    for level in ("info", "DEBUG"):
        loud = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**env, log.ENV_VAR: level},
        )
        assert loud.returncode == 0, loud.stderr
        lines = loud.stderr.splitlines()
        assert len(lines) == 2, lines
        assert "INFO exchange_sdk.http: request bingx spot.cancel_all_after: POST" in lines[0]
        assert "INFO exchange_sdk.http: response bingx spot.cancel_all_after: 200 POST" in lines[1]
        assert (" headers=" in lines[0]) == (level == "DEBUG")
        assert KEY not in loud.stderr and SECRET not in loud.stderr


def test_configure_from_env_values() -> None:
    assert log.configure_from_env("") is None
    assert log.configure_from_env("verbose") is None
    handler = log.configure_from_env("info")
    try:
        assert handler is not None and handler.level == logging.INFO
        assert log.configure_from_env("debug") is handler and handler.level == logging.DEBUG
    finally:
        log.LOGGER.removeHandler(handler)  # type: ignore[arg-type]
        log.LOGGER.setLevel(logging.NOTSET)
        log._HANDLER = None


def test_redaction_helpers() -> None:
    url = "https://h/p?AccessKeyId=K1&Timestamp=2024&Signature=abc%2Bdef%3D&x=1"
    assert log.redact_url(url) == (
        f"https://h/p?AccessKeyId={REDACTED}&Timestamp=2024&Signature={REDACTED}&x=1"
    )
    hidden = log.request_secrets({"SIGN": "s1", "Content-Type": "json"}, url, [KEY, None, ""])
    assert set(hidden) == {KEY, "s1", "K1", "abc%2Bdef%3D", "abc+def="}
    assert log.redact_headers({"KEY": "k", "ACCESS-PASSPHRASE": "p", "Accept": "x"}) == {
        "KEY": REDACTED,
        "ACCESS-PASSPHRASE": REDACTED,
        "Accept": "x",
    }
    assert log.scrub('{"signature": "abc", "apiKey":"k2"} sign=zz') == (
        f'{{"signature": "{REDACTED}", "apiKey":"{REDACTED}"}} sign={REDACTED}'
    )
    assert log.scrub("sign signature error") == "sign signature error"


def test_reprs_hold_no_credentials() -> None:
    for info in (BINGX, HTX, BITGET, GATE):
        c = SyncClient(info, api_key=KEY, api_secret=SECRET, passphrase=PASSPHRASE)
        for text in (repr(c), str(c), repr(c._credentials), repr(c._secrets), repr(c.__dict__)):
            for secret in (SECRET, PASSPHRASE):
                assert secret not in text
        with pytest.raises(TypeError):
            pickle.dumps(c)
