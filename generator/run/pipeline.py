"""The pipeline: load -> validate -> build the IR -> emit -> format -> write (or compare).

What keeps it fast at scale (1,000 endpoints over 50 exchanges, 2 cores):
- the per-exchange work (render its modules and tests, datamodel-code-generator for its models)
  runs in forked worker processes, one per core, when there are many exchanges (at least
  `_PARALLEL_MIN_EXCHANGES`); below that everything runs in this process;
- streaming (`render_streamed`): the workers are forked before the specs load and warm up
  (datamodel-code-generator's imports, the worker templates) while this process loads the spec
  tree one part at a time, a part being the files under one directory of specs/ (an exchange).
  Each part is validated on its own as soon as it is loaded (`validate.PartCheck`); when it is
  clean (no error, every endpoint names an exchange of the same part, no exchange id or
  operation seen in an earlier part) its exchanges are built and handed to the workers at once.
  When every part is clean the whole tree validates clean too (PartCheck's docstring says why)
  and the project assembled from the parts equals `build(all documents)`, so the output is
  byte for byte the serial one. The first part that is not clean stops the streaming: its
  speculative work is cancelled and ignored, the rest of the tree is loaded, and the whole tree
  goes through `validate` and `build` exactly as `load_project` does, so that bad specs report
  the same errors, all at once. The parse cache of `load_tree` is shared by all parts;
- while the workers run, this process renders the project-wide files (package, shared
  tests, simulator, CLI, OpenAPI export) and then formats the finished exchanges' files in
  batches as they come in (`_format_as_done`; ruff formats each file on its own, so batching
  changes no byte), leaving only a short last batch and the write after the last worker;
- this process runs with the cyclic garbage collector off (it keeps what it allocates until it
  exits; the collector only rescanned the growing heap), and ruff's scratch tree goes to
  /dev/shm when there is room (`format._scratch_root`);
- a memo in the cache directory records, for the last run, the hash of every input (specs,
  templates, generator code, tool versions, ruff configuration) and the hash of every
  output. When the inputs hash the same and generated/ still holds exactly those outputs,
  nothing can differ, so `generate --check` answers from hashes alone. Any change to any input
  (or to generated/) falls through to the full pipeline.

Failures are reported as the serial run reports them: spec errors all at once (exit 2), else
the first failing exchange in exchange order, else ruff's complaint about the whole tree.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from importlib.metadata import version
from multiprocessing import get_context
from pathlib import Path

from generator.emit.base import TEMPLATES, Rendered, header
from generator.emit.cli_table import render_cli
from generator.emit.clients import render_exchange
from generator.emit.conformance_tests import render_shared_tests, render_tests
from generator.emit.killswitch_tables import render_killswitch_tables
from generator.emit.live_tests import render_live_tests
from generator.emit.openapi import openapi_text
from generator.emit.package import render_package
from generator.emit.response_models import generate_models
from generator.emit.signing import render_signing
from generator.emit.simulator_routes import render_routes
from generator.emit.unasync import render_twins
from generator.emit.unasync import sources as twin_sources
from generator.errors import GeneratorError, SpecError, SpecErrors
from generator.ir import runtime
from generator.ir.types import Exchange, Project
from generator.run.format import format_all
from generator.run.write import Drift, compare, manifest_item, owned_files, write
from generator.spec.build import assemble, build, build_exchanges
from generator.spec.load import SpecDocument, TreeLoader, spec_tree
from generator.spec.validate import PartCheck, validate

GENERATOR = Path(__file__).resolve().parents[1]
ROOT = GENERATOR.parent
_PARALLEL_MIN_EXCHANGES = 8
# The templates a worker renders (render_exchange, render_tests): compiled in the warm-up.
_WORKER_TEMPLATES = (
    "exchange_init.py.jinja",
    "exchange_spec.py.jinja",
    "exchange_client.py.jinja",
    "tests/test_endpoint.py.jinja",
    "exchange_signing.py.jinja",
    "tests/test_signing.py.jinja",
)


def load_project(specs: Path, cache_dir: Path | None = None) -> Project:
    """Load and validate every spec of the tree `specs` names (against the tree's own
    schemas); raise SpecErrors listing all problems."""
    loader = TreeLoader(specs, cache_dir)
    docs, errors = loader.load(loader.files)
    loader.finish()
    errors = [*loader.errors, *errors, *validate(docs, loader.schema_dir)]
    if errors:
        raise SpecErrors(errors)
    return build(docs)


def render_project(project: Project) -> list[Rendered]:
    """Files that depend on the whole project (not on one exchange): the package, the shared
    tests, the kill-switch tables, the simulator's routes and live tests, the CLI table, the
    OpenAPI export, and the sync twins of the runtime's async modules. Per-exchange files come
    from `_exchange_items` (run in parallel)."""
    return [
        *render_package(project),
        render_killswitch_tables(project),
        *render_shared_tests(),
        render_routes(project),
        *render_live_tests(project),
        *render_cli(project),
        Rendered("openapi.json", openapi_text(project), False),
        *render_twins(),
    ]


def _exchange_items(ex: Exchange, cache_dir: Path | None) -> list[Rendered]:
    head = header(ex.spec_dir, ex.sources_sha256)
    models = Rendered(f"exchange_sdk/{ex.id}/models.py", generate_models(ex, head, cache_dir), True)
    return [*render_exchange(ex), *render_signing(ex), *render_tests(ex), models]


def _exchange_chunk(args: tuple[list[Exchange], Path | None]) -> list[Rendered]:
    exchanges, cache_dir = args
    return [item for ex in exchanges for item in _exchange_items(ex, cache_dir)]


def _warm_up() -> None:
    """Run in each worker while the main process loads the specs: the first
    datamodel-code-generator call costs about half a second of imports and set-up, and each
    template is compiled on first use."""
    from generator.emit.base import environment
    from generator.emit.response_models import warm_up

    warm_up()
    for name in _WORKER_TEMPLATES:
        environment().get_template(name)


def _worker_init() -> None:
    # Forked from a main process that runs with the collector off; a worker frees what each
    # task builds, and datamodel-code-generator makes reference cycles.
    gc.enable()


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """`workers` forked worker processes, each warming up at once."""
    pool = ProcessPoolExecutor(workers, mp_context=get_context("fork"), initializer=_worker_init)
    for _ in range(workers):
        pool.submit(_warm_up)
    return pool


def start_workers(specs: Path) -> ProcessPoolExecutor | None:
    """A pool of forked workers for the per-exchange work, warmed up at once, or None when
    there are too few exchanges (or cores) for it to pay off."""
    workers = min(os.cpu_count() or 1, 4)
    tree = spec_tree(specs)
    exchanges = sum(1 for _ in tree.glob("*/exchange.yaml")) if tree is not None else 0
    if exchanges < _PARALLEL_MIN_EXCHANGES or workers < 2:
        return None
    return worker_pool(workers)


def render_all(
    project: Project, cache_dir: Path | None, pool: ProcessPoolExecutor | None = None
) -> list[Rendered]:
    exchanges = list(project.exchanges)
    if pool is not None:
        # One task per exchange (dynamic balance: exchanges differ in size); the main process
        # renders the project-wide files meanwhile.
        return _finish(
            project,
            cache_dir,
            {ex.id: pool.submit(_exchange_chunk, ([ex], cache_dir)) for ex in exchanges},
        )
    items = render_project(project)
    items += _exchange_chunk((exchanges, cache_dir))
    return _formatted(items, cache_dir)


def _finish(
    project: Project, cache_dir: Path | None, futures: dict[str, Future[list[Rendered]]]
) -> list[Rendered]:
    """The project-wide files rendered here, the per-exchange ones collected from the workers;
    everything formatted in batches as the workers finish (see `_format_as_done`)."""
    items = render_project(project)
    ordered = [futures[ex.id] for ex in project.exchanges]
    formatted = _format_as_done(items, ordered, cache_dir)
    if formatted is None:
        # A worker or ruff failed: fail as the serial run does, with the first failing
        # exchange in exchange order, else with ruff's complaint about the whole tree.
        for future in ordered:
            items += future.result()
        formatted = format_all(items, cache_dir)
    return _checked(formatted)


# Batches the per-exchange files are formatted in (each ruff run costs ~15 ms plus ~1.6 ms a
# file): the main process formats while the workers still run, leaving a short tail.
_FORMAT_BATCHES = 8


def _format_as_done(
    items: list[Rendered], ordered: list[Future[list[Rendered]]], cache_dir: Path | None
) -> list[Rendered] | None:
    """`format_all(items + every future's files)` (ruff formats each file on its own, so
    batches do not change a byte), formatted batch by batch as the futures complete; None
    when a future or ruff fails."""
    out: list[Rendered] = []
    batch = list(items)
    ready: list[Future[list[Rendered]]] = []
    pending = set(ordered)
    step = max(1, len(ordered) // _FORMAT_BATCHES)
    while pending or batch:
        if pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            if any(f.exception() is not None for f in done):
                return None
            ready += done
            if len(ready) < step and pending:
                continue
        for future in ready:
            batch += future.result()
        ready = []
        try:
            out += format_all(batch, cache_dir)
        except GeneratorError:
            return None
        batch = []
    return out


def _formatted(items: list[Rendered], cache_dir: Path | None) -> list[Rendered]:
    return _checked(format_all(items, cache_dir))


def _checked(items: list[Rendered]) -> list[Rendered]:
    paths = [i.path for i in items]
    if len(paths) != len(set(paths)):
        raise GeneratorError("two outputs share a path (duplicate exchange or endpoint names?)")
    return sorted(items, key=lambda i: i.path)


def render_streamed(
    specs: Path, cache_dir: Path | None, pool: ProcessPoolExecutor
) -> list[Rendered]:
    """`render_all(load_project(specs, cache_dir), cache_dir, pool)`, with the workers starting
    on each exchange as soon as its directory is loaded and found clean (see the module
    docstring). Any problem falls back to validating the whole tree as `load_project` does."""
    loader = TreeLoader(specs, cache_dir)
    parts = loader.parts()
    loaded: list[tuple[list[SpecDocument], list[SpecError]]] = []
    check = PartCheck(loader.schema_dir)
    streaming = not loader.errors
    exchanges: list[Exchange] = []
    futures: dict[str, Future[list[Rendered]]] = {}
    for files in parts:
        docs, errors = loader.load(files)
        loaded.append((docs, errors))
        if streaming and not errors and check.clean(docs):
            for ex in build_exchanges(docs):
                exchanges.append(ex)
                futures[ex.id] = pool.submit(_exchange_chunk, ([ex], cache_dir))
        elif streaming:
            streaming = False
            for future in futures.values():
                future.cancel()
    loader.finish()
    all_docs = [doc for docs, _ in loaded for doc in docs]
    if not streaming:
        errors = [
            *loader.errors,
            *(e for _, errs in loaded for e in errs),
            *validate(all_docs, loader.schema_dir),
        ]
        if errors:
            raise SpecErrors(errors)
        return render_all(build(all_docs), cache_dir, pool)
    return _finish(assemble(exchanges), cache_dir, futures)


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
    for file in runtime.source_files():  # the runtime records and error classes
        h.update(f"runtime/{Path(file).name}\0".encode())
        h.update(hashlib.sha256(Path(file).read_bytes()).digest())
    for path in twin_sources():  # the async sources of the derived sync twins
        h.update(f"twin/{path.as_posix()}\0".encode())
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
    if owned_files(out) != set(outputs):
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
    # The main process keeps nearly everything it allocates (documents, marks, model, texts)
    # until it exits, and makes few reference cycles: the cyclic collector would only rescan
    # the growing heap again and again (a third of the loading time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        items = _generate(specs, cache_dir, clock)
        items.append(manifest_item(i.path for i in items))
        drift = compare(items, out) if check else write(items, out)
        if not check or drift.clean:
            _memo_store(cache_dir, out, key, items)
        clock.lap("compare" if check else "write")
    finally:
        if collecting:
            gc.enable()
    return drift


def _generate(specs: Path, cache_dir: Path | None, clock: _Stopwatch) -> list[Rendered]:
    pool = start_workers(specs)  # forked now: they warm up while the specs load
    try:
        if pool is None:
            project = load_project(specs, cache_dir)
            clock.lap("load, validate, model")
            items = render_all(project, cache_dir)
            clock.lap("render, response models, format")
        else:
            items = render_streamed(specs, cache_dir, pool)
            clock.lap("load, validate, model, render, response models, format (streamed)")
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return items


class _Stopwatch:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self.enabled:
            print(f"  {stage}: {now - self.last:.2f}s", file=sys.stderr)
        self.last = now
