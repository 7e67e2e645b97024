# Generated from specs/htx/ (sha256 d95ce7a62496cef23915e7ffc89cf175ad693171f4d32cb9c8012f6fd38ec867). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
