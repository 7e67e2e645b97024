"""What every emitter shares: the rendered-file record, the one Jinja environment, the
do-not-edit header, and the `py` filter that writes Python literals (runtime records included).

Emitters read only the IR (`generator.ir`); each turns it into files with one template per
output kind. Templates place precomputed values: `for`, `if flag`, `{{ value }}`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from generator.ir.runtime import errors, is_record, record_fields
from generator.ir.types import PyLiteral

__all__ = [
    "TEMPLATES",
    "PyLiteral",
    "Rendered",
    "environment",
    "header",
    "py_literal",
    "render",
    "table_header",
    "template_sha256",
]

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@dataclass(frozen=True)
class Rendered:
    """One output file: its path under the output tree and its text."""

    path: str
    text: str
    python: bool  # formatted by ruff


def _record(value: object) -> str:
    """A runtime record as its constructor call, one keyword per field in constructor order,
    with trailing commas so that ruff keeps one field per line."""
    args = "".join(
        f"{name}={_exploded(getattr(value, name))}, " for name in record_fields(type(value))
    )
    return f"{type(value).__name__}({args})"


def _exploded(value: object) -> str:
    """Like `py_literal`, with records, and tuples and mappings of records, written one item
    per line."""
    if is_record(value):
        return _record(value)
    if isinstance(value, type) and issubclass(value, errors.ExchangeSDKError):
        return f"errors.{value.__name__}"
    if isinstance(value, Mapping) and any(is_record(v) for v in value.values()):
        return "{" + "".join(f"{py_literal(k)}: {_exploded(v)}, " for k, v in value.items()) + "}"
    if isinstance(value, tuple) and any(is_record(v) for v in value):
        return "(" + "".join(f"{_exploded(v)}, " for v in value) + ")"
    return py_literal(value)


def py_literal(value: object) -> str:
    """A Python literal for JSON-like data and runtime records (deterministic; ruff
    normalises quotes and layout)."""
    if isinstance(value, str | int | float | bool | PyLiteral) or value is None:
        return repr(value)
    if is_record(value):
        return _record(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        inner = ", ".join(py_literal(v) for v in value)
        if isinstance(value, list):
            return f"[{inner}]"
        return f"({inner},)" if len(value) == 1 else f"({inner})"
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
    env.filters["docline"] = _docline
    return env


def render(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)


def template_sha256(name: str) -> str:
    return hashlib.sha256((TEMPLATES / name).read_bytes()).hexdigest()


def header(source: str, sha256: str, comment: str = "#") -> str:
    return f"{comment} Generated from {source} (sha256 {sha256}). Do not edit: run make."


def table_header(sources_sha256: str, template: str) -> str:
    """The header of a file made from the whole spec tree through one template: its hash
    covers both."""
    digest = hashlib.sha256(f"{sources_sha256}{template_sha256(template)}".encode()).hexdigest()
    return header(f"specs/ through templates/{template}", digest)
