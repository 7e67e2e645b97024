# Generated from templates/runtime/exchange_sdk/_runtime/models.py (sha256 b1feb752dd0fb79c866d350f8cda8344f62cf03aa8e57e26e2cb94c2b6969632). Do not edit: run make.
"""Base classes of the generated response models.

The only runtime module that imports pydantic; the client imports it when the first response
is parsed, so ``import exchange_sdk`` and building a client stay free of pydantic's import cost.

Models accept fields they do not know yet (``extra="allow"``: exchanges add fields) and can be
filled by wire name or Python name. The raw HTTP response of the call that produced a model is
reachable as ``model.raw_response`` (status, headers, body, elapsed). It lives in pydantic's
private-attribute storage but is deliberately not declared with ``PrivateAttr``: a declared
private attribute makes pydantic run an extra initialisation step on every validation, which
more than doubles the cost of parsing a small response.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, RootModel

from .transport import HttpResponse

__all__ = ["ResponseModel", "ResponseRootModel", "attach_raw_response"]

T = TypeVar("T")

_RAW = "_raw_response"


def _raw_of(model: BaseModel) -> HttpResponse:
    private = model.__pydantic_private__
    raw = private.get(_RAW) if private else None
    if raw is None:
        raise AttributeError("raw_response is only set on models returned by a client call")
    assert isinstance(raw, HttpResponse)
    return raw


def attach_raw_response(model: BaseModel, response: HttpResponse) -> None:
    """Record the response a model was parsed from (used by the client after validation)."""
    private = model.__pydantic_private__
    if private is None:
        object.__setattr__(model, "__pydantic_private__", {_RAW: response})
    else:
        private[_RAW] = response


class ResponseModel(BaseModel):
    """Base of every generated object response model."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    @property
    def raw_response(self) -> HttpResponse:
        """The HTTP response this model was parsed from: status, headers, body, elapsed."""
        return _raw_of(self)


class ResponseRootModel(RootModel[list[T]], Generic[T]):
    """Base of every generated list response model: iterable, sized and indexable."""

    @property
    def raw_response(self) -> HttpResponse:
        """The HTTP response this model was parsed from: status, headers, body, elapsed."""
        return _raw_of(self)

    def __iter__(self) -> Iterator[T]:  # type: ignore[override]
        return iter(self.root)

    def __len__(self) -> int:
        return len(self.root)

    def __getitem__(self, index: int) -> T:
        return self.root[index]
