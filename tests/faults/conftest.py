"""The fault suite: both transports against misbehaving loopback servers, and the worst moments
(fork, signals, foreign imports, interpreter exit) in subprocesses with their exit codes checked.

Every case runs on the sync ``SocketTransport`` and on the async ``AsyncioTransport`` under
asyncio and uvloop (the ``kind`` fixture); time bounds are generous ("within the deadline plus a
second").
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fault_helpers import KINDS, Driver


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def driver(kind: str) -> Iterator[Driver]:
    d = Driver(kind)
    yield d
    d.close()


@pytest.fixture(autouse=True)
def _fresh_rate_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    from exchange_sdk._runtime import ratelimit

    monkeypatch.setattr(ratelimit, "_DEFAULT", ratelimit.RateLimiter())
