"""The streamed pipeline (generator.run.pipeline.render_streamed) against the serial one.

Streaming validates and builds the spec tree one part (one directory under specs/) at a time and
hands each clean exchange to the workers at once. It must be invisible: the same files, byte for
byte, and for bad specs the same errors, all at once, including problems that span two parts
(a duplicate exchange id, an endpoint naming another directory's exchange, a duplicate
operation), which no single part can see.
"""

from __future__ import annotations

import importlib.util
import marshal
import re
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from types import ModuleType

import pytest

from generator.emit.base import Rendered
from generator.errors import GeneratorError, SpecErrors
from generator.run import pipeline
from generator.spec import load as load_module
from generator.spec.load import TreeLoader, load_tree
from generator.spec.validate import PartCheck, validate

ROOT = Path(__file__).resolve().parents[2]
BAD_SPECS = Path(__file__).parent / "fixtures" / "bad_specs"
CASES = sorted(p.name for p in BAD_SPECS.iterdir() if p.is_dir())


def _scale_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generator_scale", ROOT / "benchmarks" / "generator_scale.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    """Two forked workers, whatever the machine: the streamed path is what is under test."""
    workers = pipeline.worker_pool(2)
    yield workers
    workers.shutdown(cancel_futures=True)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small multi-exchange tree (renamed copies of the real exchanges), as the scale
    benchmark builds it: 6 exchanges, 3 endpoints each."""
    root = tmp_path_factory.mktemp("synthetic")
    # the first four exchanges, named bingx00, bitget01, gate02, htx03, bingx04, bitget05 below
    _scale_module().build_synthetic(root, 6, 18, ("bingx", "bitget", "gate", "htx"))
    return root


def serial_errors(root: Path) -> list[str]:
    """What the serial pipeline (and the bad-spec fixtures) report."""
    with pytest.raises(SpecErrors) as raised:
        pipeline.load_project(root)
    return raised.value.lines()


def streamed_errors(root: Path, pool: ProcessPoolExecutor) -> list[str]:
    with pytest.raises(SpecErrors) as raised:
        pipeline.render_streamed(root, None, pool)
    return raised.value.lines()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1))


def _endpoint(root: Path, exchange: str) -> Path:
    return sorted((root / "specs" / exchange).glob("*/*.yaml"))[0]


def _d(root: Path, base: str) -> str:
    """The first synthetic directory of a real exchange (``gate`` -> ``gate03``): the numbers
    follow the sorted real exchanges, so they move when an exchange is added."""
    names = [p.name for p in (root / "specs").iterdir() if re.fullmatch(rf"{base}\d+", p.name)]
    return min(names, key=lambda n: int(n[len(base) :]))


# ---------------------------------------------------------------------------------------------
# Bad specs: the same errors, all at once


def with_schemas(case: str, into: Path) -> Path:
    """A copy of a bad-spec fixture tree with the repository's schemas: a spec tree carries its
    schemas, and the fixtures leave them out."""
    shutil.copytree(BAD_SPECS / case / "specs", into / "specs")
    shutil.copytree(ROOT / "specs" / "schema", into / "specs" / "schema")
    return into


@pytest.mark.parametrize("case", CASES)
def test_bad_spec_fixture_streamed(case: str, pool: ProcessPoolExecutor, tmp_path: Path) -> None:
    expected = (BAD_SPECS / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert streamed_errors(with_schemas(case, tmp_path), pool) == expected


def _duplicate_exchange_id(root: Path) -> None:
    bitget, bingx = _d(root, "bitget"), _d(root, "bingx")
    _edit(root / "specs" / bitget / "exchange.yaml", f"exchange: {bitget}", f"exchange: {bingx}")


def _endpoint_names_another_directorys_exchange(root: Path) -> None:
    gate, bingx = _d(root, "gate"), _d(root, "bingx")
    _edit(_endpoint(root, gate), f"exchange: {gate}", f"exchange: {bingx}")


def _endpoint_names_a_later_directorys_exchange(root: Path) -> None:
    bingx, htx = _d(root, "bingx"), _d(root, "htx")
    _edit(_endpoint(root, bingx), f"exchange: {bingx}", f"exchange: {htx}")


def _duplicate_operation_across_directories(root: Path) -> None:
    source = _endpoint(root, _d(root, "bingx"))
    target = root / "specs" / _d(root, "htx") / source.parent.name / source.name
    target.parent.mkdir(exist_ok=True)
    shutil.copy(source, target)


def _exchange_file_in_another_directory(root: Path) -> None:
    (root / "specs" / _d(root, "bitget") / "exchange.yaml").rename(
        root / "specs" / _d(root, "gate") / "exchange2.yaml"
    )


def _last_part_broken(root: Path) -> None:
    _edit(_endpoint(root, _d(root, "htx")), "method: ", "method: FETCH\nx_unknown: ")


def _first_part_broken(root: Path) -> None:
    bingx = _d(root, "bingx")
    _edit(root / "specs" / bingx / "exchange.yaml", f"exchange: {bingx}", "exchange: [1]")


def _yaml_syntax_in_a_middle_part(root: Path) -> None:
    _endpoint(root, _d(root, "gate")).write_text("kind: endpoint\nparams: [\n  - {name: x\n")


def _yml_file(root: Path) -> None:
    source = _endpoint(root, _d(root, "htx"))
    source.rename(source.with_suffix(".yml"))


def _file_directly_under_specs(root: Path) -> None:
    shutil.copy(_endpoint(root, _d(root, "gate")), root / "specs" / "stray.yaml")


BREAKAGES: list[Callable[[Path], None]] = [
    _duplicate_exchange_id,
    _endpoint_names_another_directorys_exchange,
    _endpoint_names_a_later_directorys_exchange,
    _duplicate_operation_across_directories,
    _exchange_file_in_another_directory,
    _last_part_broken,
    _first_part_broken,
    _yaml_syntax_in_a_middle_part,
    _yml_file,
    _file_directly_under_specs,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__.strip("_"))
def test_problems_across_parts_give_the_serial_errors(
    breakage: Callable[[Path], None],
    synthetic: Path,
    tmp_path: Path,
    pool: ProcessPoolExecutor,
) -> None:
    root = tmp_path / "tree"
    shutil.copytree(synthetic / "specs", root / "specs")
    breakage(root)
    expected = serial_errors(root)
    assert expected, "the breakage must be an error"
    assert streamed_errors(root, pool) == expected
    docs, errors = load_tree(root)
    assert expected == [str(e) for e in sorted(set(errors + validate(docs)))]


def test_part_check_refuses_what_only_the_whole_tree_can_judge(synthetic: Path) -> None:
    docs, errors = load_tree(synthetic)
    assert errors == []
    by_dir: dict[str, list[load_module.SpecDocument]] = {}
    for doc in docs:
        by_dir.setdefault(doc.path.split("/")[1], []).append(doc)
    check = PartCheck()
    assert all(check.clean(part) for part in by_dir.values())
    # the same exchange again, in a later part: clean on its own, not in this tree
    again = PartCheck()
    bingx, gate = _d(synthetic, "bingx"), _d(synthetic, "gate")
    assert again.clean(by_dir[bingx])
    assert validate(by_dir[bingx]) == []
    assert not again.clean(by_dir[bingx])
    # endpoints without their exchange file: the part cannot judge them
    endpoints_only = [d for d in by_dir[gate] if d.kind == "endpoint"]
    assert not PartCheck().clean(endpoints_only)


# ---------------------------------------------------------------------------------------------
# Good specs: the same files


def test_streamed_output_equals_serial_output(
    synthetic: Path, pool: ProcessPoolExecutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    serial = pipeline.render_all(pipeline.load_project(synthetic), None)
    monkeypatch.setattr(pipeline, "_FORMAT_BATCHES", 100)  # a ruff batch per finished exchange
    streamed = pipeline.render_streamed(synthetic, None, pool)
    assert streamed == serial
    htx = _d(synthetic, "htx")
    assert any(i.path.startswith(f"exchange_sdk/{htx}/") for i in streamed)


def test_generate_streamed_writes_the_serial_tree(
    synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole `generate` run, streamed with two workers, then serial: identical trees; the
    parse cache written by the streamed run holds what `load_tree` writes, and serves the
    next run without parsing a file again."""
    workers: list[ProcessPoolExecutor] = []

    def start(specs: Path) -> ProcessPoolExecutor:
        workers.append(pipeline.worker_pool(2))
        return workers[-1]

    specs = synthetic / "specs"
    monkeypatch.setattr(pipeline, "start_workers", start)
    drift = pipeline.run(specs, tmp_path / "streamed", False, tmp_path / "cache")
    assert workers, "the streamed path ran"
    assert drift.added and not drift.changed and not drift.stale
    monkeypatch.setattr(pipeline, "start_workers", lambda specs: None)
    pipeline.run(specs, tmp_path / "serial", False, None)
    assert _tree(tmp_path / "streamed") == _tree(tmp_path / "serial")

    load_tree(specs, cache_dir=tmp_path / "cache-serial")
    (cache,) = (tmp_path / "cache").glob("load-*.marshal")
    (reference,) = (tmp_path / "cache-serial").glob("load-*.marshal")
    assert marshal.loads(cache.read_bytes()) == marshal.loads(reference.read_bytes())

    def no_parsing(*args: object) -> None:
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(pipeline, "start_workers", start)
    monkeypatch.setattr(load_module, "_parse", no_parsing)
    pipeline.run(specs, tmp_path / "again", False, tmp_path / "cache")
    assert len(workers) == 2
    assert _tree(tmp_path / "again") == _tree(tmp_path / "serial")


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_tree_loader_in_parts_is_load_tree(synthetic: Path, tmp_path: Path) -> None:
    root = tmp_path / "tree"
    shutil.copytree(synthetic / "specs", root / "specs")
    _yaml_syntax_in_a_middle_part(root)
    _yml_file(root)
    _file_directly_under_specs(root)
    loader = TreeLoader(root)
    parts = loader.parts()
    assert [f for part in parts for f in part] == loader.files
    assert len(parts) == 7  # six exchange directories and the stray file
    docs, errors = [], list(loader.errors)
    for part in parts:
        part_docs, part_errors = loader.load(part)
        docs += part_docs
        errors += part_errors
    assert (docs, errors) == load_tree(root)


# ---------------------------------------------------------------------------------------------
# Formatting as the workers finish


def _done(
    items: list[Rendered] | None = None, error: Exception | None = None
) -> Future[list[Rendered]]:
    future: Future[list[Rendered]] = Future()
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(items or [])
    return future


def test_format_as_done_keeps_every_item() -> None:
    own = [Rendered("openapi.json", "{}\n", False)]
    futures = [_done([Rendered(f"x{i}.md", f"{i}\n", False)]) for i in range(5)]
    out = pipeline._format_as_done(list(own), futures, None)
    assert out is not None
    assert sorted(i.path for i in out) == ["openapi.json", *(f"x{i}.md" for i in range(5))]


def test_format_as_done_gives_up_on_a_failed_worker() -> None:
    futures = [_done([]), _done(error=GeneratorError("boom")), _done([])]
    assert pipeline._format_as_done([], futures, None) is None
