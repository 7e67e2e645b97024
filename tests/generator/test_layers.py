"""The direction of imports in generator/ (run by `make check`): no cycle between modules, and
each package imports only the layers below it.

    cli ----------> run, review, emit, spec, ir
    run ----------> emit, spec, ir          (the pipeline)
    review -------> spec, ir                (spec diff, docs check, scaffold)
    emit ---------> ir                      (IR -> files: never spec data, never YAML)
    spec ---------> ir                      (load, validate, build the IR)
    ir -----------> (nothing but errors)    (the IR, its constraints, names, test cases)

Every package may import `generator.errors` and the root `generator` (SDK_VERSION). Imports
inside functions and under TYPE_CHECKING count: a lazy import is still a dependency.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from import_graph import cycles, graph, imported, modules

ROOT = Path(__file__).resolve().parents[2]
BASE = {"generator", "generator.errors", "generator.__main__"}
ALLOWED: dict[str, set[str]] = {
    "cli": {"run", "review", "emit", "spec", "ir"},
    "run": {"emit", "spec", "ir"},
    "review": {"spec", "ir"},
    "emit": {"ir"},
    "spec": {"ir"},
    "ir": set(),
}
# Third-party modules a layer must not import: after the IR is built nothing reads YAML or
# validates spec data.
FORBIDDEN = {"emit": {"yaml", "jsonschema"}, "ir": {"yaml", "jsonschema", "jinja2"}}


def layer(module: str) -> str | None:
    parts = module.split(".")
    if module in BASE:
        return None
    return parts[1] if len(parts) > 1 else None


GENERATOR = graph(ROOT / "generator", "generator")


def test_the_graph_sees_the_generator() -> None:
    assert "generator.emit.base" in GENERATOR["generator.emit.clients"]
    assert "generator.spec.load" in GENERATOR["generator.spec.build"]


def test_no_import_cycle_in_the_generator() -> None:
    assert cycles(GENERATOR) == []


def test_a_cycle_is_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_each_package_imports_only_the_layers_below_it(package: str) -> None:
    wrong = sorted(
        f"{source} imports {target}"
        for source, targets in GENERATOR.items()
        if layer(source) == package
        for target in targets
        if layer(target) not in (None, package, *ALLOWED[package])
    )
    assert wrong == []


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_spec_reading_library_after_the_ir(package: str) -> None:
    mods = modules(ROOT / "generator", "generator")
    wrong = sorted(
        f"{name} imports {target}"
        for name, file in mods.items()
        if layer(name) == package
        for target in imported(name, file, set(mods))
        if target.split(".")[0] in FORBIDDEN[package]
    )
    assert wrong == []


def test_every_generator_module_is_in_a_layer() -> None:
    assert {layer(m) for m in GENERATOR} - {None} == set(ALLOWED)
