"""Where the SDK's client CPU above the floor goes, per call (companion of sdk_calls.py).

For each of the five sync calls of ``sdk_calls.py`` this prints, in microseconds of CPU per call:

- ``SDK`` and ``floor`` against the loopback server, and the same minus the network:
  the SDK with a ``MockTransport`` answering the canned response, and the floor's signing,
  ``json.loads`` and envelope check;
- the SDK's stages, each timed alone through documented seams: the generated method (argument
  checks, building ``query``/``body``; ``_call`` replaced by a recorder), the signer
  (the generated ``exchange_sdk/<id>/_signing.py``), parsing as the client runs it (the JSON
  fast path, ``parse.PARSERS.fast``: envelope and model validated from the bytes; or, where
  it steps aside, as for BitMEX's JSON float prices, the general path; the row says which),
  the fast path's bare attempt on this body (a refused one is what the client now skips),
  the general path's two steps (``envelope.unwrap``: JSON decode with Decimal floats +
  envelope; ``model_validate`` of the payload), the rest of ``_call`` (what the in-process
  total leaves),
  and the transport (``SocketTransport.send`` against the server) beside the sync floor's
  bare socket + httptools send of the same request;
- with ``--cprofile N``: a cProfile of N sync calls against the server, top functions by own
  time (wall clock: the transport's ``send`` includes the wait for the server).

Usage::

    python benchmarks/sdk_profile.py [--calls N] [--cprofile N] [CALL ...]
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import pstats
import statistics
import time
from collections.abc import Callable, Mapping
from typing import Any, cast

import sdk_calls as sc
from _harness import pin_client, run_server, table


def _cpu_per_call(fn: Callable[[], object], calls: int, batch: int = 1) -> float:
    """Median CPU microseconds of one ``fn()`` over ``calls`` timed batches of ``batch``."""
    cpu = time.process_time_ns
    for _ in range(max(20, calls // 10)):
        fn()
    samples = []
    for _ in range(calls):
        c0 = cpu()
        for _ in range(batch):
            fn()
        samples.append((cpu() - c0) / batch)
    return statistics.median(samples) / 1000


def _recorder(into: dict[str, Any]) -> Callable[..., Any]:
    def record(
        endpoint: Any, query: Mapping[str, object], body: Mapping[str, object], **kw: Any
    ) -> Any:
        into.update(endpoint=endpoint, query=query, body=body)
        return None

    return record


def _model_class(endpoint: Any) -> Any:
    module, _, name = str(endpoint.response_model).partition(":")
    return getattr(importlib.import_module(module), name)


def stages(call: sc.Call, base: str, calls: int) -> list[tuple[str, float, float | None]]:
    """(stage, SDK us, floor us or None) for one call."""
    from exchange_sdk._runtime import envelope, signing, transport
    from exchange_sdk._runtime.parse import PARSERS

    body = sc.compact_json(sc.RESPONSES[call.name])
    canned = transport.HttpResponse(200, {"content-type": "application/json"}, body)

    # Against the server.
    sdk_call, sdk_close = sc.sdk_sync(call.name, base)
    floor_call, floor_close = sc.floor_sync(call, base)
    sdk_net = _cpu_per_call(sdk_call, calls)
    floor_net = _cpu_per_call(floor_call, calls)
    sdk_close()
    floor_close()

    # The SDK without the network: the same call on a MockTransport.
    mock_call, mock_close = sc.sdk_sync(call.name, base, transport.MockTransport(lambda r: canned))
    client: Any = cast(Any, mock_close).__self__  # close is the client's bound method
    sdk_local = _cpu_per_call(mock_call, calls, batch=20)

    # The floor without the network.
    sign = sc.FLOOR_SIGNERS[call.exchange]
    unwrap_floor = sc.floor_payload(call.exchange)
    params = call.params

    def floor_local() -> object:
        sign(base, call.path, sc.fresh(params), call.method)
        return unwrap_floor(200, json.loads(body))

    floor_local_us = _cpu_per_call(floor_local, calls, batch=20)

    # Stage: the generated method alone (argument checks, query/body), _call recorded.
    seen: dict[str, Any] = {}
    real_call = client._call
    client._call = _recorder(seen)
    method_us = _cpu_per_call(mock_call, calls, batch=50)
    client._call = real_call
    endpoint, query, wire_body = seen["endpoint"], seen["query"], seen["body"]
    info = client._info

    # Stage: signing.
    signer = client._signer  # the exchange's generated signer (exchange_sdk/<id>/_signing.py)
    secret = sc.KRAKEN_SECRET if call.exchange.startswith("kraken") else sc.SECRET
    credentials = signing.Credentials(sc.API_KEY, secret, sc.PASSPHRASE)
    now_ms = time.time_ns() // 1_000_000

    def sign_sdk() -> object:
        return signer(endpoint.method, base, endpoint.path, query, wire_body, credentials, now_ms)

    sign_us = _cpu_per_call(sign_sdk, calls, batch=50)
    floor_sign_us = _cpu_per_call(
        lambda: sign(base, call.path, sc.fresh(params), call.method), calls, batch=50
    )

    # Stage: envelope (JSON decode with Decimal floats, success check) vs json.loads + check.
    now = time.time()
    unwrap_us = _cpu_per_call(lambda: envelope.unwrap(canned, info, endpoint, now), calls, 50)
    floor_json_us = _cpu_per_call(lambda: unwrap_floor(200, json.loads(body)), calls, batch=50)

    # Stage: the model.
    payload = envelope.unwrap(canned, info, endpoint, now)
    model = _model_class(endpoint)
    validate_us = _cpu_per_call(lambda: model.model_validate(payload), calls, batch=50)

    # Stage: parsing as the client runs it (the fast path, or the general path where the
    # fast path steps aside: BitMEX's JSON float prices), and the fast path's bare attempt.
    parser = PARSERS.endpoints[id(endpoint)].parser

    def parse() -> object:
        found = PARSERS.fast(endpoint, info, canned)
        if found is None:
            found = PARSERS.model(
                endpoint, info, envelope.unwrap(canned, info, endpoint, now), canned, ()
            )
        return found

    parse_us = _cpu_per_call(parse, calls, batch=50)
    PARSERS.endpoints.clear()  # forget the misses: the next fast() really tries
    fast_answers = PARSERS.fast(endpoint, info, canned) is not None
    attempt_us: float | None = None
    if parser is not None:

        def attempt() -> object:
            try:
                return parser(body)
            except ValueError:  # refused: a JSON float, or a payload only repair accepts
                return None

        attempt_us = _cpu_per_call(attempt, calls, batch=50)
    if fast_answers:
        parse_name = "  parse: fast path (envelope + model from bytes)"
    elif attempt_us is not None:
        parse_name = "  parse: general path (the fast path refuses this body)"
    else:
        parse_name = "  parse: general path (no fast path for this model)"
    attempt_name = "    fast path attempt" + (
        "" if fast_answers else " (refused; skipped per call)"
    )

    # Stage: the transport against the server, beside the bare floor with the same request.
    request = sign_sdk()
    assert isinstance(request, transport.HttpRequest)
    request.timeout = 10.0
    sdk_transport = transport.SocketTransport()
    raw = sc.RawSocketHttp11(base)
    target, headers, payload_bytes = request.url[len(base) :], request.headers, request.body

    def raw_send() -> object:
        return raw.post(target, headers, payload_bytes or b"")

    transport_us = _cpu_per_call(lambda: sdk_transport.send(request), calls)
    raw_us = _cpu_per_call(raw_send, calls)
    sdk_transport.close()
    raw.close()

    rest = sdk_local - method_us - sign_us - parse_us
    rows: list[tuple[str, float, float | None]] = [
        ("whole call, server", sdk_net, floor_net),
        ("whole call, no network", sdk_local, floor_local_us),
        ("  generated method: checks, query/body", method_us, None),
        ("  signing", sign_us, floor_sign_us),
        (parse_name, parse_us, floor_json_us),
    ]
    if attempt_us is not None:
        rows.append((attempt_name, attempt_us, None))
    rows += [
        (
            "    general path: unwrap (JSON decode, Decimal floats, envelope)",
            unwrap_us,
            floor_json_us,
        ),
        ("    general path: model_validate", validate_us, None),
        ("  rest of _call (plan, retries, limiter, attach...)", rest, None),
        ("transport send, server (SDK vs bare socket + httptools)", transport_us, raw_us),
    ]
    return rows


def profile(call: sc.Call, base: str, calls: int, top: int) -> None:
    run, close = sc.sdk_sync(call.name, base)
    for _ in range(500):
        run()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        run()
    profiler.disable()
    close()
    stats = pstats.Stats(profiler)
    rows = []
    entries: dict[Any, Any] = cast(Any, stats).stats
    ranked = sorted(entries.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    for (filename, line, func), (_, ncalls, tottime, cumtime, _) in ranked:
        where = filename.rsplit("/exchange_sdk/", 1)[-1] if "exchange_sdk" in filename else filename
        name = f"{where}:{line}({func})" if line else func
        rows.append(
            [
                name,
                f"{ncalls / calls:g}",
                f"{tottime / calls * 1e6:.2f}",
                f"{cumtime / calls * 1e6:.2f}",
            ]
        )
    print(f"\ncProfile, {call.name} (sync), {calls} calls: per call, wall clock")
    print(table(["function", "calls", "own us", "cum us"], rows, right={1, 2, 3}))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("names", nargs="*", metavar="CALL", help="e.g. BingX.spot.cancel_all_after")
    parser.add_argument("--calls", type=int, default=2000, help="samples per stage (default 2000)")
    parser.add_argument(
        "--cprofile", type=int, default=0, metavar="N", help="also cProfile N calls"
    )
    parser.add_argument("--top", type=int, default=15, help="functions shown per profile")
    args = parser.parse_args()
    chosen = [c for c in sc.CALLS if not args.names or c.name in args.names]
    if not chosen:
        parser.error(f"unknown call; known: {', '.join(c.name for c in sc.CALLS)}")

    with run_server([c.route for c in sc.CALLS]) as server:
        print(f"client {pin_client()} | server CPUs {server.cpus} | {args.calls} samples per stage")
        for call in chosen:
            rows = stages(call, server.base_url, args.calls)
            print(f"\n{call.name} (sync): CPU us per call (median)")
            print(
                table(
                    ["stage", "SDK", "floor", "SDK - floor"],
                    [
                        [
                            name,
                            f"{sdk:.1f}",
                            "" if floor is None else f"{floor:.1f}",
                            "" if floor is None else f"{sdk - floor:+.1f}",
                        ]
                        for name, sdk, floor in rows
                    ],
                    right={1, 2, 3},
                )
            )
        if args.cprofile:
            for call in chosen:
                profile(call, server.base_url, args.cprofile, args.top)


if __name__ == "__main__":
    main()
