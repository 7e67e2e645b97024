"""Response models: the response schemas of an exchange -> one pydantic v2 module, through
datamodel-code-generator called in process, once per exchange (batched, not once per schema).

Before the call the schemas are adapted so that the models meet the SDK's promises:
- every enum also accepts any other string (exchanges add values): `Status | str`, tried left
  to right, so known values still become the enum member;
- `format: decimal` strings become `Decimal`, 64-bit integers stay `int` (never float);
- objects accept unknown fields (the runtime base class sets extra="allow").
The result is cached by the hash of its input, so regenerating unchanged specs is cheap.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import warnings
from collections.abc import Mapping, MutableMapping
from importlib.metadata import version
from pathlib import Path
from typing import cast

from generator.errors import GeneratorError
from generator.ir.relied_on import relied_on
from generator.ir.types import Exchange
from generator.ir.wire_tokens import wire_tokens

_DROP_KEYS = ("x-enum-meanings", "x-relied-on", "x-wire-type", "example", "examples")
_BASE = "exchange_sdk._runtime.models.ResponseModel"


def _adapt(node: object, name_hint: str) -> object:
    """Deep-adapt one schema node (see module docstring)."""
    if isinstance(node, list):
        return [_adapt(n, name_hint) for n in node]
    if not isinstance(node, Mapping):
        return node
    out: MutableMapping[str, object] = {}
    for key, value in cast(Mapping[str, object], node).items():
        if key in _DROP_KEYS:
            continue
        if key == "properties" and isinstance(value, Mapping):
            out[key] = {
                k: _adapt(v, f"{name_hint}{k[:1].upper()}{k[1:]}")
                for k, v in cast(Mapping[str, object], value).items()
            }
        elif key == "items":
            out[key] = _adapt(value, f"{name_hint}Item")
        else:
            out[key] = _adapt(value, name_hint)
    types = out.get("type")
    if out.get("format") == "decimal" and isinstance(types, list) and "number" in types:
        # A decimal sent as a JSON number or a string (HTX v1): one Decimal field takes both
        # (the runtime decodes JSON numbers exactly); a number|string union would not build.
        rest = [t for t in types if t != "number"]
        out["type"] = rest if len(rest) > 1 else rest[0]
    if "enum" in out:
        enum_schema = dict(out)
        enum_schema.setdefault("title", name_hint)
        description = enum_schema.pop("description", None)
        widened: dict[str, object] = {
            "anyOf": [enum_schema, {"type": enum_schema.get("type", "string")}],
        }
        if description is not None:
            widened["description"] = description
        return widened
    return out


def codegen_input(ex: Exchange) -> str:
    """The OpenAPI document (components only) handed to datamodel-code-generator."""
    schemas: dict[str, object] = {}
    for op in ex.operations:
        schema = copy.deepcopy(dict(op.response_schema))
        schema["title"] = op.response_class
        schemas[op.response_class] = _adapt(schema, op.response_class)
    doc = {
        "openapi": "3.1.0",
        "info": {"title": f"{ex.name} responses", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    return json.dumps(doc, sort_keys=True, ensure_ascii=False)


_OPTIONS: dict[str, object] = {
    "snake_case_field": True,
    "use_standard_collections": True,
    "use_union_operator": True,
    "use_annotated": True,
    "field_constraints": True,
    "use_title_as_name": True,
    "use_field_description": True,
    "union_mode": "left_to_right",
    "use_double_quotes": True,
    "capitalise_enum_members": True,
    "disable_timestamp": True,
    "keep_model_order": True,
    "base_class": _BASE,
    "formatters": [],
}


def _cache_key(text: str) -> str:
    h = hashlib.sha256()
    h.update(version("datamodel-code-generator").encode())
    h.update(repr(sorted(_OPTIONS.items())).encode())
    h.update(_POSTPROCESS_VERSION.encode())
    h.update(text.encode())
    return h.hexdigest()


_POSTPROCESS_VERSION = "4"
_ROOT_LIST = re.compile(r"^class (\w+)\(RootModel\[list\[(\w+)\]\]\):$", re.MULTILINE)


def _postprocess(code: str, header: str, list_roots: set[str]) -> str:
    lines = code.splitlines()
    # drop datamodel-codegen's own header comment lines
    while lines and lines[0].startswith("#"):
        lines.pop(0)

    def root(match: re.Match[str]) -> str:
        if match.group(1) in list_roots:
            return f"class {match.group(1)}(ResponseRootModel[{match.group(2)}]):"
        return match.group(0)

    body = _ROOT_LIST.sub(root, "\n".join(lines))
    imports = "from exchange_sdk._runtime.models import ResponseModel, ResponseRootModel\n"
    body = body.replace("from exchange_sdk._runtime.models import ResponseModel\n", imports)
    doc = '"""Response models (pydantic v2), generated by datamodel-code-generator from the specs."""\n'
    return f"{header}\n{doc}{body.lstrip()}\n"


def _relied_on_table(ex: Exchange) -> str:
    table = {
        op.response_class: relied_on(op.response_schema) or {}
        for op in sorted(ex.operations, key=lambda op: op.response_class)
    }
    return (
        "\n\nRELIED_ON: dict[str, object] = "
        + repr(table)
        + '\n"""Per response model, the fields a caller relies on (strict): wire name -> True\n'
        'or the relied-on fields below it ("[]": the items of a list). Every other field is\n'
        'decorative: a value that does not fit its type becomes None (issue 15)."""\n'
    )


def _wire_tokens_table(ex: Exchange) -> str:
    table = {
        op.response_class: found
        for op in sorted(ex.operations, key=lambda op: op.response_class)
        if isinstance(found := wire_tokens(op.response_schema), dict)
    }
    return (
        "\n\nWIRE_TOKENS: dict[str, object] = "
        + repr(table)
        + '\n"""Per response model, the number fields whose usual JSON token is not the default\n'
        '(a Decimal\'s string, an int\'s integer): wire name -> "int" or "str", the token the\n'
        'JSON fast path tries first, or the fields below it ("[]": the items of a list)."""\n'
    )


def generate_models(ex: Exchange, header: str, cache_dir: Path | None) -> str:
    text = codegen_input(ex)
    key = _cache_key(text)
    cached = cache_dir / "models" / f"{key}.py" if cache_dir else None
    if cached is not None and cached.is_file():
        raw = cached.read_text()
    else:
        raw = _run_codegen(ex, text)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(raw)
    list_roots = {op.response_class for op in ex.operations if op.response_is_list}
    return (
        _postprocess(raw, header, list_roots).rstrip("\n")
        + _relied_on_table(ex)
        + _wire_tokens_table(ex)
    )


_WARM_UP_DOC = json.dumps(
    {
        "openapi": "3.1.0",
        "info": {"title": "warm-up", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {"WarmUp": {"type": "object", "properties": {"a": {"type": "string"}}}}
        },
    }
)


def warm_up() -> None:
    """One tiny generation: loads and sets up datamodel-code-generator (about 0.5 s)."""
    _run_codegen(None, _WARM_UP_DOC)


def _run_codegen(ex: Exchange | None, text: str) -> str:
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import PythonVersion

    try:
        with warnings.catch_warnings():
            warnings.simplefilter(
                "error"
            )  # a dangling $ref or similar must fail, not degrade to Any
            out = generate(
                text,
                input_file_type=InputFileType.OpenAPI,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                **_OPTIONS,  # type: ignore[arg-type]
            )
    except Exception as exc:  # datamodel-code-generator raises many kinds
        where = ex.spec_path if ex is not None else "warm-up"
        raise GeneratorError(f"{where}: response models: {exc}") from exc
    if not isinstance(out, str):
        where = ex.spec_path if ex is not None else "warm-up"
        raise GeneratorError(f"{where}: response models: unexpected multi-module output")
    return out
