"""Smoke test of `make bench`: benchmarks/sdk_calls.py runs end to end and reports every row.

No timing thresholds: numbers on a shared CI host say nothing; the test only checks that the
benchmark still drives the SDK, the floor and CCXT through the loopback server (whose request
checks fail the run on a wrong path or signature) and that every row holds a real measurement.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "sdk_calls.py"

CALL_NUMBERS = (
    "sdk_us",
    "sdk_p90_us",
    "floor_us",
    "floor_p90_us",
    "ccxt_us",
    "ccxt_p90_us",
    "sdk_floor",
    "sdk_ccxt",
)


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


def test_sdk_calls_quick_run_reports_every_row(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "SDK/floor" in proc.stdout and "SDK/CCXT" in proc.stdout

    report = json.loads(out.read_text())
    rows = report["rows"]
    # Every call of the bench, by its CCXT method; None where CCXT 4.5.90 does not have the
    # exchange (BitMEX): SDK and floor only, the CCXT fields null.
    methods: dict[str, str | None] = report["ccxt_methods"]
    assert len(methods) >= 14
    calls = set(methods)
    no_ccxt = {name for name, method in methods.items() if method is None}
    assert {(r["call"], r["mode"]) for r in rows} == {
        (call, mode) for call in calls for mode in ("sync", "async")
    }
    assert len(rows) == 2 * len(calls)
    for row in rows:
        for key in CALL_NUMBERS:
            if row["call"] in no_ccxt and key.startswith(("ccxt", "sdk_ccxt")):
                assert row[key] is None, (row["call"], key, row[key])
                continue
            assert _positive(row[key]), (row["call"], row["mode"], key, row[key])

    assert [i["name"] for i in report["imports"]] == ["import", "import + first client"]
    for item in report["imports"]:
        for key in ("sdk_ms", "ccxt_ms", "sdk_ccxt"):
            assert _positive(item[key]), (item["name"], key, item[key])

    # One SDK, one floor and one CCXT case per call and mode, each with every timed call.
    cases = report["cases"]
    assert len(cases) == 6 * len(calls) - 2 * len(no_ccxt)
    assert {c["client"].split(" ")[0] for c in cases} == {"SDK", "floor", "CCXT"}
    assert all(c["calls"] == report["calls"] for c in cases)
    assert report["requests_checked"] == 6 * len(calls) - 2 * len(no_ccxt)
    assert report["server"]["hits"]["unmatched"] == 0


def test_signing_benchmark_runs_every_case() -> None:
    """benchmarks/signing.py times each generated signer against the hand-written one."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "signing.py"), "--rounds", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    rows = [line.split() for line in out.splitlines()[1:]]
    assert len(rows) == 6
    assert all(float(row[-1]) > 0 for row in rows)


@pytest.mark.parametrize("mode", [[], ["--async"]], ids=["sync", "async"])
def test_transport_cost_benchmark_reports_every_part(mode: list[str]) -> None:
    """benchmarks/transport_cost.py times the floor, the SDK's transport and the variants."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "transport_cost.py"), "--blocks", "1", *mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = {line.rsplit(None, 3)[0]: line.split() for line in proc.stdout.splitlines()[4:]}
    assert set(rows) == {"floor", "SDK transport", "- reuse probe", "- request bytes"}
    assert all(float(row[-3]) > 0 for row in rows.values())


@pytest.mark.parametrize("mode", [[], ["--async"]], ids=["sync", "async"])
def test_sdk_gap_benchmark_attributes_each_step(mode: list[str]) -> None:
    """benchmarks/sdk_gap.py times the floor, the SDK's parse, its transport and the client."""
    call = "BitMEX.all.cancel_all_orders"  # the general path (JSON float prices)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "sdk_gap.py"), "--blocks", "1", *mode, call],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert ("async (asyncio)" if mode else "; sync;") in lines[0]
    row = next(line for line in lines if line.startswith(call))
    values = [float(v) for v in row[len(call) :].replace("(", " ").replace(")", " ").split()]
    assert len(values) == 8  # four clients: us and x floor each
    assert all(v > 0 for v in values)
    assert values[1] == 1.0  # the floor against itself
