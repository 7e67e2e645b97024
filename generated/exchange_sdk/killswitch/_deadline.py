"""A deadline over a whole kill-switch operation, as monotonic time.

Each call made under it gets the time left as its own per-call ``deadline=`` (the client clips
every attempt, backoff and rate-limit wait to it and raises ``DeadlineExceededError``), so no
call outlives the operation; the waiter (``panic``, ``open_orders``) stops waiting when it
passes and reports what did not finish as errors, whatever a call is stuck in.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from .. import errors

__all__ = ["MARGIN", "Deadline", "DeadlinePassed", "call_options", "check_deadline"]

MARGIN = 0.05
"""Seconds kept free before the deadline for building the report."""


class DeadlinePassed(Exception):
    """The deadline passed before a call could start (internal: never leaves the pipeline)."""


def check_deadline(deadline: object) -> None:
    if deadline is None:
        return
    if isinstance(deadline, bool) or not isinstance(deadline, int | float) or not deadline > 0:
        raise errors.ConfigurationError(
            f"deadline must be a number of seconds > 0, got {deadline!r}", argument="deadline"
        )


class Deadline:
    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.end = None if seconds is None else time.monotonic() + seconds

    def left(self) -> float | None:
        """Seconds left (minus the margin); None without a deadline."""
        return None if self.end is None else self.end - time.monotonic() - MARGIN

    def wait_time(self) -> float | None:
        left = self.left()
        return None if left is None else max(0.0, left)

    def options(self, base: Mapping[str, object], client_timeout: float) -> dict[str, object]:
        """``base`` per-call options with the call's ``deadline`` set to the time left (and a
        ``request_timeout`` given in ``base`` cut to it); raises ``DeadlinePassed`` when none
        is left."""
        options = dict(base)
        left = self.left()
        if left is not None:
            if left <= 0:
                raise DeadlinePassed
            options["deadline"] = left
            timeout = base.get("request_timeout")
            if isinstance(timeout, int | float):
                options["request_timeout"] = min(float(timeout), left)
        return options

    def pause(self, seconds: float) -> float:
        """``seconds``, or what is left of the deadline if less."""
        left = self.left()
        return seconds if left is None else max(0.0, min(seconds, left))


def call_options(max_retries: int | None, request_timeout: float | None) -> dict[str, object]:
    """The per-call options the caller set (``max_retries``, ``request_timeout``)."""
    options: dict[str, object] = {}
    if max_retries is not None:
        options["max_retries"] = max_retries
    if request_timeout is not None:
        options["request_timeout"] = request_timeout
    return options
