"""Structural properties of exchange_sdk (issue 12, "How this will be checked"): no import
cycle, every module imports on its own in a fresh interpreter, the test seam is public
(`from exchange_sdk.transports import MockTransport, AsyncMockTransport`), and no tracked file
under generated/ repeats a hand-written file elsewhere. (Generation from a moved spec tree:
test_structure.py; no cycle in generator/: test_layers.py.)"""

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


def _tracked(*args: str) -> list[str]:
    done = subprocess.run(
        ["git", "ls-files", "-z", *args], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [p for p in done.stdout.split("\0") if p]


def _text_body(path: Path) -> str | None:
    """A file's text without a do-not-edit first line, or None when it is not text or too
    small to say anything (an empty ``__init__.py``, ``py.typed``)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (UnicodeDecodeError, OSError):
        return None
    if lines and ("Generated from" in lines[0] or "Do not edit" in lines[0]):
        lines = lines[1:]
    kept = [line for line in lines if line.strip()]
    return "\n".join(kept) if len(kept) >= 3 else None


def test_no_file_under_generated_repeats_a_hand_written_file() -> None:
    """The hand-written runtime lives once (in generated/exchange_sdk, where it runs): no
    tracked file under generated/ has the text of a tracked file elsewhere in the repository
    (header lines aside), and there is no templates/runtime copy to drift from it."""
    assert not (ROOT / "templates" / "runtime").exists()
    inside = set(_tracked("generated"))
    assert "generated/exchange_sdk/_runtime/client_async.py" in inside
    bodies: dict[str, str] = {}
    for rel in inside:
        body = _text_body(ROOT / rel)
        if body is not None:
            bodies.setdefault(body, rel)
    repeated = [
        f"{rel} repeats {bodies[body]}"
        for rel in _tracked()
        if rel not in inside and (body := _text_body(ROOT / rel)) is not None and body in bodies
    ]
    assert repeated == []
