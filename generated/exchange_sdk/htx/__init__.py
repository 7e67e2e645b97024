# Generated from specs/htx/ (sha256 9365d382bd9365ae4cae17665c324eff802cc87a7f7406b960c5cedd5bffbfc1). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
