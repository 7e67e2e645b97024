# Generated from specs/bingx/ (sha256 82654d8315bec65f828efceec797ed4a1fa4e40d1544c1cfd42c893a96a1c788). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
