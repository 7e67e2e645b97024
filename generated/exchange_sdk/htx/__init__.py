# Generated from specs/htx/ (sha256 f93a7de4b5ff077f68ae8d3ba1bb34f2786bbd262dfdfe6e5e535273a52a0cfd). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
