"""Base classes of the generated response models.

The only runtime module that imports pydantic; the client imports it when the first response
is parsed, so ``import exchange_sdk`` and building a client stay free of pydantic's import cost.

Models accept fields they do not know yet (``extra="allow"``: exchanges add fields) and can be
filled by wire name or Python name. The raw HTTP response of the call that produced a model is
reachable as ``model.raw_response`` (status, headers, body, elapsed). It lives in pydantic's
private-attribute storage but is deliberately not declared with ``PrivateAttr``: a declared
private attribute makes pydantic run an extra initialisation step on every validation, which
more than doubles the cost of parsing a small response.

``json_parser`` builds, once per response model and envelope, a pydantic-core validator that
checks the envelope and validates the payload straight from the JSON bytes (no ``json.loads``,
no intermediate dicts). It is a fast path only: it accepts exactly the documents the slow path
(``envelope.unwrap`` with exact Decimal floats, then ``model_validate``) turns into the same
model, and refuses everything else (the client then takes the slow path, which raises the usual
errors). Every int/bool/Decimal field first checks the JSON token type (str, int or bool,
strictly, and for a Decimal also a float) and then runs its own validator on the very Python
value ``json.loads`` would have produced; extra fields accept any JSON. JSON floats are where
the two could differ (pydantic-core reads a float token as a binary double): a float becomes
``jsonfloat.from_double``'s Decimal, which is the slow path's ``from_token`` of the token
whenever the token has at most 15 significant digits, so a body that held a float is refused
when ``jsonfloat.may_hold_long_floats`` says it may hold a longer one (and zero, subnormal and
infinite doubles are refused outright). Floats where the model wants an int or a bool are
refused too. Models using anything else (Any, dict, float, validators, smart unions...) get
no fast path.
"""

from __future__ import annotations

import _thread
import os
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, RootModel
from pydantic_core import SchemaValidator

from .jsonfloat import from_double, may_hold_long_floats
from .messages import HttpResponse

__all__ = [
    "ResponseModel",
    "ResponseRootModel",
    "attach_lenient_fields",
    "attach_raw_response",
    "json_parser",
]

T = TypeVar("T")

_RAW = "_raw_response"
_LENIENT = "_lenient_fields"


def _raw_of(model: BaseModel) -> HttpResponse:
    private = model.__pydantic_private__
    raw = private.get(_RAW) if private else None
    if raw is None:
        raise AttributeError("raw_response is only set on models returned by a client call")
    assert isinstance(raw, HttpResponse)
    return raw


def attach_raw_response(model: BaseModel, response: HttpResponse) -> None:
    """Record the response a model was parsed from (used by the client after validation)."""
    private = model.__pydantic_private__
    if private is None:
        object.__setattr__(model, "__pydantic_private__", {_RAW: response})
    else:
        private[_RAW] = response


def attach_lenient_fields(model: BaseModel, dropped: dict[str, object]) -> None:
    """Record the decorative fields read as None and what they held (``lenient.repair``)."""
    private = model.__pydantic_private__
    if private is None:
        object.__setattr__(model, "__pydantic_private__", {_LENIENT: dropped})
    else:
        private[_LENIENT] = dropped


def _lenient_of(model: BaseModel) -> dict[str, object]:
    private = model.__pydantic_private__
    found = private.get(_LENIENT) if private else None
    return dict(found) if isinstance(found, dict) else {}


class ResponseModel(BaseModel):
    """Base of every generated object response model."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    @property
    def raw_response(self) -> HttpResponse:
        """The HTTP response this model was parsed from: status, headers, body, elapsed."""
        return _raw_of(self)

    @property
    def lenient_fields(self) -> dict[str, object]:
        """The decorative fields that did not fit their type and were read as None, by path
        (``orders[0].stopPrice``), with the raw values they held; empty for most answers."""
        return _lenient_of(self)


class ResponseRootModel(RootModel[list[T]], Generic[T]):
    """Base of every generated list response model: iterable, sized and indexable."""

    @property
    def raw_response(self) -> HttpResponse:
        """The HTTP response this model was parsed from: status, headers, body, elapsed."""
        return _raw_of(self)

    @property
    def lenient_fields(self) -> dict[str, object]:
        """The decorative fields that did not fit their type and were read as None, by path
        (``[0].price``), with the raw values they held; empty for most answers."""
        return _lenient_of(self)

    def __iter__(self) -> Iterator[T]:  # type: ignore[override]
        return iter(self.root)

    def __len__(self) -> int:
        return len(self.root)

    def __getitem__(self, index: int) -> T:
        return self.root[index]


# ---------------------------------------------------------------------------- JSON fast path

_JSON_REF = "exchange_sdk._runtime.models:json-value"
_TOKEN_ORDER = {  # the likeliest JSON token first (a failed try costs about 0.1 us)
    "int": ("int", "str", "bool"),
    "decimal": ("str", "int", "float", "bool"),
    "bool": ("bool", "str", "int"),
}
# Where the spec says a field usually arrives as another token (the models module's
# WIRE_TOKENS: Kraken Futures' Decimals as JSON numbers, Gate's countdown as a string), that
# token goes first; only the order of the tries changes, never what is accepted. "float"
# always comes after "int": a strict float accepts an integer token too, which must stay an
# integer (Decimal('5'), not Decimal('5.0')).
_FIRST = {
    "int": {"int": ("int", "str", "bool"), "decimal": ("int", "float", "str", "bool")},
    "str": {"int": ("str", "int", "bool"), "decimal": ("str", "int", "float", "bool")},
}
_build_lock = _thread.allocate_lock()


def _renew_lock_in_child() -> None:
    # A lock another thread of the parent held at the fork (building a validator) stays held
    # in the child, and its first call would wait for it forever.
    global _build_lock
    _build_lock = _thread.allocate_lock()


os.register_at_fork(after_in_child=_renew_lock_in_child)
_works: bool | None = None  # whether this pydantic-core honours the rewritten nested models


class _Unsupported(Exception):
    pass


def _json_ref() -> dict[str, Any]:
    return {"type": "definition-ref", "schema_ref": _JSON_REF}


def _json_definition() -> dict[str, Any]:
    """Any JSON value, floats as exact Decimals (extra fields, the envelope's code)."""
    return {
        "type": "union",
        "ref": _JSON_REF,
        "mode": "left_to_right",
        "choices": [
            {"type": "str", "strict": True},
            {"type": "int", "strict": True},
            {"type": "chain", "steps": _token_steps("float")},
            {"type": "bool", "strict": True},
            {"type": "none"},
            {"type": "list", "items_schema": _json_ref()},
            {"type": "dict", "keys_schema": {"type": "str"}, "values_schema": _json_ref()},
        ],
    }


def _from_double(value: float, info: Any) -> Decimal:
    seen = info.context  # the parser's list: it checks the body for floats a double cannot hold
    if seen is None:  # called without one (not through _exact): nothing would check the body
        raise ValueError("a JSON float is read from its token here")
    seen.append(None)
    return from_double(value)


# A JSON float: strictly a float token (or an integer one, tried earlier), then the exact
# Decimal of its double (jsonfloat.from_double), which the parser vouches for afterwards.
_FLOAT_STEPS: list[dict[str, Any]] = [
    {"type": "float", "strict": True},
    {"type": "function-plain", "function": {"type": "with-info", "function": _from_double}},
]


def _token_steps(token: str) -> list[dict[str, Any]]:
    return list(_FLOAT_STEPS) if token == "float" else [{"type": token, "strict": True}]


def _by_token(kind: str, leaf: dict[str, Any], first: object = None) -> dict[str, Any]:
    order = _FIRST.get(first, {}).get(kind) if isinstance(first, str) else None
    return {
        "type": "union",
        "mode": "left_to_right",
        "choices": [
            {"type": "chain", "steps": [*_token_steps(token), leaf]}
            for token in order or _TOKEN_ORDER[kind]
        ],
    }


def _rewrite(
    schema: Any, classes: set[type[Any]], extra: str | None = None, tokens: object = None
) -> dict[str, Any]:
    """A copy of a core schema that reads JSON floats as ``from_double``'s Decimals (and
    refuses them where an int or bool is wanted); raises _Unsupported. ``tokens`` is
    the part of the model's ``WIRE_TOKENS`` tree at this schema (None: the default order)."""
    kind = schema["type"]
    if kind == "str" or (kind == "enum" and schema.get("sub_type") == "str"):
        return dict(schema)
    if kind in _TOKEN_ORDER:
        return _by_token(kind, dict(schema), tokens if kind != "bool" else None)
    out = dict(schema)
    if kind in ("nullable", "default", "model-field"):
        out["schema"] = _rewrite(schema["schema"], classes, None, tokens)
    elif kind == "model":
        if schema.get("post_init") or schema.get("custom_init"):
            raise _Unsupported(kind)
        classes.add(schema["cls"])
        extra = schema.get("config", {}).get("extra_fields_behavior")
        out["schema"] = _rewrite(schema["schema"], classes, extra, tokens)
    elif kind == "list":
        if "items_schema" not in schema:
            raise _Unsupported("list of Any")
        below = tokens.get("[]") if isinstance(tokens, dict) else None
        out["items_schema"] = _rewrite(schema["items_schema"], classes, None, below)
    elif kind == "model-fields":
        if "extras_schema" in schema or schema.get("computed_fields"):
            raise _Unsupported(kind)
        table = tokens if isinstance(tokens, dict) else {}
        out["fields"] = {
            name: _rewrite(f, classes, None, table.get(f.get("validation_alias", name)))
            for name, f in schema["fields"].items()
        }
        if schema.get("extra_behavior", extra) == "allow":
            out["extras_schema"] = _json_ref()
    elif kind == "union":
        if schema.get("mode") != "left_to_right":
            raise _Unsupported("smart union")
        out["choices"] = [
            (_rewrite(c[0], classes, None, tokens), c[1])
            if isinstance(c, tuple)
            else _rewrite(c, classes, None, tokens)
            for c in schema["choices"]
        ]
    elif kind == "definitions":
        # A definition may be used at several places of the tree: it keeps the default order.
        out["schema"] = _rewrite(schema["schema"], classes, None, tokens)
        out["definitions"] = [_rewrite(d, classes) for d in schema["definitions"]]
    elif kind != "definition-ref":
        raise _Unsupported(kind)
    return out


def _validator(
    model: type[BaseModel],
    code_field: str | None,
    payload_field: str | None,
    tokens: object = None,
) -> Callable[[bytes], Any]:
    classes: set[type[Any]] = set()
    payload = _rewrite(model.__pydantic_core_schema__, classes, None, tokens)
    if code_field is None and payload_field is None:
        schema = payload
    else:
        fields: dict[str, Any] = {}
        if code_field is not None:
            fields["c"] = {
                "type": "typed-dict-field",
                "schema": _json_ref(),
                "required": False,
                "validation_alias": code_field,
            }
        if payload_field is not None:
            fields["p"] = {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": payload},
                "required": False,
                "validation_alias": payload_field,
            }
        schema = {"type": "typed-dict", "fields": fields}
    schema = {"type": "definitions", "schema": schema, "definitions": [_json_definition()]}
    # pydantic-core reuses a complete model class's own validator for a nested "model" schema
    # (which would accept floats): mark the classes incomplete while building (as
    # BaseModel.model_rebuild does), under a lock so two builds never interleave.
    restore = [cls for cls in classes if cls.__dict__.get("__pydantic_complete__") is True]
    try:
        for cls in restore:
            cls.__pydantic_complete__ = False
        validator = SchemaValidator(schema)
    finally:
        for cls in restore:
            cls.__pydantic_complete__ = True
    return _exact(validator.validate_json)


def _exact(validate: Callable[..., Any]) -> Callable[[bytes], Any]:
    """The validator, refusing (``ValueError``) a body whose floats a double may not hold."""

    def parse(body: bytes) -> Any:
        floats: list[None] = []  # one entry per float token read (_from_double)
        data = validate(body, context=floats)
        if floats and may_hold_long_floats(body):
            raise ValueError("a JSON float of 16 or more digits: read from its token")
        return data

    return parse


def _self_check() -> bool:
    """Whether nested models really get the rewritten schema on this pydantic-core."""

    class _ProbeItem(BaseModel):
        model_config = ConfigDict(extra="allow")
        value: Decimal | None = None

    class _Probe(BaseModel):
        items: list[_ProbeItem] | None = None

    try:
        parse = _validator(_Probe, "code", "data")
        ok = parse(b'{"code":0,"data":{"items":[{"value":"1.10"},{"other":2.50}]}}')["p"]
        if not isinstance(ok, _Probe) or not ok.items or str(ok.items[0].value) != "1.10":
            return False
        # The nested model's own validator would keep the extra as a binary float
        if repr((ok.items[1].model_extra or {}).get("other")) != "Decimal('2.5')":
            return False
        try:  # and would read 1e-400 as Decimal 0 instead of refusing it (from_double)
            parse(b'{"code":0,"data":{"items":[{"value":1e-400}]}}')
        except ValueError:
            return True
        return False
    except Exception:
        return False


def json_parser(
    model: type[BaseModel],
    code_field: str | None,
    payload_field: str | None,
    tokens: object = None,
) -> Callable[[bytes], Any] | None:
    """A JSON-bytes validator for ``model`` inside the envelope, or None (no fast path).

    ``tokens`` is the model's entry of its module's ``WIRE_TOKENS`` (which token each number
    field usually arrives as: tried first); it changes the speed only, never the result.

    Without ``code_field`` and ``payload_field`` it returns the model itself; otherwise a dict
    with ``"c"`` (the code, when present) and ``"p"`` (the payload model or None, when present).
    It raises ``ValueError`` (pydantic's ``ValidationError``) for whatever the slow path must
    handle: invalid JSON, floats it cannot vouch for, a payload the model refuses.
    """
    global _works
    with _build_lock:
        if _works is None:
            _works = _self_check()
        if not _works:
            return None
        try:
            return _validator(model, code_field, payload_field, tokens)
        except Exception:  # _Unsupported, or a core schema this code does not know
            return None
