"""Keep-alive connections on both transports: what may be reused, what is replayed, and what is
refused before anything is sent."""

from __future__ import annotations

import os
import resource
import socket
import time
from collections.abc import Iterator

import pytest
from fault_helpers import BINGX_OK, Driver, answer, open_fds, replies, request, serving

from exchange_sdk import errors
from exchange_sdk.transports import HttpRequest


def numbered(conn: socket.socket, n: int, req: bytes) -> bool:
    conn.sendall(answer(b'{"n":%d}' % n))
    return True


def test_connections_are_reused(driver: Driver) -> None:
    with serving(numbered) as server:
        bodies = [driver.send(request(f"{server.url}/x")).body for _ in range(5)]
    assert bodies == [b'{"n":%d}' % i for i in range(5)]
    assert server.connections == 1


def test_an_unsolicited_answer_on_an_idle_connection_is_never_taken_for_the_next(
    driver: Driver,
) -> None:
    # The server answers, then sends a second answer nobody asked for while the connection is
    # idle (and, on the async transport, while its event loop is not running: busy elsewhere).
    def script(conn: socket.socket, n: int, req: bytes) -> bool:
        conn.sendall(answer(b'{"own":%d}' % n))
        time.sleep(0.05)
        conn.sendall(answer(b'{"unsolicited":true}'))
        return True

    with serving(script) as server:
        first = driver.send(request(f"{server.url}/x"))
        time.sleep(0.3)
        second = driver.send(request(f"{server.url}/x"))
    assert first.body == b'{"own":0}'
    assert second.body == b'{"own":0}'  # the first answer of a new connection
    assert server.connections == 2


def test_a_408_on_an_idle_connection_is_not_an_answer(driver: Driver) -> None:
    # A server timing out an idle keep-alive connection says 408 and closes: the next request
    # goes on a new connection, and nothing is retried (the 408 answered no request).
    def script(conn: socket.socket, n: int, req: bytes) -> bool:
        conn.sendall(answer(b'{"own":%d}' % n))
        time.sleep(0.05)
        conn.sendall(b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n")
        return False

    with serving(script) as server:
        driver.send(request(f"{server.url}/x"))
        time.sleep(0.3)
        second = driver.send(request(f"{server.url}/x"))
    assert second.status == 200 and second.body == b'{"own":0}'
    assert len(server.requests) == 2


def test_a_408_racing_the_request_is_replayed_once(driver: Driver) -> None:
    # The 408 and close arrive just as the request goes out on the reused connection: the
    # server never took the request, so it is sent again, once, on a new connection.
    def script(conn: socket.socket, n: int, req: bytes) -> bool:
        if n == 0:
            conn.sendall(answer(b'{"own":0}'))
            return True
        conn.sendall(b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n")
        return False

    with serving(script) as server:
        driver.send(request(f"{server.url}/x"))
        second = driver.send(request(f"{server.url}/x"))
    assert second.status == 200 and second.body == b'{"own":0}'
    assert server.connections == 2 and len(server.requests) == 3


def test_a_reused_connection_closed_before_any_answer_byte_is_replayed_once(
    driver: Driver,
) -> None:
    def script(conn: socket.socket, n: int, req: bytes) -> bool:
        if n == 0:
            conn.sendall(answer(b'{"own":0}'))
            return True
        return False  # the second request on a connection: closed without a byte

    with serving(script) as server:
        driver.send(request(f"{server.url}/x"))
        second = driver.send(request(f"{server.url}/x"))
    assert second.body == b'{"own":0}'
    assert server.connections == 2


def test_a_new_connection_closed_before_any_answer_byte_is_not_replayed(
    driver: Driver,
) -> None:
    with serving(lambda conn, n, req: False) as server:
        result, _ = driver.outcome(request(f"{server.url}/x"))
    assert type(result) is errors.NetworkError, result
    assert result.may_have_been_sent is True  # it reached the server, which may have acted
    assert len(server.requests) == 1


def test_a_server_closing_idle_connections_is_not_an_error(driver: Driver) -> None:
    with serving(replies(answer(), close=True)) as server:
        for _ in range(3):
            assert driver.send(request(f"{server.url}/x")).status == 200
            time.sleep(0.05)
    assert server.connections == 3 and len(server.requests) == 3


@pytest.fixture
def many_open_files() -> Iterator[None]:
    """1,100 open descriptors (a bot with websockets and files), so that new sockets are
    numbered above 1,024, where select() cannot go."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 2048:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(4096, hard), hard))
    fds = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        yield
    finally:
        for fd in fds:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.mark.usefixtures("many_open_files")
def test_connections_are_reused_with_over_1024_open_files(driver: Driver) -> None:
    with serving(numbered) as server:
        for _ in range(4):
            assert driver.send(request(f"{server.url}/x")).status == 200
            time.sleep(0.7)
    assert server.connections == 1


def test_use_after_close_is_a_programming_error(kind: str) -> None:
    with serving(numbered) as server:
        driver = Driver(kind)
        driver.send(request(f"{server.url}/x"))
        driver.close()
        if driver.runner is None:
            with pytest.raises(errors.ClientClosedError) as info:
                driver.sync.send(request(f"{server.url}/x"))
        else:
            import asyncio

            with pytest.raises(errors.ClientClosedError) as info:
                asyncio.run(driver.aio.send(request(f"{server.url}/x")))
    assert not isinstance(info.value, errors.NetworkError)  # never retried as one
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("headers", "url", "body", "method", "argument"),
    [
        ({"ACCESS-PASSPHRASE": "s3cret-pass\n"}, "/x", None, "POST", "headers"),
        ({"X-A": "v\r\nX-Injected: 1"}, "/x", None, "POST", "headers"),
        ({"X-A\n": "v"}, "/x", None, "POST", "headers"),
        ({"X-A": "v\0"}, "/x", None, "POST", "headers"),
        ({"X-A": "s3cret-caf\u00e9\u20ac"}, "/x", None, "POST", "headers"),
        ({"X-A": 1}, "/x", None, "POST", "headers"),
        ({1: "v"}, "/x", None, "POST", "headers"),
        ({}, "/x", "text", "POST", "body"),
        ({}, "/x y", None, "POST", "url"),
        ({}, "/x\r\nHost: evil", None, "POST", "url"),
        ({}, "/x\u2603", None, "POST", "url"),
        ({}, "/x", None, "post", "method"),
        ({}, "/x", None, "CONNECT", "method"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    driver: Driver,
    headers: dict[object, object],
    url: str,
    body: object,
    method: str,
    argument: str,
) -> None:
    with serving(numbered) as server:
        req = HttpRequest(method, server.url + url, headers, body, 5.0)  # type: ignore[arg-type]
        result, _ = driver.outcome(req)
    assert type(result) is errors.ValidationError, result
    assert result.argument == argument
    assert "s3cret" not in str(result) and "s3cret" not in repr(result)
    assert server.connections == 0  # nothing was sent, not even a connection opened


@pytest.mark.parametrize(
    ("url", "timeout", "argument"),
    [("ftp://h/x", 5.0, "url"), ("http://h:99999/x", 5.0, "url"), ("http://h/x", "5", "timeout")],
)
def test_bad_urls_and_timeouts_are_refused(
    driver: Driver, url: str, timeout: object, argument: str
) -> None:
    result, _ = driver.outcome(HttpRequest("GET", url, {}, None, timeout))  # type: ignore[arg-type]
    assert type(result) is errors.ValidationError, result
    assert result.argument == argument


def test_dropped_transports_release_their_sockets(kind: str) -> None:
    with serving(numbered) as server:
        before = open_fds()
        for _ in range(50):
            driver = Driver(kind)
            driver.send(request(f"{server.url}/x"))
            if driver.runner is not None:
                driver.runner.close()  # the loop ends; the transport is just dropped
            del driver
        time.sleep(0.1)
        after = open_fds()
    assert after - before < 10, (before, after)


@pytest.mark.usefixtures("many_open_files")
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_client_reuses_its_connection_with_over_1024_open_files(mode: str) -> None:
    # Issue 10's check through the public API: calls 0.7 s apart, 1,100 files open.
    import asyncio

    from exchange_sdk import AsyncBingX, BingX

    with serving(replies(answer(BINGX_OK))) as server:
        if mode == "sync":
            with BingX(api_key="k", api_secret="s", base_url=server.url, rate_limit=False) as bx:
                for _ in range(4):
                    assert bx.spot.cancel_open_orders().orders == []
                    time.sleep(0.7)
        else:

            async def main() -> None:
                async with AsyncBingX(
                    api_key="k", api_secret="s", base_url=server.url, rate_limit=False
                ) as bx:
                    for _ in range(4):
                        assert (await bx.spot.cancel_open_orders()).orders == []
                        await asyncio.sleep(0.7)

            asyncio.run(main())
    assert server.connections == 1


@pytest.mark.parametrize("argument", ["api_key", "api_secret", "passphrase"])
@pytest.mark.parametrize(
    ("flaw", "reason"),
    [
        ("\n", "line break"),
        ("\r\n", "line break"),
        ("\0", "control character"),
        ("\u2603", "outside Latin-1"),
    ],
)
def test_a_flawed_credential_is_refused_when_the_client_is_built(
    argument: str, flaw: str, reason: str
) -> None:
    from exchange_sdk import AsyncBitget, Bitget

    values = {"api_key": "key-value", "api_secret": "secret-value", "passphrase": "pass-value"}
    values[argument] = "s3cret-" + values[argument] + flaw
    for client in (Bitget, AsyncBitget):
        with pytest.raises(errors.ConfigurationError) as info:
            client(
                api_key=values["api_key"],
                api_secret=values["api_secret"],
                passphrase=values["passphrase"],
                base_url="http://127.0.0.1:9",
            )
        assert reason in str(info.value) and info.value.argument == argument
        assert "s3cret" not in str(info.value) and "s3cret" not in repr(info.value)
