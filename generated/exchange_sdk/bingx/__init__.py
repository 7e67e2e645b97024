# Generated from specs/bingx/ (sha256 3feb71e1a34c2be0428e012dc355abafe6913240b0699a944fd3658dd04ce340). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
