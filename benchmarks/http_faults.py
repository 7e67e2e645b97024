"""How the sync HTTP candidates behave at the worst moment (companion of http_clients.py).

The sync default was chosen from these libraries by this script's numbers beside
http_clients.py's CPU cost. For each one, against byte-scripted loopback servers:

- **slow-loris**: a server that sends a status line and then one header byte every 0.2 s, with
  a 2 s timeout: seconds until the call gives up (capped at ``--cap``);
- **silent + Ctrl-C**: none here (see tests/faults/test_processes.py for the SDK's transports);
- **malformed answers**: how many of the answers llhttp refuses (bare LF, two Content-Lengths,
  Transfer-Encoding with Content-Length, a chunk size of ``0x7``, a folded or colon-less header,
  a NUL in a value, ...) each library accepts as a valid response. An accepted malformed answer
  is how a connection desynchronises (request smuggling's client side).

Usage::

    python benchmarks/http_faults.py [--cap SECONDS]
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

B = b'{"a":1}'
MALFORMED: dict[str, bytes] = {
    "bare LF": b"HTTP/1.1 200 OK\nContent-Length: 7\n\n" + B,
    "Content-Length abc": b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n" + B,
    "Content-Length +7": b"HTTP/1.1 200 OK\r\nContent-Length: +7\r\n\r\n" + B,
    "Content-Length -1": b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n" + B,
    "two Content-Lengths": (
        b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\nContent-Length: 8\r\n\r\n" + B + b"x"
    ),
    "Transfer-Encoding + Content-Length": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 7\r\n\r\n"
        b"7\r\n" + B + b"\r\n0\r\n\r\n"
    ),
    "chunk size 0x7": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x7\r\n" + B + b"\r\n0\r\n\r\n"
    ),
    "chunk without CRLF": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7\r\n" + B + b"XX0\r\n\r\n"
    ),
    "header without colon": b"HTTP/1.1 200 OK\r\nBogus\r\nContent-Length: 7\r\n\r\n" + B,
    "space before colon": b"HTTP/1.1 200 OK\r\nContent-Length : 7\r\n\r\n" + B,
    "folded header": b"HTTP/1.1 200 OK\r\nX-A: 1\r\n 2\r\nContent-Length: 7\r\n\r\n" + B,
    "NUL in a header": b"HTTP/1.1 200 OK\r\nX-Y: a\x00b\r\nContent-Length: 7\r\n\r\n" + B,
    "CR in a header": b"HTTP/1.1 200 OK\r\nX-Y: a\rb\r\nContent-Length: 7\r\n\r\n" + B,
}


class Server:
    """Answers every connection's first request with ``answer(conn)``, then closes."""

    def __init__(self, answer: Callable[[socket.socket], None]) -> None:
        self.answer = answer
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/x"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                self.answer(conn)
            except OSError:
                return

    def close(self) -> None:
        self.sock.close()


def trickle(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    while True:
        time.sleep(0.2)
        conn.sendall(b"a")


# Each client: a function (url, timeout) -> body bytes; raises on failure.


def sdk_socket_transport() -> Callable[[str, float], bytes]:
    from exchange_sdk.transports import HttpRequest, SocketTransport

    def get(url: str, timeout: float) -> bytes:
        transport = SocketTransport()
        try:
            return transport.send(HttpRequest("GET", url, {}, None, timeout)).body
        finally:
            transport.close()

    return get


def http_client() -> Callable[[str, float], bytes]:
    import http.client

    def get(url: str, timeout: float) -> bytes:
        port = int(url.split(":")[2].split("/")[0])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        try:
            conn.request("GET", "/x")
            return conn.getresponse().read()
        finally:
            conn.close()

    return get


def urllib3_() -> Callable[[str, float], bytes]:
    import urllib3

    def get(url: str, timeout: float) -> bytes:
        with urllib3.PoolManager(retries=False) as pool:
            return bytes(pool.request("GET", url, timeout=timeout).data)

    return get


def httpx_() -> Callable[[str, float], bytes]:
    import httpx

    def get(url: str, timeout: float) -> bytes:
        with httpx.Client(timeout=timeout) as client:
            return client.get(url).content

    return get


def pyreqwest_() -> Callable[[str, float], bytes]:
    from datetime import timedelta

    from pyreqwest.client import SyncClientBuilder

    def get(url: str, timeout: float) -> bytes:
        client = SyncClientBuilder().timeout(timedelta(seconds=timeout)).build()
        try:
            return client.get(url).build().send().bytes().to_bytes()
        finally:
            client.close()

    return get


CLIENTS: list[tuple[str, Callable[[], Callable[[str, float], bytes]]]] = [
    ("exchange_sdk SocketTransport", sdk_socket_transport),
    ("http.client", http_client),
    ("urllib3", urllib3_),
    ("httpx", httpx_),
    ("pyreqwest", pyreqwest_),
]


def seconds_until_given_up(get: Callable[[str, float], bytes], cap: float) -> float | None:
    """Seconds a timeout=2 call to a slow-loris server takes; None past ``cap``."""
    server = Server(trickle)
    outcome: list[float] = []

    def call() -> None:
        start = time.monotonic()
        with contextlib.suppress(Exception):
            get(server.url, 2.0)
        outcome.append(time.monotonic() - start)

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(cap)
    server.close()
    return outcome[0] if outcome else None


def accepted_malformed(get: Callable[[str, float], bytes]) -> list[str]:
    accepted = []
    for name, data in MALFORMED.items():
        server = Server(lambda conn, data=data: conn.sendall(data))  # type: ignore[misc]
        try:
            get(server.url, 5.0)
        except Exception:
            pass
        else:
            accepted.append(name)
        server.close()
    return accepted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cap", type=float, default=60.0, help="slow-loris wait cap (s)")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    for name, factory in CLIENTS:
        try:
            get: Any = factory()
        except ImportError:
            rows.append((name, "not installed", ""))
            continue
        took = seconds_until_given_up(get, args.cap)
        accepted = accepted_malformed(get)
        rows.append(
            (
                name,
                f"{took:.1f}" if took is not None else f"> {args.cap:.0f}",
                f"{len(accepted)} of {len(MALFORMED)}",
            )
        )
    width = max(len(r[0]) for r in rows)
    print(f"{'client':{width}}  slow-loris, timeout=2 (s)  malformed answers accepted")
    for name, took_text, accepted_text in rows:
        print(f"{name:{width}}  {took_text:>25}  {accepted_text:>26}")


if __name__ == "__main__":
    main()
