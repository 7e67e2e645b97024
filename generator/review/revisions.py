"""Spec trees at a git revision, in a folder, or in the working tree (for `diff`).

A revision is read with `git ls-tree` and `git show REV:path` into a temporary directory, so
nothing is checked out and the working tree is never touched; the documents keep their
repository-relative paths ("specs/...") and their line marks. Each side is validated against its
own schemas (`specs/schema/` of that revision or folder).
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.errors import GeneratorError
from generator.spec.load import SpecDocument, load_tree, spec_tree
from generator.spec.validate import validate

__all__ = ["Side", "load_side"]


@dataclass(frozen=True)
class Side:
    """One side of a comparison: what it was read from, and its validated documents."""

    label: str  # "main", "HEAD~1", "working tree", "/tmp/x"
    docs: tuple[SpecDocument, ...]


def _git(repo: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, check=False, timeout=60
        )
    except OSError as exc:
        raise GeneratorError(f"cannot run git: {exc.strerror}") from exc
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise GeneratorError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return done.stdout


def _is_revision(repo: Path, ref: str) -> bool:
    done = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def _materialize(repo: Path, ref: str, into: Path) -> None:
    listing = _git(repo, "ls-tree", "-r", "-z", "--name-only", ref, "--", "specs/")
    names = listing.decode().split("\0")
    for name in sorted(n for n in names if n.endswith((".yaml", ".yml", ".schema.json"))):
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_git(repo, "show", f"{ref}:{name}"))
    (into / "specs").mkdir(exist_ok=True)


def _checked(label: str, root: Path) -> Side:
    docs, errors = load_tree(root)
    tree = spec_tree(root)
    schemas = tree / "schema" if tree is not None and (tree / "schema").is_dir() else None
    errors = [*errors, *validate(docs, schemas)]
    if errors:
        lines = [f"{label}: {e}" for e in sorted(set(errors))]
        raise GeneratorError("\n".join([f"{label}: the specs do not validate", *lines]))
    return Side(label, tuple(docs))


def load_side(ref: str | None, repo: Path) -> Side:
    """The specs of `ref`: a folder (repository root or its specs/), a git revision of `repo`,
    or, when `ref` is None, the working tree of `repo`. Raises GeneratorError when the specs
    cannot be read or do not validate (the command line exits with 2)."""
    if ref is None:
        return _checked("working tree", repo)
    folder = Path(ref)
    if folder.is_dir():
        return _checked(ref, folder)
    if not _is_revision(repo, ref):
        raise GeneratorError(f"{ref}: neither a folder nor a git revision of {repo}")
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as tmp:
        _materialize(repo, ref, Path(tmp))
        return _checked(ref, Path(tmp))
