"""The threads that make the kill switch's sync calls: long-lived, daemon, never joined.

Why not ``concurrent.futures.ThreadPoolExecutor``: its threads are joined when the interpreter
exits, so one call stuck on a silent exchange would keep ``exchange-sdk panic`` from exiting
after it has reported at its deadline. These threads are daemons: a panic returns at its
deadline and the process exits whatever a hung call is doing.

Why long-lived: a sync client used from a thread that has since exited can crash the process
(pyreqwest keeps per-thread state); calls made only from these threads never hit that. The pool
grows when every thread is busy (a hung call holds its thread) up to ``MAX_THREADS``; after a
fork the child starts with an empty pool (the parent's threads do not exist there).
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

__all__ = ["MAX_THREADS", "submit"]

T = TypeVar("T")
MAX_THREADS = 256

_Task = tuple[Future[object], Callable[[], object]]


class _Pool:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.tasks: queue.SimpleQueue[_Task] = queue.SimpleQueue()
        self.threads = 0
        self.idle = 0  # threads waiting for a task
        self.queued = 0  # tasks not yet taken

    def submit(self, fn: Callable[[], object]) -> Future[object]:
        future: Future[object] = Future()
        with self.lock:
            self.queued += 1
            spawn = self.queued > self.idle and self.threads < MAX_THREADS
            if spawn:
                self.threads += 1
                self.idle += 1
        if spawn:
            threading.Thread(
                target=self._work, name=f"killswitch-{self.threads}", daemon=True
            ).start()
        self.tasks.put((future, fn))
        return future

    def _work(self) -> None:
        while True:
            future, fn = self.tasks.get()
            with self.lock:
                self.queued -= 1
                self.idle -= 1
            if future.set_running_or_notify_cancel():
                try:
                    result = fn()
                except BaseException as exc:  # handed to the waiter, never lost
                    future.set_exception(exc)
                else:
                    future.set_result(result)
            del future, fn
            with self.lock:
                self.idle += 1


_POOL = _Pool()


def _after_fork() -> None:
    global _POOL
    _POOL = _Pool()


os.register_at_fork(after_in_child=_after_fork)


def submit(fn: Callable[[], T]) -> Future[T]:
    """Run ``fn()`` on a kill-switch thread; the future holds its result or exception."""
    return _POOL.submit(fn)  # type: ignore[return-value]
