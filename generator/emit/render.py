"""Render: the intermediate model -> source text of every generated file (not yet formatted).

One Jinja environment (StrictUndefined, trim_blocks, lstrip_blocks, keep_trailing_newline);
one template per output file kind; templates place values computed in `model`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath

import jinja2

from generator import SDK_VERSION
from generator.emit.cli_table import render_cli
from generator.emit.simulator import render_simulator
from generator.ir.model import (
    Exchange,
    Group,
    Project,
    class_docstring,
    docstring_text,
    killswitch_tables,
)
from generator.ir.testcases import conformance_case

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@dataclass(frozen=True)
class Rendered:
    """One output file: its path under generated/ and its text."""

    path: str
    text: str
    python: bool  # formatted by ruff


@dataclass(frozen=True)
class Variant:
    """The sync or async twin of every client class."""

    is_async: bool

    @property
    def kind(self) -> str:
        return "async" if self.is_async else "sync"

    @property
    def def_kw(self) -> str:
        return "async def" if self.is_async else "def"

    @property
    def await_kw(self) -> str:
        return "await " if self.is_async else ""

    @property
    def base_class(self) -> str:
        return "AsyncClient" if self.is_async else "SyncClient"

    @property
    def transport_class(self) -> str:
        return "AsyncTransport" if self.is_async else "SyncTransport"

    @property
    def doc_suffix(self) -> str:
        return " (async)" if self.is_async else ""

    def group_class(self, g: Group) -> str:
        return g.async_class if self.is_async else g.sync_class

    def client_class_of(self, ex: Exchange) -> str:
        return ex.async_class if self.is_async else ex.sync_class


VARIANTS = (Variant(False), Variant(True))


def py_literal(value: object) -> str:
    """A Python literal for JSON-like data (deterministic; ruff normalises the quotes)."""
    if isinstance(value, str | int | float | bool) or value is None or hasattr(value, "text"):
        return repr(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return (
            f"({inner},)"
            if isinstance(value, tuple) and len(value) == 1
            else (f"({inner})" if isinstance(value, tuple) else f"[{inner}]")
        )
    raise TypeError(f"no literal for {type(value).__name__}")


def _docline(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["py"] = py_literal
    env.filters["json"] = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)
    env.filters["docstring"] = docstring_text
    env.filters["classdoc"] = class_docstring
    env.filters["docline"] = _docline
    env.filters["dirname"] = lambda p: str(PurePosixPath(p).parent)
    return env


def template_sha256(name: str) -> str:
    return hashlib.sha256((TEMPLATES / name).read_bytes()).hexdigest()


def header(source: str, sha256: str, comment: str = "#") -> str:
    return f"{comment} Generated from {source} (sha256 {sha256}). Do not edit: run make."


def _render(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)


class _ClientVariant:
    """Variant bound to an exchange, so templates can say `v.client_class`."""

    def __init__(self, variant: Variant, ex: Exchange) -> None:
        self._v = variant
        self.client_class = variant.client_class_of(ex)
        self.def_kw = variant.def_kw
        self.await_kw = variant.await_kw
        self.base_class = variant.base_class
        self.transport_class = variant.transport_class
        self.doc_suffix = variant.doc_suffix
        self.kind = variant.kind

    def group_class(self, g: Group) -> str:
        return self._v.group_class(g)


def _imports(ex: Exchange) -> dict[str, bool]:
    params = [p for op in ex.operations for p in op.params]
    return {
        "decimal": any(p.cli_type == "decimal" for p in params),
        "re": any(p.pattern for p in params),
    }


def render_exchange(ex: Exchange) -> list[Rendered]:
    src = f"{PurePosixPath(ex.spec_path).parent}/"
    head = header(src, ex.sources_sha256)
    base = f"exchange_sdk/{ex.id}"
    variants = [_ClientVariant(v, ex) for v in VARIANTS]
    names = sorted([ex.sync_class, ex.async_class])
    return [
        Rendered(
            f"{base}/__init__.py",
            _render("exchange_init.py.jinja", header=head, ex=ex, names=names),
            True,
        ),
        Rendered(f"{base}/_spec.py", _render("exchange_spec.py.jinja", header=head, ex=ex), True),
        Rendered(
            f"{base}/_client.py",
            _render(
                "exchange_client.py.jinja",
                header=head,
                ex=ex,
                variants=variants,
                imports=_imports(ex),
            ),
            True,
        ),
    ]


def render_tests(ex: Exchange) -> list[Rendered]:
    """The conformance tests of one exchange's endpoints (mock transport)."""
    out: list[Rendered] = []
    for op in ex.operations:
        head = header(op.spec_path, op.spec_sha256)
        name = f"tests/test_{ex.id}_{op.group}_{op.name}.py"
        tc = conformance_case(ex, op)
        text = _render("tests/test_endpoint.py.jinja", header=head, ex=ex, op=op, tc=tc)
        out.append(Rendered(name, text, True))
    return out


def render_shared_tests(project: Project) -> list[Rendered]:
    out: list[Rendered] = []
    for name in ("conftest.py", "_reference_signing.py"):
        template = (
            "tests/reference_signing.py.jinja" if name.startswith("_ref") else f"tests/{name}.jinja"
        )
        head = header(f"templates/{template}", template_sha256(template))
        out.append(Rendered(f"tests/{name}", _render(template, header=head, project=project), True))
    return out


def render_project(project: Project) -> list[Rendered]:
    """Files that depend on the whole project (not on one exchange): package, shared tests, tables.

    Per-exchange files come from `render_exchange` and `render_tests` (run in parallel by the
    pipeline)."""
    head = header("specs/", project.sources_sha256)
    out = [
        Rendered(
            "exchange_sdk/__init__.py",
            _render("package_init.py.jinja", header=head, project=project, version=SDK_VERSION),
            True,
        ),
        Rendered(
            "pyproject.toml",
            _render(
                "pyproject.toml.jinja",
                header=header(
                    "templates/pyproject.toml.jinja", template_sha256("pyproject.toml.jinja")
                ),
                version=SDK_VERSION,
            ),
            False,
        ),
        Rendered("exchange_sdk/py.typed", "", False),
        Rendered(
            "README.md",
            _render(
                "package_readme.md.jinja",
                header=header("specs/", project.sources_sha256, "<!--") + " -->",
                project=project,
            ),
            False,
        ),
    ]
    out.append(render_killswitch_specs(project))
    out += render_shared_tests(project)
    out += render_simulator(project)
    out += render_cli(project)
    return out


KILLSWITCH_TEMPLATE = "killswitch_specs.py.jinja"


def render_killswitch_specs(project: Project) -> Rendered:
    """exchange_sdk/_killswitch_specs.py: the CANCEL_ALL and COUNTDOWNS tables."""
    digest = hashlib.sha256(
        f"{project.sources_sha256}{template_sha256(KILLSWITCH_TEMPLATE)}".encode()
    ).hexdigest()
    head = header(f"specs/ through templates/{KILLSWITCH_TEMPLATE}", digest)
    text = _render(KILLSWITCH_TEMPLATE, header=head, tables=killswitch_tables(project))
    return Rendered("exchange_sdk/_killswitch_specs.py", text, True)
