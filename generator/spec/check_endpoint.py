"""The semantic checks of an endpoint file: its place in the tree and exchange, parameters
(names, Python names, constraints, path segments, request example), the kill-switch section,
rate limits, error codes and the documented codes it names; the response schema and example
are checked by `check_response`."""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Mapping

from generator.ir.constraints import RangeConstraint, first_problem, is_json_type
from generator.ir.naming import snake_case
from generator.spec.build_params import param_constraints
from generator.spec.check_response import check_example, check_response_schema
from generator.spec.check_shared import (
    RESERVED_PYTHON_NAMES,
    Report,
    check_errors,
    check_unique_ids,
    codes,
    value_problem,
)
from generator.spec.data import Data, mapping, number, sequence, show, string
from generator.spec.load import SpecDocument, child_path

__all__ = ["check_endpoint"]

_PATH_PARAM = re.compile(r"\{([^{}]*)\}")
_RANGE_KEYS = ("minimum", "maximum", "exclusive_minimum", "exclusive_maximum")
_FORMAT_TYPES = {"int32": "integer", "int64": "integer", "decimal": "number", "float64": "number"}


# ---------------------------------------------------------------------------------------------
# Endpoint files


def _check_documented_codes(report: Report, data: Data, exchange_doc: SpecDocument | None) -> None:
    """Codes an endpoint names (a param's error_code, live_test.nothing_to_cancel) are
    documented in its errors or its exchange's."""
    known = codes(data) | (codes(exchange_doc.data) if exchange_doc is not None else set())
    where = "this file's or the exchange file's errors"
    for i, raw in enumerate(sequence(data.get("params"))):
        code = string(mapping(raw).get("error_code"))
        if code is not None and code not in known:
            report(f"$.params[{i}].error_code", f"error_code '{code}' is not one of {where}")
    code = string(mapping(data.get("live_test")).get("nothing_to_cancel"))
    if code is not None and code not in known:
        report("$.live_test.nothing_to_cancel", f"code '{code}' is not one of {where}")


def check_endpoint(
    doc: SpecDocument,
    report: Report,
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
    _check_body_array(report, data, params)
    _check_params(report, params)
    _check_path(report, string(data.get("path")), params)
    _check_request_example(report, mapping(data.get("request_example")), params)
    _check_rate_limits(report, mapping(data.get("rate_limits")), exchange_doc)
    check_errors(report, data)
    _check_documented_codes(report, data, exchange_doc)
    if "killswitch" in data:
        _check_killswitch(report, mapping(data.get("killswitch")), params)
        role = mapping(data.get("killswitch")).get("role")
        if role == "cancel_batch" and "body_array" not in data:
            report("$.killswitch.role", "cancel_batch needs body_array (the batch is its items)")
        _check_answer_count(report, mapping(data.get("killswitch")), mapping(data.get("response")))
    response = mapping(data.get("response"))
    schema = response.get("schema")
    if isinstance(schema, Mapping):
        check_response_schema(report, schema, "$.response.schema")
        if "example" in response and not any(
            p.startswith("$.response.schema") for p in schema_paths
        ):
            check_example(report, response, schema, exchange_doc, mapping(data.get("envelope")))


def _check_body_format(report: Report, data: Data, exchange_doc: SpecDocument | None) -> None:
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


def _check_body_array(report: Report, data: Data, params: list[Data]) -> None:
    """A `body_array` endpoint sends a body (not a GET) and every non-auth param is one item's
    field (`in: body`); its argument is not also a param's Python name."""
    if "body_array" not in data:
        return
    if string(data.get("method")) == "GET":
        report("$.body_array", "a GET sends no body: body_array does not apply")
    argument = string(mapping(data.get("body_array")).get("argument"))
    for i, p in enumerate(params):
        if p.get("auth") is True:
            continue
        if p.get("in") != "body":
            report(
                f"$.params[{i}].in",
                f"body_array: every param is a field of one item (in: body), not {p.get('in')}",
            )
        if argument is not None and argument in (p.get("python_name"), p.get("name")):
            report("$.body_array.argument", f"argument '{argument}' is also a param's name")


def _check_location(
    doc: SpecDocument,
    report: Report,
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


def _check_params(report: Report, params: list[Data]) -> None:
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
    report: Report,
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


def _check_param_constraints(report: Report, param: Data, base: str) -> None:
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


def _check_range(report: Report, base: str, present: Mapping[str, int | float | None]) -> None:
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


def _check_path(report: Report, path: str | None, params: list[Data]) -> None:
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


def _check_request_example(report: Report, example: Data, params: list[Data]) -> None:
    values = mapping(example.get("params"))
    by_name = {string(p.get("name")): p for p in params}
    for name, value in values.items():
        path = child_path("$.request_example.params", name)
        param = by_name.get(name)
        if param is None:
            report(path, f"'{name}' is not a declared param")
            continue
        problem = value_problem(param, value)
        if problem is not None:
            report(path, f"example value {problem}")


# Keys of a killswitch section that only one role has.
_ROLE_KEYS = {
    "cancel_all": (
        "market_required",
        "listed_by",
        "account_param_rules",
        "params",
        "answer",
        "failed_markets",
    ),
    "cancel_batch": ("listed_by", "item", "per_market", "results", "params"),
    "countdown": (
        "timeout_param",
        "arm",
        "disarm",
        "armed_when",
        "trigger_time",
        "market_required",
    ),
    "open_orders": (
        "orders",
        "order_id",
        "order_market",
        "pagination",
        "account_param_rules",
        "params",
        "markets_listed_by",
    ),
    "open_markets": ("markets", "params"),
    "account_mode": ("mode_field", "modes"),
}
_COUNTDOWN_UNITS = ("s", "ms")


def _check_killswitch(report: Report, section: Data, params: list[Data]) -> None:
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
    _check_param_rules(report, section, declared)
    mine = _ROLE_KEYS.get(str(role), ())
    for other, keys in _ROLE_KEYS.items():
        if other == role:
            continue
        for key in keys:
            if key in section and key not in mine:
                roles = " or ".join(r for r, k in _ROLE_KEYS.items() if key in k)
                report(child_path(base, key), f"{key} applies only to role {roles}")
    for name in mapping(section.get("item")):
        declared(child_path(f"{base}.item", name), name, "item key")
    _check_fixed_params(report, section, declared)
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
            problem = value_problem(param, value)
            if problem is not None:
                report(path, f"killswitch {key} value {problem}")


def _check_answer_count(report: Report, section: Data, response: Data) -> None:
    """`answer: {count: field}` names a top-level integer field of the response schema."""
    answer = section.get("answer")
    field = string(mapping(answer).get("count")) if isinstance(answer, Mapping) else None
    if field is None:
        return
    schema = mapping(response.get("schema"))
    properties = mapping(schema.get("properties"))
    declared = mapping(properties.get(field)) if field in properties else None
    path = "$.killswitch.answer.count"
    if declared is None:
        fields = ", ".join(sorted(str(k) for k in properties)) or "none"
        report(
            path, f"'{field}' is not a top-level field of the response schema (fields: {fields})"
        )
    elif declared.get("type") != "integer":
        report(path, f"'{field}' must be an integer field of the response schema")


def _check_fixed_params(
    report: Report, section: Data, declared: Callable[[str, object, str], Data | None]
) -> None:
    """`params`: each a declared param, its value within the param's constraints, and none of
    the params the kill switch fills in itself (market, account, pagination)."""
    pagination = mapping(section.get("pagination"))
    taken = {
        string(section.get("market_param")): "the market_param",
        string(pagination.get("param")): "the pagination param",
        string(pagination.get("size_param")): "the pagination size_param",
        **{string(n): "an account_params entry" for n in sequence(section.get("account_params"))},
        **{string(n): "a pagination fixed param" for n in mapping(pagination.get("fixed"))},
    }
    for name, value in mapping(section.get("params")).items():
        path = child_path("$.killswitch.params", name)
        param = declared(path, name, "params key")
        if param is None:
            continue
        if name in taken:
            report(path, f"killswitch params '{name}' is {taken[name]}: the kill switch sets it")
            continue
        if isinstance(value, list) and section.get("role") not in ("open_orders", "cancel_all"):
            report(
                path,
                "a list of values (one listing or cancel per value) applies only to open_orders "
                "and cancel_all",
            )
            continue
        values = value if isinstance(value, list) else [value]
        for k, one in enumerate(values):
            problem = value_problem(param, one)
            if problem is not None:
                where = f"{path}[{k}]" if isinstance(value, list) else path
                report(where, f"killswitch params value {problem}")


def _check_param_rules(
    report: Report, section: Data, declared: Callable[[str, object, str], Data | None]
) -> None:
    """Each rule's param and its ``per`` are two different account_params entries (a cancel_all's
    rule may also name one of its fixed ``params``: sent only for some values of ``per``); each
    ``not_for`` value is one of ``per``'s enum values where it has an enum (compared as text,
    as the kill switch compares them)."""
    base = "$.killswitch.account_param_rules"
    account = [string(n) for n in sequence(section.get("account_params"))]
    fixed = list(mapping(section.get("params"))) if section.get("role") == "cancel_all" else []
    for name, raw in mapping(section.get("account_param_rules")).items():
        path = child_path(base, name)
        rule = mapping(raw)
        per = string(rule.get("per"))
        if name not in account and name not in fixed:
            where = (
                "account_params or params"
                if section.get("role") == "cancel_all"
                else ("account_params")
            )
            report(path, f"account_param_rules rule '{name}' is not in {where}")
        if per == name:
            report(f"{path}.per", f"account_param_rules: '{name}' cannot depend on itself")
            continue
        if per not in account:
            report(f"{path}.per", f"account_param_rules per '{per}' is not in account_params")
            continue
        param = declared(f"{path}.per", per, "account_param_rules per")
        values = [
            str(mapping(e).get("value") if isinstance(e, Mapping) else e)
            for e in sequence(param.get("enum") if param is not None else None)
        ]
        for k, value in enumerate(sequence(rule.get("not_for"))):
            if values and str(value) not in values:
                report(
                    f"{path}.not_for[{k}]",
                    f"account_param_rules not_for value '{value}' is not a value of '{per}' "
                    f"({', '.join(values)})",
                )


def _check_pagination(
    report: Report, pagination: Data, declared: Callable[[str, object, str], Data | None]
) -> None:
    """The cursor or page param, the size param and the fixed params are declared params."""
    if not pagination:
        return
    base = "$.killswitch.pagination"
    declared(f"{base}.param", pagination.get("param"), "pagination param")
    size = declared(f"{base}.size_param", pagination.get("size_param"), "pagination size_param")
    if size is not None:
        problem = value_problem(size, pagination.get("size"))
        if problem is not None:
            report(f"{base}.size", f"pagination size {problem}")
    for name, value in mapping(pagination.get("fixed")).items():
        path = child_path(f"{base}.fixed", name)
        param = declared(path, name, "pagination fixed key")
        if param is not None:
            problem = value_problem(param, value)
            if problem is not None:
                report(path, f"pagination fixed value {problem}")


def _check_countdown_timeout(report: Report, path: str, param: Data, name: str) -> None:
    if param.get("type") not in ("integer", "number"):
        report(path, f"countdown timeout param '{name}' must be an integer or number param")
    unit = string(param.get("unit"))
    if unit not in _COUNTDOWN_UNITS:
        has = f"unit {unit}" if unit else "no unit"
        report(path, f"countdown timeout param '{name}' needs unit s or ms (it has {has})")
    if number(param.get("minimum")) is None:
        report(path, f"countdown timeout param '{name}' needs a minimum (the shortest countdown)")


def _check_rate_limits(report: Report, limits: Data, exchange_doc: SpecDocument | None) -> None:
    statements = check_unique_ids(
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
        if ("capacity" in entry) != ("refill_per_s" in entry):
            missing = "refill_per_s" if "capacity" in entry else "capacity"
            report(base, f"capacity and refill_per_s go together: missing {missing}")
        if "capacity" in entry and "count" in entry:
            report(
                f"{base}.capacity",
                "a statement is a window (count, interval_ms) or a draining counter "
                "(capacity, refill_per_s), not both",
            )
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
        elif not {"count", "capacity", "ip_group"} & set(statement):
            report(
                path,
                f"statement '{ident}' cannot be enforced: it has neither count/interval_ms, "
                "capacity/refill_per_s nor ip_group",
            )
