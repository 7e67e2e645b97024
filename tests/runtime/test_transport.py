"""Transports: Headers, the mocks, and the sync default (``SocketTransport``) against a real
loopback server (the async default has its own file, test_http11.py; the faults both must
survive are in tests/faults/)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import pickle
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from runtime_helpers import BINGX, BINGX_CANCEL_ALL_AFTER, KEY, SECRET, CancelAllAfterResponse

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk.transports import (
    AsyncioTransport,
    AsyncMockTransport,
    Headers,
    HttpRequest,
    HttpResponse,
    MockTransport,
    SocketTransport,
)

# ---------------------------------------------------------------------------- Headers


def test_headers_are_case_insensitive_and_read_only() -> None:
    h = Headers({"Content-Type": "application/json", "X-A": "1"})
    assert h["content-type"] == h["CONTENT-TYPE"] == "application/json"
    assert "x-a" in h and "X-A" in h and object() not in h
    assert h.get("missing") is None and h.get("X-a") == "1"
    assert len(h) == 2 and sorted(h) == ["content-type", "x-a"]
    assert h == {"CONTENT-TYPE": "application/json", "x-a": "1"}
    with pytest.raises(TypeError):
        h["x"] = "y"  # type: ignore[index]


def test_repeated_headers_are_joined() -> None:
    h = Headers([("Set-Cookie", "a=1"), ("set-cookie", "b=2")])
    assert h["Set-Cookie"] == "a=1, b=2"


def test_get_reads_raw_headers_without_decoding_them_all() -> None:
    raw = [(b"X-RateLimit-Requests-Remain", b"3"), (b"Vary", b"a"), (b"vary", b"b")]
    headers = Headers._from_raw(raw)
    assert headers.get("x-ratelimit-requests-remain") == "3"
    assert headers.get("Vary") == "a, b"
    assert headers.get("missing") is None and headers.get("missing", "d") == "d"
    assert headers.get("caf\u00e9-\u2603") is None
    assert headers._map is None  # still lazy: one lookup did not convert the whole map
    assert headers["vary"] == "a, b" and headers._map is not None


def test_response_and_headers_pickle() -> None:
    r = HttpResponse(429, {"Retry-After": "3"}, b"{}", 0.25)
    copy = pickle.loads(pickle.dumps(r))
    assert (copy.status, copy.headers, copy.body, copy.elapsed) == (
        429,
        {"retry-after": "3"},
        b"{}",
        0.25,
    )


def test_request_repr_hides_query_and_headers() -> None:
    req = HttpRequest("GET", "https://h/p?AccessKeyId=KEY&Signature=x", {"X-BX-APIKEY": "KEY"})
    assert "KEY" not in repr(req)


# ---------------------------------------------------------------------------- mocks


def test_mock_transport_calls_the_handler() -> None:
    seen: list[HttpRequest] = []

    def handler(request: HttpRequest) -> HttpResponse:
        seen.append(request)
        return HttpResponse(200, body=b"ok")

    transport = MockTransport(handler)
    assert transport.send(HttpRequest("GET", "http://x/", {})).body == b"ok"
    transport.close()
    assert len(seen) == 1


@pytest.mark.asyncio
async def test_async_mock_transport_accepts_sync_and_async_handlers() -> None:
    async def coro(request: HttpRequest) -> HttpResponse:
        return HttpResponse(201)

    assert (await AsyncMockTransport(coro).send(HttpRequest("GET", "http://x/", {}))).status == 201
    assert (
        await AsyncMockTransport(lambda r: HttpResponse(202)).send(
            HttpRequest("GET", "http://x/", {})
        )
    ).status == 202
    await AsyncMockTransport(coro).aclose()


# ---------------------------------------------------------------------------- SocketTransport

BX_BODY = {
    "code": 0,
    "msg": "",
    "data": {"triggerTime": 1710389137, "status": "ACTIVATED", "note": "n"},
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: list[tuple[str, str, dict[str, str], bytes]] = []  # noqa: RUF012 - shared on purpose

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        type(self).seen.append(
            (self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        )
        if self.path.startswith("/slow"):
            time.sleep(1.0)
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", "/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path.startswith("/drop"):
            self.close_connection = True
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{")
            return
        out = json.dumps(BX_BODY).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-RateLimit-Requests-Remain", "7")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client may have given up (timeout test)
            self.wfile.write(out)

    do_GET = do_POST = _serve

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_sync_sends_method_url_headers_body(server: str) -> None:
    transport = SocketTransport()
    _Handler.seen.clear()
    req = HttpRequest(
        "POST",
        f"{server}/echo?a=1&b=%5B1%5D",
        {"X-K": "v", "Content-Type": "application/json"},
        b'{"x":1}',
        5.0,
    )
    resp = transport.send(req)
    transport.close()
    assert resp.status == 200
    assert resp.headers["x-ratelimit-requests-remain"] == "7"
    assert json.loads(resp.body) == BX_BODY
    assert resp.elapsed > 0
    method, path, headers, body = _Handler.seen[-1]
    assert (method, path, body) == ("POST", "/echo?a=1&b=%5B1%5D", b'{"x":1}')
    assert headers["x-k"] == "v"


def test_sync_does_not_follow_redirects(server: str) -> None:
    transport = SocketTransport()
    resp = transport.send(HttpRequest("POST", f"{server}/redirect", {}))
    transport.close()
    assert resp.status == 302
    assert resp.headers["location"] == "/elsewhere"


def test_sync_timeout_is_a_request_timeout_error(server: str) -> None:
    transport = SocketTransport()
    key = "SECRET" + "KEY"  # not spelt out, so that the traceback's source lines lack it
    with pytest.raises(errors.RequestTimeoutError) as info:
        transport.send(HttpRequest("GET", f"{server}/slow?AccessKeyId={key}", {}, None, 0.2))
    transport.close()
    assert "SECRETKEY" not in str(info.value)
    # Not chained: a lower-level exception's text could name the whole signed URL.
    assert info.value.__cause__ is None
    import traceback

    assert "SECRETKEY" not in "".join(traceback.format_exception(info.value))


def test_sync_connection_refused_is_a_network_error() -> None:
    transport = SocketTransport()
    with pytest.raises(errors.NetworkError) as info:
        transport.send(
            HttpRequest(
                "POST", f"http://127.0.0.1:{_closed_port()}/x?AccessKeyId=SECRETKEY", {}, None, 2.0
            )
        )
    assert not isinstance(info.value, errors.RequestTimeoutError)
    assert "SECRETKEY" not in str(info.value)
    assert "refused" in str(info.value).lower() or "connect" in str(info.value).lower()


def test_sync_dropped_connection_is_a_network_error(server: str) -> None:
    transport = SocketTransport()
    with pytest.raises(errors.NetworkError):
        transport.send(HttpRequest("GET", f"{server}/drop", {}, None, 2.0))
    transport.close()


def test_sync_client_over_real_http(server: str) -> None:
    with SyncClient(BINGX, api_key=KEY, api_secret=SECRET, base_url=server + "/") as client:
        result = client._call(BINGX_CANCEL_ALL_AFTER, {"type": "ACTIVATE", "timeOut": 10}, {})
        again = client._call(BINGX_CANCEL_ALL_AFTER, {"type": "ACTIVATE", "timeOut": 10}, {})
    assert isinstance(result, CancelAllAfterResponse) and isinstance(again, CancelAllAfterResponse)
    assert result.raw_response.headers["X-RateLimit-Requests-Remain"] == "7"
    method, path, headers, _ = _Handler.seen[-1]
    assert method == "POST" and path.startswith(
        "/openApi/spot/v1/trade/cancelAllAfter?timeOut=10&timestamp="
    )
    assert headers["x-bx-apikey"] == KEY


@pytest.mark.asyncio
async def test_async_client_over_real_http(server: str) -> None:
    async with AsyncClient(BINGX, api_key=KEY, api_secret=SECRET, base_url=server) as client:
        result = await client._call(BINGX_CANCEL_ALL_AFTER, {"type": "CLOSE", "timeOut": 10}, {})
    assert isinstance(result, CancelAllAfterResponse)
    assert result.raw_response.status == 200


def test_the_transports_say_when_the_request_was_written(server: str) -> None:
    """``sent_at``: after the connection and the write, before the answer (the server takes a
    second to answer /slow); the rate limiter counts the request from then."""
    assert HttpRequest("POST", f"{server}/slow", {}).sent_at is None  # until a transport sends
    for send in (SocketTransport().send, _async_send):
        request = HttpRequest("POST", f"{server}/slow", {}, b"{}", 5.0)
        start = time.monotonic()
        assert send(request).status == 200
        end = time.monotonic()
        assert request.sent_at is not None
        assert start <= request.sent_at <= end - 0.9, send


def _async_send(request: HttpRequest) -> HttpResponse:
    async def main() -> HttpResponse:
        transport = AsyncioTransport()
        try:
            return await transport.send(request)
        finally:
            await transport.aclose()

    return asyncio.run(main())


def test_client_network_error_after_retries_names_exchange_and_endpoint() -> None:
    client = SyncClient(
        BINGX,
        api_key=KEY,
        api_secret=SECRET,
        base_url=f"http://127.0.0.1:{_closed_port()}",
        retry_backoff=0,
    )
    with pytest.raises(errors.NetworkError) as info:
        client._call(BINGX_CANCEL_ALL_AFTER, {}, {}, request_timeout=2)
    client.close()
    assert str(info.value).startswith("bingx spot.cancel_all_after: request failed")
    assert KEY not in str(info.value) and SECRET not in str(info.value)
