"""The intermediate representation (IR): frozen dataclasses holding everything the emitters
place, with every Python name, type, literal, guard and parameter list already computed.

`generator.spec.build` makes it from validated spec documents; it is the only input of every
emitter (`generator.emit`), none of which reads YAML or spec data. What the runtime reads at
call time is held as the runtime's own records (`Exchange.info`, `Operation.endpoint`), built
once and placed whole by the templates. Everything else the specs say (sources, notes,
conflicts, rate-limit statements, the simulator's answers) is kept too, for the OpenAPI export,
the simulator and the generated tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from generator.ir.auth import Auth
from generator.ir.constraints import (
    Constraint,
    EnumConstraint,
    PatternConstraint,
    RangeConstraint,
    TypeConstraint,
)
from generator.ir.runtime import spec as runtime

JSON = object
Location = Literal["query", "body", "header", "path"]


class PyLiteral:
    """A value the emitters' `py` filter writes verbatim: a Python expression computed in the IR
    (a boundary value of a generated test)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PyLiteral) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


@dataclass(frozen=True)
class CallOption:
    """A keyword-only option every generated method takes besides the spec's parameters."""

    name: str
    annotation: str  # of the keyword argument (its default is None)
    doc: str


CALL_OPTIONS: tuple[CallOption, ...] = (
    CallOption(
        "request_timeout",
        "float | None",
        "Seconds before each attempt of this call times out (default: the client's timeout; "
        "clipped to what the deadline leaves).",
    ),
    CallOption(
        "max_retries",
        "int | None",
        "Retries of transient failures for this call (default: the client's).",
    ),
    CallOption(
        "max_wait",
        "float | None",
        "Longest wait in seconds for a rate-limit slot before raising RateLimitError without "
        "sending (default: the client's max_wait; None there waits as long as the limits "
        "require).",
    ),
    CallOption(
        "deadline",
        "float | None",
        "Seconds over the whole call: every attempt, retry and rate-limit wait and clock "
        "synchronisation; past it (or when a wait would pass it) the call raises "
        "DeadlineExceededError (default: the client's deadline).",
    ),
)
RESERVED_CALL_OPTIONS: tuple[str, ...] = tuple(o.name for o in CALL_OPTIONS)
"""Python names no spec parameter may take (the validator refuses them)."""


# --------------------------------------------------------------------------------------------
# Documentation the specs record (kept for the OpenAPI export and docstrings)


@dataclass(frozen=True)
class Note:
    text: str
    source: str


@dataclass(frozen=True)
class Statement:
    text: str
    source: str


@dataclass(frozen=True)
class Conflict:
    """A topic on which sources disagree: every statement and the one the SDK follows."""

    topic: str
    statements: tuple[Statement, ...]
    enforced: str
    reason: str
    facts: tuple[str, ...]  # the docs-check findings it explains ("param-type recvWindow")


# --------------------------------------------------------------------------------------------
# Parameters


@dataclass(frozen=True)
class Guard:
    """One check of a generated method: `if <condition>: raise ValidationError(...)`."""

    condition: str  # Python expression, True when the argument breaks the constraint
    message: str  # "must be 10 <= time_out <= 120"


@dataclass(frozen=True)
class Param:
    wire_name: str
    python_name: str
    location: Location
    schema_type: str  # string | integer | number | boolean
    format: str | None  # int32 | int64 | decimal | float64, as the spec says
    annotation: str  # Python type of the keyword argument (without "| None")
    cli_type: str  # str | int | float | bool | decimal (command-line parsing)
    required: bool
    auth: bool  # supplied by the signer, not a keyword argument
    description: str  # as the spec writes it
    doc: str  # one docstring line: description, unit, constraints, wire name
    constraints: tuple[Constraint, ...]  # type first, then enum, range, pattern
    guards: tuple[Guard, ...]  # the generated method's checks, one per constraint
    wire_type: str | None
    unit: str | None
    default: JSON  # the exchange's default (None: not stated)
    example: JSON  # the spec's example (None: none given)
    sample: JSON  # a valid value for generated tests and examples
    boundary_valid: tuple[str, ...]  # Python literals that must pass validation
    boundary_invalid: tuple[str, ...]  # Python literals that must fail validation
    wire_value_expr: str  # expression that turns the Python value into what goes on the wire
    argument: str  # the keyword argument as declared: "time_out: int" / "x: str | None = None"
    error_code: str | None  # the documented code the exchange answers a bad value with
    source: str | None

    @property
    def optional_annotation(self) -> str:
        """The annotation as the method declares it ("... | None" when optional)."""
        return self.annotation if self.required else f"{self.annotation} | None"

    @property
    def type_constraint(self) -> TypeConstraint:
        return next(c for c in self.constraints if isinstance(c, TypeConstraint))

    @property
    def enum(self) -> EnumConstraint | None:
        return next((c for c in self.constraints if isinstance(c, EnumConstraint)), None)

    @property
    def range(self) -> RangeConstraint | None:
        return next((c for c in self.constraints if isinstance(c, RangeConstraint)), None)

    @property
    def pattern(self) -> str | None:
        found = next((c for c in self.constraints if isinstance(c, PatternConstraint)), None)
        return found.pattern if found is not None else None

    @property
    def enum_values(self) -> tuple[str | int | float, ...]:
        return self.enum.members if self.enum is not None else ()


@dataclass(frozen=True)
class Placement:
    """Where a generated method puts its arguments: one dict per location."""

    var: str  # "query", "body", "headers"
    value_type: str  # of the dict's values: "object" or "str"
    required: tuple[Param, ...]  # always placed
    optional: tuple[Param, ...]  # placed when not None


# --------------------------------------------------------------------------------------------
# Errors and rate limits


@dataclass(frozen=True)
class ErrorCode:
    """One documented error code (exchange-wide or one endpoint's), as the spec states it."""

    code: str
    error_class: str  # a class of exchange_sdk.errors
    retryable: bool
    meaning: str
    http_status: int | None
    retry_after_pattern: str | None
    retry_after_unit: str | None
    messages: tuple[str, ...]
    source: str

    @property
    def message(self) -> str:
        """A message to use in tests: the first documented one, or the meaning."""
        return self.messages[0] if self.messages else self.meaning


@dataclass(frozen=True)
class HttpError:
    status: int | str  # 418, or "5xx"
    meaning: str
    error_class: str
    retryable: bool
    source: str


@dataclass(frozen=True)
class IpGroup:
    id: str
    count: int
    interval_ms: int
    text: str
    source: str


@dataclass(frozen=True)
class RateLimitStatement:
    """One rate-limit statement, as a source makes it."""

    id: str
    scope: str
    text: str
    source: str
    count: int | None  # a window's count, or a draining counter's capacity
    interval_ms: int | None  # a window, or the time a full counter takes to drain (rounded up)
    ip_group: str | None
    bucket: str | None
    refill_per_s: float | None = None  # a draining counter (capacity, refill_per_s)


# --------------------------------------------------------------------------------------------
# Endpoints


@dataclass(frozen=True)
class Pagination:
    """How an open-orders listing gets every page (spec `killswitch.pagination`), keyword names."""

    style: Literal["cursor", "page", "offset"]
    param: str  # keyword of the cursor or page number
    next_field: str | None  # cursor: payload field (wire name) with the next cursor
    next_from_order: str | None  # cursor: field of the page's last order that is the cursor
    start: int  # page: first page number
    total_pages: str | None  # page: payload field with the number of pages
    size_param: str  # keyword of the page size
    size: int
    fixed: tuple[tuple[str, JSON], ...]  # keyword -> value sent with every page
    param_is_int: bool = False  # the cursor keyword takes an int (cursors arrive as text)

    @property
    def fixed_kwargs(self) -> dict[str, JSON]:
        return dict(self.fixed)


@dataclass(frozen=True)
class KillSwitch:
    """The endpoint's part in the kill switch (spec `killswitch:`), in Python keyword names."""

    role: Literal[
        "cancel_all", "cancel_batch", "countdown", "open_orders", "open_markets", "account_mode"
    ]
    market_kwarg: str | None
    account_kwargs: tuple[str, ...]
    timeout_kwarg: str | None  # countdown only
    unit: Literal["s", "ms"] | None  # unit of the timeout param
    min_timeout: float | None  # seconds
    max_timeout: float | None  # seconds; None: no maximum
    arm: tuple[tuple[str, JSON], ...]  # kwarg -> fixed value
    disarm: tuple[tuple[str, JSON], ...]
    account_mode: str | None = None  # the account mode the endpoint serves (HTX)
    market_required: bool = False  # one market a call (required, or the spec says so)
    listed_by: str | None = None  # cancel_all: the open_orders operation that proves it
    # cancel_all: what its answer says it cancelled: the orders' ids, a count in a payload
    # field (count_field), or nothing (the listing is the only proof)
    answer: Literal["ids", "count", "nothing"] = "ids"
    count_field: str | None = None
    # cancel_all: (path, market field, reason field) of the markets its answer says failed
    failed_markets: tuple[str, str, str | None] | None = None
    armed_when: tuple[tuple[str, JSON], ...] = ()  # countdown: payload field -> proving value
    trigger_field: str | None = None  # countdown: payload field with when it fires
    trigger_unit: Literal["s", "ms"] | None = None
    orders_path: str | None = None  # open_orders: where the orders sit ("orders[]")
    order_id_field: str | None = None  # open_orders: wire name of an order's id
    order_market_field: str | None = None  # open_orders: wire name of an order's market
    pagination: Pagination | None = None
    mode_field: str | None = None  # account_mode: payload field saying the mode
    modes: tuple[tuple[str, str], ...] = ()  # account_mode: field value -> mode
    item: tuple[tuple[str, str], ...] = ()  # cancel_batch: item keyword -> order record field
    per_market: bool = False  # cancel_batch: one market a batch
    results_path: str | None = None  # cancel_batch: where the per-order results sit
    result_id: str | None = None  # cancel_batch: a result's order id field
    result_code: str | None = None  # cancel_batch: a result's code field
    result_success: tuple[str, ...] = ()  # cancel_batch: codes meaning cancelled
    result_message: str | None = None  # cancel_batch: a failed result's reason field
    params: tuple[tuple[str, JSON], ...] = ()  # kwarg -> fixed value sent with every call
    markets_listed_by: str | None = None  # open_orders: the open_markets operation
    markets_path: str | None = None  # open_markets: where the market names sit ("symbols[]")
    # cancel_all / open_orders: (keyword, keyword it depends on, values of that one for which
    # it is not sent): Bybit ("settle_coin", "category", ("spot",))
    account_rules: tuple[tuple[str, str, tuple[str, ...]], ...] = ()

    @property
    def arm_kwargs(self) -> dict[str, JSON]:
        return dict(self.arm)

    @property
    def disarm_kwargs(self) -> dict[str, JSON]:
        return dict(self.disarm)

    @property
    def params_kwargs(self) -> dict[str, object]:
        """The fixed params; a list of values (one listing each) as a tuple (hashable)."""
        return {k: tuple(v) if isinstance(v, list) else v for k, v in self.params}


@dataclass(frozen=True)
class LiveFixture:
    """Orders the generated live test seeds in the simulator for this endpoint (spec
    `live_test:`): which the call must cancel, which it must leave, and where the response
    lists what it cancelled."""

    cancels: tuple[Mapping[str, JSON], ...]
    keeps: tuple[Mapping[str, JSON], ...]
    cancelled_ids: tuple[str, ...]  # path in the raw body: ("data", "orders", "*", "orderId")
    nothing_to_cancel: str | None  # the error code answered when nothing matches


@dataclass(frozen=True)
class BodyArray:
    """The body is a JSON array of items (spec `body_array`): the method's keyword `argument`
    takes 1..`max_items` mappings, each keyed by the item params' Python names (`keys`)."""

    argument: str
    max_items: int
    keys: tuple[str, ...]

    @property
    def keys_text(self) -> str:
        return ", ".join(self.keys)


@dataclass(frozen=True)
class Operation:
    exchange_id: str
    group: str
    name: str  # method name
    qualified_name: str  # "spot.cancel_all_after"
    const_name: str  # SPOT_CANCEL_ALL_AFTER
    cli_name: str  # cancel-all-after
    summary: str  # as the spec writes it
    description: str  # as the spec writes it ("" when none)
    source: str
    method: str
    path: str
    permission: str
    content_type: str | None
    body_format: str | None  # json | form: this endpoint's body differs from the recipe's
    safe_to_repeat: bool
    all_params: tuple[Param, ...]  # every parameter, in spec order
    params: tuple[Param, ...]  # keyword arguments (auth params excluded), in spec order
    auth_params: tuple[Param, ...]  # supplied by the signer
    arguments: tuple[str, ...]  # every keyword argument of the method, call options included
    call_kwargs: tuple[str, ...]  # the options the method hands to _call: "max_wait=max_wait"
    placements: tuple[Placement, ...]  # query and body always, headers and path when there are any
    response_class: str
    response_is_list: bool
    response_schema: Mapping[str, JSON]  # the payload's JSON Schema, as the spec writes it
    # Wire names of the payload fields that prove success (response schema `required`, object
    # payloads): a success status without one is UnexpectedResponseError (the model requires it).
    response_required: tuple[str, ...]
    payload_field: str | None  # where the payload sits in a success body (None: the body)
    example: JSON  # the whole example response, envelope included (required by the schema)
    example_kind: str  # "published" (the source's own) or "field-table" (built from its table)
    example_source: str | None
    request_example: Mapping[str, JSON] | None  # by wire name
    request_example_source: str | None
    errors: tuple[ErrorCode, ...]  # in spec order
    rate_limits: tuple[runtime.RateLimitRule, ...]  # enforced buckets
    rate_limit_statements: tuple[RateLimitStatement, ...]
    rate_limit_enforced: tuple[str, ...]  # statement ids
    rate_limit_reason: str | None
    rate_limit_text: str  # one line for docstrings: every statement, then what is enforced
    notes: tuple[Note, ...]
    conflicts: tuple[Conflict, ...]
    killswitch: KillSwitch | None
    envelope: Envelope | None  # the endpoint's own envelope (spec `envelope:`), merged
    live: LiveFixture | None
    endpoint: runtime.Endpoint  # what the runtime reads at call time
    spec_path: str
    spec_sha256: str
    body_array: BodyArray | None = None  # the body is a JSON array of items (OKX batch)

    @property
    def auth_param_names(self) -> tuple[str, ...]:
        return tuple(p.wire_name for p in self.auth_params)

    @property
    def sorted_errors(self) -> tuple[ErrorCode, ...]:
        return tuple(sorted(self.errors, key=lambda e: e.code))

    @property
    def item_placements(self) -> tuple[Placement, ...]:
        """body_array: the placement that builds one item (its body dict)."""
        return tuple(pl for pl in self.placements if pl.var == "body")

    @property
    def body_var(self) -> str:
        """What the method hands to `_call` as the body: the items of a body array, else the
        body dict."""
        return "items" if self.body_array is not None else "body"

    @property
    def has_header_params(self) -> bool:
        return any(p.location == "header" for p in self.params)


@dataclass(frozen=True)
class Group:
    name: str
    sync_class: str
    async_class: str
    operations: tuple[Operation, ...]


# --------------------------------------------------------------------------------------------
# Exchanges


@dataclass(frozen=True)
class UndocumentedCode:
    """A code the simulator answers with although no source documents it, and why."""

    code: str
    meaning: str
    reason: str


@dataclass(frozen=True)
class SimulatorFacts:
    """How the simulator answers what no endpoint behaviour decides (spec `simulator:`)."""

    missing_param: str  # error codes
    invalid_param: str
    not_found: str
    stale_timestamp: str | None  # None: no timestamp window (Kraken's nonce)
    params_in: tuple[str, ...]  # where query and body params may arrive: query, form, json
    missing_param_message: str  # with {name}
    invalid_param_message: str  # with {name} and {problem}
    undocumented: tuple[UndocumentedCode, ...]
    source: str


@dataclass(frozen=True)
class Envelope:
    """The exchange's envelope as the runtime reads it, and what only the generator needs."""

    record: runtime.Envelope
    code_is_int: bool  # the exchange sends its code as a JSON number
    default_error_status: int  # HTTP status an error body comes with when a rule does not say
    error_http_status: int | None  # as the spec states it
    source: str


@dataclass(frozen=True)
class ServerTime:
    record: runtime.ServerTime
    as_string: bool  # the time arrives as a JSON string (Bitget)
    source: str


@dataclass(frozen=True)
class RateLimitHeaders:
    record: runtime.RateLimitHeaders
    retry_after_unit: str | None  # as the spec states it (the runtime infers the unit)
    source: str


@dataclass(frozen=True)
class Exchange:
    id: str
    name: str
    sync_class: str
    async_class: str
    source: str
    base_url: str
    alternate_base_urls: tuple[str, ...]
    hosts_source: str
    auth_scheme: str
    api_key_env: str
    api_secret_env: str
    passphrase_env: str | None
    timestamp_tolerance_ms: int
    auth_key_in: str  # where the API key goes: header | query (from the recipe)
    auth_key_name: str  # the header or query parameter holding it
    auth_signature: str  # what is signed and how, in words (from the recipe)
    auth_source: str
    auth: Auth  # the signing recipe and its known-answer vectors
    envelope: Envelope
    errors: tuple[ErrorCode, ...]  # in spec order
    http_errors: tuple[HttpError, ...]
    server_time: ServerTime | None
    rate_limit_headers: RateLimitHeaders | None
    ip_groups: tuple[IpGroup, ...]
    notes: tuple[Note, ...]
    conflicts: tuple[Conflict, ...]
    simulator: SimulatorFacts | None  # None: the simulator does not serve this exchange
    groups: tuple[Group, ...]
    info: runtime.ExchangeInfo  # what the runtime reads at call time
    spec_path: str  # the exchange file
    spec_sha256: str  # of the exchange file
    sources_sha256: str  # over the exchange file and all its endpoint files

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for g in self.groups for op in g.operations)

    @property
    def needs_passphrase(self) -> bool:
        return self.passphrase_env is not None

    @property
    def sorted_errors(self) -> tuple[ErrorCode, ...]:
        return tuple(sorted(self.errors, key=lambda e: e.code))

    @property
    def spec_dir(self) -> str:
        """The exchange's spec directory, with a trailing slash: "specs/bingx/"."""
        return self.spec_path.rsplit("/", 1)[0] + "/"


@dataclass(frozen=True)
class Project:
    exchanges: tuple[Exchange, ...]
    sources_sha256: str

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for ex in self.exchanges for op in ex.operations)
