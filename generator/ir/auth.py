"""The auth part of the IR: an exchange's signing recipe and its known-answer vectors.

A recipe (the `auth.recipe` section of an exchange spec; docs/spec-format.md "auth") answers,
in the order a signer works: which stamps a request carries (timestamp, nonce, expiry); how
the query and the body go on the wire; which auth parameters are added before signing; the
text that is signed, from named parts; the digest chain and its output; and where key, stamps,
signature and passphrase are put. Every choice is a closed word; `ir/signer_code.py` compiles
a recipe into the exchange's generated signer, and `spec/build_auth.py` builds these records
from spec data.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Added",
    "Auth",
    "BodyRule",
    "Part",
    "Put",
    "QueryRule",
    "Recipe",
    "Stamp",
    "Value",
    "Vector",
    "VectorExpect",
    "VectorRequest",
]

CLOCKS = ("now", "increasing", "random")
UNITS = ("s", "ms", "us")
STAMP_FORMATS = ("decimal", "iso8601")
ORDERS = ("given", "sorted")
ENCODINGS = ("raw", "rfc3986", "form", "json-values")
BODY_FORMATS = ("json", "form", "in-query")
BODY_OVERRIDES = ("json", "form")  # what an endpoint's `body_format` may choose
CHAIN_STEPS = ("sha256", "sha512", "hmac-sha256", "hmac-sha384", "hmac-sha512")
KEY_FORMS = ("secret", "secret-base64")
OUTPUTS = ("hex", "base64")
DIGEST_OUTPUTS = ("raw", "hex", "base64")
PART_WORDS = ("method", "host", "path", "target", "query", "body", "key", "recv-window")
VALUE_WORDS = ("key", "signature", "passphrase", "recv-window")
PROVENANCES = ("published", "published-wrong", "derived", "ccxt-4.5.90")


@dataclass(frozen=True)
class Stamp:
    """A named per-request value: a timestamp, a nonce, an expiry."""

    name: str
    clock: str = "now"  # now | increasing (strictly, per key) | random (hex)
    unit: str = "ms"  # s | ms | us (decimal stamps)
    format: str = "decimal"  # decimal | iso8601
    fraction_digits: int = 0  # iso8601: 0 or 3
    zone: str = ""  # iso8601: "" or "Z"
    ahead_s: int = 0  # expires-at: now plus this many seconds
    random_bytes: int = 8  # clock random: how many bytes


@dataclass(frozen=True)
class QueryRule:
    """A rendering of the query: parameter order and encoding."""

    order: str  # given | sorted
    encode: str  # raw | rfc3986 | form | json-values


@dataclass(frozen=True)
class BodyRule:
    """How body parameters go on the wire."""

    format: str  # json | form | in-query
    encode: str  # form bodies: their encoding
    empty: str | None  # what a non-GET call without body parameters sends; None: no body
    content_type: str | None
    content_type_always: bool  # else only when a body is sent


@dataclass(frozen=True)
class Value:
    """A value put in a header or the query, or added to the signed parameters."""

    kind: str  # key | signature | passphrase | signed-passphrase | recv-window | stamp | literal | template
    text: str = ""  # the stamp's name, the literal, the template


@dataclass(frozen=True)
class Part:
    """One named part of the text to sign."""

    kind: str  # method | host | path | target | query | body | key | recv-window | stamp | literal | digest
    text: str = ""  # the stamp's name or the literal
    strip_prefix: str = ""  # path, target
    add_prefix: str = ""  # path, target
    query: QueryRule | None = None  # query, target: a re-rendering; None: the query as sent
    hash: str = ""  # digest: sha256 | sha512
    of: tuple[Part, ...] = ()  # digest: the parts digested
    output: str = "hex"  # digest: raw | hex | base64


@dataclass(frozen=True)
class Added:
    """An auth parameter added to the query or body before signing (so it is signed)."""

    where: str  # query | body
    name: str
    value: Value
    at_start: bool


@dataclass(frozen=True)
class Put:
    """Where a value goes after signing: a header, or a query parameter appended last."""

    where: str  # header | query
    name: str
    value: Value


@dataclass(frozen=True)
class Recipe:
    stamps: tuple[Stamp, ...]
    recv_window_ms: int | None
    query: QueryRule  # the query as sent
    body: BodyRule
    adds: tuple[Added, ...]
    separator: str
    parts: tuple[Part, ...]
    chain: tuple[str, ...]  # sha256 | sha512 | hmac-sha256 | hmac-sha384 | hmac-sha512, in order
    key: str  # secret | secret-base64: the HMAC key
    output: str  # hex | base64
    puts: tuple[Put, ...]

    @property
    def needs_passphrase(self) -> bool:
        values = [a.value for a in self.adds] + [p.value for p in self.puts]
        return any(v.kind in ("passphrase", "signed-passphrase") for v in values)

    @property
    def summary(self) -> str:
        """The recipe in one line of words (docs, the OpenAPI export)."""
        separator = repr(self.separator)[1:-1] if self.separator else " + "
        text = separator.join(_part_words(p, self) for p in self.parts)
        chain = " of ".join(_STEP_WORDS[s] for s in reversed(self.chain))
        key = "" if self.key == "secret" else " (key: the base64-decoded secret)"
        words = f"{self.output} {chain}{key} of {text}"
        for where in ("query", "body"):
            names = [a.name for a in self.adds if a.where == where]
            if names:
                words += f"; {', '.join(names)} added to the {where}"
        puts = [f"{p.where} {p.name} = {_value_words(p.value)}" for p in self.puts]
        return f"{words}; {', '.join(puts)}"

    @property
    def key_location(self) -> tuple[str, str]:
        """(header | query, name) of the API key (the OpenAPI security scheme): the first
        header or query parameter that carries it, added or put."""
        for put in self.puts:
            if put.value.kind == "key":
                return put.where, put.name
        for add in self.adds:
            if add.value.kind == "key" and add.where == "query":
                return add.where, add.name
        for put in self.puts:
            if put.value.kind == "template" and "{key}" in put.value.text:
                return put.where, put.name
        return "header", ""

    @property
    def signature_location(self) -> tuple[str, str]:
        """(header | query, name) of the signature."""
        for put in self.puts:
            if put.value.kind == "signature":
                return put.where, put.name
        for put in self.puts:
            if put.value.kind == "template" and "{signature}" in put.value.text:
                return put.where, put.name
        return "header", ""


@dataclass(frozen=True)
class VectorRequest:
    method: str
    base_url: str
    path: str
    query: tuple[tuple[str, object], ...]
    body: object  # a mapping's items as a dict, a list, or None when `body_text` is given
    body_text: str | None  # exact body bytes (UTF-8)
    now_ms: int


@dataclass(frozen=True)
class VectorExpect:
    url: str | None
    headers: tuple[tuple[str, str], ...]
    headers_exact: bool
    body: str | None
    has_body: bool  # `body` was stated (None: no body)
    text: str | None  # the text signed


@dataclass(frozen=True)
class Vector:
    """A known-answer vector: the chain over a published text, or a whole call."""

    id: str
    provenance: str  # published | published-wrong | derived | ccxt-4.5.90
    source: str
    api_key: str
    api_secret: str
    passphrase: str | None
    text: str | None  # the chain alone over this text ...
    signature: str | None  # ... gives this
    wrong_signature: str | None  # published-wrong: what the source printed
    request: VectorRequest | None
    expect: VectorExpect | None
    json_path: str  # "$.auth.vectors[2]": where errors point


@dataclass(frozen=True)
class Auth:
    scheme: str  # the recipe's name: docs, errors, the simulator's verifier
    source: str
    recipe: Recipe
    vectors: tuple[Vector, ...]
    body_overrides: tuple[str, ...]  # body formats endpoints choose besides the recipe's, sorted


_STEP_WORDS = {
    "sha256": "SHA-256",
    "sha512": "SHA-512",
    "hmac-sha256": "HMAC-SHA256",
    "hmac-sha384": "HMAC-SHA384",
    "hmac-sha512": "HMAC-SHA512",
}


def _render_words(rule: QueryRule | None, recipe: Recipe) -> str:
    if rule is None or rule == recipe.query:
        return "query"
    return f"query ({rule.order}, {rule.encode})"


def _part_words(part: Part, recipe: Recipe) -> str:
    kind = part.kind
    if kind in ("path", "target"):
        words = "path"
        if part.strip_prefix:
            words += f" without {part.strip_prefix}"
        if part.add_prefix:
            words = f"{part.add_prefix} + {words}"
        return words if kind == "path" else f"{words}[?{_render_words(part.query, recipe)}]"
    if kind == "query":
        return _render_words(part.query, recipe)
    if kind == "method":
        return "METHOD"
    if kind == "stamp":
        return part.text
    if kind == "literal":
        return repr(part.text)
    if kind == "digest":
        inner = " + ".join(_part_words(p, recipe) for p in part.of)
        return f"{part.output}({_STEP_WORDS[part.hash]}({inner}))"
    return {"key": "API key", "recv-window": "recv window"}.get(kind, kind)


def _value_words(value: Value) -> str:
    if value.kind in ("stamp", "literal", "template"):
        return repr(value.text) if value.kind != "stamp" else value.text
    return {"signed-passphrase": "signed passphrase", "key": "API key"}.get(value.kind, value.kind)
