"""The semantic checks of an exchange file: its place in the tree, auth scheme and credentials,
envelope, IP groups, HTTP errors, error codes and the simulator section's codes."""

from __future__ import annotations

from collections.abc import Mapping

from generator.spec.check_shared import (
    KNOWN_AUTH_SCHEMES,
    PASSPHRASE_AUTH_SCHEMES,
    Report,
    check_error_class,
    check_errors,
    check_unique_ids,
    codes,
    known,
)
from generator.spec.data import Data, mapping, sequence, string
from generator.spec.load import SpecDocument

__all__ = ["check_exchange"]

# ---------------------------------------------------------------------------------------------
# Exchange files


def check_exchange(doc: SpecDocument, report: Report) -> None:
    data = doc.data
    exchange = string(data.get("exchange"))
    if exchange is not None and doc.path != f"specs/{exchange}/exchange.yaml":
        report(
            "$.exchange",
            f"exchange '{exchange}' must be in specs/{exchange}/exchange.yaml, not {doc.path}",
        )
    auth = mapping(data.get("auth"))
    scheme = string(auth.get("scheme"))
    if scheme is not None and scheme not in KNOWN_AUTH_SCHEMES:
        report(
            "$.auth.scheme", f"unknown auth scheme '{scheme}'; known: {known(KNOWN_AUTH_SCHEMES)}"
        )
    credentials = auth.get("credentials")
    if scheme in KNOWN_AUTH_SCHEMES and isinstance(credentials, Mapping):
        has_passphrase = "passphrase" in credentials
        if scheme in PASSPHRASE_AUTH_SCHEMES and not has_passphrase:
            report("$.auth.credentials", f"auth scheme '{scheme}' needs a passphrase credential")
        elif scheme not in PASSPHRASE_AUTH_SCHEMES and has_passphrase:
            report("$.auth.credentials.passphrase", f"auth scheme '{scheme}' takes no passphrase")
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
