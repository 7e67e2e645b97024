# Generated from specs/bingx/ (sha256 a6340afbcf33a2e8165029f83504026d00d44362dae79639cdc09320ec41a12e). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
