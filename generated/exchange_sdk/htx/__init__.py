# Generated from specs/htx/ (sha256 2feeeafe5bc99631fb3ff9dd9d3a44ba335045243a66aec01c088a205623d9a1). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
