"""The simulator's layout: every exchange in its own module of ``venues/``, listed once in
``VENUES``; the shared modules never branch on (or even spell) an exchange id."""

from __future__ import annotations

import ast
from importlib import import_module
from pathlib import Path

import exchange_sdk.simulator as simulator
from exchange_sdk.simulator._routes import EXCHANGES
from exchange_sdk.simulator.venue import Venue
from exchange_sdk.simulator.venues import VENUES, simulated

PACKAGE = Path(simulator.__file__).parent
SHARED = ("app.py", "state.py", "admin.py", "runner.py", "client.py", "venue.py", "_wire.py")


def _code_strings(file: Path) -> set[str]:
    """Every string constant of a module except docstrings."""
    tree = ast.parse(file.read_text(encoding="utf-8"))
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    }


def test_shared_modules_name_no_exchange() -> None:
    ids = set(EXCHANGES) | set(VENUES)
    for name in SHARED:
        strings = _code_strings(PACKAGE / name)
        named = sorted(s for s in strings for i in ids if i == s.lower() or f"{i}_" in s)
        assert not named, f"simulator/{name} names exchanges in code: {named}"


def test_every_venue_module_is_registered_under_its_spec_id() -> None:
    modules = {p.stem for p in (PACKAGE / "venues").glob("*.py") if p.stem != "__init__"}
    assert modules == set(VENUES)
    for exchange, venue in VENUES.items():
        assert isinstance(venue, Venue)
        assert venue.id == exchange and venue.wire is EXCHANGES[exchange]
        assert import_module(f"exchange_sdk.simulator.venues.{exchange}").VENUE is venue
        for operation in venue.handlers:
            assert simulated(exchange, operation)
    assert not simulated("no-such-exchange", "spot.cancel_all")
