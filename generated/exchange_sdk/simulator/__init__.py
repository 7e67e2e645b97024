"""A local exchange: the endpoints of every exchange with a module in ``venues/`` on one HTTP
server.

It verifies signatures, timestamps and permissions as the exchanges do, keeps open orders per
account, runs the countdowns, enforces the documented rate limits, and answers in each
exchange's own envelope and error format; ``/_sim/`` is its admin API. Start it with
``exchange-sdk simulate`` or from Python::

    from exchange_sdk.simulator import SimulatorServer

    with SimulatorServer() as sim:
        sim.admin.seed_orders("bingx", "BTC-USDT", count=3)
        BingX(api_key="test-key", api_secret="test-secret", base_url=sim.url).spot.cancel_open_orders()

Needs the ``simulator`` extra (uvicorn) to serve; the app itself (``SimulatorApp``) is plain
ASGI. See docs/simulator.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .client import AdminClient, AdminError
from .state import DEFAULT_ACCOUNT, Account, State, parse_account

if TYPE_CHECKING:
    from .app import SimulatorApp
    from .runner import SimulatorServer

__all__ = [
    "DEFAULT_ACCOUNT",
    "Account",
    "AdminClient",
    "AdminError",
    "SimulatorApp",
    "SimulatorServer",
    "State",
    "parse_account",
]


def __getattr__(name: str) -> object:
    if name == "SimulatorApp":
        from .app import SimulatorApp

        return SimulatorApp
    if name == "SimulatorServer":
        from .runner import SimulatorServer

        return SimulatorServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
