# Generated from specs/htx/ (sha256 3d5c49fc5c16763379b77e6de8c4e01935147904f51fba3ca73d6de1272812ce). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
