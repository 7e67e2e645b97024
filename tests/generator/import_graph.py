"""The import graph of a package, read from its source with `ast` (nothing is imported): used
by test_layers.py (generator/) and test_structure.py (exchange_sdk)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

__all__ = ["cycles", "graph", "imported", "modules"]


def modules(package: Path, prefix: str) -> dict[str, Path]:
    """Dotted module name -> file, for every .py file of a package."""
    found: dict[str, Path] = {}
    for file in sorted(package.rglob("*.py")):
        if "__pycache__" in file.parts:
            continue
        parts = list(file.relative_to(package).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join([prefix, *parts])] = file
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(nodes: list[ast.stmt], runtime_only: bool) -> Iterator[ast.stmt]:
    """Every import statement, at any depth (inside functions too); with `runtime_only`, not
    those under `if TYPE_CHECKING:` (they never run)."""
    for node in nodes:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif runtime_only and isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from _import_nodes(node.orelse, runtime_only)
        else:
            for field in ("body", "orelse", "finalbody", "handlers"):
                children = getattr(node, field, None)
                if isinstance(children, list):
                    yield from _import_nodes(
                        [c for c in children if isinstance(c, ast.stmt | ast.ExceptHandler)],  # type: ignore[misc]
                        runtime_only,
                    )


def imported(name: str, file: Path, known: set[str], runtime_only: bool = False) -> Iterator[str]:
    """What `file` (module `name`) imports: dotted module names, the modules of `known` where
    `from pkg import module` names one, else the package itself."""
    is_package = file.name == "__init__.py"
    tree = ast.parse(file.read_text(encoding="utf-8"))
    for node in _import_nodes(tree.body, runtime_only):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            submodules = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in known]
            yield from submodules
            if len(submodules) < len(node.names):  # attributes of the module itself
                yield target


def graph(package: Path, prefix: str, runtime_only: bool = False) -> dict[str, set[str]]:
    """Module -> the package's modules it imports (see `imported`)."""
    mods = modules(package, prefix)
    known = set(mods)
    edges: dict[str, set[str]] = {}
    for name, file in mods.items():
        targets = set()
        for target in imported(name, file, known, runtime_only):
            # an import of a.b.c also runs a and a.b: count the deepest known module
            while target and target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in known and target != name:
                targets.add(target)
        edges[name] = targets
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found
