"""Reliability tests: the generated clients against the simulator over real HTTP.

One simulator per session (reset before each test by ``exchange_sim``); each test also starts
with an empty process-wide rate limiter, since every test uses the same key.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from exchange_sdk.simulator.pytest_plugin import exchange_sim, exchange_simulator

sys.path.insert(0, str(Path(__file__).parent))

__all__ = ["exchange_sim", "exchange_simulator"]


@pytest.fixture(autouse=True)
def _fresh_rate_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    from exchange_sdk._runtime import ratelimit

    monkeypatch.setattr(ratelimit, "_DEFAULT", ratelimit.RateLimiter())
