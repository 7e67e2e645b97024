"""What a dead-man's switch covers natively, and what it leaves to the watchdog.

A native countdown covers its own group only; one that arms one market at a time (Binance
USDⓈ-M ``countdownCancelAll``: one countdown per symbol, ``market_required``) covers only the
markets the account names. Everything else of the account is the watchdog's, and the status
says why; without the watchdog the switch refuses to start rather than pretend.
"""

from __future__ import annotations

import pytest

from exchange_sdk import errors
from exchange_sdk.killswitch import Account, DeadMansSwitch, build_client
from exchange_sdk.killswitch._switch_common import Core, Settings, Target


def _account(exchange: str, markets: tuple[str, ...] = ()) -> Account:
    client = build_client(exchange, api_key="k", api_secret="s", passphrase="p")
    return Account(exchange, client, label="main", markets=markets)


def _core(*accounts: Account, watchdog: bool = True) -> Core:
    settings = Settings(
        timeout=30.0,
        interval=None,
        attempt_timeout=None,
        on_exit="disarm",
        on_miss=None,
        watchdog=watchdog,
        watchdog_timeout=None,
        watchdog_log=None,
    )
    return Core(accounts, settings, "sync")


def _native(core: Core) -> list[Target]:
    return [t for t in core.targets if t.kind == "native"]


def test_binance_without_markets_is_the_watchdogs_and_says_why() -> None:
    core = _core(_account("binance"))
    assert _native(core) == []
    assert [a.name for a in core.watched] == ["binance:main"]
    (reason,) = core.watch_reasons
    assert "usdm.countdown_cancel_all arms one symbol at a time" in reason
    assert "no markets" in reason and "spot has no native countdown" in reason


def test_binance_with_markets_arms_one_countdown_per_symbol_and_watches_spot() -> None:
    core = _core(_account("binance", ("BTCUSDT", "ETHUSDT")))
    native = _native(core)
    assert [t.market for t in native] == ["BTCUSDT", "ETHUSDT"]
    assert {t.spec.group for t in native if t.spec} == {"usdm"}
    assert native[0].arm_kwargs() == {"countdown_time": 30000, "symbol": "BTCUSDT"}
    assert native[1].disarm_kwargs() == {"countdown_time": 0, "symbol": "ETHUSDT"}
    # spot has no countdown: the watchdog still covers the account (its panic cancels both)
    (reason,) = core.watch_reasons
    assert reason == "binance:main: spot has no native countdown"


def test_without_the_watchdog_binance_is_refused_with_every_reason() -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        DeadMansSwitch([_account("binance")], watchdog=False)
    text = str(info.value)
    assert "arms one symbol at a time" in text and "spot has no native countdown" in text
    assert "watchdog=True" in text and "markets" in text


def test_the_watchdog_target_carries_the_note() -> None:
    core = _core(_account("binance", ("BTCUSDT",)))
    target = Target("watchdog", None, None, None, 30.0, None, None, "binance:main")
    target.note = " | ".join(core.watch_reasons)
    status = target.status()
    assert status.note == "binance:main: spot has no native countdown"
    assert status.to_json()["note"] == status.note


@pytest.mark.parametrize(
    ("exchange", "native", "watched"),
    [("gate", 1, False), ("bingx", 2, False), ("bitget", 0, True)],  # bingx: spot and swap
)
def test_countdowns_that_cover_their_exchange_are_unchanged(
    exchange: str, native: int, watched: bool
) -> None:
    core = _core(_account(exchange))
    assert len(_native(core)) == native
    assert bool(core.watched) is watched
    if not native:
        with pytest.raises(errors.ConfigurationError, match="has no native countdown"):
            _core(_account(exchange), watchdog=False)


def test_gate_price_triggered_orders_add_no_watchdog() -> None:
    """Gate's price-triggered orders have their own cancels (a second cancel-all per group), but
    no source says whether Gate's countdowns cancel them: the switch stays what it was, the two
    native countdowns (spot, futures per settle), and adds no watchdog (README, Gate)."""
    client = build_client("gate", api_key="k", api_secret="s")
    account = Account("gate", client, label="main", params={"settle": "usdt"})
    core = _core(account)
    native = _native(core)
    assert sorted((t.spec.group, t.spec.method) for t in native if t.spec) == [
        ("futures", "countdown_cancel_all"),
        ("spot", "countdown_cancel_all"),
    ]
    assert core.watched == [] and core.watch_reasons == []
