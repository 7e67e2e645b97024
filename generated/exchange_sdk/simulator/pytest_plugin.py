"""pytest fixtures: one simulator per test session, state reset before every test.

    # conftest.py
    from exchange_sdk.simulator.pytest_plugin import exchange_sim, exchange_simulator

    def test_kill_switch(exchange_sim):
        exchange_sim.seed_orders("bingx", "BTC-USDT", count=3)
        BingX(api_key="test-key", api_secret="test-secret", base_url=exchange_sim.url)...

(or ``-p exchange_sdk.simulator.pytest_plugin`` on the command line).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .client import AdminClient
from .runner import SimulatorServer

__all__ = ["SimAdmin", "exchange_sim", "exchange_simulator"]


class SimAdmin(AdminClient):
    """The admin client of the session's simulator, with its ``url`` for SDK clients."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


@pytest.fixture(scope="session")
def exchange_simulator() -> Iterator[SimulatorServer]:
    """The simulator of this test session, on a free loopback port."""
    with SimulatorServer() as server:
        yield server


@pytest.fixture
def exchange_sim(exchange_simulator: SimulatorServer) -> SimAdmin:
    """The session's simulator, reset (orders, countdowns, limits, faults, clock) for this test."""
    admin = SimAdmin(exchange_simulator.url)
    admin.reset()
    return admin
