# Generated from specs/bingx/ (sha256 af515fe0165eee21e6b52aeea3bf0ded70efd791302fc6cf19facb4d2eda2f35). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
