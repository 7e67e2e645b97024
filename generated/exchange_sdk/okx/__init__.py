# Generated from specs/okx/ (sha256 65e9651ae2b35e7647a889419f1c5521d600e18660cc0f37203d23ce0477d8be). Do not edit: run make.
"""OKX: OKX (sync) and AsyncOKX (async)."""

from ._client import (
    OKX,
    AsyncOKX,
)

__all__ = ["OKX", "AsyncOKX"]
