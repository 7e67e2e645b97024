"""OpenAPI 3.1 export of every spec: `generated/openapi.json`.

Facts come from the spec documents themselves (every statement, conflict and note), and SDK
names and enforced rate limits from the intermediate model. `render_all` in the pipeline only
has the model, so `openapi_text(project)` re-reads the documents by the paths the model
records, from the working directory or the repository, and uses them only when their sha256
matches what the model was built from; otherwise (specs loaded from elsewhere) it rebuilds the
document data from the model, which loses the rate-limit statements and conflicts only.
Output is deterministic: sorted keys, two-space indent, trailing newline.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import cast

from generator import SDK_VERSION
from generator.errors import GeneratorError
from generator.ir.model import Envelope, Exchange, Operation, Project
from generator.spec.load import SpecDocument, load_file, load_tree

__all__ = ["build_openapi", "openapi_text"]

Data = Mapping[str, object]
ROOT = Path(__file__).resolve().parents[2]

# How each signing scheme carries the API key, and what it signs (runtime/_runtime/signing.py).
_SCHEMES: dict[str, tuple[str, str, str]] = {
    "bingx-hmac-sha256": (
        "header",
        "X-BX-APIKEY",
        "lowercase hex HMAC-SHA256 of the query string, sent as the last query parameter `signature`",
    ),
    "htx-signature-v2": (
        "query",
        "AccessKeyId",
        "base64 HMAC-SHA256 of METHOD\\nhost\\npath\\nsorted query (AccessKeyId, SignatureMethod, SignatureVersion, Timestamp), sent as query parameter `Signature`",
    ),
    "bitget-hmac-sha256": (
        "header",
        "ACCESS-KEY",
        "base64 HMAC-SHA256 of timestamp + METHOD + requestPath (+ ?query) + body, sent in ACCESS-SIGN with ACCESS-TIMESTAMP and ACCESS-PASSPHRASE",
    ),
    "gate-hmac-sha512": (
        "header",
        "KEY",
        "hex HMAC-SHA512 of METHOD\\npath\\nquery\\nhex SHA512(body)\\ntimestamp, sent in SIGN with Timestamp",
    ),
}
_PARAM_FORMATS = {"int32", "int64", "float64", "decimal"}


def _map(value: object) -> Data:
    return cast(Data, value) if isinstance(value, Mapping) else {}


def _list(value: object) -> list[object]:
    return list(cast(Sequence[object], value)) if isinstance(value, list) else []


def _drop_none(d: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in d.items() if v is not None and v != [] and v != ""}


# ------------------------------------------------------------------------------------------
# Schemas


def _param_schema(p: Data) -> dict[str, object]:
    base: dict[str, object] = {"type": p.get("type", "string")}
    if p.get("format") in _PARAM_FORMATS:
        base["format"] = p["format"]
    enum = [_map(e) for e in _list(p.get("enum"))]
    if enum:
        base["enum"] = [e.get("value") for e in enum]
        base["x-enum-meanings"] = {str(e.get("value")): e.get("meaning") for e in enum}
    for key, name in (
        ("minimum", "minimum"),
        ("maximum", "maximum"),
        ("exclusive_minimum", "exclusiveMinimum"),
        ("exclusive_maximum", "exclusiveMaximum"),
    ):
        if key in p:
            base[name] = p[key]
    for key in ("pattern", "default"):
        if key in p:
            base[key] = p[key]
    if "unit" in p:
        base["x-unit"] = p["unit"]
    if "example" in p:
        base["examples"] = [p["example"]]
    also = [_map(a) for a in _list(p.get("also_allowed"))]
    schema: dict[str, object] = base
    if also:  # values outside the range that are allowed too (Gate timeout: 0 or >= 5)
        schema = {
            "anyOf": [
                base,
                *({"const": a.get("value"), "description": a.get("meaning")} for a in also),
            ],
            "x-also-allowed": [dict(a) for a in also],
        }
    if p.get("wire_type") == "string":  # an integer sent as a JSON string (Bitget requestTime)
        schema = {
            "oneOf": [schema, {"type": "string", "pattern": r"^-?[0-9]+$"}],
            "x-wire-type": "string",
        }
    if p.get("description"):
        schema["description"] = p["description"]
    return schema


def _response_schema(s: Data) -> dict[str, object]:
    """The spec's response schema is JSON Schema already; `x-wire-type: string` is spelled out
    as the anyOf it means, so that the page's example validates against the document."""
    out: dict[str, object] = {}
    for key, value in s.items():
        if key == "properties":
            out[key] = {k: _response_schema(_map(v)) for k, v in _map(value).items()}
        elif key == "items":
            out[key] = _response_schema(_map(value))
        else:
            out[key] = value
    if s.get("x-wire-type") == "string":
        declared = out.pop("type", None)
        out["anyOf"] = [{"type": declared}, {"type": "string", "pattern": r"^-?[0-9]+$"}]
    return out


# ------------------------------------------------------------------------------------------
# Documents: from disk (verified by sha256) or rebuilt from the model


def _sha(parts: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _docs_under(root: Path, project: Project) -> dict[str, SpecDocument] | None:
    docs: dict[str, SpecDocument] = {}
    for ex in project.exchanges:
        endpoint_paths = sorted(op.spec_path for op in ex.operations)
        for rel in (ex.spec_path, *endpoint_paths):
            doc, errors = load_file(root / rel, rel)
            if doc is None or errors:
                return None
            docs[rel] = doc
        if _sha([docs[rel].sha256 for rel in (ex.spec_path, *endpoint_paths)]) != ex.sources_sha256:
            return None
    return docs


def _find_docs(project: Project) -> dict[str, SpecDocument] | None:
    for root in dict.fromkeys((Path.cwd(), ROOT)):
        docs = _docs_under(root, project)
        if docs is not None:
            return docs
    return None


def _from_operation(op: Operation) -> dict[str, object]:
    params: list[object] = []
    for p in op.params:
        raw: dict[str, object] = {
            "name": p.wire_name,
            "in": p.location,
            "type": p.schema_type,
            "required": p.required,
            "description": p.description,
        }
        if p.enum_values:
            raw["enum"] = [
                {"value": v, "meaning": m}
                for v, (_, m) in zip(p.enum_values, p.enum_meanings, strict=True)
            ]
        for key in (
            "minimum",
            "maximum",
            "exclusive_minimum",
            "exclusive_maximum",
            "pattern",
            "wire_type",
            "unit",
            "default",
        ):
            if getattr(p, key) is not None:
                raw[key] = getattr(p, key)
        if p.also_allowed:
            raw["also_allowed"] = [{"value": v, "meaning": ""} for v in p.also_allowed]
        params.append(raw)
    params += [
        {"name": n, "in": "query", "type": "string", "required": True, "auth": True}
        for n in op.auth_params
    ]
    return {
        "summary": op.summary,
        "description": op.description,
        "source": op.source,
        "permission": op.permission or None,
        "safe_to_repeat": op.safe_to_repeat,
        "params": params,
        "errors": [
            {"code": e.code, "class": e.error_class, "retryable": e.retryable, "meaning": e.meaning}
            for e in op.errors
        ],
        "response": {"schema": op.response_schema, "example": json.loads(op.example_body)},
        "notes": [{"text": n} for n in op.notes],
        "rate_limits": {"statements": [{"text": op.rate_limit_text}]},
    }


def _from_exchange(ex: Exchange) -> dict[str, object]:
    return {
        "name": ex.name,
        "source": ex.source,
        "errors": [
            {"code": e.code, "class": e.error_class, "retryable": e.retryable, "meaning": e.meaning}
            for e in ex.errors
        ],
    }


# ------------------------------------------------------------------------------------------
# The document


def _security(ex: Exchange, exd: Data) -> tuple[str, dict[str, object]]:
    where, header, recipe = _SCHEMES.get(
        ex.auth_scheme, ("header", "API-KEY", "see the exchange notes")
    )
    auth = _map(exd.get("auth"))
    signing_notes = [
        _map(n).get("text")
        for n in _list(exd.get("notes"))
        if str(_map(n).get("source", "")) == str(auth.get("source", "-"))
    ]
    return ex.auth_scheme, _drop_none(
        {
            "type": "apiKey",
            "in": where,
            "name": header,
            "description": f"{ex.name}: {ex.auth_scheme}. Signature: {recipe}.",
            "x-signing": _drop_none(
                {
                    "scheme": ex.auth_scheme,
                    "recipe": recipe,
                    "credentials": {
                        "api_key": ex.api_key_env,
                        "api_secret": ex.api_secret_env,
                        "passphrase": ex.passphrase_env,
                    },
                    "timestamp_tolerance_ms": ex.timestamp_tolerance_ms,
                    "notes": signing_notes,
                    "source": auth.get("source"),
                }
            ),
        }
    )


def _envelope_schema(
    ex: Exchange,
    payload_ref: dict[str, object],
    payload_field: str | None,
    own: Envelope | None = None,
) -> dict[str, object]:
    env = (
        own or ex.envelope
    )  # an endpoint's own envelope (spec `envelope:`) replaces the exchange's
    if payload_field is None:
        return payload_ref
    props: dict[str, object] = {payload_field: payload_ref}
    if env.code_field:
        props[env.code_field] = {
            "type": "integer" if env.code_is_int else "string",
            "description": f"success: {', '.join(env.success_codes)}",
        }
    if env.message_field:
        props[env.message_field] = {"type": "string"}
    return {"type": "object", "properties": props, "description": f"{ex.name} response envelope"}


def _error_schema(ex: Exchange) -> dict[str, object]:
    env = ex.envelope
    props: dict[str, object] = {f: {"type": ["string", "integer"]} for f in env.error_code_fields}
    props.update({f: {"type": "string"} for f in env.error_message_fields})
    return {"type": "object", "properties": props, "description": f"{ex.name} error body"}


def _errors(raw: list[object]) -> list[dict[str, object]]:
    return [dict(_map(e)) for e in raw]


def _operation(
    ex: Exchange, op: Operation, d: Data, schemas: dict[str, object]
) -> dict[str, object]:
    parameters: list[object] = []
    body_props: dict[str, object] = {}
    body_required: list[str] = []
    for p in (_map(x) for x in _list(d.get("params"))):
        schema = _param_schema(p)
        if p.get("auth"):
            schema["x-supplied-by-signer"] = True
        if p.get("in") == "body":
            body_props[str(p.get("name"))] = schema
            if p.get("required"):
                body_required.append(str(p.get("name")))
        else:
            parameters.append(
                _drop_none(
                    {
                        "name": p.get("name"),
                        "in": p.get("in"),
                        "required": bool(p.get("required")) or p.get("in") == "path",
                        "description": p.get("description"),
                        "schema": schema,
                        "x-python-name": None
                        if p.get("auth")
                        else next(
                            (q.python_name for q in op.params if q.wire_name == p.get("name")), None
                        ),
                    }
                )
            )
    response = _map(d.get("response"))
    payload_schema = _map(response.get("schema"))
    name = f"{ex.id}.{payload_schema.get('title') or op.response_class}"
    schemas[name] = _response_schema(payload_schema)
    payload_field = (
        cast(str | None, response["payload"])
        if "payload" in response
        else (op.envelope or ex.envelope).payload_field
    )
    content: dict[str, object] = {
        "schema": _envelope_schema(
            ex, {"$ref": f"#/components/schemas/{name}"}, payload_field, op.envelope
        )
    }
    if response.get("example") is not None:
        content["example"] = response["example"]
    rl = _map(d.get("rate_limits"))
    out: dict[str, object] = {
        "operationId": f"{ex.id}.{op.qualified_name}",
        "summary": d.get("summary"),
        "description": d.get("description"),
        "tags": [ex.name],
        "parameters": parameters,
        "security": [{ex.auth_scheme: []}],
        "responses": {
            "200": {
                "description": f"{op.response_class} (the payload inside the {ex.name} envelope)",
                "content": {"application/json": content},
            },
            "default": {
                "description": "an error; see x-errors and the exchange's common errors",
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{ex.id}.Error"}}
                },
            },
        },
        "externalDocs": {"url": d.get("source")} if d.get("source") else None,
        "x-sdk-method": f"{ex.sync_class}.{op.group}.{op.name}",
        "x-safe-to-repeat": d.get("safe_to_repeat"),
        "x-permission": d.get("permission"),
        "x-rate-limits": _drop_none(
            {
                "statements": [dict(_map(s)) for s in _list(rl.get("statements"))],
                "enforced": rl.get("enforced"),
                "reason": rl.get("reason"),
                "buckets": [
                    {
                        "key": r.key,
                        "scope": r.scope,
                        "count": r.count,
                        "interval_ms": r.interval_ms,
                        "weight": r.weight,
                    }
                    for r in op.rate_limits
                ],
            }
        ),
        "x-errors": _errors(_list(d.get("errors"))),
        "x-notes": [dict(_map(n)) for n in _list(d.get("notes"))],
        "x-conflicts": [dict(_map(c)) for c in _list(d.get("conflicts"))],
    }
    if body_props:
        body_schema: dict[str, object] = {"type": "object", "properties": body_props}
        if body_required:
            body_schema["required"] = body_required
        media: dict[str, object] = {"schema": body_schema}
        example = _map(d.get("request_example")).get("params")
        if isinstance(example, Mapping):
            media["example"] = dict(example)
        out["requestBody"] = {
            "required": bool(body_required),
            "content": {str(d.get("content_type") or "application/json"): media},
        }
    elif isinstance(_map(d.get("request_example")).get("params"), Mapping):
        out["x-request-example"] = _map(d.get("request_example")).get("params")
    return _drop_none(out)


def build_openapi(project: Project, docs: Mapping[str, SpecDocument] | None) -> dict[str, object]:
    """The OpenAPI 3.1 document as plain data."""
    paths: dict[str, dict[str, object]] = {}
    schemes: dict[str, object] = {}
    schemas: dict[str, object] = {}
    tags: list[object] = []
    servers: list[object] = []
    exchanges: dict[str, object] = {}
    for ex in project.exchanges:
        exd: Data = docs[ex.spec_path].data if docs else _from_exchange(ex)
        key, scheme = _security(ex, exd)
        schemes[key] = scheme
        schemas[f"{ex.id}.Error"] = _error_schema(ex)
        ex_servers = [{"url": ex.base_url, "description": f"{ex.name}"}]
        ex_servers += [
            {"url": u, "description": f"{ex.name} (alternate)"} for u in ex.alternate_base_urls
        ]
        servers += ex_servers
        tags.append(
            _drop_none(
                {
                    "name": ex.name,
                    "description": f"{ex.name} ({ex.id}); Python clients {ex.sync_class} and {ex.async_class}",
                    "externalDocs": {"url": ex.source},
                }
            )
        )
        exchanges[ex.id] = _drop_none(
            {
                "name": ex.name,
                "hosts": exd.get("hosts"),
                "envelope": exd.get("envelope"),
                "server_time": exd.get("server_time"),
                "rate_limit_headers": exd.get("rate_limit_headers"),
                "ip_groups": exd.get("ip_groups"),
                "http_errors": exd.get("http_errors"),
                "errors": exd.get("errors"),
                "notes": exd.get("notes"),
                "conflicts": exd.get("conflicts"),
            }
        )
        for op in ex.operations:
            d: Data = docs[op.spec_path].data if docs else _from_operation(op)
            item = paths.setdefault(op.path, {})
            method = op.method.lower()
            if method in item:
                raise GeneratorError(
                    f"openapi: {op.method} {op.path} is defined twice ({op.spec_path})"
                )
            item[method] = _operation(ex, op, d, schemas)
            item.setdefault("servers", ex_servers)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "exchange-sdk: exchange endpoints",
            "version": SDK_VERSION,
            "description": "Every endpoint spec of exchange-sdk. Generated from specs/ "
            f"(sha256 {project.sources_sha256[:12]}). Do not edit: run make.",
        },
        "servers": servers,
        "tags": tags,
        "paths": paths,
        "components": {"securitySchemes": schemes, "schemas": schemas},
        "x-exchanges": exchanges,
    }


def openapi_text(project: Project, specs: Path | None = None) -> str:
    """The document as JSON text (sorted keys, trailing newline). `specs`: the spec tree the
    project was loaded from; without it the documents are looked up as the module docstring says."""
    docs: dict[str, SpecDocument] | None
    if project.documents:
        docs = {d.path: d for d in project.documents}
    elif specs is not None:
        loaded, _ = load_tree(specs)
        docs = {d.path: d for d in loaded}
    else:
        docs = _find_docs(project)
    text = json.dumps(build_openapi(project, docs), indent=2, sort_keys=True, ensure_ascii=False)
    return text + "\n"
