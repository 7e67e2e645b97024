"""The pipeline: load -> validate -> model -> render -> models -> format -> write (or compare)."""

from __future__ import annotations

from pathlib import Path

from .errors import GeneratorError, SpecErrors
from .format import format_all
from .load import load_tree
from .model import Project, build
from .models import generate_models
from .render import Rendered, header, render_project
from .validate import validate
from .write import Drift, compare, write


def load_project(specs: Path) -> Project:
    """Load and validate every spec under `specs`; raise SpecErrors listing all problems."""
    docs, errors = load_tree(specs)
    errors = [*errors, *validate(docs)]
    if errors:
        raise SpecErrors(sorted(set(errors), key=lambda e: (e.file, e.line, e.col, e.json_path, e.message)))
    return build(docs)


def render_all(project: Project, cache_dir: Path | None) -> list[Rendered]:
    items = render_project(project)
    for ex in project.exchanges:
        head = header(f"{Path(ex.spec_path).parent.as_posix()}/", ex.sources_sha256)
        items.append(Rendered(f"exchange_sdk/{ex.id}/models.py", generate_models(ex, head, cache_dir), True))
    items = format_all(items, cache_dir)
    paths = [i.path for i in items]
    if len(paths) != len(set(paths)):
        raise GeneratorError("two outputs share a path (duplicate exchange or endpoint names?)")
    return sorted(items, key=lambda i: i.path)


def run(specs: Path, out: Path, check: bool, cache_dir: Path | None) -> Drift:
    project = load_project(specs)
    items = render_all(project, cache_dir)
    return compare(items, out) if check else write(items, out)
