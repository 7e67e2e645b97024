"""Format: ruff (`check --fix` for imports, then `format`) over every generated Python file in
one process per step, with the project's ruff configuration, cached by input hash.

Running ruff once over a temporary tree (not once per file) keeps a 1,000-endpoint generation
fast; the cache makes `generate --check` with nothing changed cost only a hash per file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from generator.emit.base import Rendered
from generator.errors import GeneratorError

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "pyproject.toml"
# Fixes that make generated code lint-clean regardless of template whitespace or codegen order.
_FIX_RULES = "I,F401,UP,RUF022"


@cache
def _ruff() -> str:
    exe = Path(sys.executable).parent / "ruff"
    found = str(exe) if exe.exists() else shutil.which("ruff")
    if found is None:
        raise GeneratorError("ruff is not installed (run `make`)")
    return found


@cache
def _tool_key() -> str:
    out = subprocess.run([_ruff(), "--version"], capture_output=True, text=True, check=True).stdout
    h = hashlib.sha256(out.encode())
    h.update(CONFIG.read_bytes())
    h.update(_FIX_RULES.encode())
    return h.hexdigest()


def _key(item: Rendered) -> str:
    h = hashlib.sha256(_tool_key().encode())
    h.update(item.path.encode())
    h.update(b"\0")
    h.update(item.text.encode())
    return h.hexdigest()


def format_all(items: Sequence[Rendered], cache_dir: Path | None) -> list[Rendered]:
    """Return the items with every Python file formatted; others unchanged."""
    results: dict[str, str] = {}
    todo: list[tuple[Rendered, str]] = []
    for item in items:
        if not item.python:
            continue
        key = _key(item)
        cached = cache_dir / "format" / key[:2] / key if cache_dir else None
        if cached is not None and cached.is_file():
            results[item.path] = cached.read_text()
        else:
            todo.append((item, key))
    if todo:
        formatted = _run_ruff([item for item, _ in todo])
        for item, key in todo:
            text = formatted[item.path]
            results[item.path] = text
            if cache_dir is not None:
                target = cache_dir / "format" / key[:2] / key
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(text)
                tmp.replace(target)
    return [Rendered(i.path, results[i.path], i.python) if i.python else i for i in items]


# Scratch space in memory, when there is plenty: ruff's scratch tree (every generated Python
# file written, read back and deleted) costs about half a second more on a journaling disk.
_MEMORY_TMP = Path("/dev/shm")
_MEMORY_TMP_MIN_FREE = 512 * 2**20


def _scratch_root() -> str | None:
    """/dev/shm when it is there, writable and roomy, unless the user chose a temporary
    directory (TMPDIR and the like); None: tempfile's default."""
    if tempfile.tempdir is not None or any(os.environ.get(v) for v in ("TMPDIR", "TEMP", "TMP")):
        return None
    try:
        stat = os.statvfs(_MEMORY_TMP)
    except (OSError, AttributeError):
        return None
    roomy = stat.f_bavail * stat.f_frsize >= _MEMORY_TMP_MIN_FREE
    return str(_MEMORY_TMP) if roomy and os.access(_MEMORY_TMP, os.W_OK | os.X_OK) else None


def _run_ruff(items: Sequence[Rendered]) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="exchange-sdk-fmt-", dir=_scratch_root()) as tmp:
        root = Path(tmp)
        for item in items:
            path = root / item.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(item.text)
        base = [_ruff()]
        cfg = ["--config", str(CONFIG), "--no-cache"]
        check = subprocess.run(
            [*base, "check", *cfg, "--fix", "--select", _FIX_RULES, "--exit-zero", "--quiet", "."],
            cwd=root,
            capture_output=True,
            text=True,
        )
        if check.returncode != 0:
            raise GeneratorError(f"ruff check --fix failed on generated code:\n{check.stderr}")
        fmt = subprocess.run(
            [*base, "format", *cfg, "--quiet", "."], cwd=root, capture_output=True, text=True
        )
        if fmt.returncode != 0:
            raise GeneratorError(
                f"ruff format failed on generated code (a template emits invalid Python?):\n{fmt.stderr}"
            )
        return {item.path: (root / item.path).read_text() for item in items}
