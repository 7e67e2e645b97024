"""Structural properties of exchange_sdk (issue 12, "How this will be checked"): no import
cycle, every module imports on its own in a fresh interpreter, and the test seam is public
(`from exchange_sdk.transports import MockTransport, AsyncMockTransport`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from import_graph import cycles, graph, modules

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
PACKAGE = GENERATED / "exchange_sdk"


def test_no_import_cycle_in_exchange_sdk() -> None:
    """Every import counts: lazy ones inside functions and those under TYPE_CHECKING."""
    assert cycles(graph(PACKAGE, "exchange_sdk")) == []


_IMPORT_EACH = """
import importlib, os, sys
failed = []
for name in sys.argv[1:]:
    pid = os.fork()
    if pid == 0:  # a child of an interpreter that imported nothing of exchange_sdk
        try:
            importlib.import_module(name)
        except BaseException as exc:
            print(f"{name}: {type(exc).__name__}: {exc}", flush=True)
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        failed.append(name)
print("FAILED", *failed)
sys.exit(1 if failed else 0)
"""


def test_every_exchange_sdk_module_imports_on_its_own() -> None:
    names = sorted(n for n in modules(PACKAGE, "exchange_sdk") if not n.endswith("__main__"))
    assert "exchange_sdk._runtime.http11" in names
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, *names],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_transports_are_public() -> None:
    code = (
        "from exchange_sdk.transports import MockTransport, AsyncMockTransport\n"
        "import exchange_sdk.transports as t\n"
        "assert {'MockTransport', 'AsyncMockTransport'} <= set(t.__all__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
