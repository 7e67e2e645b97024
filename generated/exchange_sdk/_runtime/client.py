"""The base classes of every generated client: ``SyncClient`` and ``AsyncClient``.

Generated classes (``BingX``, ``AsyncGate``, ...) subclass them and their methods end in
``self._client._call(endpoint, query, body, ...)``. Where the parts live:

- ``client_async``: the call loop, written once (``AsyncClient``); ``client_sync`` is its
  sync twin, derived by the generator (``SyncClient``);
- ``client_base``: what both share without I/O (options, credentials, signing, rate-limit
  glue, clock synchronisation, logging);
- ``retry``: which failures are retried and after how long;
- ``parse``: from a success response to the typed model (the JSON fast path and the general
  path), and why a success status without the fields that prove success is an error.
"""

from __future__ import annotations

from .client_async import AsyncClient
from .client_sync import SyncClient

__all__ = ["AsyncClient", "SyncClient"]
