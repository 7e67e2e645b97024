"""OpenAPI 3.1 export: validates, describes every endpoint with its constraints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from openapi_spec_validator import validate

from generator.cli import main
from generator.emit.openapi import openapi_text
from generator.run.pipeline import load_project

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    text = openapi_text(load_project(ROOT / "specs"))
    data: dict[str, Any] = json.loads(text)
    return data


def _op(doc: dict[str, Any], path: str) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"][path]["post"]
    return op


def test_validates_with_openapi_spec_validator(doc: dict[str, Any]) -> None:
    validate(doc)
    assert doc["openapi"] == "3.1.0"


def test_every_endpoint(doc: dict[str, Any]) -> None:
    ids = sorted(
        op["operationId"]
        for item in doc["paths"].values()
        for k, op in item.items()
        if k != "servers"
    )
    # one operation per endpoint spec (specs/<exchange>/<group>/<operation>.yaml): exchanges
    # are added, so the list comes from the tree
    specs = sorted(
        ".".join(p.relative_to(ROOT / "specs").with_suffix("").parts)
        for p in (ROOT / "specs").glob("*/*/*.yaml")
    )
    assert ids == specs
    assert {
        "bingx.spot.cancel_all_after",
        "gate.spot.open_orders",
        "htx.futures.open_orders",
        "kraken.spot.cancel_all",
        "kraken.spot.cancel_all_orders_after",
        "kraken.spot.open_orders",
        "krakenfutures.futures.cancel_all_orders",
        "krakenfutures.futures.cancel_all_orders_after",
        "krakenfutures.futures.open_orders",
    } <= set(ids)
    assert "delete" in doc["paths"]["/api/v4/spot/orders"]
    # a group served by its own host (Binance usdm) names it on its paths
    assert doc["paths"]["/fapi/v1/countdownCancelAll"]["servers"][0]["url"] == (
        "https://fapi.binance.com"
    )
    assert doc["paths"]["/api/v3/openOrders"]["servers"][0]["url"] == "https://api.binance.com"
    batch = doc["paths"]["/api/v5/trade/cancel-batch-orders"]["post"]["requestBody"]
    body = batch["content"]["application/json"]["schema"]
    assert body["type"] == "array" and body["maxItems"] == 20 and body["minItems"] == 1
    assert body["items"]["required"] == ["instId"] and body["x-python-name"] == "orders"


def test_parameter_constraints(doc: dict[str, Any]) -> None:
    params = {p["name"]: p for p in _op(doc, "/openApi/spot/v1/trade/cancelAllAfter")["parameters"]}
    assert (
        params["timeOut"]["schema"]["minimum"] == 10
        and params["timeOut"]["schema"]["maximum"] == 120
    )
    assert params["type"]["schema"]["enum"] == ["ACTIVATE", "CLOSE"]
    assert params["timestamp"]["schema"]["x-supplied-by-signer"] is True
    gate = _op(doc, "/api/v4/spot/countdown_cancel_all")["requestBody"]["content"][
        "application/json"
    ]["schema"]
    timeout = gate["properties"]["timeout"]
    assert timeout["anyOf"][0]["minimum"] == 5 and timeout["anyOf"][1]["const"] == 0
    assert gate["required"] == ["timeout"]
    bitget = _op(doc, "/api/v2/mix/order/cancel-all-orders")["requestBody"]["content"][
        "application/json"
    ]["schema"]
    assert len(bitget["properties"]["productType"]["enum"]) == 6
    assert bitget["properties"]["receiveWindow"]["x-wire-type"] == "string"
    assert bitget["properties"]["receiveWindow"]["oneOf"][0]["exclusiveMaximum"] == 60000


def test_servers_security_and_extensions(doc: dict[str, Any]) -> None:
    urls = {s["url"] for s in doc["servers"]}
    assert {"https://api.hbdm.com", "https://api.hbdm.vn", "https://api.gateio.ws"} <= urls
    schemes = doc["components"]["securitySchemes"]
    assert set(schemes) >= {  # one per exchange (exchanges are added: a superset)
        "bingx-hmac-sha256",
        "htx-signature-v2",
        "bitget-hmac-sha256",
        "gate-hmac-sha512",
        "kraken-spot-hmac-sha512",
        "kraken-futures-hmac-sha512",
        "binance-hmac-sha256",
        "bybit-v5-hmac-sha256",
        "okx-hmac-sha256",
    }
    assert {"kucoin-hmac-sha256-v2", "bitmex-hmac-sha256"} <= set(schemes)
    kucoin_futures = doc["paths"]["/api/v3/orders"]
    assert [s["url"] for s in kucoin_futures["servers"]] == ["https://api-futures.kucoin.com"]
    assert [s["url"] for s in doc["paths"]["/api/v1/hf/orders/cancelAll"]["servers"]] == [
        "https://api.kucoin.com"
    ]
    assert (
        schemes["bitget-hmac-sha256"]["x-signing"]["credentials"]["passphrase"]
        == "BITGET_PASSPHRASE"
    )
    htx = doc["paths"]["/v5/trade/cancel_all_orders"]
    assert [s["url"] for s in htx["servers"]] == ["https://api.hbdm.com", "https://api.hbdm.vn"]
    after = _op(doc, "/openApi/spot/v1/trade/cancelAllAfter")
    assert len(after["x-rate-limits"]["statements"]) == 5
    assert after["x-rate-limits"]["enforced"] == ["page-description", "protocols-ip-group"]
    assert {e["code"] for e in after["x-errors"]} >= {"100410", "80014"}
    assert after["x-conflicts"] and after["x-notes"]
    assert doc["x-exchanges"]["gate"]["errors"]


def test_examples_validate_against_payload_schemas(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    for item in doc["paths"].values():
        op = item.get("post") or item.get("get") or item["delete"]
        content = op["responses"]["200"]["content"]["application/json"]
        if "example" not in content:
            continue
        envelope = content["schema"]
        ref = (
            envelope.get("$ref")
            or envelope["properties"][
                next(k for k, v in envelope["properties"].items() if "$ref" in v)
            ]["$ref"]
        )
        payload_field = (
            None
            if "$ref" in envelope
            else next(k for k, v in envelope["properties"].items() if "$ref" in v)
        )
        payload = content["example"][payload_field] if payload_field else content["example"]
        schema = schemas[ref.rsplit("/", 1)[-1]]
        assert not list(Draft202012Validator(schema).iter_errors(payload)), op["operationId"]


def test_generated_copy_is_in_sync(tmp_path: Path) -> None:
    committed = (ROOT / "generated" / "openapi.json").read_text(encoding="utf-8")
    out = tmp_path / "openapi.json"
    assert main(["openapi", "--specs", str(ROOT / "specs"), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == committed
    assert committed.endswith("}\n")
    assert openapi_text(load_project(ROOT / "specs")) == committed  # the pipeline's path
