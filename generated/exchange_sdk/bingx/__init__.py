# Generated from specs/bingx/ (sha256 bd66dc61f3d16e77bc64045c016732031b9c7bb4e068f32e5edf269097b3422d). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
