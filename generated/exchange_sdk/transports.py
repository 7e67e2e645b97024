"""The HTTP seam of the SDK: the transports a client sends through, and the types they speak.

Every client takes ``transport=``: a real one (the defaults below, or one built with other
options) or a mock for tests, which sees each signed request and answers it without a network::

    from exchange_sdk import BingX
    from exchange_sdk.transports import HttpResponse, MockTransport

    def handler(request):
        return HttpResponse(200, {"Content-Type": "application/json"}, b'{"code":0,"data":{}}')

    BingX(api_key="k", api_secret="s", transport=MockTransport(handler))

- ``MockTransport`` / ``AsyncMockTransport``: answer with ``handler(request)`` (the async
  handler may be a plain or an async function); raise ``errors.NetworkError`` from it to
  simulate a dropped connection.
- ``AsyncioTransport``: the async default (HTTP/1.1 on the running event loop).
- ``SocketTransport``: the sync default (HTTP/1.1 on blocking sockets).
- ``HttpRequest``, ``HttpResponse``, ``Headers``: what a transport receives and returns;
  ``SyncTransport`` / ``AsyncTransport``: the protocols a custom transport implements.

Importing this module loads no HTTP library: each transport imports its own on first use.
"""

from __future__ import annotations

from ._runtime.http11 import AsyncioTransport
from ._runtime.messages import AsyncTransport, Headers, HttpRequest, HttpResponse, SyncTransport
from ._runtime.mock import AsyncMockTransport, MockTransport
from ._runtime.sockets import SocketTransport

__all__ = [
    "AsyncMockTransport",
    "AsyncTransport",
    "AsyncioTransport",
    "Headers",
    "HttpRequest",
    "HttpResponse",
    "MockTransport",
    "SocketTransport",
    "SyncTransport",
]
