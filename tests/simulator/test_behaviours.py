"""The documented behaviour of each endpoint, rate limits as each exchange answers them, the
admin API, faults and the command line."""

from __future__ import annotations

import asyncio
import base64
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

import httpx
import pytest
import raw_signing as rs

from exchange_sdk import HTX, AsyncBingX, BingX, Bitget, Gate, Kraken, errors
from exchange_sdk.cli import build_parser, main
from exchange_sdk.simulator import SimulatorServer
from exchange_sdk.simulator.pytest_plugin import SimAdmin

T = TypeVar("T", BingX, AsyncBingX, Bitget, Gate, HTX)


def unpaced(client: T) -> T:
    """Without the SDK's own (real-time) rate limiter: the simulator's clock paces these tests."""
    client.rate_limiter = None
    return client


def bingx(sim: SimAdmin) -> BingX:
    return unpaced(BingX(api_key=rs.KEY, api_secret=rs.SECRET, base_url=sim.url, max_retries=0))


# -- BingX ------------------------------------------------------------------------------


def test_bingx_batch_cancel_rejects_activate_and_close_until_done(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()
    exchange_sim.configure(bingx_batch_size=100, bingx_batch_interval_ms=1000)
    exchange_sim.seed_orders("bingx", "BTC-USDT", count=250)
    client = bingx(exchange_sim)
    client.spot.cancel_all_after(type="ACTIVATE", time_out=10)
    exchange_sim.advance(seconds=10)
    assert len(exchange_sim.orders("bingx")) == 150  # the first batch
    for kind in ("ACTIVATE", "CLOSE"):
        with pytest.raises(errors.ServerError) as info:
            client.spot.cancel_all_after(type=kind, time_out=10)
        assert info.value.code == "100503"
        exchange_sim.advance(1000)  # the next batch (and the next UID rate-limit window)
    assert exchange_sim.orders("bingx") == []
    assert exchange_sim.orders("bingx") == []
    assert client.spot.cancel_all_after(type="ACTIVATE", time_out=10).status == "ACTIVATED"


def test_bingx_cancel_all_after_trigger_time_in_seconds_and_close(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock(now_ms=1_700_000_000_500)
    result = bingx(exchange_sim).spot.cancel_all_after(type="ACTIVATE", time_out=60)
    assert result.trigger_time == 1_700_000_060
    assert "2023-11-14 22:14:20 UTC(+0)" in (result.note or "")
    exchange_sim.advance(1000)
    closed = bingx(exchange_sim).spot.cancel_all_after(type="CLOSE", time_out=10)
    assert closed.status == "CLOSED" and exchange_sim.countdowns() == []


def test_bingx_cancel_all_symbols_when_none_given(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bingx", "BTC-USDT")
    exchange_sim.seed_orders("bingx", "ETH-USDT")
    exchange_sim.seed_orders("gate", "BTC_USDT")
    result = bingx(exchange_sim).spot.cancel_open_orders()
    assert {o.symbol for o in result.orders or []} == {"BTC-USDT", "ETH-USDT"}
    assert [o["exchange"] for o in exchange_sim.orders()] == ["gate"]


def test_bingx_order_ids_beyond_2_53_survive(exchange_sim: SimAdmin) -> None:
    [order] = exchange_sim.seed_orders("bingx", "BTC-USDT")
    [cancelled] = bingx(exchange_sim).spot.cancel_open_orders().orders or []
    assert cancelled.order_id == int(order["order_id"]) > 2**53


def test_bingx_rate_limit_100410_with_unblock_time(exchange_sim: SimAdmin) -> None:
    clock = exchange_sim.manual_clock()
    client = bingx(exchange_sim)
    client.spot.cancel_all_after(type="ACTIVATE", time_out=10)
    with pytest.raises(errors.RateLimitError) as info:
        client.spot.cancel_all_after(type="ACTIVATE", time_out=10)
    error = info.value
    assert error.code == "100410" and error.http_status == 200
    unblock = (clock["now_ms"] // 1000 + 1) * 1000
    assert f"unblocked after {unblock}" in error.message
    assert error.headers["X-RateLimit-Requests-Remain"] == "0"
    assert error.headers["X-RateLimit-Requests-Expire"] == str(unblock)
    exchange_sim.advance(1000)
    client.spot.cancel_all_after(type="ACTIVATE", time_out=10)


def test_ip_whitelist(exchange_sim: SimAdmin) -> None:
    exchange_sim.add_account("fenced", "fenced-secret", "p", ip_whitelist=["10.1.2.3"])
    with pytest.raises(errors.PermissionDeniedError) as info:
        BingX(
            api_key="fenced", api_secret="fenced-secret", base_url=exchange_sim.url
        ).spot.cancel_open_orders()
    assert info.value.code == "100419"
    exchange_sim.add_account("open", "open-secret", "p", ip_whitelist=["127.0.0.1"])
    BingX(
        api_key="open", api_secret="open-secret", base_url=exchange_sim.url
    ).spot.cancel_open_orders()


# -- HTX --------------------------------------------------------------------------------


def htx_cancel(sim: SimAdmin, body: dict[str, object]) -> httpx.Response:
    return rs.htx(rs.HTX_CANCEL_ALL, body, sim.url.split("://")[1]).send(sim.url)


def test_htx_filters_and_1051(exchange_sim: SimAdmin) -> None:
    seed = exchange_sim.seed_orders
    buy_long = seed("htx", "BTC-USDT", side="buy", position_side="long")[0]["order_id"]
    sell_short = seed("htx", "BTC-USDT", side="sell", position_side="short")[0]["order_id"]
    eth_both = seed("htx", "ETH-USDT", side="buy", position_side="both")[0]["order_id"]
    nothing = htx_cancel(
        exchange_sim, {"contract_code": "BTC-USDT", "position_side": "both"}
    ).json()
    assert (nothing["code"], nothing["message"]) == (1051, "No orders to cancel.")
    first = htx_cancel(exchange_sim, {"contract_code": "BTC-USDT", "side": "sell"}).json()
    assert [i["order_id"] for i in first["data"]] == [sell_short]
    rest = htx_cancel(exchange_sim, {}).json()
    assert {i["order_id"] for i in rest["data"]} == {buy_long, eth_both}
    assert htx_cancel(exchange_sim, {}).json()["code"] == 1051


def test_htx_per_item_failure_and_rate_limit_headers(exchange_sim: SimAdmin) -> None:
    ok, bad = exchange_sim.seed_orders("htx", "BTC-USDT", count=2)
    exchange_sim.fail_order(bad["order_id"], code="1017", message="Order doesn't exist")
    response = htx_cancel(exchange_sim, {})
    items = {i["order_id"]: i for i in response.json()["data"]}
    assert items[ok["order_id"]]["code"] == 200 and items[bad["order_id"]]["code"] == 1017
    assert exchange_sim.order_ids("htx") == {bad["order_id"]}
    assert response.headers["ratelimit-limit"] == "72"  # the tighter of the trade/private buckets
    assert response.headers["ratelimit-interval"] == "3000"
    assert int(response.headers["ratelimit-remaining"]) == 71


def test_htx_rate_limit_1032(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock(now_ms=int(rs.now_ms() // 3000 * 3000))
    raw = rs.htx(rs.HTX_CANCEL_ALL, {}, exchange_sim.url.split("://")[1])
    with httpx.Client(base_url=exchange_sim.url) as http:
        codes = [
            http.post(raw.path, params=raw.query, headers=raw.headers, content=raw.body).json()[
                "code"
            ]
            for _ in range(73)
        ]
    assert codes[:72] == [1051] * 72 and codes[72] == 1032


# -- Bitget -----------------------------------------------------------------------------


def test_bitget_success_and_failure_lists(exchange_sim: SimAdmin) -> None:
    a, b, c = exchange_sim.seed_orders("bitget", "BTCUSDT", count=3)
    exchange_sim.seed_orders("bitget", "BTCUSD", product_type="COIN-FUTURES", margin_coin="BTC")
    exchange_sim.fail_order(c["order_id"], code="22001", message="No order to cancel")
    client = Bitget(
        api_key=rs.KEY, api_secret=rs.SECRET, passphrase=rs.PASSPHRASE, base_url=exchange_sim.url
    )
    result = client.mix.cancel_all_orders(product_type="USDT-FUTURES", margin_coin="USDT")
    assert {s.order_id for s in result.success_list or []} == {a["order_id"], b["order_id"]}
    [failure] = result.failure_list or []
    assert (failure.order_id, failure.error_code, failure.error_msg) == (
        c["order_id"],
        "22001",
        "No order to cancel",
    )
    assert {o["symbol"] for o in exchange_sim.orders("bitget")} == {"BTCUSDT", "BTCUSD"}


def test_bitget_rate_limit_is_http_429(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()
    client = Bitget(
        api_key=rs.KEY,
        api_secret=rs.SECRET,
        passphrase=rs.PASSPHRASE,
        base_url=exchange_sim.url,
        max_retries=0,
    )
    for _ in range(10):
        client.mix.cancel_all_orders(product_type="USDT-FUTURES")
    with pytest.raises(errors.RateLimitError) as info:
        client.mix.cancel_all_orders(product_type="USDT-FUTURES")
    assert (info.value.http_status, info.value.code) == (429, "429")


# -- Kraken -----------------------------------------------------------------------------


def test_kraken_rest_counter_drains_steadily(exchange_sim: SimAdmin) -> None:
    """Kraken's Starter REST counter (max 15, -0.33/s; 15 drained over 45455 ms): 15 calls at
    once, then one more each time a unit has drained (3031 ms), not a fixed 45 s window."""
    exchange_sim.manual_clock()
    secret = base64.b64encode(rs.SECRET.encode()).decode()
    client = Kraken(api_key=rs.KEY, api_secret=secret, base_url=exchange_sim.url, max_retries=0)
    client.rate_limiter = None
    for _ in range(15):
        client.spot.open_orders()
    with pytest.raises(errors.RateLimitError) as info:
        client.spot.open_orders()
    assert info.value.code == "EAPI:Rate limit exceeded"
    exchange_sim.advance(3000)  # 0.99 of a unit drained: still full
    with pytest.raises(errors.RateLimitError):
        client.spot.open_orders()
    exchange_sim.advance(31)  # one unit
    client.spot.open_orders()
    with pytest.raises(errors.RateLimitError):
        client.spot.open_orders()
    exchange_sim.advance(45_455)  # drained completely: a whole burst again
    for _ in range(15):
        client.spot.open_orders()
    with pytest.raises(errors.RateLimitError):
        client.spot.cancel_all()  # one counter for every private call


# -- Gate -------------------------------------------------------------------------------


def gate(sim: SimAdmin) -> Gate:
    return unpaced(Gate(api_key=rs.KEY, api_secret=rs.SECRET, base_url=sim.url, max_retries=0))


def test_gate_countdown_rules(exchange_sim: SimAdmin) -> None:
    clock = exchange_sim.manual_clock()
    exchange_sim.seed_orders("gate", "BTC_USDT")
    eth = exchange_sim.seed_orders("gate", "ETH_USDT")[0]["order_id"]
    raw = rs.gate(rs.GATE_COUNTDOWN, {"timeout": 5, "currency_pair": "BTC_USDT"}).send(
        exchange_sim.url
    )
    assert raw.json() == {"triggerTime": str(clock["now_ms"] + 5000)}  # a string of ms
    for bad in (1, 4):
        response = rs.gate(rs.GATE_COUNTDOWN, {"timeout": bad}).send(exchange_sim.url)
        assert (response.status_code, response.json()["label"]) == (400, "INVALID_PARAM_VALUE")
    exchange_sim.advance(4000)
    gate(exchange_sim).spot.countdown_cancel_all(
        timeout=5, currency_pair="BTC_USDT"
    )  # re-arm resets
    exchange_sim.advance(4000)
    assert len(exchange_sim.orders("gate")) == 2
    assert (
        gate(exchange_sim)
        .spot.countdown_cancel_all(timeout=0, currency_pair="BTC_USDT")
        .trigger_time
        == 0
    )
    exchange_sim.advance(60_000)
    assert len(exchange_sim.orders("gate")) == 2  # disarmed
    gate(exchange_sim).spot.countdown_cancel_all(timeout=5, currency_pair="BTC_USDT")
    exchange_sim.advance(5000)
    assert exchange_sim.order_ids("gate") == {eth}  # only its pair


def test_gate_countdown_for_every_market(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()
    exchange_sim.seed_orders("gate", "BTC_USDT")
    exchange_sim.seed_orders("gate", "ETH_USDT")
    exchange_sim.seed_orders("bingx", "BTC-USDT")
    gate(exchange_sim).spot.countdown_cancel_all(timeout=30)
    exchange_sim.advance(seconds=30)
    assert [o["exchange"] for o in exchange_sim.orders()] == ["bingx"]


def test_gate_rate_limit_429_with_headers(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock(now_ms=int(rs.now_ms() // 10_000 * 10_000))
    client = gate(exchange_sim)
    first = client.spot.countdown_cancel_all(timeout=30)
    assert first.raw_response.headers["X-Gate-RateLimit-Requests-Remain"] == "199"
    for _ in range(199):
        client.spot.countdown_cancel_all(timeout=30)
    with pytest.raises(errors.RateLimitError) as info:
        client.spot.countdown_cancel_all(timeout=30)
    error = info.value
    assert (error.http_status, error.code) == (429, "TOO_MANY_REQUESTS")
    assert error.headers["X-Gate-RateLimit-Requests-Remain"] == "0"
    assert error.headers["X-Gate-RateLimit-Limit"] == "200"


# -- concurrency --------------------------------------------------------------------------


def test_concurrent_cancels_never_lose_or_double_cancel(exchange_sim: SimAdmin) -> None:
    exchange_sim.configure(rate_limits=False)
    seeded = {o["order_id"] for o in exchange_sim.seed_orders("bingx", "BTC-USDT", count=300)}
    results: list[list[str]] = []
    lock = threading.Lock()

    def worker() -> None:
        with bingx(exchange_sim) as client:
            for _ in range(5):
                ids = [
                    str(o.order_id)
                    for o in client.spot.cancel_open_orders(symbol="BTC-USDT").orders or []
                ]
                with lock:
                    results.append(ids)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    cancelled = [i for ids in results for i in ids]
    assert len(cancelled) == len(set(cancelled)) == 300
    assert set(cancelled) == seeded and exchange_sim.orders("bingx") == []


def test_concurrent_async_cancels_while_seeding(exchange_sim: SimAdmin) -> None:
    exchange_sim.configure(rate_limits=False)

    async def go() -> list[str]:
        async with unpaced(
            AsyncBingX(api_key=rs.KEY, api_secret=rs.SECRET, base_url=exchange_sim.url)
        ) as client:
            replies = await asyncio.gather(*(client.spot.cancel_open_orders() for _ in range(40)))
        return [str(o.order_id) for r in replies for o in r.orders or []]

    seeded = {o["order_id"] for o in exchange_sim.seed_orders("bingx", "BTC-USDT", count=100)}
    cancelled = asyncio.run(go())
    assert sorted(cancelled) == sorted(seeded)


# -- admin, faults, runner, command line -----------------------------------------------------


def test_admin_rejects_bad_input(exchange_sim: SimAdmin) -> None:
    for method, path, body in [
        ("POST", "/_sim/orders", {"exchange": "nowhere", "symbol": "X"}),
        ("POST", "/_sim/orders", {"exchange": "bingx", "symbol": "X", "colour": "red"}),
        ("POST", "/_sim/faults", {"kind": "gremlins"}),
        ("POST", "/_sim/faults", {"kind": "status", "ratio": 2}),
        ("POST", "/_sim/clock", {"mode": "sideways"}),
        ("POST", "/_sim/clock/advance", {"ms": -5}),
        ("POST", "/_sim/config", {"rate_limits": "yes"}),
        ("POST", "/_sim/accounts", {"key": "k"}),
    ]:
        response = httpx.request(method, exchange_sim.url + path, json=body)
        assert response.status_code == 400 and "error" in response.json(), (path, body)
    assert httpx.post(exchange_sim.url + "/_sim/orders", content=b"{oops").status_code == 400


def test_fault_ratio_and_latency(exchange_sim: SimAdmin) -> None:
    exchange_sim.configure(rate_limits=False)
    exchange_sim.add_fault("status", ratio=0.0, status=500)
    exchange_sim.add_fault("latency", latency_ms=20, exchange="bingx")
    for _ in range(5):
        bingx(exchange_sim).spot.cancel_open_orders()
    assert len(exchange_sim.request("GET", "faults")["faults"]) == 2
    exchange_sim.clear_faults()
    exchange_sim.add_fault("status", ratio=1.0, status=502, operation="spot.cancel_open_orders")
    with pytest.raises(errors.ServerError):
        bingx(exchange_sim).spot.cancel_open_orders()
    bingx(exchange_sim).spot.cancel_all_after(type="CLOSE", time_out=10)  # other operations pass


def test_server_time_endpoints(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock(now_ms=1_688_008_631_614)
    url = exchange_sim.url
    assert httpx.get(url + "/openApi/swap/v2/server/time").json()["data"] == {
        "serverTime": 1_688_008_631_614
    }
    # HTX and KuCoin share the path: one body holds each one's fields (ts; code and data)
    assert httpx.get(url + "/api/v1/timestamp").json() == {
        "status": "ok",
        "ts": 1_688_008_631_614,
        "code": "200000",
        "data": 1_688_008_631_614,
    }
    assert httpx.get(url + "/api/v2/public/time").json()["data"] == {"serverTime": "1688008631614"}
    assert httpx.get(url + "/api/v4/spot/time").json() == {"server_time": 1_688_008_631_614}


def test_extra_accounts_and_the_subprocess_runner() -> None:
    from exchange_sdk.simulator import Account

    with SimulatorServer(
        subprocess=True, accounts=[Account("bot", "bot-secret", "bot-pass")]
    ) as sim:
        keys = {a["key"] for a in sim.admin.request("GET", "accounts")["accounts"]}
        assert keys == {"test-key", "bot"}
        Bitget(
            api_key="bot", api_secret="bot-secret", passphrase="bot-pass", base_url=sim.url
        ).mix.cancel_all_orders(product_type="USDT-FUTURES")


def test_command_line() -> None:
    args = build_parser().parse_args(
        ["simulate", "--port", "9999", "--key", "a:b:c", "--key", "d:e"]
    )
    assert (args.command, args.port, args.host, args.key) == (
        "simulate",
        9999,
        "127.0.0.1",
        ["a:b:c", "d:e"],
    )
    assert main(["simulate", "--key", "no-secret"]) == 2
    assert main([]) == 2
    out = subprocess.run(
        [sys.executable, "-m", "exchange_sdk.cli", "simulate", "--help"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and "--key KEY:SECRET[:PASSPHRASE]" in out.stdout


def test_injected_429_is_each_exchange_s_own_rate_limit_answer(exchange_sim: SimAdmin) -> None:
    """A 429 fault answers in the exchange's rate-limit shape (its code, message and headers),
    so the SDK raises RateLimitError with the exchange's code and, where a header says when
    the window ends, ``retry_after`` (Gate: X-Gate-RateLimit-Reset-Timestamp)."""
    # the real clock: the reset header is compared with the client's clock
    calls: dict[str, Callable[[], object]] = {
        "bingx": lambda: bingx(exchange_sim).spot.cancel_open_orders(symbol="BTC-USDT"),
        "htx": lambda: unpaced(
            HTX(api_key=rs.KEY, api_secret=rs.SECRET, base_url=exchange_sim.url, max_retries=0)
        ).futures.cancel_all_orders(contract_code="BTC-USDT"),
        "bitget": lambda: unpaced(
            Bitget(
                api_key=rs.KEY,
                api_secret=rs.SECRET,
                passphrase=rs.PASSPHRASE,
                base_url=exchange_sim.url,
                max_retries=0,
            )
        ).mix.cancel_all_orders(product_type="USDT-FUTURES"),
        "gate": lambda: unpaced(
            Gate(api_key=rs.KEY, api_secret=rs.SECRET, base_url=exchange_sim.url, max_retries=0)
        ).spot.cancel_all_orders(currency_pair="BTC_USDT"),
    }
    for exchange, call in calls.items():
        exchange_sim.add_fault("status", status=429, exchange=exchange, next=1)
        with pytest.raises(errors.RateLimitError) as info:
            call()
        err = info.value
        assert err.http_status == 429, exchange
        assert "unavailable" not in str(err) and "injected" not in str(err), exchange
        logged = exchange_sim.requests()[-1]
        assert logged["status"] == 429 and logged["code"] not in (None, "", "503"), exchange
        if exchange == "gate":
            assert err.code == "TOO_MANY_REQUESTS"
            assert err.retry_after is not None and 0 < err.retry_after <= 1.5, err.retry_after
