"""The client-side rate limiter: its algorithm alone, then through the clients (fake time only)."""

from __future__ import annotations

import asyncio
import base64
import itertools
import os
import signal
import threading
import time

import pytest
from runtime_helpers import (
    BINGX,
    BINGX_CANCEL_ALL_AFTER,
    GATE,
    GATE_COUNTDOWN,
    HTX,
    HTX_CANCEL_ALL,
    KEY,
    SECRET,
    FakeTime,
    Recorder,
    json_response,
)

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk._runtime.ratelimit import (
    POLL_S,
    Bucket,
    RateLimiter,
    WaitTooLong,
    default_limiter,
    host_of,
    key_id,
)
from exchange_sdk._runtime.spec import Endpoint, RateLimitRule
from exchange_sdk._runtime.transport import AsyncMockTransport, HttpResponse, MockTransport
from exchange_sdk.kraken._spec import EXCHANGE as KRAKEN
from exchange_sdk.kraken._spec import SPOT_CANCEL_ALL as KRAKEN_CANCEL_ALL

BX_OK = json_response({"code": 0, "msg": "", "data": {"triggerTime": 1, "status": "ACTIVATED"}})
GATE_OK = json_response({"triggerTime": "1660039145000"})

ONE_PER_S = RateLimitRule("x:uid:one", "uid", 1, 1000)
THREE_PER_S = RateLimitRule("x:uid:three", "uid", 3, 1000)
GROUP = RateLimitRule("x:ip:group", "ip", 5, 10_000)


def limiter(fake: FakeTime, margin: float = 0.0) -> RateLimiter:
    return RateLimiter(now=fake.monotonic, margin=margin)


def take(
    rl: RateLimiter, fake: FakeTime, buckets: tuple[tuple[Bucket, int], ...], n: int
) -> list[float]:
    """Reserve ``n`` slots, sleeping (fake) through each wait; the send times."""
    sent = []
    for _ in range(n):
        fake.sleep(rl.reserve(buckets, None))
        sent.append(fake.t)
    return sent


def send(rl: RateLimiter, buckets: tuple[tuple[Bucket, int], ...]) -> float:
    """``admit``, and when admitted, answered at once (``done``): 0.0 or the wait."""
    wait = rl.admit(buckets)
    if wait == 0.0:
        rl.done(buckets)
    return wait


def max_in_window(times: list[float], window: float) -> int:
    return max(sum(1 for u in times if t - window < u <= t) for t in times)


# ---------------------------------------------------------------------------- the algorithm


def test_count_per_interval_then_wait_for_the_window() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((THREE_PER_S,), "uid", "host")
    assert [rl.reserve(buckets, None) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert rl.reserve(buckets, None) == pytest.approx(1.0)  # the 4th: one interval later


def test_sliding_window_never_holds_more_than_count() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((THREE_PER_S,), "uid", "host")
    sent: list[float] = []
    for i in range(40):
        fake.t += (i % 7) * 0.13  # callers arrive irregularly
        arrival = fake.t
        fake.sleep(rl.reserve(buckets, None))
        sent.append(fake.t)
        # ... and no later than needed: at arrival, or when the window admits it
        due = max([arrival] + ([sent[i - 3] + 1.0] if i >= 3 else []) + sent[i - 1 : i])
        assert fake.t == pytest.approx(due)
    assert max_in_window(sent, 1.0 - 1e-9) <= 3


def test_a_caller_that_wakes_late_waits_again_before_sending() -> None:
    """Reservations are plans; the window is checked again on actual send times."""
    fake = FakeTime(0.0)
    rl = limiter(fake)
    two = RateLimitRule("x:uid:two", "uid", 2, 1000)
    buckets = rl.buckets((two,), "uid", "host")
    slots = [rl.reserve(buckets, None) for _ in range(4)]  # A, B at 0; C, D one interval later
    assert slots == [0.0, 0.0, pytest.approx(1.0), pytest.approx(1.0)]
    assert send(rl, buckets) == 0.0  # A sends at 0
    fake.t = 0.5
    assert send(rl, buckets) == 0.0  # B woke late: sends at 0.5
    fake.t = 1.0
    assert send(rl, buckets) == 0.0  # C on time: A's send left the window
    # D's slot was planned at 1.0, but B really went at 0.5: sending now would put three in
    # (0.0, 1.0], so D must wait until B's send leaves the window.
    assert send(rl, buckets) == pytest.approx(0.5)
    fake.t = 1.5
    assert send(rl, buckets) == 0.0
    sends = list(buckets[0][0].sent)
    assert sends == [1.0, 1.5]


def test_margin_widens_the_window_by_a_fraction_capped() -> None:
    fake = FakeTime(0.0)
    rl = RateLimiter(now=fake.monotonic)  # defaults: 5 %, at most 0.25 s
    (one, _), (group, _) = rl.buckets((ONE_PER_S, GROUP), "uid", "host")
    assert one.interval == pytest.approx(1.05)
    assert group.interval == pytest.approx(10.25)


def test_every_bucket_must_admit_the_strictest_wins() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    # 3 per second per endpoint, but only 5 per 10 s for the IP group
    sent = take(rl, fake, rl.buckets((THREE_PER_S, GROUP), "uid", "host"), 8)
    assert sent[:3] == [0.0, 0.0, 0.0]
    assert sent[3:5] == [1.0, 1.0]
    assert sent[5:] == [10.0, 10.0, 10.0]  # the group's window, not the endpoint's


def test_endpoints_sharing_a_key_share_the_bucket() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    a = rl.buckets((RateLimitRule("x:uid:a", "uid", 10, 1000), GROUP), "uid", "host")
    b = rl.buckets((RateLimitRule("x:uid:b", "uid", 10, 1000), GROUP), "uid", "host")
    assert a[1][0] is b[1][0]
    take(rl, fake, a, 3)
    sent = take(rl, fake, b, 3)
    assert sent == [0.0, 0.0, 10.0]  # b's own bucket is empty; the group has 5


def test_weight_takes_several_slots() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((RateLimitRule("x:uid:w", "uid", 5, 1000, weight=2),), "uid", "host")
    assert take(rl, fake, buckets, 3) == [0.0, 0.0, 1.0]


def test_max_wait_refuses_without_reserving() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((ONE_PER_S,), "uid", "host")
    assert rl.reserve(buckets, 0.0) == 0.0
    with pytest.raises(WaitTooLong) as info:
        rl.reserve(buckets, 0.5)
    assert info.value.wait == pytest.approx(1.0)
    assert info.value.bucket == "x:uid:one"
    assert rl.reserve(buckets, 1.0) == pytest.approx(1.0)  # the slot was still free
    assert rl.reserve(buckets, None) == pytest.approx(2.0)


def test_reservations_are_fifo() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    one = rl.buckets((ONE_PER_S, GROUP), "uid", "host")
    other = rl.buckets((THREE_PER_S, GROUP), "uid", "host")
    assert rl.reserve(one, None) == 0.0
    assert rl.reserve(one, None) == pytest.approx(1.0)
    # A later caller of another endpoint in the same group does not jump the queue.
    assert rl.reserve(other, None) == pytest.approx(1.0)


def test_pause_holds_every_bucket_until_it_ends() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((THREE_PER_S, GROUP), "uid", "host")
    rl.pause(buckets, 4.5)
    assert rl.reserve(buckets, None) == pytest.approx(4.5)
    rl.pause(buckets, 1.0)  # a shorter pause does not shorten the longer one
    assert rl.reserve(buckets, None) == pytest.approx(4.5)
    rl.pause(buckets, -1.0)
    rl.pause(buckets, 0.0)
    assert rl.reserve(buckets, None) == pytest.approx(4.5)


def test_identity_uid_by_key_hash_ip_by_host() -> None:
    rl = RateLimiter()
    uid_a = rl.buckets((ONE_PER_S, GROUP), key_id("key-a"), "h1")
    uid_b = rl.buckets((ONE_PER_S, GROUP), key_id("key-b"), "h1")
    other_host = rl.buckets((ONE_PER_S, GROUP), key_id("key-a"), "h2")
    assert uid_a[0][0] is not uid_b[0][0]  # another account: its own uid bucket
    assert uid_a[1][0] is uid_b[1][0]  # same host: one IP bucket
    assert uid_a[0][0] is other_host[0][0] and uid_a[1][0] is not other_host[1][0]
    assert "key-a" not in repr(rl._buckets) and len(key_id("key-a")) == 16
    assert host_of("https://API.example.com:8443/x") == "api.example.com:8443"


def test_rules_without_a_limit_are_ignored() -> None:
    rl = RateLimiter()
    assert rl.buckets((RateLimitRule("x", "uid", 0, 1000),), "u", "h") == ()


def test_threads_never_overbook() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((THREE_PER_S, GROUP), "uid", "host")
    slots: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(25):
            wait = rl.reserve(buckets, None)
            with lock:
                slots.append(wait)  # fake.t never moves: the wait *is* the slot

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(slots) == 200
    assert max_in_window(sorted(slots), 10.0 - 1e-9) <= 5
    assert max_in_window(sorted(slots), 1.0 - 1e-9) <= 3


def test_default_limiter_is_one_per_process() -> None:
    assert default_limiter() is default_limiter()


# ---------------------------------------------------------------- a counter that drains steadily

# Kraken's Starter REST counter as the spec gives it: capacity 15, -0.33 per second, so 15
# drained over ceil(15 / 0.33 s) = 45455 ms; one unit drains in 3.0303 s.
COUNTER = RateLimitRule("x:uid:counter", "uid", 15, 45_455, continuous=True)
PER = 45.455 / 15


def counter_level(times: list[float], at: float, per: float = PER) -> float:
    """Kraken's model, written independently of the limiter: +1 per request, -1/per a second,
    never below 0. The level right after the request sent at ``at``."""
    level, last = 0.0, None
    for t in sorted(u for u in times if u <= at):
        if last is not None:
            level = max(0.0, level - (t - last) / per)
        level, last = level + 1, t
    return level


def test_a_draining_counter_admits_a_burst_then_one_per_unit_drained() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((COUNTER,), "uid", "host")
    sent = take(rl, fake, buckets, 18)
    assert sent[:15] == [0.0] * 15  # the whole capacity at once
    # Then one each time a unit has drained: 3.03 s apart, not a 45 s window later.
    assert [b - a for a, b in itertools.pairwise(sent[14:])] == [pytest.approx(PER)] * 3


def test_a_draining_counter_never_overflows_and_is_not_stricter_than_it() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((COUNTER,), "uid", "host")
    asked: list[float] = []
    sent: list[float] = []
    for gap in [0.0] * 10 + [0.5, 7.0, 0.0, 0.1, 2.9, 0.0, 30.0] + [0.0] * 20 + [1.0] * 10:
        fake.sleep(gap)
        asked.append(fake.t)
        fake.sleep(rl.reserve(buckets, None))
        sent.append(fake.t)
    levels = [counter_level(sent, t) for t in sent]
    assert max(levels) <= 15 + 1e-9
    # A request that waited went at the first moment the counter had room: right after it,
    # the counter is full again. (A stricter limiter would leave it below 15.)
    waited = [i for i in range(len(sent)) if sent[i] > asked[i]]
    assert len(waited) >= 10
    assert all(levels[i] == pytest.approx(15) for i in waited)
    assert len(sent) - len(waited) >= 25  # and the rest went at once


def test_the_margin_widens_each_unit_of_a_draining_counter() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake, margin=0.05)
    buckets = rl.buckets((COUNTER,), "uid", "host")
    sent = take(rl, fake, buckets, 16)
    # 5 % of one unit's 3.03 s (0.15 s), not of the 45 s the whole counter takes to drain.
    assert sent[15] == pytest.approx(PER * 1.05)


def test_saturate_fills_a_draining_counter_and_pauses_a_window() -> None:
    fake = FakeTime(100.0)
    rl = limiter(fake)
    counter = rl.buckets((COUNTER,), "uid", "host")
    window = rl.buckets((THREE_PER_S,), "uid", "host")
    # The exchange says "rate limited" without a delay: another process used the counter.
    rl.saturate(counter + window, 1.0)
    assert rl.reserve(counter, None) == pytest.approx(PER)  # one unit, not 45 s
    assert rl.reserve(window, None) == pytest.approx(1.0)  # a window: the interval given
    fake.sleep(PER)
    assert send(rl, counter) == 0.0  # the actual-send log was filled too, and has drained one
    assert rl.reserve(counter, None) == pytest.approx(PER)


def test_a_late_caller_of_a_draining_counter_waits_again_before_sending() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((COUNTER,), "uid", "host")
    for _ in range(17):
        rl.reserve(buckets, None)  # 15 at once, then slots at 3.03 s and 6.06 s
    for _ in range(15):
        assert send(rl, buckets) == 0.0
    # The 16th caller overslept to 6.06 s and the 17th woke on time: two units have drained,
    # so both go; a third request now (one that skipped its reservation) waits a unit.
    fake.sleep(2 * PER)
    assert send(rl, buckets) == 0.0
    assert send(rl, buckets) == 0.0
    assert send(rl, buckets) == pytest.approx(PER)
    fake.sleep(PER / 2)
    assert send(rl, buckets) == pytest.approx(PER / 2)  # asked again early: the rest


def test_a_heavy_request_on_a_draining_counter_waits_for_its_weight() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    heavy = rl.buckets((COUNTER._replace(weight=2),), "uid", "host")
    assert [rl.reserve(heavy, None) for _ in range(7)] == [0.0] * 7  # 14 of 15
    assert rl.reserve(heavy, None) == pytest.approx(PER)  # needs 2 free: one more unit


def test_a_draining_counter_and_a_window_of_one_key_are_separate_buckets() -> None:
    rl = RateLimiter()
    window = COUNTER._replace(continuous=False)
    assert rl.buckets((COUNTER,), "u", "h")[0][0] is not rl.buckets((window,), "u", "h")[0][0]
    assert "draining" in repr(rl.buckets((COUNTER,), "u", "h")[0][0])


# --------------------------------------------------------------------- requests in flight


def test_a_request_in_flight_counts_as_arriving_now_a_finished_one_at_its_answer() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((THREE_PER_S,), "uid", "host")
    for _ in range(3):  # a burst on cold connections: the handshakes take 0.3 s
        assert rl.reserve(buckets, None) == 0.0
        assert rl.admit(buckets) == 0.0
    fake.t = 0.3
    for _ in range(3):
        rl.done(buckets)
    # The next burst's slot is one interval after the first's reservations, but the server
    # may have counted that burst as late as its answers: a window after them.
    fake.sleep(rl.reserve(buckets, None))
    assert fake.t == pytest.approx(1.0)
    assert rl.admit(buckets) == pytest.approx(0.3)
    fake.t = 1.3
    assert rl.admit(buckets) == 0.0


def test_requests_in_flight_alone_can_fill_a_bucket() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((THREE_PER_S,), "uid", "host")
    for _ in range(3):
        assert rl.admit(buckets) == 0.0
    fake.t = 0.5  # still unanswered: they may arrive now or later; ask again soon
    assert rl.admit(buckets) == pytest.approx(POLL_S)
    rl.done(buckets)  # one answered at 0.5
    assert rl.admit(buckets) == pytest.approx(POLL_S)
    rl.done(buckets, sent=False)  # one never went out (a refused connection): room now
    assert rl.admit(buckets) == 0.0
    assert len(buckets[0][0].flying) == 2 and list(buckets[0][0].sent) == [0.5]
    rl.done(buckets)  # two done at 0.5, one in flight
    fake.t = 0.7
    assert rl.admit(buckets) == pytest.approx(POLL_S)  # it may have been written long ago
    rl.done(buckets)  # no: at 0.7; the first done at 0.5 holds the place until 1.5
    assert rl.admit(buckets) == pytest.approx(0.8)


def test_a_draining_counter_counts_requests_in_flight_from_now() -> None:
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((COUNTER,), "uid", "host")
    for _ in range(15):
        assert rl.admit(buckets) == 0.0
    fake.t = 1.0  # unanswered: the counter is full from now on; ask again soon
    assert rl.admit(buckets) == pytest.approx(POLL_S)
    for _ in range(15):
        rl.done(buckets)  # answered at 1.0: one unit drains by 1.0 + PER
    assert rl.admit(buckets) == pytest.approx(PER)
    fake.t += PER + 1e-9
    assert rl.admit(buckets) == 0.0


def test_a_request_in_flight_longer_than_a_window_counts_as_arrived_a_window_in() -> None:
    """A hung request (or a caller that never came back) holds a bucket back for two windows
    at most, not for its whole timeout."""
    fake = FakeTime(0.0)
    rl = limiter(fake)
    buckets = rl.buckets((ONE_PER_S,), "uid", "host")
    assert rl.admit(buckets) == 0.0  # written, its answer never comes
    fake.t = 0.9
    assert rl.admit(buckets) == pytest.approx(POLL_S)  # in flight, for all the limiter knows
    fake.t = 1.0
    assert rl.admit(buckets) == pytest.approx(1.0)  # taken as arrived at 1.0
    assert buckets[0][0].flying == [] and list(buckets[0][0].sent) == [1.0]
    fake.t = 2.0
    assert rl.admit(buckets) == 0.0
    fake.t = 9.0
    rl.done(buckets)  # the hung one's answer after all: logged once more (never missed)
    assert list(buckets[0][0].sent) == [9.0]
    fake.t = 20.0
    assert rl.admit(buckets) == 0.0
    rl.done(buckets)
    assert buckets[0][0].flying == [] and list(buckets[0][0].sent) == [20.0]


def test_a_finished_request_counts_from_when_its_transport_wrote_it() -> None:
    rl = RateLimiter(margin=0.0)  # on time.monotonic, as the transports' sent_at
    buckets = rl.buckets((THREE_PER_S,), "uid", "host")
    bucket = buckets[0][0]
    for _ in range(3):
        assert rl.admit(buckets) == 0.0
    now = time.monotonic()
    rl.done(buckets, at=now - 0.2)  # written 0.2 s ago, answered now
    rl.done(buckets, at=now - 0.5)  # answers come out of order: the log stays sorted
    rl.done(buckets, at=now + 60.0)  # a time from the future is not believed: now
    logged = list(bucket.sent)
    assert logged[:2] == [now - 0.5, now - 0.2] and now <= logged[2] <= time.monotonic()
    assert rl.admit(buckets) == pytest.approx(0.5, abs=0.05)  # the oldest, 0.5 s ago
    fake = FakeTime(0.0)
    other = limiter(fake)  # another clock: sent_at means nothing to it
    fake_buckets = other.buckets((THREE_PER_S,), "uid", "host")
    other.admit(fake_buckets)
    other.done(fake_buckets, at=now - 0.2)
    assert list(fake_buckets[0][0].sent) == [0.0]


def test_the_log_of_sends_stays_sorted_and_keeps_the_newest() -> None:
    bucket = Bucket("x", 3, 1.0)
    for at in [5.0, 3.0, 4.0, 1.0, 6.0, 2.0, 4.5]:
        bucket.log_sent(at, 1)
    assert list(bucket.sent) == [4.5, 5.0, 6.0]  # the three newest, in order
    bucket.log_sent(4.7, 2)
    assert list(bucket.sent) == [4.7, 5.0, 6.0]


def test_a_child_forked_while_another_thread_held_the_lock_can_still_send() -> None:
    """The lock is renewed in the child (else its first call would hang forever), and the
    parent's request in flight is logged as sent at the fork."""
    rl = RateLimiter()
    buckets = rl.buckets((THREE_PER_S,), "uid", "host")
    assert rl.admit(buckets) == 0.0  # in flight in the parent
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with rl._lock:
            held.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    assert held.wait(10)
    pid = os.fork()
    if pid == 0:  # the child: exit code 0 only when all is as it should be
        code = 3
        try:
            bucket = buckets[0][0]
            if bucket.flying == [] and len(bucket.sent) == 1 and rl.admit(buckets) == 0.0:
                code = 0
        finally:
            os._exit(code)
    release.set()
    thread.join()
    end = time.monotonic() + 10
    while (done := os.waitpid(pid, os.WNOHANG))[0] == 0 and time.monotonic() < end:
        time.sleep(0.01)
    if done[0] == 0:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail("the forked child hung on the limiter's lock")
    assert os.waitstatus_to_exitcode(done[1]) == 0
    assert len(buckets[0][0].flying) == 1  # the parent's request is still its own


# ---------------------------------------------------------------------------- through the clients


def sync_client(
    rec: Recorder, fake: FakeTime, rl: RateLimiter, *, key: str = KEY, info: object = BINGX
) -> SyncClient:
    client = SyncClient(
        info,  # type: ignore[arg-type]
        api_key=key,
        api_secret=SECRET,
        transport=MockTransport(rec),
        retry_backoff=0,
        rate_limiter=rl,
    )
    client._clock = fake.clock()
    client._sleep = fake.sleep
    return client


ONE_PER_S_ENDPOINT = BINGX_CANCEL_ALL_AFTER._replace(
    rate_limits=(
        RateLimitRule("bingx:uid:spot.cancel_all_after", "uid", 1, 1000),
        RateLimitRule("bingx:ip:group-2", "ip", 2000, 10_000),
    )
)


def test_calls_wait_their_turn_and_sign_after_waiting() -> None:
    fake = FakeTime()
    rec = Recorder(BX_OK)
    client = sync_client(rec, fake, limiter(fake))
    for _ in range(3):
        client._call(ONE_PER_S_ENDPOINT, {"type": "ACTIVATE", "timeOut": 10}, {})
    assert fake.slept == [pytest.approx(1.0), pytest.approx(1.0)]
    stamps = [int(r.url.split("timestamp=")[1].split("&")[0]) for r in rec.requests]
    # Signed after the wait: each timestamp is a second after the previous one.
    assert [b - a for a, b in itertools.pairwise(stamps)] == [1000, 1000]


class SlowAnswer:
    """A MockTransport handler whose answer takes ``seconds`` of fake time."""

    def __init__(self, fake: FakeTime, seconds: float) -> None:
        self.fake, self.seconds = fake, seconds

    def __call__(self, request: object) -> HttpResponse:
        self.fake.t += self.seconds
        return BX_OK


def test_a_slow_answer_moves_the_next_window_to_the_answer() -> None:
    fake = FakeTime()
    rl = limiter(fake)
    client = sync_client(Recorder(BX_OK), fake, rl)
    client._transport = MockTransport(SlowAnswer(fake, 0.4))  # a handshake and a round trip
    start = fake.t
    client._call(ONE_PER_S_ENDPOINT, {}, {})
    client._call(ONE_PER_S_ENDPOINT, {}, {})
    # The second call's reservation is one second after the first's (0.6 s after it asked);
    # but the first request may have arrived as late as its answer at 0.4 s, so the second
    # goes a second after that: at 1.4 s.
    assert fake.slept == [pytest.approx(0.6), pytest.approx(0.4)]
    assert fake.t - start == pytest.approx(1.4 + 0.4)


@pytest.mark.parametrize(
    ("failure", "logged"),
    [
        (errors.NetworkError("connection refused", may_have_been_sent=False), 0),
        (errors.RequestTimeoutError("no answer", may_have_been_sent=True), 1),
        (KeyboardInterrupt(), 1),
    ],
    ids=["refused", "timed-out", "ctrl-c"],
)
def test_a_failed_request_leaves_the_flight(failure: BaseException, logged: int) -> None:
    fake = FakeTime()
    rl = limiter(fake)
    client = sync_client(Recorder(BX_OK), fake, rl)

    def fail(request: object) -> HttpResponse:
        raise failure

    client._transport = MockTransport(fail)
    with pytest.raises(type(failure)):
        client._call(ONE_PER_S_ENDPOINT, {}, {}, max_retries=0)
    for bucket, _ in client._buckets(ONE_PER_S_ENDPOINT, rl):
        assert bucket.flying == []
        assert len(bucket.sent) == logged  # a refused connection reached no counter


@pytest.mark.asyncio
async def test_a_cancelled_async_request_leaves_the_flight() -> None:
    rl = RateLimiter()
    started = asyncio.Event()

    async def never(request: object) -> HttpResponse:
        started.set()
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    client = AsyncClient(
        BINGX, api_key=KEY, api_secret=SECRET, transport=AsyncMockTransport(never), rate_limiter=rl
    )
    task = asyncio.create_task(client._call(ONE_PER_S_ENDPOINT, {}, {}))
    await asyncio.wait_for(started.wait(), 10)
    buckets = client._buckets(ONE_PER_S_ENDPOINT, rl)
    assert [len(b.flying) for b, _ in buckets] == [1, 1]
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert [(len(b.flying), len(b.sent)) for b, _ in buckets] == [(0, 1), (0, 1)]


def test_clients_of_one_key_share_buckets_other_keys_do_not() -> None:
    fake = FakeTime()
    rl = limiter(fake)
    rec = Recorder(BX_OK)
    first, second = sync_client(rec, fake, rl), sync_client(rec, fake, rl)
    other_key = sync_client(rec, fake, rl, key="another-key")
    first._call(ONE_PER_S_ENDPOINT, {}, {})
    other_key._call(ONE_PER_S_ENDPOINT, {}, {})
    assert fake.slept == []
    second._call(ONE_PER_S_ENDPOINT, {}, {})
    assert fake.slept == [pytest.approx(1.0)]


def test_sync_and_async_clients_share_the_process_limiter() -> None:
    sync = SyncClient(BINGX, api_key=KEY, api_secret=SECRET, transport=MockTransport(Recorder()))
    asyn = AsyncClient(
        BINGX, api_key=KEY, api_secret=SECRET, transport=AsyncMockTransport(Recorder())
    )
    assert sync.rate_limiter is asyn.rate_limiter is default_limiter()
    assert sync._buckets(ONE_PER_S_ENDPOINT, default_limiter()) == asyn._buckets(
        ONE_PER_S_ENDPOINT, default_limiter()
    )


def test_max_wait_raises_rate_limit_error_without_sending() -> None:
    fake = FakeTime()
    rec = Recorder(BX_OK)
    client = sync_client(rec, fake, limiter(fake))
    client._call(ONE_PER_S_ENDPOINT, {}, {})
    with pytest.raises(errors.RateLimitError) as info:
        client._call(ONE_PER_S_ENDPOINT, {}, {}, max_wait=0.5, max_retries=5)
    exc = info.value
    assert (exc.code, exc.http_status, exc.retryable) == (None, 0, True)
    assert exc.retry_after == pytest.approx(1.0)
    assert "not sent" in str(exc) and "bingx:uid:spot.cancel_all_after" in str(exc)
    assert len(rec.requests) == 1 and fake.slept == []  # neither sent nor retried
    client.max_wait = 0.0  # the client default
    with pytest.raises(errors.RateLimitError):
        client._call(ONE_PER_S_ENDPOINT, {}, {})
    client._call(ONE_PER_S_ENDPOINT, {}, {}, max_wait=2.0)  # per call beats the client
    assert len(rec.requests) == 2


def test_bad_max_wait_is_refused() -> None:
    client = sync_client(Recorder(BX_OK), FakeTime(), RateLimiter())
    with pytest.raises(errors.ValidationError, match="max_wait"):
        client._call(ONE_PER_S_ENDPOINT, {}, {}, max_wait=-1)
    with pytest.raises(errors.ValidationError, match="max_wait"):
        client.max_wait = -0.5
    with pytest.raises(errors.ConfigurationError, match="max_wait"):
        SyncClient(BINGX, api_key=KEY, api_secret=SECRET, max_wait=-1)


def test_limiting_can_be_turned_off() -> None:
    fake = FakeTime()
    rec = Recorder(BX_OK)
    client = sync_client(rec, fake, limiter(fake))
    client.rate_limiter = None
    for _ in range(5):
        client._call(ONE_PER_S_ENDPOINT, {}, {})
    assert fake.slept == []
    off = SyncClient(BINGX, api_key=KEY, api_secret=SECRET, rate_limit=False)
    assert off.rate_limiter is None


# ---------------------------------------------------------------------------- learning


def test_bingx_remaining_zero_pauses_until_the_expiry() -> None:
    fake = FakeTime()
    rl = limiter(fake)
    expiry_ms = int((fake.t + 3.0) * 1000)
    headers = {"X-RateLimit-Requests-Remain": "0", "X-RateLimit-Requests-Expire": str(expiry_ms)}
    ok = json_response({"code": 0, "data": {"triggerTime": 1, "status": "ACTIVATED"}}, 200, headers)
    endpoint = BINGX_CANCEL_ALL_AFTER._replace(
        rate_limits=(RateLimitRule("bingx:uid:spot.cancel_all_after", "uid", 100, 10_000),)
    )
    client = sync_client(Recorder(ok), fake, rl)
    client._call(endpoint, {}, {})
    other = sync_client(Recorder(BX_OK), fake, rl)  # another client of the key waits too
    other._call(endpoint, {}, {})
    assert fake.slept == [pytest.approx(3.0)]


def test_remaining_above_zero_changes_nothing() -> None:
    fake = FakeTime()
    headers = {"X-RateLimit-Requests-Remain": "7", "X-RateLimit-Requests-Expire": "99999999999999"}
    ok = json_response({"code": 0, "data": {"triggerTime": 1, "status": "ACTIVATED"}}, 200, headers)
    client = sync_client(Recorder(ok), fake, limiter(fake))
    client._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    client._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert fake.slept == []


def test_a_reset_header_is_bounded_by_the_longest_interval() -> None:
    fake = FakeTime()
    headers = {"X-RateLimit-Requests-Remain": "0", "X-RateLimit-Requests-Expire": "9999999999999"}
    ok = json_response({"code": 0, "data": {"triggerTime": 1, "status": "ACTIVATED"}}, 200, headers)
    client = sync_client(Recorder(ok), fake, limiter(fake))
    client._call(BINGX_CANCEL_ALL_AFTER, {}, {})  # rules: 10 per 1 s
    client._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert fake.slept == [pytest.approx(1.0)]


def test_gate_remaining_zero_pauses_until_the_reset_timestamp() -> None:
    fake = FakeTime()
    reset_s = int(fake.t) + 5
    headers = {
        "X-Gate-RateLimit-Requests-Remain": "0",
        "X-Gate-RateLimit-Reset-Timestamp": str(reset_s),
    }
    endpoint = GATE_COUNTDOWN._replace(
        rate_limits=(RateLimitRule("gate:uid:spot.countdown_cancel_all", "uid", 200, 10_000),)
    )
    client = sync_client(
        Recorder(json_response({"triggerTime": "1"}, 200, headers)), fake, limiter(fake), info=GATE
    )
    client._call(endpoint, {}, {})
    client._call(endpoint, {}, {})
    assert fake.slept == [pytest.approx(reset_s - 1_696_751_141.337)]


def test_bingx_100410_message_pauses_every_client_of_the_key() -> None:
    fake = FakeTime()
    rl = limiter(fake)
    until_ms = int((fake.t + 2.5) * 1000)
    limited = json_response(
        {
            "code": 100410,
            "msg": f"rule is in the disabled period and will be unblocked after {until_ms}",
        }
    )
    client = sync_client(Recorder(limited), fake, rl)
    with pytest.raises(errors.RateLimitError) as info:
        client._call(BINGX_CANCEL_ALL_AFTER, {}, {}, max_retries=0)
    assert info.value.retry_after == pytest.approx(2.5, abs=0.002)
    other = sync_client(Recorder(BX_OK), fake, rl)
    other._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert fake.slept == [pytest.approx(2.5, abs=0.002)]
    # ... and with max_wait the other client is told so without sending
    third_rec = Recorder(BX_OK)
    rl.pause(other._buckets(BINGX_CANCEL_ALL_AFTER, rl), 2.0)
    with pytest.raises(errors.RateLimitError):
        sync_client(third_rec, fake, rl)._call(BINGX_CANCEL_ALL_AFTER, {}, {}, max_wait=1.0)
    assert third_rec.requests == []


def test_htx_recovery_time_header_on_1032_is_waited_out_then_retried() -> None:
    fake = FakeTime()
    recovery_ms = int((fake.t + 1.5) * 1000)
    limited = json_response(
        {"code": 1032, "message": "The number of access exceeded the limit"},
        200,
        {"recovery-time": str(recovery_ms)},
    )
    ok = json_response({"code": 200, "data": []})
    rec = Recorder(limited, ok)
    client = sync_client(rec, fake, limiter(fake), info=HTX)
    client._call(HTX_CANCEL_ALL, {}, {})
    assert len(rec.requests) == 2
    assert sum(fake.slept) == pytest.approx(1.5, abs=0.002)


def test_429_without_retry_after_pauses_for_the_strictest_interval() -> None:
    fake = FakeTime()
    rl = limiter(fake)
    limited = HttpResponse(429, {"Content-Type": "text/html"}, b"<html>slow down</html>")
    client = sync_client(Recorder(limited), fake, rl, info=GATE)
    with pytest.raises(errors.RateLimitError):
        client._call(GATE_COUNTDOWN, {}, {}, max_retries=0)
    sync_client(Recorder(GATE_OK), fake, rl, info=GATE)._call(GATE_COUNTDOWN, {}, {})
    assert fake.slept == [pytest.approx(1.0)]  # GATE_COUNTDOWN's rule: 10 per 1 s


def test_kraken_rate_limit_error_waits_one_unit_of_the_counter_not_its_whole_drain() -> None:
    """Another process of the same key filled Kraken's counter; the exchange says only
    ``EAPI:Rate limit exceeded``. The counter is full, so the next call goes one unit (3.03 s,
    plus the 5 % margin) later: within a panic's deadline, where a 45 s pause was not."""
    fake = FakeTime()
    rl = RateLimiter(now=fake.monotonic)  # the default margin
    limited = json_response({"error": ["EAPI:Rate limit exceeded"], "result": {}})
    ok = json_response({"error": [], "result": {"count": 2}})
    rec = Recorder(limited, ok)
    client = SyncClient(
        KRAKEN,
        api_key=KEY,
        api_secret=base64.b64encode(b"kraken-secret").decode(),
        transport=MockTransport(rec),
        retry_backoff=0,
        rate_limiter=rl,
    )
    client._clock = fake.clock()
    client._sleep = fake.sleep
    client._call(KRAKEN_CANCEL_ALL, {}, {}, deadline=10.0)
    assert len(rec.requests) == 2  # refused, then retried within the deadline
    assert sum(fake.slept) == pytest.approx(PER * 1.05, abs=0.01)


# ---------------------------------------------------------------------------- async


@pytest.mark.asyncio
async def test_async_waits_with_the_event_loop_not_time_sleep(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def forbidden(seconds: float) -> None:
        raise AssertionError("time.sleep would block the event loop")

    monkeypatch.setattr(time, "sleep", forbidden)
    rl = RateLimiter(margin=0.0)
    endpoint = BINGX_CANCEL_ALL_AFTER._replace(
        rate_limits=(RateLimitRule("bingx:uid:x", "uid", 2, 50),)
    )
    client = AsyncClient(
        BINGX,
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(Recorder(BX_OK)),
        rate_limiter=rl,
    )
    ticks = 0
    done = False

    async def ticker() -> None:
        nonlocal ticks
        while not done:
            ticks += 1
            await asyncio.sleep(0.005)

    tick_task = asyncio.create_task(ticker())
    await asyncio.gather(*(client._call(endpoint, {}, {}) for _ in range(5)))
    done = True
    await tick_task
    assert ticks >= 3  # the loop ran while the calls waited for their slots


@pytest.mark.asyncio
async def test_async_tasks_share_one_key_fairly() -> None:
    fake = FakeTime()
    rl = limiter(fake)
    rec = Recorder(BX_OK)
    client = AsyncClient(
        BINGX, api_key=KEY, api_secret=SECRET, transport=AsyncMockTransport(rec), rate_limiter=rl
    )
    client._clock = fake.clock()
    client._sleep = fake.asleep
    await asyncio.gather(*(client._call(ONE_PER_S_ENDPOINT, {}, {}) for _ in range(4)))
    assert len(rec.requests) == 4
    start = fake.t - sum(fake.slept)
    group = client._buckets(ONE_PER_S_ENDPOINT, rl)[1][0]  # keeps every slot
    # One slot per second, reserved in the order the tasks asked.
    assert [t - start for t in group.log] == [0.0, 1.0, 2.0, 3.0]


@pytest.mark.asyncio
async def test_async_max_wait() -> None:
    fake = FakeTime()
    rl = limiter(fake)
    rec = Recorder(BX_OK)
    client = AsyncClient(
        BINGX,
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(rec),
        rate_limiter=rl,
        max_wait=0.1,
    )
    client._sleep = fake.asleep
    await client._call(ONE_PER_S_ENDPOINT, {}, {})
    with pytest.raises(errors.RateLimitError) as info:
        await client._call(ONE_PER_S_ENDPOINT, {}, {})
    assert info.value.http_status == 0 and len(rec.requests) == 1


def test_endpoint_without_rules_is_not_limited() -> None:
    fake = FakeTime()
    endpoint: Endpoint = BINGX_CANCEL_ALL_AFTER._replace(rate_limits=())
    client = sync_client(Recorder(BX_OK), fake, limiter(fake))
    for _ in range(20):
        client._call(endpoint, {}, {})
    assert fake.slept == []
