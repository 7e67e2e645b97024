"""scaffold: an exchange doc page -> a draft endpoint spec that validates.

Everything the page states is transcribed (method, path, permission, parameters with types,
required flags, enums, ranges; rate-limit statements; errors; response fields; examples).
What the page does not decide is guessed and marked with a `# TODO(maintainer): ...` YAML
comment: a range found only in prose, where parameters are sent, error classes, which rate
limit is enforced, whether the call is safe to repeat, the exchange when the page does not
name one. The draft is checked with `generator.spec.validate` against the spec tree; an example
that does not fit the schema is dropped (with a TODO) rather than left to fail validation.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import cast
from urllib.parse import urlparse

import yaml

from generator.errors import GeneratorError, SpecError
from generator.ir.naming import pascal_case, snake_case
from generator.review.docpage import DocField, DocPage, parse_page
from generator.spec.load import SpecDocument, load_file, load_tree
from generator.spec.validate import validate

__all__ = ["scaffold", "scaffold_main"]

TODO = "# TODO(maintainer):"
_PREFIX = re.compile(r"^(/api)?/v\d+(?=/)")
_PARAM_TYPES = {"string", "integer", "number", "boolean"}
_CLASSES = [
    (re.compile(r"rate|frequen|too many|limit", re.I), "RateLimitError", True),
    (re.compile(r"timestamp|time window|expired|recvwindow", re.I), "TimestampError", True),
    (re.compile(r"\bip\b|whitelist|permission|forbidden", re.I), "PermissionDeniedError", False),
    (re.compile(r"api ?key|signature|sign\b|passphrase|auth", re.I), "AuthenticationError", False),
    (re.compile(r"not exist|not found|no such order", re.I), "OrderNotFoundError", False),
    (re.compile(r"no order|nothing to cancel", re.I), "NothingToCancelError", False),
    (re.compile(r"busy|internal|system error|server", re.I), "ServerError", True),
]


def _s(value: object) -> str:
    """A YAML scalar (JSON is YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _exchange(
    page: DocPage, exchanges: Mapping[str, SpecDocument], given: str | None
) -> tuple[str, str | None]:
    """(exchange id, TODO text or None)."""
    if given:
        return (
            given,
            None if given in exchanges else f"no specs/{given}/exchange.yaml yet: write it first",
        )
    urls = [u for u in (page.source, *(h for h, _ in page.hosts)) if u]
    for ex_id, doc in sorted(exchanges.items()):
        hosts = cast(Mapping[str, object], doc.data.get("hosts") or {})
        known = [str(doc.data.get("source", "")), str(hosts.get("default", ""))]
        known += [str(h) for h in cast(list[object], hosts.get("alternates") or [])]
        known_hosts = {urlparse(k).hostname for k in known if k}
        for url in urls:
            host = urlparse(url).hostname or ""
            if (
                host in known_hosts
                or ex_id in host.split(".")
                or host.split(".")[0].startswith(ex_id)
            ):
                return ex_id, None
    return (
        "unknown",
        "which exchange is this page from? (no known exchange matches its source or hosts); pass --exchange",
    )


def _group(path: str, ex_id: str, endpoints: Sequence[SpecDocument]) -> tuple[str, str | None]:
    known = sorted({str(d.data.get("group")) for d in endpoints if d.data.get("exchange") == ex_id})
    segments = [s.lower() for s in path.split("/") if s]
    for g in known:
        if g in segments:
            return g, None
    for g in ("spot", "futures", "swap", "mix", "margin", "contract", "trade", "account"):
        if g in segments:
            return (
                g,
                f"group guessed from the path (existing groups of {ex_id}: {', '.join(known) or 'none'})",
            )
    return known[0] if known else "misc", "choose the client group (attribute) for this endpoint"


def _path(page_path: str, ex_id: str, endpoints: Sequence[SpecDocument]) -> tuple[str, str | None]:
    prefixes = {
        m.group(0)
        for d in endpoints
        if d.data.get("exchange") == ex_id and (m := _PREFIX.match(str(d.data.get("path"))))
    }
    if len(prefixes) == 1 and not _PREFIX.match(page_path):
        prefix = prefixes.pop()
        return (
            prefix + page_path,
            f"the page writes {page_path}; the other {ex_id} specs carry the {prefix} prefix",
        )
    return page_path, None


def _unit(text: str) -> str | None:
    t = text.lower()
    if "millisecond" in t or re.search(r"\bms\b", t):
        return "ms"
    if "second" in t or re.search(r"\(s\)|\d+s\b", t):
        return "s"
    return None


def _param_lines(f: DocField, method: str, content_type: str | None) -> list[str]:
    lines = [f"  - name: {_s(f.name)}"]
    if f.location in ("query", "body", "header", "path"):
        lines.append(f"    in: {f.location}")
    else:
        where = (
            "body" if method in ("POST", "PUT") and "json" in (content_type or "json") else "query"
        )
        lines.append(f"    in: {where}  {TODO} the page does not say where {f.name} is sent")
    ptype = f.type if f.type in _PARAM_TYPES else "string"
    if f.type in _PARAM_TYPES:
        lines.append(f"    type: {ptype}")
    else:
        lines.append(f"    type: string  {TODO} page type {f.raw_type!r} has no spec equivalent")
    if (f.format in ("int32", "int64") and ptype == "integer") or (
        f.format == "float64" and ptype == "number"
    ):
        lines.append(f"    format: {f.format}")
    if f.required is None:
        lines.append(
            f"    required: false  {TODO} the page does not say whether {f.name} is required"
        )
    else:
        lines.append(f"    required: {_s(f.required)}")
    if f.name.lower() in ("timestamp", "signature", "sign"):
        lines.append(
            f"    auth: true  {TODO} supplied by the signer? (check the exchange's signing recipe)"
        )
    if f.enum:
        lines.append("    enum:")
        for value, meaning in f.enum:
            lines.append(
                f"      - {{value: {_s(_typed(value, ptype))}, meaning: {_s(meaning or value)}}}"
            )
    bounds = [
        (k, getattr(f, k)) for k in ("minimum", "maximum", "exclusive_minimum", "exclusive_maximum")
    ]
    for key, value in bounds:
        if value is not None and ptype in ("integer", "number"):
            flag = (
                f"  {TODO} range read from the page's prose ({f.description[:60]!r}); confirm"
                if f.range_in_prose
                else ""
            )
            lines.append(f"    {key}: {_s(value)}{flag}")
    if f.also_allowed and ptype in ("integer", "number"):
        lines.append(f"    also_allowed:  {TODO} special values read from prose; confirm")
        for special, meaning in f.also_allowed:
            lines.append(
                f"      - {{value: {_s(special)}, meaning: {_s(meaning or 'special value')}}}"
            )
    if ptype in ("integer", "number") and (unit := _unit(f.description)):
        lines.append(f"    unit: {unit}")
    lines.append(f"    description: {_s(f.description or f.name)}")
    return lines


def _typed(value: str, ptype: str) -> object:
    if ptype == "integer" and re.fullmatch(r"-?\d+", value):
        return int(value)
    if ptype == "number" and re.fullmatch(r"-?\d+(\.\d+)?", value):
        return float(value)
    return value


def _schema(
    fields: Sequence[DocField], op: str, root_is_list: bool
) -> tuple[dict[str, object], list[str]]:
    todos: list[str] = []
    root: dict[str, object] = {
        "title": f"{pascal_case(op)}Response",
        "type": "object",
        "properties": {},
    }
    nodes: dict[str, dict[str, object]] = {"": root}
    for f in fields:
        parent_path, _, leaf = f.name.rpartition(".")
        parent = nodes.get(parent_path.replace("[]", ""), root)
        if parent.get("type") == "array":
            items = cast(
                dict[str, object],
                parent.setdefault(
                    "items",
                    {
                        "title": f"{pascal_case(op)}{pascal_case(parent_path.replace('[]', '').rsplit('.', 1)[-1])}Item",
                        "type": "object",
                        "properties": {},
                    },
                ),
            )
            parent = items
        node: dict[str, object] = {}
        jtype = f.type
        if jtype is None:
            jtype = "string"
            if not f.enum:
                todos.append(
                    f"response field {f.name}: page type {f.raw_type!r} unknown, drafted as string"
                )
        node["type"] = jtype
        if (f.format in ("int32", "int64") and jtype == "integer") or (
            f.format == "float64" and jtype == "number"
        ):
            node["format"] = f.format
        if f.enum:
            node["title"] = f"{pascal_case(op)}{pascal_case(leaf)}"
            node["enum"] = [v for v, _ in f.enum]
            if all(m for _, m in f.enum):
                node["x-enum-meanings"] = dict(f.enum)
        if jtype == "object":
            node.update({"title": f"{pascal_case(op)}{pascal_case(leaf)}", "properties": {}})
        if f.description:
            node["description"] = f.description
        cast(dict[str, object], parent.setdefault("properties", {}))[leaf] = node
        if f.required:
            req = cast(list[str], parent.setdefault("required", []))
            req.append(leaf)
        nodes[f.name.replace("[]", "")] = node
    if root_is_list:
        item = dict(root)
        item["title"] = f"{pascal_case(op)}Item"
        return {"title": f"{pascal_case(op)}Response", "type": "array", "items": item}, todos
    return root, todos


def _wire_strings(
    schema: dict[str, object], payload: object, todos: list[str], path: str = ""
) -> None:
    """Integer fields the example sends as strings of digits get `x-wire-type: string`."""
    if isinstance(payload, list):
        for item in payload:
            if isinstance(schema.get("items"), dict):
                _wire_strings(cast(dict[str, object], schema["items"]), item, todos, f"{path}[]")
        return
    if not isinstance(payload, dict):
        return
    for key, value in payload.items():
        sub = cast(dict[str, object], schema.get("properties", {})).get(key)
        if not isinstance(sub, dict):
            continue
        if (
            sub.get("type") in ("integer", "number")
            and isinstance(value, str)
            and re.fullmatch(r"-?\d+(\.\d+)?", value)
        ):
            if "x-wire-type" not in sub:
                sub["x-wire-type"] = "string"
                todos.append(
                    f"response field {path}{key}: the table says {sub['type']}, the example sends a string; drafted with x-wire-type: string (record a conflict)"
                )
        else:
            _wire_strings(sub, value, todos, f"{path}{key}.")


def _indent(text: str, n: int) -> list[str]:
    return [(" " * n + line) if line else line for line in text.rstrip("\n").splitlines()]


def scaffold(
    page: DocPage,
    docs: Sequence[SpecDocument],
    exchange: str | None = None,
    with_example: bool = True,
) -> tuple[str, str]:
    """(spec path "specs/<exchange>/<group>/<operation>.yaml", draft YAML text)."""
    exchanges = {str(d.data.get("exchange")): d for d in docs if d.kind == "exchange"}
    endpoints = [d for d in docs if d.kind == "endpoint"]
    ex_id, ex_todo = _exchange(page, exchanges, exchange)
    method = (page.method or "POST").upper()
    path, path_todo = _path(page.path or "/TODO", ex_id, endpoints)
    group, group_todo = _group(path, ex_id, endpoints)
    operation = snake_case(path.rstrip("/").rsplit("/", 1)[-1]) or "todo"
    out = [
        "# Draft written by `python -m generator scaffold`: resolve every TODO(maintainer), then delete these lines.",
        "# yaml-language-server: $schema=../../schema/endpoint.schema.json",
        "kind: endpoint",
    ]
    out.append(f"exchange: {ex_id}" + (f"  {TODO} {ex_todo}" if ex_todo else ""))
    out.append(f"group: {group}" + (f"  {TODO} {group_todo}" if group_todo else ""))
    out.append(f"operation: {operation}")
    title = (
        page.title
        if page.title and not re.match(r"(GET|POST|PUT|DELETE)\s+/", page.title)
        else (page.description.split(". ")[0] or operation)
    )
    out.append(
        f"summary: {_s(title.split('|')[0].strip())}  {TODO} one line: what the endpoint does"
    )
    if page.description:
        out.append(f"description: {_s(page.description)}")
    out.append(
        f"source: {_s(page.source)}"
        if page.source
        else f'source: "https://example.invalid/TODO"  {TODO} the page\'s address'
    )
    out.append(f"method: {method}" + ("" if page.method else f"  {TODO} the page states no method"))
    out.append(f"path: {path}" + (f"  {TODO} {path_todo}" if path_todo else ""))
    if page.permission:
        out.append(f"permission: {_s(page.permission)}")
    if page.content_type and "json" in page.content_type.lower():
        out.append("content_type: application/json")
    out.append(
        f"safe_to_repeat: false  {TODO} true when repeating the call can never do harm (cancel-all and countdown calls usually are)"
    )
    out.append("")
    names = {f.name for f in page.params}
    out.append(
        "params:"
        if page.params
        else "params: []"
        + ("" if "params" in page.sections else f"  {TODO} the page has no request-parameter table")
    )
    for f in page.params:
        out += _param_lines(f, method, page.content_type)
    example = page.request_example
    if isinstance(example, dict) and example and set(example) <= names:
        out += [
            "",
            "request_example:",
            f"  params: {json.dumps(example, ensure_ascii=False)}",
            "  source: page",
        ]
    out += ["", "rate_limits:"]
    ex_doc = exchanges.get(ex_id)
    groups = (
        {
            str(cast(Mapping[str, object], g).get("id"))
            for g in cast(list[object], ex_doc.data.get("ip_groups") or [])
        }
        if ex_doc
        else set()
    )
    ids: list[tuple[str, float, str | None]] = []
    if not page.rate_limits:
        out.append(
            f"  statements: []  {TODO} the page states no rate limit; record the exchange's general limit"
        )
    else:
        out.append("  statements:")
    for k, r in enumerate(page.rate_limits, 1):
        sid = f"page-{k}"
        out.append(f"    - id: {sid}")
        out.append(
            f"      scope: {r.scope or 'uid'}"
            + ("" if r.scope else f"  {TODO} the page does not say per UID or per IP")
        )
        if r.ip_group is not None:
            if r.ip_group in groups:
                out.append(f"      ip_group: {_s(r.ip_group)}")
                ids.append((sid, float("inf"), "ip"))
            else:
                out.append(
                    f"      # ip_group: {_s(r.ip_group)}  {TODO} IP group {r.ip_group} is not defined in the exchange file"
                )
        if r.count is not None and r.interval_ms is not None:
            out += [f"      count: {r.count}", f"      interval_ms: {r.interval_ms}"]
            ids.append((sid, r.count / r.interval_ms, r.scope or "uid"))
        out += [f"      text: {_s(r.text)}", "      source: page"]
    uid = sorted((rate, sid) for sid, rate, scope in ids if scope == "uid")
    enforced = [uid[0][1]] if uid else []
    enforced += [sid for sid, _, scope in ids if scope == "ip"]
    out.append(
        f"  enforced: {json.dumps(enforced)}  {TODO} which statements the client enforces (drafted: the strictest per UID, and the IP group)"
    )
    if enforced:
        out.append(f"  reason: {_s('Drafted by scaffold: the strictest statement is enforced.')}")
    out.append("")
    codes: dict[str, list[str]] = {}
    for code, _, text in page.errors:
        codes.setdefault(code, []).append(text)
    out.append("errors:" if codes else "errors: []")
    for code, texts in codes.items():
        joined = " ".join(texts)
        cls, retry = next(
            ((c, r) for p, c, r in _CLASSES if p.search(joined)), ("InvalidRequestError", False)
        )
        meaning = re.split(r"[,.;]\s", texts[0])[0][:80].strip() or code
        out += [f"  - code: {_s(code)}", f"    meaning: {_s(meaning)}"]
        messages = [t for t in dict.fromkeys(texts) if t and t != meaning]
        if messages:
            out.append("    messages:")
            out += [f"      - {_s(m)}" for m in messages]
        out += [
            f"    class: {cls}  {TODO} error class guessed from the text",
            f"    retryable: {_s(retry)}",
            "    source: page",
        ]
    out.append("")
    payload_field = None
    if ex_doc is not None:
        envelope = cast(Mapping[str, object], ex_doc.data.get("envelope") or {})
        payload_field = envelope.get("payload_field")
    body = page.response_example
    payload = (
        body.get(payload_field)
        if isinstance(body, dict) and isinstance(payload_field, str)
        else body
    )
    schema, todos = _schema(page.response, operation, isinstance(payload, list))
    if body is not None:
        _wire_strings(schema, payload, todos)
    if not page.response:
        todos.append("the page has no response table: describe the payload")
    out += [f"{TODO} {t}" for t in todos]
    out += ["response:", "  schema:"]
    out += _indent(yaml.safe_dump(schema, sort_keys=False, allow_unicode=True, width=100), 4)
    if body is not None and with_example:
        out.append("  example:")
        out += _indent(yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100), 4)
        out.append("  example_kind: published")
    else:
        built = _field_table_example(schema, ex_doc)
        out.append(
            f"  example:  {TODO} the page gives none: built from the field table, fill in values"
        )
        out += _indent(yaml.safe_dump(built, sort_keys=False, allow_unicode=True, width=100), 4)
        out.append("  example_kind: field-table")
    out += ["", "notes: []", ""]
    return f"specs/{ex_id}/{group}/{operation}.yaml", "\n".join(out)


def _placeholder(node: Mapping[str, object]) -> object:
    """A value of the schema node's type: the first enum value, "0" for decimals, 0, ..."""
    if "enum" in node:
        return cast(list[object], node["enum"])[0]
    types = node.get("type")
    kind = next((t for t in types if t != "null"), "string") if isinstance(types, list) else types
    if kind == "object":
        props = cast(Mapping[str, Mapping[str, object]], node.get("properties") or {})
        return {k: _placeholder(v) for k, v in props.items()}
    if kind == "array":
        return [_placeholder(cast(Mapping[str, object], node.get("items") or {}))]
    if kind == "integer":
        return "0" if node.get("x-wire-type") == "string" else 0
    if kind == "number":
        return 0
    if kind == "boolean":
        return True
    return "0" if node.get("format") == "decimal" else ""


def _field_table_example(schema: Mapping[str, object], ex_doc: SpecDocument | None) -> object:
    """The whole answer: the payload from the field table inside the exchange's envelope."""
    payload = _placeholder(schema)
    envelope = cast(Mapping[str, object], ex_doc.data.get("envelope") or {}) if ex_doc else {}
    body: dict[str, object] = {}
    code_field, codes = envelope.get("code_field"), envelope.get("success_codes")
    if isinstance(code_field, str) and isinstance(codes, list) and codes:
        code = str(codes[0])
        body[code_field] = int(code) if code.lstrip("-").isdigit() else code
    payload_field = envelope.get("payload_field")
    if not isinstance(payload_field, str):
        return payload
    body[payload_field] = payload
    return body


def check_draft(rel: str, text: str, docs: Sequence[SpecDocument]) -> list[SpecError]:
    """Validate the draft together with the spec tree it was drafted against."""
    with tempfile.TemporaryDirectory(prefix="scaffold-") as tmp:
        file = Path(tmp) / rel
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
        doc, errors = load_file(file, rel)
    if doc is None:
        return errors
    others = [d for d in docs if d.path != rel]
    return [e for e in [*errors, *validate([*others, doc])] if e.file == rel]


def scaffold_main(page_file: Path, out: str | None, specs: Path, exchange: str | None) -> int:
    if not page_file.is_file():
        raise GeneratorError(f"{page_file}: no such file")
    docs, load_errors = load_tree(specs)
    page = parse_page(page_file)
    for line, problem in page.problems:
        print(f"{page_file}:{line}: note: {problem}", file=sys.stderr)
    rel, text = scaffold(page, docs, exchange)
    errors = check_draft(rel, text, docs)
    if any(e.json_path.startswith("$.response.example") for e in errors):
        rel, text = scaffold(page, docs, exchange, with_example=False)
        text = text.replace(
            "response:\n",
            f"{TODO} the page's example does not match its own response table; it was left out\nresponse:\n",
            1,
        )
        errors = check_draft(rel, text, docs)
    if out is None:
        sys.stdout.write(text)
    else:
        target = Path(out)
        if target.is_dir() or out.endswith("/"):
            target = target / Path(rel).relative_to("specs")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target} (spec path {rel})", file=sys.stderr)
    todo_count = text.count("TODO(maintainer)")
    for e in errors:
        print(f"draft: {e}", file=sys.stderr)
    state = (
        "validates" if not errors and not load_errors else f"has {len(errors)} validation error(s)"
    )
    print(f"scaffold: draft {state}; {todo_count} TODO(maintainer) to resolve", file=sys.stderr)
    return 0
