# Generated from specs/ through templates/killswitch_specs.py.jinja (sha256 dc2a582a3c1ee26f7711beb5dc14c47551b7fd5998c4b9b9e93dbe226cfbcc51). Do not edit: run make.
"""The kill switch tables, from the specs' `killswitch:` sections, per exchange: the endpoints
that cancel every open order now (CANCEL_ALL), the ones that list the open orders
(OPEN_ORDERS: a panic lists after cancelling to prove nothing is left), the native dead-man's
switches (COUNTDOWNS) and the endpoints that say an account's mode (ACCOUNT_MODES). Keyword
names are the generated methods' Python names; payload fields are wire names; timeouts are in
seconds. Exchanges without a COUNTDOWNS entry for an account's mode have no native switch
(exchange_sdk.killswitch runs a watchdog for them)."""

from __future__ import annotations

from collections.abc import Mapping

from exchange_sdk._runtime.killswitch_spec import (
    AccountModeSpec,
    BatchSpec,
    CancelAllSpec,
    CountdownSpec,
    OpenOrdersSpec,
    Pagination,
)

__all__ = ["ACCOUNT_MODES", "CANCEL_ALL", "COUNTDOWNS", "EXCHANGES", "OPEN_ORDERS"]

EXCHANGES: tuple[str, ...] = (
    "binance",
    "bingx",
    "bitget",
    "bitmex",
    "bybit",
    "gate",
    "htx",
    "kraken",
    "krakenfutures",
    "kucoin",
    "okx",
)
"""Every exchange id in the specs (what `Account.exchange` and a config's `exchange` accept)."""

CANCEL_ALL: Mapping[str, tuple[CancelAllSpec, ...]] = {
    "binance": (
        CancelAllSpec(
            exchange="binance",
            group="spot",
            method="cancel_open_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            market_required=True,
            listed_by="spot.open_orders",
            batch=None,
        ),  # specs/binance/spot/cancel_open_orders.yaml
        CancelAllSpec(
            exchange="binance",
            group="usdm",
            method="cancel_all_open_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            market_required=True,
            listed_by="usdm.open_orders",
            batch=None,
        ),  # specs/binance/usdm/cancel_all_open_orders.yaml
    ),
    "bingx": (
        CancelAllSpec(
            exchange="bingx",
            group="spot",
            method="cancel_open_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            market_required=False,
            listed_by="spot.open_orders",
            batch=None,
        ),  # specs/bingx/spot/cancel_open_orders.yaml
        CancelAllSpec(
            exchange="bingx",
            group="swap",
            method="cancel_all_open_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            market_required=False,
            listed_by="swap.open_orders",
            batch=None,
        ),  # specs/bingx/swap/cancel_all_open_orders.yaml
    ),
    "bitget": (
        CancelAllSpec(
            exchange="bitget",
            group="mix",
            method="cancel_all_orders",
            market_kwarg=None,
            account_kwargs=("product_type",),
            mode=None,
            market_required=False,
            listed_by="mix.pending_orders",
            batch=None,
        ),  # specs/bitget/mix/cancel_all_orders.yaml
        CancelAllSpec(
            exchange="bitget",
            group="spot",
            method="cancel_symbol_order",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            market_required=True,
            listed_by="spot.unfilled_orders",
            batch=None,
        ),  # specs/bitget/spot/cancel_symbol_order.yaml
    ),
    "bitmex": (
        CancelAllSpec(
            exchange="bitmex",
            group="all",
            method="cancel_all_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            market_required=False,
            listed_by=None,
            batch=None,
        ),  # specs/bitmex/all/cancel_all_orders.yaml
    ),
    "bybit": (
        CancelAllSpec(
            exchange="bybit",
            group="order",
            method="cancel_all",
            market_kwarg="symbol",
            account_kwargs=("category", "settle_coin"),
            mode=None,
            market_required=False,
            listed_by="order.open_orders",
            batch=None,
        ),  # specs/bybit/order/cancel_all.yaml
    ),
    "gate": (
        CancelAllSpec(
            exchange="gate",
            group="futures",
            method="cancel_all_orders",
            market_kwarg="contract",
            account_kwargs=("settle",),
            mode=None,
            market_required=True,
            listed_by="futures.list_orders",
            batch=None,
        ),  # specs/gate/futures/cancel_all_orders.yaml
        CancelAllSpec(
            exchange="gate",
            group="spot",
            method="cancel_all_orders",
            market_kwarg="currency_pair",
            account_kwargs=(),
            mode=None,
            market_required=False,
            listed_by="spot.open_orders",
            batch=None,
        ),  # specs/gate/spot/cancel_all_orders.yaml
    ),
    "htx": (
        CancelAllSpec(
            exchange="htx",
            group="futures",
            method="cancel_all_orders",
            market_kwarg="contract_code",
            account_kwargs=(),
            mode="multi-asset",
            market_required=False,
            listed_by=None,
            batch=None,
        ),  # specs/htx/futures/cancel_all_orders.yaml
        CancelAllSpec(
            exchange="htx",
            group="futures",
            method="cross_cancel_all",
            market_kwarg="contract_code",
            account_kwargs=(),
            mode="single-asset",
            market_required=True,
            listed_by="futures.cross_open_orders",
            batch=None,
        ),  # specs/htx/futures/cross_cancel_all.yaml
        CancelAllSpec(
            exchange="htx",
            group="futures",
            method="isolated_cancel_all",
            market_kwarg="contract_code",
            account_kwargs=(),
            mode="single-asset",
            market_required=True,
            listed_by="futures.isolated_open_orders",
            batch=None,
        ),  # specs/htx/futures/isolated_cancel_all.yaml
    ),
    "kraken": (
        CancelAllSpec(
            exchange="kraken",
            group="spot",
            method="cancel_all",
            market_kwarg=None,
            account_kwargs=(),
            mode=None,
            market_required=False,
            listed_by=None,
            batch=None,
        ),  # specs/kraken/spot/cancel_all.yaml
    ),
    "krakenfutures": (
        CancelAllSpec(
            exchange="krakenfutures",
            group="futures",
            method="cancel_all_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            market_required=False,
            listed_by=None,
            batch=None,
        ),  # specs/krakenfutures/futures/cancel_all_orders.yaml
    ),
    "kucoin": (
        CancelAllSpec(
            exchange="kucoin",
            group="spot",
            method="cancel_all_orders",
            market_kwarg=None,
            account_kwargs=(),
            mode=None,
            market_required=False,
            listed_by=None,
            batch=None,
        ),  # specs/kucoin/spot/cancel_all_orders.yaml
    ),
    "okx": (
        CancelAllSpec(
            exchange="okx",
            group="trade",
            method="cancel_batch_orders",
            market_kwarg=None,
            account_kwargs=(),
            mode=None,
            market_required=False,
            listed_by="trade.orders_pending",
            batch=BatchSpec(
                items_kwarg="orders",
                size=20,
                item={"inst_id": "instId", "ord_id": "ordId"},
                per_market=True,
                results_path="[]",
                result_id="ordId",
                result_code="sCode",
                success=("0",),
                result_message="sMsg",
            ),
        ),  # specs/okx/trade/cancel_batch_orders.yaml
    ),
}

OPEN_ORDERS: Mapping[str, tuple[OpenOrdersSpec, ...]] = {
    "binance": (
        OpenOrdersSpec(
            exchange="binance",
            group="spot",
            method="open_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            orders_path="[]",
            order_id="orderId",
            order_market="symbol",
            pagination=None,
        ),  # specs/binance/spot/open_orders.yaml
        OpenOrdersSpec(
            exchange="binance",
            group="usdm",
            method="open_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            orders_path="[]",
            order_id="orderId",
            order_market="symbol",
            pagination=None,
        ),  # specs/binance/usdm/open_orders.yaml
    ),
    "bingx": (
        OpenOrdersSpec(
            exchange="bingx",
            group="spot",
            method="open_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            orders_path="orders[]",
            order_id="orderId",
            order_market="symbol",
            pagination=None,
        ),  # specs/bingx/spot/open_orders.yaml
        OpenOrdersSpec(
            exchange="bingx",
            group="swap",
            method="open_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            orders_path="orders[]",
            order_id="orderId",
            order_market="symbol",
            pagination=None,
        ),  # specs/bingx/swap/open_orders.yaml
    ),
    "bitget": (
        OpenOrdersSpec(
            exchange="bitget",
            group="mix",
            method="pending_orders",
            market_kwarg="symbol",
            account_kwargs=("product_type",),
            mode=None,
            orders_path="entrustedList[]",
            order_id="orderId",
            order_market="symbol",
            pagination=Pagination(
                style="cursor",
                param="id_less_than",
                next_field="endId",
                next_from_order=None,
                start=0,
                total_pages=None,
                size_param="limit",
                size=100,
                fixed={},
                param_is_int=False,
            ),
        ),  # specs/bitget/mix/pending_orders.yaml
        OpenOrdersSpec(
            exchange="bitget",
            group="spot",
            method="unfilled_orders",
            market_kwarg="symbol",
            account_kwargs=(),
            mode=None,
            orders_path="[]",
            order_id="orderId",
            order_market="symbol",
            pagination=Pagination(
                style="cursor",
                param="id_less_than",
                next_field=None,
                next_from_order="orderId",
                start=0,
                total_pages=None,
                size_param="limit",
                size=100,
                fixed={},
                param_is_int=False,
            ),
        ),  # specs/bitget/spot/unfilled_orders.yaml
    ),
    "bybit": (
        OpenOrdersSpec(
            exchange="bybit",
            group="order",
            method="open_orders",
            market_kwarg="symbol",
            account_kwargs=("category", "settle_coin"),
            mode=None,
            orders_path="list[]",
            order_id="orderId",
            order_market="symbol",
            pagination=Pagination(
                style="cursor",
                param="cursor",
                next_field="nextPageCursor",
                next_from_order=None,
                start=0,
                total_pages=None,
                size_param="limit",
                size=50,
                fixed={},
                param_is_int=False,
            ),
        ),  # specs/bybit/order/open_orders.yaml
    ),
    "gate": (
        OpenOrdersSpec(
            exchange="gate",
            group="futures",
            method="list_orders",
            market_kwarg="contract",
            account_kwargs=("settle",),
            mode=None,
            orders_path="[]",
            order_id="id",
            order_market="contract",
            pagination=Pagination(
                style="cursor",
                param="last_id",
                next_field=None,
                next_from_order="id",
                start=0,
                total_pages=None,
                size_param="limit",
                size=1000,
                fixed={"status": "open"},
                param_is_int=False,
            ),
        ),  # specs/gate/futures/list_orders.yaml
        OpenOrdersSpec(
            exchange="gate",
            group="spot",
            method="open_orders",
            market_kwarg=None,
            account_kwargs=(),
            mode=None,
            orders_path="[].orders[]",
            order_id="id",
            order_market="currency_pair",
            pagination=Pagination(
                style="page",
                param="page",
                next_field=None,
                next_from_order=None,
                start=1,
                total_pages=None,
                size_param="limit",
                size=100,
                fixed={},
                param_is_int=True,
            ),
        ),  # specs/gate/spot/open_orders.yaml
    ),
    "htx": (
        OpenOrdersSpec(
            exchange="htx",
            group="futures",
            method="cross_open_orders",
            market_kwarg="contract_code",
            account_kwargs=(),
            mode="single-asset",
            orders_path="orders[]",
            order_id="order_id_str",
            order_market="contract_code",
            pagination=Pagination(
                style="page",
                param="page_index",
                next_field=None,
                next_from_order=None,
                start=1,
                total_pages="total_page",
                size_param="page_size",
                size=50,
                fixed={},
                param_is_int=True,
            ),
        ),  # specs/htx/futures/cross_open_orders.yaml
        OpenOrdersSpec(
            exchange="htx",
            group="futures",
            method="isolated_open_orders",
            market_kwarg="contract_code",
            account_kwargs=(),
            mode="single-asset",
            orders_path="orders[]",
            order_id="order_id_str",
            order_market="contract_code",
            pagination=Pagination(
                style="page",
                param="page_index",
                next_field=None,
                next_from_order=None,
                start=1,
                total_pages="total_page",
                size_param="page_size",
                size=50,
                fixed={},
                param_is_int=True,
            ),
        ),  # specs/htx/futures/isolated_open_orders.yaml
        OpenOrdersSpec(
            exchange="htx",
            group="futures",
            method="open_orders",
            market_kwarg="contract_code",
            account_kwargs=(),
            mode="multi-asset",
            orders_path="[]",
            order_id="order_id",
            order_market="contract_code",
            pagination=Pagination(
                style="cursor",
                param="from_id",
                next_field=None,
                next_from_order="id",
                start=0,
                total_pages=None,
                size_param="limit",
                size=100,
                fixed={"direct": "next"},
                param_is_int=True,
            ),
        ),  # specs/htx/futures/open_orders.yaml
    ),
    "kraken": (
        OpenOrdersSpec(
            exchange="kraken",
            group="spot",
            method="open_orders",
            market_kwarg=None,
            account_kwargs=(),
            mode=None,
            orders_path="open{}",
            order_id="@key",
            order_market="descr.pair",
            pagination=None,
        ),  # specs/kraken/spot/open_orders.yaml
    ),
    "krakenfutures": (
        OpenOrdersSpec(
            exchange="krakenfutures",
            group="futures",
            method="open_orders",
            market_kwarg=None,
            account_kwargs=(),
            mode=None,
            orders_path="openOrders[]",
            order_id="order_id",
            order_market="symbol",
            pagination=None,
        ),  # specs/krakenfutures/futures/open_orders.yaml
    ),
    "okx": (
        OpenOrdersSpec(
            exchange="okx",
            group="trade",
            method="orders_pending",
            market_kwarg="inst_id",
            account_kwargs=(),
            mode=None,
            orders_path="[]",
            order_id="ordId",
            order_market="instId",
            pagination=Pagination(
                style="cursor",
                param="after",
                next_field=None,
                next_from_order="ordId",
                start=0,
                total_pages=None,
                size_param="limit",
                size=100,
                fixed={},
                param_is_int=False,
            ),
        ),  # specs/okx/trade/orders_pending.yaml
    ),
}

COUNTDOWNS: Mapping[str, tuple[CountdownSpec, ...]] = {
    "binance": (
        CountdownSpec(
            exchange="binance",
            group="usdm",
            method="countdown_cancel_all",
            timeout_kwarg="countdown_time",
            unit="ms",
            min_timeout=0.001,
            max_timeout=9223372036854776.0,
            arm={},
            disarm={"countdown_time": 0},
            market_kwarg="symbol",
            mode=None,
            armed_when={},
            trigger_field=None,
            trigger_unit=None,
            market_required=True,
            account_kwargs=(),
        ),  # specs/binance/usdm/countdown_cancel_all.yaml
    ),
    "bingx": (
        CountdownSpec(
            exchange="bingx",
            group="spot",
            method="cancel_all_after",
            timeout_kwarg="time_out",
            unit="s",
            min_timeout=10.0,
            max_timeout=120.0,
            arm={"type": "ACTIVATE"},
            disarm={"type": "CLOSE", "time_out": 10},
            market_kwarg=None,
            mode=None,
            armed_when={"status": "ACTIVATED"},
            trigger_field="triggerTime",
            trigger_unit="s",
            market_required=False,
            account_kwargs=(),
        ),  # specs/bingx/spot/cancel_all_after.yaml
        CountdownSpec(
            exchange="bingx",
            group="swap",
            method="cancel_all_after",
            timeout_kwarg="time_out",
            unit="s",
            min_timeout=10.0,
            max_timeout=120.0,
            arm={"type": "ACTIVATE"},
            disarm={"type": "CLOSE", "time_out": 10},
            market_kwarg=None,
            mode=None,
            armed_when={"status": "ACTIVATED"},
            trigger_field="triggerTime",
            trigger_unit="s",
            market_required=False,
            account_kwargs=(),
        ),  # specs/bingx/swap/cancel_all_after.yaml
    ),
    "bitmex": (
        CountdownSpec(
            exchange="bitmex",
            group="all",
            method="cancel_all_after",
            timeout_kwarg="timeout",
            unit="ms",
            min_timeout=0.001,
            max_timeout=9223372036854776.0,
            arm={},
            disarm={"timeout": 0},
            market_kwarg=None,
            mode=None,
            armed_when={},
            trigger_field=None,
            trigger_unit=None,
            market_required=False,
            account_kwargs=(),
        ),  # specs/bitmex/all/cancel_all_after.yaml
    ),
    "gate": (
        CountdownSpec(
            exchange="gate",
            group="futures",
            method="countdown_cancel_all",
            timeout_kwarg="timeout",
            unit="s",
            min_timeout=5.0,
            max_timeout=2147483647.0,
            arm={},
            disarm={"timeout": 0},
            market_kwarg="contract",
            mode=None,
            armed_when={},
            trigger_field=None,
            trigger_unit=None,
            market_required=False,
            account_kwargs=("settle",),
        ),  # specs/gate/futures/countdown_cancel_all.yaml
        CountdownSpec(
            exchange="gate",
            group="spot",
            method="countdown_cancel_all",
            timeout_kwarg="timeout",
            unit="s",
            min_timeout=5.0,
            max_timeout=2147483647.0,
            arm={},
            disarm={"timeout": 0},
            market_kwarg="currency_pair",
            mode=None,
            armed_when={},
            trigger_field="triggerTime",
            trigger_unit="ms",
            market_required=False,
            account_kwargs=(),
        ),  # specs/gate/spot/countdown_cancel_all.yaml
    ),
    "htx": (
        CountdownSpec(
            exchange="htx",
            group="futures",
            method="cancel_after",
            timeout_kwarg="time_out",
            unit="ms",
            min_timeout=5.0,
            max_timeout=None,
            arm={"on_off": 1},
            disarm={"on_off": 0},
            market_kwarg=None,
            mode="single-asset",
            armed_when={},
            trigger_field="trigger_time",
            trigger_unit="ms",
            market_required=False,
            account_kwargs=(),
        ),  # specs/htx/futures/cancel_after.yaml
    ),
    "kraken": (
        CountdownSpec(
            exchange="kraken",
            group="spot",
            method="cancel_all_orders_after",
            timeout_kwarg="timeout",
            unit="s",
            min_timeout=1.0,
            max_timeout=None,
            arm={},
            disarm={"timeout": 0},
            market_kwarg=None,
            mode=None,
            armed_when={},
            trigger_field=None,
            trigger_unit=None,
            market_required=False,
            account_kwargs=(),
        ),  # specs/kraken/spot/cancel_all_orders_after.yaml
    ),
    "krakenfutures": (
        CountdownSpec(
            exchange="krakenfutures",
            group="futures",
            method="cancel_all_orders_after",
            timeout_kwarg="timeout",
            unit="s",
            min_timeout=1.0,
            max_timeout=4294967295.0,
            arm={},
            disarm={"timeout": 0},
            market_kwarg=None,
            mode=None,
            armed_when={},
            trigger_field=None,
            trigger_unit=None,
            market_required=False,
            account_kwargs=(),
        ),  # specs/krakenfutures/futures/cancel_all_orders_after.yaml
    ),
    "kucoin": (
        CountdownSpec(
            exchange="kucoin",
            group="spot",
            method="set_dcp",
            timeout_kwarg="timeout",
            unit="s",
            min_timeout=5.0,
            max_timeout=86400.0,
            arm={},
            disarm={"timeout": -1},
            market_kwarg=None,
            mode=None,
            armed_when={},
            trigger_field="triggerTime",
            trigger_unit="s",
            market_required=False,
            account_kwargs=(),
        ),  # specs/kucoin/spot/set_dcp.yaml
    ),
    "okx": (
        CountdownSpec(
            exchange="okx",
            group="trade",
            method="cancel_all_after",
            timeout_kwarg="time_out",
            unit="s",
            min_timeout=10.0,
            max_timeout=120.0,
            arm={},
            disarm={"time_out": 0},
            market_kwarg=None,
            mode=None,
            armed_when={},
            trigger_field=None,
            trigger_unit=None,
            market_required=False,
            account_kwargs=(),
        ),  # specs/okx/trade/cancel_all_after.yaml
    ),
}

ACCOUNT_MODES: Mapping[str, tuple[AccountModeSpec, ...]] = {
    "htx": (
        AccountModeSpec(
            exchange="htx",
            group="futures",
            method="asset_mode",
            field="assets_mode",
            modes={"0": "single-asset", "1": "multi-asset"},
        ),  # specs/htx/futures/asset_mode.yaml
    ),
}
