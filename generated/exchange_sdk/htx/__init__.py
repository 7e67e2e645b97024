# Generated from specs/htx/ (sha256 1106d92f21ed0a6b11b94512b8939bcb9262589bcf186782acb63d1f1761d8e6). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
