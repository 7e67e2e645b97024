"""Keeping credentials out of reprs, messages and tracebacks.

Hand-written because it is tiny: a holder whose ``repr``/``str`` never show the value, and a
``redact`` helper the client runs over every error message built from an exchange's answer
(some exchanges echo parts of the request back).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["REDACTED", "Secret", "redact"]

REDACTED = "**********"


class Secret:
    """A credential. ``str``/``repr``/``format`` are redacted; ``reveal()`` returns the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    def __str__(self) -> str:
        return REDACTED

    def __format__(self, spec: str) -> str:
        return REDACTED

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        # A Secret is never pickled: it would write the value into the byte stream.
        raise TypeError("Secret values cannot be pickled")


def redact(text: str, secrets: Iterable[str | Secret | None]) -> str:
    """Return ``text`` with every occurrence of each (non-empty) secret replaced."""
    for secret in secrets:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if value and value in text:
            text = text.replace(value, REDACTED)
    return text
