"""Compile a signing recipe (`ir/auth.py`) into the Python of the exchange's generated signer.

Every choice of the recipe is resolved here, once: the generated `sign` function is straight
line code with the constants folded in (encoded parameter names and literals, the order of the
added parameters, the header names), so a call runs no interpreter and no branch on an option
the exchange does not use. That is what keeps signing as cheap as the hand-written signers it
replaced (docs/internals.md, "Signing"); the runtime supplies only shared helpers
(`exchange_sdk._runtime.signing`).

`signer_code(auth, exchange_name)` returns the module body and the runtime names it imports;
`emit/signing.py` places them in `exchange_sdk/<exchange>/_signing.py`. The generated module has:
`sign` (the recipe's body format), one `sign_<format>` per body format an endpoint chooses
instead (`body_format:` in its spec) gathered in `BODY_FORMAT_SIGNERS`, `sign_text` (the digest
chain alone, for the known-answer vectors and the signed passphrase) and `SIGNATURE` (where the
signature goes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from generator.ir.auth import Added, Auth, BodyRule, Part, QueryRule, Recipe, Stamp, Value

__all__ = ["CONTENT_TYPES", "SignerCode", "signer_code"]

CONTENT_TYPES = {"json": "application/json", "form": "application/x-www-form-urlencoded"}
"""The Content-Type an endpoint's `body_format` override sends."""

# Local names of the generated function: a stamp with one of these names gets a suffix.
_LOCALS = frozenset(
    {
        "method", "base_url", "path", "query", "body", "credentials", "now_ms", "passphrase",
        "items", "fields", "payload", "raw_query", "wire_query", "text", "signature", "headers",
        "url", "signed_path", "target", "errors", "k", "v",
    }
)  # fmt: skip
_Emit = Callable[[str], None]
_TEMPLATE_FIELD = re.compile(r"\{([a-z_.]+)\}")
_SIGNATURE = "signature"


@dataclass(frozen=True)
class SignerCode:
    code: str  # the module body after its imports
    runtime_names: tuple[str, ...]  # imported from exchange_sdk._runtime.signing
    uses_errors: bool  # imports exchange_sdk.errors
    uses_hashlib: bool

    @property
    def imports(self) -> tuple[str, ...]:
        """The module's import lines (after `from __future__ import annotations`)."""
        lines = ["import hashlib"] if self.uses_hashlib else []
        lines.append("from collections.abc import Mapping")
        if self.uses_errors:
            lines.append("from exchange_sdk import errors")
        lines.append("from exchange_sdk._runtime.messages import HttpRequest")
        lines.append(f"from exchange_sdk._runtime.signing import {', '.join(self.runtime_names)}")
        return tuple(lines)

    @property
    def module(self) -> str:
        """The whole module without its header and docstring (the validator runs it)."""
        return "\n".join(["from __future__ import annotations", *self.imports, "", self.code])


def signer_code(auth: Auth, exchange_name: str) -> SignerCode:
    writer = _Module(auth.recipe, exchange_name)
    return writer.module(auth.body_overrides)


def _encoder(encoding: str) -> str | None:
    """The runtime function that encodes one name or value, None for none."""
    return {"rfc3986": "percent_encode", "form": "form_encode"}.get(encoding)


def _encode_now(text: str, encoding: str) -> str:
    """`text` encoded as `encoding` would at run time (constants are folded at generation)."""
    from urllib.parse import quote, quote_plus

    if encoding == "rfc3986":
        return quote(text, safe="~")
    if encoding == "form":
        return quote_plus(text, safe="~")
    if encoding == "json-values" and ("[" in text or "{" in text):
        return quote(text, safe="~")
    return text


@dataclass
class _Module:
    recipe: Recipe
    exchange_name: str
    runtime: set[str] = field(default_factory=set)
    uses_errors: bool = False
    uses_hashlib: bool = False

    def module(self, overrides: Sequence[str]) -> SignerCode:
        recipe = self.recipe
        blocks: list[str] = []
        query_reserved = self._query_reserved()
        body_reserved = sorted({a.name for a in recipe.adds if a.where == "body"})
        if query_reserved:
            blocks.append(
                f"QUERY_RESERVED = {_frozenset(query_reserved)}\n"
                '"""Auth parameters the signer sets in the query: a caller parameter of the same '
                'name is dropped, never sent twice."""\n'
            )
        if body_reserved:
            blocks.append(
                f"BODY_RESERVED = {_frozenset(body_reserved)}\n"
                '"""Auth parameters the signer sets in the body."""\n'
            )
        where, name = recipe.signature_location
        blocks.append(
            f"SIGNATURE = ({where!r}, {name!r})\n"
            '"""Where the signature goes: ("header" | "query", name)."""\n'
        )
        blocks.append(self._function("sign", recipe.body))
        for fmt in overrides:
            rule = replace(recipe.body, format=fmt, encode="form", content_type=CONTENT_TYPES[fmt])
            blocks.append(self._function(f"sign_{fmt}", rule, override=fmt))
        entries = ", ".join(f"{fmt!r}: sign_{fmt}" for fmt in overrides)
        self.runtime.add("Signer")
        blocks.append(
            f"BODY_FORMAT_SIGNERS: Mapping[str, Signer] = {{{entries}}}\n"
            '"""The signer of each body format an endpoint chooses instead of the recipe\'s '
            '(`body_format:` in its spec)."""\n'
        )
        blocks.append(self._sign_text())
        return SignerCode(
            code="\n\n".join(blocks),
            runtime_names=tuple(sorted(self.runtime)),
            uses_errors=self.uses_errors,
            uses_hashlib=self.uses_hashlib,
        )

    # -- names and values ------------------------------------------------------------------

    def _query_reserved(self) -> list[str]:
        recipe = self.recipe
        names = [a.name for a in recipe.adds if a.where == "query"]
        names += [p.name for p in recipe.puts if p.where == "query"]
        return sorted(set(names))

    def _stamp_var(self, name: str) -> str:
        return f"{name}_stamp" if name in _LOCALS else name

    def _stamp(self, stamp: Stamp) -> str:
        """The expression of one stamp's text."""
        if stamp.clock == "random":
            self.runtime.add("random_hex")
            return f"random_hex({stamp.random_bytes})"
        ahead_ms = stamp.ahead_s * 1000
        if stamp.format == "iso8601":
            self.runtime.add("utc_iso8601")
            now = f"now_ms + {ahead_ms}" if ahead_ms else "now_ms"
            args = f"{now}, {stamp.fraction_digits}, {stamp.zone!r}"
            return (
                f"utc_iso8601({args})"
                if stamp.fraction_digits or stamp.zone
                else f"utc_iso8601({now})"
            )
        number = {"s": "now_ms // 1000", "ms": "now_ms", "us": "now_ms * 1000"}[stamp.unit]
        ahead = {"s": stamp.ahead_s, "ms": ahead_ms, "us": ahead_ms * 1000}[stamp.unit]
        if ahead:
            number = f"{number} + {ahead}"
        if stamp.clock == "increasing":
            return f"str(credentials.next_nonce({number}))"
        return f"str({number})"

    def _value(self, value: Value) -> str:
        """The expression of a value (a str)."""
        kind = value.kind
        if kind == "key":
            return "credentials.api_key"
        if kind == "signature":
            return _SIGNATURE
        if kind == "passphrase":
            return "passphrase"
        if kind == "signed-passphrase":
            return (
                'credentials.derived("signed-passphrase", '
                "lambda: sign_text(credentials, passphrase.encode()))"
            )
        if kind == "recv-window":
            return repr(str(self.recipe.recv_window_ms))
        if kind == "stamp":
            return self._stamp_var(value.text)
        if kind == "literal":
            return repr(value.text)
        if kind == "template":
            fields = {"key": "credentials.api_key", "signature": _SIGNATURE}
            fields |= {f"stamp.{s.name}": self._stamp_var(s.name) for s in self.recipe.stamps}
            pieces: list[str] = []
            last = 0
            for match in _TEMPLATE_FIELD.finditer(value.text):
                pieces.append(
                    value.text[last : match.start()].replace("{", "{{").replace("}", "}}")
                )
                pieces.append("{" + fields[match.group(1)] + "}")
                last = match.end()
            pieces.append(value.text[last:].replace("{", "{{").replace("}", "}}"))
            return "f" + repr("".join(pieces))
        raise ValueError(f"unknown value {kind!r}")

    def _is_constant(self, value: Value) -> bool:
        return value.kind in ("literal", "recv-window")

    def _unreserved_only(self, value: Value) -> bool:
        """A value made of digits or hex digits: no encoding ever changes it."""
        if value.kind == "recv-window":
            return True
        if value.kind != "stamp":
            return False
        stamp = next(s for s in self.recipe.stamps if s.name == value.text)
        return stamp.format == "decimal"

    def _encoded_value(self, value: Value, encoding: str) -> str:
        """The expression of a value as written in a query encoded as `encoding`."""
        if self._is_constant(value):
            text = value.text if value.kind == "literal" else str(self.recipe.recv_window_ms)
            return repr(_encode_now(text, encoding))
        expr = self._value(value)
        if encoding == "raw" or self._unreserved_only(value):
            return expr
        if value.kind == "signature":
            if self.recipe.output == "hex" or encoding == "json-values":
                return expr
            self.runtime.add("base64_in_query")
            return f"base64_in_query({expr})"
        if encoding == "json-values":
            self.runtime.add("json_values_encode")
            return f"json_values_encode({expr})"
        encoder = _encoder(encoding)
        assert encoder is not None
        self.runtime.add(encoder)
        return f"{encoder}({expr})"

    # -- the sign function -----------------------------------------------------------------

    def _function(self, name: str, body_rule: BodyRule, override: str | None = None) -> str:
        recipe = self.recipe
        self.runtime |= {"Body", "Credentials", "format_value"}
        lines: list[str] = []
        emit = lines.append
        doc = f"Sign one {self.exchange_name} request as the recipe says"
        if override:
            doc += f", with a {override} body ({CONTENT_TYPES[override]})"
        emit(
            f"def {name}(method: str, base_url: str, path: str, query: Mapping[str, object], "
            "body: Body, credentials: Credentials, now_ms: int, /) -> HttpRequest:"
        )
        emit(f'    """{doc}."""')
        if recipe.needs_passphrase:
            self.uses_errors = True
            emit("    passphrase = credentials.passphrase")
            emit("    if not passphrase:")
            emit(
                f"        raise errors.ConfigurationError({self.exchange_name + ' requires a passphrase'!r}, "
                'argument="passphrase")'
            )
        if recipe.stamps:
            emit("    # stamps")
        for stamp in recipe.stamps:
            emit(f"    {self._stamp_var(stamp.name)} = {self._stamp(stamp)}")
        self._query_items(emit, body_rule)
        self._body(emit, body_rule)
        renders = self._renders()
        self._query(emit, renders)
        self._text(emit)
        emit("    signature = sign_text(credentials, text)")
        self._puts(emit, body_rule)
        return "\n".join(lines) + "\n"

    def _query_items(self, emit: _Emit, body_rule: BodyRule) -> None:
        reserved = " if k not in QUERY_RESERVED" if self._query_reserved() else ""
        emit(
            "    # the query: the caller's parameters"
            + (", then the body's" if body_rule.format == "in-query" else "")
        )
        emit(f"    items = [(k, format_value(v)) for k, v in query.items(){reserved}]")
        if body_rule.format == "in-query":
            self.runtime.add("query_fields")
            emit("    if body:")
            arg = "QUERY_RESERVED" if reserved else "frozenset()"
            emit(f"        items += query_fields(body, {arg})")

    def _body(self, emit: _Emit, rule: BodyRule) -> None:
        if rule.format == "in-query":
            emit("    payload: bytes | None = None")
            return
        adds = [a for a in self.recipe.adds if a.where == "body"]
        emit(f"    # the body ({rule.format})")
        if rule.format == "json" and not adds:
            self.runtime.add("json_body")
            emit("    payload = json_body(body)")
        else:
            self.runtime.add("body_fields")
            arg = ", BODY_RESERVED" if adds else ""
            emit(f"    fields = body_fields(body{arg})")
            emit("    if isinstance(fields, bytes):")
            emit("        payload: bytes | None = fields")
            start = [a for a in adds if a.at_start]
            end = [a for a in adds if not a.at_start]
            indent = "    "
            if not adds:
                emit("    elif not fields:")
                emit("        payload = None")
            emit("    else:")
            if start:
                emit(f"{indent}    fields[:0] = [{self._pairs(start)}]")
            if end:
                emit(f"{indent}    fields += [{self._pairs(end)}]")
            if rule.format == "json":
                self.runtime.add("dump_json")
                emit(f"{indent}    payload = dump_json(dict(fields)).encode()")
            else:
                self.runtime.add("encode_query")
                emit(
                    f"{indent}    payload = encode_query([(k, format_value(v)) for k, v in fields], "
                    f"{rule.encode!r}).encode()"
                )
        if rule.empty is not None:
            emit('    if payload is None and method != "GET":')
            emit(f"        payload = {rule.empty.encode()!r}")

    def _pairs(self, adds: Sequence[Added]) -> str:
        return ", ".join(f"({a.name!r}, {self._value(a.value)})" for a in adds)

    def _renders(self) -> list[QueryRule]:
        """The renderings of the query the text uses besides the wire's (in order, unique)."""
        found: list[QueryRule] = []

        def visit(parts: Sequence[Part]) -> None:
            for part in parts:
                rule = part.query
                if rule is not None and rule != self.recipe.query and rule not in found:
                    found.append(rule)
                visit(part.of)

        visit(self.recipe.parts)
        return found

    def _render_var(self, rule: QueryRule | None) -> str:
        wire = self.recipe.query
        if rule is None or rule == wire:
            return "wire_query"
        if rule.order == wire.order and rule.encode == "raw":
            return "raw_query"
        return f"query_{rule.order}_{rule.encode.replace('-', '_')}"

    def _query(self, emit: _Emit, renders: list[QueryRule]) -> None:
        recipe = self.recipe
        wire = recipe.query
        adds = [a for a in recipe.adds if a.where == "query"]
        start = [a for a in adds if a.at_start]
        end = [a for a in adds if not a.at_start]
        others = [r for r in renders if self._render_var(r) not in ("wire_query", "raw_query")]

        def general(indent: str) -> None:
            if start:
                emit(f"{indent}items[:0] = [{self._pairs(start)}]")
            if len(end) == 1:
                emit(f"{indent}items.append({self._pairs(end)})")
            elif end:
                emit(f"{indent}items += [{self._pairs(end)}]")
            if wire.order == "sorted":
                emit(f"{indent}items.sort()")
            emit(f'{indent}raw_query = "&".join([f"{{k}}={{v}}" for k, v in items])')
            if wire.encode == "raw":
                emit(f"{indent}wire_query = raw_query")
            elif wire.encode == "json-values":  # only values holding [ or { are encoded
                self.runtime.add("encode_query")
                emit(
                    f'{indent}wire_query = raw_query if "[" not in raw_query and "{{" not in raw_query '
                    'else encode_query(items, "json-values")'
                )
            else:  # made of unreserved characters, the raw text is already encoded
                self.runtime |= {"is_plain", "encode_query"}
                emit(
                    f"{indent}wire_query = raw_query if is_plain(raw_query, len(items)) "
                    f"else encode_query(items, {wire.encode!r})"
                )

        if not adds:
            emit("    if items:")
            general("        ")
            emit("    else:")
            emit('        raw_query = wire_query = ""')
        else:
            # Without caller parameters the query is the added ones alone, whose order and
            # encoded names are known now: it is written out (the common case for POST).
            emit("    if items:")
            general("        ")
            emit("    else:  # only the auth parameters, in an order known now")
            ordered = sorted(adds, key=lambda a: a.name) if wire.order == "sorted" else start + end
            wire_pieces, raw_pieces = [], []
            for i, add in enumerate(ordered):
                sep = "&" if i else ""
                wire_pieces += [
                    repr(sep + _encode_now(add.name, wire.encode) + "="),
                    self._encoded_value(add.value, wire.encode),
                ]
                raw_pieces += [repr(sep + add.name + "="), self._value(add.value)]
            emit(f"        wire_query = {_fstring(wire_pieces)}")
            if wire.encode == "raw" or "raw_query" in {self._render_var(r) for r in renders}:
                same = raw_pieces == wire_pieces
                emit(f"        raw_query = {'wire_query' if same else _fstring(raw_pieces)}")
            if others:
                emit(f"        items = [{self._pairs(ordered)}]")
        for rule in others:
            var = self._render_var(rule)
            self.runtime.add("encode_query")
            arg = "sorted(items)" if rule.order == "sorted" and wire.order != "sorted" else "items"
            emit(f"    {var} = encode_query({arg}, {rule.encode!r})")

    def _text(self, emit: _Emit) -> None:
        recipe = self.recipe
        emit("    # the text signed")
        counter = [0]

        def path_expr(part: Part) -> str:
            """The path as signed: the spec path, a prefix stripped or added."""
            if not part.strip_prefix and not part.add_prefix:
                return "path"
            expr = "path"
            if part.strip_prefix:
                n = len(part.strip_prefix)
                expr = f"(path[{n}:] if path.startswith({part.strip_prefix!r}) else path)"
            if part.add_prefix:
                expr = f"{part.add_prefix!r} + {expr}"
            emit(f"    signed_path = {expr}")
            return "signed_path"

        def pieces(part: Part) -> list[tuple[str, str]]:  # (str | bytes, expression)
            kind = part.kind
            if kind == "method":
                return [("s", "method")]
            if kind == "host":
                self.runtime.add("signed_host")
                return [("s", "signed_host(base_url)")]
            if kind == "path":
                return [("s", path_expr(part))]
            if kind == "target":
                query = self._render_var(part.query)
                path_text = path_expr(part)
                emit(f'    target = f"{{{path_text}}}?{{{query}}}" if {query} else {path_text}')
                return [("s", "target")]
            if kind == "query":
                return [("s", self._render_var(part.query))]
            if kind == "body":
                return [("b", '(payload or b"")')]
            if kind in ("stamp", "key", "recv-window", "literal"):
                return [("s", self._value(Value(kind, part.text)))]
            if kind == "digest":
                self.uses_hashlib = True
                inner = _as_bytes([p for sub in part.of for p in pieces(sub)])
                var = f"digest_{counter[0]}"
                counter[0] += 1
                call = f"hashlib.{part.hash}({inner})"
                if part.output == "raw":
                    emit(f"    {var} = {call}.digest()")
                    return [("b", var)]
                if part.output == "base64":
                    self.runtime.add("b64")
                    emit(f"    {var} = b64({call}.digest())")
                else:
                    emit(f"    {var} = {call}.hexdigest()")
                return [("s", var)]
            raise ValueError(f"unknown part {kind!r}")

        all_pieces: list[tuple[str, str]] = []
        for i, part in enumerate(recipe.parts):
            if i and recipe.separator:
                all_pieces.append(("s", repr(recipe.separator)))
            all_pieces += pieces(part)
        emit(f"    text = {_as_bytes(all_pieces)}")

    def _puts(self, emit: _Emit, rule: BodyRule) -> None:
        recipe = self.recipe
        emit("    # where the results go")
        entries = [
            f"{p.name!r}: {self._value(p.value)}" for p in recipe.puts if p.where == "header"
        ]
        if rule.content_type is not None and rule.content_type_always:
            entries.append(f'"Content-Type": {rule.content_type!r}')
        emit(f"    headers: dict[str, str] = {{{', '.join(entries)}}}")
        if (
            rule.content_type is not None
            and not rule.content_type_always
            and rule.format != "in-query"
        ):
            emit("    if payload is not None:")
            emit(f'        headers["Content-Type"] = {rule.content_type!r}')
        after: list[str] = []  # the parameters put after signing: "name=value&..."
        for i, put in enumerate(p for p in recipe.puts if p.where == "query"):
            name = _encode_now(put.name, recipe.query.encode)
            after += [
                repr(f"{'&' if i else ''}{name}="),
                self._encoded_value(put.value, recipe.query.encode),
            ]
        signed = _fstring(["base_url", "path", "'?'", "wire_query"])
        if any(a.where == "query" for a in recipe.adds):  # the query is never empty
            emit(
                f"    url = {_fstring(['base_url', 'path', repr('?'), 'wire_query', *([repr('&'), *after] if after else [])])}"
            )
        elif after:
            with_query = _fstring(["base_url", "path", repr("?"), "wire_query", repr("&"), *after])
            emit(
                f"    url = {with_query} if wire_query else {_fstring(['base_url', 'path', repr('?'), *after])}"
            )
        else:
            emit(f"    url = {signed} if wire_query else base_url + path")
        emit("    return HttpRequest(method, url, headers, payload)")

    # -- the chain alone ---------------------------------------------------------------------

    def _sign_text(self) -> str:
        recipe = self.recipe
        lines = [
            "def sign_text(credentials: Credentials, text: bytes) -> str:",
            f'    """The digest chain alone over `text`: {_describe_chain(recipe)}."""',
        ]
        data = "text"
        last = len(recipe.chain) - 1
        for i, step in enumerate(recipe.chain):
            final = i == last
            if step.startswith("hmac-"):
                key = "" if recipe.key == "secret" else f", {recipe.key!r}"
                lines.append(f"    mac = credentials.hmac({step[5:]!r}{key})")
                lines.append(f"    mac.update({data})")
                obj = "mac"
            else:
                self.uses_hashlib = True
                obj = f"hashlib.{step}({data})"
            if not final:
                lines.append(f"    data = {obj}.digest()")
                data = "data"
            elif recipe.output == "hex":
                lines.append(f"    return {obj}.hexdigest()")
            else:
                self.runtime.add("b64")
                lines.append(f"    return b64({obj}.digest())")
        return "\n".join(lines) + "\n"


def _frozenset(names: Sequence[str]) -> str:
    return "frozenset({" + ", ".join(repr(n) for n in sorted(names)) + "})"


def _describe_chain(recipe: Recipe) -> str:
    steps = " then ".join(
        s.upper() if s.startswith("hmac-") else s.upper().replace("SHA", "SHA-")
        for s in recipe.chain
    )
    key = "the secret" if recipe.key == "secret" else "the base64-decoded secret"
    return f"{steps} keyed by {key}, {recipe.output}"


def _fstring(exprs: Sequence[str]) -> str:
    """One f-string (or a plain name) from string literals and expressions, literals inlined."""
    if len(exprs) == 1 and not exprs[0].startswith(("'", '"')):
        return exprs[0]
    import ast

    inner = ""
    for expr in exprs:
        if expr.startswith(("'", '"')):
            inner += str(ast.literal_eval(expr)).replace("{", "{{").replace("}", "}}")
        else:
            inner += "{" + expr + "}"
    return "f" + repr(inner)


def _as_bytes(pieces: Sequence[tuple[str, str]]) -> str:
    """One bytes expression: runs of text pieces in an f-string (encoded once), bytes pieces
    (the body, a raw digest) concatenated as they are."""
    chunks: list[str] = []
    run: list[str] = []
    for kind, expr in pieces:
        if kind == "s":
            run.append(expr)
            continue
        if run:
            chunks.append(_fstring(run) + ".encode()")
            run = []
        chunks.append(expr)
    if run:
        chunks.append(_fstring(run) + ".encode()")
    return " + ".join(chunks) if chunks else 'b""'
