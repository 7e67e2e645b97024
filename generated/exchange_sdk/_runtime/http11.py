"""The default async transport: HTTP/1.1 on the running event loop, responses parsed by httptools.

Why a transport of our own: measured on the benchmark's loopback server (README, "Measured"),
one signed call costs about 40 us of client CPU this way against about 120 us through
pyreqwest's async client (every completion crosses from its runtime thread into the event loop),
125 us through aiohttp and 225 us through CCXT. pyreqwest's async client also crashes the
interpreter at exit (``PyGILState_Release``) in about 1 run in 6 when it was used from event
loops on short-lived threads. So the event loop's own sockets carry the bytes and
`httptools <https://github.com/MagicStack/httptools>`_ (llhttp, the parser uvicorn uses)
reads the responses; this module only keeps connections and deadlines.

What it does:

- a keep-alive pool per origin (scheme, host, port) and per event loop; an idle connection is
  dropped once it has been idle ``pool_idle_timeout`` seconds (50 s by default: under the 60 s
  idle timeout of common load balancers, so the pool does not hand out a connection the server
  is closing), and one the server has closed is never reused (after half a second idle the
  socket is probed first, so a close the busy event loop has not processed yet still counts);
- one total deadline per request (``HttpRequest.timeout``) over connect, TLS handshake, sending
  and the whole response; when it passes, ``errors.RequestTimeoutError`` and the connection is
  closed, as it is when the caller's task is cancelled: a connection is never reused with a
  response still on its way;
- TLS with certificate and host-name verification (``ssl.create_default_context()`` unless an
  ``ssl_context`` is given);
- bodies delimited by Content-Length, chunked, or the end of the connection; gzip and deflate
  bodies are decoded (none is asked for: no Accept-Encoding is sent);
- failures become ``errors.NetworkError`` / ``errors.RequestTimeoutError`` with a message naming
  the host, never the query (it holds key ids and signatures).

- http:// proxies, given or from ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY``
  (an API key whitelisted for one IP address is often reached through one): https through a
  CONNECT tunnel, with Basic proxy credentials from the proxy URL (never shown in errors).

One event loop at a time: a transport (and so a client) used from a new loop, say after a second
``asyncio.run``, starts a new pool there; using one client from two loops at the same time (two
threads each running a loop) is not supported: give each loop its own client.

What it does not do: redirects (a 3xx is returned as it is: an exchange never redirects a signed
call, and following one would replay it elsewhere), SOCKS or https:// proxies, HTTP/2. Pass another
``AsyncTransport`` (for example one built on aiohttp) to a client that needs them.

asyncio, ssl and httptools are imported on the first request, not with the SDK: ``import asyncio``
alone costs about 30 ms, and a program that sends async requests has imported it already.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from time import monotonic
from typing import TYPE_CHECKING, Any, cast

from .. import errors
from .messages import USER_AGENT, Headers, HttpRequest, HttpResponse

if TYPE_CHECKING:
    import asyncio
    import ssl

__all__ = ["AsyncioTransport"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_NEVER = float("inf")
# A connection idle this long (seconds) is probed before reuse: a server that closed it (an
# idle timeout on its side) while this loop was busy would otherwise fail the next request.
# Back-to-back requests skip the probe (a system call).
_PROBE_AFTER = 0.5


class _Proxy:
    """An http:// proxy: where to connect, and the Proxy-Authorization value (never shown)."""

    __slots__ = ("_authorization", "host", "port")

    def __init__(self, host: str, port: int, authorization: str | None) -> None:
        self.host = host
        self.port = port
        self._authorization = authorization

    def header(self) -> str:
        value = self._authorization
        return f"Proxy-Authorization: {value}\r\n" if value else ""

    def __repr__(self) -> str:
        return f"_Proxy({self.host!r}, {self.port})"


class _Origin:
    """Where requests for one ``scheme://host[:port]`` prefix go (parsed once, then cached)."""

    __slots__ = (
        "absolute",
        "head",
        "host",
        "idle",
        "key",
        "lines",
        "port",
        "prefix",
        "proxy",
        "tls",
    )

    def __init__(self, key: str, scheme: str, host: str, port: int, proxy: _Proxy | None) -> None:
        self.key = key  # "https://host:port" as written in the URLs
        self.prefix = key + "/"
        self.host = host
        self.port = port
        self.tls = scheme == "https"
        self.proxy = proxy
        netloc = f"[{host}]" if ":" in host else host
        if port != _DEFAULT_PORTS[scheme]:
            netloc = f"{netloc}:{port}"
        # Sent with every request after the request line: fixed per origin.
        self.head = f"Host: {netloc}\r\nUser-Agent: {USER_AGENT}\r\n"
        # Plain http through a proxy: the request goes to the proxy with an absolute URL (https
        # goes through a CONNECT tunnel instead, and the proxy never sees the request).
        self.absolute = proxy is not None and not self.tls
        if self.absolute:
            assert proxy is not None
            self.head += proxy.header()
        self.lines = self.head.count("\n")  # for the request-splitting check
        self.idle: list[_Connection] = []  # last in, first out: the warmest connection first


def _parse_origin(url: str) -> tuple[str, str, str]:
    """``(origin key, target, scheme)`` of an absolute http(s) URL."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in _DEFAULT_PORTS:
        raise errors.NetworkError(f"unsupported URL scheme {scheme!r} (http and https only)")
    slash = rest.find("/")
    query = rest.find("?")
    if slash < 0 or 0 <= query < slash:
        cut = query if query >= 0 else len(rest)
        return f"{scheme}://{rest[:cut]}", "/" + rest[cut:], scheme
    return f"{scheme}://{rest[:slash]}", rest[slash:], scheme


def _new_origin(key: str, scheme: str, proxy: str | None, trust_env: bool) -> _Origin:
    from urllib.parse import urlsplit

    parts = urlsplit(key)
    host = parts.hostname
    if not host or parts.username is not None or parts.password is not None:
        raise errors.NetworkError(f"invalid host in URL {key!r}")
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError:
        raise errors.NetworkError(f"invalid port in URL {key!r}") from None
    if proxy is None and trust_env:
        proxy = _proxy_from_env(scheme, host)
    return _Origin(key, scheme, host, port, _parse_proxy(proxy) if proxy else None)


def _proxy_from_env(scheme: str, host: str) -> str | None:
    """HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and NO_PROXY, as urllib (and curl) read them."""
    import urllib.request

    if host == "localhost" or host == "::1" or host.startswith("127."):
        return None  # a proxy cannot reach this machine's loopback (as Go's net/http decides)
    proxies = urllib.request.getproxies_environment()
    url = proxies.get(scheme) or proxies.get("all")
    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]  # no stub
    if not url or bypass(host, proxies):
        return None
    return url


def _parse_proxy(url: str) -> _Proxy:
    from base64 import b64encode
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url if "://" in url else f"http://{url}")
    if parts.scheme != "http":
        raise errors.NetworkError(
            f"unsupported proxy scheme {parts.scheme!r}: http:// proxies only "
            "(https through them is tunnelled with CONNECT)"
        )
    try:
        host, port = parts.hostname, parts.port or 80
    except ValueError:
        host, port = None, 0
    if not host:
        raise errors.NetworkError("invalid proxy URL (its host or port cannot be read)")
    authorization = None
    if parts.username is not None:
        user_pass = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        authorization = "Basic " + b64encode(user_pass.encode()).decode()
    return _Proxy(host, port, authorization)


class _Connection:
    """One HTTP/1.1 connection: an asyncio protocol (duck-typed, so that asyncio is not
    imported with the SDK) feeding httptools, one request at a time."""

    __slots__ = (
        "_body",
        "_headers",
        "_parser",
        "_status",
        "closed",
        "complete",
        "deadline",
        "idle_since",
        "keep_alive",
        "timeout",
        "transport",
        "waiter",
    )

    def __init__(self, parser_factory: Callable[[Any], Any]) -> None:
        self._parser = parser_factory(self)
        self.transport: asyncio.Transport | None = None
        self.waiter: asyncio.Future[HttpResponse] | None = None
        self._headers: list[tuple[bytes, bytes]] = []
        self._body: list[bytes] = []
        self._status = 0
        self.complete = False  # the last response has been read to its end
        self.keep_alive = False  # ... and allows another request on this connection
        self.closed = False
        self.idle_since = 0.0
        self.deadline = 0.0  # monotonic() by which the response must be complete
        self.timeout: float | None = None

    # asyncio protocol callbacks ---------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        try:
            self._parser.feed_data(data)
        except Exception as exc:  # httptools.HttpParserError and its subclasses
            self.fail(errors.NetworkError(f"invalid HTTP response: {exc}"))
            self.close()

    def eof_received(self) -> bool:
        return False  # close the transport; connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            if self._status and not self.complete and not self._expects_more():
                # A body delimited by the end of the connection: this was its end.
                self.on_message_complete()
                return
            reason = f": {exc}" if exc is not None else ""
            self.fail(errors.NetworkError(f"connection closed before the response ended{reason}"))

    def pause_writing(self) -> None:
        pass

    def resume_writing(self) -> None:
        pass

    # httptools callbacks ----------------------------------------------------------------------

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name, value))

    def on_headers_complete(self) -> None:
        self._status = self._parser.get_status_code()

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        if 100 <= self._status < 200:  # an interim response: the real one follows
            self._status, self._headers, self._body = 0, [], []
            return
        self.complete = True
        # Asked here: once the callback returns, the parser has reset and always says False.
        self.keep_alive = self._parser.should_keep_alive()
        waiter = self.waiter
        if waiter is None or waiter.done():
            return
        body = self._body[0] if len(self._body) == 1 else b"".join(self._body)
        headers = self._headers
        for name, value in headers:
            if len(name) == 16 and name.lower() == b"content-encoding":
                try:
                    body = _decode(value, body)
                except (zlib.error, ValueError) as exc:
                    self.fail(errors.NetworkError(f"invalid compressed body: {exc}"))
                    return
        waiter.set_result(HttpResponse(self._status, Headers._from_raw(headers), body))

    # ------------------------------------------------------------------------------------------

    def _expects_more(self) -> bool:
        """Whether the response said how long it is (so the end of the connection is early)."""
        for name, value in self._headers:
            lower = name.lower()
            if lower == b"content-length":
                return True
            if lower == b"transfer-encoding" and b"chunked" in value.lower():
                return True
        return False

    def fail(self, exc: errors.NetworkError) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_exception(exc)

    def start(self, data: bytes, waiter: asyncio.Future[HttpResponse]) -> None:
        self.waiter = waiter
        self.complete = self.keep_alive = False
        self._status = 0
        self._headers = []
        self._body = []
        assert self.transport is not None
        self.transport.write(data)

    def reusable(self) -> bool:
        return (
            self.complete
            and not self.closed
            and self.keep_alive
            and self.transport is not None
            and not self.transport.is_closing()
        )

    def dropped(self) -> bool:
        """Whether the kernel holds anything for this idle connection: the server's FIN (or TLS
        close_notify) that the event loop has not processed yet, or stray bytes. Either way the
        connection must not carry a request (as urllib3 checks before reusing one)."""
        sock = self.transport.get_extra_info("socket") if self.transport is not None else None
        if sock is None:
            return False
        import select

        try:
            readable, _, _ = select.select([sock.fileno()], [], [], 0)
        except (OSError, ValueError):
            return True
        return bool(readable)

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()


def _decode(encoding: bytes, body: bytes) -> bytes:
    kind = encoding.strip().lower()
    if kind in (b"", b"identity"):
        return body
    if kind in (b"gzip", b"x-gzip"):
        return zlib.decompress(body, 16 + zlib.MAX_WBITS)
    if kind == b"deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:  # raw deflate, as some servers send it
            return zlib.decompress(body, -zlib.MAX_WBITS)
    raise ValueError(f"unsupported Content-Encoding {encoding.decode('latin-1')!r}")


class _Tunnel:
    """The protocol of a proxy connection until the proxy has answered CONNECT."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.buffer = b""
        self.answered: asyncio.Future[bytes] = loop.create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        pass

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if b"\r\n\r\n" in self.buffer and not self.answered.done():
            self.answered.set_result(self.buffer)

    def eof_received(self) -> bool:
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.answered.done():
            self.answered.set_exception(
                errors.NetworkError("request failed: the proxy closed the connection at CONNECT")
            )

    def pause_writing(self) -> None:
        pass

    def resume_writing(self) -> None:
        pass


class AsyncioTransport:
    """Default async transport (see the module docstring): HTTP/1.1 on the running event loop.

    ``pool_idle_timeout``: seconds an idle connection is kept. ``max_idle_per_host``: idle
    connections kept per origin (more may be open at once; the rest are closed when they are
    done). ``ssl_context``: for https (default: ``ssl.create_default_context()``, the system's
    certificate authorities; ``SSL_CERT_FILE`` is honoured by OpenSSL). ``proxy``: an http://
    proxy URL (``http://user:password@host:port``) for every request; without it, and with
    ``trust_env`` (the default), ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` and
    ``NO_PROXY`` are read the way curl and urllib read them, as the sync transport does. https
    goes through the proxy in a CONNECT tunnel, so the proxy sees neither keys nor signatures.
    """

    def __init__(
        self,
        *,
        pool_idle_timeout: float = 50.0,
        max_idle_per_host: int = 32,
        ssl_context: ssl.SSLContext | None = None,
        proxy: str | None = None,
        trust_env: bool = True,
    ) -> None:
        if not pool_idle_timeout >= 0:
            raise ValueError("pool_idle_timeout must be >= 0")
        self._pool_idle_timeout = pool_idle_timeout
        self._max_idle = max_idle_per_host
        self._ssl_context = ssl_context
        self._proxy = proxy
        self._trust_env = trust_env
        self._origins: dict[str, _Origin] = {}
        self._last: _Origin | None = None  # the origin of the last request (usually the next)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._inflight: set[_Connection] = set()  # requests with a deadline, by connection
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = _NEVER
        self._get_loop: Callable[[], asyncio.AbstractEventLoop] | None = None
        self._parser_factory: Callable[[Any], Any] | None = None
        self._closed = False

    def __repr__(self) -> str:
        idle = sum(len(o.idle) for o in self._origins.values())
        return f"AsyncioTransport(origins={len(self._origins)}, idle_connections={idle})"

    def _setup(self) -> None:
        import asyncio

        from httptools import HttpResponseParser

        self._get_loop = asyncio.get_running_loop
        self._parser_factory = HttpResponseParser

    async def send(self, request: HttpRequest) -> HttpResponse:
        if self._closed:
            raise errors.NetworkError("the transport is closed")
        get_loop = self._get_loop
        if get_loop is None:
            self._setup()
            get_loop = self._get_loop
            assert get_loop is not None
        loop = get_loop()
        if loop is not self._loop:
            self._new_loop(loop)
        url = request.url
        origin = self._last
        if origin is not None and url.startswith(origin.prefix):
            target = url[len(origin.key) :]
        else:
            origin, target = self._origin(url)
        data = _serialize(request, origin, target)

        now = monotonic()
        timeout = request.timeout
        conn = self._idle_connection(origin, now)
        if conn is None:
            conn = await self._connect(origin, loop, timeout)
        waiter: asyncio.Future[HttpResponse] = loop.create_future()
        if timeout is not None:
            deadline = conn.deadline = now + timeout
            conn.timeout = timeout
            self._inflight.add(conn)
            if deadline < self._timer_at:
                self._arm(deadline, now)
        try:
            conn.start(data, waiter)
            response = await waiter
        except BaseException:
            # A timeout, a failure, or the caller's task cancelled: the rest of this response
            # may still come, so the connection can never carry another request.
            conn.close()
            raise
        finally:
            conn.waiter = None
            self._inflight.discard(conn)
        end = monotonic()
        response.elapsed = end - now
        if conn.reusable() and not self._closed and len(origin.idle) < self._max_idle:
            conn.idle_since = end
            origin.idle.append(conn)
        else:
            conn.close()
        return response

    def _new_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        # Connections belong to the loop that opened them: a client used from a new loop
        # (a second asyncio.run) starts a new pool; the old loop's sockets are its own.
        self._origins = {}
        self._last = None
        self._loop = loop
        self._inflight = set()
        self._timer = None
        self._timer_at = _NEVER

    def _origin(self, url: str) -> tuple[_Origin, str]:
        key, target, scheme = _parse_origin(url)
        origin = self._origins.get(key)
        if origin is None:
            origin = self._origins[key] = _new_origin(key, scheme, self._proxy, self._trust_env)
        self._last = origin
        return origin, target

    # Deadlines: one timer per transport, armed at the earliest deadline in flight, rather
    # than one timer per request (scheduling and cancelling a timer costs several microseconds
    # on asyncio's loop, a sixth of a whole request). Sequential calls with a 10 s timeout arm
    # it about once per 10 s.

    def _arm(self, deadline: float, now: float) -> None:
        loop = self._loop
        assert loop is not None
        if self._timer is not None:
            self._timer.cancel()
        self._timer_at = deadline
        self._timer = loop.call_at(loop.time() + (deadline - now), self._expire)

    def _expire(self) -> None:
        self._timer, self._timer_at = None, _NEVER
        now = monotonic()
        nearest = _NEVER
        for conn in list(self._inflight):
            if conn.deadline <= now:
                self._inflight.discard(conn)
                conn.fail(
                    errors.RequestTimeoutError(
                        f"request timed out: no complete response in {conn.timeout} s"
                    )
                )
            elif conn.deadline < nearest:
                nearest = conn.deadline
        if nearest < _NEVER:
            self._arm(nearest, now)

    def _idle_connection(self, origin: _Origin, now: float) -> _Connection | None:
        idle = origin.idle
        while idle:
            conn = idle.pop()
            idle_for = now - conn.idle_since
            if (
                conn.reusable()
                and idle_for < self._pool_idle_timeout
                and (idle_for < _PROBE_AFTER or not conn.dropped())
            ):
                return conn
            conn.close()
        return None

    async def _connect(
        self, origin: _Origin, loop: asyncio.AbstractEventLoop, timeout: float | None
    ) -> _Connection:
        import asyncio

        factory = self._parser_factory
        assert factory is not None
        proxy = origin.proxy
        where = f"{origin.host}:{origin.port}"
        if proxy is not None:
            where += f" through the proxy {proxy.host}:{proxy.port}"
        ssl_context = self._tls_context() if origin.tls else None
        try:
            async with asyncio.timeout(timeout):
                if proxy is None or not origin.tls:
                    _, protocol = await loop.create_connection(
                        cast("Callable[[], asyncio.Protocol]", lambda: _Connection(factory)),
                        origin.host if proxy is None else proxy.host,
                        origin.port if proxy is None else proxy.port,
                        ssl=ssl_context,
                        server_hostname=origin.host if ssl_context is not None else None,
                    )
                    return cast(_Connection, protocol)
                assert ssl_context is not None
                return await self._tunnel(origin, proxy, loop, ssl_context, factory)
        except TimeoutError:
            raise errors.RequestTimeoutError(
                f"request timed out: cannot connect to {where} in {timeout} s"
            ) from None
        except OSError as exc:  # refused, unreachable, DNS, TLS (ssl.SSLError is an OSError)
            reason = exc.strerror or str(exc) or type(exc).__name__
            raise errors.NetworkError(
                f"request failed: cannot connect to {where}: {reason}"
            ) from None

    async def _tunnel(
        self,
        origin: _Origin,
        proxy: _Proxy,
        loop: asyncio.AbstractEventLoop,
        ssl_context: ssl.SSLContext,
        factory: Callable[[Any], Any],
    ) -> _Connection:
        """https through an http proxy: CONNECT, then TLS with the exchange inside the tunnel."""
        transport, tunnel = await loop.create_connection(
            cast("Callable[[], asyncio.Protocol]", lambda: _Tunnel(loop)), proxy.host, proxy.port
        )
        try:
            host = f"[{origin.host}]" if ":" in origin.host else origin.host
            target = f"{host}:{origin.port}"
            transport.write(
                f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n{proxy.header()}\r\n".encode(
                    "latin-1"
                )
            )
            answer = await cast(_Tunnel, tunnel).answered
            status_line = answer.split(b"\r\n", 1)[0].decode("latin-1")
            parts = status_line.split(None, 2)
            if len(parts) < 2 or not parts[1].isdigit() or not 200 <= int(parts[1]) < 300:
                raise errors.NetworkError(
                    f"request failed: the proxy {proxy.host}:{proxy.port} refused the tunnel to "
                    f"{target}: {status_line[:100]!r}"
                )
            conn = _Connection(factory)
            conn.transport = cast(
                "asyncio.Transport",
                await loop.start_tls(
                    transport,
                    cast("asyncio.BaseProtocol", conn),
                    ssl_context,
                    server_hostname=origin.host,
                ),
            )
            return conn
        except BaseException:
            transport.close()
            raise

    def _tls_context(self) -> ssl.SSLContext:
        context = self._ssl_context
        if context is None:
            import ssl

            context = self._ssl_context = ssl.create_default_context()
            context.set_alpn_protocols(["http/1.1"])
        return context

    async def aclose(self) -> None:
        """Close every idle connection; requests in flight finish, then close theirs."""
        self._closed = True
        origins, self._origins = self._origins, {}
        for origin in origins.values():
            for conn in origin.idle:
                conn.close()
            origin.idle.clear()


def _serialize(request: HttpRequest, origin: _Origin, target: str) -> bytes:
    """The request's bytes. Refuses (before anything is sent) what would split the message:
    a space or line break in the target, a line break or NUL in a header, non-Latin-1 text."""
    method = request.method
    headers = request.headers
    if origin.absolute:
        target = origin.key + target
    lines = [method, " ", target, " HTTP/1.1\r\n", origin.head]
    for name, value in headers.items():
        lines += (name, ": ", value, "\r\n")
    body = request.body
    if body is not None:
        lines += ("Content-Length: ", str(len(body)), "\r\n")
    elif method in ("POST", "PUT", "PATCH", "DELETE"):
        lines.append("Content-Length: 0\r\n")
    lines.append("\r\n")
    head = "".join(lines)
    # Two counts over the whole head: each line it should hold ends in exactly one CR LF.
    expected = (
        2
        + origin.lines
        + len(headers)
        + (body is not None or method in ("POST", "PUT", "PATCH", "DELETE"))
    )
    if (
        head.count("\n") != expected
        or head.count("\r") != expected
        or "\0" in head
        or target.count(" ")
        or method not in _METHODS
    ):
        raise _refused(method, target, headers)
    try:
        data = head.encode("latin-1")
    except UnicodeEncodeError:
        raise errors.ValidationError(
            argument="headers", constraint="Latin-1 text only", value="(not shown)"
        ) from None
    return data if body is None else data + body


_METHODS = frozenset(("GET", "POST", "PUT", "PATCH", "DELETE"))


def _refused(method: str, target: str, headers: dict[str, str]) -> errors.ValidationError:
    if method not in _METHODS:
        return errors.ValidationError(
            argument="method", constraint="one of " + ", ".join(sorted(_METHODS)), value=method
        )
    if any(c in target for c in " \r\n\0"):
        return errors.ValidationError(
            argument="url",
            constraint="no spaces, line breaks or NUL in the path and query",
            value="(not shown)",
        )
    names = [n for n, v in headers.items() if any(c in n + v for c in "\r\n\0")]
    return errors.ValidationError(
        argument="headers",
        constraint="no line breaks or NUL in header names and values",
        value=names[0] if names else "(not shown)",
    )
