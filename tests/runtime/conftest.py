"""Shared set-up of the runtime tests.

``runtime_helpers`` (spec objects and models built by hand) sits next to this file and must be
importable by name, because endpoints refer to their models as "module:Class".
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_rate_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with empty buckets: the process-wide limiter would otherwise carry
    one test's requests into the next (they all use the same key)."""
    from exchange_sdk._runtime import ratelimit

    monkeypatch.setattr(ratelimit, "_DEFAULT", ratelimit.RateLimiter())
