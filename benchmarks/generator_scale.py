"""Generator scale benchmark: a synthetic set of 1,000 endpoint specs over 50 exchanges.

Builds the set from the real specs (each synthetic exchange is a renamed copy of one of the four
real exchange files; each endpoint a renamed copy of a real endpoint of that exchange), then times
  1. `generate` from scratch: empty output tree, empty cache (cold),
  2. `generate` again into an empty output tree with the cache warm,
  3. `generate --check` with nothing changed (warm cache),
each as a fresh `python -m generator` process, which is what `make` and `make check` run.
With `--runs N`, run 1 is repeated N times (output and cache removed before each) and the
median is reported: on a shared machine single timings vary by a third.

    python benchmarks/generator_scale.py [--exchanges 50] [--endpoints 1000] [--runs 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def build_synthetic(
    dest: Path, n_exchanges: int, n_endpoints: int, bases: tuple[str, ...] = ()
) -> None:
    """``n_exchanges`` copies of the real exchanges in turn (``bases``: only these, in this
    order, so a test's names do not move when an exchange is added), ``n_endpoints`` in all."""
    real = list(bases) or sorted(p.parent.name for p in (ROOT / "specs").glob("*/exchange.yaml"))
    specs = dest / "specs"
    shutil.copytree(ROOT / "specs" / "schema", specs / "schema")
    per_exchange = n_endpoints // n_exchanges
    for i in range(n_exchanges):
        base = real[i % len(real)]
        ex_id = f"{base}{i:02d}"
        ex = yaml.safe_load((ROOT / "specs" / base / "exchange.yaml").read_text())
        ex["exchange"] = ex_id
        ex["name"] = f"{ex['name']}{i:02d}"
        # No simulator behaviour is written for a synthetic exchange, so its spec (like a new
        # exchange's) has no simulator: section: no routes, no live tests.
        ex.pop("simulator", None)
        (specs / ex_id).mkdir(parents=True)
        (specs / ex_id / "exchange.yaml").write_text(
            yaml.safe_dump(ex, sort_keys=False, allow_unicode=True)
        )
        endpoints = sorted((ROOT / "specs" / base).glob("*/*.yaml"))
        for j in range(per_exchange):
            src = endpoints[j % len(endpoints)]
            ep = yaml.safe_load(src.read_text())
            op = f"{ep['operation']}_{j:03d}"
            ep["exchange"] = ex_id
            ep["operation"] = op
            ep["path"] = (
                f"/{ex_id}{ep['path']}{j:03d}"  # paths are unique across the OpenAPI export
            )
            schema = ep["response"]["schema"]
            _retitle(schema, f"{j:03d}")
            group_dir = specs / ex_id / ep["group"]
            group_dir.mkdir(exist_ok=True)
            (group_dir / f"{op}.yaml").write_text(
                yaml.safe_dump(ep, sort_keys=False, allow_unicode=True)
            )


def _retitle(node: object, suffix: str) -> None:
    """Model names must stay unique inside an exchange's models module."""
    if isinstance(node, dict):
        if isinstance(node.get("title"), str):
            node["title"] = f"{node['title']}{suffix}"
        for v in node.values():
            _retitle(v, suffix)
    elif isinstance(node, list):
        for v in node:
            _retitle(v, suffix)


def _run(args: list[str], cwd: Path) -> tuple[float, int, str]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": str(Path(sys.executable).parent)},
    )
    return time.perf_counter() - started, proc.returncode, (proc.stdout + proc.stderr).strip()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--exchanges", type=int, default=50)
    parser.add_argument("--endpoints", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="build the synthetic tree here and keep it")
    parser.add_argument("--runs", type=int, default=1, help="cold runs to take the median of")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="exchange-sdk-scale-"))
    try:
        build_synthetic(work, args.exchanges, args.endpoints)
        n_specs = len(list((work / "specs").rglob("*.yaml")))
        out, cache = work / "generated", work / ".cache"
        common = ["--specs", str(work / "specs"), "--out", str(out), "--cache-dir", str(cache)]
        rows = []
        cold: list[float] = []
        for _ in range(max(1, args.runs)):
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(cache, ignore_errors=True)
            t, rc, msg = _run(["generate", *common], work)
            if rc != 0:
                print(msg[-3000:])
                return 1
            cold.append(t)
        name = "generate, from scratch (no output, no cache)"
        if len(cold) > 1:
            name = f"generate, from scratch, median of {len(cold)}"
        rows.append((name, statistics.median(cold), rc, msg))
        shutil.rmtree(out)
        t, rc, msg = _run(["generate", *common], work)
        rows.append(("generate, empty output, warm cache", t, rc, msg))
        t, rc, msg = _run(["generate", "--check", *common], work)
        rows.append(("generate --check, nothing changed", t, rc, msg))
        n_files = sum(1 for p in out.rglob("*") if p.is_file())
        print(
            f"synthetic set: {n_specs} spec files ({args.endpoints} endpoints, {args.exchanges} exchanges) -> {n_files} generated files"
        )
        if len(cold) > 1:
            print("cold runs (s): " + ", ".join(f"{t:.2f}" for t in cold))
        print(f"{'run':<48} {'seconds':>8}  exit")
        for name, t, rc, msg in rows:
            print(f"{name:<48} {t:8.2f}  {rc}")
            if rc not in (0,):
                print("   ", msg[-2000:])
        return 0 if all(rc == 0 for *_, rc, _ in rows) else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
