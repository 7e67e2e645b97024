"""What the generator takes from the hand-written runtime it generates code for.

The generated modules construct the runtime's records (`exchange_sdk._runtime.spec`,
`exchange_sdk._runtime.killswitch_spec`, the CLI table's `exchange_sdk._cli_support`, the
simulator's `exchange_sdk.simulator._wire`) and name
its error classes (`exchange_sdk.errors`), so those modules are the one declaration of each
record field and each error class: the generator constructs the records themselves (the
templates place them whole), and the validator accepts exactly the error classes `errors.py`
defines. The runtime is imported from the
environment (`make` installs `generated/` in editable mode); these modules are small and import
nothing but the standard library.
"""

from __future__ import annotations

import dataclasses
import inspect
from types import ModuleType

from generator.errors import GeneratorError

try:
    from exchange_sdk import _cli_support as cli_support
    from exchange_sdk import cli, errors
    from exchange_sdk._runtime import killswitch_spec, signing, spec
    from exchange_sdk.simulator import _wire as simulator_wire
except Exception as exc:  # a broken runtime must stop the run with a message, not a traceback
    raise GeneratorError(
        f"cannot import the runtime the generator targets (exchange_sdk): {exc!r}; "
        "run `make setup`, or repair the file named above"
    ) from exc

__all__ = [
    "COMMON_FLAGS",
    "ERROR_CLASSES",
    "cli_support",
    "errors",
    "is_record",
    "killswitch_spec",
    "record_fields",
    "simulator_wire",
    "source_files",
    "spec",
]


def _error_classes() -> dict[str, type[errors.APIError]]:
    """Every class a spec may map an error code to: the subclasses of `APIError`, except
    `UnexpectedResponseError`, which is the SDK's own verdict on a body and never an exchange's
    code."""
    found: dict[str, type[errors.APIError]] = {}
    todo: list[type[errors.APIError]] = list(errors.APIError.__subclasses__())
    while todo:
        cls = todo.pop()
        if cls.__module__ == errors.__name__ and cls is not errors.UnexpectedResponseError:
            found[cls.__name__] = cls
        todo += cls.__subclasses__()
    return dict(sorted(found.items()))


ERROR_CLASSES: dict[str, type[errors.APIError]] = _error_classes()
"""Error class name -> class, as `exchange_sdk.errors` defines them."""

COMMON_FLAGS: tuple[str, ...] = tuple(cli.COMMON_FLAGS)
"""Options every endpoint command of the CLI has; no parameter's flag may be one of them."""


def is_record(value: object) -> bool:
    """A record of the runtime: a `spec._Record` (spec, killswitch_spec), or a NamedTuple (the
    CLI table's) or dataclass (the simulator's) of an exchange_sdk module."""
    if isinstance(value, spec._Record):
        return True
    cls = type(value)
    if not cls.__module__.startswith("exchange_sdk."):
        return False
    named_tuple = isinstance(value, tuple) and hasattr(cls, "_fields")
    return named_tuple or dataclasses.is_dataclass(cls)


_FIELDS: dict[type, tuple[str, ...]] = {}


def record_fields(cls: type) -> tuple[str, ...]:
    """The constructor parameters of a runtime record, in order: its fields as the generated
    code passes them."""
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = tuple(inspect.signature(cls).parameters)
        _FIELDS[cls] = fields
    return fields


def source_files() -> tuple[str, ...]:
    """The runtime files the generated output depends on (hashed into the run memo)."""
    modules: tuple[ModuleType, ...] = (
        errors,
        spec,
        killswitch_spec,
        signing,
        cli,
        cli_support,
        simulator_wire,
    )
    return tuple(str(m.__file__) for m in modules)
