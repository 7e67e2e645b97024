# Generated from specs/htx/ (sha256 c42995417ad8b1085cd5cea916ad48f5959cec0ac25bd002a393428b81c6e8d7). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
