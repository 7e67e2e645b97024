"""Kill-switch tests against the simulator over real HTTP (one server per session, reset per
test). Clients run without the client-side rate limiter: the simulator's manual clock paces
these tests, and the limiter would wait in real time."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from exchange_sdk.simulator.pytest_plugin import (
    SimAdmin,
    exchange_sim,
    exchange_simulator,
)

__all__ = ["all_simulated", "exchange_sim", "exchange_simulator", "manual_sim"]


@pytest.fixture
def all_simulated() -> None:
    """Fail (saying which) when the simulator lacks a kill-switch endpoint's behaviour."""
    from killswitch_helpers import unsimulated

    missing = unsimulated()
    if missing:
        pytest.fail("the simulator has no behaviour for " + ", ".join(missing))


@pytest.fixture
def manual_sim(exchange_sim: SimAdmin) -> Iterator[SimAdmin]:
    """The simulator on its manual clock: countdowns fire only when the test advances it."""
    exchange_sim.manual_clock()
    yield exchange_sim
