# Generated from specs/htx/ (sha256 5c91f1f3c9c14ec67816ce0046816f13ded36ebb21b4384fa5811a639475f597). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
