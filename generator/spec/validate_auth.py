"""The checks of an exchange's `auth` section that JSON Schema cannot express.

The schema (`specs/schema/exchange.schema.json`, `$defs/auth_*`) fixes the vocabulary: every
word is a closed enum. These checks tie the words together: a stamp named by a part is
declared, a declared stamp or receive window is used, a passphrase credential exists exactly
when a value uses it, the signature is put somewhere and never signed itself, a text does not
list the query in an order the wire cannot give, options fit their stamp, and every known-answer
vector reproduces: the recipe is compiled (`ir/signer_code.py`) and run on each vector, so a
recipe that disagrees with its published vectors is a spec error at the vector's line, not a
test failure later.

`auth_problems(auth_data)` yields `(json path, message)` pairs; it runs only on an auth
section the schema accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from generator.ir.auth import Part, Recipe, Value, Vector
from generator.ir.signer_code import signer_code
from generator.spec.build_auth import auth_of, recipe_of
from generator.spec.data import Data, mapping, sequence

__all__ = ["auth_problems", "run_vector"]

Problem = tuple[str, str]
_STAMP_NAME = re.compile(r"[a-z][a-z0-9_]*")
_TEMPLATE_FIELD = re.compile(r"\{([^{}]*)\}")


def auth_problems(auth: Data) -> Iterator[Problem]:
    raw = mapping(auth.get("recipe"))
    shape = list(_one_word_each(raw))
    if shape:
        yield from shape
        return
    recipe = recipe_of(raw)
    found = list(_recipe_problems(raw, recipe))
    has_passphrase = "passphrase" in mapping(auth.get("credentials"))
    if recipe.needs_passphrase and not has_passphrase:
        found.append(
            (
                "$.auth.credentials",
                "the recipe puts the passphrase: declare its environment variable (passphrase)",
            )
        )
    elif has_passphrase and not recipe.needs_passphrase:
        found.append(
            (
                "$.auth.credentials.passphrase",
                "no value of the recipe uses the passphrase: remove it, or put it",
            )
        )
    yield from found
    if found:
        return  # the vectors of a broken recipe would only repeat its errors
    yield from _vector_problems(auth, recipe)


# -------------------------------------------------------------------------------- recipe


def _one_word_each(raw: Data) -> Iterator[Problem]:
    """Every part and value is one word, or a mapping of exactly one word to its argument."""
    base = "$.auth.recipe"

    def one(node: object, path: str, words: str) -> Iterator[Problem]:
        if isinstance(node, Mapping) and len(node) != 1:
            found = ", ".join(str(k) for k in node) or "no word"
            yield path, f"name exactly one word of {words}; found {found}"
        elif isinstance(node, Mapping) and "digest" in node:
            for i, inner in enumerate(sequence(mapping(node["digest"]).get("of"))):
                yield from one(inner, f"{path}.digest.of[{i}]", words)

    parts = "path, target, query, stamp, literal, digest"
    values = "stamp, literal, passphrase, template"
    text = mapping(mapping(raw.get("sign")).get("text"))
    for i, part in enumerate(sequence(text.get("parts"))):
        yield from one(part, f"{base}.sign.text.parts[{i}]", parts)
    for key in ("add", "put"):
        for i, entry in enumerate(sequence(raw.get(key))):
            yield from one(mapping(entry).get("value"), f"{base}.{key}[{i}].value", values)


def _recipe_problems(raw: Data, recipe: Recipe) -> Iterator[Problem]:
    base = "$.auth.recipe"
    stamps = {s.name for s in recipe.stamps}
    used: set[str] = set()
    window_used = False

    for name, spec in mapping(raw.get("stamps")).items():
        path = f"{base}.stamps.{name}"
        if not _STAMP_NAME.fullmatch(str(name)):
            yield path, f"stamp name '{name}' must be lowercase letters, digits and _"
        keys = set(mapping(spec))
        clock = mapping(spec).get("clock", "now")
        fmt = mapping(spec).get("format", "decimal")
        if clock == "random":
            extra = sorted(keys - {"clock", "bytes"})
            if extra:
                yield path, f"a random stamp takes no {', '.join(extra)} (only bytes)"
        elif "bytes" in keys:
            yield f"{path}.bytes", "bytes is for clock: random only"
        if fmt == "iso8601" and "unit" in keys:
            yield f"{path}.unit", "an iso8601 stamp has no unit (seconds, with fraction_digits)"
        if fmt != "iso8601":
            for key in sorted(keys & {"fraction_digits", "zone"}):
                yield f"{path}.{key}", f"{key} is for format: iso8601 only"
        if fmt == "iso8601" and clock == "increasing":
            yield f"{path}.clock", "an increasing stamp is a decimal nonce, not iso8601"

    def value_refs(value: Value, path: str, signed: bool) -> Iterator[Problem]:
        nonlocal window_used
        if value.kind == "stamp":
            used.add(value.text)
            if value.text not in stamps:
                yield path, f"unknown stamp '{value.text}'; declared: {_names(stamps)}"
        if value.kind == "recv-window":
            window_used = True
        if value.kind == "signature" and signed:
            yield path, "the signature cannot be signed: it is only put, after signing"
        if value.kind == "template":
            fields = _TEMPLATE_FIELD.findall(value.text)
            if not fields:
                yield path, "a template names at least one of {key}, {signature}, {stamp.NAME}"
            for field in fields:
                if field.startswith("stamp."):
                    used.add(field[6:])
                    if field[6:] not in stamps:
                        yield (
                            path,
                            f"unknown stamp '{field[6:]}' in the template; declared: {_names(stamps)}",
                        )
                elif field == "signature" and signed:
                    yield path, "the signature cannot be signed: {signature} only in a put value"
                elif field not in ("key", "signature"):
                    yield (
                        path,
                        f"unknown template field {{{field}}}; known: {{key}}, {{signature}}, {{stamp.NAME}}",
                    )

    def part_refs(part: Part, path: str) -> Iterator[Problem]:
        nonlocal window_used
        if part.kind == "stamp":
            used.add(part.text)
            if part.text not in stamps:
                yield path, f"unknown stamp '{part.text}'; declared: {_names(stamps)}"
        if part.kind == "recv-window":
            window_used = True
        if (
            part.query is not None
            and recipe.query.order == "sorted"
            and part.query.order == "given"
        ):
            yield (
                path,
                "the text cannot list the query in given order: the wire sorts it (query.order: sorted)",
            )
        for i, inner in enumerate(part.of):
            yield from part_refs(inner, f"{path}.digest.of[{i}]")

    for i, part in enumerate(recipe.parts):
        yield from part_refs(part, f"{base}.sign.text.parts[{i}]")
    for i, add in enumerate(recipe.adds):
        yield from value_refs(add.value, f"{base}.add[{i}].value", signed=True)
    for i, put in enumerate(recipe.puts):
        yield from value_refs(put.value, f"{base}.put[{i}].value", signed=False)

    for name in sorted(stamps - used):
        yield f"{base}.stamps.{name}", f"stamp '{name}' is declared but no part or value uses it"
    if window_used and recipe.recv_window_ms is None:
        yield base, "recv-window is used: declare recv_window_ms"
    if recipe.recv_window_ms is not None and not window_used:
        yield f"{base}.recv_window_ms", "recv_window_ms is declared but no part or value uses it"

    if not any(p.value.kind == "signature" or "{signature}" in p.value.text for p in recipe.puts):
        yield (
            f"{base}.put",
            "the signature is never put: add {header: NAME, value: signature} or a query parameter",
        )
    if not any(step.startswith("hmac-") for step in recipe.chain):
        yield f"{base}.sign.chain", "the chain never uses the secret: it needs an hmac step"

    body = mapping(raw.get("body"))
    if recipe.body.format == "in-query":
        for key in ("encode", "empty"):
            if key in body:
                yield (
                    f"{base}.body.{key}",
                    f"{key} does not apply: body parameters travel in the query (format: in-query)",
                )
        for i, add in enumerate(recipe.adds):
            if add.where == "body":
                yield (
                    f"{base}.add[{i}]",
                    "the body travels in the query (format: in-query): add to the query instead",
                )
    elif recipe.body.format == "json" and "encode" in body:
        yield f"{base}.body.encode", "encode is for form bodies only"
    if "content_type_on" in body and "content_type" not in body:
        yield f"{base}.body.content_type_on", "content_type_on without content_type"

    seen: dict[str, str] = {}
    for i, put in enumerate(recipe.puts):
        key = f"{put.where}:{put.name.lower() if put.where == 'header' else put.name}"
        path = f"{base}.put[{i}]"
        if put.where == "header" and put.name.lower() == "content-type":
            yield path, "Content-Type is set by body.content_type, not put"
        if key in seen:
            yield path, f"{put.where} {put.name} is already put at {seen[key]}"
        seen.setdefault(key, path)
    for i, add in enumerate(recipe.adds):
        key = f"{add.where}:{add.name}"
        path = f"{base}.add[{i}]"
        if key in seen:
            yield path, f"{add.where} parameter {add.name} is already set at {seen[key]}"
        seen.setdefault(key, path)


def _names(names: set[str]) -> str:
    return ", ".join(sorted(names)) or "none"


# -------------------------------------------------------------------------------- vectors


def _vector_problems(auth: Data, recipe: Recipe) -> Iterator[Problem]:
    built = auth_of(auth)
    ids: dict[str, str] = {}
    runnable: list[Vector] = []
    raws = [mapping(v) for v in sequence(auth.get("vectors"))]
    for vector, raw in zip(built.vectors, raws, strict=True):
        path = vector.json_path
        before = len(ids)
        if vector.id in ids:
            yield f"{path}.id", f"duplicate vector id '{vector.id}' (first at {ids[vector.id]})"
        ids.setdefault(vector.id, path)
        problems = list(_vector_shape(vector, recipe, raw))
        yield from problems
        if not problems and len(ids) > before:
            runnable.append(vector)
    if not runnable:
        return
    code = signer_code(built, "exchange")
    namespace: dict[str, Any] = {}
    exec(compile(code.module, f"<signer of {built.scheme}>", "exec"), namespace)
    for vector in runnable:
        for message in run_vector(
            vector, namespace["sign"], namespace["sign_text"], namespace["SIGNATURE"]
        ):
            yield vector.json_path, f"vector '{vector.id}' ({vector.provenance}): {message}"


def _vector_shape(vector: Vector, recipe: Recipe, raw: Data) -> Iterator[Problem]:
    path = vector.json_path
    chain_form = "text" in raw and "signature" in raw
    call_form = "request" in raw and "expect" in raw
    if chain_form == call_form:
        yield (
            path,
            (
                "a vector is either text and signature (the chain alone) or request and expect (a "
                "whole call)" + (", not both" if chain_form else "")
            ),
        )
        return
    if (vector.provenance == "published-wrong") != (vector.wrong_signature is not None):
        yield path, "wrong_signature goes with provenance published-wrong, and only with it"
    if recipe.needs_passphrase and vector.request is not None and vector.passphrase is None:
        yield f"{path}.credentials", "the recipe puts the passphrase: give one"
    if vector.request is not None and vector.expect is not None:
        req, exp = vector.request, vector.expect
        if req.body is not None and req.body_text is not None:
            yield f"{path}.request", "give body or body_text, not both"
        if not (exp.url or exp.headers or exp.has_body or exp.text):
            yield f"{path}.expect", "expect states nothing: give url, headers, body or text"


def run_vector(
    vector: Vector,
    sign: Callable[..., Any],
    sign_text: Callable[[Any, bytes], str],
    signature_at: tuple[str, str],
) -> Iterator[str]:
    """What differs between a vector and what the signer produces (nothing: it reproduces)."""
    from exchange_sdk._runtime.signing import Credentials

    credentials = Credentials(vector.api_key, vector.api_secret, vector.passphrase)
    if vector.text is not None:
        got = sign_text(credentials, vector.text.encode())
        if got != vector.signature:
            yield f"the chain over its text gives {got}, not {vector.signature}"
        if vector.wrong_signature is not None and got == vector.wrong_signature:
            yield "the published wrong signature reproduces"
        return
    req, exp = vector.request, vector.expect
    assert req is not None and exp is not None
    body: object = req.body_text.encode() if req.body_text is not None else req.body or {}
    signed = sign(
        req.method, req.base_url, req.path, dict(req.query), body, credentials, req.now_ms
    )
    if exp.url is not None and signed.url != exp.url:
        yield f"url {signed.url!r}, expected {exp.url!r}"
    if exp.has_body:
        want = None if exp.body is None else exp.body.encode()
        if signed.body != want:
            yield f"body {signed.body!r}, expected {want!r}"
    for name, value in exp.headers:
        if signed.headers.get(name) != value:
            yield f"header {name}: {signed.headers.get(name)!r}, expected {value!r}"
    if exp.headers_exact and list(signed.headers.items()) != list(exp.headers):
        yield f"headers {list(signed.headers)}, expected exactly {[n for n, _ in exp.headers]}"
    if exp.text is not None:
        sent = _signature_sent(signed, signature_at)
        if sent != sign_text(credentials, exp.text.encode()):
            yield f"the signature sent ({sent}) is not the chain over the expected text {exp.text!r}"


def _signature_sent(signed: Any, signature_at: tuple[str, str]) -> str | None:
    """The signature as sent (decoded from the query when it is there)."""
    from urllib.parse import parse_qsl, urlsplit

    where, name = signature_at
    if where == "header":
        value = signed.headers.get(name)
        return value if isinstance(value, str) else None
    pairs: Mapping[str, str] = dict(parse_qsl(urlsplit(signed.url).query, keep_blank_values=True))
    return pairs.get(name)
