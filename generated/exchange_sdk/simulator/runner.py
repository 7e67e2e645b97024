"""Run the simulator from Python: ``with SimulatorServer() as sim: ...`` starts uvicorn on a free
loopback port (a background thread by default, or a subprocess with ``subprocess=True``, which
keeps the server off the caller's GIL for benchmarks) and stops it on exit.

uvicorn is imported here only, so it stays an optional extra (``exchange-sdk[simulator]``).
"""

from __future__ import annotations

import os
import socket
import subprocess as _subprocess
import sys
import threading
import time
from collections.abc import Sequence
from typing import Self

from .._runtime.running import Running, reap
from .client import AdminClient
from .state import DEFAULT_ACCOUNT, Account, State
from .venues import VENUES

__all__ = ["SimulatorServer"]

_START_TIMEOUT = 20.0


class SimulatorServer(Running):
    """A running simulator. ``url`` is its base URL, ``admin`` an ``AdminClient`` for it and
    ``state`` (in-thread mode only) the live state object."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        accounts: Sequence[Account] = (),
        subprocess: bool = False,
        log_level: str = "warning",
    ) -> None:
        self.host = host
        self.port = port
        self._accounts = (DEFAULT_ACCOUNT, *accounts)
        self._subprocess = subprocess
        self._log_level = log_level
        self.state: State | None = None
        self._thread: threading.Thread | None = None
        self._server: object = None
        self._process: _subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def admin(self) -> AdminClient:
        return AdminClient(self.url)

    def start(self) -> Self:
        if self._subprocess:
            self._start_process()
        else:
            self._start_thread()
        return self

    def _start_thread(self) -> None:
        import uvicorn

        from .app import SimulatorApp

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        self.state = State(VENUES, initial_accounts=self._accounts)
        config = uvicorn.Config(
            SimulatorApp(self.state),
            log_level=self._log_level,
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=1,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="exchange-simulator", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the simulator did not start (see the log above)")
            time.sleep(0.01)

    def _start_process(self) -> None:
        if self.port == 0:
            with socket.socket() as probe:
                probe.bind((self.host, 0))
                self.port = probe.getsockname()[1]
        command = [
            sys.executable,
            "-m",
            "exchange_sdk.cli",
            "simulate",
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--log-level",
            self._log_level,
        ]
        for account in self._accounts[1:]:
            command += ["--key", f"{account.key}:{account.secret}:{account.passphrase}"]
        self._process = _subprocess.Popen(command, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + _START_TIMEOUT
        while True:
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the simulator process did not start")
            try:
                self.admin.health()
                return
            except OSError:
                time.sleep(0.05)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True  # type: ignore[attr-defined]
            self._thread.join(timeout=10)
            self._server = self._thread = None
        if self._process is not None:
            self._process.terminate()
            reap(self._process, 10)
            self._process = None

    def __repr__(self) -> str:
        return f"SimulatorServer(url={self.url!r})"
