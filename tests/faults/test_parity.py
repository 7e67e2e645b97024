"""Both transports give the same result for the same answer: the same body, or the same error
class (they share the parser, the limits and the errors: _runtime/wire.py).

An answer that breaks HTTP or a limit is ``UnexpectedResponseError`` (the server answered: not
"no response", so never retried as one), keeping its first bytes; an answer cut short is a
``NetworkError`` that may have been sent.
"""

from __future__ import annotations

import gzip
import socket
import time

import pytest
from fault_helpers import KINDS, Driver, answer, replies, request, serving

from exchange_sdk import errors

B = b'{"a":1}'
OK = "ok"
BROKEN = errors.UnexpectedResponseError
CUT = errors.NetworkError

# name -> (bytes the server sends, then closes; expected: OK (body B) or an error class)
ANSWERS: dict[str, tuple[bytes, object]] = {
    "content-length": (b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n" + B, OK),
    "no reason phrase": (b"HTTP/1.1 200\r\nContent-Length: 7\r\n\r\n" + B, OK),
    "http/1.0": (b"HTTP/1.0 200 OK\r\nContent-Length: 7\r\n\r\n" + B, OK),
    "chunked": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n" + B[:3] + b"\r\n"
        b"4\r\n" + B[3:] + b"\r\n0\r\n\r\n",
        OK,
    ),
    "chunk extension and trailer": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7;x=y\r\n" + B + b"\r\n"
        b"0\r\nX-T: 1\r\n\r\n",
        OK,
    ),
    "closed-delimited": (b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + B, OK),
    "interim 100": (
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n" + B,
        OK,
    ),
    "Latin-1 header value": (
        b"HTTP/1.1 200 OK\r\nX-Y: caf\xe9\r\nContent-Length: 7\r\n\r\n" + B,
        OK,
    ),
    # cut short: the request went out, no complete answer came back
    "nothing": (b"", CUT),
    "head only": (b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\n", CUT),
    "short body": (b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + B, CUT),
    "short chunk": (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n9\r\nab", CUT),
    # broken: what a lenient parser (http.client, urllib3) accepts and llhttp refuses
    "not http": (b"<html>not http</html>\r\n\r\n", BROKEN),
    "bare LF": (b"HTTP/1.1 200 OK\nContent-Length: 7\n\n" + B, BROKEN),
    "Content-Length abc": (b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n" + B, BROKEN),
    "Content-Length +7": (b"HTTP/1.1 200 OK\r\nContent-Length: +7\r\n\r\n" + B, BROKEN),
    "Content-Length -1": (b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n" + B, BROKEN),
    "two Content-Lengths": (
        b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\nContent-Length: 8\r\n\r\n" + B + b"x",
        BROKEN,
    ),
    "Transfer-Encoding and Content-Length": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 7\r\n\r\n"
        b"7\r\n" + B + b"\r\n0\r\n\r\n",
        BROKEN,
    ),
    "chunk size 0x7": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x7\r\n" + B + b"\r\n0\r\n\r\n",
        BROKEN,
    ),
    "chunk without CRLF": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7\r\n" + B + b"XX0\r\n\r\n",
        BROKEN,
    ),
    "header without colon": (b"HTTP/1.1 200 OK\r\nBogus\r\nContent-Length: 7\r\n\r\n" + B, BROKEN),
    "space before colon": (b"HTTP/1.1 200 OK\r\nContent-Length : 7\r\n\r\n" + B, BROKEN),
    "folded header": (
        b"HTTP/1.1 200 OK\r\nX-A: 1\r\n 2\r\nContent-Length: 7\r\n\r\n" + B,
        BROKEN,
    ),
    "NUL in a header": (b"HTTP/1.1 200 OK\r\nX-Y: a\x00b\r\nContent-Length: 7\r\n\r\n" + B, BROKEN),
    "HTTP/2 status line": (b"HTTP/2 200 OK\r\nContent-Length: 7\r\n\r\n" + B, BROKEN),
    "status 2000": (b"HTTP/1.1 2000 OK\r\nContent-Length: 7\r\n\r\n" + B, BROKEN),
    "257 header fields": (
        b"HTTP/1.1 200 OK\r\n" + b"X-H: 1\r\n" * 257 + b"Content-Length: 7\r\n\r\n" + B,
        BROKEN,
    ),
    "300 KB header": (
        b"HTTP/1.1 200 OK\r\nX-H: " + b"a" * 300_000 + b"\r\nContent-Length: 7\r\n\r\n" + B,
        BROKEN,
    ),
    "9 MB Content-Length": (b"HTTP/1.1 200 OK\r\nContent-Length: 9000000\r\n\r\n" + B, BROKEN),
    "invalid gzip, asked": (
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 7\r\n\r\n" + B,
        BROKEN,
    ),
    "invalid gzip to the close, asked": (
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n" + B,
        BROKEN,
    ),
    "unsupported encoding, asked": (
        b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: 7\r\n\r\n" + B,
        BROKEN,
    ),
}


@pytest.mark.parametrize("name", list(ANSWERS))
def test_both_transports_read_an_answer_alike(name: str) -> None:
    data, expected = ANSWERS[name]
    outcomes = []
    for kind in KINDS:
        with serving(replies(data, close=True)) as server:
            driver = Driver(kind, accept_compressed=name.endswith(", asked"))
            result, took = driver.outcome(request(f"{server.url}/x", timeout=5.0))
            driver.close()
        assert took < 5.0, f"{kind}: {took:.2f} s"
        if expected == OK:
            assert not isinstance(result, BaseException), f"{kind}: {result!r}"
            assert result.status == 200 and result.body == B, kind
            outcomes.append(OK)
        else:
            assert type(result) is expected, f"{kind}: {result!r}"
            assert isinstance(result, errors.ExchangeSDKError)
            outcomes.append(type(result).__name__)
            if isinstance(result, errors.UnexpectedResponseError):
                assert result.raw_body == data[: len(result.raw_body)] and result.raw_body
                assert result.retryable is False
            if isinstance(result, errors.NetworkError):
                assert result.may_have_been_sent is True
                assert not isinstance(result, errors.RequestTimeoutError)
    assert len(set(outcomes)) == 1, outcomes


def test_an_endless_chunked_body_stops_at_the_size_limit(kind: str) -> None:
    def endless(conn: socket.socket, n: int, req: bytes) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"
        while True:
            conn.sendall(chunk)

    with serving(endless) as server:
        driver = Driver(kind, max_response_size=1 << 20)
        result, took = driver.outcome(request(f"{server.url}/x", timeout=10.0))
        driver.close()
    assert isinstance(result, errors.UnexpectedResponseError), result
    assert "larger than 1048576 bytes" in str(result)
    assert took < 5.0


@pytest.mark.parametrize("split", [False, True])
def test_a_content_length_over_the_limit_is_refused_before_the_body(kind: str, split: bool) -> None:
    # The server announces 9 MB, sends a few bytes of it and then nothing: the answer is refused
    # at once (the parser checks the announced length as soon as a read ends with the body
    # incomplete), not after the 5 s timeout; the head alone in its own read, or with the first
    # bytes of the body.
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 9000000\r\n\r\n"

    def announce(conn: socket.socket, n: int, req: bytes) -> bool:
        if split:
            conn.sendall(head)
            time.sleep(0.2)
            conn.sendall(B)
        else:
            conn.sendall(head + B)
        time.sleep(6)
        return False

    with serving(announce) as server:
        driver = Driver(kind, max_response_size=1 << 20)
        result, took = driver.outcome(request(f"{server.url}/x", timeout=5.0))
        driver.close()
    assert isinstance(result, errors.UnexpectedResponseError), result
    assert "response body of 9000000 bytes is over the 1048576 limit" in str(result)
    assert result.raw_body.startswith(head)
    assert took < 3.0, f"{took:.2f} s"


def test_gzip_is_asked_for_and_decoded_only_when_wanted(kind: str) -> None:
    zipped = gzip.compress(B)
    data = (
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: "
        + str(len(zipped)).encode()
        + b"\r\n\r\n"
        + zipped
    )
    for asked in (False, True):
        with serving(replies(data)) as server:
            driver = Driver(kind, accept_compressed=asked)
            response = driver.send(request(f"{server.url}/x"))
            driver.close()
        assert (b"Accept-Encoding: gzip" in server.requests[0]) is asked
        assert response.body == (B if asked else zipped)
        assert response.headers["content-encoding"] == "gzip"


def test_a_gzip_bomb_stops_at_the_size_limit(kind: str) -> None:
    zipped = gzip.compress(b"0" * (20 << 20))  # 20 MB of zeros in about 20 KB
    data = (
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: "
        + str(len(zipped)).encode()
        + b"\r\n\r\n"
        + zipped
    )
    with serving(replies(data)) as server:
        driver = Driver(kind, accept_compressed=True)
        result, _ = driver.outcome(request(f"{server.url}/x"))
        driver.close()
    assert isinstance(result, errors.UnexpectedResponseError)
    assert "decoded response body larger than" in str(result)


def test_bytes_after_the_answer_keep_the_answer_and_drop_the_connection(kind: str) -> None:
    stray = answer(B) + b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nbad"
    sent: list[bytes] = []

    def script(conn: socket.socket, n: int, req: bytes) -> bool:
        sent.append(stray if not sent else answer(b'{"second":1}'))
        conn.sendall(sent[-1])
        return True

    with serving(script) as server:
        driver = Driver(kind)
        first = driver.send(request(f"{server.url}/x"))
        second = driver.send(request(f"{server.url}/x"))
        driver.close()
    assert first.body == B
    assert second.body == b'{"second":1}'  # its own answer, not the stray one
    assert server.connections == 2
