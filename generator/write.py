"""Write: put the whole generated tree in place (stale files removed), or compare it (--check).

The only stage with side effects. Files are compared as bytes; a file is rewritten only when
its bytes change, so timestamps of unchanged files (and caches keyed on them) survive.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .render import Rendered

# Never generator output, never compared: caches and build artefacts of tools run in generated/.
_IGNORED_DIRS = {
    "__pycache__",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    "build",
    "dist",
    ".hypothesis",
}
_IGNORED_SUFFIXES = (".pyc", ".egg-info")


@dataclass(frozen=True)
class Drift:
    changed: tuple[str, ...]
    added: tuple[str, ...]
    stale: tuple[str, ...]

    @property
    def clean(self) -> bool:
        return not (self.changed or self.added or self.stale)

    def lines(self, root: str) -> Iterator[str]:
        for p in self.changed:
            yield f"{root}/{p}: differs from what the specs and templates produce"
        for p in self.added:
            yield f"{root}/{p}: missing"
        for p in self.stale:
            yield f"{root}/{p}: stale (no spec or template produces it)"


def existing_files(out: Path) -> set[str]:
    found: set[str] = set()
    if not out.is_dir():
        return found
    for path in out.rglob("*"):
        rel = path.relative_to(out)
        if any(part in _IGNORED_DIRS or part.endswith(_IGNORED_SUFFIXES) for part in rel.parts):
            continue
        if path.is_file():
            found.add(rel.as_posix())
    return found


def compare(items: Sequence[Rendered], out: Path) -> Drift:
    existing = existing_files(out)
    wanted = {i.path: i.text.encode() for i in items}
    changed = sorted(p for p in wanted if p in existing and (out / p).read_bytes() != wanted[p])
    added = sorted(p for p in wanted if p not in existing)
    stale = sorted(existing - wanted.keys())
    return Drift(tuple(changed), tuple(added), tuple(stale))


def write(items: Sequence[Rendered], out: Path) -> Drift:
    drift = compare(items, out)
    for item in items:
        if item.path in drift.changed or item.path in drift.added:
            target = out / item.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.text.encode())
    for rel in drift.stale:
        (out / rel).unlink()
    for d in sorted(
        (p for p in out.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True
    ):
        if d.name not in _IGNORED_DIRS and not any(d.iterdir()):
            d.rmdir()
    return drift
