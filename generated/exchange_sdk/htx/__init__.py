# Generated from specs/htx/ (sha256 eb996cd41eb13129ef3e046d161a001c960b0628d1f103a844bade0007314e73). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
