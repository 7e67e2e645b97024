"""Write: put the whole generated tree in place (stale files removed), or compare it (--check).

The only stage with side effects. Files are compared as bytes; a file is rewritten only when
its bytes change, so timestamps of unchanged files (and caches keyed on them) survive.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.emit.base import Rendered

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


# The list of files the generator owns in the output tree (itself included). Everything else
# under the tree (the hand-written runtime, caches) is never written, compared or removed.
MANIFEST = "GENERATED_FILES"
_MANIFEST_HEAD = (
    "# Files written by `python -m generator generate` (one per line, sorted). Every other file\n"
    "# under this directory is hand-written and never touched by the generator.\n"
)


def manifest_item(paths: Iterable[str]) -> Rendered:
    """The manifest listing `paths` and itself."""
    listed = sorted({*paths, MANIFEST})
    return Rendered(MANIFEST, _MANIFEST_HEAD + "".join(f"{p}\n" for p in listed), False)


def owned_files(out: Path) -> set[str]:
    """The files the last run wrote that still exist (read from the manifest)."""
    try:
        text = (out / MANIFEST).read_text(encoding="utf-8")
    except OSError:
        return set()
    found: set[str] = set()
    for line in text.splitlines():
        rel = line.strip()
        if not rel or rel.startswith(("#", "/")) or ".." in rel.split("/"):
            continue
        if (out / rel).is_file():
            found.add(rel)
    return found


def compare(items: Sequence[Rendered], out: Path) -> Drift:
    wanted = {i.path: i.text.encode() for i in items}
    existing = {p for p in wanted if (out / p).is_file()}
    changed = sorted(p for p in existing if (out / p).read_bytes() != wanted[p])
    added = sorted(p for p in wanted if p not in existing)
    stale = sorted(owned_files(out) - wanted.keys())
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
        # Remove directories the stale file leaves empty (caches do not count as content).
        parent = (out / rel).parent
        while parent != out and parent.is_dir():
            entries = [e for e in parent.iterdir() if e.name not in _IGNORED_DIRS]
            if entries:
                break
            for cache in parent.iterdir():
                _remove_tree(cache)
            parent.rmdir()
            parent = parent.parent
    return drift


def _remove_tree(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        for child in path.iterdir():
            _remove_tree(child)
        path.rmdir()
    else:
        path.unlink()
