"""Intermediate model: validated spec documents -> frozen dataclasses with every Python name,
type, literal and docstring computed, so that templates only place precomputed values.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, cast

from generator.ir.naming import constant_case, kebab_case, pascal_case, snake_case
from generator.spec.load import SpecDocument

# Per-call options every generated method takes; spec params may not use these Python names.
RESERVED_CALL_OPTIONS = ("request_timeout", "max_retries", "max_wait", "deadline")

JSON = object


@dataclass(frozen=True)
class Check:
    """One constraint on one argument, rendered by the macro named after `kind`."""

    kind: Literal["type", "enum", "range", "pattern"]
    violated: str  # Python expression that is True when the value breaks the constraint
    constraint: str  # human text: "must be 10 <= time_out <= 120"


@dataclass(frozen=True)
class Param:
    wire_name: str
    python_name: str
    location: Literal["query", "body", "header", "path"]
    schema_type: str  # string | integer | number | boolean
    annotation: str  # Python type of the keyword argument (without "| None")
    cli_type: str  # str | int | float | bool | decimal (command-line parsing)
    required: bool
    description: str
    doc: str  # one docstring line: description plus constraints
    checks: tuple[Check, ...]
    enum_values: tuple[str | int, ...]
    enum_meanings: tuple[tuple[str, str], ...]
    minimum: float | None
    maximum: float | None
    exclusive_minimum: float | None
    exclusive_maximum: float | None
    also_allowed: tuple[int | float | str, ...]
    pattern: str | None
    wire_type: str | None
    unit: str | None
    default: JSON
    example: JSON  # a valid value used by generated tests and examples
    boundary_valid: tuple[str, ...]  # Python literals that must pass validation
    boundary_invalid: tuple[str, ...]  # Python literals that must fail validation
    wire_value_expr: str  # expression that turns the Python value into what goes on the wire

    @property
    def optional_annotation(self) -> str:
        return self.annotation if self.required else f"{self.annotation} | None"


@dataclass(frozen=True)
class ErrorRule:
    code: str
    error_class: str
    retryable: bool
    meaning: str
    http_status: int | None
    retry_after_pattern: str | None
    retry_after_unit: str | None
    message: str  # a message to use in tests (the first documented one, or the meaning)


@dataclass(frozen=True)
class RateLimit:
    key: str
    scope: str
    count: int
    interval_ms: int
    weight: int


@dataclass(frozen=True)
class Pagination:
    """How an open-orders listing gets every page (spec `killswitch.pagination`), keyword names."""

    style: Literal["cursor", "page"]
    param: str  # keyword of the cursor or page number
    next_field: str | None  # cursor: payload field (wire name) with the next cursor
    next_from_order: str | None  # cursor: field of the page's last order that is the cursor
    start: int  # page: first page number
    total_pages: str | None  # page: payload field with the number of pages
    size_param: str  # keyword of the page size
    size: int
    fixed: tuple[tuple[str, object], ...]  # keyword -> value sent with every page
    param_is_int: bool = False  # the cursor keyword takes an int (cursors arrive as text)

    @property
    def fixed_kwargs(self) -> dict[str, object]:
        return dict(self.fixed)


@dataclass(frozen=True)
class KillSwitch:
    """The endpoint's part in the kill switch (spec `killswitch:`), in Python keyword names."""

    role: Literal["cancel_all", "countdown", "open_orders", "account_mode"]
    market_kwarg: str | None
    account_kwargs: tuple[str, ...]
    timeout_kwarg: str | None  # countdown only
    unit: Literal["s", "ms"] | None  # unit of the timeout param
    min_timeout: float | None  # seconds
    max_timeout: float | None  # seconds; None: no maximum
    arm: tuple[tuple[str, object], ...]  # kwarg -> fixed value
    disarm: tuple[tuple[str, object], ...]
    account_mode: str | None = None  # the account mode the endpoint serves (HTX)
    market_required: bool = False  # the market param is required (no account-wide call)
    armed_when: tuple[tuple[str, object], ...] = ()  # countdown: payload field -> proving value
    trigger_field: str | None = None  # countdown: payload field with when it fires
    trigger_unit: Literal["s", "ms"] | None = None
    orders_path: str | None = None  # open_orders: where the orders sit ("orders[]")
    order_id_field: str | None = None  # open_orders: wire name of an order's id
    order_market_field: str | None = None  # open_orders: wire name of an order's market
    pagination: Pagination | None = None
    mode_field: str | None = None  # account_mode: payload field saying the mode
    modes: tuple[tuple[str, str], ...] = ()  # account_mode: field value -> mode

    @property
    def arm_kwargs(self) -> dict[str, object]:
        return dict(self.arm)

    @property
    def disarm_kwargs(self) -> dict[str, object]:
        return dict(self.disarm)

    @property
    def armed_when_fields(self) -> dict[str, object]:
        return dict(self.armed_when)

    @property
    def modes_map(self) -> dict[str, str]:
        return dict(self.modes)


@dataclass(frozen=True)
class Operation:
    exchange_id: str
    group: str
    name: str  # method name
    qualified_name: str  # "spot.cancel_all_after"
    const_name: str  # CANCEL_ALL_AFTER
    cli_name: str  # cancel-all-after
    summary: str
    description: str
    source: str
    method: str
    path: str
    permission: str
    safe_to_repeat: bool
    params: tuple[Param, ...]  # user-facing (auth params excluded)
    auth_params: tuple[str, ...]  # wire names supplied by the signer
    response_class: str
    response_is_list: bool
    errors: tuple[ErrorRule, ...]
    rate_limits: tuple[RateLimit, ...]
    rate_limit_text: str
    notes: tuple[str, ...]
    example_body: str  # JSON text of the page's whole example response
    spec_path: str
    spec_sha256: str
    response_schema: Mapping[str, object]
    killswitch: KillSwitch | None = None
    envelope: Envelope | None = None  # the endpoint's own envelope (spec `envelope:`), merged

    @property
    def query_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "query")

    @property
    def body_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "body")

    @property
    def header_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "header")

    @property
    def required_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.required)


@dataclass(frozen=True)
class Group:
    name: str
    sync_class: str
    async_class: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class Envelope:
    success_http_status: tuple[int, ...]
    code_field: str | None
    success_codes: tuple[str, ...]
    message_field: str | None
    payload_field: str | None
    error_code_fields: tuple[str, ...]
    error_message_fields: tuple[str, ...]
    code_is_int: bool  # the exchange sends its code as a JSON number
    default_error_status: int  # HTTP status an error body comes with when a rule does not say


@dataclass(frozen=True)
class ServerTime:
    method: str
    path: str
    field_path: tuple[str, ...]
    unit: str


@dataclass(frozen=True)
class RateLimitHeaders:
    remaining: str | None
    limit: str | None
    reset: str | None
    reset_unit: str | None
    retry_after: str | None


@dataclass(frozen=True)
class Exchange:
    id: str
    name: str
    sync_class: str
    async_class: str
    source: str
    base_url: str
    alternate_base_urls: tuple[str, ...]
    auth_scheme: str
    api_key_env: str
    api_secret_env: str
    passphrase_env: str | None
    timestamp_tolerance_ms: int
    envelope: Envelope
    errors: tuple[ErrorRule, ...]
    server_time: ServerTime | None
    rate_limit_headers: RateLimitHeaders
    groups: tuple[Group, ...]
    spec_path: str  # the exchange file
    sources_sha256: str  # over the exchange file and all its endpoint files

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for g in self.groups for op in g.operations)

    @property
    def needs_passphrase(self) -> bool:
        return self.passphrase_env is not None


@dataclass(frozen=True)
class Project:
    exchanges: tuple[Exchange, ...]
    sources_sha256: str
    # The validated documents the project was built from (for outputs that need facts the model
    # does not keep, such as the OpenAPI export's rate-limit statements and conflicts).
    documents: tuple[SpecDocument, ...] = field(default=(), compare=False, repr=False)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for ex in self.exchanges for op in ex.operations)


@dataclass(frozen=True)
class KillSwitchTables:
    """Per exchange id (sorted, only exchanges that have one), the operations of each role."""

    cancel_all: tuple[tuple[str, tuple[Operation, ...]], ...]
    countdowns: tuple[tuple[str, tuple[Operation, ...]], ...]
    open_orders: tuple[tuple[str, tuple[Operation, ...]], ...] = ()
    account_modes: tuple[tuple[str, tuple[Operation, ...]], ...] = ()


def killswitch_tables(project: Project) -> KillSwitchTables:
    def table(role: str) -> tuple[tuple[str, tuple[Operation, ...]], ...]:
        rows = []
        for ex in project.exchanges:
            ops = tuple(
                op
                for op in ex.operations
                if op.killswitch is not None and op.killswitch.role == role
            )
            if ops:
                rows.append((ex.id, ops))
        return tuple(rows)

    return KillSwitchTables(
        cancel_all=table("cancel_all"),
        countdowns=table("countdown"),
        open_orders=table("open_orders"),
        account_modes=table("account_mode"),
    )


# --------------------------------------------------------------------------------------------
# Building


def _str(d: Mapping[str, object], key: str, default: str = "") -> str:
    value = d.get(key, default)
    return default if value is None else str(value)


def _map(value: object) -> Mapping[str, object]:
    return cast(Mapping[str, object], value) if isinstance(value, Mapping) else {}


def _seq(value: object) -> Sequence[object]:
    return cast(Sequence[object], value) if isinstance(value, list) else ()


def _num(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _lit(value: object) -> str:
    """A Python literal for a JSON scalar."""
    if isinstance(value, float) and value.is_integer():
        return repr(int(value))
    return repr(value)


_ANNOTATIONS = {
    ("string", None): ("str", "str"),
    ("integer", None): ("int", "int"),
    ("number", "decimal"): ("Decimal | int | str", "decimal"),
    ("number", None): ("float", "float"),
    ("boolean", None): ("bool", "bool"),
}

_TYPE_VIOLATIONS = {
    "string": "not isinstance({v}, str)",
    "integer": "not isinstance({v}, int) or isinstance({v}, bool)",
    "number": "not isinstance({v}, int | float) or isinstance({v}, bool)",
    "boolean": "not isinstance({v}, bool)",
}
_DECIMAL_VIOLATION = "not isinstance({v}, Decimal | int | str) or isinstance({v}, bool)"
_TYPE_NAMES = {"string": "a str", "integer": "an int", "number": "a number", "boolean": "a bool"}


def _range_check(name: str, p: Mapping[str, object]) -> tuple[str, str] | None:
    """(violation expression, human text) of the numeric range, or None when there is none."""
    lo, hi = _num(p.get("minimum")), _num(p.get("maximum"))
    xlo, xhi = _num(p.get("exclusive_minimum")), _num(p.get("exclusive_maximum"))
    breaks = [
        f"{name} {op} {_lit(bound)}"
        for op, bound in (("<", lo), ("<=", xlo), (">", hi), (">=", xhi))
        if bound is not None
    ]
    if not breaks:
        return None
    left = f"{_lit(lo)} <= " if lo is not None else f"{_lit(xlo)} < " if xlo is not None else ""
    right = f" <= {_lit(hi)}" if hi is not None else f" < {_lit(xhi)}" if xhi is not None else ""
    if left and not right:
        text = f"{name} >= {_lit(lo)}" if lo is not None else f"{name} > {_lit(xlo)}"
    elif right and not left:
        text = f"{name}{right}"
    else:
        text = f"{left}{name}{right}"
    return " or ".join(breaks), text


def _param(raw: Mapping[str, object]) -> Param:
    wire = _str(raw, "name")
    name = _str(raw, "python_name") or snake_case(wire)
    stype = _str(raw, "type", "string")
    fmt = raw.get("format")
    annotation, cli_type = _ANNOTATIONS.get(
        (stype, "decimal" if fmt == "decimal" else None), _ANNOTATIONS[(stype, None)]
    )
    enum_items = [_map(e) for e in _seq(raw.get("enum"))]
    enum_values = tuple(cast(str | int, e.get("value")) for e in enum_items)
    enum_meanings = tuple((str(e.get("value")), _str(e, "meaning")) for e in enum_items)
    also = tuple(
        cast(int | float | str, _map(a).get("value")) for a in _seq(raw.get("also_allowed"))
    )
    also_meanings = [
        f"{_lit(_map(a).get('value'))} ({_str(_map(a), 'meaning')})"
        for a in _seq(raw.get("also_allowed"))
    ]
    if enum_values:
        annotation = "Literal[" + ", ".join(_lit(v) for v in enum_values) + "]"
    checks: list[Check] = []
    type_violation = (
        _DECIMAL_VIOLATION if cli_type == "decimal" else _TYPE_VIOLATIONS[stype]
    ).format(v=name)
    type_name = "a Decimal, int or str" if cli_type == "decimal" else _TYPE_NAMES[stype]
    checks.append(Check("type", type_violation, f"must be {type_name}"))
    constraints_doc: list[str] = []
    if enum_values:
        allowed = ", ".join(_lit(v) for v in enum_values)
        members = f"({allowed},)" if len(enum_values) == 1 else f"({allowed})"
        checks.append(Check("enum", f"{name} not in {members}", f"must be one of {allowed}"))
    rng = _range_check(name, raw)
    if rng is not None:
        violated, text = rng
        if also:
            specials = ", ".join(_lit(a) for a in also)
            members = f"({specials},)" if len(also) == 1 else f"({specials})"
            violated = f"{name} not in {members} and ({violated})"
            text = f"{text}, or {' or '.join(also_meanings)}"
        checks.append(Check("range", violated, f"must be {text}"))
        constraints_doc.append(text)
    pattern = raw.get("pattern")
    if isinstance(pattern, str):
        checks.append(
            Check("pattern", f"not _re_fullmatch({pattern!r}, {name})", f"must match {pattern}")
        )
        constraints_doc.append(f"matches {pattern}")
    if enum_values:
        constraints_doc.append(
            "one of " + ", ".join(f"{v} ({m})" if m else v for v, m in enum_meanings)
        )
    unit = raw.get("unit")
    description = _str(raw, "description").strip().replace("\n", " ")
    if description and not description.endswith((".", "!", "?")):
        description += "."
    doc_parts = [description] if description else []
    if unit:
        doc_parts.append(f"Unit: {unit}.")
    if constraints_doc:
        doc_parts.append("Allowed: " + "; ".join(constraints_doc) + ".")
    doc_parts.append(f"Wire name `{wire}`, sent in the {_str(raw, 'in')}.")
    valid, invalid = _boundaries(raw, enum_values, also)
    example = raw.get("example")
    if example is None:
        example = raw.get("default")
    if example is None:
        example = _default_example(raw, enum_values)
    wire_type = raw.get("wire_type")
    if (
        wire_type == "string"
        or cli_type == "decimal"
        or (raw.get("in") == "header" and stype != "string")
    ):
        wire_expr = f"str({name})"  # headers are text
    else:
        wire_expr = name
    return Param(
        wire_name=wire,
        python_name=name,
        location=cast(Literal["query", "body", "header", "path"], _str(raw, "in")),
        schema_type=stype,
        annotation=annotation,
        cli_type=cli_type,
        required=bool(raw.get("required", False)),
        description=description,
        doc=" ".join(doc_parts),
        checks=tuple(checks),
        enum_values=enum_values,
        enum_meanings=enum_meanings,
        minimum=_num(raw.get("minimum")),
        maximum=_num(raw.get("maximum")),
        exclusive_minimum=_num(raw.get("exclusive_minimum")),
        exclusive_maximum=_num(raw.get("exclusive_maximum")),
        also_allowed=also,
        pattern=pattern if isinstance(pattern, str) else None,
        wire_type=wire_type if isinstance(wire_type, str) else None,
        unit=unit if isinstance(unit, str) else None,
        default=raw.get("default"),
        example=example,
        boundary_valid=valid,
        boundary_invalid=invalid,
        wire_value_expr=wire_expr,
    )


def _default_example(raw: Mapping[str, object], enum_values: tuple[str | int, ...]) -> object:
    if enum_values:
        return enum_values[0]
    stype = raw.get("type")
    lo = _num(raw.get("minimum"))
    if lo is None and (xlo := _num(raw.get("exclusive_minimum"))) is not None:
        lo = xlo + 1
    if stype == "integer":
        return int(lo) if lo is not None else 1
    if stype == "number":
        return lo if lo is not None else 1
    if stype == "boolean":
        return True
    return "x"


def _boundaries(
    raw: Mapping[str, object], enum_values: tuple[str | int, ...], also: tuple[object, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Python literals at every boundary of every constraint: one valid, one invalid each."""
    valid: list[str] = []
    invalid: list[str] = []
    stype = raw.get("type")
    step: float = 1 if stype == "integer" else 0.001
    lo, hi = _num(raw.get("minimum")), _num(raw.get("maximum"))
    xlo, xhi = _num(raw.get("exclusive_minimum")), _num(raw.get("exclusive_maximum"))
    if lo is not None:
        valid.append(_lit(lo))
        if lo - step not in also:
            invalid.append(_lit(lo - step))
    if xlo is not None:
        valid.append(_lit(xlo + step))
        if xlo not in also:
            invalid.append(_lit(xlo))
    if hi is not None:
        valid.append(_lit(hi))
        invalid.append(_lit(hi + step))
    if xhi is not None:
        valid.append(_lit(xhi - step))
        invalid.append(_lit(xhi))
    for a in also:
        valid.append(_lit(a))
        # the nearest value on each side of a special value that is outside the range is invalid
        if isinstance(a, int | float) and not isinstance(a, bool):
            for near in (a - step, a + step):
                if _outside_range(near, lo, hi, xlo, xhi) and near not in also:
                    invalid.append(_lit(near))
    for e in enum_values:
        valid.append(_lit(e))
    if enum_values:
        bad = "NOT_A_VALID_VALUE" if isinstance(enum_values[0], str) else 987654321
        invalid.append(_lit(bad))
        if isinstance(enum_values[0], str):
            invalid.append(
                _lit(
                    str(enum_values[0]).lower()
                    if str(enum_values[0]).lower() not in enum_values
                    else ""
                )
            )
    # a value of the wrong type
    invalid.append(
        {"string": "12345", "integer": "'10'", "number": "'1.5'", "boolean": "'true'"}[str(stype)]
    )
    if stype in ("integer", "number"):
        invalid.append("True")
    return tuple(dict.fromkeys(valid)), tuple(dict.fromkeys(invalid))


def _outside_range(
    v: float, lo: float | None, hi: float | None, xlo: float | None, xhi: float | None
) -> bool:
    return (
        (lo is not None and v < lo)
        or (hi is not None and v > hi)
        or (xlo is not None and v <= xlo)
        or (xhi is not None and v >= xhi)
    )


def _error(raw: Mapping[str, object]) -> ErrorRule:
    retry = _map(raw.get("retry_after"))
    messages = [str(m) for m in _seq(raw.get("messages"))]
    status = raw.get("http_status")
    return ErrorRule(
        code=_str(raw, "code"),
        error_class=_str(raw, "class"),
        retryable=bool(raw.get("retryable", False)),
        meaning=_str(raw, "meaning"),
        http_status=status if isinstance(status, int) else None,
        retry_after_pattern=_str(retry, "pattern") or None,
        retry_after_unit=_str(retry, "unit") or None,
        message=messages[0] if messages else _str(raw, "meaning"),
    )


def _rate_limits(
    exchange_id: str,
    qualified: str,
    raw: Mapping[str, object],
    ip_groups: Mapping[str, Mapping[str, object]],
) -> tuple[tuple[RateLimit, ...], str]:
    statements = {_str(_map(s), "id"): _map(s) for s in _seq(raw.get("statements"))}
    weight = int(cast(int, raw.get("weight", 1)))
    out: list[RateLimit] = []
    for sid in _seq(raw.get("enforced")):
        st = statements[str(sid)]
        scope = _str(st, "scope")
        group = st.get("ip_group")
        if scope == "ip" and group is not None:
            g = ip_groups[str(group)]
            key = f"{exchange_id}:ip:group-{group}"
            out.append(
                RateLimit(
                    key, "ip", int(cast(int, g["count"])), int(cast(int, g["interval_ms"])), weight
                )
            )
            if "count" in st:  # a per-interface figure inside the group
                out.append(
                    RateLimit(
                        f"{exchange_id}:ip:{qualified}",
                        "ip",
                        int(cast(int, st["count"])),
                        int(cast(int, st["interval_ms"])),
                        weight,
                    )
                )
            continue
        key = f"{exchange_id}:{scope}:{_str(st, 'bucket') or qualified}"
        out.append(
            RateLimit(
                key, scope, int(cast(int, st["count"])), int(cast(int, st["interval_ms"])), weight
            )
        )
    texts = [f"{_str(s, 'text')} ({_str(s, 'source')})" for s in statements.values()]
    enforced = ", ".join(f"{r.count} per {r.interval_ms} ms per {r.scope} [{r.key}]" for r in out)
    text = "Rate limits stated: " + "; ".join(texts) + f". Enforced: {enforced}."
    return tuple(out), text


def _payload_of(example: object, payload_field: str | None) -> object:
    if payload_field is None or not isinstance(example, Mapping):
        return example
    return cast(Mapping[str, object], example).get(payload_field)


def _envelope(raw: Mapping[str, object], examples: Sequence[object]) -> Envelope:
    code_field = raw.get("code_field")
    code_is_int = False
    if isinstance(code_field, str):
        for ex in examples:
            if isinstance(ex, Mapping) and code_field in ex:
                code_is_int = isinstance(cast(Mapping[str, object], ex)[code_field], int)
                break
    statuses = tuple(int(cast(int, s)) for s in _seq(raw.get("success_http_status")))
    default_error = raw.get("error_http_status", 200 if code_field else 400)
    return Envelope(
        success_http_status=statuses,
        code_field=code_field if isinstance(code_field, str) else None,
        success_codes=tuple(str(c) for c in _seq(raw.get("success_codes"))),
        message_field=cast(str | None, raw.get("message_field")),
        payload_field=cast(str | None, raw.get("payload_field")),
        error_code_fields=tuple(str(c) for c in _seq(raw.get("error_code_fields"))),
        error_message_fields=tuple(str(c) for c in _seq(raw.get("error_message_fields"))),
        code_is_int=code_is_int,
        default_error_status=int(cast(int, default_error)),
    )


def _sha(parts: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def build(docs: Sequence[SpecDocument]) -> Project:
    """Build the intermediate model from validated documents (validation has passed)."""
    return assemble(build_exchanges(docs), docs)


def assemble(exchanges: Sequence[Exchange], docs: Sequence[SpecDocument]) -> Project:
    """The project of `exchanges` (in any order) built from `docs`, the validated documents in
    load order: `assemble(build_exchanges(docs), docs) == build(docs)`, and so is assembling
    the exchanges built from each part of `docs` when no exchange's files span two parts."""
    ordered = tuple(sorted(exchanges, key=lambda e: e.id))
    return Project(
        exchanges=ordered,
        sources_sha256=_sha([e.sources_sha256 for e in ordered]),
        documents=tuple(docs),
    )


def build_exchanges(docs: Sequence[SpecDocument]) -> list[Exchange]:
    """The exchanges of validated documents, sorted by id; each needs only its own exchange
    file and the endpoint files that name it."""
    exchanges_raw = {str(d.data["exchange"]): d for d in docs if d.kind == "exchange"}
    endpoints_by_ex: dict[str, list[SpecDocument]] = {}
    for d in docs:
        if d.kind == "endpoint":
            endpoints_by_ex.setdefault(str(d.data["exchange"]), []).append(d)
    exchanges: list[Exchange] = []
    for ex_id in sorted(exchanges_raw):
        exdoc = exchanges_raw[ex_id]
        exd = exdoc.data
        eps = sorted(endpoints_by_ex.get(ex_id, []), key=lambda d: d.path)
        ip_groups = {_str(_map(g), "id"): _map(g) for g in _seq(exd.get("ip_groups"))}
        env_raw = _map(exd.get("envelope"))
        envelope = _envelope(env_raw, [_map(e.data.get("response")).get("example") for e in eps])
        ops_by_group: dict[str, list[Operation]] = {}
        for ep in eps:
            op = _operation(ex_id, ep, ip_groups, env_raw)
            ops_by_group.setdefault(op.group, []).append(op)
        name = _str(exd, "name")
        groups = tuple(
            Group(
                name=g,
                sync_class=f"{name}{pascal_case(g)}",
                async_class=f"Async{name}{pascal_case(g)}",
                operations=tuple(sorted(ops, key=lambda o: o.name)),
            )
            for g, ops in sorted(ops_by_group.items())
        )
        hosts = _map(exd.get("hosts"))
        auth = _map(exd.get("auth"))
        creds = _map(auth.get("credentials"))
        st = _map(exd.get("server_time"))
        rlh = _map(exd.get("rate_limit_headers"))
        exchanges.append(
            Exchange(
                id=ex_id,
                name=name,
                sync_class=name,
                async_class=f"Async{name}",
                source=_str(exd, "source"),
                base_url=_str(hosts, "default").rstrip("/"),
                alternate_base_urls=tuple(
                    str(h).rstrip("/") for h in _seq(hosts.get("alternates"))
                ),
                auth_scheme=_str(auth, "scheme"),
                api_key_env=_str(creds, "api_key"),
                api_secret_env=_str(creds, "api_secret"),
                passphrase_env=_str(creds, "passphrase") or None,
                timestamp_tolerance_ms=int(cast(int, auth.get("timestamp_tolerance_ms", 5000))),
                envelope=envelope,
                errors=tuple(
                    sorted((_error(_map(e)) for e in _seq(exd.get("errors"))), key=lambda e: e.code)
                ),
                server_time=ServerTime(
                    method=_str(st, "method", "GET"),
                    path=_str(st, "path"),
                    field_path=tuple(_str(st, "field").split(".")) if _str(st, "field") else (),
                    unit=_str(st, "unit", "ms"),
                )
                if st
                else None,
                rate_limit_headers=RateLimitHeaders(
                    remaining=cast(str | None, rlh.get("remaining")),
                    limit=cast(str | None, rlh.get("limit")),
                    reset=cast(str | None, rlh.get("reset")),
                    reset_unit=cast(str | None, rlh.get("reset_unit")),
                    retry_after=cast(str | None, rlh.get("retry_after")),
                ),
                groups=groups,
                spec_path=exdoc.path,
                sources_sha256=_sha([exdoc.sha256, *(e.sha256 for e in eps)]),
            )
        )
    return exchanges


def _seconds(value: float | None, unit: str | None) -> float | None:
    if value is None:
        return None
    return value / 1000 if unit == "ms" else float(value)


def _killswitch(raw: Mapping[str, object], params: Sequence[Param]) -> KillSwitch | None:
    """The `killswitch:` section with wire names turned into keyword names (validated)."""
    if not raw:
        return None
    by_wire = {p.wire_name: p for p in params}

    def kwarg(wire: object) -> str | None:
        return by_wire[str(wire)].python_name if wire is not None else None

    def fixed(values: object) -> tuple[tuple[str, object], ...]:
        return tuple((by_wire[str(k)].python_name, v) for k, v in _map(values).items())

    timeout = by_wire.get(str(raw.get("timeout_param")))
    unit = timeout.unit if timeout is not None else None
    market = by_wire.get(str(raw.get("market_param")))
    trigger = _map(raw.get("trigger_time"))
    trigger_unit = trigger.get("unit")
    mode = raw.get("account_mode")
    role = _str(raw, "role")
    return KillSwitch(
        role=cast(Literal["cancel_all", "countdown", "open_orders", "account_mode"], role),
        market_kwarg=kwarg(raw.get("market_param")),
        account_kwargs=tuple(str(kwarg(w)) for w in _seq(raw.get("account_params"))),
        timeout_kwarg=timeout.python_name if timeout is not None else None,
        unit=cast(Literal["s", "ms"], unit) if unit in ("s", "ms") else None,
        min_timeout=_seconds(timeout.minimum, unit) if timeout is not None else None,
        max_timeout=_seconds(timeout.maximum, unit) if timeout is not None else None,
        arm=fixed(raw.get("arm")),
        disarm=fixed(raw.get("disarm")),
        account_mode=mode if isinstance(mode, str) else None,
        market_required=market is not None and market.required,
        armed_when=tuple(_map(raw.get("armed_when")).items()),
        trigger_field=_str(trigger, "field") or None,
        trigger_unit="ms" if trigger_unit == "ms" else "s" if trigger_unit == "s" else None,
        orders_path=_str(raw, "orders") or None,
        order_id_field=_str(raw, "order_id") or None,
        order_market_field=_str(raw, "order_market") or None,
        pagination=_pagination(_map(raw.get("pagination")), by_wire, fixed),
        mode_field=_str(raw, "mode_field") or None,
        modes=tuple((str(k), str(v)) for k, v in _map(raw.get("modes")).items()),
    )


def _pagination(
    raw: Mapping[str, object],
    by_wire: Mapping[str, Param],
    fixed: Callable[[object], tuple[tuple[str, object], ...]],
) -> Pagination | None:
    if not raw:
        return None
    start = raw.get("start", 0)
    size = raw.get("size", 1)
    param = by_wire[_str(raw, "param")]
    return Pagination(
        style=cast(Literal["cursor", "page"], _str(raw, "style")),
        param=param.python_name,
        next_field=_str(raw, "next") or None,
        next_from_order=_str(raw, "next_from_order") or None,
        start=start if isinstance(start, int) else 0,
        total_pages=_str(raw, "total_pages") or None,
        size_param=by_wire[_str(raw, "size_param")].python_name,
        size=size if isinstance(size, int) else 1,
        fixed=fixed(raw.get("fixed")),
        param_is_int=param.schema_type == "integer",
    )


def _own_envelope(
    exchange_raw: Mapping[str, object], override: Mapping[str, object], example: object
) -> Envelope | None:
    """The endpoint's envelope: the exchange file's with the spec's `envelope:` keys replaced."""
    if not override:
        return None
    merged = {**exchange_raw, **{k: v for k, v in override.items() if k != "source"}}
    return _envelope(merged, [example])


def _operation(
    ex_id: str,
    doc: SpecDocument,
    ip_groups: Mapping[str, Mapping[str, object]],
    envelope_raw: Mapping[str, object],
) -> Operation:
    d = doc.data
    group = _str(d, "group")
    name = _str(d, "operation")
    qualified = f"{group}.{name}"
    raw_params = [_map(p) for p in _seq(d.get("params"))]
    params = tuple(_param(p) for p in raw_params if not p.get("auth"))
    auth_params = tuple(_str(p, "name") for p in raw_params if p.get("auth"))
    response = _map(d.get("response"))
    schema = _map(response.get("schema"))
    rate_limits, rate_text = _rate_limits(ex_id, qualified, _map(d.get("rate_limits")), ip_groups)
    example = response.get("example")
    return Operation(
        exchange_id=ex_id,
        group=group,
        name=name,
        qualified_name=qualified,
        const_name=constant_case(f"{group}_{name}"),
        cli_name=kebab_case(name),
        summary=_str(d, "summary").strip(),
        description=_str(d, "description").strip(),
        source=_str(d, "source"),
        method=_str(d, "method").upper(),
        path=_str(d, "path"),
        permission=_str(d, "permission"),
        safe_to_repeat=bool(d.get("safe_to_repeat", False)),
        params=params,
        auth_params=auth_params,
        response_class=_str(schema, "title") or f"{pascal_case(name)}Response",
        response_is_list=schema.get("type") == "array",
        errors=tuple(
            sorted((_error(_map(e)) for e in _seq(d.get("errors"))), key=lambda e: e.code)
        ),
        rate_limits=rate_limits,
        rate_limit_text=rate_text,
        notes=tuple(_str(_map(n), "text").strip() for n in _seq(d.get("notes"))),
        example_body=json.dumps(example, ensure_ascii=False, sort_keys=False),
        spec_path=doc.path,
        spec_sha256=doc.sha256,
        response_schema=schema,
        killswitch=_killswitch(_map(d.get("killswitch")), params),
        envelope=_own_envelope(envelope_raw, _map(d.get("envelope")), example),
    )


# --------------------------------------------------------------------------------------------
# Docstrings (wrapped here so that generated lines stay within the line length)

_WIDTH = 92


def _wrap(text: str, indent: str = "", subsequent: str | None = None) -> list[str]:
    import textwrap

    return textwrap.wrap(
        " ".join(text.split()),
        width=_WIDTH,
        initial_indent=indent,
        subsequent_indent=indent if subsequent is None else subsequent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def docstring_text(op: Operation) -> str:
    """The body of the method docstring (without quotes), escaped for a triple-quoted string."""
    lines: list[str] = _wrap(op.summary)
    if op.description:
        lines.append("")
        for para in op.description.split("\n\n"):
            lines += _wrap(para)
            lines.append("")
        lines.pop()
    permission = f" API key permission: {op.permission}." if op.permission else ""
    lines += ["", *_wrap(f"`{op.method} {op.path}`.{permission}")]
    for note in op.notes:
        lines += ["", *_wrap(f"Note: {note}")]
    lines += ["", "Args:"]
    for p in op.params:
        lines += _wrap(f"{p.python_name}: {p.doc}", "    ", "        ")
    lines += _wrap(
        "request_timeout: Seconds before each attempt of this call times out (default: the client's timeout; clipped to what the deadline leaves).",
        "    ",
        "        ",
    )
    lines += _wrap(
        "max_retries: Retries of transient failures for this call (default: the client's).",
        "    ",
        "        ",
    )
    lines += _wrap(
        "max_wait: Longest wait in seconds for a rate-limit slot before raising RateLimitError without sending (default: the client's max_wait; None there waits as long as the limits require).",
        "    ",
        "        ",
    )
    lines += _wrap(
        "deadline: Seconds over the whole call: every attempt, retry and rate-limit wait and clock synchronisation; past it (or when a wait would pass it) the call raises DeadlineExceededError (default: the client's deadline).",
        "    ",
        "        ",
    )
    lines += ["", "Returns:"]
    lines += _wrap(
        f"{op.response_class}: the payload; `.raw_response` keeps status, headers and body.",
        "    ",
        "        ",
    )
    lines += ["", "Raises:"]
    lines += _wrap(
        "errors.ValidationError: an argument breaks a documented constraint; nothing is sent.",
        "    ",
        "        ",
    )
    for e in op.errors:
        lines += _wrap(f"errors.{e.error_class}: {e.code}: {e.meaning}", "    ", "        ")
    lines += ["", *_wrap(op.rate_limit_text), "", *_wrap(f"Source: {op.source}")]
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return text


def class_docstring(text: str) -> str:
    return "\n".join(_wrap(text)).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
