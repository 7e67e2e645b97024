"""The dead-man's switch keeper against the simulator on its manual clock: ``beat()`` re-arms
every native countdown, the test moves the exchange's time, so many timeout periods pass in
milliseconds and nothing depends on how fast this machine is."""

from __future__ import annotations

import asyncio

import pytest
from killswitch_helpers import NATIVE, accounts, open_ids, seed

from exchange_sdk import errors
from exchange_sdk.killswitch import (
    AsyncDeadMansSwitch,
    DeadMansSwitch,
    Miss,
    heartbeat_interval,
)
from exchange_sdk.simulator.pytest_plugin import SimAdmin

pytestmark = pytest.mark.usefixtures("all_simulated")

TIMEOUT = 10  # seconds: the BingX minimum; Gate and HTX accept it too


def _switch(sim: SimAdmin, **kw: object) -> DeadMansSwitch:
    return DeadMansSwitch(
        accounts(sim.url, NATIVE, max_retries=1, htx_mode="single-asset"),
        timeout=TIMEOUT,
        background=False,
        **kw,  # type: ignore[arg-type]
    )


def _all_open(sim: SimAdmin, seeded: dict[str, set[str]]) -> bool:
    return all(open_ids(sim, ex) == ids for ex, ids in seeded.items())


def test_interval_formula() -> None:
    assert heartbeat_interval(10) == (4.5, 2.0, 0.5)
    interval, attempt, pause = heartbeat_interval(120)
    assert (attempt, pause) == (10.0, 0.5) and interval == pytest.approx(120 - 20.5 - 12)
    interval, _, _ = heartbeat_interval(5)
    assert interval == pytest.approx(5 - (2 * 1 + 0.25) - 0.5)
    with pytest.raises(errors.ConfigurationError, match="no time to re-arm"):
        heartbeat_interval(10, attempt_timeout=5)


def test_timeout_outside_the_exchange_range_is_refused(manual_sim: SimAdmin) -> None:
    with pytest.raises(errors.ConfigurationError, match=r"bingx .*10 <= timeout <= 120 s, got 5 s"):
        DeadMansSwitch(accounts(manual_sim.url, ("bingx",)), timeout=5)
    with pytest.raises(errors.ConfigurationError, match="enable the watchdog"):
        DeadMansSwitch(accounts(manual_sim.url, ("bitget",)), watchdog=False)


def test_heartbeat_keeps_orders_alive_across_many_timeout_periods(manual_sim: SimAdmin) -> None:
    seeded = seed(manual_sim, NATIVE)
    with _switch(manual_sim) as switch:
        armed = {c["exchange"] for c in manual_sim.countdowns()}
        assert armed == set(NATIVE)
        for _ in range(12):  # 12 x 6 s = 72 s: more than 7 countdowns of 10 s
            manual_sim.advance(seconds=6)
            status = switch.beat()
            assert status.healthy, status
            assert _all_open(manual_sim, seeded)
        assert all(t.beats == 13 and t.misses == 0 for t in switch.status().targets)
        manual_sim.advance(seconds=TIMEOUT + 1)  # no heartbeat for longer than the countdown
        for ex in NATIVE:
            assert open_ids(manual_sim, ex) == set(), ex
        switch.stop(disarm=False)


def test_outage_shorter_than_the_timeout_is_survived(manual_sim: SimAdmin) -> None:
    seeded = seed(manual_sim, NATIVE)
    misses: list[Miss] = []
    with _switch(manual_sim, on_miss=misses.append) as switch:
        manual_sim.add_fault("drop")  # every connection dropped until the faults are cleared
        manual_sim.advance(seconds=4)
        status = switch.beat()
        assert not status.healthy
        assert {m.exchange for m in misses} == set(NATIVE)
        assert all(isinstance(m.error, errors.NetworkError) for m in misses)
        manual_sim.advance(seconds=4)  # 8 s without a re-arm: still inside the countdown
        switch.beat()
        assert all(t.consecutive_misses == 2 for t in switch.status().targets)
        manual_sim.clear_faults()
        manual_sim.advance(seconds=1)
        assert switch.beat().healthy
        manual_sim.advance(seconds=8)  # 17 s after the last arm before the outage
        assert _all_open(manual_sim, seeded)
        assert switch.status().misses == 2 * len(NATIVE)


def test_outage_longer_than_the_timeout_cancels(manual_sim: SimAdmin) -> None:
    seed(manual_sim, NATIVE)
    misses: list[Miss] = []
    with _switch(manual_sim, on_miss=misses.append) as switch:
        manual_sim.add_fault("drop")
        for _ in range(2):
            manual_sim.advance(seconds=5)
            switch.beat()
        manual_sim.advance(seconds=1)  # 11 s since the last re-arm
        manual_sim.clear_faults()
        for ex in NATIVE:
            assert open_ids(manual_sim, ex) == set(), ex
        assert max(m.consecutive for m in misses) == 2
        assert all(m.armed_until is not None for m in misses)
        switch.stop(disarm=False)


def test_clean_exit_disarms(manual_sim: SimAdmin) -> None:
    seeded = seed(manual_sim, NATIVE)
    with _switch(manual_sim):
        assert len(manual_sim.countdowns()) == len(NATIVE)
        manual_sim.advance(seconds=1)  # BingX takes one cancelAllAfter per second
    assert manual_sim.countdowns() == []
    manual_sim.advance(seconds=TIMEOUT * 3)
    assert _all_open(manual_sim, seeded)


def test_leave_armed_on_exit_fires_later(manual_sim: SimAdmin) -> None:
    seed(manual_sim, NATIVE)
    with _switch(manual_sim, on_exit="leave"):
        pass
    assert len(manual_sim.countdowns()) == len(NATIVE)
    manual_sim.advance(seconds=TIMEOUT + 1)
    assert manual_sim.orders() == []


def test_an_exception_leaving_the_block_leaves_the_switches_armed(manual_sim: SimAdmin) -> None:
    seed(manual_sim, NATIVE)
    with pytest.raises(RuntimeError), _switch(manual_sim):
        raise RuntimeError("the bot failed")
    assert len(manual_sim.countdowns()) == len(NATIVE)


def test_per_market_countdowns(manual_sim: SimAdmin) -> None:
    btc = {str(o["order_id"]) for o in manual_sim.seed_orders("gate", "BTC_USDT", count=2)}
    manual_sim.seed_orders("gate", "ETH_USDT", count=2)
    (gate,) = accounts(manual_sim.url, ("gate",))
    switch = DeadMansSwitch([gate], timeout=5, background=False).start()
    assert [c["scope"] for c in manual_sim.countdowns()] == ["BTC_USDT"]
    manual_sim.advance(seconds=6)
    assert {o["symbol"] for o in manual_sim.orders()} == {"ETH_USDT"}
    assert not btc & open_ids(manual_sim, "gate")
    switch.stop(disarm=False)


def test_async_switch_keeps_orders_alive_then_disarms(manual_sim: SimAdmin) -> None:
    seeded = seed(manual_sim, NATIVE)

    async def go() -> None:
        accs = accounts(
            manual_sim.url, NATIVE, asynchronous=True, max_retries=1, htx_mode="single-asset"
        )
        async with AsyncDeadMansSwitch(accs, timeout=TIMEOUT, background=False) as switch:
            for _ in range(5):
                manual_sim.advance(seconds=6)
                assert (await switch.beat()).healthy
            manual_sim.advance(seconds=1)  # BingX takes one cancelAllAfter per second
        for a in accs:
            await a.client.aclose()  # type: ignore[union-attr]

    asyncio.run(go())
    assert manual_sim.countdowns() == []
    assert _all_open(manual_sim, seeded)
