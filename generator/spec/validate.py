"""Validate loaded spec documents: JSON Schema first, then the checks a schema cannot express.

Every problem of every file is returned at once, each located at the deepest node that exists
(for a missing key: the mapping that lacks it). The schema pass uses one compiled
`Draft202012Validator` per file kind; the semantic pass only reads values it has type-checked,
so it runs safely on documents that failed the schema.
"""

from __future__ import annotations

import difflib
import functools
import json
import keyword
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

# jsonschema ships no type information (and types-jsonschema is not a pinned dependency).
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]

from generator.errors import GeneratorError, SpecError
from generator.ir.constraints import RangeConstraint, first_problem, is_json_type
from generator.ir.naming import snake_case
from generator.ir.runtime import ERROR_CLASSES
from generator.ir.types import RESERVED_CALL_OPTIONS
from generator.spec.build_params import param_constraints
from generator.spec.data import Data, mapping, number, sequence, show, string
from generator.spec.fastschema import Check, Unsupported, compile_schema
from generator.spec.load import SpecDocument, child_path
from generator.spec.validate_auth import auth_problems

__all__ = [
    "KNOWN_ERROR_CLASSES",
    "RESERVED_PYTHON_NAMES",
    "SCHEMA_DIR",
    "PartCheck",
    "validate",
]

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "specs" / "schema"
"""The repository's schemas: used when a caller names no spec tree (`validate(docs)`)."""

KNOWN_ERROR_CLASSES = frozenset(ERROR_CLASSES)
RESERVED_PYTHON_NAMES = frozenset(RESERVED_CALL_OPTIONS)

_PATH_PARAM = re.compile(r"\{([^{}]*)\}")
_RANGE_KEYS = ("minimum", "maximum", "exclusive_minimum", "exclusive_maximum")
_INT_FORMATS = {"int32": 2**31, "int64": 2**63}
_FORMAT_TYPES = {"int32": "integer", "int64": "integer", "decimal": "number", "float64": "number"}
_RESPONSE_FORMAT_TYPES = {
    "int32": "integer",
    "int64": "integer",
    "decimal": "string",
    "float64": "number",
}


def _known(names: frozenset[str]) -> str:
    return ", ".join(sorted(names))


class _Report:
    """Collects errors for one document, locating each JSON path in the file."""

    def __init__(self, doc: SpecDocument, out: list[SpecError]) -> None:
        self.doc = doc
        self.out = out

    def __call__(self, json_path: str, message: str) -> None:
        line, col = self.doc.locate(json_path)
        self.out.append(SpecError(self.doc.path, line, col, json_path, message))


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
    report = _Report(doc, out)
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
# Value checks shared by default, example, also_allowed and request_example


def _value_problem(param: Data, value: object) -> str | None:
    """Why `value` is not a valid value of `param` (its constraints say), or None."""
    return first_problem(param_constraints(param), value)


# ---------------------------------------------------------------------------------------------
# Semantic pass: pieces shared by both file kinds


def _check_errors(report: _Report, data: Data) -> None:
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
        _check_error_class(report, f"{base}.class", entry.get("class"))
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


def _check_error_class(report: _Report, path: str, value: object) -> None:
    name = string(value)
    if name is not None and name not in KNOWN_ERROR_CLASSES:
        report(path, f"unknown error class '{name}'; known: {_known(KNOWN_ERROR_CLASSES)}")


def _check_unique_ids(
    report: _Report, items: list[object], base: str, what: str
) -> dict[str, Data]:
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


# ---------------------------------------------------------------------------------------------
# Exchange files


def _check_exchange(doc: SpecDocument, report: _Report, schema_paths: set[str]) -> None:
    data = doc.data
    exchange = string(data.get("exchange"))
    if exchange is not None and doc.path != f"specs/{exchange}/exchange.yaml":
        report(
            "$.exchange",
            f"exchange '{exchange}' must be in specs/{exchange}/exchange.yaml, not {doc.path}",
        )
    if "auth" in data and not any(p == "$" or p.startswith("$.auth") for p in schema_paths):
        for path, message in auth_problems(mapping(data.get("auth"))):
            report(path, message)
    envelope = mapping(data.get("envelope"))
    if "code_field" in envelope and isinstance(envelope.get("success_codes"), list):
        codes = sequence(envelope.get("success_codes"))
        if envelope["code_field"] is None and codes:
            report(
                "$.envelope.success_codes", "success_codes must be empty when code_field is null"
            )
        elif isinstance(envelope["code_field"], str) and not codes:
            report(
                "$.envelope.success_codes",
                "success_codes must name at least one code when code_field is set",
            )
    _check_unique_ids(report, sequence(data.get("ip_groups")), "$.ip_groups", "IP group")
    seen_status: set[object] = set()
    for i, raw in enumerate(sequence(data.get("http_errors"))):
        entry = mapping(raw)
        _check_error_class(report, f"$.http_errors[{i}].class", entry.get("class"))
        status = entry.get("status")
        if isinstance(status, int | str) and not isinstance(status, bool):
            if status in seen_status:
                report(f"$.http_errors[{i}].status", f"duplicate HTTP status {status}")
            seen_status.add(status)
    _check_errors(report, data)
    _check_simulator(report, data)


_SIMULATOR_CODES = ("missing_param", "invalid_param", "not_found", "stale_timestamp")


def _codes(data: Data) -> set[str]:
    return {c for e in sequence(data.get("errors")) if (c := string(mapping(e).get("code")))}


def _check_simulator(report: _Report, data: Data) -> None:
    """Every code the simulator answers with is documented in `errors`, or listed as
    undocumented (never both)."""
    section = mapping(data.get("simulator"))
    documented = _codes(data)
    undocumented: set[str] = set()
    for k, raw in enumerate(sequence(section.get("undocumented"))):
        code = string(mapping(raw).get("code"))
        if code is None:
            continue
        undocumented.add(code)
        if code in documented:
            report(
                f"$.simulator.undocumented[{k}].code",
                f"code '{code}' is documented in errors; drop it from undocumented",
            )
    for key in _SIMULATOR_CODES:
        code = string(section.get(key))
        if code is not None and code not in documented | undocumented:
            report(
                f"$.simulator.{key}",
                f"code '{code}' is neither one of this file's errors nor listed under "
                "simulator.undocumented",
            )


# ---------------------------------------------------------------------------------------------
# Endpoint files


def _check_documented_codes(report: _Report, data: Data, exchange_doc: SpecDocument | None) -> None:
    """Codes an endpoint names (a param's error_code, live_test.nothing_to_cancel) are
    documented in its errors or its exchange's."""
    known = _codes(data) | (_codes(exchange_doc.data) if exchange_doc is not None else set())
    where = "this file's or the exchange file's errors"
    for i, raw in enumerate(sequence(data.get("params"))):
        code = string(mapping(raw).get("error_code"))
        if code is not None and code not in known:
            report(f"$.params[{i}].error_code", f"error_code '{code}' is not one of {where}")
    code = string(mapping(data.get("live_test")).get("nothing_to_cancel"))
    if code is not None and code not in known:
        report("$.live_test.nothing_to_cancel", f"code '{code}' is not one of {where}")


def _check_endpoint(
    doc: SpecDocument,
    report: _Report,
    exchanges: Mapping[str, SpecDocument],
    schema_paths: set[str],
) -> None:
    data = doc.data
    exchange = string(data.get("exchange"))
    group = string(data.get("group"))
    operation = string(data.get("operation"))
    _check_location(doc, report, exchange, group, operation)
    exchange_doc = exchanges.get(exchange) if exchange is not None else None
    if exchange is not None and exchange_doc is None:
        report(
            "$.exchange",
            f"no exchange file for exchange '{exchange}' (expected specs/{exchange}/exchange.yaml)",
        )
    for key, name in (("group", group), ("operation", operation)):
        if name is not None and keyword.iskeyword(name):
            report(f"$.{key}", f"{key} '{name}' is a Python keyword")
    _check_body_format(report, data, exchange_doc)
    params = [mapping(p) for p in sequence(data.get("params"))]
    _check_params(report, params)
    _check_path(report, string(data.get("path")), params)
    _check_request_example(report, mapping(data.get("request_example")), params)
    _check_rate_limits(report, mapping(data.get("rate_limits")), exchange_doc)
    _check_errors(report, data)
    _check_documented_codes(report, data, exchange_doc)
    if "killswitch" in data:
        _check_killswitch(report, mapping(data.get("killswitch")), params)
    response = mapping(data.get("response"))
    schema = response.get("schema")
    if isinstance(schema, Mapping):
        _check_response_schema(report, schema, "$.response.schema")
        if "example" in response and not any(
            p.startswith("$.response.schema") for p in schema_paths
        ):
            _check_example(report, response, schema, exchange_doc, mapping(data.get("envelope")))


def _check_body_format(report: _Report, data: Data, exchange_doc: SpecDocument | None) -> None:
    """An endpoint's `body_format` differs from its exchange's recipe, which sends a body."""
    chosen = string(data.get("body_format"))
    if chosen is None or exchange_doc is None:
        return
    body = mapping(mapping(mapping(exchange_doc.data.get("auth")).get("recipe")).get("body"))
    recipe = body.get("format", "json")
    if recipe == "in-query":
        report(
            "$.body_format",
            f"{exchange_doc.path} sends body parameters in the query (auth.recipe.body.format: "
            "in-query): an endpoint cannot choose a body format",
        )
    elif chosen == recipe:
        report(
            "$.body_format",
            f"body_format {chosen} is already the recipe's (auth.recipe.body.format in "
            f"{exchange_doc.path}): remove it",
        )
    elif string(data.get("method")) == "GET":
        report("$.body_format", "a GET sends no body: body_format does not apply")


def _check_location(
    doc: SpecDocument,
    report: _Report,
    exchange: str | None,
    group: str | None,
    operation: str | None,
) -> None:
    if exchange is None or group is None or operation is None:
        return
    expected = f"specs/{exchange}/{group}/{operation}.yaml"
    if doc.path == expected:
        return
    parts = doc.path.split("/")
    key = "operation"
    if len(parts) == 4:
        for candidate, actual, wanted in (
            ("exchange", parts[1], exchange),
            ("group", parts[2], group),
            ("operation", parts[3], f"{operation}.yaml"),
        ):
            if actual != wanted:
                key = candidate
                break
    report(
        f"$.{key}",
        f"file path {doc.path} does not match exchange/group/operation: expected {expected}",
    )


def _check_params(report: _Report, params: list[Data]) -> None:
    first_name: dict[str, int] = {}
    first_python: dict[str, tuple[int, str]] = {}
    for i, param in enumerate(params):
        base = f"$.params[{i}]"
        name = string(param.get("name"))
        if name is not None and name in first_name:
            first = first_name[name]
            report(f"{base}.name", f"duplicate param name '{name}' (first at $.params[{first}])")
        elif name is not None:
            first_name[name] = i
            if param.get("auth") is not True:
                _check_python_name(report, param, base, name, i, first_python)
        _check_param_constraints(report, param, base)


def _check_python_name(
    report: _Report,
    param: Data,
    base: str,
    name: str,
    index: int,
    first: dict[str, tuple[int, str]],
) -> None:
    explicit = string(param.get("python_name"))
    python = explicit if explicit is not None else snake_case(name)
    where = f"{base}.python_name" if explicit is not None else f"{base}.name"
    fix = "" if explicit is not None else "; set python_name"
    if not python.isidentifier():
        report(where, f"Python name '{python}' of '{name}' is not a valid identifier{fix}")
        return
    if keyword.iskeyword(python):
        report(where, f"Python name '{python}' of '{name}' is a Python keyword{fix}")
    if python in RESERVED_PYTHON_NAMES:
        report(
            where,
            f"Python name '{python}' of '{name}' collides with the per-call option '{python}'{fix}",
        )
    if python in first:
        other_index, other = first[python]
        report(
            where,
            f"params '{other}' ($.params[{other_index}]) and '{name}' both map to Python name '{python}'",
        )
    else:
        first[python] = (index, name)


def _check_param_constraints(report: _Report, param: Data, base: str) -> None:
    constraints = param_constraints(param)
    json_type = string(param.get("type"))
    numeric = json_type in ("integer", "number")
    fmt = string(param.get("format"))
    if json_type is not None and fmt in _FORMAT_TYPES and _FORMAT_TYPES[fmt] != json_type:
        report(f"{base}.format", f"format {fmt} does not apply to type {json_type}")
    if json_type is not None and param.get("wire_type") == "string" and not numeric:
        report(
            f"{base}.wire_type",
            f"wire_type string applies to integer and number params, not {json_type}",
        )
    present = {k: number(param.get(k)) for k in _RANGE_KEYS if number(param.get(k)) is not None}
    if json_type is not None and not numeric:
        for key in present:
            report(
                f"{base}.{key}", f"{key} applies only to integer and number params, not {json_type}"
            )
    else:
        _check_range(report, base, present)
    pattern = string(param.get("pattern"))
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as exc:
            report(f"{base}.pattern", f"pattern does not compile: {exc}")
        if json_type is not None and json_type != "string":
            report(f"{base}.pattern", f"pattern applies only to string params, not {json_type}")
    seen: list[object] = []
    for k, raw in enumerate(sequence(param.get("enum"))):
        entry = mapping(raw)
        if "value" not in entry:
            continue
        value = entry["value"]
        if json_type is not None and not is_json_type(value, json_type):
            report(
                f"{base}.enum[{k}].value", f"enum value {show(value)} is not of type {json_type}"
            )
        if value in seen:
            report(f"{base}.enum[{k}].value", f"duplicate enum value {show(value)}")
        seen.append(value)
    for k, raw in enumerate(sequence(param.get("also_allowed"))):
        entry = mapping(raw)
        if "value" not in entry:
            continue
        value = entry["value"]
        path = f"{base}.also_allowed[{k}].value"
        if json_type is not None and not is_json_type(value, json_type):
            report(path, f"also_allowed value {show(value)} is not of type {json_type}")
        else:
            found = number(value)
            rng = next((c for c in constraints if isinstance(c, RangeConstraint)), None)
            if found is not None and (rng is None or not rng.outside(found)):
                report(path, f"also_allowed value {show(value)} is inside the range anyway")
    for key in ("default", "example"):
        if key in param:
            problem = first_problem(constraints, param[key])
            if problem is not None:
                report(f"{base}.{key}", f"{key} {problem}")


def _check_range(report: _Report, base: str, present: Mapping[str, int | float | None]) -> None:
    for inclusive, exclusive in (
        ("minimum", "exclusive_minimum"),
        ("maximum", "exclusive_maximum"),
    ):
        if inclusive in present and exclusive in present:
            report(f"{base}.{exclusive}", f"give {inclusive} or {exclusive}, not both")
    for low in ("minimum", "exclusive_minimum"):
        for high in ("maximum", "exclusive_maximum"):
            lo, hi = present.get(low), present.get(high)
            if lo is None or hi is None:
                continue
            if low == "minimum" and high == "maximum":
                if lo > hi:
                    report(f"{base}.{low}", f"{low} {show(lo)} is greater than {high} {show(hi)}")
            elif lo >= hi:
                report(f"{base}.{low}", f"{low} {show(lo)} leaves no value below {high} {show(hi)}")


def _check_path(report: _Report, path: str | None, params: list[Data]) -> None:
    if path is None:
        return
    in_path = _PATH_PARAM.findall(path)
    declared = {string(p.get("name")): i for i, p in enumerate(params) if p.get("in") == "path"}
    for name in in_path:
        if name not in declared:
            report(
                "$.path", f"path parameter '{{{name}}}' is not declared as a param with in: path"
            )
    for name, i in declared.items():
        if name is not None and name not in in_path:
            report(
                f"$.params[{i}].in",
                f"param '{name}' is declared in: path but the path has no '{{{name}}}'",
            )
        elif params[i].get("required") is False:
            report(f"$.params[{i}].required", f"path parameter '{name}' must be required")


def _check_request_example(report: _Report, example: Data, params: list[Data]) -> None:
    values = mapping(example.get("params"))
    by_name = {string(p.get("name")): p for p in params}
    for name, value in values.items():
        path = child_path("$.request_example.params", name)
        param = by_name.get(name)
        if param is None:
            report(path, f"'{name}' is not a declared param")
            continue
        problem = _value_problem(param, value)
        if problem is not None:
            report(path, f"example value {problem}")


# Keys of a killswitch section that only one role has.
_ROLE_KEYS = {
    "cancel_all": ("market_required", "listed_by"),
    "countdown": ("timeout_param", "arm", "disarm", "armed_when", "trigger_time"),
    "open_orders": ("orders", "order_id", "order_market", "pagination"),
    "account_mode": ("mode_field", "modes"),
}
_COUNTDOWN_UNITS = ("s", "ms")


def _check_killswitch(report: _Report, section: Data, params: list[Data]) -> None:
    """Every param the section names is a declared (non-auth) param, arm/disarm values satisfy
    its constraints, a countdown's timeout param says its unit and minimum, and each key
    belongs to the section's role."""
    by_name = {string(p.get("name")): p for p in params if p.get("auth") is not True}
    known = ", ".join(sorted(n for n in by_name if n)) or "none"
    base = "$.killswitch"
    role = string(section.get("role"))

    def declared(path: str, name: object, what: str) -> Data | None:
        wire = string(name)
        if wire is None:
            return None
        param = by_name.get(wire)
        if param is None:
            report(path, f"killswitch {what} '{wire}' is not a declared param (params: {known})")
        return param

    declared(f"{base}.market_param", section.get("market_param"), "market_param")
    for k, name in enumerate(sequence(section.get("account_params"))):
        declared(f"{base}.account_params[{k}]", name, "account_params entry")
    for other, keys in _ROLE_KEYS.items():
        if other == role:
            continue
        for key in keys:
            if key in section:
                report(child_path(base, key), f"{key} applies only to role {other}")
    if role == "open_orders":
        _check_pagination(report, mapping(section.get("pagination")), declared)
        return
    if role != "countdown":
        return
    timeout_name = string(section.get("timeout_param"))
    timeout = declared(f"{base}.timeout_param", timeout_name, "timeout_param")
    if timeout is not None:
        _check_countdown_timeout(report, f"{base}.timeout_param", timeout, str(timeout_name))
    for key in ("arm", "disarm"):
        for name, value in mapping(section.get(key)).items():
            path = child_path(child_path(base, key), name)
            param = declared(path, name, f"{key} key")
            if param is None:
                continue
            if key == "arm" and name == timeout_name:
                report(path, f"arm must not fix the timeout param '{name}': the caller supplies it")
                continue
            problem = _value_problem(param, value)
            if problem is not None:
                report(path, f"killswitch {key} value {problem}")


def _check_pagination(
    report: _Report, pagination: Data, declared: Callable[[str, object, str], Data | None]
) -> None:
    """The cursor or page param, the size param and the fixed params are declared params."""
    if not pagination:
        return
    base = "$.killswitch.pagination"
    declared(f"{base}.param", pagination.get("param"), "pagination param")
    size = declared(f"{base}.size_param", pagination.get("size_param"), "pagination size_param")
    if size is not None:
        problem = _value_problem(size, pagination.get("size"))
        if problem is not None:
            report(f"{base}.size", f"pagination size {problem}")
    for name, value in mapping(pagination.get("fixed")).items():
        path = child_path(f"{base}.fixed", name)
        param = declared(path, name, "pagination fixed key")
        if param is not None:
            problem = _value_problem(param, value)
            if problem is not None:
                report(path, f"pagination fixed value {problem}")


def _check_countdown_timeout(report: _Report, path: str, param: Data, name: str) -> None:
    if param.get("type") not in ("integer", "number"):
        report(path, f"countdown timeout param '{name}' must be an integer or number param")
    unit = string(param.get("unit"))
    if unit not in _COUNTDOWN_UNITS:
        has = f"unit {unit}" if unit else "no unit"
        report(path, f"countdown timeout param '{name}' needs unit s or ms (it has {has})")
    if number(param.get("minimum")) is None:
        report(path, f"countdown timeout param '{name}' needs a minimum (the shortest countdown)")


def _check_rate_limits(report: _Report, limits: Data, exchange_doc: SpecDocument | None) -> None:
    statements = _check_unique_ids(
        report, sequence(limits.get("statements")), "$.rate_limits.statements", "statement"
    )
    groups = (
        {string(mapping(g).get("id")) for g in sequence(exchange_doc.data.get("ip_groups"))}
        if exchange_doc
        else None
    )
    for i, raw in enumerate(sequence(limits.get("statements"))):
        entry = mapping(raw)
        base = f"$.rate_limits.statements[{i}]"
        if ("count" in entry) != ("interval_ms" in entry):
            missing = "interval_ms" if "count" in entry else "count"
            report(base, f"count and interval_ms go together: missing {missing}")
        group = string(entry.get("ip_group"))
        if group is None:
            continue
        if entry.get("scope") != "ip":
            report(f"{base}.ip_group", "ip_group applies only to statements with scope: ip")
        if groups is not None and group not in groups:
            assert exchange_doc is not None
            defined = ", ".join(sorted(g for g in groups if g)) or "none"
            report(
                f"{base}.ip_group",
                f"IP group '{group}' is not defined in {exchange_doc.path} (defined: {defined})",
            )
    for k, raw in enumerate(sequence(limits.get("enforced"))):
        ident = string(raw)
        if ident is None:
            continue
        path = f"$.rate_limits.enforced[{k}]"
        statement = statements.get(ident)
        if statement is None:
            known = ", ".join(statements) or "none"
            report(path, f"unknown statement id '{ident}' (statements: {known})")
        elif "count" not in statement and "ip_group" not in statement:
            report(
                path,
                f"statement '{ident}' cannot be enforced: it has neither count/interval_ms nor ip_group",
            )


# ---------------------------------------------------------------------------------------------
# Response schema and example


_JSON_TYPES = frozenset({"object", "array", "string", "integer", "number", "boolean", "null"})


def _types(schema: Data) -> list[str]:
    """The declared types, or [] when the declaration is invalid (the schema pass says so)."""
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else sequence(declared)
    if not names or not all(isinstance(n, str) and n in _JSON_TYPES for n in names):
        return []
    return [str(n) for n in names]


def _check_response_schema(report: _Report, schema: Data, path: str) -> None:
    types = _types(schema)
    properties = mapping(schema.get("properties"))
    for k, name in enumerate(sequence(schema.get("required"))):
        if isinstance(name, str) and name not in properties:
            report(f"{path}.required[{k}]", f"required field '{name}' is not in properties")
    enum = sequence(schema.get("enum"))
    for k, value in enumerate(enum):
        if types and not any(is_json_type(value, t) for t in types):
            report(
                f"{path}.enum[{k}]",
                f"enum value {show(value)} is not of type {' or '.join(types)}",
            )
    meanings = schema.get("x-enum-meanings")
    if isinstance(meanings, Mapping):
        if not enum:
            report(f"{path}.x-enum-meanings", "x-enum-meanings needs an enum")
        for key in meanings:
            if enum and key not in [str(v) for v in enum]:
                report(
                    child_path(f"{path}.x-enum-meanings", key),
                    f"'{key}' is not one of the enum values",
                )
    fmt = string(schema.get("format"))
    if fmt in _RESPONSE_FORMAT_TYPES and types and _RESPONSE_FORMAT_TYPES[fmt] not in types:
        report(f"{path}.format", f"format {fmt} does not apply to type {' or '.join(types)}")
    if "x-wire-type" in schema and types and not {"integer", "number"} & set(types):
        report(f"{path}.x-wire-type", "x-wire-type applies only to integer and number fields")
    for name, sub in properties.items():
        if isinstance(sub, Mapping):
            _check_response_schema(report, sub, child_path(f"{path}.properties", name))
    items = schema.get("items")
    if isinstance(items, Mapping):
        _check_response_schema(report, items, f"{path}.items")


def _is_decimal(value: object) -> bool:
    return not isinstance(value, str) or Decimal(value).is_finite()


def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or -_INT_FORMATS["int32"] <= value < _INT_FORMATS["int32"]


def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or -_INT_FORMATS["int64"] <= value < _INT_FORMATS["int64"]


# The formats of the spec's response schemas, checked on examples.
_FORMAT_CHECKS: dict[str, Callable[[object], bool]] = {
    "decimal": _is_decimal,
    "int32": _is_int32,
    "int64": _is_int64,
}
_FORMATS = FormatChecker(formats=())
_FORMATS.checks("decimal", raises=(InvalidOperation, ValueError))(_is_decimal)
_FORMATS.checks("int32")(_is_int32)
_FORMATS.checks("int64")(_is_int64)


def _wire_schema(schema: Data) -> Data:
    """The payload schema as it is checked on the wire: `x-wire-type: string` also admits a
    string of digits. Returns `schema` itself (no copy) when nothing needs rewriting."""
    changed = False
    out: dict[str, object] = dict(schema)
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        rewritten = {
            k: _wire_schema(v) if isinstance(v, Mapping) else v for k, v in properties.items()
        }
        if any(rewritten[k] is not properties[k] for k in rewritten):
            out["properties"], changed = rewritten, True
    items = schema.get("items")
    if isinstance(items, Mapping):
        new_items = _wire_schema(items)
        if new_items is not items:
            out["items"], changed = new_items, True
    if schema.get("x-wire-type") == "string":
        declared = out.pop("type", None)
        out["anyOf"] = [{"type": declared}, {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"}]
        changed = True
    return out if changed else schema


def _check_example(
    report: _Report,
    response: Data,
    schema: Data,
    exchange_doc: SpecDocument | None,
    envelope: Data,
) -> None:
    example = response.get("example")
    if "payload" in response:
        payload_field = string(response.get("payload"))
    elif "payload_field" in envelope:  # the endpoint's own envelope
        payload_field = string(envelope.get("payload_field"))
    elif exchange_doc is not None:
        payload_field = string(mapping(exchange_doc.data.get("envelope")).get("payload_field"))
    else:
        return  # the missing exchange file is reported already
    path = "$.response.example"
    payload = example
    if payload_field is not None:
        if not isinstance(example, Mapping) or payload_field not in example:
            report(path, f"example has no payload field '{payload_field}'")
            return
        payload = example[payload_field]
        path = child_path(path, payload_field)
    wire = _wire_schema(schema)
    try:
        if compile_schema(wire, _FORMAT_CHECKS)(payload):
            return
    except Unsupported:
        pass
    validator = Draft202012Validator(wire, format_checker=_FORMATS)
    for error in validator.iter_errors(payload):
        if error.validator in ("anyOf", "oneOf") and error.context:
            error = best_match(error.context)
        where = path
        for step in error.absolute_path:
            where = child_path(where, step)
        report(where, f"example does not match the response schema: {error.message}")


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
        report = _Report(doc, out)
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
            _check_exchange(doc, report, schema_paths[doc.path])
    for doc in docs:
        if doc.kind != "endpoint":
            continue
        report = _Report(doc, out)
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
        _check_endpoint(doc, report, exchanges, schema_paths[doc.path])
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
