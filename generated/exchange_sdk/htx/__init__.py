# Generated from specs/htx/ (sha256 704d7cc7eca53a002acaa80d8fd0081c4d9c89de94cb264f2fbbb116d6fc3940). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
