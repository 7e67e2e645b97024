"""A compiled yes/no check for the JSON Schema subset the spec schemas use.

jsonschema, the reference implementation, is exact and explains every error. It is also slow:
it pays for its generality on every node of every instance, which costs about 1.5 ms for one
endpoint spec. This module compiles a schema once into nested closures that only answer "valid
or not", and that is tens of times faster. `validate.py` asks it first and runs jsonschema
only on the documents it rejects, to get the messages.

The check must never accept a document that jsonschema would reject. So a keyword it does not
implement makes `compile_schema` raise `Unsupported`, and the caller then uses jsonschema alone.
Where it cannot match jsonschema's equality exactly (`uniqueItems` over containers), it errs
toward rejecting, and jsonschema decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

__all__ = ["Check", "Unsupported", "compile_schema"]

Check = Callable[[object], bool]
FormatFn = Callable[[object], bool]

# Keywords that never make a document invalid.
_ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "$schema",
        "$id",
        "$defs",
        "definitions",
        "$comment",
        "examples",
        "default",
    }
    | {"deprecated", "readOnly", "writeOnly", "then", "else"}  # then/else are read with `if`
)


class Unsupported(Exception):
    """The schema uses something this compiler does not implement exactly."""


def _is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _is_integer(v: object) -> bool:
    if isinstance(v, bool):
        return False
    return isinstance(v, int) or (isinstance(v, float) and v.is_integer())


_TYPES: dict[str, Check] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _scalar(value: object) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _same(a: object, b: object) -> bool:
    """jsonschema's equality for a scalar `b`: booleans are not numbers, 1 == 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict | list):
        return False
    return a == b


def _unique(items: list[object]) -> bool:
    try:
        return len(set(items)) == len(items)  # hash + ==: coarser than jsonschema, never finer
    except TypeError:
        return all(items[i] != items[j] for i in range(len(items)) for j in range(i))


def _always(_: object) -> bool:
    return True


def _never(_: object) -> bool:
    return False


def _all(checks: Sequence[Check]) -> Check:
    # Plain loops and `and` chains: a generator per call would cost more than most checks.
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    chain = tuple(checks)

    def check(v: object) -> bool:
        for c in chain:  # noqa: SIM110 -- all(genexpr) is the slow path this avoids
            if not c(v):
                return False
        return True

    return check


def _each(item: Check) -> Check:
    def check(v: object) -> bool:
        if isinstance(v, list):
            for x in v:
                if not item(x):
                    return False
        return True

    return check


class _Compiler:
    def __init__(self, root: object, formats: Mapping[str, FormatFn]) -> None:
        self.root = root
        self.formats = formats
        self.refs: dict[str, Check] = {}

    def compile(self, schema: object) -> Check:
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, Mapping):
            raise Unsupported(f"schema {schema!r}")
        checks: list[Check] = []
        if any(k in schema for k in ("properties", "additionalProperties", "required")):
            checks.append(self._object(schema))
        for key, value in schema.items():
            if key in _ANNOTATIONS or key.startswith("x-"):
                continue
            if key in ("properties", "additionalProperties", "required"):
                continue
            checks.append(self._keyword(key, value, schema))
        return _all(checks)

    def _keyword(self, key: str, value: object, schema: Mapping[str, object]) -> Check:
        if key == "type":
            names = [value] if isinstance(value, str) else value
            if not isinstance(names, list) or not all(
                isinstance(n, str) and n in _TYPES for n in names
            ):
                raise Unsupported(f"type {value!r}")
            tests = [_TYPES[str(n)] for n in names]
            return tests[0] if len(tests) == 1 else (lambda v: any(t(v) for t in tests))
        if key == "const":
            if not _scalar(value):
                raise Unsupported("const of a container")
            return lambda v: _same(v, value)
        if key == "enum":
            if not isinstance(value, list) or not all(_scalar(e) for e in value):
                raise Unsupported("enum of containers")
            if all(isinstance(e, str) for e in value):
                strings = frozenset(value)
                return lambda v: isinstance(v, str) and v in strings
            return lambda v: any(_same(v, e) for e in value)
        if key == "pattern" and isinstance(value, str):
            try:
                search = re.compile(value).search
            except re.error as exc:
                raise Unsupported(f"pattern {value!r}") from exc
            return lambda v: not isinstance(v, str) or search(v) is not None
        if key in ("minLength", "maxLength") and isinstance(value, int):
            if key == "minLength":
                return lambda v: not isinstance(v, str) or len(v) >= value
            return lambda v: not isinstance(v, str) or len(v) <= value
        if key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise Unsupported(f"{key} {value!r}")
            return self._bound(key, value)
        if key == "items":
            return _each(self.compile(value))
        if key in ("minItems", "maxItems") and isinstance(value, int):
            if key == "minItems":
                return lambda v: not isinstance(v, list) or len(v) >= value
            return lambda v: not isinstance(v, list) or len(v) <= value
        if key == "uniqueItems" and isinstance(value, bool):
            return (lambda v: not isinstance(v, list) or _unique(v)) if value else _always
        if key == "$ref" and isinstance(value, str):
            return self._ref(value)
        if key in ("anyOf", "allOf", "oneOf") and isinstance(value, list) and value:
            subs = [self.compile(s) for s in value]
            if key == "anyOf":
                return lambda v: any(s(v) for s in subs)
            if key == "allOf":
                return _all(subs)
            return lambda v: sum(1 for s in subs if s(v)) == 1
        if key == "not":
            sub = self.compile(value)
            return lambda v: not sub(v)
        if key == "propertyNames":  # every key of an object, as a string instance
            names = self.compile(value)
            return lambda v: not isinstance(v, dict) or all(names(k) for k in v)
        if key == "if":
            test = self.compile(value)
            then = self.compile(schema.get("then", True))
            otherwise = self.compile(schema.get("else", True))
            return lambda v: then(v) if test(v) else otherwise(v)
        if key == "format" and isinstance(value, str):
            fn = self.formats.get(value)
            return _always if fn is None else _guarded(fn)
        raise Unsupported(f"keyword {key!r}")

    @staticmethod
    def _bound(key: str, bound: int | float) -> Check:
        if key == "minimum":
            return lambda v: not _is_number(v) or v >= bound  # type: ignore[operator]
        if key == "maximum":
            return lambda v: not _is_number(v) or v <= bound  # type: ignore[operator]
        if key == "exclusiveMinimum":
            return lambda v: not _is_number(v) or v > bound  # type: ignore[operator]
        return lambda v: not _is_number(v) or v < bound  # type: ignore[operator]

    def _object(self, schema: Mapping[str, object]) -> Check:
        if "patternProperties" in schema:
            raise Unsupported("patternProperties")
        raw_props = schema.get("properties", {})
        if not isinstance(raw_props, Mapping):
            raise Unsupported("properties")
        props = {str(k): self.compile(v) for k, v in raw_props.items()}
        extra = schema.get("additionalProperties", True)
        extra_check = None if extra is True else self.compile(extra)
        required = schema.get("required", [])
        if not isinstance(required, list):
            raise Unsupported("required")
        needed = tuple(required)

        def check(v: object) -> bool:
            if not isinstance(v, dict):
                return True
            for key in needed:
                if key not in v:
                    return False
            for key, item in v.items():
                prop = props.get(key)
                if prop is None:
                    if extra_check is not None and not extra_check(item):
                        return False
                elif not prop(item):
                    return False
            return True

        return check

    def _ref(self, ref: str) -> Check:
        known = self.refs.get(ref)
        if known is not None:
            return known
        target: Check | None = None

        def late(v: object) -> bool:  # a recursive schema refers to itself before it is built
            assert target is not None
            return target(v)

        self.refs[ref] = late
        target = self.compile(self._resolve(ref))
        self.refs[ref] = target
        return target

    def _resolve(self, ref: str) -> object:
        if not ref.startswith("#"):
            raise Unsupported(f"remote $ref {ref}")
        node: object = self.root
        for part in [p for p in ref[1:].split("/") if p]:
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                raise Unsupported(f"unresolvable $ref {ref}")
            node = node[part]
        return node


def _guarded(fn: FormatFn) -> Check:
    def check(v: object) -> bool:
        try:
            return fn(v)
        except (ValueError, ArithmeticError, TypeError):
            return False

    return check


def compile_schema(schema: object, formats: Mapping[str, FormatFn] | None = None) -> Check:
    """Compile `schema` (a draft 2020-12 schema with local `$ref`s) into a validity check.

    `formats` maps format names to checks, as a jsonschema FormatChecker would; formats not
    in it are not checked, as jsonschema does. Raises `Unsupported`.
    """
    return _Compiler(schema, formats or {}).compile(schema)
