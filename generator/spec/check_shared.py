"""What the semantic checks of both spec file kinds share: the report that locates each problem
in its file, the value check through a parameter's `Constraint`s, error-code checks, and the
names the runtime knows (error classes, reserved call options)."""

from __future__ import annotations

import re

from generator.errors import SpecError
from generator.ir.constraints import first_problem
from generator.ir.runtime import ERROR_CLASSES
from generator.ir.types import RESERVED_CALL_OPTIONS
from generator.spec.build_params import param_constraints
from generator.spec.data import Data, mapping, sequence, string
from generator.spec.load import SpecDocument

__all__ = [
    "KNOWN_ERROR_CLASSES",
    "RESERVED_PYTHON_NAMES",
    "Report",
    "check_error_class",
    "check_errors",
    "check_unique_ids",
    "codes",
    "known",
    "value_problem",
]

KNOWN_ERROR_CLASSES = frozenset(ERROR_CLASSES)
RESERVED_PYTHON_NAMES = frozenset(RESERVED_CALL_OPTIONS)


def known(names: frozenset[str]) -> str:
    return ", ".join(sorted(names))


class Report:
    """Collects errors for one document, locating each JSON path in the file."""

    def __init__(self, doc: SpecDocument, out: list[SpecError]) -> None:
        self.doc = doc
        self.out = out

    def __call__(self, json_path: str, message: str) -> None:
        line, col = self.doc.locate(json_path)
        self.out.append(SpecError(self.doc.path, line, col, json_path, message))


# ---------------------------------------------------------------------------------------------
# Value checks shared by default, example, also_allowed and request_example


def value_problem(param: Data, value: object) -> str | None:
    """Why `value` is not a valid value of `param` (its constraints say), or None."""
    return first_problem(param_constraints(param), value)


# ---------------------------------------------------------------------------------------------
# Semantic pass: pieces shared by both file kinds


def check_errors(report: Report, data: Data) -> None:
    first_code: dict[str, str] = {}
    for i, raw in enumerate(sequence(data.get("errors"))):
        entry = mapping(raw)
        base = f"$.errors[{i}]"
        code = string(entry.get("code"))
        if code is not None:
            if code in first_code:
                report(
                    f"{base}.code", f"duplicate error code '{code}' (first at {first_code[code]})"
                )
            else:
                first_code[code] = base
        check_error_class(report, f"{base}.class", entry.get("class"))
        retry = mapping(entry.get("retry_after"))
        pattern = string(retry.get("pattern"))
        if pattern is None:
            continue
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            report(f"{base}.retry_after.pattern", f"retry_after pattern does not compile: {exc}")
            continue
        if compiled.groups != 1:
            report(
                f"{base}.retry_after.pattern",
                f"retry_after pattern must have exactly one capturing group, it has {compiled.groups}",
            )
            continue
        messages = [m for m in sequence(entry.get("messages")) if isinstance(m, str)]
        if messages and not any(compiled.search(m) for m in messages):
            report(
                f"{base}.retry_after.pattern",
                "retry_after pattern matches none of the error's messages",
            )


def check_error_class(report: Report, path: str, value: object) -> None:
    name = string(value)
    if name is not None and name not in KNOWN_ERROR_CLASSES:
        report(path, f"unknown error class '{name}'; known: {known(KNOWN_ERROR_CLASSES)}")


def check_unique_ids(report: Report, items: list[object], base: str, what: str) -> dict[str, Data]:
    seen: dict[str, Data] = {}
    for i, raw in enumerate(items):
        entry = mapping(raw)
        ident = string(entry.get("id"))
        if ident is None:
            continue
        if ident in seen:
            report(f"{base}[{i}].id", f"duplicate {what} id '{ident}'")
        else:
            seen[ident] = entry
    return seen


def codes(data: Data) -> set[str]:
    return {c for e in sequence(data.get("errors")) if (c := string(mapping(e).get("code")))}
