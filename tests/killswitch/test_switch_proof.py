"""An honest dead-man's switch: an arm counts only when the exchange's answer proves it, a first
arm that fails raises from ``start()``/``__enter__``, each re-arm is bounded by its interval,
the miss text says how long ago a countdown expired, and the watchdog cancels at once when the
bot's pipe closes without a goodbye."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from killswitch_helpers import GROUPS, accounts, open_ids, seed

from exchange_sdk import BingX, Gate, errors
from exchange_sdk.killswitch import (
    Account,
    AsyncDeadMansSwitch,
    DeadMansSwitch,
    Miss,
    SwitchNotArmedError,
    Watchdog,
    build_client,
)
from exchange_sdk.simulator.pytest_plugin import SimAdmin
from exchange_sdk.transports import HttpRequest, HttpResponse, MockTransport

pytestmark = pytest.mark.usefixtures("all_simulated")


def _answering(exchange: str, data: object) -> Account:
    """An account whose client gets ``data`` as the payload of every answer."""

    def handler(request: HttpRequest) -> HttpResponse:
        body = {"code": 0, "msg": "", "data": data} if exchange == "bingx" else data
        return HttpResponse(200, {"Content-Type": "application/json"}, json.dumps(body).encode())

    cls = BingX if exchange == "bingx" else Gate
    client = cls(api_key="k", api_secret="s", transport=MockTransport(handler))
    client.rate_limiter = None
    return Account(exchange, client, label="mock", groups=GROUPS.get(exchange, ()))


@pytest.mark.parametrize(
    ("exchange", "data", "reason"),
    [
        ("bingx", {"triggerTime": 0, "status": "FAILED", "note": ""}, "status is 'FAILED'"),
        ("bingx", {"triggerTime": 0, "status": "CLOSED", "note": ""}, "status is 'CLOSED'"),
        ("bingx", {"triggerTime": 1000, "status": "ACTIVATED", "note": ""}, "not in the future"),
        ("gate", {"triggerTime": "0"}, "not in the future"),
    ],
)
def test_an_answer_that_does_not_prove_the_arm_is_a_miss(
    exchange: str, data: object, reason: str
) -> None:
    switch = DeadMansSwitch(
        [_answering(exchange, data)], timeout=10, background=False, require_armed=False
    )
    status = switch.start().status()
    (target,) = status.targets
    assert target.armed_until is None and not target.armed and not status.healthy
    assert target.misses == 1 and reason in (target.last_error or "")
    assert "does not prove the countdown armed" in (target.last_error or "")
    switch.stop(disarm=False)


def test_a_first_arm_that_fails_raises_from_enter(manual_sim: SimAdmin) -> None:
    good = accounts(manual_sim.url, ("gate",))
    bad = _answering("bingx", {"triggerTime": 0, "status": "FAILED", "note": ""})
    with pytest.raises(SwitchNotArmedError) as info, DeadMansSwitch([*good, bad], timeout=10):
        pytest.fail("the body must not run when a switch did not arm")
    (miss,) = info.value.misses
    assert miss.exchange == "bingx" and "FAILED" in str(info.value)
    # a failed start leaves nothing behind: the countdown that did arm is disarmed again
    assert manual_sim.countdowns() == []


def test_an_unreachable_exchange_raises_from_enter_quickly() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: connections are refused
    client = build_client("gate", api_key="k", api_secret="s", base_url=f"http://127.0.0.1:{port}")
    started = time.monotonic()
    with pytest.raises(SwitchNotArmedError, match="NOT ARMED"):
        DeadMansSwitch([Account("gate", client, groups=("spot",))], timeout=10).start()
    assert time.monotonic() - started < 4.5 + 1  # within the first interval (T=10: 4.5 s)


def test_require_armed_false_goes_on_and_reports() -> None:
    bad = _answering("gate", {"triggerTime": "0"})
    switch = DeadMansSwitch([bad], timeout=10, background=False, require_armed=False).start()
    assert not switch.status().armed
    switch.stop(disarm=False)


def test_async_first_arm_that_fails_raises() -> None:
    async def go() -> None:
        def handler(request: HttpRequest) -> HttpResponse:
            body = {"code": 0, "msg": "", "data": {"triggerTime": 0, "status": "FAILED"}}
            return HttpResponse(200, {}, json.dumps(body).encode())

        from exchange_sdk import AsyncBingX
        from exchange_sdk.transports import AsyncMockTransport

        client = AsyncBingX(api_key="k", api_secret="s", transport=AsyncMockTransport(handler))
        client.rate_limiter = None
        with pytest.raises(SwitchNotArmedError):
            async with AsyncDeadMansSwitch(
                [Account("bingx", client, groups=("spot",))], timeout=10
            ):
                pytest.fail("not armed")
        await client.aclose()

    asyncio.run(go())


def test_proven_arms_take_armed_until_from_the_exchange(manual_sim: SimAdmin) -> None:
    switch = DeadMansSwitch(accounts(manual_sim.url, ("gate",)), timeout=10, background=False)
    sent = time.time()
    status = switch.start().status()
    (target,) = status.targets
    assert target.armed and status.healthy
    assert target.armed_until is not None and sent < target.armed_until <= time.time() + 10
    switch.stop(disarm=False)


def test_miss_text_says_how_long_ago_a_countdown_expired() -> None:
    err = errors.NetworkError("down")
    before = Miss("gate", "main", None, "native", err, at=100.0, armed_until=103.5, consecutive=1)
    after = Miss("gate", "main", None, "native", err, at=102.8, armed_until=100.0, consecutive=3)
    never = Miss("gate", "main", None, "native", err, at=100.0, armed_until=None, consecutive=1)
    assert "3.5 s before expiry" in str(before)
    assert "expired 2.8 s ago" in str(after) and "-" not in str(after).split("(")[1][:12]
    assert "not armed" in str(never)


@pytest.fixture
def silent_server() -> Iterator[str]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_each_re_arm_is_bounded_by_its_interval(silent_server: str) -> None:
    client = build_client("gate", api_key="k", api_secret="s", base_url=silent_server, timeout=60.0)
    client.rate_limiter = None
    switch = DeadMansSwitch(
        [Account("gate", client, groups=("spot",))],
        timeout=10,
        background=False,
        require_armed=False,
    )
    started = time.monotonic()
    status = switch.start().status()
    interval = status.targets[0].interval
    assert time.monotonic() - started < interval + 1.0
    assert status.targets[0].misses == 1 and not status.armed
    switch.stop(disarm=False)


def test_watchdog_cancels_at_once_when_the_pipe_closes_without_a_goodbye(
    exchange_sim: SimAdmin,
) -> None:
    from killswitch_helpers import account

    seed(exchange_sim, ("bitget",))
    watchdog = Watchdog([account(exchange_sim.url, "bitget")], timeout=60.0).start()
    process = watchdog._process
    assert process is not None and process.stdin is not None
    started = time.monotonic()
    process.stdin.close()  # what the kernel does when the bot dies: no "stop", no "leave"
    process.wait(timeout=30)
    assert process.returncode == 0
    assert time.monotonic() - started < 30  # far from the 60 s timeout
    assert open_ids(exchange_sim, "bitget") == set()


def test_watchdog_left_armed_on_a_clean_exit_keeps_its_deadline(exchange_sim: SimAdmin) -> None:
    from killswitch_helpers import account

    ids = seed(exchange_sim, ("bitget",))["bitget"]
    watchdog = Watchdog([account(exchange_sim.url, "bitget")], timeout=2.0).start()
    process = watchdog._process
    assert process is not None
    watchdog.stop(disarm=False)  # "leave": fire at the deadline, not at once
    assert open_ids(exchange_sim, "bitget") == ids
    process.wait(timeout=30)
    assert open_ids(exchange_sim, "bitget") == set()
