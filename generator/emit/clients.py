"""Emit each exchange's package: `exchange_sdk/<id>/__init__.py`, `_spec.py` (the runtime
records of the exchange and of every endpoint) and `_client.py` (sync and async clients)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.emit.base import Rendered, header, render
from generator.ir.docstrings import docstring_text
from generator.ir.types import Exchange, Group

__all__ = ["VARIANTS", "Variant", "render_exchange"]


@dataclass(frozen=True)
class Variant:
    """The sync or async twin of an exchange's client classes."""

    ex: Exchange
    is_async: bool

    @property
    def kind(self) -> str:
        return "async" if self.is_async else "sync"

    @property
    def def_kw(self) -> str:
        return "async def" if self.is_async else "def"

    @property
    def await_kw(self) -> str:
        return "await " if self.is_async else ""

    @property
    def base_class(self) -> str:
        return "AsyncClient" if self.is_async else "SyncClient"

    @property
    def transport_class(self) -> str:
        return "AsyncTransport" if self.is_async else "SyncTransport"

    @property
    def doc_suffix(self) -> str:
        return " (async)" if self.is_async else ""

    @property
    def client_class(self) -> str:
        return self.ex.async_class if self.is_async else self.ex.sync_class

    def group_class(self, g: Group) -> str:
        return g.async_class if self.is_async else g.sync_class


VARIANTS = (False, True)


def _imports(ex: Exchange) -> dict[str, bool]:
    params = [p for op in ex.operations for p in op.params]
    return {
        "collections": any(op.body_array is not None for op in ex.operations),
        "decimal": any(p.cli_type == "decimal" for p in params),
        "re": any(p.pattern for p in params),
    }


def render_exchange(ex: Exchange) -> list[Rendered]:
    head = header(ex.spec_dir, ex.sources_sha256)
    base = f"exchange_sdk/{ex.id}"
    variants = [Variant(ex, is_async) for is_async in VARIANTS]
    names = sorted([ex.sync_class, ex.async_class])
    return [
        Rendered(
            f"{base}/__init__.py",
            render("exchange_init.py.jinja", header=head, ex=ex, names=names),
            True,
        ),
        Rendered(f"{base}/_spec.py", render("exchange_spec.py.jinja", header=head, ex=ex), True),
        Rendered(
            f"{base}/_client.py",
            render(
                "exchange_client.py.jinja",
                header=head,
                ex=ex,
                variants=variants,
                imports=_imports(ex),
                # once per method, for both twins (wrapping is most of the rendering time)
                docstrings={op.const_name: docstring_text(op) for op in ex.operations},
            ),
            True,
        ),
    ]
