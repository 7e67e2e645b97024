"""One simulator (uvicorn on a free loopback port, in a thread) for the simulator's own tests,
reset before each test; raw hand-signed HTTP requests come from ``raw_signing``."""

from __future__ import annotations

import sys
from pathlib import Path

from exchange_sdk.simulator.pytest_plugin import exchange_sim, exchange_simulator

sys.path.insert(0, str(Path(__file__).parent))

__all__ = ["exchange_sim", "exchange_simulator"]
