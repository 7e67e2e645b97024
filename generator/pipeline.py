"""The pipeline: load -> validate -> model -> render -> models -> format -> write (or compare).

Two things keep it fast at scale (1,000 endpoints over 50 exchanges):
- the per-exchange work (render its modules and tests, datamodel-code-generator for its models)
  runs in forked worker processes, one per core, when there are many exchanges;
- a memo in the cache directory records, for the last run, the hash of every input (specs,
  templates, runtime, generator code, tool versions, ruff configuration) and the hash of every
  output. When the inputs hash the same and generated/ still holds exactly those outputs,
  nothing can differ, so `generate --check` answers from hashes alone. Any change to any input
  (or to generated/) falls through to the full pipeline.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from multiprocessing import get_context
from pathlib import Path

from .errors import GeneratorError, SpecErrors
from .format import format_all
from .load import load_tree
from .model import Exchange, Project, build
from .models import generate_models
from .openapi import openapi_text
from .render import TEMPLATES, Rendered, header, render_exchange, render_project, render_tests
from .validate import validate
from .write import Drift, compare, existing_files, write

GENERATOR = Path(__file__).resolve().parent
ROOT = GENERATOR.parent
_PARALLEL_MIN_EXCHANGES = 8


def load_project(specs: Path, cache_dir: Path | None = None) -> Project:
    """Load and validate every spec under `specs`; raise SpecErrors listing all problems."""
    docs, errors = load_tree(specs, cache_dir=cache_dir)
    errors = [*errors, *validate(docs)]
    if errors:
        raise SpecErrors(errors)
    return build(docs)


def _exchange_items(ex: Exchange, cache_dir: Path | None) -> list[Rendered]:
    head = header(f"{Path(ex.spec_path).parent.as_posix()}/", ex.sources_sha256)
    models = Rendered(f"exchange_sdk/{ex.id}/models.py", generate_models(ex, head, cache_dir), True)
    return [*render_exchange(ex), *render_tests(ex), models]


def _exchange_chunk(args: tuple[list[Exchange], Path | None]) -> list[Rendered]:
    exchanges, cache_dir = args
    return [item for ex in exchanges for item in _exchange_items(ex, cache_dir)]


def _warm_up() -> None:
    """Run in each worker while the main process loads the specs: the first
    datamodel-code-generator call costs about half a second of imports and set-up."""
    from .models import warm_up

    warm_up()


def start_workers(specs: Path) -> ProcessPoolExecutor | None:
    """A pool of forked workers for the per-exchange work, warmed up at once, or None when
    there are too few exchanges (or cores) for it to pay off."""
    workers = min(os.cpu_count() or 1, 4)
    exchanges = sum(1 for _ in specs.glob("*/exchange.yaml"))
    if exchanges < _PARALLEL_MIN_EXCHANGES or workers < 2:
        return None
    pool = ProcessPoolExecutor(workers, mp_context=get_context("fork"))
    for _ in range(workers):
        pool.submit(_warm_up)
    return pool


def render_all(
    project: Project, cache_dir: Path | None, pool: ProcessPoolExecutor | None = None
) -> list[Rendered]:
    items = render_project(project)
    exchanges = list(project.exchanges)
    if pool is not None:
        # One task per exchange (dynamic balance: exchanges differ in size); the main process
        # renders the project-wide files meanwhile.
        parts = pool.map(_exchange_chunk, [([ex], cache_dir) for ex in exchanges])
        items.append(Rendered("openapi.json", openapi_text(project), False))
        for part in parts:
            items += part
    else:
        items += _exchange_chunk((exchanges, cache_dir))
        items.append(Rendered("openapi.json", openapi_text(project), False))
    items = format_all(items, cache_dir)
    paths = [i.path for i in items]
    if len(paths) != len(set(paths)):
        raise GeneratorError("two outputs share a path (duplicate exchange or endpoint names?)")
    return sorted(items, key=lambda i: i.path)


# --------------------------------------------------------------------------------------------
# Memo of the last run


def _files(root: Path, suffixes: tuple[str, ...]) -> Iterable[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if (
            path.is_file()
            and path.suffix in suffixes
            and not any(p.startswith((".", "__pycache__")) for p in rel)
        ):
            yield path


def inputs_key(specs: Path) -> str:
    """Hash of everything that can change the output."""
    h = hashlib.sha256()
    for label, root, suffixes in (
        ("specs", specs, (".yaml", ".yml", ".json")),
        ("templates", TEMPLATES, (".jinja", ".py", ".typed", ".md", ".toml", ".json")),
        ("generator", GENERATOR, (".py",)),
    ):
        for path in _files(root, suffixes):
            h.update(f"{label}/{path.relative_to(root).as_posix()}\0".encode())
            h.update(hashlib.sha256(path.read_bytes()).digest())
    h.update((ROOT / "pyproject.toml").read_bytes())
    for dist in ("ruff", "datamodel-code-generator", "jinja2", "pyyaml", "jsonschema"):
        h.update(f"{dist}={version(dist)}\0".encode())
    h.update(sys.version.encode())
    return h.hexdigest()


def _output_hashes(out: Path, paths: Iterable[str]) -> dict[str, str]:
    return {
        p: hashlib.sha256((out / p).read_bytes()).hexdigest() for p in paths if (out / p).is_file()
    }


def _memo_path(cache_dir: Path, out: Path) -> Path:
    return (
        cache_dir
        / "memo"
        / (hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:16] + ".json")
    )


def _memo_hit(cache_dir: Path | None, out: Path, key: str) -> bool:
    if cache_dir is None:
        return False
    memo = _memo_path(cache_dir, out)
    try:
        data = json.loads(memo.read_text())
    except (OSError, ValueError):
        return False
    outputs = data.get("outputs")
    if data.get("inputs") != key or not isinstance(outputs, dict):
        return False
    if existing_files(out) != set(outputs):
        return False
    return _output_hashes(out, outputs) == outputs


def _memo_store(cache_dir: Path | None, out: Path, key: str, items: list[Rendered]) -> None:
    if cache_dir is None:
        return
    memo = _memo_path(cache_dir, out)
    memo.parent.mkdir(parents=True, exist_ok=True)
    outputs = {i.path: hashlib.sha256(i.text.encode()).hexdigest() for i in items}
    tmp = memo.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"inputs": key, "outputs": outputs}, sort_keys=True))
    tmp.replace(memo)


def run(
    specs: Path, out: Path, check: bool, cache_dir: Path | None, timings: bool = False
) -> Drift:
    """The whole pipeline; with `timings`, each stage's wall time goes to stderr."""
    clock = _Stopwatch(timings)
    key = inputs_key(specs) if cache_dir is not None else ""
    hit = _memo_hit(cache_dir, out, key)
    clock.lap("memo check")
    if hit:
        return Drift((), (), ())
    pool = start_workers(specs)  # forked now: they warm up while the specs load
    try:
        project = load_project(specs, cache_dir)
        clock.lap("load, validate, model")
        items = render_all(project, cache_dir, pool)
        clock.lap("render, response models, format")
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    drift = compare(items, out) if check else write(items, out)
    if not check or drift.clean:
        _memo_store(cache_dir, out, key, items)
    clock.lap("compare" if check else "write")
    return drift


class _Stopwatch:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self.enabled:
            print(f"  {stage}: {now - self.last:.2f}s", file=sys.stderr)
        self.last = now
