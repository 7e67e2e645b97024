"""Emit the live conformance tests: every endpoint of every exchange the simulator serves,
driven through the SDK against the simulator over real HTTP
(`tests/test_<exchange>_<group>_<operation>_live.py`).

What each test does is derived from the IR: the call's arguments from the required parameters,
the parameters the kill-switch role names and the spec's request example; a countdown's arm and
disarm from its kill-switch role; the orders to seed and where the response lists the cancelled
ones from the endpoint's `live_test:` fixture; the timestamp error from the exchange's
`simulator:` section; pacing from the enforced rate limits and the timestamp tolerance.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from generator.emit.base import Rendered, header, render, template_sha256
from generator.emit.simulator_routes import permission_of, served
from generator.errors import GeneratorError
from generator.ir.types import Exchange, Operation, Project

__all__ = ["TEMPLATE", "Countdown", "LiveCase", "live_case", "render_live_tests"]

TEMPLATE = "tests/test_endpoint_live.py.jinja"


@dataclass(frozen=True)
class Countdown:
    arm: Mapping[str, object]
    disarm: Mapping[str, object]
    seconds: int


@dataclass(frozen=True)
class LiveCase:
    args: Mapping[str, object]
    seed_match: list[Mapping[str, object]]  # orders the call must cancel
    seed_other: list[Mapping[str, object]]  # orders it must leave alone
    result_ids: tuple[str, ...]  # path of the cancelled order ids in the raw body
    countdown: Countdown | None
    empty_error: str | None  # class raised when nothing matches
    timestamp_error: str  # class raised when the client's clock is outside the window
    timestamp_error_snake: str  # its name in the test's name: "timestamperror"
    timestamp_code: str | None  # the code the simulator answers that with; None: no window
    secrets: Mapping[str, str]  # the test accounts' secrets as the client takes them
    success_codes: tuple[str | None, ...]  # success codes as the request log shows them
    skew_ms: int
    gap_ms: int  # manual-clock step between two signed calls (keeps under the UID limits)
    extend_after_ms: int  # when to re-arm a countdown (inside the timestamp window)
    rate_limit_count: int | None  # calls allowed in one window of the tightest UID bucket
    killswitch: str | None  # the spec's killswitch role: driven through _killswitch_specs
    other_permission: str  # a permission that is not the one the endpoint needs


def _args(op: Operation) -> dict[str, object]:
    """Required parameters, then those the kill-switch role names (market, account, timeout),
    each at its sample value; the spec's request example overrides them."""
    ks = op.killswitch
    named = (
        {ks.market_kwarg, ks.timeout_kwarg, *ks.account_kwargs} - {None}
        if ks is not None
        else set()
    )
    args: dict[str, object] = {p.python_name: p.sample for p in op.params if p.required}
    for p in op.params:
        if p.python_name in named:
            args.setdefault(p.python_name, p.sample)
    by_wire = {p.wire_name: p.python_name for p in op.params}
    for wire, value in (op.request_example or {}).items():
        if wire in by_wire:
            args[by_wire[wire]] = value
    return args


def _countdown(op: Operation, args: Mapping[str, object]) -> Countdown | None:
    ks = op.killswitch
    if ks is None or ks.role != "countdown" or ks.timeout_kwarg is None:
        return None
    timeout = args[ks.timeout_kwarg]
    if not isinstance(timeout, int | float):
        raise GeneratorError(f"{op.spec_path}: the countdown's timeout sample is not a number")
    market = (
        {ks.market_kwarg: args[ks.market_kwarg]}
        if ks.market_kwarg is not None and ks.market_kwarg in args
        else {}
    )
    # the account's parameters (Gate futures' settle) from the same samples
    market.update({k: args[k] for k in ks.account_kwargs if k in args})
    seconds = timeout / 1000 if ks.unit == "ms" else timeout
    return Countdown(
        arm={**ks.arm_kwargs, ks.timeout_kwarg: timeout, **market},
        disarm={**ks.disarm_kwargs, **market},
        seconds=int(seconds),
    )


def _error_class(ex: Exchange, op: Operation, code: str) -> str | None:
    for rule in (*op.errors, *ex.errors):
        if rule.code == code:
            return rule.error_class
    return None


def _secrets(ex: Exchange) -> dict[str, str]:
    """The simulator accounts' secrets as a client passes them: an exchange that keys its HMAC
    with the base64-decoded secret (Kraken) shows its users the base64 text of the key."""
    raw = {"default": "test-secret", "wrong": "wrong-secret", "read_only": "read-only-secret"}
    if ex.auth.recipe.key != "secret-base64":
        return raw
    return {k: base64.b64encode(v.encode()).decode() for k, v in raw.items()}


def live_case(ex: Exchange, op: Operation) -> LiveCase:
    facts = ex.simulator
    if facts is None:
        raise GeneratorError(f"{ex.spec_path}: no simulator: section")
    args = _args(op)
    countdown = _countdown(op, args)
    if op.body_array is not None:  # the arguments are one item of the array
        args = {op.body_array.argument: [args]}
    uid = [r for r in op.rate_limits if r.scope == "uid"]
    gap = max((-(-r.interval_ms * r.weight // r.count) for r in uid), default=0)
    tightest = min(uid, key=lambda r: r.count, default=None)
    tolerance = ex.timestamp_tolerance_ms
    seconds = countdown.seconds if countdown else 0
    extend_after = min(tolerance - 1000, seconds * 1000 // 2)
    live = op.live
    empty = live.nothing_to_cancel if live is not None else None
    env = (op.envelope or ex.envelope).record  # an endpoint's own envelope (HTX v1) wins
    # An undocumented timestamp code comes with HTTP 401 (AuthenticationError).
    stale = facts.stale_timestamp
    timestamp_error = (_error_class(ex, op, stale) if stale else None) or "AuthenticationError"
    return LiveCase(
        args=args,
        seed_match=list(live.cancels) if live else [],
        seed_other=list(live.keeps) if live else [],
        result_ids=live.cancelled_ids if live else (),
        countdown=countdown,
        empty_error=_error_class(ex, op, empty) if empty else None,
        timestamp_error=timestamp_error,
        timestamp_error_snake=timestamp_error.lower(),
        timestamp_code=stale,
        secrets=_secrets(ex),
        success_codes=(None,) if env.code_field is None else env.success_codes,
        skew_ms=tolerance + 60_000,
        gap_ms=gap,
        extend_after_ms=max(extend_after, gap),
        rate_limit_count=(  # calls, each weighing `weight` in the bucket
            tightest.count // tightest.weight
            if tightest is not None and tightest.count <= 300
            else None
        ),
        killswitch=op.killswitch.role if op.killswitch is not None else None,
        other_permission="Trade" if permission_of(op) == "Read" else "Read",
    )


def render_live_tests(project: Project) -> list[Rendered]:
    out: list[Rendered] = []
    for ex in served(project):
        for op in ex.operations:
            digest = hashlib.sha256(f"{op.spec_sha256}{template_sha256(TEMPLATE)}".encode())
            head = header(op.spec_path, digest.hexdigest())
            text = render(TEMPLATE, header=head, ex=ex, op=op, lc=live_case(ex, op))
            out.append(Rendered(f"tests/test_{ex.id}_{op.group}_{op.name}_live.py", text, True))
    return out
