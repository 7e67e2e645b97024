"""Emit the generated conformance tests: one module per endpoint driving the sync and async
client through a mock transport (`tests/test_<exchange>_<group>_<operation>.py`), and the files
they share (`tests/conftest.py`, `tests/_reference_signing.py`, `tests/_signing_vectors.py`)."""

from __future__ import annotations

from generator.emit.base import Rendered, header, render, template_sha256
from generator.ir.testcases import conformance_case
from generator.ir.types import Exchange

__all__ = ["SHARED_TEMPLATES", "render_shared_tests", "render_tests"]

# Output file -> template: the files every generated test module uses.
SHARED_TEMPLATES = {
    "tests/conftest.py": "tests/conftest.py.jinja",
    "tests/_reference_signing.py": "tests/reference_signing.py.jinja",
    "tests/_signing_vectors.py": "tests/signing_vectors.py.jinja",
}


def render_tests(ex: Exchange) -> list[Rendered]:
    """The conformance tests of one exchange's endpoints."""
    out: list[Rendered] = []
    for op in ex.operations:
        text = render(
            "tests/test_endpoint.py.jinja",
            header=header(op.spec_path, op.spec_sha256),
            ex=ex,
            op=op,
            tc=conformance_case(ex, op),
        )
        out.append(Rendered(f"tests/test_{ex.id}_{op.group}_{op.name}.py", text, True))
    return out


def render_shared_tests() -> list[Rendered]:
    return [
        Rendered(
            path,
            render(template, header=header(f"templates/{template}", template_sha256(template))),
            True,
        )
        for path, template in SHARED_TEMPLATES.items()
    ]
