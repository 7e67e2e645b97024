"""What the generated conformance tests assert, computed from the IR (not in templates)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from generator.ir.relied_on import example_leaves, relied_on
from generator.ir.types import Envelope, ErrorCode, Exchange, Operation, PyLiteral

# Reference verifier (templates/tests/reference_signing.py.jinja) per auth scheme: written from
# the exchange's docs, independent of the recipe. A scheme without one gets conformance tests
# that fail, saying so (`TestCase.verifier` None): the check stays, it is never skipped.
VERIFIERS = {
    "bingx-hmac-sha256": "verify_bingx",
    "htx-signature-v2": "verify_htx",
    "bitget-hmac-sha256": "verify_bitget",
    "gate-hmac-sha512": "verify_gate",
    "kucoin-hmac-sha256-v2": "verify_kucoin",
    "bitmex-hmac-sha256": "verify_bitmex",
    "kraken-spot-hmac-sha512": "verify_kraken",
    "kraken-futures-hmac-sha512": "verify_kraken_futures",
    "binance-hmac-sha256": "verify_binance",
    "bybit-v5-hmac-sha256": "verify_bybit",
    "okx-hmac-sha256": "verify_okx",
}


@dataclass(frozen=True)
class TestCase:
    verifier: str | None  # None: no independent verifier for the scheme yet
    scheme: str
    example: object
    example_origin: str
    example_status: int
    payload_expr: str
    full_path: str
    valid_args: dict[str, object]
    query_wire: dict[str, str]
    body_wire: dict[str, object]
    body_form: bool  # the body is form-encoded (every value text), else JSON
    body_auth: tuple[str, ...]  # body fields the signer adds (Kraken nonce)
    not_in_query: tuple[str, ...]
    required_names: tuple[str, ...]
    valid_boundaries: list[tuple[str, object]]
    invalid_boundaries: list[tuple[str, object]]
    errors: list[tuple[str, int, object, str, bool]]
    unproven: list[tuple[str, int, str]]  # success statuses whose body (text) proves nothing
    # Paths (from the body's root) of the example's scalar leaves, by kind (issue 15).
    payload_key: str | None  # the payload field of the example body (None: the body itself)
    code_field: str | None  # the envelope's code field (None: none)
    decorative: list[tuple[str | int, ...]]
    relied_on: list[tuple[str | int, ...]]
    body_array: str | None = None  # the keyword holding the items of a JSON-array body
    max_items: int = 0  # body_array: most items a call carries


def query_text(value: object) -> str:
    """How a value appears in a query string (the runtime's formatting rules)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def error_body(envelope: Envelope, code: str, message: str) -> dict[str, object]:
    """An error body in the exchange's own format."""
    env = envelope.record
    if env.error_list:  # Kraken: {"error": ["EAPI:Invalid nonce"]}, the message is the entry
        return {env.error_code_fields[0]: [code]}
    wire_code: object = int(code) if envelope.code_is_int and code.lstrip("-").isdigit() else code
    if env.code_field is not None and (
        not env.error_code_fields or env.code_field in env.error_code_fields
    ):
        body: dict[str, object] = {env.code_field: wire_code}
        if env.message_field:
            body[env.message_field] = message
        if env.payload_field:
            body[env.payload_field] = None
        return body
    # No code field, or one that carries only success/failure (HTX v1 `status`): the error
    # code and message have fields of their own.
    # Kraken Futures keeps both in one field (`"error": "apiLimitExceeded"`): the code wins.
    code_value = wire_code if env.code_field is not None else code
    body = {env.error_code_fields[0]: code_value}
    body.setdefault(env.error_message_fields[0], message)
    return body


def _error_cases(ex: Exchange, op: Operation) -> list[tuple[str, int, object, str, bool]]:
    rules: dict[str, ErrorCode] = {e.code: e for e in ex.errors}
    rules.update({e.code: e for e in op.errors})
    out: list[tuple[str, int, object, str, bool]] = []
    envelope = op.envelope or ex.envelope
    for code in sorted(rules):
        rule = rules[code]
        env = envelope.record
        if env.code_field is not None and code in env.success_codes:
            continue
        status = rule.http_status or envelope.default_error_status
        out.append(
            (
                code,
                status,
                error_body(envelope, code, rule.message),
                rule.error_class,
                rule.retryable,
            )
        )
    return out


def synthesize(schema: Mapping[str, object]) -> object:
    """A payload that satisfies `schema`, for endpoints whose page gives no example: one item
    per array, 64-bit integers above 2**53 (so a float would lose them), decimals as strings."""
    types = schema.get("type")
    kind = types[0] if isinstance(types, list) else types
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return enum[0]
    if kind == "object":
        props = schema.get("properties")
        if not isinstance(props, Mapping):
            return {}
        return {k: synthesize(v) for k, v in props.items() if isinstance(v, Mapping)}
    if kind == "array":
        items = schema.get("items")
        return [synthesize(items)] if isinstance(items, Mapping) else []
    if kind == "integer":
        return 1735964997957275648 if schema.get("format") == "int64" else 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if schema.get("format") == "decimal":
        return "0.10000000"
    return "x"


def example_body(ex: Exchange, op: Operation) -> object:
    """The page's example body, or one synthesized from the schema inside the envelope."""
    if op.example is not None:
        return op.example
    payload = synthesize(op.response_schema)
    envelope = op.envelope or ex.envelope
    env = envelope.record
    if env.code_field is None or env.payload_field is None:
        return payload
    code: object = int(env.success_codes[0]) if envelope.code_is_int else env.success_codes[0]
    body: dict[str, object] = {env.code_field: code}
    if env.message_field:
        body[env.message_field] = ""
    body[env.payload_field] = payload
    return body


def unproven_successes(
    ex: Exchange, op: Operation, example: object, status: int
) -> list[tuple[str, int, str]]:
    """(case, HTTP status, body text) of success answers that lack a field the response schema
    marks required: the example without each such field, a null or absent payload, and an
    empty body with every success status (a 204 has no body by definition). Each must raise
    UnexpectedResponseError keeping the raw body. Empty when nothing is required."""
    if not op.response_required:
        return []
    env = (op.envelope or ex.envelope).record
    out: list[tuple[str, int, str]] = []
    for name in op.response_required:
        if isinstance(example, dict) and env.payload_field is not None:
            payload = example.get(env.payload_field)
            body: object = {**example, env.payload_field: _without(payload, name)}
        else:
            body = _without(example, name)
        out.append((f"without {name}", status, _compact(body)))
    if isinstance(example, dict) and env.payload_field is not None:
        out.append(("null payload", status, _compact({**example, env.payload_field: None})))
        rest = {k: v for k, v in example.items() if k != env.payload_field}
        out.append(("no payload", status, _compact(rest)))
    for success in env.success_http_status:
        out.append((f"empty body {success}", success, ""))
    return out


def _without(payload: object, name: str) -> object:
    if isinstance(payload, dict):
        return {k: v for k, v in payload.items() if k != name}
    return payload


def _compact(body: object) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def conformance_case(ex: Exchange, op: Operation) -> TestCase:
    args: dict[str, object] = {p.python_name: p.sample for p in op.params}
    query_wire = {p.wire_name: query_text(p.sample) for p in op.params if p.location == "query"}
    body_form = (op.body_format or ex.auth.recipe.body.format) == "form"
    body_wire: dict[str, object] = {
        p.wire_name: (query_text(p.sample) if body_form or p.wire_type == "string" else p.sample)
        for p in op.params
        if p.location == "body"
    }
    env = (op.envelope or ex.envelope).record
    payload = f"EXAMPLE[{env.payload_field!r}]" if env.payload_field else "EXAMPLE"
    example = example_body(ex, op)
    status = env.success_http_status[0] if env.success_http_status else 200
    prefix: tuple[str | int, ...] = ()
    body_payload: object = example
    if env.payload_field is not None and isinstance(example, dict):
        prefix, body_payload = (env.payload_field,), example.get(env.payload_field)
    decorative, relied = example_leaves(body_payload, relied_on(op.response_schema))
    full_path = op.path
    for p in op.params:
        if p.location == "path":  # the sample fills its {name} segment, as the client does
            full_path = full_path.replace("{" + p.wire_name + "}", query_text(p.sample))
    return TestCase(
        verifier=VERIFIERS.get(ex.auth_scheme),
        scheme=ex.auth_scheme,
        example=example,
        example_origin="the spec's example"
        if op.example is not None
        else "synthesized from the response schema (the page gives no example)",
        example_status=status,
        payload_expr=payload if isinstance(example, dict) else "EXAMPLE",
        full_path=full_path,
        valid_args=args,
        query_wire=query_wire,
        body_wire=body_wire,
        body_form=body_form,
        body_auth=tuple(p.wire_name for p in op.all_params if p.auth and p.location == "body"),
        not_in_query=tuple(p.wire_name for p in op.params if p.location == "body"),
        required_names=tuple(p.python_name for p in op.params if p.required),
        valid_boundaries=[
            (p.python_name, PyLiteral(v)) for p in op.params for v in p.boundary_valid
        ],
        invalid_boundaries=[
            (p.python_name, PyLiteral(v)) for p in op.params for v in p.boundary_invalid
        ],
        errors=_error_cases(ex, op),
        unproven=unproven_successes(ex, op, example, status),
        payload_key=env.payload_field if prefix else None,
        code_field=env.code_field,
        decorative=[(*prefix, *p) for p in decorative],
        relied_on=[(*prefix, *p) for p in relied],
        body_array=op.body_array.argument if op.body_array is not None else None,
        max_items=op.body_array.max_items if op.body_array is not None else 0,
    )
