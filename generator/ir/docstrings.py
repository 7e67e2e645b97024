"""Docstrings of the generated methods, wrapped here so that generated lines stay
within the line length (ruff does not wrap strings)."""

from __future__ import annotations

import textwrap
from functools import lru_cache

from generator.ir.types import CALL_OPTIONS, Operation

__all__ = ["docstring_text"]

_WIDTH = 92
_ARG = ("    ", "        ")  # first line and continuation indent of an Args/Raises entry


def _wrap(text: str, indent: str = "", subsequent: str | None = None) -> list[str]:
    return list(_wrapped(text, indent, indent if subsequent is None else subsequent))


@lru_cache(maxsize=8192)
def _wrapped(text: str, indent: str, subsequent: str) -> tuple[str, ...]:
    """Most lines recur across methods (call options, error codes): wrap each text once."""
    return tuple(
        textwrap.wrap(
            " ".join(text.split()),
            width=_WIDTH,
            initial_indent=indent,
            subsequent_indent=subsequent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        or [indent.rstrip()]
    )


def _escape(text: str) -> str:
    """Safe inside a triple-quoted string."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def docstring_text(op: Operation) -> str:
    """The body of the method docstring (without quotes), escaped for a triple-quoted string."""
    lines: list[str] = _wrap(op.summary)
    description = op.description.strip()
    if description:
        lines.append("")
        for para in description.split("\n\n"):
            lines += _wrap(para)
            lines.append("")
        lines.pop()
    permission = f" API key permission: {op.permission}." if op.permission else ""
    lines += ["", *_wrap(f"`{op.method} {op.path}`.{permission}")]
    for note in op.notes:
        lines += ["", *_wrap(f"Note: {note.text.strip()}")]
    lines += ["", "Args:"]
    if op.body_array is not None:
        a = op.body_array
        lines += _wrap(
            f"{a.argument}: 1 to {a.max_items} items, sent as a JSON array; each a mapping "
            f"with the keys below (Python names), checked like keyword arguments.",
            *_ARG,
        )
    for p in op.params:
        lines += _wrap(f"{p.python_name}: {p.doc}", *_ARG)
    for option in CALL_OPTIONS:
        lines += _wrap(f"{option.name}: {option.doc}", *_ARG)
    lines += ["", "Returns:"]
    lines += _wrap(
        f"{op.response_class}: the payload; `.raw_response` keeps status, headers and body.", *_ARG
    )
    lines += ["", "Raises:"]
    lines += _wrap(
        "errors.ValidationError: an argument breaks a documented constraint; nothing is sent.",
        *_ARG,
    )
    for e in op.sorted_errors:
        lines += _wrap(f"errors.{e.error_class}: {e.code}: {e.meaning}", *_ARG)
    lines += ["", *_wrap(op.rate_limit_text), "", *_wrap(f"Source: {op.source}")]
    return _escape("\n".join(lines))
