# Generated from specs/ (sha256 56538a8987e34f00fe7ba940b9a6986dae97a03c0cf6b5f715d2568030ee0452). Do not edit: run make.
"""exchange-sdk: typed clients for crypto-exchange REST APIs, generated from YAML specs.

Sync clients: Binance, BingX, Bitget, BitMEX, Bybit, Gate, HTX, Kraken, KrakenFutures, KuCoin, OKX.
Async clients: AsyncBinance, AsyncBingX, AsyncBitget, AsyncBitMEX, AsyncBybit, AsyncGate, AsyncHTX, AsyncKraken, AsyncKrakenFutures, AsyncKuCoin, AsyncOKX.
Errors: `exchange_sdk.errors`.

Names are imported lazily, so `import exchange_sdk` stays cheap: a client's module (and
pydantic, for response models) loads only when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import errors
    from .binance import AsyncBinance, Binance
    from .bingx import AsyncBingX, BingX
    from .bitget import AsyncBitget, Bitget
    from .bitmex import AsyncBitMEX, BitMEX
    from .bybit import AsyncBybit, Bybit
    from .gate import AsyncGate, Gate
    from .htx import HTX, AsyncHTX
    from .kraken import AsyncKraken, Kraken
    from .krakenfutures import AsyncKrakenFutures, KrakenFutures
    from .kucoin import AsyncKuCoin, KuCoin
    from .okx import OKX, AsyncOKX

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    "Binance": "exchange_sdk.binance",
    "AsyncBinance": "exchange_sdk.binance",
    "BingX": "exchange_sdk.bingx",
    "AsyncBingX": "exchange_sdk.bingx",
    "Bitget": "exchange_sdk.bitget",
    "AsyncBitget": "exchange_sdk.bitget",
    "BitMEX": "exchange_sdk.bitmex",
    "AsyncBitMEX": "exchange_sdk.bitmex",
    "Bybit": "exchange_sdk.bybit",
    "AsyncBybit": "exchange_sdk.bybit",
    "Gate": "exchange_sdk.gate",
    "AsyncGate": "exchange_sdk.gate",
    "HTX": "exchange_sdk.htx",
    "AsyncHTX": "exchange_sdk.htx",
    "Kraken": "exchange_sdk.kraken",
    "AsyncKraken": "exchange_sdk.kraken",
    "KrakenFutures": "exchange_sdk.krakenfutures",
    "AsyncKrakenFutures": "exchange_sdk.krakenfutures",
    "KuCoin": "exchange_sdk.kucoin",
    "AsyncKuCoin": "exchange_sdk.kucoin",
    "OKX": "exchange_sdk.okx",
    "AsyncOKX": "exchange_sdk.okx",
}

__all__ = [
    "HTX",
    "OKX",
    "AsyncBinance",
    "AsyncBingX",
    "AsyncBitMEX",
    "AsyncBitget",
    "AsyncBybit",
    "AsyncGate",
    "AsyncHTX",
    "AsyncKraken",
    "AsyncKrakenFutures",
    "AsyncKuCoin",
    "AsyncOKX",
    "Binance",
    "BingX",
    "BitMEX",
    "Bitget",
    "Bybit",
    "Gate",
    "Kraken",
    "KrakenFutures",
    "KuCoin",
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
