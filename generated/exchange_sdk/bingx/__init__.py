# Generated from specs/bingx/ (sha256 a96f0abce11b7f7ab1ba0e50566daf65b5189d348ac3f06ac4694b83957be2f5). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
