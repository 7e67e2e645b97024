"""Validate loaded spec documents: JSON Schema first, then the checks a schema cannot express.

Every problem of every file is returned at once, each located at the deepest node that exists
(for a missing key: the mapping that lacks it). The schema pass uses one compiled
`Draft202012Validator` per file kind (the spec tree's own schemas); the semantic pass
(`check_exchange`, `check_endpoint`, `check_response`, sharing `check_shared`) only reads values
it has type-checked, so it runs safely on documents that failed the schema.
"""

from __future__ import annotations

import difflib
import functools
import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

# jsonschema ships no type information (and types-jsonschema is not a pinned dependency).
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]

from generator.errors import GeneratorError, SpecError
from generator.spec.check_endpoint import check_endpoint
from generator.spec.check_exchange import check_exchange
from generator.spec.check_shared import (
    KNOWN_ERROR_CLASSES,
    RESERVED_PYTHON_NAMES,
    Report,
)
from generator.spec.data import mapping, string
from generator.spec.fastschema import Check, Unsupported, compile_schema
from generator.spec.load import SpecDocument, child_path

__all__ = [
    "KNOWN_ERROR_CLASSES",
    "RESERVED_PYTHON_NAMES",
    "SCHEMA_DIR",
    "PartCheck",
    "validate",
]

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "specs" / "schema"
"""The repository's schemas: used when a caller names no spec tree (`validate(docs)`)."""


# ---------------------------------------------------------------------------------------------
# Schema pass


@functools.cache
def _validators(schema_dir: Path) -> dict[str, tuple[Draft202012Validator, Check | None]]:
    """Per file kind: the jsonschema validator (for messages) and the fast check, if any."""
    validators = {}
    for kind in ("exchange", "endpoint"):
        file = schema_dir / f"{kind}.schema.json"
        try:
            schema = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GeneratorError(f"{file}: cannot read the spec schema: {exc}") from exc
        # No check_schema here: it costs ~35 ms a schema on every run, and
        # tests/generator/test_validate.py checks both schemas against the metaschema.
        try:
            fast: Check | None = compile_schema(schema)
        except Unsupported:
            fast = None
        validators[kind] = (Draft202012Validator(schema), fast)
    return validators


def _json_path(steps: Sequence[str | int]) -> str:
    path = "$"
    for step in steps:
        path = child_path(path, step)
    return path


def _schema_messages(error: ValidationError) -> Iterator[tuple[str, str]]:
    """(json path, message) pairs for one jsonschema error, rephrased for spec authors."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        if all(not e.path for e in error.context):  # each form judged the value itself: list them
            forms = "; ".join(dict.fromkeys(e.message for e in error.context))
            yield (
                _json_path(list(error.absolute_path)),
                f"matches none of the allowed forms: {forms}",
            )
            return
        error = best_match(error.context)
    path = _json_path(list(error.absolute_path))
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        allowed = list(mapping(mapping(error.schema).get("properties")))
        for key in sorted(str(k) for k in error.instance if k not in allowed):
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f"; allowed: {', '.join(allowed)}"
            yield child_path(path, key), f"unknown key '{key}'{hint}"
        return
    if error.validator == "required" and isinstance(error.validator_value, list):
        present = error.instance if isinstance(error.instance, Mapping) else {}
        for key in error.validator_value:
            if key not in present:
                yield path, f"missing required key '{key}'"
        return
    yield path, error.message


def _schema_errors(doc: SpecDocument, out: list[SpecError], schema_dir: Path) -> set[str]:
    """Append the schema errors of `doc`; return the JSON paths they point at."""
    report = Report(doc, out)
    paths: set[str] = set()
    validator, fast = _validators(schema_dir)[doc.kind]
    if fast is not None and fast(doc.data):
        return paths
    for error in validator.iter_errors(doc.data):
        for path, message in _schema_messages(error):
            paths.add(path)
            report(path, message)
    return paths


# ---------------------------------------------------------------------------------------------
# Entry point


def validate(docs: Sequence[SpecDocument], schema_dir: Path | None = None) -> list[SpecError]:
    """Every problem of every document, sorted by file, line and column. `schema_dir`: the
    spec tree's `schema/` (default: the repository's)."""
    out: list[SpecError] = []
    schemas = schema_dir or SCHEMA_DIR
    schema_paths = {doc.path: _schema_errors(doc, out, schemas) for doc in docs}
    exchanges: dict[str, SpecDocument] = {}
    operations: dict[str, SpecDocument] = {}  # "bingx.spot.cancel_all_after" -> doc
    for doc in docs:
        report = Report(doc, out)
        exchange = string(doc.data.get("exchange"))
        if doc.kind == "exchange":
            if exchange is not None:
                if exchange in exchanges:
                    report(
                        "$.exchange",
                        f"duplicate exchange '{exchange}' (also in {exchanges[exchange].path})",
                    )
                else:
                    exchanges[exchange] = doc
            check_exchange(doc, report, schema_paths[doc.path])
    for doc in docs:
        if doc.kind != "endpoint":
            continue
        report = Report(doc, out)
        parts = [string(doc.data.get(k)) for k in ("exchange", "group", "operation")]
        names = [p for p in parts if p is not None]
        if len(names) == 3:
            qualified = ".".join(names)
            if qualified in operations:
                report(
                    "$.operation",
                    f"duplicate operation {qualified} (also in {operations[qualified].path})",
                )
            else:
                operations[qualified] = doc
        check_endpoint(doc, report, exchanges, schema_paths[doc.path])
    return sorted(set(out))


class PartCheck:
    """Validation of a spec tree one part at a time (the pipeline streams the exchanges).

    `clean(part)` is True when the part's documents pass `validate` on their own, every
    endpoint names an exchange whose file is in the same part, and no exchange id or qualified
    operation of the part occurs in a part checked before. When every part of a tree is clean,
    `validate(all documents)` returns no error: its checks are per document except
    - duplicate exchange ids and duplicate operations, which clean parts rule out, and
    - the endpoint checks that read the endpoint's exchange file, found by id among all
      documents: with ids unique across parts that is the file in the endpoint's own part,
      the one `validate(part)` used.
    A part that is not clean says nothing about the tree: the caller validates the whole tree.
    """

    def __init__(self, schema_dir: Path | None = None) -> None:
        self.schema_dir = schema_dir
        self.exchanges: set[str] = set()
        self.operations: set[str] = set()

    def clean(self, docs: Sequence[SpecDocument]) -> bool:
        own: set[str] = set()
        for doc in docs:
            if doc.kind == "exchange":
                exchange = string(doc.data.get("exchange"))
                if exchange is None or exchange in own or exchange in self.exchanges:
                    return False
                own.add(exchange)
        operations: set[str] = set()
        for doc in docs:
            if doc.kind != "endpoint":
                continue
            parts = [string(doc.data.get(k)) for k in ("exchange", "group", "operation")]
            if parts[0] not in own or None in parts:
                return False
            qualified = ".".join(str(p) for p in parts)
            if qualified in operations or qualified in self.operations:
                return False
            operations.add(qualified)
        if validate(docs, self.schema_dir):
            return False
        self.exchanges |= own
        self.operations |= operations
        return True
