"""The default async transport: HTTP/1.1 on the running event loop, answers parsed by httptools.

Why a transport of our own: measured on the benchmark's loopback server (README, "Measured"),
one signed call costs about 40 us of client CPU this way against about 120 us through
pyreqwest's async client (every completion crosses from its runtime thread into the event loop),
125 us through aiohttp and 225 us through CCXT. pyreqwest's async client also crashes the
interpreter at exit (``PyGILState_Release``) in about 1 run in 6 when it was used from event
loops on short-lived threads. So the event loop's own sockets carry the bytes; the request
bytes, the parser (httptools: llhttp), the limits and the errors are shared with the sync
transport (``wire.py``), so both behave the same for the same answer. This module keeps
connections and deadlines:

- **one total deadline per request** (``HttpRequest.timeout``, and ``HttpRequest.deadline``
  when the client sets one), started before anything else and covering DNS, connect, TLS,
  sending and the whole answer; when it passes, ``errors.RequestTimeoutError`` and the
  connection is closed, as it is when the caller's task is cancelled: a connection is never
  reused with an answer still on its way. Deadlines are served by one timer per event loop,
  armed at the earliest deadline in flight (a timer per request cost a sixth of the call);
- **happy eyeballs** (RFC 8305; written here, uvloop's ``create_connection`` has none):
  addresses are tried alternately by family, the next one 0.25 s after the last while earlier
  ones are still connecting, so a black-holed address (broken IPv6) costs 0.25 s;
- **a keep-alive pool per origin and per event loop**, at most ``max_connections_per_host``
  open per origin (more requests wait for one, within their deadline). An idle connection is
  dropped after ``pool_idle_timeout`` seconds, and it is polled before every reuse (``poll``:
  any number of open files): one the server closed, or one holding bytes nobody asked for
  (an unsolicited answer while the loop was busy), is dropped, as is one that receives
  bytes while idle. A request on a reused connection that ends before any byte of an answer
  (or gets a 408 with ``Connection: close``) never reached the server and is sent again once
  on a new connection;
- **event loops**: each loop has its own pool and timer, so one client used from two loops at
  once keeps every deadline; ``aclose()`` works from any loop (or after ``asyncio.run`` has
  closed the one that opened the connections); the connections of a finished loop are closed
  when the client is next used, closed or dropped (a dropped client releases its sockets);
- **fork**: the child forgets the parent's connections without touching the parent's loop;
- TLS verified (``ssl_context``, ``ca_bundle`` or the system's authorities); http:// proxies
  from the arguments or ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` (https
  through CONNECT, Basic credentials never shown); no redirects (an exchange never redirects a
  signed call, and following one would replay it elsewhere); use after ``aclose()`` is
  ``errors.ClientClosedError``.

asyncio, ssl and httptools are imported on the first request, not with the SDK: ``import asyncio``
alone costs about 30 ms, and a program that sends async requests has imported it already.
"""

from __future__ import annotations

import weakref
from collections import deque
from collections.abc import Callable
from time import monotonic
from typing import TYPE_CHECKING, Any, Unpack, cast

from .. import errors
from . import wire
from .messages import HttpRequest, HttpResponse

if TYPE_CHECKING:
    import asyncio
    import socket

__all__ = ["AsyncioTransport"]

_NEVER = float("inf")


class _Pool(wire.Pool["_Connection"]):
    """One origin's connections on one event loop."""

    __slots__ = ("active", "waiters")

    def __init__(self, origin: wire.Origin) -> None:
        super().__init__(origin)
        self.active = 0  # connections open or opening (idle ones included)
        self.waiters: deque[asyncio.Future[None]] = deque()  # requests waiting for a slot

    def release(self) -> None:
        """A connection closed, or went back idle: let one waiting request try again."""
        waiters = self.waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return


class _Connection:
    """One HTTP/1.1 connection: an asyncio protocol (duck-typed, so that asyncio is not
    imported with the SDK) feeding the shared parser, one request at a time."""

    __slots__ = (
        "_poller",
        "closed",
        "deadline",
        "idle_since",
        "origin",
        "parser",
        "pool",
        "reused",
        "timeout",
        "transport",
        "waiter",
    )

    def __init__(self, parser: wire.ResponseParser, pool: _Pool) -> None:
        self.parser = parser
        self.origin = pool.origin
        self.pool: _Pool | None = pool  # None once released (counted out of pool.active)
        self.transport: asyncio.Transport | None = None
        self.waiter: asyncio.Future[HttpResponse] | None = None
        self.closed = False
        self.reused = False
        self.idle_since = 0.0
        self.deadline = 0.0  # monotonic() by which the answer must be complete
        self.timeout: float | None = None
        self._poller: Any = None

    # asyncio protocol callbacks ---------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        waiter = self.waiter
        if waiter is None or waiter.done():
            self.close()  # bytes nobody asked for: the connection is out of step
            return
        try:
            complete = self.parser.feed(data)
        except errors.ExchangeSDKError as exc:
            self.fail(exc)
            self.close()
            return
        if complete:
            self._finish()

    def eof_received(self) -> bool:
        return False  # close the transport; connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._release()
        waiter = self.waiter
        if waiter is None or waiter.done():
            return
        if self.parser.eof():
            self._finish()
            return
        if self.reused and self.parser.received == 0:
            self.fail(wire.NotReached("the server had closed the idle connection"))
            return
        reason = f": {exc}" if exc is not None else ""
        self.fail(
            errors.NetworkError(
                f"request failed: connection closed before the response ended{reason}",
                may_have_been_sent=True,
            )
        )

    def pause_writing(self) -> None:
        pass

    def resume_writing(self) -> None:
        pass

    # ------------------------------------------------------------------------------------------

    def _finish(self) -> None:
        waiter = self.waiter
        assert waiter is not None
        parser = self.parser
        if self.reused and parser.status == 408 and not parser.keep_alive:
            waiter.set_exception(wire.NotReached("the server closed the idle connection (408)"))
            return
        try:
            response = parser.response()
        except errors.ExchangeSDKError as exc:  # a body that does not decode
            waiter.set_exception(exc)
            self.close()
            return
        waiter.set_result(response)

    def fail(self, exc: errors.ExchangeSDKError) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_exception(exc)

    def start(self, data: bytes, waiter: asyncio.Future[HttpResponse]) -> None:
        self.waiter = waiter
        self.parser.start()
        assert self.transport is not None
        self.transport.write(data)

    def reusable(self) -> bool:
        return (
            self.parser.keep_alive
            and not self.closed
            and self.transport is not None
            and not self.transport.is_closing()
        )

    def alive(self) -> bool:
        """False when the kernel holds anything for this idle connection: the server's FIN (or
        TLS close_notify) that the event loop has not processed yet, or stray bytes. Either way
        it must not carry a request (as urllib3 checks before reusing one)."""
        poller = self._poller
        if poller is None:
            sock = self.transport.get_extra_info("socket") if self.transport is not None else None
            if sock is None:
                return False
            import select

            poller = self._poller = select.poll()
            poller.register(sock.fileno(), select.POLLIN)
        try:
            return not poller.poll(0)
        except OSError:
            return False

    def close(self) -> None:
        self.closed = True
        self._release()
        if self.transport is not None:
            self.transport.close()

    def _release(self) -> None:
        pool = self.pool
        if pool is not None:
            self.pool = None
            pool.active -= 1
            pool.release()


class _Tunnel:
    """The protocol of a proxy connection until the proxy has answered CONNECT."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.buffer = b""
        self.answered: asyncio.Future[bytes] = loop.create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        pass

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if (b"\r\n\r\n" in self.buffer or len(self.buffer) > 65536) and not self.answered.done():
            self.answered.set_result(self.buffer)

    def eof_received(self) -> bool:
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.answered.done():
            self.answered.set_exception(OSError("the proxy closed the connection at CONNECT"))

    def pause_writing(self) -> None:
        pass

    def resume_writing(self) -> None:
        pass


class _LoopState:
    """Everything a transport keeps for one event loop: pools, requests in flight, the timer."""

    __slots__ = ("__weakref__", "inflight", "loop", "pools", "timer", "timer_at")

    def __init__(self, loop: asyncio.AbstractEventLoop, settings: wire.Settings) -> None:
        self.loop = loop
        self.pools: wire.Pools[_Pool] = wire.Pools(settings, _Pool)
        self.inflight: set[_Connection] = set()  # requests with a deadline, by connection
        self.timer: asyncio.TimerHandle | None = None
        self.timer_at = _NEVER

    # Deadlines: one timer per loop, armed at the earliest deadline in flight, rather than one
    # timer per request (scheduling and cancelling a timer costs several microseconds on
    # asyncio's loop, a sixth of a whole request). Sequential calls with a 10 s timeout arm it
    # about once per 10 s.

    def arm(self, deadline: float, now: float) -> None:
        if self.timer is not None:
            self.timer.cancel()
        self.timer_at = deadline
        loop = self.loop
        self.timer = loop.call_at(loop.time() + (deadline - now), self.expire)

    def expire(self) -> None:
        self.timer, self.timer_at = None, _NEVER
        now = monotonic()
        nearest = _NEVER
        for conn in list(self.inflight):
            if conn.deadline <= now:
                self.inflight.discard(conn)
                conn.fail(
                    wire.timeout_error(
                        f"no complete response from {conn.origin.where()}", conn.timeout, sent=True
                    )
                )
            elif conn.deadline < nearest:
                nearest = conn.deadline
        if nearest < _NEVER:
            self.arm(nearest, now)

    def close_all(self) -> None:
        """Close every connection of this loop, from whichever thread and loop we are on."""
        pools = self.pools.clear()
        conns = [c for p in pools for c in p.idle]
        for pool in pools:
            pool.idle.clear()
        loop = self.loop
        if not conns:
            return
        if loop.is_closed():
            for conn in conns:
                _close_finished(conn)
            return
        try:
            running = _running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            for conn in conns:
                conn.close()
            return
        try:
            for conn in conns:
                loop.call_soon_threadsafe(conn.close)
        except RuntimeError:  # closed in the meantime
            for conn in conns:
                _close_finished(conn)


def _running_loop() -> asyncio.AbstractEventLoop:
    import asyncio

    return asyncio.get_running_loop()


def _close_finished(conn: _Connection) -> None:
    """Close a connection whose event loop is closed: none of its callbacks will ever run
    again, so close the socket itself (uvloop has done so already; asyncio keeps it open)."""
    conn.closed = True
    transport = conn.transport
    sock = transport.get_extra_info("socket") if transport is not None else None
    real = getattr(sock, "_sock", None)  # asyncio wraps the socket in a TransportSocket
    if real is not None:
        real.close()


class AsyncioTransport:
    """Default async transport (see the module docstring): HTTP/1.1 on the running event loop.

    ``pool_idle_timeout``: seconds an idle connection is kept (50: under the 60 s idle timeout
    of common load balancers). ``max_idle_per_host``: idle connections kept per origin;
    ``max_connections_per_host``: connections open at once per origin (None: no limit).
    ``ssl_context``: for https (default: the system's authorities, or ``ca_bundle``, a PEM file
    or a directory of certificates). ``proxy``: an http:// proxy URL
    (``http://user:password@host:port``) for every request; without it, and with
    ``trust_env`` (the default), ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` and
    ``NO_PROXY`` are read the way curl and urllib read them, as the sync transport does. https
    goes through the proxy in a CONNECT tunnel, so the proxy sees neither keys nor signatures.
    ``max_response_size``: bytes of body (decoded) accepted per response.
    ``accept_compressed``: ask for gzip/deflate bodies and decode them.
    """

    def __init__(
        self, *, max_connections_per_host: int | None = 64, **options: Unpack[wire.Options]
    ) -> None:
        if max_connections_per_host is not None and max_connections_per_host < 1:
            raise errors.ConfigurationError(
                "max_connections_per_host must be >= 1 or None",
                argument="max_connections_per_host",
            )
        self._settings = wire.Settings(**options)
        self._max_active = max_connections_per_host or 1 << 30
        self._state: _LoopState | None = None  # the state of the loop of the last request
        self._states: dict[asyncio.AbstractEventLoop, _LoopState] = {}
        self._get_loop: Callable[[], asyncio.AbstractEventLoop] | None = None
        self._closed = False
        # A dropped transport closes its connections (the event loop keeps them otherwise).
        self._finalizer = weakref.finalize(self, _close_states, self._states)
        self._finalizer.atexit = False
        wire.forget_in_forked_child(self)

    def __repr__(self) -> str:
        states = list(self._states.values())
        idle = sum(len(p.idle) for s in states for p in list(s.pools.by_key.values()))
        return f"AsyncioTransport(loops={len(self._states)}, idle_connections={idle})"

    def _setup(self) -> None:
        import asyncio

        self._get_loop = asyncio.get_running_loop

    async def send(self, request: HttpRequest) -> HttpResponse:
        if self._closed:
            raise errors.ClientClosedError("the transport is closed: build a new client")
        get_loop = self._get_loop
        if get_loop is None:
            self._setup()
            get_loop = self._get_loop
            assert get_loop is not None
        loop = get_loop()
        state = self._state
        if state is None or state.loop is not loop:
            state = self._switch(loop)
        start = monotonic()
        deadline = wire.deadline_of(request, start)
        pool, target = state.pools.of(request.url)
        data = wire.serialize(request, pool.origin, target)
        fresh = False
        while True:
            conn = None if fresh else self._idle_connection(pool, start)
            if conn is None:
                conn = await self._connect(state, pool, deadline, request.timeout)
            waiter: asyncio.Future[HttpResponse] = loop.create_future()
            if deadline < _NEVER:
                conn.deadline = deadline
                conn.timeout = request.timeout
                state.inflight.add(conn)
                if deadline < state.timer_at:
                    state.arm(deadline, monotonic())
            try:
                conn.start(data, waiter)
                request.sent_at = monotonic()  # written, or buffered behind earlier bytes
                response = await waiter
            except wire.NotReached:
                # The server closed its idle connections (a restart, an idle timeout): drop
                # the others too, and send once more on a new connection.
                conn.close()
                for idle in pool.idle:
                    idle.close()
                pool.idle.clear()
                if fresh:
                    raise
                fresh = True
                continue
            except BaseException:
                # A timeout, a failure, or the caller's task cancelled: the rest of this
                # answer may still come, so the connection can never carry another request.
                conn.close()
                raise
            finally:
                conn.waiter = None
                state.inflight.discard(conn)
            end = monotonic()
            response.elapsed = end - start
            if conn.reusable() and not self._closed and len(pool.idle) < self._settings.max_idle:
                conn.idle_since = end
                conn.reused = True
                pool.idle.append(conn)
                if pool.waiters:
                    pool.release()  # a request waiting for a connection can take this one
            else:
                conn.close()
            return response

    def _switch(self, loop: asyncio.AbstractEventLoop) -> _LoopState:
        # Connections belong to the loop that opened them. The state of a loop that has
        # finished is closed here (asyncio.run closes its loop, not our sockets).
        for old in [s for s in self._states.values() if s.loop.is_closed()]:
            del self._states[old.loop]
            old.close_all()
        state = self._states.get(loop)
        if state is None:
            state = self._states[loop] = _LoopState(loop, self._settings)
        self._state = state
        return state

    def _idle_connection(self, pool: _Pool, now: float) -> _Connection | None:
        idle = pool.idle
        while idle:
            conn = idle.pop()
            if (
                conn.reusable()
                and now - conn.idle_since < self._settings.pool_idle_timeout
                and conn.alive()
            ):
                return conn
            conn.close()
        return None

    async def _connect(
        self, state: _LoopState, pool: _Pool, deadline: float, timeout: float | None
    ) -> _Connection:
        import asyncio

        origin = pool.origin
        where = origin.where()
        loop = state.loop
        try:
            async with asyncio.timeout_at(
                loop.time() + (deadline - monotonic()) if deadline < _NEVER else None
            ):
                while pool.active >= self._max_active:
                    # At the per-origin cap: wait for a connection to close or go idle.
                    waiter: asyncio.Future[None] = loop.create_future()
                    pool.waiters.append(waiter)
                    try:
                        await waiter
                    finally:
                        if not waiter.done():
                            waiter.cancel()
                    conn = self._idle_connection(pool, monotonic())
                    if conn is not None:
                        return conn
                pool.active += 1
                conn = _Connection(self._settings.parser(), pool)
                try:
                    await self._open(conn, origin, loop)
                except BaseException:
                    conn.close()
                    raise
                return conn
        except TimeoutError:
            raise wire.timeout_error(f"cannot connect to {where}", timeout, sent=False) from None
        except (OSError, UnicodeError) as exc:  # refused, unreachable, DNS, TLS, IDNA
            raise wire.connect_failed(where, exc) from None

    async def _open(
        self, conn: _Connection, origin: wire.Origin, loop: asyncio.AbstractEventLoop
    ) -> None:
        ssl_context = self._settings.tls() if origin.tls else None
        sock = await _happy_eyeballs(loop, await _resolve(loop, *origin.connect_to()))
        try:
            if origin.proxy is None or not origin.tls:
                await loop.create_connection(
                    cast("Callable[[], asyncio.Protocol]", lambda: conn),
                    sock=sock,
                    ssl=ssl_context,
                    server_hostname=origin.host if ssl_context is not None else None,
                )
                return
        except BaseException:
            sock.close()
            raise
        # https through an http proxy: CONNECT, then TLS with the exchange inside the tunnel.
        assert ssl_context is not None
        try:
            transport, tunnel = await loop.create_connection(
                cast("Callable[[], asyncio.Protocol]", lambda: _Tunnel(loop)), sock=sock
            )
        except BaseException:
            sock.close()
            raise
        try:
            transport.write(wire.connect_request(origin))
            refused = wire.tunnel_refused(origin, await cast(_Tunnel, tunnel).answered)
            if refused is not None:
                raise refused
            conn.transport = cast(
                "asyncio.Transport",
                await loop.start_tls(
                    transport,
                    cast("asyncio.BaseProtocol", conn),
                    ssl_context,
                    server_hostname=origin.host,
                ),
            )
        except BaseException:
            transport.close()
            raise

    async def aclose(self) -> None:
        """Close every idle connection, of every event loop (a finished one included), from
        any loop; requests in flight finish, then close theirs. Any later request raises
        ``errors.ClientClosedError``."""
        self._closed = True
        self._state = None
        _close_states(self._states)

    def _forget(self) -> None:
        # A forked child: the parent's loops and sockets are not ours to touch.
        self._states.clear()
        self._state = None


async def _resolve(loop: asyncio.AbstractEventLoop, host: str, port: int) -> list[Any]:
    """The host's addresses (``wire.lookup``: getaddrinfo in a thread of its own, not the
    loop's default executor, which ``asyncio.run`` joins at its end: a hung resolver would
    hold the program's exit); IP literals skip the lookup."""
    infos = wire.address_literal(host, port)
    if infos is not None:
        return infos
    answer: asyncio.Future[list[Any]] = loop.create_future()

    def settle(result: list[Any] | BaseException) -> None:
        if answer.done():
            return
        if isinstance(result, BaseException):
            answer.set_exception(result)
        else:
            answer.set_result(result)

    wire.lookup(host, port, lambda result: loop.call_soon_threadsafe(settle, result))
    return await answer


async def _happy_eyeballs(loop: asyncio.AbstractEventLoop, infos: list[Any]) -> socket.socket:
    """A connected non-blocking socket to the first of ``infos`` (getaddrinfo's answer) that
    answers: alternately by family, a new attempt every ``HAPPY_EYEBALLS_DELAY`` while earlier
    ones are pending, or at once when one fails (RFC 8305)."""
    import asyncio
    import socket

    async def attempt(info: Any) -> socket.socket:
        family, kind, proto, _, address = info
        sock = socket.socket(family, kind, proto)
        try:
            sock.setblocking(False)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            await loop.sock_connect(sock, address)
        except BaseException:
            sock.close()
            raise
        return sock

    addresses = wire.interleave(infos)
    pending: set[asyncio.Task[socket.socket]] = set()
    failure: BaseException | None = None
    try:
        while addresses or pending:
            if addresses:
                pending.add(loop.create_task(attempt(addresses.pop(0))))
            done, pending = await asyncio.wait(
                pending,
                timeout=wire.HAPPY_EYEBALLS_DELAY if addresses else None,
                return_when=asyncio.FIRST_COMPLETED,
            )
            for task in done:
                if task.exception() is None:
                    return task.result()
                failure = task.exception()
        assert failure is not None
        raise failure
    finally:
        for task in pending:
            task.cancel()
        for task in pending:
            # One that connected after the winner: close it.
            task.add_done_callback(_close_loser)


def _close_loser(task: asyncio.Task[socket.socket]) -> None:
    if not task.cancelled() and task.exception() is None:
        task.result().close()


def _close_states(states: dict[Any, _LoopState]) -> None:
    for state in list(states.values()):
        state.close_all()
    states.clear()
