# Generated from specs/htx/ (sha256 522a5c75b0a4328dce327108198ecb0a8ae6fc0adb88907dc896fc9f6fd7b374). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
