"""Spec diff: classify every change between two spec trees by what it does to SDK users.

The principle is oasdiff's: narrowing what a request accepts, or widening what a response may
contain, breaks clients. Each change gets a rule name from `RULES` (the one table of rules and
their levels), the spec file and line it is at (in the new tree, or in the old one for things
that were removed), and a one-line message. The generated SDK surface (classes, methods and
keyword arguments) is compared too, from the IR of each side (`generator.spec.build`).
Reporting (Markdown, JSON, text, semver, changelog) is in `diff_report`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from generator.ir.constraints import RangeConstraint
from generator.ir.runtime import spec as runtime
from generator.ir.types import Operation, Project
from generator.spec.build import build
from generator.spec.build_params import param_constraints
from generator.spec.data import Data, mapping, sequence
from generator.spec.load import SpecDocument

__all__ = ["LEVELS", "RULES", "Change", "Level", "compare"]

Level = Literal["breaking", "potentially-breaking", "non-breaking"]
LEVELS: tuple[Level, ...] = ("breaking", "potentially-breaking", "non-breaking")
B: Level = "breaking"
P: Level = "potentially-breaking"
N: Level = "non-breaking"

# rule -> (level, what it means). docs/spec-review.md lists this table.
RULES: dict[str, tuple[Level, str]] = {
    # endpoints
    "endpoint-removed": (B, "an endpoint spec was removed: its SDK method is gone"),
    "endpoint-renamed": (B, "same method and path under another group/operation name"),
    "endpoint-method-changed": (B, "the HTTP method changed"),
    "endpoint-path-changed": (B, "the URL path changed"),
    "endpoint-added": (N, "a new endpoint"),
    "safe-to-repeat-changed": (P, "retry behaviour changes"),
    "permission-changed": (P, "the API key permission the endpoint needs changed"),
    "content-type-changed": (P, "the request content type changed"),
    # request parameters
    "param-removed": (B, "a parameter was removed (its keyword argument is gone)"),
    "param-renamed": (B, "a parameter was replaced by one of the same type and place"),
    "param-python-name-changed": (B, "the keyword argument of a parameter was renamed"),
    "param-added-required": (B, "a new required parameter"),
    "param-made-required": (B, "an optional parameter became required"),
    "param-type-changed": (B, "a parameter's type changed"),
    "param-format-changed": (B, "a parameter's format changed"),
    "enum-value-removed": (B, "a request enum lost a value"),
    "range-narrowed": (B, "a parameter's range excludes values it accepted"),
    "special-value-removed": (B, "an also_allowed value outside the range was removed"),
    "pattern-added": (B, "a string parameter must now match a pattern"),
    "pattern-changed": (P, "a parameter's pattern changed"),
    "param-location-changed": (P, "a parameter moved between query, body, header and path"),
    "param-wire-type-changed": (P, "how a parameter is encoded on the wire changed"),
    "param-unit-changed": (P, "the unit of a parameter changed"),
    "default-changed": (P, "the exchange's default for an omitted parameter changed"),
    "auth-param-added": (P, "a parameter supplied by the signer was added"),
    "auth-param-removed": (P, "a parameter supplied by the signer was removed"),
    "param-auth-changed": (P, "a parameter moved between the signer and the caller"),
    "param-added-optional": (N, "a new optional parameter"),
    "param-made-optional": (N, "a required parameter became optional"),
    "enum-value-added": (N, "a request enum gained a value"),
    "range-widened": (N, "a parameter's range accepts more values"),
    "special-value-added": (N, "a new also_allowed value"),
    "pattern-removed": (N, "a parameter's pattern was dropped"),
    # responses
    "response-field-removed": (B, "a response field was removed"),
    "response-field-type-changed": (B, "a response field's type changed"),
    "response-field-format-changed": (B, "a response field's format changed"),
    "response-field-made-optional": (B, "a required response field became optional"),
    "response-model-renamed": (B, "a response model (schema title) was renamed"),
    "response-payload-changed": (B, "where the payload sits in the envelope changed"),
    "response-field-added": (P, "a response field was added"),
    "response-enum-value-added": (P, "a response enum gained a value"),
    "response-wire-type-changed": (P, "how a response field arrives on the wire changed"),
    "response-enum-value-removed": (N, "a response enum lost a value"),
    "response-field-made-required": (N, "an optional response field became required"),
    # rate limits and errors
    "rate-limit-tightened": (P, "an enforced rate limit allows fewer calls"),
    "rate-limit-loosened": (N, "an enforced rate limit allows more calls"),
    "rate-limit-statement-changed": (N, "a recorded (not enforced) statement changed"),
    "error-code-added": (P, "a new documented error code"),
    "error-code-removed": (P, "an error code is no longer documented"),
    "error-class-changed": (P, "an error code maps to another exception class"),
    "error-retryable-changed": (P, "an error code became (non-)retryable"),
    "error-retry-after-changed": (P, "how retry_after is read from an error changed"),
    "error-meaning-changed": (N, "an error's meaning or messages changed"),
    # exchanges
    "exchange-removed": (B, "an exchange and its client classes are gone"),
    "exchange-renamed": (B, "an exchange's display name (and so its class names) changed"),
    "credentials-env-changed": (B, "the environment variables credentials fall back to changed"),
    "auth-scheme-changed": (P, "the signing scheme changed"),
    "auth-recipe-changed": (P, "what is signed, or how it is sent, changed (the auth recipe)"),
    "auth-vectors-changed": (N, "the signing recipe's known-answer vectors changed"),
    "host-changed": (P, "the default host changed"),
    "host-alternate-removed": (P, "an alternate host was removed"),
    "envelope-changed": (P, "the response envelope changed"),
    "server-time-changed": (P, "the server-time endpoint changed"),
    "timestamp-tolerance-changed": (P, "the allowed clock skew changed"),
    "rate-limit-headers-changed": (P, "the rate-limit headers read changed"),
    "exchange-added": (N, "a new exchange"),
    "host-alternate-added": (N, "a new alternate host"),
    # documentation
    "description-changed": (N, "summary, description or meaning text changed"),
    "example-changed": (N, "an example value or body changed"),
    "notes-changed": (N, "recorded notes changed"),
    "conflicts-changed": (N, "recorded conflicts between sources changed"),
    "source-changed": (N, "the source address of a fact changed"),
    "spec-changed": (N, "another change without effect on the generated SDK"),
    # generated SDK surface
    "sdk-class-removed": (B, "a public class of the SDK is gone"),
    "sdk-method-removed": (B, "a public method of the SDK is gone"),
    "sdk-kwarg-removed": (B, "a keyword argument is gone"),
    "sdk-kwarg-added-required": (B, "a new required keyword argument"),
    "sdk-kwarg-made-required": (B, "a keyword argument became required"),
    "sdk-kwarg-type-changed": (B, "the annotation of a keyword argument changed"),
    "sdk-kwarg-type-narrowed": (B, "a Literal keyword argument accepts fewer values"),
    "sdk-kwarg-type-widened": (N, "a Literal keyword argument accepts more values"),
    "sdk-class-added": (N, "a new public class"),
    "sdk-method-added": (N, "a new public method"),
    "sdk-kwarg-added": (N, "a new optional keyword argument"),
    "sdk-kwarg-made-optional": (N, "a keyword argument became optional"),
}


@dataclass(frozen=True, order=True)
class Change:
    """One classified change. `side` says which tree `file:line` points into."""

    file: str
    line: int
    rule: str
    subject: str  # "bingx spot.cancel_all_after", "bingx", "SDK BingX.spot.cancel_all_after"
    message: str
    side: Literal["base", "head"]
    area: Literal["spec", "sdk"] = "spec"

    @property
    def level(self) -> Level:
        return RULES[self.rule][0]

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "level": self.level,
            "area": self.area,
            "subject": self.subject,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "side": self.side,
        }


def _show(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass
class _Collector:
    changes: list[Change] = field(default_factory=list)

    def add(
        self, rule: str, subject: str, message: str, doc: SpecDocument, path: str, *, old: bool
    ) -> None:
        assert rule in RULES, rule
        line = doc.locate(path)[0]
        self.changes.append(
            Change(doc.path, line, rule, subject, message, "base" if old else "head")
        )


class _Pair:
    """One document on both sides, with `add` helpers that locate in the right one."""

    def __init__(self, out: _Collector, subject: str, old: SpecDocument, new: SpecDocument):
        self.out, self.subject, self.old, self.new = out, subject, old, new

    def head(self, rule: str, message: str, path: str) -> None:
        self.out.add(rule, self.subject, message, self.new, path, old=False)

    def base(self, rule: str, message: str, path: str) -> None:
        self.out.add(rule, self.subject, message, self.old, path, old=True)

    def scalar(self, rule: str, old: Data, new: Data, key: str, path: str, what: str) -> None:
        if old.get(key) != new.get(key):
            self.head(rule, f"{what}: {_show(old.get(key))} -> {_show(new.get(key))}", path)


# ------------------------------------------------------------------------------------------
# Errors (endpoint and exchange files share the shape)


def _errors(pair: _Pair, key: str, ident: str, label: str) -> None:
    old = {
        str(mapping(e).get(ident)): (i, mapping(e))
        for i, e in enumerate(sequence(pair.old.data.get(key)))
    }
    new = {
        str(mapping(e).get(ident)): (i, mapping(e))
        for i, e in enumerate(sequence(pair.new.data.get(key)))
    }
    for code in sorted(old.keys() - new.keys()):
        pair.base("error-code-removed", f"{label} {code} removed", f"$.{key}[{old[code][0]}]")
    for code in sorted(new.keys() - old.keys()):
        e = new[code][1]
        pair.head(
            "error-code-added",
            f"{label} {code} added ({e.get('class')}, retryable: {_show(e.get('retryable'))})",
            f"$.{key}[{new[code][0]}]",
        )
    for code in sorted(old.keys() & new.keys()):
        (_, a), (j, b) = old[code], new[code]
        base = f"$.{key}[{j}]"
        if a.get("class") != b.get("class"):
            pair.head(
                "error-class-changed",
                f"{label} {code}: {a.get('class')} -> {b.get('class')}",
                f"{base}.class",
            )
        pair.scalar(
            "error-retryable-changed",
            a,
            b,
            "retryable",
            f"{base}.retryable",
            f"{label} {code} retryable",
        )
        pair.scalar(
            "error-retry-after-changed",
            a,
            b,
            "retry_after",
            f"{base}.retry_after",
            f"{label} {code} retry_after",
        )
        pair.scalar(
            "error-retry-after-changed",
            a,
            b,
            "http_status",
            f"{base}.http_status",
            f"{label} {code} HTTP status",
        )
        if a.get("meaning") != b.get("meaning") or a.get("messages") != b.get("messages"):
            pair.head("error-meaning-changed", f"{label} {code}: meaning or messages changed", base)


def _notes(pair: _Pair) -> None:
    for key, rule in (("notes", "notes-changed"), ("conflicts", "conflicts-changed")):
        a, b = sequence(pair.old.data.get(key)), sequence(pair.new.data.get(key))
        if a != b:
            pair.head(rule, f"{key}: {len(a)} -> {len(b)} entries, text changed", f"$.{key}")
    pair.scalar("source-changed", pair.old.data, pair.new.data, "source", "$.source", "source")


def _rest(pair: _Pair, handled: Iterable[str]) -> None:
    """Any top-level key no rule above looked at: reported, never silently dropped."""
    done = set(handled)
    for key in sorted((pair.old.data.keys() | pair.new.data.keys()) - done):
        if pair.old.data.get(key) != pair.new.data.get(key):
            pair.head("spec-changed", f"{key} changed", f"$.{key}")


# ------------------------------------------------------------------------------------------
# Exchange files


def _exchange(pair: _Pair) -> None:
    a, b = pair.old.data, pair.new.data
    pair.scalar("exchange-renamed", a, b, "name", "$.name", "name")
    ha, hb = mapping(a.get("hosts")), mapping(b.get("hosts"))
    pair.scalar("host-changed", ha, hb, "default", "$.hosts.default", "default host")
    alt_a, alt_b = (
        {str(h) for h in sequence(ha.get("alternates"))},
        {str(h) for h in sequence(hb.get("alternates"))},
    )
    for h in sorted(alt_a - alt_b):
        pair.base("host-alternate-removed", f"alternate host {h} removed", "$.hosts.alternates")
    for h in sorted(alt_b - alt_a):
        pair.head("host-alternate-added", f"alternate host {h} added", "$.hosts.alternates")
    aa, ab = mapping(a.get("auth")), mapping(b.get("auth"))
    pair.scalar("auth-scheme-changed", aa, ab, "scheme", "$.auth.scheme", "auth scheme")
    pair.scalar(
        "credentials-env-changed", aa, ab, "credentials", "$.auth.credentials", "credentials"
    )
    pair.scalar(
        "timestamp-tolerance-changed",
        aa,
        ab,
        "timestamp_tolerance_ms",
        "$.auth.timestamp_tolerance_ms",
        "timestamp tolerance (ms)",
    )
    ra, rb = mapping(aa.get("recipe")), mapping(ab.get("recipe"))
    for sub in sorted(ra.keys() | rb.keys()):
        pair.scalar(
            "auth-recipe-changed", ra, rb, sub, f"$.auth.recipe.{sub}", f"auth.recipe.{sub}"
        )
    pair.scalar("auth-vectors-changed", aa, ab, "vectors", "$.auth.vectors", "auth vectors")
    for key, rule in (
        ("envelope", "envelope-changed"),
        ("server_time", "server-time-changed"),
        ("rate_limit_headers", "rate-limit-headers-changed"),
    ):
        ka, kb = mapping(a.get(key)), mapping(b.get(key))
        for sub in sorted(ka.keys() | kb.keys()):
            if sub != "source":
                pair.scalar(rule, ka, kb, sub, f"$.{key}.{sub}", f"{key}.{sub}")
    _errors(pair, "errors", "code", "error code")
    _errors(pair, "http_errors", "status", "HTTP error status")
    _notes(pair)
    _rest(
        pair,
        [
            "kind",
            "exchange",
            "name",
            "hosts",
            "auth",
            "envelope",
            "server_time",
            "rate_limit_headers",
            "errors",
            "http_errors",
            "notes",
            "conflicts",
            "source",
        ],
    )


# ------------------------------------------------------------------------------------------
# Parameters


def _range_of(p: Data) -> RangeConstraint:
    found = next((c for c in param_constraints(p) if isinstance(c, RangeConstraint)), None)
    return found or RangeConstraint()


def _range(pair: _Pair, name: str, a: Data, b: Data, path: str) -> None:
    old, new = _range_of(a), _range_of(b)
    text = (
        f"parameter {name} range: {old.range_text('x') or 'unbounded'}"
        f" -> {new.range_text('x') or 'unbounded'}"
    )
    if new.narrows(old):
        pair.head("range-narrowed", text, path)
    elif new.widens(old):
        pair.head("range-widened", text, path)


def _enum_values(p: Data) -> dict[str, Data]:
    return {
        _show(mapping(e).get("value")): {**mapping(e), "#": i}
        for i, e in enumerate(sequence(p.get("enum")))
    }


def _index(doc: SpecDocument, name: str) -> int:
    names = [mapping(p).get("name") for p in sequence(doc.data.get("params"))]
    return names.index(name) if name in names else 0


def _param(pair: _Pair, a: Data, b: Data, path: str) -> None:
    name = str(b.get("name"))
    what = f"parameter {name}"
    pair.scalar("param-type-changed", a, b, "type", f"{path}.type", f"{what} type")
    pair.scalar("param-format-changed", a, b, "format", f"{path}.format", f"{what} format")
    pair.scalar("param-location-changed", a, b, "in", f"{path}.in", f"{what} location")
    pair.scalar(
        "param-wire-type-changed", a, b, "wire_type", f"{path}.wire_type", f"{what} wire_type"
    )
    pair.scalar("param-unit-changed", a, b, "unit", f"{path}.unit", f"{what} unit")
    pair.scalar(
        "param-python-name-changed",
        a,
        b,
        "python_name",
        f"{path}.python_name",
        f"{what} python_name",
    )
    pair.scalar("param-auth-changed", a, b, "auth", f"{path}.auth", f"{what} auth")
    pair.scalar("default-changed", a, b, "default", f"{path}.default", f"{what} default")
    if bool(a.get("required")) != bool(b.get("required")):
        rule = "param-made-required" if b.get("required") else "param-made-optional"
        pair.head(
            rule,
            f"{what} is now {'required' if b.get('required') else 'optional'}",
            f"{path}.required",
        )
    ea, eb = _enum_values(a), _enum_values(b)
    for v in sorted(ea.keys() - eb.keys()):
        pair.base(
            "enum-value-removed",
            f"{what}: enum value {v} removed",
            f"{path}.enum[{ea[v]['#']}]".replace(
                f"$.params[{_index(pair.new, name)}]", f"$.params[{_index(pair.old, name)}]"
            ),
        )
    for v in sorted(eb.keys() - ea.keys()):
        pair.head("enum-value-added", f"{what}: enum value {v} added", f"{path}.enum[{eb[v]['#']}]")
    if any(ea[v].get("meaning") != eb[v].get("meaning") for v in ea.keys() & eb.keys()):
        pair.head("description-changed", f"{what}: enum meanings changed", f"{path}.enum")
    _range(pair, name, a, b, path)
    sa = {_show(mapping(x).get("value")) for x in sequence(a.get("also_allowed"))}
    sb = {_show(mapping(x).get("value")) for x in sequence(b.get("also_allowed"))}
    for v in sorted(sa - sb):
        pair.base(
            "special-value-removed", f"{what}: special value {v} removed", f"{path}.also_allowed"
        )
    for v in sorted(sb - sa):
        pair.head("special-value-added", f"{what}: special value {v} added", f"{path}.also_allowed")
    pa, pb = a.get("pattern"), b.get("pattern")
    if pa != pb:
        rule = (
            "pattern-added"
            if pa is None
            else "pattern-removed"
            if pb is None
            else "pattern-changed"
        )
        pair.head(rule, f"{what} pattern: {_show(pa)} -> {_show(pb)}", f"{path}.pattern")
    pair.scalar(
        "description-changed", a, b, "description", f"{path}.description", f"{what} description"
    )
    pair.scalar("example-changed", a, b, "example", f"{path}.example", f"{what} example")
    pair.scalar("source-changed", a, b, "source", f"{path}.source", f"{what} source")


def _params(pair: _Pair) -> None:
    old = {
        str(mapping(p).get("name")): (i, mapping(p))
        for i, p in enumerate(sequence(pair.old.data.get("params")))
    }
    new = {
        str(mapping(p).get("name")): (i, mapping(p))
        for i, p in enumerate(sequence(pair.new.data.get("params")))
    }
    removed = sorted(old.keys() - new.keys())
    added = sorted(new.keys() - old.keys())
    if len(removed) == 1 and len(added) == 1:
        (i, a), (j, b) = old[removed[0]], new[added[0]]
        same = all(a.get(k) == b.get(k) for k in ("type", "in", "auth"))
        if same and not a.get("auth"):
            pair.head(
                "param-renamed", f"parameter {removed[0]} renamed to {added[0]}", f"$.params[{j}]"
            )
            _param(pair, {**a, "name": added[0]}, b, f"$.params[{j}]")
            removed, added = [], []
    for name in removed:
        i, a = old[name]
        rule = "auth-param-removed" if a.get("auth") else "param-removed"
        pair.base(rule, f"parameter {name} removed", f"$.params[{i}]")
    for name in added:
        j, b = new[name]
        if b.get("auth"):
            rule = "auth-param-added"
        else:
            rule = "param-added-required" if b.get("required") else "param-added-optional"
        kind = "required" if b.get("required") else "optional"
        pair.head(
            rule,
            f"{kind} parameter {name} ({b.get('type')}, in {b.get('in')}) added",
            f"$.params[{j}]",
        )
    for name in sorted(old.keys() & new.keys()):
        _param(pair, old[name][1], new[name][1], f"$.params[{new[name][0]}]")


# ------------------------------------------------------------------------------------------
# Responses


def _fields(
    schema: Data, path: str, json_path: str, required: bool, out: dict[str, tuple[str, Data, bool]]
) -> None:
    out[path] = (json_path, schema, required)
    req = {str(r) for r in sequence(schema.get("required"))}
    for name, sub in mapping(schema.get("properties")).items():
        _fields(
            mapping(sub),
            f"{path}.{name}" if path else name,
            f"{json_path}.properties.{name}",
            name in req,
            out,
        )
    items = schema.get("items")
    if isinstance(items, Mapping):
        _fields(mapping(items), f"{path}[]", f"{json_path}.items", True, out)


def _types(schema: Data) -> list[str]:
    t = schema.get("type")
    return sorted(str(x) for x in sequence(t)) if isinstance(t, list) else [str(t)] if t else []


def _response(pair: _Pair) -> None:
    ra, rb = mapping(pair.old.data.get("response")), mapping(pair.new.data.get("response"))
    pair.scalar(
        "response-payload-changed", ra, rb, "payload", "$.response.payload", "payload field"
    )
    fa: dict[str, tuple[str, Data, bool]] = {}
    fb: dict[str, tuple[str, Data, bool]] = {}
    _fields(mapping(ra.get("schema")), "", "$.response.schema", True, fa)
    _fields(mapping(rb.get("schema")), "", "$.response.schema", True, fb)
    for f in sorted(fa.keys() - fb.keys()):
        if f.rsplit(".", 1)[0] in fa.keys() - fb.keys() and "." in f:
            continue  # a child of a removed field: the parent's removal says it
        pair.base("response-field-removed", f"response field {f} removed", fa[f][0])
    for f in sorted(fb.keys() - fa.keys()):
        if "." in f and f.rsplit(".", 1)[0] in fb.keys() - fa.keys():
            continue
        pair.head("response-field-added", f"response field {f} added", fb[f][0])
    for f in sorted(fa.keys() & fb.keys()):
        (_, a, req_a), (jp, b, req_b) = fa[f], fb[f]
        label = f"response field {f or '(payload)'}"
        if _types(a) != _types(b):
            pair.head(
                "response-field-type-changed",
                f"{label} type: {_types(a)} -> {_types(b)}",
                f"{jp}.type",
            )
        pair.scalar(
            "response-field-format-changed", a, b, "format", f"{jp}.format", f"{label} format"
        )
        pair.scalar(
            "response-wire-type-changed",
            a,
            b,
            "x-wire-type",
            f"{jp}.x-wire-type",
            f"{label} x-wire-type",
        )
        pair.scalar("response-model-renamed", a, b, "title", f"{jp}.title", f"{label} model")
        if req_a and not req_b:
            pair.head("response-field-made-optional", f"{label} is no longer required", jp)
        elif req_b and not req_a:
            pair.head("response-field-made-required", f"{label} is now required", jp)
        va, vb = (
            {_show(v) for v in sequence(a.get("enum"))},
            {_show(v) for v in sequence(b.get("enum"))},
        )
        for v in sorted(vb - va):
            pair.head("response-enum-value-added", f"{label}: enum value {v} added", f"{jp}.enum")
        for v in sorted(va - vb):
            pair.base(
                "response-enum-value-removed", f"{label}: enum value {v} removed", f"{jp}.enum"
            )
        if a.get("description") != b.get("description") or a.get("x-enum-meanings") != b.get(
            "x-enum-meanings"
        ):
            pair.head("description-changed", f"{label}: description changed", jp)
    for key in ("example", "example_kind", "example_source"):
        pair.scalar("example-changed", ra, rb, key, f"$.response.{key}", f"response {key}")


# ------------------------------------------------------------------------------------------
# Endpoint files


def _endpoint(pair: _Pair, ops: tuple[Mapping[str, Operation], Mapping[str, Operation]]) -> None:
    a, b = pair.old.data, pair.new.data
    pair.scalar("endpoint-method-changed", a, b, "method", "$.method", "method")
    pair.scalar("endpoint-path-changed", a, b, "path", "$.path", "path")
    pair.scalar(
        "safe-to-repeat-changed", a, b, "safe_to_repeat", "$.safe_to_repeat", "safe_to_repeat"
    )
    pair.scalar("permission-changed", a, b, "permission", "$.permission", "permission")
    pair.scalar("content-type-changed", a, b, "content_type", "$.content_type", "content type")
    for key in ("summary", "description"):
        pair.scalar("description-changed", a, b, key, f"$.{key}", key)
    _params(pair)
    pair.scalar("example-changed", a, b, "request_example", "$.request_example", "request example")
    _rate_limits(pair, ops)
    _errors(pair, "errors", "code", "error code")
    _response(pair)
    _notes(pair)
    _rest(
        pair,
        [
            "kind",
            "exchange",
            "group",
            "operation",
            "method",
            "path",
            "safe_to_repeat",
            "permission",
            "content_type",
            "summary",
            "description",
            "params",
            "request_example",
            "rate_limits",
            "errors",
            "response",
            "notes",
            "conflicts",
            "source",
        ],
    )


def _limit(r: runtime.RateLimitRule) -> str:
    form = ", draining" if r.continuous else ""
    return f"{r.count}/{r.interval_ms} ms (weight {r.weight}{form})"


def _rate_limits(pair: _Pair, ops: tuple[Mapping[str, Operation], Mapping[str, Operation]]) -> None:
    key = pair.new.path
    old_op, new_op = ops[0].get(pair.old.path), ops[1].get(key)
    if old_op is None or new_op is None:
        return
    la = {r.key: r for r in old_op.rate_limits}
    lb = {r.key: r for r in new_op.rate_limits}
    where = "$.rate_limits.enforced"
    for k in sorted(la.keys() | lb.keys()):
        ra, rb = la.get(k), lb.get(k)
        if ra is None and rb is not None:
            pair.head(
                "rate-limit-tightened",
                f"new enforced limit {rb.count} per {rb.interval_ms} ms ({k})",
                where,
            )
        elif rb is None and ra is not None:
            pair.base(
                "rate-limit-loosened",
                f"enforced limit {ra.count} per {ra.interval_ms} ms ({k}) dropped",
                where,
            )
        elif ra is not None and rb is not None and ra != rb:
            per_a = ra.count / ra.interval_ms / ra.weight
            per_b = rb.count / rb.interval_ms / rb.weight
            text = f"{k}: {_limit(ra)} -> {_limit(rb)}"
            if per_b < per_a or rb.count < ra.count or (ra.continuous and not rb.continuous):
                pair.head("rate-limit-tightened", text, where)
            else:
                pair.head("rate-limit-loosened", text, where)
    sa, sb = mapping(pair.old.data.get("rate_limits")), mapping(pair.new.data.get("rate_limits"))
    if (sa.get("statements"), sa.get("reason")) != (sb.get("statements"), sb.get("reason")):
        pair.head(
            "rate-limit-statement-changed",
            "rate-limit statements or reason changed",
            "$.rate_limits",
        )


# ------------------------------------------------------------------------------------------
# SDK surface


@dataclass(frozen=True)
class _Kwarg:
    required: bool
    annotation: str
    doc: SpecDocument
    json_path: str


def _surface(
    project: Project, docs: Mapping[str, SpecDocument]
) -> tuple[
    dict[str, tuple[SpecDocument, str]], dict[str, tuple[SpecDocument, str]], dict[str, _Kwarg]
]:
    classes: dict[str, tuple[SpecDocument, str]] = {}
    methods: dict[str, tuple[SpecDocument, str]] = {}
    kwargs: dict[str, _Kwarg] = {}
    for ex in project.exchanges:
        exdoc = docs[ex.spec_path]
        classes[ex.sync_class] = (exdoc, "$.name")
        classes[ex.async_class] = (exdoc, "$.name")
        for g in ex.groups:
            for op in g.operations:
                doc = docs[op.spec_path]
                classes[g.sync_class] = (doc, "$.group")
                classes[g.async_class] = (doc, "$.group")
                for title, jp in _titles(op.response_schema, "$.response.schema"):
                    classes[f"{ex.id}.models.{title}"] = (doc, jp)
                method = f"{ex.sync_class}.{g.name}.{op.name}"
                methods[method] = (doc, "$.operation")
                index = {
                    str(mapping(p).get("name")): i
                    for i, p in enumerate(sequence(doc.data.get("params")))
                }
                for p in op.params:
                    kwargs[f"{method}({p.python_name})"] = _Kwarg(
                        p.required,
                        p.annotation if p.required else f"{p.annotation} | None",
                        doc,
                        f"$.params[{index.get(p.wire_name, 0)}]",
                    )
    return classes, methods, kwargs


def _titles(schema: Mapping[str, object], path: str) -> Iterable[tuple[str, str]]:
    if isinstance(schema.get("title"), str):
        yield str(schema["title"]), f"{path}.title"
    for name, sub in mapping(schema.get("properties")).items():
        yield from _titles(mapping(sub), f"{path}.properties.{name}")
    if isinstance(schema.get("items"), Mapping):
        yield from _titles(mapping(schema["items"]), f"{path}.items")


def _literal_values(annotation: str) -> set[str] | None:
    match = re.fullmatch(r"Literal\[(.*)\]( \| None)?", annotation)
    return {v.strip() for v in match.group(1).split(",")} if match else None


def _annotation_rule(old: str, new: str) -> str:
    a, b = _literal_values(old), _literal_values(new)
    if a is not None and b is not None and old.endswith("None") == new.endswith("None"):
        return "sdk-kwarg-type-widened" if a <= b else "sdk-kwarg-type-narrowed"
    return "sdk-kwarg-type-changed"


def _sdk(out: _Collector, old: Sequence[SpecDocument], new: Sequence[SpecDocument]) -> None:
    ca, ma, ka = _surface(build(old), {d.path: d for d in old})
    cb, mb, kb = _surface(build(new), {d.path: d for d in new})

    def add(
        rule: str, name: str, message: str, where: tuple[SpecDocument, str], is_old: bool
    ) -> None:
        doc, jp = where
        line = doc.locate(jp)[0]
        out.changes.append(
            Change(
                doc.path, line, rule, f"SDK {name}", message, "base" if is_old else "head", "sdk"
            )
        )

    for kind, a, b in (("class", ca, cb), ("method", ma, mb)):
        for n in sorted(a.keys() - b.keys()):
            add(f"sdk-{kind}-removed", n, f"{kind} {n} removed", a[n], True)
        for n in sorted(b.keys() - a.keys()):
            add(f"sdk-{kind}-added", n, f"{kind} {n} added", b[n], False)
    for n in sorted(ka.keys() - kb.keys()):
        add("sdk-kwarg-removed", n, "keyword argument removed", (ka[n].doc, ka[n].json_path), True)
    for n in sorted(kb.keys() - ka.keys()):
        method = n.split("(")[0]
        if method not in mb.keys() - ma.keys():  # a new method's arguments come with it
            rule = "sdk-kwarg-added-required" if kb[n].required else "sdk-kwarg-added"
            add(
                rule,
                n,
                f"keyword argument added: {kb[n].annotation}",
                (kb[n].doc, kb[n].json_path),
                False,
            )
    for n in sorted(ka.keys() & kb.keys()):
        x, y = ka[n], kb[n]
        if x.required != y.required:
            rule = "sdk-kwarg-made-required" if y.required else "sdk-kwarg-made-optional"
            add(
                rule,
                n,
                f"now {'required' if y.required else 'optional'}",
                (y.doc, y.json_path),
                False,
            )
        elif x.annotation != y.annotation:
            add(
                _annotation_rule(x.annotation, y.annotation),
                n,
                f"annotation {x.annotation} -> {y.annotation}",
                (y.doc, y.json_path),
                False,
            )


# ------------------------------------------------------------------------------------------
# Entry point


def _subject(doc: SpecDocument) -> str:
    d = doc.data
    if doc.kind == "exchange":
        return str(d.get("exchange"))
    return f"{d.get('exchange')} {d.get('group')}.{d.get('operation')}"


def compare(old: Sequence[SpecDocument], new: Sequence[SpecDocument]) -> list[Change]:
    """Every change from `old` to `new` (both validated), sorted by level, file and line."""
    out = _Collector()
    oa = {d.path: d for d in old}
    nb = {d.path: d for d in new}
    ops = (
        {op.spec_path: op for op in build(old).operations},
        {op.spec_path: op for op in build(new).operations},
    )
    by_route: Callable[[SpecDocument], tuple[str, str, str]] = lambda d: (  # noqa: E731
        str(d.data.get("exchange")),
        str(d.data.get("method")),
        str(d.data.get("path")),
    )
    removed = [oa[p] for p in sorted(oa.keys() - nb.keys())]
    added = [nb[p] for p in sorted(nb.keys() - oa.keys())]
    routes_new = {by_route(d): d for d in added if d.kind == "endpoint"}
    for d in removed:
        moved = routes_new.pop(by_route(d), None) if d.kind == "endpoint" else None
        if moved is not None:
            added.remove(moved)
            pair = _Pair(out, _subject(moved), d, moved)
            pair.head("endpoint-renamed", f"{_subject(d)} is now {_subject(moved)}", "$.operation")
            _endpoint(pair, ops)
            continue
        rule = "exchange-removed" if d.kind == "exchange" else "endpoint-removed"
        where = f" ({d.data.get('method')} {d.data.get('path')})" if d.kind == "endpoint" else ""
        out.add(rule, _subject(d), f"{_subject(d)}{where} removed", d, "$", old=True)
    for d in added:
        rule = "exchange-added" if d.kind == "exchange" else "endpoint-added"
        where = f" ({d.data.get('method')} {d.data.get('path')})" if d.kind == "endpoint" else ""
        out.add(rule, _subject(d), f"{_subject(d)}{where} added", d, "$", old=False)
    for p in sorted(oa.keys() & nb.keys()):
        if oa[p].sha256 == nb[p].sha256:
            continue
        pair = _Pair(out, _subject(nb[p]), oa[p], nb[p])
        if nb[p].kind == "exchange":
            _exchange(pair)
        else:
            _endpoint(pair, ops)
        if oa[p].data == nb[p].data:
            continue  # comments or layout only
    _sdk(out, old, new)
    order = {lvl: i for i, lvl in enumerate(LEVELS)}
    return sorted(
        set(out.changes), key=lambda c: (order[c.level], c.area, c.file, c.line, c.rule, c.message)
    )
