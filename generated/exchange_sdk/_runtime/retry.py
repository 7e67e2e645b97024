"""The retry policy: which failed attempts are tried again, and after how long.

- A network failure (``NetworkError``, ``RequestTimeoutError``) is retried for endpoints whose
  spec says ``safe_to_repeat``.
- A ``ServerError`` or ``RateLimitError`` the exchange marks retryable is retried for endpoints
  whose spec says ``safe_to_repeat``; authentication, permission, validation and
  invalid-request errors never are, nor a client-side rate-limit refusal (``http_status`` 0:
  the limiter already waited as long as allowed).
- The wait before retry ``n`` (from 0) is uniform between 0 and
  ``min(RETRY_BACKOFF_MAX, backoff * 2**n)`` (full jitter: clients failing together do not
  come back together), and at least the exchange's ``retry_after``; a ``retry_after`` longer
  than ``max_retry_wait`` is not waited for: the error is raised at once.

Every attempt is signed anew by the call loop (``client_async``).
"""

from __future__ import annotations

from .. import errors
from .spec import Endpoint

__all__ = [
    "MAX_RETRY_WAIT",
    "RETRY_BACKOFF",
    "RETRY_BACKOFF_MAX",
    "may_retry",
    "retry_delay",
]

RETRY_BACKOFF = 0.25  # seconds: the cap of the first retry's jittered wait; doubles each time
RETRY_BACKOFF_MAX = 8.0
MAX_RETRY_WAIT = 30.0  # a longer wait asked by the exchange is raised, not slept through


def may_retry(endpoint: Endpoint, exc: Exception) -> bool:
    """Whether the failure of one attempt may be retried at all (the budget aside)."""
    if not endpoint.safe_to_repeat:
        return False
    if isinstance(exc, errors.NetworkError):
        return True
    return (
        isinstance(exc, errors.ServerError | errors.RateLimitError)
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
