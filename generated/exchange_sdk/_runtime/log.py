"""Logging: stdlib ``logging``, silent by default, and never a credential in a line.

Loggers: ``exchange_sdk`` (retries, rate-limit waits, clock synchronisation) and
``exchange_sdk.http`` (one line per request sent and one per response, with timing). Both get
a ``NullHandler``, so nothing is printed unless the application configures logging or sets the
environment variable ``EXCHANGE_SDK_LOG`` to ``info`` or ``debug``, which adds a stderr handler
at that level. At ``info`` the lines carry method, URL, status and timing; at ``debug`` also the
headers and bodies.

Redaction happens when a line is built, before any handler sees it: header values and query
parameters whose names carry credentials or signatures (``X-BX-APIKEY``, ``ACCESS-SIGN``,
``SIGN``, ``signature``, ``AccessKeyId``, ...) are replaced, then every credential and
signature value of the request is replaced wherever else it occurs (bodies, echoed text).
Lines are only built when ``isEnabledFor`` says a handler wants them, so the hot path formats
nothing when logging is off.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping

from .secrets import REDACTED, Secret, redact

__all__ = [
    "ENV_VAR",
    "HTTP_LOGGER",
    "LOGGER",
    "configure_from_env",
    "redact_headers",
    "redact_url",
    "request_secrets",
    "scrub",
]

ENV_VAR = "EXCHANGE_SDK_LOG"

LOGGER = logging.getLogger("exchange_sdk")
HTTP_LOGGER = logging.getLogger("exchange_sdk.http")
LOGGER.addHandler(logging.NullHandler())

# Names (lower-case) whose values are credentials or signatures, in headers and query strings.
SENSITIVE_HEADERS = frozenset(
    {
        "x-bx-apikey",
        "access-key",
        "access-sign",
        "access-passphrase",
        "key",
        "sign",
        "authorization",
        "cookie",
        "x-api-key",
    }
)
SENSITIVE_PARAMS = frozenset(
    {"signature", "accesskeyid", "apikey", "api_key", "sign", "passphrase", "secret"}
)

# `signature=...`, `"sign": "..."`, `Signature: ...` in free text (exception messages, bodies).
_TEXT_PATTERN = re.compile(
    r"""(?ix)
    (?P<name>\b(?:signature|accesskeyid|apikey|api_key|api-key|access-sign|access-key|
        access-passphrase|passphrase|secret|sign|x-bx-apikey)\b)
    (?P<sep>\s*["']?\s*[=:]\s*["']?)
    (?P<value>[^\s"'&,;}]+)
    """
)

_HANDLER: logging.Handler | None = None


def configure_from_env(value: str | None = None) -> logging.Handler | None:
    """Install the stderr handler that ``EXCHANGE_SDK_LOG=info|debug`` asks for (once).

    Returns the handler, or None when the variable is unset or has another value.
    """
    global _HANDLER
    level_name = (os.environ.get(ENV_VAR, "") if value is None else value).strip().lower()
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(level_name)
    if level is None:
        return None
    if _HANDLER is None:
        _HANDLER = logging.StreamHandler(sys.stderr)
        _HANDLER.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        LOGGER.addHandler(_HANDLER)
    _HANDLER.setLevel(level)
    LOGGER.setLevel(level)
    return _HANDLER


def request_secrets(
    headers: Mapping[str, str], url: str, credentials: Iterable[Secret | str | None]
) -> list[str]:
    """Every value to hide for one request: the credentials and its signature values."""
    values = [s.reveal() if isinstance(s, Secret) else s for s in credentials]
    out = [v for v in values if v]
    for name, value in headers.items():
        if name.lower() in SENSITIVE_HEADERS and value:
            out.append(value)
    _, _, query = url.partition("?")
    for part in query.split("&") if query else ():
        name, _, value = part.partition("=")
        if name.lower() in SENSITIVE_PARAMS and value:
            out.append(value)
            if "%" in value:
                out.append(_percent_decode(value))
    # Longest first, so a value containing another is replaced whole.
    return sorted(set(out), key=len, reverse=True)


def _percent_decode(value: str) -> str:
    raw = _PERCENT.sub(lambda m: chr(int(m[1], 16)), value)
    try:
        return raw.encode("latin-1").decode()
    except UnicodeError:
        return raw


_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")


def redact_url(url: str) -> str:
    """The URL with sensitive query parameter values replaced."""
    base, sep, query = url.partition("?")
    if not sep:
        return url
    parts = []
    for part in query.split("&"):
        name, eq, _ = part.partition("=")
        parts.append(f"{name}={REDACTED}" if eq and name.lower() in SENSITIVE_PARAMS else part)
    return f"{base}?{'&'.join(parts)}"


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` with sensitive values replaced."""
    return {
        name: REDACTED if name.lower() in SENSITIVE_HEADERS else value
        for name, value in headers.items()
    }


def scrub(text: str, secrets: Iterable[str | Secret | None] = ()) -> str:
    """``text`` without the given secret values nor anything named like a signature or key."""
    text = redact(text, secrets)
    return _TEXT_PATTERN.sub(lambda m: f"{m['name']}{m['sep']}{REDACTED}", text)


def body_text(body: bytes | None, secrets: Iterable[str], limit: int = 2000) -> str:
    """A body for a debug line: decoded, cut at ``limit`` characters, redacted."""
    if not body:
        return "-"
    text = body[:limit].decode(errors="replace")
    if len(body) > limit:
        text += f"... ({len(body)} bytes)"
    return scrub(text, secrets)


configure_from_env()
