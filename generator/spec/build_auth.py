"""An exchange spec's `auth` section -> the auth IR (`ir/auth.py`): the recipe and its vectors.

Reads data the schema accepted; defaults are the vocabulary's (docs/spec-format.md, "auth").
Tolerant of anything else (the validator reports it), so it also serves the semantic checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.ir.auth import (
    Added,
    Auth,
    BodyRule,
    Part,
    Put,
    QueryRule,
    Recipe,
    Stamp,
    Value,
    Vector,
    VectorExpect,
    VectorRequest,
)
from generator.spec.data import Data, mapping, sequence, string

__all__ = ["auth_of", "part_of", "recipe_of", "render_of", "value_of", "vector_of"]


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _str(data: Data, key: str, default: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else default


def stamp_of(name: str, raw: Data) -> Stamp:
    return Stamp(
        name=name,
        clock=_str(raw, "clock", "now"),
        unit=_str(raw, "unit", "ms"),
        format=_str(raw, "format", "decimal"),
        fraction_digits=_int(raw.get("fraction_digits"), 0),
        zone=_str(raw, "zone", ""),
        ahead_s=_int(raw.get("ahead_s"), 0),
        random_bytes=_int(raw.get("bytes"), 8),
    )


def render_of(raw: object, wire: QueryRule) -> QueryRule | None:
    """A part's query rendering: None for the query as sent, else its order and encoding (each
    defaulting to the wire's)."""
    if not isinstance(raw, Mapping):
        return None
    return QueryRule(order=_str(raw, "order", wire.order), encode=_str(raw, "encode", wire.encode))


def part_of(raw: object, wire: QueryRule) -> Part:
    if isinstance(raw, str):
        return Part(raw)
    data = mapping(raw)
    if len(data) != 1:
        return Part("?")
    ((kind, arg),) = data.items()
    kind = str(kind)
    if kind in ("stamp", "literal"):
        return Part(kind, text=str(arg))
    if kind in ("path", "target"):
        options = mapping(arg)
        return Part(
            kind,
            strip_prefix=_str(options, "strip_prefix", ""),
            add_prefix=_str(options, "add_prefix", ""),
            query=render_of(options.get("query"), wire) if kind == "target" else None,
        )
    if kind == "query":
        return Part(kind, query=render_of(arg, wire))
    if kind == "digest":
        options = mapping(arg)
        return Part(
            kind,
            hash=_str(options, "hash", "sha256"),
            of=tuple(part_of(p, wire) for p in sequence(options.get("of"))),
            output=_str(options, "output", "hex"),
        )
    return Part(kind)


def value_of(raw: object) -> Value:
    if isinstance(raw, str):
        return Value(raw)
    data = mapping(raw)
    if len(data) != 1:
        return Value("?")
    ((kind, arg),) = data.items()
    if kind == "passphrase":
        return Value("signed-passphrase" if arg == "signed" else "passphrase")
    return Value(str(kind), text=str(arg))


def recipe_of(raw: Data) -> Recipe:
    query = mapping(raw.get("query"))
    wire = QueryRule(order=_str(query, "order", "given"), encode=_str(query, "encode", "rfc3986"))
    body = mapping(raw.get("body"))
    sign = mapping(raw.get("sign"))
    text = mapping(sign.get("text"))
    window = raw.get("recv_window_ms")
    adds = []
    for entry in (mapping(e) for e in sequence(raw.get("add"))):
        where = "query" if "query" in entry else "body"
        adds.append(
            Added(
                where=where,
                name=str(entry.get(where, "")),
                value=value_of(entry.get("value")),
                at_start=entry.get("at") == "start",
            )
        )
    puts = []
    for entry in (mapping(e) for e in sequence(raw.get("put"))):
        where = "header" if "header" in entry else "query"
        puts.append(
            Put(where=where, name=str(entry.get(where, "")), value=value_of(entry.get("value")))
        )
    return Recipe(
        stamps=tuple(stamp_of(str(n), mapping(s)) for n, s in mapping(raw.get("stamps")).items()),
        recv_window_ms=window if isinstance(window, int) and not isinstance(window, bool) else None,
        query=wire,
        body=BodyRule(
            format=_str(body, "format", "json"),
            encode=_str(body, "encode", "form"),
            empty=string(body.get("empty")),
            content_type=string(body.get("content_type")),
            content_type_always=body.get("content_type_on") == "always",
        ),
        adds=tuple(adds),
        separator=_str(text, "separator", ""),
        parts=tuple(part_of(p, wire) for p in sequence(text.get("parts"))),
        chain=tuple(str(s) for s in sequence(sign.get("chain"))),
        key=_str(sign, "key", "secret"),
        output=_str(sign, "output", "hex"),
        puts=tuple(puts),
    )


def vector_of(raw: Data, json_path: str) -> Vector:
    creds = mapping(raw.get("credentials"))
    request = expect = None
    if "request" in raw:
        req = mapping(raw.get("request"))
        body = req.get("body")
        request = VectorRequest(
            method=_str(req, "method", "GET"),
            base_url=_str(req, "base_url", ""),
            path=_str(req, "path", "/"),
            query=tuple((str(k), v) for k, v in mapping(req.get("query")).items()),
            body=dict(body)
            if isinstance(body, Mapping)
            else list(body)
            if isinstance(body, list)
            else None,
            body_text=string(req.get("body_text")),
            now_ms=_int(req.get("now_ms"), 0),
        )
        exp = mapping(raw.get("expect"))
        expect = VectorExpect(
            url=string(exp.get("url")),
            headers=tuple((str(k), str(v)) for k, v in mapping(exp.get("headers")).items()),
            headers_exact=exp.get("headers_exact") is True,
            body=string(exp.get("body")),
            has_body="body" in exp,
            text=string(exp.get("text")),
        )
    return Vector(
        id=_str(raw, "id", ""),
        provenance=_str(raw, "provenance", ""),
        source=_str(raw, "source", ""),
        api_key=_str(creds, "api_key", ""),
        api_secret=_str(creds, "api_secret", ""),
        passphrase=string(creds.get("passphrase")),
        text=string(raw.get("text")),
        signature=string(raw.get("signature")),
        wrong_signature=string(raw.get("wrong_signature")),
        request=request,
        expect=expect,
        json_path=json_path,
    )


def auth_of(raw: Data, body_overrides: Sequence[str] = ()) -> Auth:
    """The auth IR of an exchange; `body_overrides`: the body formats its endpoints choose
    instead of the recipe's."""
    recipe = recipe_of(mapping(raw.get("recipe")))
    overrides = sorted({f for f in body_overrides if f != recipe.body.format})
    return Auth(
        scheme=_str(raw, "scheme", ""),
        source=_str(raw, "source", ""),
        recipe=recipe,
        vectors=tuple(
            vector_of(mapping(v), f"$.auth.vectors[{i}]")
            for i, v in enumerate(sequence(raw.get("vectors")))
        ),
        body_overrides=tuple(overrides),
    )
