"""The transport modules: each imports alone in a fresh interpreter (no cycle between them), and
``exchange_sdk.transports`` is the public seam with an explicit ``__all__``."""

from __future__ import annotations

import subprocess
import sys

import pytest

import exchange_sdk.transports as transports
from exchange_sdk._runtime import transport

MODULES = [
    "exchange_sdk.transports",
    "exchange_sdk._runtime.transport",
    "exchange_sdk._runtime.messages",
    "exchange_sdk._runtime.mock",
    "exchange_sdk._runtime.http11",
    "exchange_sdk._runtime.sockets",
    "exchange_sdk._runtime.wire",
]


@pytest.mark.parametrize("module", MODULES)
def test_each_transport_module_imports_alone(module: str) -> None:
    name = module.rsplit(".", 1)[1]
    code = f"from {module} import *\nimport {module} as m\nassert m.__all__\nprint('{name}')"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == name


def test_the_async_transport_imports_first() -> None:
    # The cycle issue 12 found: this raised ImportError in a fresh interpreter.
    code = "from exchange_sdk._runtime.http11 import AsyncioTransport; print(AsyncioTransport.__name__)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_public_seam_exports_the_mocks_and_every_real_transport() -> None:
    assert set(transports.__all__) >= {
        "MockTransport",
        "AsyncMockTransport",
        "AsyncioTransport",
        "HttpRequest",
        "HttpResponse",
        "Headers",
        "SyncTransport",
        "AsyncTransport",
    }
    for name in transports.__all__:
        assert getattr(transports, name) is getattr(transport, name)
    assert transport.DefaultSyncTransport.__name__ in transports.__all__
    assert transport.DefaultAsyncTransport.__name__ in transports.__all__


def test_importing_the_seam_loads_no_http_library() -> None:
    code = (
        "import sys, exchange_sdk.transports\n"
        "print(','.join(m for m in ('asyncio', 'ssl', 'httptools', 'pyreqwest', 'http.client')"
        " if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
