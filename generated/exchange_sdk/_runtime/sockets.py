"""The default sync transport: HTTP/1.1 on blocking sockets, answers parsed by httptools.

A kill switch is used at the worst moment, so this transport is built around what happens
then, with nothing but the standard library's sockets and ssl and the parser the async
transport uses (``wire.py``: same request bytes, same parser, same limits, same errors):

- **one total deadline per attempt** (``HttpRequest.timeout``, and ``HttpRequest.deadline`` when
  the client sets one) over DNS, connect, TLS, sending and every read: a server that trickles a
  byte a second cannot stretch a 2 s call, because every wait is computed from the deadline;
  DNS runs in a helper thread so that even a hung resolver is bounded by it;
- **signals**: every blocking wait lasts at most ``_SLICE`` (0.25 s), so Ctrl-C and Python
  signal handlers (a SIGTERM handler in a container) run within a fraction of a second during a
  call; a handler that raises leaves the transport clean (the connection is closed);
- **fork**: ``os.register_at_fork`` empties every pool in the child (its copies of the parent's
  sockets are closed in the child only; the parent's connections are untouched), so a child
  reusing its parent's client opens its own connections;
- **keep-alive pool** per origin, last in first out; before each reuse the socket is polled
  (``poll``, any number of open files): a connection the server closed, or one holding bytes
  nobody asked for, is dropped. A request on a reused connection that ends before any byte of
  an answer never reached the server and is sent again once on a new connection (as are
  a 408 with ``Connection: close`` on a reused connection);
- **happy eyeballs** (RFC 8305): addresses are tried alternately by family, a new one every
  0.25 s while earlier ones are still connecting, so a black-holed IPv6 route costs 0.25 s;
- TLS verified (``ssl_context`` or ``ca_bundle`` or the system's authorities), http:// proxies
  from the arguments or ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` (https
  through CONNECT), no redirects, response size limits, use after ``close()`` an
  ``errors.ClientClosedError``.

socket, select, ssl and httptools are imported on the first request, not with the SDK.
"""

from __future__ import annotations

import contextlib
import os
from time import monotonic
from typing import TYPE_CHECKING, Any, Unpack

from .. import errors
from . import wire
from .messages import HttpRequest, HttpResponse

if TYPE_CHECKING:
    import socket
    import ssl

__all__ = ["SocketTransport"]

#: The longest one blocking wait lasts: signal handlers and the deadline are checked between.
_SLICE = 0.25
_RECV = 65536


class _Timeout(Exception):
    """The deadline passed during connect (turned into RequestTimeoutError by the caller)."""


class _Pool(wire.Pool["_Conn"]):
    __slots__ = ()


class _Conn:
    """One connection: its socket (plain or TLS), its parser, its state.

    How a wait is bounded: a TLS socket is in the ssl module's timeout mode (it tries
    ``SSL_read`` first and polls only when no record is there). A plain socket stays blocking,
    with the kernel's own send and receive timeouts (``SO_SNDTIMEO`` / ``SO_RCVTIMEO``) set to
    the slice: one system call per send or receive instead of a poll before each, as in the
    ssl module's timeout mode; a receive that times out raises ``BlockingIOError`` (EAGAIN).
    Either way a wait lasts at most ``_SLICE`` or the time left, whichever is shorter.
    """

    __slots__ = ("_poller", "idle_since", "parser", "reused", "sock", "timeout", "tls")

    def __init__(self, sock: socket.socket, parser: wire.ResponseParser, tls: bool) -> None:
        self.sock = sock
        self.parser = parser
        self.tls = tls
        self.reused = False
        self.idle_since = 0.0
        self.timeout = 0.0  # the wait limit set on the socket (seconds)
        self._poller: Any = None
        if not tls:
            sock.settimeout(None)  # blocking; the kernel's timeouts bound each wait
        self.wait_at_most(_SLICE)

    def wait_at_most(self, remaining: float) -> None:
        timeout = remaining if remaining < _SLICE else _SLICE
        if timeout != self.timeout:
            self.timeout = timeout
            if self.tls:
                self.sock.settimeout(timeout)
            else:
                import socket
                import struct

                # Never 0: for the kernel a zero timeout means "wait for ever".
                micros = max(int(timeout * 1_000_000), 1000)
                value = struct.pack("ll", micros // 1_000_000, micros % 1_000_000)
                self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, value)
                self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, value)

    def alive(self) -> bool:
        """False when the socket has anything to read while idle: the server's close (FIN or
        TLS close_notify), a 408, or stray bytes. Such a connection must not carry a request."""
        poller = self._poller
        if poller is None:
            import select

            poller = self._poller = select.poll()
            poller.register(self.sock, select.POLLIN)
        try:
            if poller.poll(0):
                return False
        except OSError:
            return False
        return not (self.tls and self.sock.pending())  # type: ignore[attr-defined]

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


class SocketTransport:
    """Default sync transport (see the module docstring).

    ``pool_idle_timeout``: seconds an idle connection is kept (50: under the 60 s idle timeout
    of common load balancers). ``max_idle_per_host``: idle connections kept per origin.
    ``ssl_context``: for https (default: the system's authorities, or ``ca_bundle``, a PEM file
    or a directory of certificates). ``proxy``: an http:// proxy URL for every request; without
    it, and with ``trust_env``, the proxy environment variables are read. ``max_response_size``:
    bytes of body (decoded) accepted per response. ``accept_compressed``: ask for gzip/deflate
    bodies and decode them (off: an exchange's answers are small).
    """

    def __init__(self, **options: Unpack[wire.Options]) -> None:
        self._settings = wire.Settings(**options)
        self._pools: wire.Pools[_Pool] = wire.Pools(self._settings, _Pool)
        self._closed = False
        wire.forget_in_forked_child(self)

    def __repr__(self) -> str:
        pools = list(self._pools.by_key.values())
        idle = sum(len(p.idle) for p in pools)
        return f"SocketTransport(origins={len(pools)}, idle_connections={idle})"

    def send(self, request: HttpRequest) -> HttpResponse:
        if self._closed:
            raise errors.ClientClosedError("the transport is closed: build a new client")
        start = monotonic()
        deadline = wire.deadline_of(request, start)
        pool, target = self._pools.of(request.url)
        data = wire.serialize(request, pool.origin, target)

        conn = self._idle(pool, start)
        if conn is not None:
            try:
                return self._exchange(pool, conn, data, request, start, deadline)
            except wire.NotReached:
                # The server closed its idle connections (a restart, an idle timeout): drop
                # the others too, and send once more on a new connection.
                self._drop_idle(pool)
        conn = self._connect(pool.origin, deadline, request.timeout)
        return self._exchange(pool, conn, data, request, start, deadline)

    def _idle(self, pool: _Pool, now: float) -> _Conn | None:
        idle = pool.idle
        while idle:
            try:
                conn = idle.pop()  # atomic: threads share the pool without a lock
            except IndexError:
                return None
            if now - conn.idle_since < self._settings.pool_idle_timeout and conn.alive():
                return conn
            conn.close()
        return None

    def _drop_idle(self, pool: _Pool) -> None:
        while pool.idle:
            try:
                pool.idle.pop().close()
            except IndexError:
                return

    # one request and its answer ----------------------------------------------------------------

    def _exchange(
        self,
        pool: _Pool,
        conn: _Conn,
        data: bytes,
        request: HttpRequest,
        start: float,
        deadline: float,
    ) -> HttpResponse:
        parser = conn.parser
        parser.start()
        origin = pool.origin
        timeout = request.timeout
        sock = conn.sock
        try:
            if conn.timeout == _SLICE and deadline - monotonic() >= _SLICE:
                # The usual case, without a call: the socket's wait limit is the slice and at
                # least that much time is left, so one send bounded by it (see _write).
                try:
                    sent = sock.send(data)
                except (TimeoutError, BlockingIOError):  # the slice passed: nothing was sent
                    sent = 0
                except OSError as exc:
                    raise self._lost(conn, None, exc) from None
                if sent != len(data):
                    self._write(conn, memoryview(data)[sent:], deadline, timeout)
            else:
                self._write(conn, data, deadline, timeout)
            request.sent_at = monotonic()  # all of it is with the OS: the rate limiter's time
            while True:
                # The socket's wait limit is at most what is left (see _Conn): a recv that
                # outlives the slice returns here to check the deadline and run signal handlers.
                try:
                    chunk = sock.recv(_RECV)
                except (TimeoutError, BlockingIOError):
                    chunk = None
                except OSError as exc:
                    raise self._lost(conn, origin, exc) from None
                if chunk:
                    if parser.feed(chunk):
                        break
                elif chunk is not None:
                    if parser.eof():
                        break
                    raise self._lost(conn, origin, None)
                remaining = deadline - monotonic()
                if remaining <= 0:
                    raise wire.timeout_error(
                        f"no complete response from {origin.where()}", timeout, sent=True
                    )
                conn.wait_at_most(remaining)
            if conn.reused and parser.status == 408 and not parser.keep_alive:
                # The server timed the idle connection out as the request went in.
                raise wire.NotReached("the server closed the idle connection (408)")
            response = parser.response()
        except BaseException:
            # A timeout, a failure, a signal handler's exception: the rest of this answer may
            # still come, so the connection can never carry another request.
            conn.close()
            raise
        end = monotonic()
        response.elapsed = end - start
        if parser.keep_alive and not self._closed and len(pool.idle) < self._settings.max_idle:
            conn.idle_since = end
            conn.reused = True
            pool.idle.append(conn)
        else:
            conn.close()
        return response

    def _write(
        self, conn: _Conn, data: bytes | memoryview, deadline: float, timeout: float | None
    ) -> None:
        """Send ``data``; on return the socket's wait limit is at most the time left."""
        sock = conn.sock
        view = data
        while True:
            remaining = deadline - monotonic()
            if remaining <= 0:
                raise wire.timeout_error("could not send the request", timeout, sent=True)
            conn.wait_at_most(remaining)
            try:
                sent = sock.send(view)
            except (TimeoutError, BlockingIOError):  # the slice passed (see _Conn)
                continue
            except OSError as exc:
                raise self._lost(conn, None, exc) from None
            if sent == len(view):  # usually all of it at once
                return
            view = memoryview(view)[sent:]

    def _lost(
        self, conn: _Conn, origin: wire.Origin | None, exc: OSError | None
    ) -> errors.NetworkError:
        """The connection failed or ended before the answer was complete."""
        if conn.reused and conn.parser.received == 0:
            return wire.NotReached("the server had closed the idle connection")
        reason = f": {exc.strerror or exc}" if exc is not None else ""
        where = f" by {origin.where()}" if origin is not None else ""
        return errors.NetworkError(
            f"request failed: connection closed{where} before the response ended{reason}",
            may_have_been_sent=True,
        )

    # new connections -----------------------------------------------------------------------

    def _connect(self, origin: wire.Origin, deadline: float, timeout: float | None) -> _Conn:
        where = origin.where()
        host, port = origin.connect_to()
        sock: socket.socket | None = None
        try:
            sock = _open(_resolve(host, port, deadline), deadline)
            if origin.proxy is not None and origin.tls:
                _tunnel(sock, origin, deadline)
            if origin.tls:
                sock = self._handshake(sock, origin, deadline)
        except _Timeout:
            if sock is not None:
                sock.close()
            raise wire.timeout_error(f"cannot connect to {where}", timeout, sent=False) from None
        except (OSError, UnicodeError) as exc:
            if sock is not None:
                sock.close()
            raise wire.connect_failed(where, exc) from None
        except BaseException:
            if sock is not None:
                sock.close()
            raise
        return _Conn(sock, self._settings.parser(), origin.tls)

    def _handshake(
        self, sock: socket.socket, origin: wire.Origin, deadline: float
    ) -> ssl.SSLSocket:
        tls = self._settings.tls().wrap_socket(
            sock, server_hostname=origin.host, do_handshake_on_connect=False
        )
        while True:
            remaining = deadline - monotonic()
            if remaining <= 0:
                tls.close()
                raise _Timeout
            tls.settimeout(remaining if remaining < _SLICE else _SLICE)
            try:
                tls.do_handshake()
                return tls
            except TimeoutError:
                continue
            except BaseException:
                tls.close()
                raise

    def close(self) -> None:
        """Close every idle connection; requests in flight finish, then close theirs. Any
        later request raises ``errors.ClientClosedError``."""
        self._closed = True
        self._forget()

    def _forget(self) -> None:
        # Closing a socket only releases this process's descriptor: no FIN while a forked
        # parent or child still holds the connection, and no TLS close_notify either (the
        # ssl module sends one only on unwrap()).
        for pool in self._pools.clear():
            for conn in pool.idle:
                conn.close()
            pool.idle.clear()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # at exit, modules may be half torn down
            self._forget()


# ------------------------------------------------------------------------------ connecting


def _resolve(host: str, port: int, deadline: float) -> list[Any]:
    """The host's addresses by the deadline (``wire.lookup``: getaddrinfo in a thread of its
    own); IP literals skip the lookup."""
    import threading

    literal = wire.address_literal(host, port)
    if literal is not None:
        return literal
    answer: list[list[Any] | BaseException] = []
    done = threading.Event()

    def settle(result: list[Any] | BaseException) -> None:
        answer.append(result)
        done.set()

    wire.lookup(host, port, settle)
    while not done.wait(_wait_slice(deadline)):
        pass
    result = answer[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _wait_slice(deadline: float) -> float:
    remaining = deadline - monotonic()
    if remaining <= 0:
        raise _Timeout
    return remaining if remaining < _SLICE else _SLICE


def _open(infos: list[Any], deadline: float) -> socket.socket:
    """Connect to the first address that answers, trying them alternately by family and
    starting the next one every ``HAPPY_EYEBALLS_DELAY`` while earlier ones are still pending
    (RFC 8305)."""
    import errno
    import select
    import socket

    addresses = wire.interleave(infos)
    poller = select.poll()
    pending: dict[int, socket.socket] = {}
    failure: OSError | None = None
    winner: socket.socket | None = None
    next_at = 0.0
    try:
        while True:
            now = monotonic()
            if addresses and (now >= next_at or not pending):
                family, kind, proto, _, address = addresses.pop(0)
                sock = socket.socket(family, kind, proto)
                try:
                    sock.setblocking(False)
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    code = sock.connect_ex(address)
                except BaseException:
                    sock.close()
                    raise
                if code == 0:
                    winner = sock
                    return _ready(sock)
                if code not in (errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN):
                    sock.close()
                    failure = OSError(code, os.strerror(code))
                    continue
                pending[sock.fileno()] = sock
                poller.register(sock, select.POLLOUT)
                next_at = now + wire.HAPPY_EYEBALLS_DELAY
            if not pending:
                raise failure or OSError("no address to connect to")
            wait = _wait_slice(deadline)
            if addresses:
                wait = max(0.0, min(wait, next_at - now))
            for fd, _ in poller.poll(int(wait * 1000) + 1):
                sock = pending.pop(fd)
                poller.unregister(fd)
                code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if code == 0:
                    winner = sock
                    return _ready(sock)
                sock.close()
                failure = OSError(code, os.strerror(code))
    finally:
        for sock in pending.values():
            if sock is not winner:
                sock.close()


def _ready(sock: socket.socket) -> socket.socket:
    sock.settimeout(_SLICE)
    return sock


def _tunnel(sock: socket.socket, origin: wire.Origin, deadline: float) -> None:
    """https through an http proxy: CONNECT, then the caller runs TLS inside the tunnel."""
    data = wire.connect_request(origin)
    while data:
        sock.settimeout(_wait_slice(deadline))
        try:
            data = data[sock.send(data) :]
        except TimeoutError:
            continue
    answer = b""
    while b"\r\n\r\n" not in answer:
        sock.settimeout(_wait_slice(deadline))
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            continue
        if not chunk or len(answer) > 65536:
            raise OSError("the proxy closed the connection at CONNECT")
        answer += chunk
    refused = wire.tunnel_refused(origin, answer)
    if refused is not None:
        raise refused
