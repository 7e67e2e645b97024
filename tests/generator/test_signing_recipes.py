"""The recipe vocabulary carries every signing scheme issue 13 needs: the eleven recipes of
`fixtures/signing/recipes.yaml` (the four current exchanges and the seven to come) fit the
schema and the semantic checks, compile through the generator, and reproduce all their
known-answer vectors (published, derived and CCXT 4.5.90's)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from generator.ir.signer_code import signer_code
from generator.spec.build_auth import auth_of
from generator.spec.validate import SCHEMA_DIR
from generator.spec.validate_auth import auth_problems

RECIPES: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "signing" / "recipes.yaml").read_text(encoding="utf-8")
)["recipes"]


def _auth(entry: dict[str, Any]) -> dict[str, Any]:
    needs_passphrase = "passphrase" in json.dumps(entry["recipe"]["put"])
    credentials = {"api_key": "K", "api_secret": "S"}
    if needs_passphrase:
        credentials["passphrase"] = "P"
    return {
        "scheme": entry["scheme"],
        "credentials": credentials,
        "timestamp_tolerance_ms": 5000,
        "recipe": entry["recipe"],
        "vectors": entry["vectors"],
        "source": "page",
    }


def test_there_are_eleven_recipes_and_54_vectors() -> None:
    assert len(RECIPES) == 11
    assert sum(len(r["vectors"]) for r in RECIPES.values()) == 54


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_the_recipe_fits_the_schema(name: str) -> None:
    schema = json.loads((SCHEMA_DIR / "exchange.schema.json").read_text(encoding="utf-8"))
    recipe_schema = {"$ref": "#/$defs/auth_recipe", "$defs": schema["$defs"]}
    errors = [
        e.message for e in Draft202012Validator(recipe_schema).iter_errors(RECIPES[name]["recipe"])
    ]
    assert errors == []


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_the_recipe_passes_the_checks_and_reproduces_every_vector(name: str) -> None:
    assert list(auth_problems(_auth(RECIPES[name]))) == []


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_the_compiled_signer_is_deterministic_python(name: str) -> None:
    auth = auth_of(_auth(RECIPES[name]), ["json"] if name == "kraken" else [])
    first = signer_code(auth, RECIPES[name]["name"]).module
    assert first == signer_code(auth, RECIPES[name]["name"]).module
    compile(first, name, "exec")
    if name == "kraken":  # Kraken's batch endpoints take JSON: a body-format override
        assert "def sign_json(" in first and "'json': sign_json" in first.replace('"', "'")


def test_a_vector_that_does_not_reproduce_is_reported() -> None:
    auth = _auth(RECIPES["okx"])
    auth["vectors"] = [dict(auth["vectors"][0])]
    auth["vectors"][0]["expect"] = {**auth["vectors"][0]["expect"], "url": "https://elsewhere"}
    problems = list(auth_problems(auth))
    assert len(problems) == 1 and problems[0][0] == "$.auth.vectors[0]"
    assert "url" in problems[0][1]


def _module(name: str, overrides: list[str] | None = None) -> dict[str, Any]:
    auth = auth_of(_auth(RECIPES[name]), overrides or [])
    namespace: dict[str, Any] = {}
    exec(compile(signer_code(auth, RECIPES[name]["name"]).module, name, "exec"), namespace)
    return namespace


def test_the_body_shapes_new_exchanges_need() -> None:
    from exchange_sdk._runtime.signing import Credentials

    # OKX batch cancel: a JSON array body, signed as sent.
    okx = _module("okx")
    creds = Credentials("k", "s", "p")
    orders = [{"instId": "BTC-USDT", "ordId": "1"}, {"instId": "BTC-USDT", "ordId": "2"}]
    req = okx["sign"](
        "POST", "https://www.okx.com", "/api/v5/trade/cancel-batch-orders", {}, orders, creds, 0
    )
    assert req.body == b'[{"instId":"BTC-USDT","ordId":"1"},{"instId":"BTC-USDT","ordId":"2"}]'
    assert req.headers["OK-ACCESS-SIGN"] == okx["sign_text"](
        creds, b"1970-01-01T00:00:00.000ZPOST/api/v5/trade/cancel-batch-orders" + req.body
    )
    # BitMEX: exact bytes, kept as given (219.0 stays 219.0).
    bitmex = _module("bitmex")
    exact = b'{"symbol":"XBTM15","price":219.0}'
    req = bitmex["sign"](
        "POST", "https://www.bitmex.com", "/api/v1/order", {}, exact, Credentials("k", "s"), 0
    )
    assert req.body == exact
    # Kraken: a form body with the nonce first; the batch endpoints' JSON override.
    kraken = _module("kraken", ["json"])
    secret = "a2V5"  # base64 of "key"
    form = kraken["sign"](
        "POST",
        "https://api.kraken.com",
        "/0/private/CancelAll",
        {},
        {"a": "x y"},
        Credentials("k", secret),
        5,
    )
    assert form.body == b"nonce=5&a=x+y"
    assert form.headers["Content-Type"] == "application/x-www-form-urlencoded"
    batch = kraken["BODY_FORMAT_SIGNERS"]["json"](
        "POST",
        "https://api.kraken.com",
        "/0/private/CancelOrderBatch",
        {},
        {"orders": ["A", "B"]},
        Credentials("k", secret),
        6,
    )
    assert batch.body == b'{"nonce":"6","orders":["A","B"]}'
    assert batch.headers["Content-Type"] == "application/json"
    # A JSON array cannot go in a form or in the query.
    with pytest.raises(TypeError, match="array"):
        kraken["sign"](
            "POST", "https://api.kraken.com", "/0/private/X", {}, ["a"], Credentials("k", secret), 7
        )
    with pytest.raises(TypeError, match="query"):
        _module("binance")["sign"](
            "POST", "https://api.binance.com", "/x", {}, ["a"], Credentials("k", "s"), 7
        )


def test_kraken_nonces_strictly_increase_per_key() -> None:
    from exchange_sdk._runtime.signing import Credentials

    kraken = _module("kraken")
    creds = Credentials("k", "a2V5")
    bodies = [
        kraken["sign"]("POST", "https://h.example", "/0/private/X", {}, {}, creds, 1000).body
        for _ in range(3)
    ]
    assert bodies == [b"nonce=1000", b"nonce=1001", b"nonce=1002"]


def test_a_deribit_style_recipe_fits_two_stamps_a_literal_and_a_template() -> None:
    """Deribit's HTTP auth (docs/spec-format.md, "Beyond the vocabulary"): not specced yet, but
    the vocabulary already carries it."""
    import hashlib
    import hmac
    import re

    from exchange_sdk._runtime.signing import Credentials

    recipe = {
        "stamps": {"timestamp": {"unit": "ms"}, "nonce": {"clock": "random", "bytes": 8}},
        "sign": {
            "text": {
                "separator": "\n",
                "parts": [
                    {"stamp": "timestamp"},
                    {"stamp": "nonce"},
                    "method",
                    "target",
                    "body",
                    {"literal": ""},
                ],
            },
            "chain": ["hmac-sha256"],
        },
        "put": [
            {
                "header": "Authorization",
                "value": {
                    "template": "deri-hmac-sha256 id={key},ts={stamp.timestamp},sig={signature},nonce={stamp.nonce}"
                },
            }
        ],
    }
    auth = {"scheme": "deribit-hmac-sha256", "credentials": {}, "recipe": recipe}
    assert list(auth_problems(auth)) == []
    namespace: dict[str, Any] = {}
    exec(compile(signer_code(auth_of(auth), "Deribit").module, "deribit", "exec"), namespace)
    req = namespace["sign"](
        "GET",
        "https://www.deribit.com",
        "/api/v2/private/cancel_all",
        {"currency": "BTC"},
        {},
        Credentials("id1", "s"),
        1700000000123,
    )
    found = re.fullmatch(
        r"deri-hmac-sha256 id=id1,ts=1700000000123,sig=([0-9a-f]{64}),nonce=([0-9a-f]{16})",
        req.headers["Authorization"],
    )
    assert found is not None
    text = f"1700000000123\n{found.group(2)}\nGET\n/api/v2/private/cancel_all?currency=BTC\n\n"
    assert found.group(1) == hmac.new(b"s", text.encode(), hashlib.sha256).hexdigest()
