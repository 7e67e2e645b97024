"""Response parsing: from a response the envelope calls success to the endpoint's typed model.

Two paths give the same result (``tests/runtime/test_json_fast_path.py`` holds them to it):

- the **fast path** (``ResponseParsers.fast``): one pydantic-core validator per response model
  and envelope (``models.json_parser``) checks the envelope and builds the model straight from
  the JSON bytes, JSON floats as the same exact Decimals the general path makes (``jsonfloat``:
  it steps aside for a body that may hold a float of 16 or more digits); it answers the common
  case, a success with a payload, and returns None for anything else;
- the **general path** (``envelope.unwrap``, then ``ResponseParsers.model``): ``json.loads``
  with exact Decimal floats (``jsonfloat.from_token``), the envelope (which raises the typed
  errors), then ``model_validate``. It alone reads floats a double cannot hold: when the fast
  path misses a success that the general path then answers, the endpoint skips the fast path
  for its next ``_MISS_SKIP`` successes instead of paying a doomed validation on each
  (``_Entry``).

A success status does not make a success: a payload whose relied-on fields the model refuses,
or one without a field the spec marks required (a 200 or 204 with an empty body on Gate ``countdown_cancel_all``: no
``triggerTime``, so nothing proves the countdown is armed), is ``UnexpectedResponseError``
keeping the raw body and status. A payload the model refuses only in *decorative* fields (a
``""`` price, a fee of the wrong type: issue 15) is repaired instead (``lenient.repair``: those
fields become None, their raw values kept in ``model.lenient_fields``) and the call succeeds.

Everything parsing caches is in one object, ``PARSERS`` (see ``ResponseParsers``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import errors
from .envelope import MISSING, unexpected
from .lenient import log_dropped, repair
from .messages import HttpResponse
from .secrets import Secret
from .spec import Endpoint, ExchangeInfo

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["PARSERS", "ResponseParsers"]

_Parser = Callable[[bytes], object]
_MISS_SKIP = 63  # successes answered by the general path after a fast-path miss
_MISSED = -1  # _Entry.skip: the fast path missed; the general path has not answered yet
_MESSAGE_LIMIT = 1000
_REPAIR_PASSES = 3  # a repaired payload can show errors its first validation hid (nested)
# (model class, the value validated when a success carries no payload, its relied-on fields,
# its number fields' usual JSON tokens)
_Model = tuple["type[BaseModel]", object, Mapping[str, object] | None, object]


class _Entry:
    """What the fast path needs per endpoint, and its memory of the last miss.

    ``skip`` counts the next success responses that go straight to the general path because
    the fast path missed one (``ValueError``: a long JSON float, a payload only lenient repair
    accepts) that the general path then answered (``ResponseParsers.model``); ``_MISSED`` marks
    a miss not yet answered (an error answer leaves it there: errors cost no skipping). An
    endpoint whose answers carry floats of 16 or more digits would otherwise pay a whole failed
    validation (about as much as the general path itself) before the general path. After
    ``_MISS_SKIP`` skipped answers the fast path is tried again, so an endpoint whose one odd
    answer caused the miss returns to it. The memory only ever chooses between two paths that
    give the same result: a stale or raced count costs time, never correctness (two threads
    decrementing it at once store the same value).
    """

    __slots__ = ("code_attr", "codes", "endpoint", "parser", "skip", "statuses")

    def __init__(
        self,
        endpoint: Endpoint,
        statuses: tuple[int, ...],
        codes: tuple[str, ...] | None,
        parser: _Parser | None,
        code_attr: str | None,
    ) -> None:
        self.endpoint = endpoint
        self.statuses = statuses  # success HTTP statuses
        self.codes = codes  # success codes, or None when the envelope has no code
        self.parser = parser  # the fast-path validator, or None when there is none
        # The model attribute holding the code where the code sits inside the payload
        # (Kraken Futures' whole-body ``result``).
        self.code_attr = code_attr
        self.skip = 0


class ResponseParsers:
    """The response-parsing state of the process: three tables, filled on first use.

    - ``models``: ``"module:Class"`` -> (model class, the value validated when a success
      carries no payload: ``{}`` or ``[]``, its relied-on fields: the module's ``RELIED_ON``,
      the tokens its number fields usually arrive as: ``WIRE_TOKENS``). Resolving the string imports the generated models
      module, which is when pydantic loads (``import exchange_sdk`` and building a client
      never do); a module is imported once per process anyway.
    - ``validators``: (model string, code field, payload field) -> the fast-path validator, or
      None when the model has none. Building one compiles a pydantic-core schema (milliseconds);
      endpoints sharing a model and envelope share it.
    - ``endpoints``: ``id(endpoint)`` -> what the fast path needs per call, so a call costs one
      dict lookup; the entry keeps the endpoint itself and is used only when it ``is`` the
      endpoint, so a recycled id never picks another endpoint's entry.

    Process-wide on purpose, not per client: the values depend only on the immutable spec
    records and generated classes, validators are immutable and thread-safe, and a kill switch
    builds a client per account at the worst moment: each would otherwise pay the builds on
    its first call. Bounded by the endpoints and models of the loaded specs (records built at
    run time, in tests, add one entry each); ``clear()`` empties them. Two threads racing on a
    first use both build and store equal values; the GIL keeps each dict operation atomic.
    """

    __slots__ = ("_attach", "endpoints", "models", "validators")

    def __init__(self) -> None:
        self.models: dict[str, _Model] = {}
        self.validators: dict[tuple[str, str | None, str | None], _Parser | None] = {}
        self.endpoints: dict[int, _Entry] = {}
        self._attach: Callable[[BaseModel, HttpResponse], None] = _attach_first

    def clear(self) -> None:
        self.models.clear()
        self.validators.clear()
        self.endpoints.clear()

    def model_of(self, spec: str) -> _Model:
        """The model class named ``"module:Class"``, its empty value, its relied-on fields and
        its number fields' usual JSON tokens (the module's ``WIRE_TOKENS``), imported once."""
        found = self.models.get(spec)
        if found is not None:
            return found
        from . import models

        self._attach = models.attach_raw_response
        module_name, _, class_name = spec.partition(":")
        module = importlib.import_module(module_name)
        model = getattr(module, class_name)
        empty: object = [] if issubclass(model, models.ResponseRootModel) else {}
        # A model without a RELIED_ON entry (not generated from a spec) is strict throughout.
        table = getattr(module, "RELIED_ON", {})
        relied_on = cast("Mapping[str, object] | None", table.get(class_name))
        tokens = getattr(module, "WIRE_TOKENS", {}).get(class_name)
        self.models[spec] = found = (model, empty, relied_on, tokens)
        return found

    def _entry(self, endpoint: Endpoint, info: ExchangeInfo) -> _Entry:
        from .models import json_parser

        envelope = endpoint.envelope or info.envelope
        code_field, payload_field = envelope.code_field, envelope.payload_field
        codes = None if code_field is None else envelope.success_codes
        code_attr = None
        if envelope.error_list:  # Kraken: the error list is read as the code; only [] is success
            code_field, codes = envelope.error_code_fields[0], ()
        elif code_field is not None and payload_field is None:
            # Kraken Futures: the code is a field of the whole-body payload. Validate the body
            # as the model and read the code from it; a model without it gets no fast path.
            model = self.model_of(endpoint.response_model)[0]
            code_attr = next(
                (n for n, f in model.model_fields.items() if (f.alias or n) == code_field), None
            )
            code_field = None
        key = (endpoint.response_model, code_field, payload_field)
        if key in self.validators:
            parser = self.validators[key]
        else:
            model, _, _, tokens = self.model_of(endpoint.response_model)
            parser = self.validators[key] = json_parser(model, code_field, payload_field, tokens)
        if codes and code_field is None and code_attr is None:
            parser = None
        entry = _Entry(endpoint, envelope.success_http_status, codes, parser, code_attr)
        self.endpoints[id(endpoint)] = entry
        return entry

    def fast(
        self, endpoint: Endpoint, info: ExchangeInfo, response: HttpResponse
    ) -> BaseModel | None:
        """The model of a success response straight from its JSON bytes, or None: anything
        else (errors, long floats, no payload, a payload the model refuses) takes the general path."""
        entry = self.endpoints.get(id(endpoint))
        if entry is None or entry.endpoint is not endpoint:
            entry = self._entry(endpoint, info)
        parser = entry.parser
        if parser is None or response.status not in entry.statuses:
            return None
        skip = entry.skip
        if skip > 0:  # the fast path missed a recent success: it would most likely miss again
            entry.skip = skip - 1
            return None
        try:
            data: Any = parser(response.body)
        except ValueError:  # pydantic's ValidationError: invalid JSON, a float, a bad payload
            entry.skip = _MISSED
            return None
        if skip:  # _MISSED: that miss was an error answer, not a success to skip for
            entry.skip = 0
        codes, code_attr = entry.codes, entry.code_attr
        if code_attr is not None:
            code = getattr(data, code_attr, None)
            if not isinstance(code, str) or str(code) not in (codes or ()):
                return None
            self._attach(data, response)
            return cast("BaseModel", data)
        if codes is not None:
            code = data.get("c")
            if code.__class__ is list:  # an error list: only an empty one is a plain success
                if code or codes:
                    return None
            else:
                if code.__class__ is int:
                    code = int.__repr__(code)
                elif code.__class__ is not str:
                    return None  # absent, null, bool...: the general path decides
                if code not in codes:
                    return None
        if data.__class__ is dict:
            data = data.get("p")
            if data is None:
                return None  # no payload: the general path validates the empty value
        self._attach(data, response)
        return cast("BaseModel", data)

    def model(
        self,
        endpoint: Endpoint,
        info: ExchangeInfo,
        payload: object,
        response: HttpResponse,
        secrets: Iterable[Secret],
    ) -> BaseModel:
        """The payload (``envelope.MISSING`` when the success carried none) as the endpoint's
        model, or ``UnexpectedResponseError`` keeping the raw body."""
        model, empty, relied_on, _ = self.model_of(endpoint.response_model)
        value = empty if payload is MISSING else payload
        dropped: dict[str, object] = {}
        for _ in range(_REPAIR_PASSES):
            try:
                # model_validate without its wrapper (the same call, ~1 us less)
                result: BaseModel = model.__pydantic_validator__.validate_python(value)
                break
            except ValueError as exc:  # pydantic.ValidationError is a ValueError
                failure = exc
                errors_of = getattr(exc, "errors", None)
                fixed = None
                if errors_of is not None and relied_on is not None and payload is not MISSING:
                    fixed = repair(value, errors_of(), relied_on)
                if fixed is None:
                    raise _unproven(endpoint, info, model, payload, response, exc, secrets) from exc
                value, more = fixed
                dropped.update(more)
        else:
            raise _unproven(endpoint, info, model, payload, response, failure, secrets) from failure
        self._attach(result, response)
        entry = self.endpoints.get(id(endpoint))
        if entry is not None and entry.skip == _MISSED and entry.endpoint is endpoint:
            entry.skip = _MISS_SKIP  # the fast path's miss was a success: skip the next ones
        if dropped:
            from .models import attach_lenient_fields

            attach_lenient_fields(result, dropped)
            log_dropped(dropped, secrets)
        return result


def _attach_first(model: BaseModel, response: HttpResponse) -> None:
    from .models import attach_raw_response

    attach_raw_response(model, response)


def _missing_fields(exc: ValueError) -> list[str]:
    """The top-level fields pydantic reports as missing (wire names, as the aliases say)."""
    found: list[str] = []
    for error in getattr(exc, "errors", list)():
        loc = error.get("loc", ())
        if error.get("type") == "missing" and len(loc) == 1:
            found.append(str(loc[0]))
    return found


def _unproven(
    endpoint: Endpoint,
    info: ExchangeInfo,
    model: type[BaseModel],
    payload: object,
    response: HttpResponse,
    exc: ValueError,
    secrets: Iterable[Secret],
) -> errors.UnexpectedResponseError:
    missing = _missing_fields(exc)
    if payload is MISSING:
        reason = (
            f"HTTP {response.status} is a success status but the body carries no payload; "
            f"{model.__name__} needs {', '.join(missing) or 'one'}, so nothing proves that the "
            "call succeeded"
        )
    elif missing:
        reason = (
            f"the payload lacks {', '.join(missing)}, which {model.__name__} requires: nothing "
            "proves that the call succeeded"
        )
    else:
        detail = str(exc)
        if len(detail) > _MESSAGE_LIMIT:
            detail = detail[:_MESSAGE_LIMIT] + "..."
        reason = f"payload does not match {model.__name__}: {detail}"
    return unexpected(response, info, endpoint, reason, secrets)


PARSERS = ResponseParsers()
"""The one instance the clients use."""
