"""HTTP/1.1 without the sockets: what the sync and the async transport share.

Both transports (``sockets.py``: blocking sockets; ``http11.py``: the asyncio event loop) only
move bytes and keep deadlines; everything about the bytes themselves is here, once, so the two
behave the same for the same request and the same answer:

- where a URL goes (``Origin``: scheme, host, port, proxy from the arguments or the
  environment) and the request's bytes (``serialize``: refuses request splitting, a CR, LF or
  NUL in a header, non-Latin-1 text and wrong types with ``errors.ValidationError`` before
  anything is sent, naming the header but never showing its value);
- the response (``ResponseParser``): parsed by `httptools <https://github.com/MagicStack/httptools>`_
  (llhttp, Node's and uvicorn's HTTP parser: strict about framing, which is what keeps a
  connection from desynchronising), with limits on the head (``MAX_HEADER_FIELDS`` fields,
  ``MAX_HEAD_BYTES`` bytes) and on the body (``max_response_size``, decoded size included);
  Content-Encoding is decoded only when the transport asked for it (``accept_compressed``);
- the errors: an answer that breaks HTTP or a limit is ``errors.UnexpectedResponseError``
  (the server answered: not retried, first bytes kept in ``raw_body``); no answer at all is
  ``errors.NetworkError`` / ``errors.RequestTimeoutError`` whose ``may_have_been_sent`` says
  whether the request may have reached the server. Messages name the host and port, never
  the query (it holds key ids and signatures);
- around the sockets: the options both take (``Options``; their defaults and checks:
  ``Settings``), the pools by origin (``Pool``, ``Pools``: the last origin used is found
  first), name lookups bounded by the caller's deadline (``lookup``: getaddrinfo in a daemon
  thread), happy eyeballs' address order (``interleave``), and the fork hook that empties the
  pools in a child (``forget_in_forked_child``). The transports name these by module
  (``wire.serialize``), so a line says which half of the split it uses.

Hand-written because no library offers an HTTP/1.1 client core without its own I/O; the
parser, the hard part, is llhttp.
"""

from __future__ import annotations

import contextlib
import os
import weakref
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypedDict, TypeVar

from .. import errors
from .messages import USER_AGENT, HttpRequest, HttpResponse

if TYPE_CHECKING:
    import ssl

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "HAPPY_EYEBALLS_DELAY",
    "MAX_HEADER_FIELDS",
    "MAX_HEAD_BYTES",
    "NotReached",
    "Options",
    "Origin",
    "Pool",
    "Pools",
    "ResponseParser",
    "Settings",
    "address_literal",
    "connect_failed",
    "connect_request",
    "deadline_of",
    "forget_in_forked_child",
    "interleave",
    "lookup",
    "new_origin",
    "parse_origin",
    "serialize",
    "timeout_error",
    "tls_context",
    "tunnel_refused",
]

DEFAULT_PORTS = {"http": 80, "https": 443}
#: Response limits. An exchange's answer is a few kilobytes; these stop a broken or hostile
#: peer from filling memory inside the deadline (an endless chunked body on loopback reaches
#: gigabytes in two seconds).
MAX_HEADER_FIELDS = 256
MAX_HEAD_BYTES = 256 * 1024
DEFAULT_MAX_RESPONSE_SIZE = 8 * 1024 * 1024
_RAW_KEPT = 64 * 1024  # bytes of a broken answer kept in the error's raw_body
#: RFC 8305's "Connection Attempt Delay": the next address is tried after this many seconds
#: while earlier ones are still connecting (a black-holed IPv6 route costs this, not the deadline).
HAPPY_EYEBALLS_DELAY = 0.25
_METHODS = frozenset(("GET", "POST", "PUT", "PATCH", "DELETE"))
_BODY_METHODS = frozenset(("POST", "PUT", "PATCH", "DELETE"))


class NotReached(errors.NetworkError):
    """A reused keep-alive connection ended before any byte of the answer: the server had
    closed it (an idle timeout on its side) and the request never reached it. The transports
    replay such a request once on a new connection; this never reaches the caller."""

    def __init__(self, message: str) -> None:
        super().__init__(f"request failed: {message}", may_have_been_sent=False)


def deadline_of(request: HttpRequest, now: float) -> float:
    """The absolute monotonic() instant this attempt must end by (inf: no limit)."""
    timeout = request.timeout
    try:
        deadline = now + timeout if timeout is not None else float("inf")
        if request.deadline is not None and request.deadline < deadline:
            deadline = request.deadline
    except TypeError:
        raise errors.ValidationError(
            argument="timeout", constraint="must be a number of seconds or None", value=timeout
        ) from None
    if deadline != deadline:  # NaN
        raise errors.ValidationError(
            argument="timeout", constraint="must be a number of seconds or None", value=timeout
        )
    return deadline


def connect_failed(where: str, exc: BaseException) -> errors.NetworkError:
    """The error for a connection that could not be made (refused, unreachable, DNS, IDNA,
    TLS): the request was not sent."""
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return errors.NetworkError(
        f"request failed: cannot connect to {where}: {reason}", may_have_been_sent=False
    )


class _Forgetful(Protocol):
    def _forget(self) -> None: ...


_FORGET_IN_CHILD: weakref.WeakSet[_Forgetful] = weakref.WeakSet()


def forget_in_forked_child(transport: _Forgetful) -> None:
    """Have ``transport._forget()`` called in the child after every ``os.fork()``.

    A child shares its parent's sockets: a request from both on one connection would mix their
    answers, so the child drops its pools (closing only its own copies of the descriptors,
    which sends nothing) and connects anew.
    """
    _FORGET_IN_CHILD.add(transport)


def _after_fork_in_child() -> None:
    for transport in list(_FORGET_IN_CHILD):
        transport._forget()


os.register_at_fork(after_in_child=_after_fork_in_child)


def timeout_error(what: str, timeout: float | None, *, sent: bool) -> errors.RequestTimeoutError:
    limit = f"in {timeout} s" if timeout is not None else "before the call's deadline"
    return errors.RequestTimeoutError(f"request timed out: {what} {limit}", may_have_been_sent=sent)


# ------------------------------------------------------------------------------ options


class Options(TypedDict, total=False):
    """The keyword options both transports take (``**options: Unpack[Options]``), described in
    their docstrings; their defaults and checks are ``Settings``'."""

    pool_idle_timeout: float
    max_idle_per_host: int
    ssl_context: ssl.SSLContext | None
    ca_bundle: str | os.PathLike[str] | None
    proxy: str | None
    trust_env: bool
    max_response_size: int
    accept_compressed: bool


class Settings:
    """The options both transports take (``Options``), with their defaults, checked once."""

    __slots__ = (
        "_parser_factory",
        "accept_compressed",
        "ca_bundle",
        "max_idle",
        "max_response_size",
        "pool_idle_timeout",
        "proxy",
        "ssl_context",
        "trust_env",
    )

    def __init__(
        self,
        *,
        pool_idle_timeout: float = 50.0,
        max_idle_per_host: int = 32,
        ssl_context: ssl.SSLContext | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        proxy: str | None = None,
        trust_env: bool = True,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        accept_compressed: bool = False,
    ) -> None:
        if not pool_idle_timeout >= 0:
            raise errors.ConfigurationError(
                "pool_idle_timeout must be >= 0 seconds", argument="pool_idle_timeout"
            )
        if not max_response_size > 0:
            raise errors.ConfigurationError(
                "max_response_size must be > 0 bytes", argument="max_response_size"
            )
        self.pool_idle_timeout = pool_idle_timeout
        self.max_idle = max_idle_per_host
        self.ssl_context = ssl_context
        self.ca_bundle = os.fspath(ca_bundle) if ca_bundle is not None else None
        self.proxy = proxy
        self.trust_env = trust_env
        self.max_response_size = max_response_size
        self.accept_compressed = accept_compressed
        self._parser_factory: Any = None

    def origin(self, key: str, scheme: str) -> Origin:
        return new_origin(key, scheme, self.proxy, self.trust_env, self.accept_compressed)

    def tls(self) -> ssl.SSLContext:
        context = self.ssl_context
        if context is None:
            context = self.ssl_context = tls_context(self.ca_bundle)
        return context

    def parser(self) -> ResponseParser:
        """A parser for a new connection (httptools is imported on the first one)."""
        factory = self._parser_factory
        if factory is None:
            from httptools import HttpResponseParser

            factory = self._parser_factory = HttpResponseParser
        return ResponseParser(factory, self.max_response_size, self.accept_compressed)


# ------------------------------------------------------------------------------ pools

C = TypeVar("C")


class Pool(Generic[C]):
    """One origin's connections; each transport's subclass adds what its I/O needs."""

    __slots__ = ("idle", "key", "origin", "prefix")

    def __init__(self, origin: Origin) -> None:
        self.origin = origin
        self.key = origin.key
        self.prefix = origin.prefix
        self.idle: list[C] = []  # last in, first out: the warmest connection first


P = TypeVar("P", bound="Pool[Any]")


class Pools(Generic[P]):
    """The pools of one transport (sync) or of one event loop (async), by origin; ``of(url)``
    finds a URL's pool, the last one used first (a client calls one exchange)."""

    __slots__ = ("by_key", "last", "new", "settings")

    def __init__(self, settings: Settings, new: Callable[[Origin], P]) -> None:
        self.settings = settings
        self.new = new
        self.by_key: dict[str, P] = {}
        self.last: P | None = None

    def of(self, url: str) -> tuple[P, str]:
        """The pool of ``url``'s origin, and the request target (path and query)."""
        pool = self.last
        if pool is not None and type(url) is str and url.startswith(pool.prefix):
            return pool, url[len(pool.key) :]
        key, target, scheme = parse_origin(url)
        pool = self.by_key.get(key)
        if pool is None:
            pool = self.by_key[key] = self.new(self.settings.origin(key, scheme))
        self.last = pool
        return pool, target

    def clear(self) -> list[P]:
        """Forget every pool; their connections are the caller's to close."""
        pools = list(self.by_key.values())
        self.by_key = {}
        self.last = None
        return pools


# ------------------------------------------------------------------------------ origins


class Proxy:
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
        return f"Proxy({self.host!r}, {self.port})"


class Origin:
    """Where requests for one ``scheme://host[:port]`` prefix go (parsed once, then cached)."""

    __slots__ = ("absolute", "head", "host", "key", "lines", "port", "prefix", "proxy", "tls")

    def __init__(
        self,
        key: str,
        scheme: str,
        host: str,
        port: int,
        proxy: Proxy | None,
        accept_compressed: bool = False,
    ) -> None:
        self.key = key  # "https://host:port" as written in the URLs
        self.prefix = key + "/"
        self.host = host
        self.port = port
        self.tls = scheme == "https"
        self.proxy = proxy
        netloc = f"[{host}]" if ":" in host else host
        if port != DEFAULT_PORTS[scheme]:
            netloc = f"{netloc}:{port}"
        # Sent with every request after the request line: fixed per origin.
        self.head = f"Host: {netloc}\r\nUser-Agent: {USER_AGENT}\r\n"
        if accept_compressed:
            self.head += "Accept-Encoding: gzip, deflate\r\n"
        # Plain http through a proxy: the request goes to the proxy with an absolute URL (https
        # goes through a CONNECT tunnel instead, and the proxy never sees the request).
        self.absolute = proxy is not None and not self.tls
        if self.absolute:
            assert proxy is not None
            self.head += proxy.header()
        self.lines = self.head.count("\n")  # for the request-splitting check

    def where(self) -> str:
        """host:port, and the proxy when there is one (for error messages)."""
        proxy = self.proxy
        text = f"{self.host}:{self.port}"
        return f"{text} through the proxy {proxy.host}:{proxy.port}" if proxy else text

    def connect_to(self) -> tuple[str, int]:
        proxy = self.proxy
        return (self.host, self.port) if proxy is None else (proxy.host, proxy.port)


def parse_origin(url: str) -> tuple[str, str, str]:
    """``(origin key, target, scheme)`` of an absolute http(s) URL."""
    if not isinstance(url, str):
        raise errors.ValidationError(argument="url", constraint="must be a str", value=type(url))
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in DEFAULT_PORTS:
        raise errors.ValidationError(
            argument="url", constraint="must start with http:// or https://", value=scheme
        )
    slash = rest.find("/")
    query = rest.find("?")
    if slash < 0 or 0 <= query < slash:
        cut = query if query >= 0 else len(rest)
        return f"{scheme}://{rest[:cut]}", "/" + rest[cut:], scheme
    return f"{scheme}://{rest[:slash]}", rest[slash:], scheme


def new_origin(
    key: str, scheme: str, proxy: str | None, trust_env: bool, accept_compressed: bool
) -> Origin:
    from urllib.parse import urlsplit

    parts = urlsplit(key)
    try:
        host = parts.hostname
        port = parts.port or DEFAULT_PORTS[scheme]
    except ValueError:
        host = None
    if not host or parts.username is not None or parts.password is not None:
        raise errors.ValidationError(
            argument="url", constraint="must name a host and a valid port", value=key
        )
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise errors.NetworkError(
                f"request failed: cannot resolve {host!r}: not a valid international domain name",
                may_have_been_sent=False,
            ) from None
    if proxy is None and trust_env:
        proxy = _proxy_from_env(scheme, host)
    return Origin(
        key, scheme, host, port, _parse_proxy(proxy) if proxy else None, accept_compressed
    )


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


def _parse_proxy(url: str) -> Proxy:
    from base64 import b64encode
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url if "://" in url else f"http://{url}")
    if parts.scheme != "http":
        raise errors.ConfigurationError(
            f"unsupported proxy scheme {parts.scheme!r}: http:// proxies only "
            "(https through them is tunnelled with CONNECT)",
            argument="proxy",
        )
    try:
        host, port = parts.hostname, parts.port or 80
    except ValueError:
        host, port = None, 0
    if not host:
        raise errors.ConfigurationError(
            "invalid proxy URL (its host or port cannot be read)", argument="proxy"
        )
    authorization = None
    if parts.username is not None:
        user_pass = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        authorization = "Basic " + b64encode(user_pass.encode()).decode()
    return Proxy(host, port, authorization)


def connect_request(origin: Origin) -> bytes:
    """The CONNECT request that opens a tunnel to ``origin`` through its proxy."""
    assert origin.proxy is not None
    host = f"[{origin.host}]" if ":" in origin.host else origin.host
    target = f"{host}:{origin.port}"
    head = f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n{origin.proxy.header()}\r\n"
    return head.encode("latin-1")


def tunnel_refused(origin: Origin, answer: bytes) -> errors.NetworkError | None:
    """None when the proxy's answer to CONNECT opened the tunnel, else the error to raise."""
    status_line = answer.split(b"\r\n", 1)[0].decode("latin-1")
    parts = status_line.split(None, 2)
    if len(parts) >= 2 and parts[1].isdigit() and 200 <= int(parts[1]) < 300:
        return None
    assert origin.proxy is not None
    return errors.NetworkError(
        f"request failed: the proxy {origin.proxy.host}:{origin.proxy.port} refused the tunnel "
        f"to {origin.host}:{origin.port}: {status_line[:100]!r}",
        may_have_been_sent=False,
    )


def address_literal(host: str, port: int) -> list[Any] | None:
    """``getaddrinfo``'s answer for an IP address written as the host (no lookup), else None."""
    import socket

    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, host)
        except OSError:
            continue
        address = (host, port) if family == socket.AF_INET else (host, port, 0, 0)
        return [(family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", address)]
    return None


def lookup(host: str, port: int, done: Callable[[list[Any] | BaseException], object]) -> None:
    """``getaddrinfo`` in a daemon thread of its own, its answer (or exception) handed to
    ``done`` from that thread.

    getaddrinfo has no timeout (a dead resolver takes 5 s per attempt and name server), so the
    transports wait for ``done`` only until their deadline; the thread finishes on its own and
    holds nothing up: not the interpreter's exit, nor ``asyncio.run``'s (whose default executor,
    where ``loop.getaddrinfo`` runs, is joined when the loop ends).
    """
    import socket
    import threading

    def run() -> None:
        try:
            answer: list[Any] | BaseException = socket.getaddrinfo(
                host, port, type=socket.SOCK_STREAM
            )
        except BaseException as exc:  # handed to the caller
            answer = exc
        if isinstance(answer, list) and not answer:
            answer = OSError(f"no address for {host!r}")
        with contextlib.suppress(Exception):  # the caller may be gone (its event loop closed)
            done(answer)

    threading.Thread(target=run, name="exchange-sdk-dns", daemon=True).start()


def interleave(infos: list[Any]) -> list[Any]:
    """Addresses alternately by family, the first family first (RFC 8305 section 4)."""
    first = infos[0][0]
    ours = [i for i in infos if i[0] == first]
    others = [i for i in infos if i[0] != first]
    mixed = [a for pair in zip(ours, others, strict=False) for a in pair]
    return mixed + ours[len(others) :] + others[len(ours) :]


def tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    """Certificate and host-name verification on, HTTP/1.1 over ALPN; ``ca_bundle``: a PEM
    file or a directory of hashed certificates instead of the system's authorities."""
    import os
    import ssl

    if ca_bundle is not None and os.path.isdir(ca_bundle):
        context = ssl.create_default_context(capath=ca_bundle)
    else:
        context = ssl.create_default_context(cafile=ca_bundle)
    context.set_alpn_protocols(["http/1.1"])
    return context


# ------------------------------------------------------------------------------ requests


def serialize(request: HttpRequest, origin: Origin, target: str) -> bytes:
    """The request's bytes. Refuses (before anything is sent) what would split the message:
    a space or line break in the target, a line break or NUL in a header, non-Latin-1 text,
    a header or body of the wrong type."""
    method = request.method
    headers = request.headers
    body = request.body
    if origin.absolute:
        target = origin.key + target
    lines = [method, " ", target, " HTTP/1.1\r\n", origin.head]
    try:
        for name, value in headers.items():
            lines += (name, ": ", value, "\r\n")
        if body is not None:
            lines += ("Content-Length: ", str(len(body)), "\r\n")
        elif method in _BODY_METHODS:
            lines.append("Content-Length: 0\r\n")
        lines.append("\r\n")
        head = "".join(lines)
    except (TypeError, AttributeError):
        raise _refused(request, target) from None
    # Two counts over the whole head: each line it should hold ends in exactly one CR LF.
    expected = 2 + origin.lines + len(headers) + (body is not None or method in _BODY_METHODS)
    if (
        head.count("\n") != expected
        or head.count("\r") != expected
        or "\0" in head
        or target.count(" ")
        or method not in _METHODS
    ):
        raise _refused(request, target)
    try:
        data = head.encode("latin-1")
    except UnicodeEncodeError:
        raise _refused(request, target) from None
    if body is None:
        return data
    if type(body) is not bytes:
        if not isinstance(body, bytes | bytearray | memoryview):
            raise _refused(request, target)
        body = bytes(body)
    return data + body


def _refused(request: HttpRequest, target: object) -> errors.ValidationError:
    method: object = request.method
    if not isinstance(method, str) or method not in _METHODS:
        return errors.ValidationError(
            argument="method", constraint="one of " + ", ".join(sorted(_METHODS)), value=method
        )
    if not isinstance(target, str) or any(c in target for c in " \r\n\0"):
        return errors.ValidationError(
            argument="url",
            constraint="no spaces, line breaks or NUL in the path and query",
            value="(not shown)",
        )
    # Typed as they should be; checked as they are (a caller may pass anything).
    body: object = request.body
    if body is not None and not isinstance(body, bytes | bytearray | memoryview):
        return errors.ValidationError(
            argument="body", constraint="must be bytes or None", value=type(body)
        )
    headers: object = request.headers
    if not isinstance(headers, dict):
        return errors.ValidationError(
            argument="headers", constraint="must be a dict of str to str", value=type(headers)
        )
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            return errors.ValidationError(
                argument="headers",
                constraint="names and values must be str",
                value=name if isinstance(name, str) else type(name),
            )
        if any(c in "\r\n\0" for c in name + value) or not _latin1(name + value):
            # The value may be a credential (a passphrase read from a file with its newline):
            # name the header, never show the value.
            return errors.ValidationError(
                argument="headers",
                constraint=f"header {_safe_name(name)} must be Latin-1 text without CR, LF or NUL"
                " (its value is not shown)",
                value=_safe_name(name),
                reason="is refused",
            )
    return errors.ValidationError(
        argument="url", constraint="Latin-1 text only", value="(not shown)"
    )


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _safe_name(name: str) -> str:
    return "".join(c if c.isascii() and c.isprintable() else "?" for c in name)


# ------------------------------------------------------------------------------ responses


class ResponseParser:
    """One connection's responses, parsed by httptools (llhttp) one at a time.

    ``feed(data)`` returns True once the response is complete; it raises
    ``errors.UnexpectedResponseError`` when the answer breaks HTTP or a limit. ``eof()`` says
    the connection ended; ``response()`` builds the ``HttpResponse``. ``received`` counts the
    bytes of the current answer (0: the server sent nothing, see ``NotReached``).
    """

    __slots__ = (
        "_body",
        "_body_size",
        "_decode",
        "_done",
        "_error",
        "_first",
        "_head_done",
        "_headers",
        "_max_body",
        "_parser",
        "_raw",
        "complete",
        "keep_alive",
        "received",
        "status",
    )

    def __init__(self, parser_factory: Any, max_body: int, decode: bool) -> None:
        self._parser = parser_factory(self)
        self._max_body = max_body
        self._decode = decode
        self.start()

    def start(self) -> None:
        """Ready for the response to the next request."""
        self.status = 0
        self.complete = False
        self.keep_alive = False
        self.received = 0
        self._headers: list[tuple[bytes, bytes]] = []
        self._body: list[bytes] = []
        self._body_size = 0
        self._head_done = False
        self._first = b""  # the first bytes of the answer (usually all of it) ...
        self._raw: list[bytes] | None = None  # ... and the next, up to _RAW_KEPT, for errors
        self._error: errors.UnexpectedResponseError | None = None
        # The complete answer, set aside only when more bytes follow it (see on_message_begin).
        self._done: tuple[int, list[tuple[bytes, bytes]], list[bytes]] | None = None

    def feed(self, data: bytes) -> bool:
        received = self.received
        self.received = received + len(data)
        if not received:
            self._first = data
        elif received < _RAW_KEPT:
            if self._raw is None:
                self._raw = []
            self._raw.append(data)
        try:
            self._parser.feed_data(data)
        except Exception as exc:  # httptools.HttpParserError and its subclasses
            if self.complete:
                # Bytes after the end of the answer that are not HTTP: the answer stands, the
                # connection does not.
                self.keep_alive = False
                return True
            raise self._error or self.invalid(f"invalid HTTP response: {exc}") from None
        if self.complete:
            return True
        if self._head_done:
            # The body is still coming: refuse now one announced over the limit (an answer
            # complete in one read has had every byte of its body counted by on_body).
            self._check_length()
        elif self.received > 2 * MAX_HEAD_BYTES:
            # No end of the head yet: a guard on memory only (httptools accumulates a header
            # we have not seen yet); on_headers_complete checks the exact limits.
            raise self.invalid(f"response head larger than {MAX_HEAD_BYTES} bytes")
        return False

    def _check_length(self) -> None:
        limit = self._max_body
        for name, value in self._headers:
            if len(name) == 14 and name.lower() == b"content-length" and int(value) > limit:
                raise self.invalid(f"response body of {int(value)} bytes is over the {limit} limit")

    def eof(self) -> bool:
        """The connection ended: True when that completes the response (a body delimited by
        the end of the connection)."""
        if self._head_done and not self.complete and not self._expects_more():
            self.on_message_complete()
            self.keep_alive = False
        return self.complete

    def invalid(self, reason: str) -> errors.UnexpectedResponseError:
        raw = (self._first + b"".join(self._raw or ()))[:_RAW_KEPT]
        return errors.UnexpectedResponseError(
            f"{reason} (first {len(raw)} bytes of the answer kept in raw_body)",
            exchange="",
            endpoint="",
            code=None,
            http_status=self.status,
            raw_body=raw,
        )

    def response(self) -> HttpResponse:
        done = self._done
        if done is None:
            status, headers, parts = self.status, self._headers, self._body
        else:
            status, headers, parts = done
        body = parts[0] if len(parts) == 1 else b"".join(parts)
        if self._decode:
            for name, value in headers:
                if len(name) == 16 and name.lower() == b"content-encoding":
                    body = self._decoded(value, body)
        return HttpResponse._from_wire(status, headers, body)

    def _decoded(self, encoding: bytes, body: bytes) -> bytes:
        kind = encoding.strip().lower()
        if kind in (b"", b"identity"):
            return body
        limit = self._max_body
        try:
            if kind in (b"gzip", b"x-gzip"):
                decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
            elif kind == b"deflate":
                # zlib-wrapped, as the RFC says, or raw deflate, as some servers send it
                decoder = zlib.decompressobj(
                    zlib.MAX_WBITS if body[:1] == b"x" else -zlib.MAX_WBITS
                )
            else:
                raise self.invalid(f"unsupported Content-Encoding {encoding.decode('latin-1')!r}")
            out = decoder.decompress(body, limit + 1)
        except zlib.error as exc:
            raise self.invalid(f"invalid compressed body: {exc}") from None
        if len(out) > limit:
            raise self.invalid(f"decoded response body larger than {limit} bytes")
        return out

    def _expects_more(self) -> bool:
        """Whether the response said how long it is (so the end of the connection is early)."""
        for name, value in self._headers:
            lower = name.lower()
            if lower == b"content-length":
                return True
            if lower == b"transfer-encoding" and b"chunked" in value.lower():
                return True
        return False

    def _fail(self, reason: str) -> None:
        # Raised inside a parser callback: httptools turns it into its own error, and feed()
        # raises this one instead.
        self._error = self.invalid(reason)
        raise ValueError(reason)

    # httptools callbacks ----------------------------------------------------------------------

    def on_message_begin(self) -> None:
        if self.complete:
            # A second answer to one request: the connection is out of step; never reuse it.
            # The complete answer is set aside; the second one's parts go to fresh lists.
            self.keep_alive = False
            if self._done is None:
                self._done = (self.status, self._headers, self._body)
            self._headers, self._body, self._head_done = [], [], False

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name, value))

    def on_headers_complete(self) -> None:
        self.status = self._parser.get_status_code()
        self._head_done = True
        headers = self._headers
        if len(headers) > MAX_HEADER_FIELDS:
            self._fail(f"more than {MAX_HEADER_FIELDS} header fields")
        # The head cannot be larger than what has arrived so far: count it only when that is.
        if (
            self.received > MAX_HEAD_BYTES
            and sum(len(name) + len(value) + 4 for name, value in headers) > MAX_HEAD_BYTES
        ):
            self._fail(f"response head larger than {MAX_HEAD_BYTES} bytes")
        # The announced Content-Length is checked by feed() once this read ends with the body
        # incomplete (never, in the usual answer that arrives in one read).

    def on_body(self, body: bytes) -> None:
        self._body_size += len(body)
        if self._body_size > self._max_body:
            self._fail(f"response body larger than {self._max_body} bytes")
        self._body.append(body)

    def on_message_complete(self) -> None:
        if self.complete:
            return
        if 100 <= self.status < 200:  # an interim response: the real one follows
            self.status, self._headers, self._body = 0, [], []
            self._head_done = False
            return
        self.complete = True
        # Asked here: once the callback returns, the parser has reset and always says False.
        self.keep_alive = self._parser.should_keep_alive()
