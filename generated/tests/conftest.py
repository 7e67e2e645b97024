# Generated from templates/tests/conftest.py.jinja (sha256 cccf8bdaa621e8b08d55f32e5dcf6e8cb9bf2009e0b10a03ec36ed3a3cbcf01d). Do not edit: run make.
"""Shared fixtures of the generated conformance tests."""

from __future__ import annotations

import sys
from pathlib import Path

# The reference signers sit beside the tests (they must not come from the SDK).
sys.path.insert(0, str(Path(__file__).parent))

# The live tests (test_*_live.py) share one simulator per session, reset before every test.
from exchange_sdk.simulator.pytest_plugin import exchange_sim, exchange_simulator

__all__ = ["exchange_sim", "exchange_simulator"]
