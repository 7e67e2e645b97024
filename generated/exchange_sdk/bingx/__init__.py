# Generated from specs/bingx/ (sha256 780a7bb68f99008ada85aba1039007b29f8114bd1cf95b1ba89052fc14e2b1bd). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
