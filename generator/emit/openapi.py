"""OpenAPI 3.1 export of every spec: `generated/openapi.json`, from the IR alone.

Each operation carries its SDK method, parameter constraints (the `Constraint`s' JSON Schema),
enforced rate-limit buckets, and every statement, error, note and conflict its spec records;
`x-exchanges` keeps each exchange's hosts, envelope, errors, notes and conflicts as the spec
writes them. Output is deterministic: sorted keys, two-space indent, trailing newline.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from generator import SDK_VERSION
from generator.errors import GeneratorError
from generator.ir.constraints import param_json_schema
from generator.ir.types import (
    Conflict,
    Envelope,
    ErrorCode,
    Exchange,
    Note,
    Operation,
    Param,
    Project,
)

__all__ = ["build_openapi", "openapi_text"]

_PARAM_FORMATS = {"int32", "int64", "float64", "decimal"}


def _drop_none(d: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in d.items() if v is not None and v != [] and v != ""}


# ------------------------------------------------------------------------------------------
# What the specs record, written back as the spec writes it


def _notes(notes: Sequence[Note]) -> list[object]:
    return [{"text": n.text, "source": n.source} for n in notes]


def _conflicts(conflicts: Sequence[Conflict]) -> list[object]:
    return [
        {
            "topic": c.topic,
            "statements": [{"text": s.text, "source": s.source} for s in c.statements],
            "enforced": c.enforced,
            "reason": c.reason,
            **({"facts": list(c.facts)} if c.facts else {}),
        }
        for c in conflicts
    ]


def _errors(errors: Sequence[ErrorCode]) -> list[object]:
    out: list[object] = []
    for e in errors:
        entry: dict[str, object] = {"code": e.code}
        if e.http_status is not None:
            entry["http_status"] = e.http_status
        entry["meaning"] = e.meaning
        if e.messages:
            entry["messages"] = list(e.messages)
        entry.update({"class": e.error_class, "retryable": e.retryable})
        if e.retry_after_pattern is not None:
            entry["retry_after"] = {"pattern": e.retry_after_pattern, "unit": e.retry_after_unit}
        entry["source"] = e.source
        out.append(entry)
    return out


def _envelope(env: Envelope) -> dict[str, object]:
    r = env.record
    out: dict[str, object] = {
        "success_http_status": list(r.success_http_status),
        "code_field": r.code_field,
        "success_codes": list(r.success_codes),
        "message_field": r.message_field,
        "payload_field": r.payload_field,
        "error_code_fields": list(r.error_code_fields),
        "error_message_fields": list(r.error_message_fields),
    }
    if r.error_list:
        out["error_list"] = True
        if r.warning_prefix:
            out["warning_prefix"] = r.warning_prefix
    if env.error_http_status is not None:
        out["error_http_status"] = env.error_http_status
    out["source"] = env.source
    return out


def _exchange_facts(ex: Exchange) -> dict[str, object]:
    st, rlh = ex.server_time, ex.rate_limit_headers
    server_time = None
    if st is not None:
        server_time = {
            "method": st.record.method,
            "path": st.record.path,
            "field": ".".join(st.record.field_path),
            "unit": st.record.unit,
            "source": st.source,
        }
        if st.as_string:
            server_time["wire_type"] = "string"
    headers = None
    if rlh is not None:
        r = rlh.record
        headers = {
            k: v
            for k, v in (
                ("remaining", r.remaining),
                ("limit", r.limit),
                ("reset", r.reset),
                ("reset_unit", r.reset_unit),
                ("retry_after", r.retry_after),
                ("retry_after_unit", rlh.retry_after_unit),
                ("source", rlh.source),
            )
            if v is not None
        }
    return _drop_none(
        {
            "name": ex.name,
            "hosts": {
                "default": ex.base_url,
                "alternates": list(ex.alternate_base_urls),
                **({"source": ex.hosts_source} if ex.hosts_source else {}),
                **({"groups": dict(ex.info.group_base_urls)} if ex.info.group_base_urls else {}),
            },
            "envelope": _envelope(ex.envelope),
            "server_time": server_time,
            "rate_limit_headers": headers,
            "ip_groups": [
                {
                    "id": g.id,
                    "count": g.count,
                    "interval_ms": g.interval_ms,
                    "text": g.text,
                    "source": g.source,
                }
                for g in ex.ip_groups
            ],
            "http_errors": [
                {
                    "status": e.status,
                    "meaning": e.meaning,
                    "class": e.error_class,
                    "retryable": e.retryable,
                    "source": e.source,
                }
                for e in ex.http_errors
            ],
            "errors": _errors(ex.errors),
            "notes": _notes(ex.notes),
            "conflicts": _conflicts(ex.conflicts),
        }
    )


# ------------------------------------------------------------------------------------------
# Schemas


def _param_schema(p: Param) -> dict[str, object]:
    extra: dict[str, object] = {}
    if p.format in _PARAM_FORMATS:
        extra["format"] = p.format
    if p.default is not None:
        extra["default"] = p.default
    if p.unit is not None:
        extra["x-unit"] = p.unit
    if p.example is not None:
        extra["examples"] = [p.example]
    schema = param_json_schema(p.constraints, extra)
    if p.wire_type == "string":  # an integer sent as a JSON string (Bitget requestTime)
        schema = {
            "oneOf": [schema, {"type": "string", "pattern": r"^-?[0-9]+$"}],
            "x-wire-type": "string",
        }
    if p.description:
        schema["description"] = p.description
    return schema


def _response_schema(s: Mapping[str, object]) -> dict[str, object]:
    """The spec's response schema is JSON Schema already; `x-wire-type: string` is spelled out
    as the anyOf it means, so that the page's example validates against the document."""
    out: dict[str, object] = {}
    for key, value in s.items():
        if key == "properties" and isinstance(value, Mapping):
            out[key] = {
                k: _response_schema(v) if isinstance(v, Mapping) else v for k, v in value.items()
            }
        elif key == "items" and isinstance(value, Mapping):
            out[key] = _response_schema(value)
        else:
            out[key] = value
    if s.get("x-wire-type") == "string":
        declared = out.pop("type", None)
        out["anyOf"] = [{"type": declared}, {"type": "string", "pattern": r"^-?[0-9]+$"}]
    return out


def _security(ex: Exchange) -> dict[str, object]:
    signing_notes = [n.text for n in ex.notes if n.source == ex.auth_source]
    return _drop_none(
        {
            "type": "apiKey",
            "in": ex.auth_key_in,
            "name": ex.auth_key_name,
            "description": f"{ex.name}: {ex.auth_scheme}. Signature: {ex.auth_signature}.",
            "x-signing": _drop_none(
                {
                    "scheme": ex.auth_scheme,
                    "recipe": ex.auth_signature,
                    "credentials": {
                        "api_key": ex.api_key_env,
                        "api_secret": ex.api_secret_env,
                        "passphrase": ex.passphrase_env,
                    },
                    "timestamp_tolerance_ms": ex.timestamp_tolerance_ms,
                    "notes": signing_notes,
                    "source": ex.auth_source,
                }
            ),
        }
    )


def _envelope_schema(
    ex: Exchange, payload_ref: dict[str, object], payload_field: str | None, env: Envelope
) -> dict[str, object]:
    if payload_field is None:
        return payload_ref
    r = env.record
    props: dict[str, object] = {payload_field: payload_ref}
    if r.code_field:
        props[r.code_field] = {
            "type": "integer" if env.code_is_int else "string",
            "description": f"success: {', '.join(r.success_codes)}",
        }
    if r.message_field:
        props[r.message_field] = {"type": "string"}
    return {"type": "object", "properties": props, "description": f"{ex.name} response envelope"}


def _error_schema(ex: Exchange) -> dict[str, object]:
    r = ex.envelope.record
    props: dict[str, object] = {f: {"type": ["string", "integer"]} for f in r.error_code_fields}
    props.update({f: {"type": "string"} for f in r.error_message_fields})
    return {"type": "object", "properties": props, "description": f"{ex.name} error body"}


def _statements(op: Operation) -> list[object]:
    return [
        _drop_none(
            {
                "id": s.id,
                "scope": s.scope,
                **(
                    {"count": s.count, "interval_ms": s.interval_ms}
                    if s.refill_per_s is None
                    else {"capacity": s.count, "refill_per_s": s.refill_per_s}
                ),
                "ip_group": s.ip_group,
                "bucket": s.bucket,
                "text": s.text,
                "source": s.source,
            }
        )
        for s in op.rate_limit_statements
    ]


def _operation(ex: Exchange, op: Operation, schemas: dict[str, object]) -> dict[str, object]:
    parameters: list[object] = []
    body_props: dict[str, object] = {}
    body_required: list[str] = []
    for p in op.all_params:
        schema = _param_schema(p)
        if p.auth:
            schema["x-supplied-by-signer"] = True
        if p.location == "body":
            body_props[p.wire_name] = schema
            if p.required:
                body_required.append(p.wire_name)
        else:
            parameters.append(
                _drop_none(
                    {
                        "name": p.wire_name,
                        "in": p.location,
                        "required": p.required or p.location == "path",
                        "description": p.description,
                        "schema": schema,
                        "x-python-name": None if p.auth else p.python_name,
                    }
                )
            )
    name = f"{ex.id}.{op.response_class}"
    schemas[name] = _response_schema(op.response_schema)
    content: dict[str, object] = {
        "schema": _envelope_schema(
            ex,
            {"$ref": f"#/components/schemas/{name}"},
            op.payload_field,
            op.envelope or ex.envelope,
        )
    }
    if op.example is not None:
        content["example"] = op.example
    out: dict[str, object] = {
        "operationId": f"{ex.id}.{op.qualified_name}",
        "summary": op.summary,
        "description": op.description,
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
        "externalDocs": {"url": op.source} if op.source else None,
        "x-sdk-method": f"{ex.sync_class}.{op.group}.{op.name}",
        "x-safe-to-repeat": op.safe_to_repeat,
        "x-permission": op.permission or None,
        "x-rate-limits": _drop_none(
            {
                "statements": _statements(op),
                "enforced": list(op.rate_limit_enforced),
                "reason": op.rate_limit_reason,
                "buckets": [
                    {
                        "key": r.key,
                        "scope": r.scope,
                        "count": r.count,
                        "interval_ms": r.interval_ms,
                        "weight": r.weight,
                        "continuous": r.continuous or None,
                    }
                    for r in op.rate_limits
                ],
            }
        ),
        "x-errors": _errors(op.errors),
        "x-notes": _notes(op.notes),
        "x-conflicts": _conflicts(op.conflicts),
    }
    if body_props:
        body_schema: dict[str, object] = {"type": "object", "properties": body_props}
        if body_required:
            body_schema["required"] = body_required
        if op.body_array is not None:  # a JSON array of such objects (OKX batch endpoints)
            body_schema = {
                "type": "array",
                "items": body_schema,
                "minItems": 1,
                "maxItems": op.body_array.max_items,
                "x-python-name": op.body_array.argument,
            }
        media: dict[str, object] = {"schema": body_schema}
        if op.request_example is not None:
            media["example"] = dict(op.request_example)
        out["requestBody"] = {
            "required": bool(body_required),
            "content": {op.content_type or "application/json": media},
        }
    elif op.request_example is not None:
        out["x-request-example"] = dict(op.request_example)
    return _drop_none(out)


def build_openapi(project: Project) -> dict[str, object]:
    """The OpenAPI 3.1 document as plain data."""
    paths: dict[str, dict[str, object]] = {}
    schemes: dict[str, object] = {}
    schemas: dict[str, object] = {}
    tags: list[object] = []
    servers: list[object] = []
    exchanges: dict[str, object] = {}
    for ex in project.exchanges:
        schemes[ex.auth_scheme] = _security(ex)
        schemas[f"{ex.id}.Error"] = _error_schema(ex)
        ex_servers = [{"url": ex.base_url, "description": f"{ex.name}"}]
        ex_servers += [
            {"url": u, "description": f"{ex.name} (alternate)"} for u in ex.alternate_base_urls
        ]
        ex_servers_all = ex_servers + [
            {"url": u, "description": f"{ex.name} {g}"}
            for g, u in sorted(ex.info.group_base_urls.items())
        ]
        servers += ex_servers_all
        tags.append(
            _drop_none(
                {
                    "name": ex.name,
                    "description": f"{ex.name} ({ex.id}); Python clients {ex.sync_class} and {ex.async_class}",
                    "externalDocs": {"url": ex.source},
                }
            )
        )
        exchanges[ex.id] = _exchange_facts(ex)
        for op in ex.operations:
            item = paths.setdefault(op.path, {})
            method = op.method.lower()
            if method in item:
                raise GeneratorError(
                    f"openapi: {op.method} {op.path} is defined twice ({op.spec_path})"
                )
            item[method] = _operation(ex, op, schemas)
            group_url = ex.info.group_base_urls.get(op.group)
            group_servers = [{"url": group_url, "description": f"{ex.name} {op.group}"}]
            item.setdefault("servers", group_servers if group_url else ex_servers)
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


def openapi_text(project: Project) -> str:
    """The document as JSON text (sorted keys, trailing newline)."""
    text = json.dumps(build_openapi(project), indent=2, sort_keys=True, ensure_ascii=False)
    return text + "\n"
