"""Transports for tests: ``MockTransport`` and ``AsyncMockTransport`` answer with a function.

The test seam of the SDK (public as ``exchange_sdk.transports``): a client built with
``transport=MockTransport(handler)`` sends nothing over the network, and ``handler`` sees each
signed ``HttpRequest`` exactly as a real transport would.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from .messages import HttpRequest, HttpResponse

__all__ = ["AsyncMockTransport", "MockTransport"]


class MockTransport:
    """A transport that answers with ``handler(request)``: the test seam, no network.

    The handler may raise ``errors.NetworkError`` to simulate a dropped connection.
    """

    def __init__(self, handler: Callable[[HttpRequest], HttpResponse]) -> None:
        self.handler = handler

    def send(self, request: HttpRequest) -> HttpResponse:
        return self.handler(request)

    def close(self) -> None:
        pass


class AsyncMockTransport:
    """Async twin of MockTransport; the handler may be a plain or an async function."""

    def __init__(
        self, handler: Callable[[HttpRequest], HttpResponse | Awaitable[HttpResponse]]
    ) -> None:
        self.handler = handler

    async def send(self, request: HttpRequest) -> HttpResponse:
        result = self.handler(request)
        if isinstance(result, HttpResponse):
            return result
        return await result

    async def aclose(self) -> None:
        pass
