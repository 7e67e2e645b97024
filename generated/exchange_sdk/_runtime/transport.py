"""The HTTP seam in one place: the request/response types, the transports, the defaults.

The pieces live in their own modules (``messages``: the types and protocols; ``mock``: the
test transports; ``sockets``: the sync default; ``http11``: the async default; ``wire``: the
HTTP/1.1 message layer both share), none of which imports this one, so each can be imported
alone. This module is the public seam (``exchange_sdk.transports``, whose ``__all__`` it repeats
without listing it again) plus what only the runtime needs: ``USER_AGENT`` and the defaults
(``DefaultSyncTransport`` / ``DefaultAsyncTransport`` name them once).
"""

from __future__ import annotations

from ..transports import *  # noqa: F403 (the seam, listed once: exchange_sdk.transports)
from ..transports import AsyncioTransport, SocketTransport
from ..transports import __all__ as _SEAM
from .messages import USER_AGENT

__all__ = [*_SEAM, "USER_AGENT", "DefaultAsyncTransport", "DefaultSyncTransport"]

#: What a sync client uses when it is given no transport.
DefaultSyncTransport = SocketTransport
#: What an async client uses when it is given no transport.
DefaultAsyncTransport = AsyncioTransport
