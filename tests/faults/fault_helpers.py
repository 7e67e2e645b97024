"""What the fault suite shares: a loopback server scripted byte by byte, and one way to drive
either transport.

``Server`` is a plain socket server written for these tests: for every request it reads, it
calls ``script(conn, n, request)`` with the raw connection, so a test decides exactly what goes
back and when (a normal answer, nothing, one byte a second, garbage, an answer and then bytes
nobody asked for, a close). It records every connection and request.

``Driver`` sends requests through the sync ``SocketTransport`` or the async
``AsyncioTransport`` on asyncio's or uvloop's event loop (a loop that runs only while a request
is in flight: between requests the loop is "busy elsewhere", which is the case that matters for
idle connections).
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from exchange_sdk.transports import AsyncioTransport, HttpRequest, HttpResponse, SocketTransport

# (connection, request number on this connection, raw request) -> keep the connection open?
Script = Callable[[socket.socket, int, bytes], bool]

KINDS = ["sync", "async", "uvloop"]  # the sync transport; the async one on asyncio and uvloop
BINGX_OK = b'{"code":0,"msg":"","debugMsg":"","data":{"orders":[]}}'


def answer(body: bytes = b'{"ok":true}', status: str = "200 OK", extra: str = "") -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n{extra}"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def replies(*answers: bytes, close: bool = False) -> Script:
    """Answer each request with the next of ``answers`` (the last one repeats)."""

    def script(conn: socket.socket, n: int, request: bytes) -> bool:
        conn.sendall(answers[min(n, len(answers) - 1)])
        return not close

    return script


def silent(conn: socket.socket, n: int, request: bytes) -> bool:
    """Read the request, answer nothing, hold the connection until the client gives up."""
    conn.settimeout(60)
    try:
        while conn.recv(65536):
            pass
    except OSError:
        pass
    return False


@dataclass
class Server:
    """A loopback HTTP/1.1 server whose answers are scripted (see the module docstring)."""

    script: Script
    tls: ssl.SSLContext | None = None
    connections: int = 0
    requests: list[bytes] = field(default_factory=list)
    sock: socket.socket = field(default_factory=socket.socket)
    _open: list[socket.socket] = field(default_factory=list)

    def start(self) -> Server:
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            self._open.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        if self.tls is not None:
            try:
                conn = self.tls.wrap_socket(conn, server_side=True)
            except (OSError, ssl.SSLError):
                conn.close()
                return
        buf = b""
        n = 0
        with conn:
            while True:
                while b"\r\n\r\n" not in buf:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        return
                    if not chunk:
                        return
                    buf += chunk
                head, _, rest = buf.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(rest) < length:
                    rest += conn.recv(65536)
                request, buf = head + b"\r\n\r\n" + rest[:length], rest[length:]
                self.requests.append(request)
                try:
                    keep = self.script(conn, n, request)
                except OSError:
                    return
                n += 1
                if not keep:
                    return

    def stop(self) -> None:
        self.sock.close()
        for conn in self._open:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


@contextmanager
def serving(script: Script, tls: ssl.SSLContext | None = None) -> Iterator[Server]:
    server = Server(script, tls).start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def black_hole() -> Iterator[int]:
    """A loopback port whose accept queue is full: SYNs are dropped, connects hang."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = int(listener.getsockname()[1])
    fillers = []
    for _ in range(3):
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(("127.0.0.1", port))
        fillers.append(s)
    time.sleep(0.05)
    try:
        yield port
    finally:
        for s in fillers:
            s.close()
        listener.close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def request(
    url: str,
    method: str = "POST",
    body: bytes | None = b"{}",
    timeout: float | None = 5.0,
    headers: dict[str, str] | None = None,
) -> HttpRequest:
    return HttpRequest(method, url, {"X-K": "v"} if headers is None else headers, body, timeout)


class Driver:
    """One transport of either kind, and a way to send through it from a test."""

    def __init__(self, kind: str, **options: Any) -> None:
        self.kind = kind
        self.runner: asyncio.Runner | None = None
        if kind == "sync":
            self.sync = SocketTransport(**options)
        else:
            import uvloop

            self.runner = asyncio.Runner(
                loop_factory=uvloop.new_event_loop if kind == "uvloop" else None
            )
            self.aio = AsyncioTransport(**options)

    def send(self, req: HttpRequest) -> HttpResponse:
        if self.runner is None:
            return self.sync.send(req)
        return self.runner.run(self.aio.send(req))

    def outcome(self, req: HttpRequest) -> tuple[HttpResponse | BaseException, float]:
        """The response or the exception, and the seconds it took."""
        start = time.monotonic()
        try:
            result: HttpResponse | BaseException = self.send(req)
        except Exception as exc:
            result = exc
        return result, time.monotonic() - start

    def close(self) -> None:
        if self.runner is None:
            self.sync.close()
        else:
            self.runner.run(self.aio.aclose())
            self.runner.close()


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@dataclass
class ConnectProxy:
    """An http proxy that accepts CONNECT (checking Basic credentials when given) and pipes
    bytes both ways; it records each CONNECT head and every byte it carried."""

    credentials: str | None = None
    heads: list[bytes] = field(default_factory=list)
    carried: bytearray = field(default_factory=bytearray)
    sock: socket.socket = field(default_factory=socket.socket)

    def start(self) -> ConnectProxy:
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        import base64

        buf = b""
        while b"\r\n\r\n" not in buf:
            chunk = conn.recv(4096)
            if not chunk:
                conn.close()
                return
            buf += chunk
        head = buf.split(b"\r\n\r\n")[0]
        self.heads.append(head)
        if self.credentials is not None:
            token = base64.b64encode(self.credentials.encode()).decode()
            if f"Proxy-Authorization: Basic {token}".encode() not in head.split(b"\r\n"):
                conn.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")
                conn.close()
                return
        host, _, port = head.split(b" ")[1].decode().rpartition(":")
        upstream = socket.create_connection((host, int(port)))
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")

        def pipe(src: socket.socket, dst: socket.socket) -> None:
            with suppress(OSError):
                while data := src.recv(65536):
                    self.carried += data
                    dst.sendall(data)
            with suppress(OSError):
                dst.shutdown(socket.SHUT_WR)

        threading.Thread(target=pipe, args=(upstream, conn), daemon=True).start()
        pipe(conn, upstream)

    def stop(self) -> None:
        self.sock.close()
