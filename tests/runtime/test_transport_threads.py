"""The default transports survive first use from short-lived threads, and a clean exit.

The former sync default, pyreqwest 0.15, segfaulted on any request once the thread that first
imported it had exited (even when other code imported it), and its async client crashed the
interpreter at exit (PyGILState_Release, exit -6) in 7 of 40 runs of the async case below; the
defaults now use the standard library's sockets, and the async case still runs several times.
Each case runs in a subprocess, so a regression shows as a crash of that subprocess, not of the
test run.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
import asyncio, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from exchange_sdk.transports import AsyncioTransport, HttpRequest, SocketTransport

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b'{"ok":true}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_port}/x"
request = HttpRequest("POST", url, {"Content-Type": "application/json"}, b"{}", 5.0)
MODE = %r
statuses = []
if MODE == "foreign-pyreqwest":
    # Other code (a plugin, a test helper) imports pyreqwest on a thread that exits.
    t = threading.Thread(target=lambda: __import__("pyreqwest.client")); t.start(); t.join()
    MODE = "sync"
if MODE == "sync":
    transport = SocketTransport()
    def call():
        statuses.append(transport.send(request).status)
    for _ in range(3):
        t = threading.Thread(target=call); t.start(); t.join()
    call()
else:
    async def go():
        transport = AsyncioTransport()
        statuses.append((await transport.send(request)).status)
    for _ in range(3):
        t = threading.Thread(target=lambda: asyncio.run(go())); t.start(); t.join()
    asyncio.run(go())
print(statuses)
"""


@pytest.mark.parametrize(
    "mode", ["sync", "foreign-pyreqwest", "async", "async", "async", "async", "async"]
)
def test_first_use_from_a_short_lived_thread(mode: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT % mode], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr[-2000:]}"
    assert proc.stdout.strip() == "[200, 200, 200, 200]"
