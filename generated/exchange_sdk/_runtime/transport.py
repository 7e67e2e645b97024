"""The HTTP seam in one place: the request/response types, the transports, the defaults.

The pieces live in their own modules (``messages``: the types and protocols; ``mock``: the
test transports; ``sockets``: the sync default; ``http11``: the async default; ``wire``: the
HTTP/1.1 message layer both share), none of which imports this one, so each can be imported
alone. This module gathers them for the runtime (``DefaultSyncTransport`` /
``DefaultAsyncTransport`` name the defaults once); users import them from
``exchange_sdk.transports``.
"""

from __future__ import annotations

from .http11 import AsyncioTransport
from .messages import (
    USER_AGENT,
    AsyncTransport,
    Headers,
    HttpRequest,
    HttpResponse,
    SyncTransport,
)
from .mock import AsyncMockTransport, MockTransport
from .sockets import SocketTransport

__all__ = [
    "USER_AGENT",
    "AsyncMockTransport",
    "AsyncTransport",
    "AsyncioTransport",
    "DefaultAsyncTransport",
    "DefaultSyncTransport",
    "Headers",
    "HttpRequest",
    "HttpResponse",
    "MockTransport",
    "SocketTransport",
    "SyncTransport",
]

#: What a sync client uses when it is given no transport.
DefaultSyncTransport = SocketTransport
#: What an async client uses when it is given no transport.
DefaultAsyncTransport = AsyncioTransport
