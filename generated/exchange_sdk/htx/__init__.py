# Generated from specs/htx/ (sha256 232ffe4a5531cf7df65d0e2a711df4bf9353c435b6ef1a7101c4039b02a50bff). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
