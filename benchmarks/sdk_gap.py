"""Where a call's SDK/floor gap goes, in the loop as ``make bench`` runs it (companion of
sdk_calls.py and sdk_profile.py).

For each call, four clients against the same loopback server, in blocks of 100 calls
round-robin (as ``sdk_calls.py`` interleaves its cases), median CPU per call of each:

- ``floor``: sdk_calls.py's sync floor (bare socket + httptools, hand-written signing,
  ``json.loads`` and the envelope check);
- ``+ SDK parse``: the floor's request, then the SDK's own parsing of the answer instead of
  ``json.loads``, as the client runs it: the JSON fast path (``parse.PARSERS.fast``: envelope
  and typed model from the bytes) or, where it steps aside (BitMEX's JSON float prices), the
  general path (``envelope.unwrap`` with Decimal floats, then ``PARSERS.model``);
- ``+ SDK transport``: the same, sent through the SDK's ``SocketTransport`` instead of the bare
  socket (deadline, pool and reuse probe, limits, headers);
- ``SDK``: the call as a user makes it (the generated method, the call loop, the generated
  signer, the transport, the fast path).

Each step's difference is what that part of the SDK costs above the floor in this loop.
With ``--async`` the same four on one asyncio loop: the async floor (``RawHttp11``), the SDK's
parsing after it, the SDK's ``AsyncioTransport`` instead of it, and the async client.

Usage::

    python benchmarks/sdk_gap.py [--blocks N] [--async] [CALL ...]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any, cast

import sdk_calls as sc
from _harness import pin_client, run_server, table


def _sdk_parse(endpoint: Any, info: Any) -> Callable[[bytes], object]:
    """The SDK's parsing of a 200 answer's body, both paths, as ``_call`` runs them."""
    from exchange_sdk._runtime.envelope import unwrap
    from exchange_sdk._runtime.parse import PARSERS
    from exchange_sdk._runtime.transport import HttpResponse

    fast, model = PARSERS.fast, PARSERS.model

    def parse(body: bytes) -> object:
        response = HttpResponse(200, {}, body)
        found = fast(endpoint, info, response)
        if found is not None:
            return found
        return model(endpoint, info, unwrap(response, info, endpoint, 0.0), response, ())

    return parse


def _endpoint(call: sc.Call) -> Any:
    """The endpoint record the SDK's first call of ``call`` registered with the parsers."""
    from exchange_sdk._runtime.parse import PARSERS

    return next(
        entry.endpoint
        for entry in PARSERS.endpoints.values()
        if entry.endpoint.method == call.method
        and entry.endpoint.path.format(settle="usdt") == call.path
        and entry.endpoint.exchange == call.exchange
    )


def _cases(call: sc.Call, base: str) -> tuple[dict[str, Callable[[], object]], Callable[[], None]]:
    from exchange_sdk._runtime import transport

    sdk, sdk_close = sc.sdk_sync(call.name, base)
    floor, floor_close = sc.floor_sync(call, base)
    sdk()  # builds the endpoint's validator
    parser = _sdk_parse(_endpoint(call), cast(Any, sdk_close).__self__._info)
    sign = sc.FLOOR_SIGNERS[call.exchange]
    raw = sc.RawSocketHttp11(base)
    sockets = transport.SocketTransport()
    cut = len(base)

    def with_parse() -> object:
        url, headers, body = sign(base, call.path, sc.fresh(call.params), call.method)
        _, data = raw.post(url[cut:], headers, body or b"", call.method)
        return parser(data)

    def with_transport() -> object:
        url, headers, body = sign(base, call.path, sc.fresh(call.params), call.method)
        request = transport.HttpRequest(call.method, url, headers, body, timeout=10.0)
        return parser(sockets.send(request).body)

    def close() -> None:
        sdk_close()
        floor_close()
        raw.close()
        sockets.close()

    cases = {
        "floor": floor,
        "+ SDK parse": with_parse,
        "+ SDK transport": with_transport,
        "SDK": sdk,
    }
    return cases, close


def measure(call: sc.Call, base: str, blocks: int) -> dict[str, float]:
    cases, close = _cases(call, base)
    cpu = time.process_time_ns
    samples: dict[str, list[int]] = {name: [] for name in cases}
    try:
        for run in cases.values():
            for _ in range(200):
                run()
        for _ in range(blocks):
            for name, run in cases.items():
                for _ in range(100):
                    start = cpu()
                    run()
                    samples[name].append(cpu() - start)
    finally:
        close()
    return {name: statistics.median(values) / 1000 for name, values in samples.items()}


_AsyncCases = dict[str, Callable[[], Awaitable[object]]]


async def _async_cases(
    call: sc.Call, base: str
) -> tuple[_AsyncCases, Callable[[], Awaitable[None]]]:
    from exchange_sdk._runtime import transport

    sdk, sdk_close = await sc.sdk_async(call.name, base)
    floor, floor_close = await sc.floor_async(call, base)
    await sdk()  # builds the endpoint's validator
    client = cast(Any, sdk_close).__self__
    parser = _sdk_parse(_endpoint(call), client._info)
    sign = sc.FLOOR_SIGNERS[call.exchange]
    raw = sc.RawHttp11(base)
    sockets = transport.AsyncioTransport()
    cut = len(base)

    async def with_parse() -> object:
        url, headers, body = sign(base, call.path, sc.fresh(call.params), call.method)
        _, data = await raw.post(url[cut:], headers, body or b"", call.method)
        return parser(data)

    async def with_transport() -> object:
        url, headers, body = sign(base, call.path, sc.fresh(call.params), call.method)
        request = transport.HttpRequest(call.method, url, headers, body, timeout=10.0)
        return parser((await sockets.send(request)).body)

    async def close() -> None:
        await sdk_close()
        await floor_close()
        await raw.close()
        await sockets.aclose()

    cases: _AsyncCases = {
        "floor": floor,
        "+ SDK parse": with_parse,
        "+ SDK transport": with_transport,
        "SDK": sdk,
    }
    return cases, close


async def measure_async(call: sc.Call, base: str, blocks: int) -> dict[str, float]:
    cases, close = await _async_cases(call, base)
    cpu = time.process_time_ns
    samples: dict[str, list[int]] = {name: [] for name in cases}
    try:
        for run in cases.values():
            for _ in range(200):
                await run()
        for _ in range(blocks):
            for name, run in cases.items():
                for _ in range(100):
                    start = cpu()
                    await run()
                    samples[name].append(cpu() - start)
    finally:
        await close()
    return {name: statistics.median(values) / 1000 for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "names", nargs="*", metavar="CALL", help="e.g. Binance.spot.cancel_open_orders"
    )
    parser.add_argument("--blocks", type=int, default=20, help="blocks of 100 calls per client")
    parser.add_argument("--async", dest="use_async", action="store_true", help="the async clients")
    args = parser.parse_args()
    chosen = [c for c in sc.CALLS if not args.names or c.name in args.names]
    if not chosen:
        parser.error(f"unknown call; known: {', '.join(c.name for c in sc.CALLS)}")
    rows = []
    with run_server([c.route for c in sc.CALLS]) as server:
        pin = pin_client()
        for call in chosen:
            if args.use_async:
                m = asyncio.run(measure_async(call, server.base_url, args.blocks))
            else:
                m = measure(call, server.base_url, args.blocks)
            floor = m["floor"]
            rows.append([call.name, *(f"{v:.1f} ({v / floor:.2f})" for v in m.values())])
    mode = "async (asyncio)" if args.use_async else "sync"
    print(f"client {pin}; {mode}; median CPU us per call (x floor), {args.blocks} blocks of 100")
    print(
        table(["call", "floor", "+ SDK parse", "+ SDK transport", "SDK"], rows, right={1, 2, 3, 4})
    )


if __name__ == "__main__":
    main()
