# Generated from templates/tests/signing_vectors.py.jinja (sha256 3aade7341a99c2e743cfdb697eb06f886a73d3554299124b555afe442a77be4e). Do not edit: run make.
"""Runs a known-answer vector of a signing recipe through the generated signer.

A vector (`auth.vectors` of an exchange spec) is either the digest chain alone over a
published text (`text` -> `signature`; `published-wrong` vectors also keep the value the
source printed, which must not reproduce), or a whole call (`request` -> `expect`: the URL, the
headers, exactly and in order with `headers_exact`, the body, and the text signed, checked
through the signature sent). The checks never look inside the signer: they compare what it
returns with what the source says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from exchange_sdk._runtime.signing import Credentials


def _signature_sent(url: str, headers: Mapping[str, str], at: tuple[str, str]) -> str | None:
    where, name = at
    if where == "header":
        return headers.get(name)
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True)).get(name)


def check_vector(
    vector: Mapping[str, Any],
    sign: Callable[..., Any],
    sign_text: Callable[[Credentials, bytes], str],
    signature_at: tuple[str, str],
) -> None:
    """Fail (AssertionError, naming the vector and its source) when the signer disagrees."""
    where = f"vector {vector['id']} ({vector['provenance']}, {vector['source']})"
    credentials = Credentials(*vector["credentials"])
    if "text" in vector:
        got = sign_text(credentials, vector["text"].encode())
        assert got == vector["signature"], f"{where}: the chain gives {got}"
        if "wrong_signature" in vector:
            assert got != vector["wrong_signature"], (
                f"{where}: the published wrong value reproduces"
            )
        return
    request, expect = vector["request"], vector["expect"]
    body = request["body"]
    signed = sign(
        request["method"],
        request["base_url"],
        request["path"],
        request["query"],
        body.encode() if isinstance(body, str) else body,
        credentials,
        request["now_ms"],
    )
    if "url" in expect:
        assert signed.url == expect["url"], f"{where}: url {signed.url}"
    if "body" in expect:
        want = None if expect["body"] is None else expect["body"].encode()
        assert signed.body == want, f"{where}: body {signed.body!r}"
    for name, value in expect.get("headers", {}).items():
        assert signed.headers.get(name) == value, (
            f"{where}: header {name}: {signed.headers.get(name)!r}"
        )
    if expect.get("headers_exact"):
        assert list(signed.headers.items()) == list(expect["headers"].items()), (
            f"{where}: headers {list(signed.headers)}"
        )
    if "text" in expect:
        sent = _signature_sent(signed.url, signed.headers, signature_at)
        assert sent == sign_text(credentials, expect["text"].encode()), (
            f"{where}: the signature sent is not the chain over the text {expect['text']!r}"
        )
