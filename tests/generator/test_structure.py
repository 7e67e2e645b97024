"""The generator reads its inputs only from `--specs` (schemas included) and its own
templates, from any working directory: a clone whose specs/ was moved elsewhere generates the
same files as generated/ (header lines aside)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
PACKAGE = GENERATED / "exchange_sdk"
GENERATE = (sys.executable, "-m", "generator", "generate", "--no-cache")


def _owned() -> list[str]:
    lines = (GENERATED / "GENERATED_FILES").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def _body(path: Path) -> list[str]:
    """A generated file without its first line when that is the do-not-edit header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines and "Generated from" in lines[0]:
        return lines[1:]
    return lines


def test_generation_from_a_moved_spec_tree_in_a_clone(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    for part in ("generator", "templates"):
        shutil.copytree(ROOT / part, clone / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", clone / "pyproject.toml")
    elsewhere = tmp_path / "elsewhere" / "exchange-specs"
    shutil.copytree(ROOT / "specs", elsewhere)
    out = tmp_path / "out"
    cwd = tmp_path / "somewhere"
    cwd.mkdir()
    env = {**os.environ, "PYTHONPATH": str(clone)}
    done = subprocess.run(
        [*GENERATE, "--specs", str(elsewhere), "--out", str(out)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted(_owned())
    different = [rel for rel in _owned() if _body(out / rel) != _body(GENERATED / rel)]
    assert different == []


def test_generation_refuses_a_directory_that_is_no_spec_tree(tmp_path: Path) -> None:
    done = subprocess.run(
        [*GENERATE, "--specs", str(tmp_path), "--out", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "no specs/ directory here" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()
