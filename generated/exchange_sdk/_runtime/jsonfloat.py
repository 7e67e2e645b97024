"""JSON floats as exact Decimals, the same Decimal whichever parsing path reads them.

Most exchanges send prices as strings; some send JSON numbers (BitMEX's ``"price": 25000.5``).
A JSON number is a value, not a spelling, and the SDK turns each float token into the Decimal
of exactly that value, in one canonical spelling:

- ``from_token`` (the general path: ``json.loads``' ``parse_float``): the token's value
  exactly. When a binary double holds that value's shortest spelling (a normal, non-zero double
  whose ``repr`` has the same value as the token), the Decimal is spelled like ``repr``:
  ``25000.50`` and ``2.500050e4`` both become ``Decimal('25000.5')``. Otherwise the token's own
  spelling is kept: ``0.1000000000000000055511151231257827`` stays all its digits (a double
  would make it ``0.1``), and so do ``0.0``, ``1e-400`` and ``1e400``.
- ``from_double`` (the JSON fast path, which pydantic-core hands a double, not the token):
  ``Decimal(repr(x))`` for a normal, non-zero, finite double, else ``ValueError`` (the general
  path decides). This equals ``from_token`` of the token whenever the token has at most 15
  significant digits: any decimal of at most 15 significant digits survives the round trip
  through a normal double (``DBL_DIG``), so the token and ``repr``'s shortest spelling, both
  of at most 15 digits and rounding to the same double, are the same value.
- ``may_hold_long_floats`` (the fast path's guard, run only when a body held a float): True
  when the body, its dots taken out, has a run of 16 or more digits anywhere, as every float
  token with 16 or more significant digits has (its digits before and after the point). It
  also says True for long integers and for digits in strings: a false alarm only sends that
  answer to the general path; a miss is impossible.

``tests/runtime/test_json_floats.py`` holds the two paths to the same result over generated
tokens (lengths, trailing zeros, exponents, subnormals, overflow) and bodies.
"""

from __future__ import annotations

import sys
from decimal import Decimal

__all__ = ["from_double", "from_token", "may_hold_long_floats"]

_NORMAL_MIN = sys.float_info.min  # below it a double keeps fewer than 15 digits
_NORMAL_MAX = sys.float_info.max
_LONG = 16  # this many digits in a run (dots taken out) may be 16 significant digits
_DIGITS = bytes(100 if 48 <= i <= 57 else 120 for i in range(256))  # digit: "d", else "x"
_LONG_RUN = b"d" * _LONG


def from_token(token: str) -> Decimal:
    """A JSON float token as the Decimal of its exact value (``json.loads``' ``parse_float``)."""
    exact = Decimal(token)
    double = float(token)
    if _NORMAL_MIN <= abs(double) <= _NORMAL_MAX:
        short = Decimal(repr(double))
        if short == exact:
            return short
    return exact


def from_double(double: float) -> Decimal:
    """``from_token`` of a token of at most 15 significant digits, from its double; raises
    ``ValueError`` where the double cannot tell (zero, subnormal, infinite, NaN)."""
    if _NORMAL_MIN <= abs(double) <= _NORMAL_MAX:
        return Decimal(repr(double))
    raise ValueError("this JSON float is read from its token, not from a double")


def may_hold_long_floats(body: bytes) -> bool:
    """Whether ``body`` may hold a float token of 16 or more significant digits."""
    return _LONG_RUN in body.translate(_DIGITS, b".")
