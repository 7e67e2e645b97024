# Generated from specs/htx/ (sha256 1706dc7ab4d3bc695573d98cd8cc83e4efe093a7a455bd5e0c3383e70c0c1d38). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
