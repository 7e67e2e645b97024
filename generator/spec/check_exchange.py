"""The semantic checks of an exchange file: its place in the tree, its signing recipe
(`validate_auth`), envelope, IP groups, HTTP errors, error codes and the simulator section's codes."""

from __future__ import annotations

from generator.spec.check_shared import (
    Report,
    check_error_class,
    check_errors,
    check_unique_ids,
    codes,
)
from generator.spec.data import Data, mapping, sequence, string
from generator.spec.load import SpecDocument
from generator.spec.validate_auth import auth_problems

__all__ = ["check_exchange"]

# ---------------------------------------------------------------------------------------------
# Exchange files


def check_exchange(doc: SpecDocument, report: Report, schema_paths: set[str]) -> None:
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
    if envelope.get("error_list") is True and envelope.get("code_field") is not None:
        report("$.envelope.error_list", "error_list needs code_field: null (the list is the code)")
    if "warning_prefix" in envelope and envelope.get("error_list") is not True:
        report("$.envelope.warning_prefix", "warning_prefix only with error_list: true")
    check_unique_ids(report, sequence(data.get("ip_groups")), "$.ip_groups", "IP group")
    seen_status: set[object] = set()
    for i, raw in enumerate(sequence(data.get("http_errors"))):
        entry = mapping(raw)
        check_error_class(report, f"$.http_errors[{i}].class", entry.get("class"))
        status = entry.get("status")
        if isinstance(status, int | str) and not isinstance(status, bool):
            if status in seen_status:
                report(f"$.http_errors[{i}].status", f"duplicate HTTP status {status}")
            seen_status.add(status)
    check_errors(report, data)
    _check_simulator(report, data)


_SIMULATOR_CODES = ("missing_param", "invalid_param", "not_found", "stale_timestamp")


def _check_simulator(report: Report, data: Data) -> None:
    """Every code the simulator answers with is documented in `errors`, or listed as
    undocumented (never both)."""
    section = mapping(data.get("simulator"))
    documented = codes(data)
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
