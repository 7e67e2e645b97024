"""TLS verification and proxies, alike on both transports: certificates checked against the
system's authorities, a ``ca_bundle`` or an ``ssl_context``; http:// proxies given or from the
environment, https through a CONNECT tunnel the proxy cannot read; loopback never proxied."""

from __future__ import annotations

import base64
import ssl
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from fault_helpers import ConnectProxy, Driver, Server, answer, replies, request, serving

from exchange_sdk import errors


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[Server]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with serving(replies(answer(b'{"via":"tls"}')), tls=context) as server:
        yield server


@pytest.fixture
def trusting(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


def test_tls_is_verified_by_default(kind: str, tls_server: Server) -> None:
    driver = Driver(kind)
    refused, _ = driver.outcome(request(f"{tls_server.url}/x"))
    driver.close()
    assert type(refused) is errors.NetworkError, refused
    assert refused.may_have_been_sent is False
    assert "CERTIFICATE_VERIFY_FAILED" in str(refused) or "certificate" in str(refused)
    assert tls_server.requests == []


def test_a_ca_bundle_or_an_ssl_context_is_trusted(
    kind: str, tls_server: Server, ca: trustme.CA, trusting: ssl.SSLContext, tmp_path: Path
) -> None:
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    for options in ({"ca_bundle": str(bundle)}, {"ssl_context": trusting}):
        driver = Driver(kind, **options)
        assert driver.send(request(f"{tls_server.url}/x")).body == b'{"via":"tls"}'
        driver.close()


def test_a_certificate_for_another_host_is_refused(
    kind: str, ca: trustme.CA, trusting: ssl.SSLContext
) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("exchange.example").configure_cert(context)
    with serving(replies(answer()), tls=context) as server:
        driver = Driver(kind, ssl_context=trusting)
        refused, _ = driver.outcome(request(f"{server.url}/x"))
        driver.close()
    assert type(refused) is errors.NetworkError and refused.may_have_been_sent is False
    assert "127.0.0.1" in str(refused)


def test_https_through_a_connect_proxy_with_credentials(
    kind: str, tls_server: Server, trusting: ssl.SSLContext
) -> None:
    proxy = ConnectProxy(credentials="trader:p@ss word").start()
    url = proxy.url.replace("http://", "http://trader:p%40ss%20word@")
    driver = Driver(kind, ssl_context=trusting, proxy=url)
    bodies = [driver.send(request(f"{tls_server.url}/x?sig=S1G")).body for _ in range(3)]
    driver.close()
    proxy.stop()
    assert bodies == [b'{"via":"tls"}'] * 3
    assert len(proxy.heads) == 1  # one tunnel carried the three requests
    assert proxy.heads[0].startswith(f"CONNECT 127.0.0.1:{tls_server.port} HTTP/1.1\r\n".encode())
    assert tls_server.requests[0].startswith(b"POST /x?sig=S1G HTTP/1.1\r\n")
    assert b"S1G" not in proxy.carried and b"X-K" not in proxy.carried  # TLS only


def test_a_proxy_refusing_the_tunnel(
    kind: str, tls_server: Server, trusting: ssl.SSLContext
) -> None:
    proxy = ConnectProxy(credentials="trader:right").start()
    driver = Driver(
        kind, ssl_context=trusting, proxy=proxy.url.replace("http://", "http://trader:wrong-pw@")
    )
    refused, _ = driver.outcome(request(f"{tls_server.url}/x"))
    driver.close()
    proxy.stop()
    assert type(refused) is errors.NetworkError, refused
    assert refused.may_have_been_sent is False
    assert "refused the tunnel" in str(refused) and "407" in str(refused)
    assert "wrong-pw" not in "".join(traceback.format_exception(refused))
    assert tls_server.requests == []


def test_plain_http_through_a_proxy_uses_the_absolute_form(kind: str) -> None:
    with serving(replies(answer())) as proxy:  # answers as the origin would, via the proxy
        driver = Driver(kind, proxy=proxy.url.replace("http://", "http://u:pw@"))
        driver.send(request("http://api.example.test:8080/p?q=1", method="GET", body=None))
        driver.close()
    lines = proxy.requests[0].split(b"\r\n")
    assert lines[0] == b"GET http://api.example.test:8080/p?q=1 HTTP/1.1"
    assert b"Host: api.example.test:8080" in lines
    assert b"Proxy-Authorization: Basic " + base64.b64encode(b"u:pw") in lines


def test_proxies_from_the_environment(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with serving(replies(answer(b'{"via":"proxy"}'))) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "direct.example.test")
        driver = Driver(kind)
        via = driver.send(request("http://api.example.test/p")).body
        bypassed, _ = driver.outcome(request("http://direct.example.test/p"))  # straight to DNS
        driver.close()
        ignoring = Driver(kind, trust_env=False)
        ignored, _ = ignoring.outcome(request("http://api.example.test/p"))
        ignoring.close()
    assert via == b'{"via":"proxy"}'
    assert "cannot connect to direct.example.test:80" in str(bypassed)
    assert "cannot connect to api.example.test:80" in str(ignored)
    assert len(proxy.requests) == 1


def test_loopback_never_goes_through_an_environment_proxy(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    with serving(replies(answer())) as server:
        driver = Driver(kind)
        assert driver.send(request(f"{server.url}/x")).status == 200
        driver.close()


def test_an_unsupported_proxy_is_a_configuration_error(kind: str) -> None:
    driver = Driver(kind, proxy="socks5://127.0.0.1:1080")
    result, _ = driver.outcome(request("https://x.test/"))
    driver.close()
    assert isinstance(result, errors.ConfigurationError), result
    assert "unsupported proxy scheme 'socks5'" in str(result)
