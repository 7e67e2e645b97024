"""docs-check for one parameter and for the response fields: every statement the page makes
about them (type, format, required, location, enum values and meanings, ranges, special
values, defaults, units, descriptions; response fields at every depth by their full path,
enumerated-values tables, rows beside the payload) against the spec.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import cast

from generator.review.compare_common import (
    OTHER_SOURCE,
    Checker,
    Data,
    compare_text,
    flat_schema,
    from_page,
    in_pool,
    narrower,
    schema_json_path,
)
from generator.review.docpage import DocField
from generator.review.pagevalues import default_value, norm, parse_type
from generator.spec.data import mapping as as_map
from generator.spec.data import sequence as as_list

__all__ = ["ParamCheck", "ResponseCheck"]


class ParamCheck:
    def __init__(self, c: Checker, f: DocField, p: Data, jp: str) -> None:
        self.c, self.f, self.p, self.jp = c, f, p, jp
        self.page_sourced = from_page(p)

    def add(
        self, line: int, jp: str, kind: str, detail: str, page_value: str | None = None
    ) -> None:
        self.c.add(line, jp, kind, self.f.name, detail, page_value)

    def check(self) -> None:
        f, p = self.f, self.p
        stype = str(p.get("type"))
        wire = str(p.get("wire_type") or stype)
        if f.type is not None and f.type not in (stype, wire):
            self.add(
                f.line,
                f"{self.jp}.type",
                "param-type",
                f"page {f.raw_type} ({f.type}), spec {stype}",
                f.raw_type,
            )
        elif f.type is not None and wire == "string" and f.type != "string":
            self.add(
                f.line,
                f"{self.jp}.wire_type",
                "param-type",
                f"page {f.raw_type}, spec sends a string",
                f.raw_type,
            )
        elif (f.format is not None and f.format != p.get("format")) or narrower(
            f.raw_type, p.get("format")
        ):
            self.add(
                f.line,
                f"{self.jp}.format",
                "param-type",
                f"page {f.raw_type}, spec format {p.get('format')}",
                f.raw_type,
            )
        if f.required is not None and f.required != bool(p.get("required")):
            self.add(
                f.line,
                f"{self.jp}.required",
                "param-required",
                f"page required={f.required}, spec required={bool(p.get('required'))}",
                str(f.required).lower(),
            )
        if f.location is not None and f.location != p.get("in"):
            self.add(
                f.line,
                f"{self.jp}.in",
                "param-location",
                f"page in {f.location}, spec in {p.get('in')}",
                f.location,
            )
        self.enum()
        self.ranges()
        self.specials()
        self.defaults()
        self.units()
        self.text()

    def enum(self) -> None:
        f, p = self.f, self.p
        spec = {
            str(as_map(e).get("value")): (k, str(as_map(e).get("meaning", "")))
            for k, e in enumerate(as_list(p.get("enum")))
        }
        if f.enum:
            for value, meaning in f.enum:
                if value not in spec:
                    self.add(
                        f.line,
                        f"{self.jp}.enum",
                        "enum-value-missing-in-spec",
                        f"page allows {value}, the spec does not",
                        value,
                    )
                elif meaning and norm(meaning) != norm(spec[value][1]):
                    self.add(
                        f.line,
                        f"{self.jp}.enum[{spec[value][0]}].meaning",
                        "enum-meaning",
                        f"{value} means {meaning!r} on the page, {spec[value][1]!r} in the spec",
                        meaning,
                    )
            page_values = {v for v, _ in f.enum}
            for value, (k, _) in spec.items():
                if value not in page_values:
                    self.add(
                        f.line,
                        f"{self.jp}.enum[{k}]",
                        "enum-value-missing-on-page",
                        f"spec allows {value}, the page does not",
                    )
        elif spec and self.page_sourced:
            self.add(
                f.line,
                f"{self.jp}.enum",
                "enum-value-missing-on-page",
                f"spec allows only {', '.join(spec)}, the page lists no values",
            )

    def _bounds(self, values: Mapping[str, object]) -> tuple[float | None, float | None]:
        step = 1 if self.p.get("type") == "integer" else 0
        lo, xlo, hi, xhi = (
            values.get(k) for k in ("minimum", "exclusive_minimum", "maximum", "exclusive_maximum")
        )
        low = (
            lo
            if isinstance(lo, int | float)
            else (xlo + step if isinstance(xlo, int | float) else None)
        )
        high = (
            hi
            if isinstance(hi, int | float)
            else (xhi - step if isinstance(xhi, int | float) else None)
        )
        return low, high

    def ranges(self) -> None:
        spec = self._bounds(self.p)
        stated = [s for s in self.f.stated if s.what == "range"]
        said = [False, False]
        for s in stated:
            page = self._bounds(cast(Mapping[str, object], s.value))
            for side, (a, b) in enumerate(zip(page, spec, strict=True)):
                if a is None:
                    continue
                said[side] = True
                if a != b:
                    self.add(
                        s.line,
                        self.jp,
                        "param-range",
                        f"page {'minimum' if side == 0 else 'maximum'} {a} ({s.text!r}), spec {b if b is not None else 'none'}",
                        s.text,
                    )
        if self.page_sourced:
            for side, b in enumerate(spec):
                if b is not None and not said[side]:
                    self.add(
                        self.f.line,
                        self.jp,
                        "param-range",
                        f"spec {'minimum' if side == 0 else 'maximum'} {b}; the page states none",
                    )

    def specials(self) -> None:
        spec = {
            float(cast(float, as_map(a).get("value"))) for a in as_list(self.p.get("also_allowed"))
        }
        page: set[float] = set()
        for s in self.f.stated:
            if s.what == "special":
                value = float(cast(tuple[float, str], s.value)[0])
                page.add(value)
                if value not in spec:
                    self.add(
                        s.line,
                        f"{self.jp}.also_allowed",
                        "param-special-value",
                        f"page special value {value:g} ({s.text!r}), spec {sorted(spec) or 'none'}",
                        s.text,
                    )
        if self.page_sourced:
            for value in spec - page:
                self.add(
                    self.f.line,
                    f"{self.jp}.also_allowed",
                    "param-special-value",
                    f"spec special value {value:g}; the page no longer states it",
                )

    def defaults(self) -> None:
        unit = str(self.p["unit"]) if "unit" in self.p else None
        spec = self.p.get("default")
        stated = [s for s in self.f.stated if s.what == "default"]
        for s in stated:
            value = default_value(str(s.value), unit)
            if spec is None or str(value) != str(spec):
                self.add(
                    s.line,
                    f"{self.jp}.default",
                    "param-default",
                    f"page default {value} ({s.text!r}), spec {spec if spec is not None else 'none'}",
                    str(s.value),
                )
        if spec is not None and not stated and self.page_sourced:
            self.add(
                self.f.line,
                f"{self.jp}.default",
                "param-default",
                f"spec default {spec}; the page states none",
            )

    def units(self) -> None:
        spec = self.p.get("unit")
        if spec is None and self.p.get("type") not in ("integer", "number"):
            return
        units = [s for s in self.f.stated if s.what == "unit"]
        for s in units:
            if s.value != spec:
                self.add(
                    s.line,
                    f"{self.jp}.unit",
                    "param-unit",
                    f"page gives it in {s.value} ({s.text!r}), spec unit {spec or 'none'}",
                    str(s.value),
                )
        if spec is not None and not units and self.page_sourced:
            self.add(
                self.f.line,
                f"{self.jp}.unit",
                "param-unit",
                f"spec unit {spec}; the page states none",
            )

    def text(self) -> None:
        if not self.page_sourced and self.p.get("description") is None:
            return
        pool = " | ".join(
            norm(t)
            for t in [
                str(self.p.get("description", "")),
                *(
                    f"{as_map(e).get('value')} {as_map(e).get('meaning')}"
                    for e in as_list(self.p.get("enum"))
                ),
                *(
                    f"{as_map(e).get('value')} {as_map(e).get('meaning')}"
                    for e in as_list(self.p.get("also_allowed"))
                ),
            ]
        )
        texts = [(s.line, str(s.value)) for s in self.f.stated if s.what == "text"]
        description = str(self.p.get("description", ""))
        for line, detail, value in compare_text(texts, description, pool, self.f.line):
            self.add(line, f"{self.jp}.description", "param-description", detail, value)


class ResponseCheck:
    def __init__(self, c: Checker) -> None:
        self.c = c
        self.schema = as_map(as_map(c.d.get("response")).get("schema"))
        self.fields = {p: (s, r) for p, s, r in flat_schema(self.schema)}
        env = {**as_map(c.spec.exchange.get("envelope")), **as_map(c.d.get("envelope"))}
        self.envelope = {
            str(env.get(k)) for k in ("code_field", "message_field", "payload_field") if env.get(k)
        }
        if env.get("error_list"):  # Kraken: the error list sits beside the payload on success too
            self.envelope.update(str(f) for f in as_list(env.get("error_code_fields")))

    def _prefix(self, names: list[str]) -> tuple[str, str]:
        """(strip, add): the page's paths become spec paths by removing `strip` and adding `add`."""
        best = (0, "", "")
        containers = [
            p
            for p, (s, _) in self.fields.items()
            if s.get("type") in ("array", "object") or p == ""
        ]
        strips = {""} | {n for n in names if n.count(".") == 0}
        for strip in sorted(strips):
            for base in sorted(containers):
                add = f"{base}{'[]' if as_map(self.fields[base][0]).get('type') == 'array' and base else ''}"
                if base == "" and self.schema.get("type") == "array":
                    add = "[]"
                hits = sum(1 for n in names if self._join(n, strip, add) in self.fields)
                if hits > best[0]:
                    best = (hits, strip, add)
        return best[1], best[2]

    @staticmethod
    def _join(name: str, strip: str, add: str) -> str:
        if strip:
            if not name.startswith(strip):
                return "\0"
            name = name[len(strip) :].lstrip(".").removeprefix("[]").lstrip(".")
            if not name:
                return "\0"
        if not add:
            return name
        return f"{add}.{name}" if not name.startswith("[]") else f"{add}{name}"

    def _list_of_objects(self, target: str) -> str:
        """`orders.symbol` is the spec's `orders[].symbol` where the page calls a list of orders
        an object (HTX: ``ORDERS_START | object`` above each order's fields)."""
        if target in self.fields or "." not in target:
            return target
        head, _, rest = target.partition(".")
        listed = f"{head}[].{rest}"
        return listed if listed in self.fields else target

    def check(self) -> None:
        c = self.c
        payload = [f for f in c.page.response if not f.envelope]
        strip, add = self._prefix([f.name for f in payload])
        matched: set[str] = set()
        if not c.page.response and len(self.fields) > 1:
            if "response" not in c.page.sections:
                c.add(
                    0,
                    "$.response",
                    "response-section-missing",
                    "response",
                    "the page has no response table",
                )
            return
        for f in c.page.response:
            if f.envelope:
                if f.name not in self.envelope:
                    c.add(
                        f.line,
                        "$.response",
                        "response-field-missing-in-spec",
                        f.name,
                        f"page lists {f.name} ({f.raw_type}) beside the payload; it is no envelope field of the spec",
                        f.raw_type or f.name,
                    )
                # the row itself (its type and words) must be quoted by a page-sourced text
                values = " ".join(  # its value-range cell: an enum listing or plain text
                    str(st.value)
                    for st in f.stated
                    if st.what in ("values", "text") and st.value != f.description
                )
                row = f"{f.name} {f.raw_type} {f.description} {values}".strip()
                if not in_pool(row, c.spec.pool):
                    c.add(
                        f.line,
                        "$.response",
                        "response-field-description",
                        f.name,
                        f"page row {row!r} beside the payload is in no page-sourced text of the spec",
                        row,
                    )
                else:  # and a text quoting the row quotes all of it, no more
                    head = norm(f"{f.name} {f.raw_type} {f.description}")
                    for text in c.spec.notes:
                        quote = norm(re.sub(r"\([^)]*\)", " ", text))  # asides are the spec's
                        if quote.startswith(head + " ") and quote[len(head) :].strip() != norm(
                            values
                        ):
                            c.add(
                                f.line,
                                "$.response",
                                "response-field-description",
                                f.name,
                                f"page row {row!r} beside the payload; the spec quotes it as {text!r}",
                                row,
                            )
                            break
                continue
            target = self._list_of_objects(self._join(f.name, strip, add))
            if strip and f.name == strip and f.name.endswith("[]") and add in self.fields:
                matched.add(add)  # the unnamed item of a list payload (Gate's "» _None_" row)
                self.field(f, add)
                continue
            if strip and f.name == strip:
                if f.name not in self.envelope:
                    c.add(
                        f.line,
                        "$.response",
                        "response-field-missing-in-spec",
                        f.name,
                        f"page wraps the payload in {f.name}; the spec's envelope does not",
                        f.raw_type,
                    )
                continue
            if target not in self.fields:
                c.add(
                    f.line,
                    "$.response.schema",
                    "response-field-missing-in-spec",
                    target,
                    f"page documents response field {target} ({f.raw_type}), the spec does not",
                    f.raw_type or f.name,
                )
                continue
            matched.add(target)
            self.field(f, target)
        self.enum_tables(strip, add)
        for line, marker, raw_type in c.page.payload_types:
            page_type = parse_type(raw_type)[0]
            if page_type is not None and page_type != self.schema.get("type"):
                c.add(
                    line,
                    "$.response.schema.type",
                    "response-field-type",
                    marker.lower(),
                    f"page's {marker} (the payload) is {raw_type}, the spec's payload {self.schema.get('type')}",
                    raw_type,
                )
        for name, (s, _) in self.fields.items():
            if not name or name in matched or name in ("[]",):
                continue
            if OTHER_SOURCE.search(str(s.get("description", ""))):
                continue
            if any(m.startswith((name + ".", name + "[]")) for m in matched) and s.get("type") in (
                "array",
                "object",
            ):
                continue
            c.add(
                0,
                schema_json_path(name),
                "response-field-missing-on-page",
                name,
                f"spec response field {name} is not on the page",
            )

    def field(self, f: DocField, target: str) -> None:
        c = self.c
        s, required = self.fields[target]
        jp = schema_json_path(target)
        t = s.get("type")
        types = [str(x) for x in as_list(t)] if isinstance(t, list) else [str(t)] if t else []
        if f.type is not None and types and f.type not in types:
            c.add(
                f.line,
                f"{jp}.type",
                "response-field-type",
                target,
                f"page {f.raw_type} ({f.type}), spec {'/'.join(types)}",
                f.raw_type,
            )
        elif (f.format is not None and f.format != s.get("format")) or narrower(
            f.raw_type, s.get("format")
        ):
            c.add(
                f.line,
                f"{jp}.format",
                "response-field-type",
                target,
                f"page {f.raw_type}, spec format {s.get('format')}",
                f.raw_type,
            )
        if f.required is not None and f.required != required:
            c.add(
                f.line,
                jp,
                "response-field-required",
                target,
                f"page required={f.required}, spec required={required}",
                str(f.required).lower(),
            )
        spec_enum = [str(v) for v in as_list(s.get("enum"))]
        meanings = {str(k): str(v) for k, v in as_map(s.get("x-enum-meanings")).items()}
        tabled = {v for _, v in c.page.enum_values.get(f.leaf, [])}
        if spec_enum and f.enum:
            for value, meaning in f.enum:
                if value not in spec_enum:
                    c.add(
                        f.line,
                        f"{jp}.enum",
                        "response-enum-value-missing-in-spec",
                        target,
                        f"page lists {value}, the spec does not",
                        value,
                    )
                elif meaning and value in meanings and norm(meaning) != norm(meanings[value]):
                    c.add(
                        f.line,
                        f"{jp}.x-enum-meanings",
                        "response-enum-meaning",
                        target,
                        f"{value} means {meaning!r} on the page, {meanings[value]!r} in the spec",
                        meaning,
                    )
            page_values = {v for v, _ in f.enum} | tabled
            for value in spec_enum:
                if value not in page_values:
                    c.add(
                        f.line,
                        f"{jp}.enum",
                        "response-enum-value-missing-on-page",
                        target,
                        f"spec lists {value}, the page does not",
                    )
        pool = " | ".join(
            norm(x)
            for x in [
                str(s.get("description", "")),
                *(f"{k} {v}" for k, v in meanings.items()),
                *spec_enum,
            ]
        )
        # without an enum in the spec, the page's value listing is compared as text: the
        # spec's description must quote it, and the page must still list what it quotes
        wanted = ("text",) if spec_enum else ("text", "values")
        texts = [(st.line, str(st.value)) for st in f.stated if st.what in wanted]
        description = str(s.get("description", ""))
        for line, detail, said in compare_text(texts, description, pool, f.line):
            c.add(line, f"{jp}.description", "response-field-description", target, detail, said)

    def enum_tables(self, strip: str, add: str) -> None:
        c = self.c
        for prop, rows in c.page.enum_values.items():
            targets = [p for p in self.fields if p.replace("[]", "").rsplit(".", 1)[-1] == prop]
            target = min(targets, key=len) if targets else None
            line = rows[0][0]
            if target is None:
                c.add(
                    line,
                    "$.response.schema",
                    "response-field-missing-in-spec",
                    prop,
                    f"page enumerates values of {prop}, the spec has no such field",
                    prop,
                )
                continue
            spec_enum = [str(v) for v in as_list(self.fields[target][0].get("enum"))]
            page_values = [v for _, v in rows]
            for ln, value in rows:
                if value not in spec_enum:
                    c.add(
                        ln,
                        f"{schema_json_path(target)}.enum",
                        "response-enum-value-missing-in-spec",
                        target,
                        f"page lists {value}, the spec does not",
                        value,
                    )
            for value in spec_enum:
                if value not in page_values:
                    c.add(
                        line,
                        f"{schema_json_path(target)}.enum",
                        "response-enum-value-missing-on-page",
                        target,
                        f"spec lists {value}, the page's enumerated values do not",
                    )
