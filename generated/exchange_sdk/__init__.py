# Generated from specs/ (sha256 113569750f388d184aa33c0342b130924a7269f84d448c87380f12edec7e0cdb). Do not edit: run make.
"""exchange-sdk: typed clients for crypto-exchange REST APIs, generated from YAML specs.

Sync clients: BingX, Bitget, Gate, HTX, OKX.
Async clients: AsyncBingX, AsyncBitget, AsyncGate, AsyncHTX, AsyncOKX.
Errors: `exchange_sdk.errors`.

Names are imported lazily, so `import exchange_sdk` stays cheap: a client's module (and
pydantic, for response models) loads only when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import errors
    from .bingx import AsyncBingX, BingX
    from .bitget import AsyncBitget, Bitget
    from .gate import AsyncGate, Gate
    from .htx import HTX, AsyncHTX
    from .okx import OKX, AsyncOKX

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    "BingX": "exchange_sdk.bingx",
    "AsyncBingX": "exchange_sdk.bingx",
    "Bitget": "exchange_sdk.bitget",
    "AsyncBitget": "exchange_sdk.bitget",
    "Gate": "exchange_sdk.gate",
    "AsyncGate": "exchange_sdk.gate",
    "HTX": "exchange_sdk.htx",
    "AsyncHTX": "exchange_sdk.htx",
    "OKX": "exchange_sdk.okx",
    "AsyncOKX": "exchange_sdk.okx",
}

__all__ = [
    "HTX",
    "OKX",
    "AsyncBingX",
    "AsyncBitget",
    "AsyncGate",
    "AsyncHTX",
    "AsyncOKX",
    "BingX",
    "Bitget",
    "Gate",
    "__version__",
    "errors",
]


def __getattr__(name: str) -> object:
    if name == "errors":
        return importlib.import_module("exchange_sdk.errors")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'exchange_sdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
