"""The retry policy and the call's deadline: what is tried again, after how long, until when.

Which failed attempts are retried (``may_retry``), within the call's ``max_retries``:

- a request that provably never left (``NetworkError.may_have_been_sent`` False: the
  connection was never made, or refused before the first byte was written): always, for any
  endpoint, since the exchange cannot have acted on it;
- a request that may have been sent (a timeout, a dropped connection), and a ``ServerError``
  or ``RateLimitError`` the exchange marks retryable: only for endpoints whose spec says
  ``safe_to_repeat`` (repeating them twice does no harm);
- never: authentication, permission, validation and invalid-request errors, a client-side
  rate-limit refusal (``http_status`` 0: the limiter already waited as long as allowed), a
  ``DeadlineExceededError`` or ``ClientClosedError``.

The wait before retry ``n`` (from 0) is uniform between 0 and ``min(RETRY_BACKOFF_MAX,
backoff * 2**n)`` (full jitter: clients failing together do not come back together), and at
least the exchange's ``retry_after``; a ``retry_after`` longer than ``max_retry_wait`` is not
waited for: the error is raised at once.

The deadline (``deadline=`` per call, else the client's, ``DEFAULT_DEADLINE`` unless set; None
turns it off) bounds the whole call: each attempt's timeout is clipped to what is left, and a
backoff or rate-limit wait that would end after it raises ``DeadlineExceededError`` at once.
Every attempt is signed anew by the call loop (``client_async``).
"""

from __future__ import annotations

from .. import errors
from .spec import Endpoint

__all__ = [
    "DEFAULT_DEADLINE",
    "MAX_RETRY_WAIT",
    "RETRY_BACKOFF",
    "RETRY_BACKOFF_MAX",
    "may_retry",
    "retry_delay",
]

RETRY_BACKOFF = 0.25  # seconds: the cap of the first retry's jittered wait; doubles each time
RETRY_BACKOFF_MAX = 8.0
MAX_RETRY_WAIT = 30.0  # a longer wait asked by the exchange is raised, not slept through
DEFAULT_DEADLINE = 60.0  # seconds over a whole call: no call of a bot should outlive a minute


def may_retry(endpoint: Endpoint, exc: Exception) -> bool:
    """Whether the failure of one attempt may be retried at all (the budget aside)."""
    if isinstance(exc, errors.NetworkError):
        if isinstance(exc, errors.DeadlineExceededError):
            return False
        return not exc.may_have_been_sent or endpoint.safe_to_repeat
    return (
        endpoint.safe_to_repeat
        and isinstance(exc, errors.ServerError | errors.RateLimitError)
        and exc.retryable
        and exc.http_status != 0
    )


def retry_delay(
    attempt: int, retry_after: float | None, backoff: float, max_retry_wait: float
) -> float | None:
    """Seconds before retry number ``attempt + 1``; None when the exchange asks for longer
    than ``max_retry_wait``."""
    import random  # here, not at the top: `import exchange_sdk` stays cheap

    cap = min(backoff * (1 << min(attempt, 30)), RETRY_BACKOFF_MAX)
    delay = random.uniform(0.0, cap)
    if retry_after is not None:
        if retry_after > max_retry_wait:
            return None
        delay = max(delay, retry_after)
    return delay
