# Generated from specs/htx/ (sha256 5c9618bb320380acf5b8f31296fda6f7902ce72d54315f01260bc67509f9dd64). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
