"""Emit the files of the distribution as a whole: `exchange_sdk/__init__.py` (lazy exports of
every client), `py.typed`, `pyproject.toml` and the package README."""

from __future__ import annotations

from generator import SDK_VERSION
from generator.emit.base import Rendered, header, render, template_sha256
from generator.ir.types import Project

__all__ = ["render_package"]

PYPROJECT = "pyproject.toml.jinja"


def render_package(project: Project) -> list[Rendered]:
    head = header("specs/", project.sources_sha256)
    return [
        Rendered(
            "exchange_sdk/__init__.py",
            render("package_init.py.jinja", header=head, project=project, version=SDK_VERSION),
            True,
        ),
        Rendered(
            "pyproject.toml",
            render(
                PYPROJECT,
                header=header(f"templates/{PYPROJECT}", template_sha256(PYPROJECT)),
                version=SDK_VERSION,
            ),
            False,
        ),
        Rendered("exchange_sdk/py.typed", "", False),
        Rendered(
            "README.md",
            render(
                "package_readme.md.jinja",
                header=header("specs/", project.sources_sha256, "<!--") + " -->",
                project=project,
            ),
            False,
        ),
    ]
