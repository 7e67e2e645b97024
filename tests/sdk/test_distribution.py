"""`pip install ./generated` gives a working SDK without the generator or the repository."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
import exchange_sdk
from exchange_sdk import Gate, errors
from exchange_sdk._runtime.transport import HttpResponse, MockTransport
assert 'generator' not in sys.modules
try:
    import generator  # noqa: F401
    raise SystemExit('the generator must not be importable here')
except ImportError:
    pass
def handler(request):
    return HttpResponse(status=200, headers={}, body=b'{"triggerTime": "1660039145000"}')
gate = Gate(api_key='k', api_secret='s', transport=MockTransport(handler))
result = gate.spot.countdown_cancel_all(timeout=30, currency_pair='BTC_USDT')
print(json.dumps({'file': exchange_sdk.__file__, 'trigger': result.trigger_time}))
"""


def test_wheel_installs_and_works_alone(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(wheels),
            str(ROOT / "generated"),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("exchange_sdk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "exchange_sdk/py.typed" in names
    assert "exchange_sdk/bingx/_client.py" in names
    assert not any(n.startswith(("generator/", "tests/")) for n in names)
    metadata = next(n for n in names if n.endswith("METADATA"))
    requires = [
        line.split(":", 1)[1].strip()
        for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    assert sorted(r.split(">")[0].split("<")[0].split("=")[0].strip() for r in requires) == [
        "httptools",  # the HTTP parser of both transports
        "pydantic",
    ]
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # -I: isolated mode (no cwd, no user site); the SDK comes from `target`, its deps from the venv
    site_packages = [p for p in sys.path if p.endswith("site-packages")]
    code = f"import sys; sys.path[:0] = {[str(target), *site_packages]!r}\n" + PROBE
    proc = subprocess.run(
        [sys.executable, "-I", "-c", code], cwd=tmp_path, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert str(target) in proc.stdout
    assert '"trigger": 1660039145000' in proc.stdout
