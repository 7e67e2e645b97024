"""Which ``exchange_sdk`` the runtime tests exercise.

- ``PYTHONPATH=templates/runtime pytest tests/runtime``: the hand-written sources. The
  generated SDK may be installed (editable) as a regular package, which would shadow the
  namespace package in templates/runtime, so the package is bound to the template directory
  explicitly here.
- otherwise: whatever ``exchange_sdk`` is importable (the generated copy, e.g. with
  ``PYTHONPATH=generated`` or installed), falling back to the templates when there is none.

``runtime_helpers`` (spec objects and models built by hand) sits next to this file and must be
importable by name, because endpoints refer to their models as "module:Class".
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNTIME = HERE.parent.parent / "templates" / "runtime"


def _bind_to_templates() -> None:
    spec = importlib.machinery.ModuleSpec("exchange_sdk", None, is_package=True)
    spec.submodule_search_locations = [str(RUNTIME / "exchange_sdk")]
    sys.modules["exchange_sdk"] = importlib.util.module_from_spec(spec)


def _on_path(directory: Path) -> bool:
    entries = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    return any(e and Path(e).resolve() == directory for e in entries)


if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
if "exchange_sdk" not in sys.modules and (
    _on_path(RUNTIME) or importlib.util.find_spec("exchange_sdk") is None
):
    _bind_to_templates()


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_rate_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with empty buckets: the process-wide limiter would otherwise carry
    one test's requests into the next (they all use the same key)."""
    from exchange_sdk._runtime import ratelimit

    monkeypatch.setattr(ratelimit, "_DEFAULT", ratelimit.RateLimiter())
