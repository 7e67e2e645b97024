"""Errors the generator reports to its user.

Spec problems are data, not exceptions: load and validate return lists of `SpecError` so that
all of them can be reported at once. `GeneratorError` stops a run; its subclass `SpecErrors`
carries the spec errors and prints them one per line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class SpecError:
    """One problem in one spec file, located by line, column and JSON path.

    Field order is the sort order: by file, then line, then column.
    """

    file: str  # posix path relative to the repository root: "specs/bingx/exchange.yaml"
    line: int  # 1-based
    col: int  # 1-based
    json_path: str  # "$.params[0].minimum"
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.json_path}: {self.message}"


class GeneratorError(Exception):
    """Stops a generator run with a message for the user (the command line exits with 2)."""

    def lines(self) -> list[str]:
        """What the command line prints, one line each."""
        return str(self).splitlines() or [type(self).__name__]


class SpecErrors(GeneratorError):
    """The specs have problems; `errors` holds every one of them, sorted."""

    def __init__(self, errors: Iterable[SpecError]) -> None:
        self.errors: tuple[SpecError, ...] = tuple(sorted(set(errors)))
        super().__init__(f"{len(self.errors)} spec error(s)")

    def lines(self) -> list[str]:
        return [str(e) for e in self.errors]
