"""What runs until it is stopped (the kill switch's watchdog, the simulator's server): ``with``
starts and stops it, and a child process is never waited for without a bound.

Standard library only; imported by ``killswitch._watchdog`` and ``simulator.runner``.
"""

from __future__ import annotations

import subprocess
from types import TracebackType
from typing import Self

__all__ = ["Running", "reap"]


class Running:
    """``with thing:`` = ``thing.start()`` ... ``thing.stop()``, also on an exception."""

    def start(self) -> Self:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def reap(process: subprocess.Popen[bytes], wait: float) -> None:
    """Wait up to ``wait`` seconds for ``process`` to exit, then kill it (and reap it)."""
    try:
        process.wait(timeout=wait)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
