"""generator.spec.validate: the JSON Schemas, the real specs, and one bad-spec fixture per error kind.

Each fixture under fixtures/bad_specs/<case>/ is a tiny tree (specs/...) with `expected.txt`,
the exact `file:line:col: $.path: message` lines. After an intended change of messages,
refresh them with:  UPDATE_BAD_SPECS=1 .venv/bin/pytest tests/generator/test_validate.py
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from generator.ir import auth as auth_ir
from generator.spec import validate as validate_module
from generator.spec.fastschema import Unsupported, compile_schema
from generator.spec.load import SpecDocument, load_tree
from generator.spec.validate import KNOWN_ERROR_CLASSES, SCHEMA_DIR, validate

REPO = Path(__file__).resolve().parents[2]
BAD_SPECS = Path(__file__).parent / "fixtures" / "bad_specs"
CASES = sorted(p.name for p in BAD_SPECS.iterdir() if p.is_dir())
LINE = re.compile(r"^specs/\S+\.ya?ml:\d+:\d+: \$\S*: \S.*$")


def schema(kind: str) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(
        (SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8")
    )
    return loaded


def real_docs() -> list[SpecDocument]:
    docs, errors = load_tree(REPO)
    assert errors == []
    return docs


def report(root: Path) -> list[str]:
    docs, errors = load_tree(root)
    return [str(e) for e in sorted(set(errors + validate(docs)))]


# ---------------------------------------------------------------------------------------------
# The schemas


@pytest.mark.parametrize("kind", ["exchange", "endpoint"])
def test_schemas_are_valid_draft_2020_12(kind: str) -> None:
    loaded = schema(kind)
    assert loaded["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(loaded)


def _properties(node: object, where: str) -> Iterator[tuple[str, object]]:
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict) and not where.endswith("/properties"):
            for name, sub in props.items():
                yield f"{where}/properties/{name}", sub
        for key, value in node.items():
            if key not in ("if", "then", "else"):  # conditions restate properties, not declare them
                yield from _properties(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _properties(value, f"{where}/{i}")


@pytest.mark.parametrize("kind", ["exchange", "endpoint"])
def test_every_property_is_described_and_every_object_closed(kind: str) -> None:
    loaded = schema(kind)
    undocumented = [
        w
        for w, sub in _properties(loaded, "#")
        if not (isinstance(sub, dict) and "description" in sub)
    ]
    assert undocumented == []
    open_objects = [
        w
        for w, sub in _properties(loaded, "#")
        if isinstance(sub, dict)
        and sub.get("type") == "object"
        and "additionalProperties" not in sub
    ]
    assert open_objects == []


def test_shared_definitions_are_identical_in_both_schemas() -> None:
    exchange_defs = schema("exchange")["$defs"]
    endpoint_defs = schema("endpoint")["$defs"]
    assert isinstance(exchange_defs, dict)
    assert isinstance(endpoint_defs, dict)
    for name in ("source", "url", "error", "note", "conflict"):
        assert exchange_defs[name] == endpoint_defs[name], name


def test_known_vocabularies_are_documented_in_the_schemas() -> None:
    text = json.dumps(schema("exchange")) + json.dumps(schema("endpoint"))
    for name in sorted(KNOWN_ERROR_CLASSES):
        assert name in text, name


def test_the_signing_vocabulary_is_the_same_in_the_schema_and_the_ir() -> None:
    """Every closed word of `auth.recipe` the schema allows is one the compiler knows."""
    defs = schema("exchange")["$defs"]
    assert isinstance(defs, dict)

    def enum(node: object) -> tuple[object, ...]:
        assert isinstance(node, dict)
        return tuple(node["enum"])

    recipe = defs["auth_recipe"]["properties"]
    stamp = defs["auth_stamp"]["properties"]
    assert enum(stamp["clock"]) == auth_ir.CLOCKS
    assert enum(stamp["unit"]) == auth_ir.UNITS
    assert enum(stamp["format"]) == auth_ir.STAMP_FORMATS
    assert enum(defs["auth_order"]) == auth_ir.ORDERS
    assert enum(defs["auth_encoding"]) == auth_ir.ENCODINGS
    assert enum(recipe["body"]["properties"]["format"]) == auth_ir.BODY_FORMATS
    assert enum(recipe["sign"]["properties"]["chain"]["items"]) == auth_ir.CHAIN_STEPS
    assert enum(recipe["sign"]["properties"]["key"]) == auth_ir.KEY_FORMS
    assert enum(recipe["sign"]["properties"]["output"]) == auth_ir.OUTPUTS
    assert enum(defs["auth_part"]["then"]) == auth_ir.PART_WORDS
    assert enum(defs["auth_value"]["then"]) == auth_ir.VALUE_WORDS
    assert enum(defs["auth_vector"]["properties"]["provenance"]) == auth_ir.PROVENANCES
    endpoint_props = schema("endpoint")["properties"]
    assert isinstance(endpoint_props, dict)
    assert enum(endpoint_props["body_format"]) == auth_ir.BODY_OVERRIDES


# ---------------------------------------------------------------------------------------------
# The real specs


def test_the_real_specs_validate_with_zero_errors() -> None:
    docs = real_docs()
    # every endpoint file under specs/<exchange>/<group>/ loads as one (exchanges are added)
    on_disk = sorted(str(p.relative_to(REPO)) for p in (REPO / "specs").glob("*/*/*.yaml"))
    assert sorted(d.path for d in docs if d.kind == "endpoint") == on_disk
    assert {"specs/bybit/order/cancel_all.yaml", "specs/gate/spot/open_orders.yaml"} <= set(on_disk)
    assert [str(e) for e in validate(docs)] == []


def test_the_real_specs_take_the_fast_path() -> None:
    for doc in real_docs():
        _, fast = validate_module._validators(SCHEMA_DIR)[doc.kind]
        assert fast is not None
        assert fast(doc.data), doc.path


def _doc(docs: list[SpecDocument], path: str) -> SpecDocument:
    return next(d for d in docs if d.path == path)


def test_transcription_facts_the_brief_names() -> None:
    docs = real_docs()
    bingx = _doc(docs, "specs/bingx/spot/cancel_all_after.yaml").data
    params = {p["name"]: p for p in bingx["params"]}  # type: ignore[attr-defined]
    assert params["timestamp"]["auth"] is True
    assert {p["in"] for p in params.values()} == {"query"}
    limits = bingx["rate_limits"]
    assert limits["enforced"] == ["page-description", "protocols-ip-group"]  # type: ignore[index]
    gate = _doc(docs, "specs/gate/spot/countdown_cancel_all.yaml").data
    timeout = gate["params"][0]  # type: ignore[index]
    assert (timeout["minimum"], timeout["also_allowed"][0]["value"], timeout["format"]) == (
        5,
        0,
        "int32",
    )
    trigger = gate["response"]["schema"]["properties"]["triggerTime"]  # type: ignore[index]
    assert trigger == {**trigger, "type": "integer", "format": "int64", "x-wire-type": "string"}
    bitget = _doc(docs, "specs/bitget/mix/cancel_all_orders.yaml").data
    window = next(p for p in bitget["params"] if p["name"] == "receiveWindow")  # type: ignore[attr-defined]
    assert (window["type"], window["format"], window["wire_type"], window["exclusive_maximum"]) == (
        "integer",
        "int64",
        "string",
        60000,
    )
    htx = _doc(docs, "specs/htx/exchange.yaml").data
    assert htx["hosts"]["alternates"] == ["https://api.hbdm.vn"]  # type: ignore[index]
    orders = _doc(docs, "specs/bingx/spot/cancel_open_orders.yaml").data
    order = orders["response"]["schema"]["properties"]["orders"]["items"]  # type: ignore[index]
    assert order["properties"]["orderId"]["format"] == "int64"


# ---------------------------------------------------------------------------------------------
# One fixture per error kind


@pytest.mark.parametrize("case", CASES)
def test_bad_spec_fixture(case: str) -> None:
    root = BAD_SPECS / case
    lines = report(root)
    expected_file = root / "expected.txt"
    if os.environ.get("UPDATE_BAD_SPECS"):
        expected_file.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    assert lines, "a bad-spec fixture must produce at least one error"
    assert all(LINE.match(line) for line in lines), lines
    assert lines == expected_file.read_text(encoding="utf-8").splitlines(), (
        "refresh with: UPDATE_BAD_SPECS=1 .venv/bin/pytest tests/generator/test_validate.py"
    )


def test_every_error_of_every_file_is_reported_at_once() -> None:
    lines = report(BAD_SPECS / "all_at_once")
    files = {line.split(":", 1)[0] for line in lines}
    assert files == {
        "specs/acme/exchange.yaml",
        "specs/acme/spot/cancel_all.yaml",
        "specs/acme/spot/ping.yaml",
        "specs/zeta/spot/ping.yaml",
    }
    assert len(lines) == 7
    assert lines == sorted(
        lines, key=lambda s: (s.split(":")[0], int(s.split(":")[1]), int(s.split(":")[2]))
    )


def test_a_fixed_fixture_validates_clean(tmp_path: Path) -> None:
    """The base every fixture mutates is itself valid, so each fixture tests only its own kind."""
    base = BAD_SPECS / "missing_exchange_file" / "specs" / "acme" / "spot" / "cancel_all.yaml"
    exchange = BAD_SPECS / "duplicate_param" / "specs" / "acme" / "exchange.yaml"
    (tmp_path / "specs/acme/spot").mkdir(parents=True)
    (tmp_path / "specs/acme/spot/cancel_all.yaml").write_bytes(base.read_bytes())
    (tmp_path / "specs/acme/exchange.yaml").write_bytes(exchange.read_bytes())
    assert report(tmp_path) == []


def test_decimal_and_int_formats_are_checked_in_examples() -> None:
    docs, _ = load_tree(BAD_SPECS / "missing_exchange_file")
    exchange_docs, _ = load_tree(BAD_SPECS / "duplicate_param")
    endpoint = docs[0]
    data = copy.deepcopy(endpoint.data)
    data["response"] = {
        "schema": {
            "title": "R",
            "type": "object",
            "properties": {
                "price": {"type": "string", "format": "decimal"},
                "id": {"type": "integer", "format": "int32"},
                "ts": {"type": "integer", "format": "int64", "x-wire-type": "string"},
            },
        },
        "example": {"code": 0, "data": {"price": "1.5x", "id": 2**31, "ts": "1660039145000"}},
        "example_kind": "published",
    }
    changed = dataclasses.replace(endpoint, data=data)
    exchange = next(d for d in exchange_docs if d.kind == "exchange")
    found = sorted((e.json_path, e.message) for e in validate([exchange, changed]))
    assert found == [
        (
            "$.response.example.data.id",
            "example does not match the response schema: 2147483648 is not a 'int32'",
        ),
        (
            "$.response.example.data.price",
            "example does not match the response schema: '1.5x' is not a 'decimal'",
        ),
    ]


# ---------------------------------------------------------------------------------------------
# The compiled check never accepts what jsonschema rejects

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 200)
    | st.floats(-1, 1, allow_nan=False)
    | st.sampled_from(["", "x", "GET", "page", "200", "https://a.b/c"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["type", "name", "id", "x", "title"]), inner, max_size=3)
    ),
    max_leaves=5,
)


def _slots(node: object) -> list[tuple[object, object]]:
    out: list[tuple[object, object]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            out.append((node, key))
            out.extend(_slots(value))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out.append((node, index))
            out.extend(_slots(value))
    return out


@st.composite
def mutated_documents(draw: st.DrawFn) -> tuple[str, object]:
    doc = draw(st.sampled_from(real_docs()))
    data = copy.deepcopy(doc.data)
    for _ in range(draw(st.integers(1, 3))):
        container, key = draw(st.sampled_from(_slots(data)))
        action = draw(st.sampled_from(["delete", "replace", "add"]))
        if action == "delete" and isinstance(container, dict):
            del container[key]
        elif action == "add" and isinstance(container, dict):
            container[draw(st.sampled_from(["extra", "type", "source", "count"]))] = draw(
                JSON_VALUES
            )
        elif isinstance(container, dict):
            container[key] = draw(JSON_VALUES)
        elif isinstance(container, list) and isinstance(key, int):
            container[key : key + 1] = [draw(JSON_VALUES)]
    return doc.kind, data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_fast_check_agrees_with_jsonschema(case: tuple[str, object]) -> None:
    kind, data = case
    validator, fast = validate_module._validators(SCHEMA_DIR)[kind]
    assert fast is not None
    jsonschema_valid = not list(validator.iter_errors(data))
    assert fast(data) == jsonschema_valid


@pytest.mark.parametrize(
    ("sub_schema", "instance"),
    [
        ({"type": "integer"}, 1.0),
        ({"type": "integer"}, True),
        ({"type": "number"}, False),
        ({"const": 1}, True),
        ({"const": 1}, 1.0),
        ({"enum": ["a", 1]}, "1"),
        ({"uniqueItems": True}, [1, True]),
        ({"uniqueItems": True}, [{"a": 1}, {"a": 1}]),
        ({"pattern": "^a"}, 5),
        ({"minimum": 3}, "2"),
        ({"items": {"type": "string"}}, ["a", 1]),
        ({"if": {"required": ["a"]}, "then": {"required": ["b"]}}, {"a": 1}),
        ({"oneOf": [{"type": "integer"}, {"minimum": 0}]}, 5),
        ({"not": {"type": "string"}}, "x"),
        (
            {
                "$ref": "#/$defs/a",
                "$defs": {"a": {"type": "array", "items": {"$ref": "#/$defs/a"}}},
            },
            [[[]], [1]],
        ),
    ],
)
def test_fast_check_matches_jsonschema_on_edge_cases(
    sub_schema: dict[str, object], instance: object
) -> None:
    expected = Draft202012Validator(sub_schema).is_valid(instance)
    actual = compile_schema(sub_schema)(instance)
    # Where equality semantics differ (booleans as numbers in uniqueItems), the check may only be stricter.
    assert actual == expected or (expected and not actual)


@pytest.mark.parametrize(
    "unsupported",
    [
        {"patternProperties": {"a": {}}},
        {"$ref": "https://x/y"},
        {"contains": {}},
        {"enum": [[1]]},
        {"type": "decimal"},
    ],
)
def test_fast_check_refuses_what_it_does_not_implement(unsupported: dict[str, object]) -> None:
    with pytest.raises(Unsupported):
        compile_schema(unsupported)
