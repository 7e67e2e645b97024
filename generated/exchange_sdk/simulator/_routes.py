# Generated from specs/ through templates/simulator/routes.py.jinja (sha256 6c32433dc833c36f5eed9e1c270fda44f49d23de1b280e6079bfcb41c89b49ad). Do not edit: run make.
"""The simulator's routes, generated from the specs: one per endpoint, each with a function that
reads every wire parameter where the spec places it, checks its type, presence, enum, range
and pattern, and returns the typed parameters or the exchange's own error."""

from __future__ import annotations

from ._wire import (
    MISSING,
    ErrorInfo,
    ExchangeWire,
    RateRule,
    Reject,
    Route,
    ServerTimeSpec,
    WireRequest,
    as_bool,
    as_int,
    as_json_int,
    as_str,
    fullmatch,
)

__all__ = ["EXCHANGES", "ROUTES"]

_PARAM_STATUS = 400


def parse_binance_spot_cancel_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /api/v3/openOrders (specs/binance/spot/cancel_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form"))
    if raw is MISSING:
        return Reject(
            "-1102",
            "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
            _PARAM_STATUS,
        )
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'symbol'; legal range is 'must be a string'.",
                _PARAM_STATUS,
            )
        params["symbol"] = v_symbol
    raw = request.param("recvWindow", ("query", "form"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be an integer'.",
                _PARAM_STATUS,
            )
        if v_recv_window < 0 or v_recv_window > 60000:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be 0 <= recvWindow <= 60000'.",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_binance_spot_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v3/openOrders (specs/binance/spot/open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form"))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'symbol'; legal range is 'must be a string'.",
                _PARAM_STATUS,
            )
        params["symbol"] = v_symbol
    raw = request.param("recvWindow", ("query", "form"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be an integer'.",
                _PARAM_STATUS,
            )
        if v_recv_window < 0 or v_recv_window > 60000:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be 0 <= recvWindow <= 60000'.",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_binance_usdm_cancel_all_algo_open_orders(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """DELETE /fapi/v1/algoOpenOrders (specs/binance/usdm/cancel_all_algo_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form"))
    if raw is MISSING:
        return Reject(
            "-1102",
            "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
            _PARAM_STATUS,
        )
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'symbol'; legal range is 'must be a string'.",
                _PARAM_STATUS,
            )
        params["symbol"] = v_symbol
    raw = request.param("recvWindow", ("query", "form"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be an integer'.",
                _PARAM_STATUS,
            )
        if v_recv_window < -9223372036854775808 or v_recv_window > 9223372036854775807:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be -9223372036854775808 <= recvWindow <= 9223372036854775807'.",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_binance_usdm_cancel_all_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /fapi/v1/allOpenOrders (specs/binance/usdm/cancel_all_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form"))
    if raw is MISSING:
        return Reject(
            "-1102",
            "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
            _PARAM_STATUS,
        )
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'symbol'; legal range is 'must be a string'.",
                _PARAM_STATUS,
            )
        params["symbol"] = v_symbol
    raw = request.param("recvWindow", ("query", "form"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be an integer'.",
                _PARAM_STATUS,
            )
        if v_recv_window < -9223372036854775808 or v_recv_window > 9223372036854775807:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be -9223372036854775808 <= recvWindow <= 9223372036854775807'.",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_binance_usdm_countdown_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /fapi/v1/countdownCancelAll (specs/binance/usdm/countdown_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form"))
    if raw is MISSING:
        return Reject(
            "-1102",
            "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
            _PARAM_STATUS,
        )
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'symbol'; legal range is 'must be a string'.",
                _PARAM_STATUS,
            )
        params["symbol"] = v_symbol
    raw = request.param("countdownTime", ("query", "form"))
    if raw is MISSING:
        return Reject(
            "-1102",
            "Mandatory parameter 'countdownTime' was not sent, was empty/null, or malformed.",
            _PARAM_STATUS,
        )
    if raw is not MISSING:
        v_countdown_time = as_int(raw)
        if v_countdown_time is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'countdownTime'; legal range is 'must be an integer'.",
                _PARAM_STATUS,
            )
        if v_countdown_time not in (0,) and (
            v_countdown_time < 1 or v_countdown_time > 9223372036854775807
        ):
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'countdownTime'; legal range is 'must be 1 <= countdownTime <= 9223372036854775807, or 0 (0 to cancel the timer)'.",
                _PARAM_STATUS,
            )
        params["countdownTime"] = v_countdown_time
    raw = request.param("recvWindow", ("query", "form"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be an integer'.",
                _PARAM_STATUS,
            )
        if v_recv_window < -9223372036854775808 or v_recv_window > 9223372036854775807:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be -9223372036854775808 <= recvWindow <= 9223372036854775807'.",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_binance_usdm_open_algo_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /fapi/v1/openAlgoOrders (specs/binance/usdm/open_algo_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("algoType", ("query", "form"))
    if raw is not MISSING:
        v_algo_type = as_str(raw)
        if v_algo_type is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'algoType'; legal range is 'must be a string'.",
                _PARAM_STATUS,
            )
        params["algoType"] = v_algo_type
    raw = request.param("symbol", ("query", "form"))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'symbol'; legal range is 'must be a string'.",
                _PARAM_STATUS,
            )
        params["symbol"] = v_symbol
    raw = request.param("algoId", ("query", "form"))
    if raw is not MISSING:
        v_algo_id = as_int(raw)
        if v_algo_id is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'algoId'; legal range is 'must be an integer'.",
                _PARAM_STATUS,
            )
        if v_algo_id < -9223372036854775808 or v_algo_id > 9223372036854775807:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'algoId'; legal range is 'must be -9223372036854775808 <= algoId <= 9223372036854775807'.",
                _PARAM_STATUS,
            )
        params["algoId"] = v_algo_id
    raw = request.param("recvWindow", ("query", "form"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be an integer'.",
                _PARAM_STATUS,
            )
        if v_recv_window < -9223372036854775808 or v_recv_window > 9223372036854775807:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be -9223372036854775808 <= recvWindow <= 9223372036854775807'.",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_binance_usdm_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /fapi/v1/openOrders (specs/binance/usdm/open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form"))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'symbol'; legal range is 'must be a string'.",
                _PARAM_STATUS,
            )
        params["symbol"] = v_symbol
    raw = request.param("recvWindow", ("query", "form"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be an integer'.",
                _PARAM_STATUS,
            )
        if v_recv_window < -9223372036854775808 or v_recv_window > 9223372036854775807:
            return Reject(
                "-1100",
                "Illegal characters found in parameter 'recvWindow'; legal range is 'must be -9223372036854775808 <= recvWindow <= 9223372036854775807'.",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_bingx_spot_cancel_all_after(request: WireRequest) -> dict[str, object] | Reject:
    """POST /openApi/spot/v1/trade/cancelAllAfter (specs/bingx/spot/cancel_all_after.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("type", ("query", "form", "json"))
    if raw is MISSING:
        return Reject("100400", "type: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_type = as_str(raw)
        if v_type is None:
            return Reject("100400", "type: must be a string", _PARAM_STATUS)
        if v_type not in ("ACTIVATE", "CLOSE"):
            return Reject("100400", "type: must be one of 'ACTIVATE', 'CLOSE'", _PARAM_STATUS)
        params["type"] = v_type
    raw = request.param("timeOut", ("query", "form", "json"))
    if raw is MISSING:
        return Reject("100400", "timeOut: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_time_out = as_int(raw)
        if v_time_out is None:
            return Reject("100400", "timeOut: must be an integer", _PARAM_STATUS)
        if v_time_out < 10 or v_time_out > 120:
            return Reject("100400", "timeOut: must be 10 <= timeOut <= 120", _PARAM_STATUS)
        params["timeOut"] = v_time_out
    return params


def parse_bingx_spot_cancel_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /openApi/spot/v1/trade/cancelOpenOrders (specs/bingx/spot/cancel_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form", "json"))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("100400", "symbol: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Z0-9]+-[A-Z0-9]+", v_symbol):
            return Reject("100400", "symbol: must match [A-Z0-9]+-[A-Z0-9]+", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("recvWindow", ("query", "form", "json"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject("100400", "recvWindow: must be an integer", _PARAM_STATUS)
        if v_recv_window < -9223372036854775808 or v_recv_window > 9223372036854775807:
            return Reject(
                "100400",
                "recvWindow: must be -9223372036854775808 <= recvWindow <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_bingx_spot_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /openApi/spot/v1/trade/openOrders (specs/bingx/spot/open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form", "json"))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("100400", "symbol: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Z0-9]+-[A-Z0-9]+", v_symbol):
            return Reject("100400", "symbol: must match [A-Z0-9]+-[A-Z0-9]+", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("recvWindow", ("query", "form", "json"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject("100400", "recvWindow: must be an integer", _PARAM_STATUS)
        if v_recv_window < -9223372036854775808 or v_recv_window > 9223372036854775807:
            return Reject(
                "100400",
                "recvWindow: must be -9223372036854775808 <= recvWindow <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_bingx_swap_cancel_all_after(request: WireRequest) -> dict[str, object] | Reject:
    """POST /openApi/swap/v2/trade/cancelAllAfter (specs/bingx/swap/cancel_all_after.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("type", ("query", "form", "json"))
    if raw is MISSING:
        return Reject("100400", "type: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_type = as_str(raw)
        if v_type is None:
            return Reject("100400", "type: must be a string", _PARAM_STATUS)
        if v_type not in ("ACTIVATE", "CLOSE"):
            return Reject("100400", "type: must be one of 'ACTIVATE', 'CLOSE'", _PARAM_STATUS)
        params["type"] = v_type
    raw = request.param("timeOut", ("query", "form", "json"))
    if raw is MISSING:
        return Reject("100400", "timeOut: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_time_out = as_int(raw)
        if v_time_out is None:
            return Reject("100400", "timeOut: must be an integer", _PARAM_STATUS)
        if v_time_out < 10 or v_time_out > 120:
            return Reject("100400", "timeOut: must be 10 <= timeOut <= 120", _PARAM_STATUS)
        params["timeOut"] = v_time_out
    return params


def parse_bingx_swap_cancel_all_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /openApi/swap/v2/trade/allOpenOrders (specs/bingx/swap/cancel_all_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form", "json"))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("100400", "symbol: must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("type", ("query", "form", "json"))
    if raw is not MISSING:
        v_type = as_str(raw)
        if v_type is None:
            return Reject("100400", "type: must be a string", _PARAM_STATUS)
        if v_type not in (
            "LIMIT",
            "MARKET",
            "STOP_MARKET",
            "TAKE_PROFIT_MARKET",
            "STOP",
            "TAKE_PROFIT",
            "TRIGGER_LIMIT",
            "TRIGGER_MARKET",
            "TRAILING_STOP_MARKET",
            "TRAILING_TP_SL",
        ):
            return Reject(
                "100400",
                "type: must be one of 'LIMIT', 'MARKET', 'STOP_MARKET', 'TAKE_PROFIT_MARKET', 'STOP', 'TAKE_PROFIT', 'TRIGGER_LIMIT', 'TRIGGER_MARKET', 'TRAILING_STOP_MARKET', 'TRAILING_TP_SL'",
                _PARAM_STATUS,
            )
        params["type"] = v_type
    raw = request.param("recvWindow", ("query", "form", "json"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject("100400", "recvWindow: must be an integer", _PARAM_STATUS)
        if v_recv_window < -9223372036854775808 or v_recv_window > 9223372036854775807:
            return Reject(
                "100400",
                "recvWindow: must be -9223372036854775808 <= recvWindow <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_bingx_swap_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /openApi/swap/v2/trade/openOrders (specs/bingx/swap/open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form", "json"))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("100400", "symbol: must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("type", ("query", "form", "json"))
    if raw is not MISSING:
        v_type = as_str(raw)
        if v_type is None:
            return Reject("100400", "type: must be a string", _PARAM_STATUS)
        if v_type not in (
            "LIMIT",
            "MARKET",
            "STOP_MARKET",
            "TAKE_PROFIT_MARKET",
            "STOP",
            "TAKE_PROFIT",
            "TRIGGER_LIMIT",
            "TRIGGER_MARKET",
            "TRAILING_STOP_MARKET",
            "TRAILING_TP_SL",
        ):
            return Reject(
                "100400",
                "type: must be one of 'LIMIT', 'MARKET', 'STOP_MARKET', 'TAKE_PROFIT_MARKET', 'STOP', 'TAKE_PROFIT', 'TRIGGER_LIMIT', 'TRIGGER_MARKET', 'TRAILING_STOP_MARKET', 'TRAILING_TP_SL'",
                _PARAM_STATUS,
            )
        params["type"] = v_type
    raw = request.param("recvWindow", ("query", "form", "json"))
    if raw is not MISSING:
        v_recv_window = as_int(raw)
        if v_recv_window is None:
            return Reject("100400", "recvWindow: must be an integer", _PARAM_STATUS)
        if v_recv_window < -9223372036854775808 or v_recv_window > 9223372036854775807:
            return Reject(
                "100400",
                "recvWindow: must be -9223372036854775808 <= recvWindow <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["recvWindow"] = v_recv_window
    return params


def parse_bitget_mix_cancel_all_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /api/v2/mix/order/cancel-all-orders (specs/bitget/mix/cancel_all_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("productType", ("json",))
    if raw is MISSING:
        return Reject("40017", "productType: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_product_type = as_str(raw)
        if v_product_type is None:
            return Reject("40017", "productType: must be a string", _PARAM_STATUS)
        if v_product_type not in (
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ):
            return Reject(
                "40017",
                "productType: must be one of 'USDT-FUTURES', 'COIN-FUTURES', 'USDC-FUTURES', 'SUSDT-FUTURES', 'SCOIN-FUTURES', 'SUSDC-FUTURES'",
                _PARAM_STATUS,
            )
        params["productType"] = v_product_type
    raw = request.param("marginCoin", ("json",))
    if raw is not MISSING:
        v_margin_coin = as_str(raw)
        if v_margin_coin is None:
            return Reject("40017", "marginCoin: must be a string", _PARAM_STATUS)
        if not fullmatch("[^a-z]+", v_margin_coin):
            return Reject("40017", "marginCoin: must match [^a-z]+", _PARAM_STATUS)
        params["marginCoin"] = v_margin_coin
    raw = request.param("requestTime", ("json",))
    if raw is not MISSING:
        v_request_time = as_int(raw)
        if v_request_time is None:
            return Reject("40017", "requestTime: must be an integer", _PARAM_STATUS)
        if v_request_time < -9223372036854775808 or v_request_time > 9223372036854775807:
            return Reject(
                "40017",
                "requestTime: must be -9223372036854775808 <= requestTime <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["requestTime"] = v_request_time
    raw = request.param("receiveWindow", ("json",))
    if raw is not MISSING:
        v_receive_window = as_int(raw)
        if v_receive_window is None:
            return Reject("40017", "receiveWindow: must be an integer", _PARAM_STATUS)
        if v_receive_window < -9223372036854775808 or v_receive_window >= 60000:
            return Reject(
                "40079",
                "receiveWindow: must be -9223372036854775808 <= receiveWindow < 60000",
                _PARAM_STATUS,
            )
        params["receiveWindow"] = v_receive_window
    return params


def parse_bitget_mix_pending_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v2/mix/order/orders-pending (specs/bitget/mix/pending_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("productType", ("query",))
    if raw is MISSING:
        return Reject("40017", "productType: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_product_type = as_str(raw)
        if v_product_type is None:
            return Reject("40017", "productType: must be a string", _PARAM_STATUS)
        if v_product_type not in (
            "USDT-FUTURES",
            "COIN-FUTURES",
            "USDC-FUTURES",
            "SUSDT-FUTURES",
            "SCOIN-FUTURES",
            "SUSDC-FUTURES",
        ):
            return Reject(
                "40017",
                "productType: must be one of 'USDT-FUTURES', 'COIN-FUTURES', 'USDC-FUTURES', 'SUSDT-FUTURES', 'SCOIN-FUTURES', 'SUSDC-FUTURES'",
                _PARAM_STATUS,
            )
        params["productType"] = v_product_type
    raw = request.param("symbol", ("query",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("40017", "symbol: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+", v_symbol):
            return Reject("40017", "symbol: must match [A-Za-z0-9]+", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("orderId", ("query",))
    if raw is not MISSING:
        v_order_id = as_str(raw)
        if v_order_id is None:
            return Reject("40017", "orderId: must be a string", _PARAM_STATUS)
        params["orderId"] = v_order_id
    raw = request.param("clientOid", ("query",))
    if raw is not MISSING:
        v_client_oid = as_str(raw)
        if v_client_oid is None:
            return Reject("40017", "clientOid: must be a string", _PARAM_STATUS)
        params["clientOid"] = v_client_oid
    raw = request.param("status", ("query",))
    if raw is not MISSING:
        v_status = as_str(raw)
        if v_status is None:
            return Reject("40017", "status: must be a string", _PARAM_STATUS)
        if v_status not in ("live", "partially_filled"):
            return Reject(
                "40017", "status: must be one of 'live', 'partially_filled'", _PARAM_STATUS
            )
        params["status"] = v_status
    raw = request.param("idLessThan", ("query",))
    if raw is not MISSING:
        v_id_less_than = as_str(raw)
        if v_id_less_than is None:
            return Reject("40017", "idLessThan: must be a string", _PARAM_STATUS)
        params["idLessThan"] = v_id_less_than
    raw = request.param("startTime", ("query",))
    if raw is not MISSING:
        v_start_time = as_int(raw)
        if v_start_time is None:
            return Reject("40017", "startTime: must be an integer", _PARAM_STATUS)
        if v_start_time < -9223372036854775808 or v_start_time > 9223372036854775807:
            return Reject(
                "40017",
                "startTime: must be -9223372036854775808 <= startTime <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["startTime"] = v_start_time
    raw = request.param("endTime", ("query",))
    if raw is not MISSING:
        v_end_time = as_int(raw)
        if v_end_time is None:
            return Reject("40017", "endTime: must be an integer", _PARAM_STATUS)
        if v_end_time < -9223372036854775808 or v_end_time > 9223372036854775807:
            return Reject(
                "40017",
                "endTime: must be -9223372036854775808 <= endTime <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["endTime"] = v_end_time
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject("40017", "limit: must be an integer", _PARAM_STATUS)
        if v_limit < 1 or v_limit > 100:
            return Reject("40017", "limit: must be 1 <= limit <= 100", _PARAM_STATUS)
        params["limit"] = v_limit
    return params


def parse_bitget_spot_cancel_symbol_order(request: WireRequest) -> dict[str, object] | Reject:
    """POST /api/v2/spot/trade/cancel-symbol-order (specs/bitget/spot/cancel_symbol_order.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("json",))
    if raw is MISSING:
        return Reject("40017", "symbol: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("40017", "symbol: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+", v_symbol):
            return Reject("40017", "symbol: must match [A-Za-z0-9]+", _PARAM_STATUS)
        params["symbol"] = v_symbol
    return params


def parse_bitget_spot_unfilled_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v2/spot/trade/unfilled-orders (specs/bitget/spot/unfilled_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("40017", "symbol: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+", v_symbol):
            return Reject("40017", "symbol: must match [A-Za-z0-9]+", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("startTime", ("query",))
    if raw is not MISSING:
        v_start_time = as_int(raw)
        if v_start_time is None:
            return Reject("40017", "startTime: must be an integer", _PARAM_STATUS)
        if v_start_time < -9223372036854775808 or v_start_time > 9223372036854775807:
            return Reject(
                "40017",
                "startTime: must be -9223372036854775808 <= startTime <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["startTime"] = v_start_time
    raw = request.param("endTime", ("query",))
    if raw is not MISSING:
        v_end_time = as_int(raw)
        if v_end_time is None:
            return Reject("40017", "endTime: must be an integer", _PARAM_STATUS)
        if v_end_time < -9223372036854775808 or v_end_time > 9223372036854775807:
            return Reject(
                "40017",
                "endTime: must be -9223372036854775808 <= endTime <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["endTime"] = v_end_time
    raw = request.param("idLessThan", ("query",))
    if raw is not MISSING:
        v_id_less_than = as_str(raw)
        if v_id_less_than is None:
            return Reject("40017", "idLessThan: must be a string", _PARAM_STATUS)
        params["idLessThan"] = v_id_less_than
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject("40017", "limit: must be an integer", _PARAM_STATUS)
        if v_limit < 1 or v_limit > 100:
            return Reject("40017", "limit: must be 1 <= limit <= 100", _PARAM_STATUS)
        params["limit"] = v_limit
    raw = request.param("orderId", ("query",))
    if raw is not MISSING:
        v_order_id = as_str(raw)
        if v_order_id is None:
            return Reject("40017", "orderId: must be a string", _PARAM_STATUS)
        params["orderId"] = v_order_id
    raw = request.param("tpslType", ("query",))
    if raw is not MISSING:
        v_tpsl_type = as_str(raw)
        if v_tpsl_type is None:
            return Reject("40017", "tpslType: must be a string", _PARAM_STATUS)
        if v_tpsl_type not in ("normal", "tpsl"):
            return Reject("40017", "tpslType: must be one of 'normal', 'tpsl'", _PARAM_STATUS)
        params["tpslType"] = v_tpsl_type
    raw = request.param("requestTime", ("query",))
    if raw is not MISSING:
        v_request_time = as_int(raw)
        if v_request_time is None:
            return Reject("40017", "requestTime: must be an integer", _PARAM_STATUS)
        if v_request_time < -9223372036854775808 or v_request_time > 9223372036854775807:
            return Reject(
                "40017",
                "requestTime: must be -9223372036854775808 <= requestTime <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["requestTime"] = v_request_time
    raw = request.param("receiveWindow", ("query",))
    if raw is not MISSING:
        v_receive_window = as_int(raw)
        if v_receive_window is None:
            return Reject("40017", "receiveWindow: must be an integer", _PARAM_STATUS)
        if v_receive_window < -9223372036854775808 or v_receive_window >= 60000:
            return Reject(
                "40079",
                "receiveWindow: must be -9223372036854775808 <= receiveWindow < 60000",
                _PARAM_STATUS,
            )
        params["receiveWindow"] = v_receive_window
    return params


def parse_bitget_spot_plan_batch_cancel_plan_order(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """POST /api/v2/spot/trade/batch-cancel-plan-order (specs/bitget/spot_plan/batch_cancel_plan_order.yaml)."""
    params: dict[str, object] = {}
    return params


def parse_bitget_spot_plan_current_plan_order(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v2/spot/trade/current-plan-order (specs/bitget/spot_plan/current_plan_order.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("40017", "symbol: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+", v_symbol):
            return Reject("40017", "symbol: must match [A-Za-z0-9]+", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject("40017", "limit: must be an integer", _PARAM_STATUS)
        if v_limit > 100:
            return Reject("40017", "limit: must be limit <= 100", _PARAM_STATUS)
        params["limit"] = v_limit
    raw = request.param("idLessThan", ("query",))
    if raw is not MISSING:
        v_id_less_than = as_str(raw)
        if v_id_less_than is None:
            return Reject("40017", "idLessThan: must be a string", _PARAM_STATUS)
        params["idLessThan"] = v_id_less_than
    raw = request.param("startTime", ("query",))
    if raw is not MISSING:
        v_start_time = as_int(raw)
        if v_start_time is None:
            return Reject("40017", "startTime: must be an integer", _PARAM_STATUS)
        if v_start_time < -9223372036854775808 or v_start_time > 9223372036854775807:
            return Reject(
                "40017",
                "startTime: must be -9223372036854775808 <= startTime <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["startTime"] = v_start_time
    raw = request.param("endTime", ("query",))
    if raw is not MISSING:
        v_end_time = as_int(raw)
        if v_end_time is None:
            return Reject("40017", "endTime: must be an integer", _PARAM_STATUS)
        if v_end_time < -9223372036854775808 or v_end_time > 9223372036854775807:
            return Reject(
                "40017",
                "endTime: must be -9223372036854775808 <= endTime <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["endTime"] = v_end_time
    return params


def parse_bitmex_all_cancel_all_after(request: WireRequest) -> dict[str, object] | Reject:
    """POST /api/v1/order/cancelAllAfter (specs/bitmex/all/cancel_all_after.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("timeout", ("query", "form", "json"))
    if raw is MISSING:
        return Reject("ValidationError", "timeout: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_timeout = as_int(raw)
        if v_timeout is None:
            return Reject("ValidationError", "timeout: must be an integer", _PARAM_STATUS)
        if v_timeout not in (0,) and (v_timeout < 1 or v_timeout > 9223372036854775807):
            return Reject(
                "ValidationError",
                "timeout: must be 1 <= timeout <= 9223372036854775807, or 0 (cancel this timer)",
                _PARAM_STATUS,
            )
        params["timeout"] = v_timeout
    return params


def parse_bitmex_all_cancel_all_orders(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /api/v1/order/all (specs/bitmex/all/cancel_all_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("targetAccountIds", ("query", "form", "json"))
    if raw is not MISSING:
        v_target_account_ids = as_str(raw)
        if v_target_account_ids is None:
            return Reject("ValidationError", "targetAccountIds: must be a string", _PARAM_STATUS)
        params["targetAccountIds"] = v_target_account_ids
    raw = request.param("symbol", ("query", "form", "json"))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("ValidationError", "symbol: must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("filter", ("query", "form", "json"))
    if raw is not MISSING:
        v_filter = as_str(raw)
        if v_filter is None:
            return Reject("ValidationError", "filter: must be a string", _PARAM_STATUS)
        params["filter"] = v_filter
    raw = request.param("text", ("query", "form", "json"))
    if raw is not MISSING:
        v_text = as_str(raw)
        if v_text is None:
            return Reject("ValidationError", "text: must be a string", _PARAM_STATUS)
        params["text"] = v_text
    return params


def parse_bitmex_all_get_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v1/order (specs/bitmex/all/get_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form", "json"))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("ValidationError", "symbol: must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("filter", ("query", "form", "json"))
    if raw is not MISSING:
        v_filter = as_str(raw)
        if v_filter is None:
            return Reject("ValidationError", "filter: must be a string", _PARAM_STATUS)
        params["filter"] = v_filter
    raw = request.param("columns", ("query", "form", "json"))
    if raw is not MISSING:
        v_columns = as_str(raw)
        if v_columns is None:
            return Reject("ValidationError", "columns: must be a string", _PARAM_STATUS)
        params["columns"] = v_columns
    raw = request.param("count", ("query", "form", "json"))
    if raw is not MISSING:
        v_count = as_int(raw)
        if v_count is None:
            return Reject("ValidationError", "count: must be an integer", _PARAM_STATUS)
        if v_count < 1 or v_count > 500:
            return Reject("ValidationError", "count: must be 1 <= count <= 500", _PARAM_STATUS)
        params["count"] = v_count
    raw = request.param("start", ("query", "form", "json"))
    if raw is not MISSING:
        v_start = as_int(raw)
        if v_start is None:
            return Reject("ValidationError", "start: must be an integer", _PARAM_STATUS)
        if v_start < 0 or v_start > 2147483647:
            return Reject(
                "ValidationError", "start: must be 0 <= start <= 2147483647", _PARAM_STATUS
            )
        params["start"] = v_start
    raw = request.param("reverse", ("query", "form", "json"))
    if raw is not MISSING:
        v_reverse = as_bool(raw)
        if v_reverse is None:
            return Reject("ValidationError", "reverse: must be true or false", _PARAM_STATUS)
        params["reverse"] = v_reverse
    raw = request.param("startTime", ("query", "form", "json"))
    if raw is not MISSING:
        v_start_time = as_str(raw)
        if v_start_time is None:
            return Reject("ValidationError", "startTime: must be a string", _PARAM_STATUS)
        params["startTime"] = v_start_time
    raw = request.param("endTime", ("query", "form", "json"))
    if raw is not MISSING:
        v_end_time = as_str(raw)
        if v_end_time is None:
            return Reject("ValidationError", "endTime: must be a string", _PARAM_STATUS)
        params["endTime"] = v_end_time
    return params


def parse_bybit_order_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /v5/order/cancel-all (specs/bybit/order/cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("category", ("json",))
    if raw is MISSING:
        return Reject("10001", "category: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_category = as_str(raw)
        if v_category is None:
            return Reject("10001", "category: must be a string", _PARAM_STATUS)
        if v_category not in ("linear", "inverse", "spot", "option"):
            return Reject(
                "10001",
                "category: must be one of 'linear', 'inverse', 'spot', 'option'",
                _PARAM_STATUS,
            )
        params["category"] = v_category
    raw = request.param("symbol", ("json",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("10001", "symbol: must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("baseCoin", ("json",))
    if raw is not MISSING:
        v_base_coin = as_str(raw)
        if v_base_coin is None:
            return Reject("10001", "baseCoin: must be a string", _PARAM_STATUS)
        params["baseCoin"] = v_base_coin
    raw = request.param("settleCoin", ("json",))
    if raw is not MISSING:
        v_settle_coin = as_str(raw)
        if v_settle_coin is None:
            return Reject("10001", "settleCoin: must be a string", _PARAM_STATUS)
        params["settleCoin"] = v_settle_coin
    raw = request.param("orderFilter", ("json",))
    if raw is not MISSING:
        v_order_filter = as_str(raw)
        if v_order_filter is None:
            return Reject("10001", "orderFilter: must be a string", _PARAM_STATUS)
        if v_order_filter not in (
            "Order",
            "tpslOrder",
            "StopOrder",
            "OcoOrder",
            "BidirectionalTpslOrder",
            "OpenOrder",
        ):
            return Reject(
                "10001",
                "orderFilter: must be one of 'Order', 'tpslOrder', 'StopOrder', 'OcoOrder', 'BidirectionalTpslOrder', 'OpenOrder'",
                _PARAM_STATUS,
            )
        params["orderFilter"] = v_order_filter
    raw = request.param("stopOrderType", ("json",))
    if raw is not MISSING:
        v_stop_order_type = as_str(raw)
        if v_stop_order_type is None:
            return Reject("10001", "stopOrderType: must be a string", _PARAM_STATUS)
        if v_stop_order_type not in ("Stop",):
            return Reject("10001", "stopOrderType: must be one of 'Stop'", _PARAM_STATUS)
        params["stopOrderType"] = v_stop_order_type
    return params


def parse_bybit_order_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /v5/order/realtime (specs/bybit/order/open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("category", ("query",))
    if raw is MISSING:
        return Reject("10001", "category: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_category = as_str(raw)
        if v_category is None:
            return Reject("10001", "category: must be a string", _PARAM_STATUS)
        if v_category not in ("linear", "inverse", "spot", "option"):
            return Reject(
                "10001",
                "category: must be one of 'linear', 'inverse', 'spot', 'option'",
                _PARAM_STATUS,
            )
        params["category"] = v_category
    raw = request.param("symbol", ("query",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("10001", "symbol: must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("baseCoin", ("query",))
    if raw is not MISSING:
        v_base_coin = as_str(raw)
        if v_base_coin is None:
            return Reject("10001", "baseCoin: must be a string", _PARAM_STATUS)
        params["baseCoin"] = v_base_coin
    raw = request.param("settleCoin", ("query",))
    if raw is not MISSING:
        v_settle_coin = as_str(raw)
        if v_settle_coin is None:
            return Reject("10001", "settleCoin: must be a string", _PARAM_STATUS)
        params["settleCoin"] = v_settle_coin
    raw = request.param("orderId", ("query",))
    if raw is not MISSING:
        v_order_id = as_str(raw)
        if v_order_id is None:
            return Reject("10001", "orderId: must be a string", _PARAM_STATUS)
        params["orderId"] = v_order_id
    raw = request.param("orderLinkId", ("query",))
    if raw is not MISSING:
        v_order_link_id = as_str(raw)
        if v_order_link_id is None:
            return Reject("10001", "orderLinkId: must be a string", _PARAM_STATUS)
        params["orderLinkId"] = v_order_link_id
    raw = request.param("openOnly", ("query",))
    if raw is not MISSING:
        v_open_only = as_int(raw)
        if v_open_only is None:
            return Reject("10001", "openOnly: must be an integer", _PARAM_STATUS)
        if v_open_only not in (0, 1):
            return Reject("10001", "openOnly: must be one of 0, 1", _PARAM_STATUS)
        params["openOnly"] = v_open_only
    raw = request.param("orderFilter", ("query",))
    if raw is not MISSING:
        v_order_filter = as_str(raw)
        if v_order_filter is None:
            return Reject("10001", "orderFilter: must be a string", _PARAM_STATUS)
        if v_order_filter not in (
            "Order",
            "StopOrder",
            "tpslOrder",
            "OcoOrder",
            "BidirectionalTpslOrder",
        ):
            return Reject(
                "10001",
                "orderFilter: must be one of 'Order', 'StopOrder', 'tpslOrder', 'OcoOrder', 'BidirectionalTpslOrder'",
                _PARAM_STATUS,
            )
        params["orderFilter"] = v_order_filter
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject("10001", "limit: must be an integer", _PARAM_STATUS)
        if v_limit < 1 or v_limit > 50:
            return Reject("10001", "limit: must be 1 <= limit <= 50", _PARAM_STATUS)
        params["limit"] = v_limit
    raw = request.param("cursor", ("query",))
    if raw is not MISSING:
        v_cursor = as_str(raw)
        if v_cursor is None:
            return Reject("10001", "cursor: must be a string", _PARAM_STATUS)
        params["cursor"] = v_cursor
    return params


def parse_gate_futures_cancel_all_orders(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /api/v4/futures/{settle}/orders (specs/gate/futures/cancel_all_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract", ("query",))
    if raw is MISSING:
        return Reject("MISSING_REQUIRED_PARAM", "contract: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_contract = as_str(raw)
        if v_contract is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `contract`: must be a string",
                _PARAM_STATUS,
            )
        params["contract"] = v_contract
    raw = request.param("side", ("query",))
    if raw is not MISSING:
        v_side = as_str(raw)
        if v_side is None:
            return Reject(
                "INVALID_PARAM_VALUE", "Invalid parameter `side`: must be a string", _PARAM_STATUS
            )
        if v_side not in ("bid", "ask"):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `side`: must be one of 'bid', 'ask'",
                _PARAM_STATUS,
            )
        params["side"] = v_side
    raw = request.param("exclude_reduce_only", ("query",))
    if raw is not MISSING:
        v_exclude_reduce_only = as_bool(raw)
        if v_exclude_reduce_only is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `exclude_reduce_only`: must be true or false",
                _PARAM_STATUS,
            )
        params["exclude_reduce_only"] = v_exclude_reduce_only
    raw = request.param("text", ("query",))
    if raw is not MISSING:
        v_text = as_str(raw)
        if v_text is None:
            return Reject(
                "INVALID_PARAM_VALUE", "Invalid parameter `text`: must be a string", _PARAM_STATUS
            )
        params["text"] = v_text
    raw = request.param("x-gate-exptime", ("header",))
    if raw is not MISSING:
        v_x_gate_exptime = as_str(raw)
        if v_x_gate_exptime is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `x-gate-exptime`: must be a string",
                _PARAM_STATUS,
            )
        params["x-gate-exptime"] = v_x_gate_exptime
    return params


def parse_gate_futures_cancel_price_triggered_order_list(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """DELETE /api/v4/futures/{settle}/price_orders (specs/gate/futures/cancel_price_triggered_order_list.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract", ("query",))
    if raw is not MISSING:
        v_contract = as_str(raw)
        if v_contract is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `contract`: must be a string",
                _PARAM_STATUS,
            )
        params["contract"] = v_contract
    return params


def parse_gate_futures_countdown_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /api/v4/futures/{settle}/countdown_cancel_all (specs/gate/futures/countdown_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("timeout", ("json",))
    if raw is MISSING:
        return Reject("MISSING_REQUIRED_PARAM", "timeout: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_timeout = as_json_int(raw)
        if v_timeout is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `timeout`: must be a JSON integer",
                _PARAM_STATUS,
            )
        if v_timeout not in (0,) and (v_timeout < 5 or v_timeout > 2147483647):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `timeout`: must be 5 <= timeout <= 2147483647, or 0 (cancel countdown)",
                _PARAM_STATUS,
            )
        params["timeout"] = v_timeout
    raw = request.param("contract", ("json",))
    if raw is not MISSING:
        v_contract = as_str(raw)
        if v_contract is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `contract`: must be a string",
                _PARAM_STATUS,
            )
        params["contract"] = v_contract
    return params


def parse_gate_futures_list_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v4/futures/{settle}/orders (specs/gate/futures/list_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract", ("query",))
    if raw is not MISSING:
        v_contract = as_str(raw)
        if v_contract is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `contract`: must be a string",
                _PARAM_STATUS,
            )
        params["contract"] = v_contract
    raw = request.param("status", ("query",))
    if raw is MISSING:
        return Reject("MISSING_REQUIRED_PARAM", "status: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_status = as_str(raw)
        if v_status is None:
            return Reject(
                "INVALID_PARAM_VALUE", "Invalid parameter `status`: must be a string", _PARAM_STATUS
            )
        if v_status not in ("open", "finished"):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `status`: must be one of 'open', 'finished'",
                _PARAM_STATUS,
            )
        params["status"] = v_status
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `limit`: must be an integer",
                _PARAM_STATUS,
            )
        if v_limit < 1 or v_limit > 1000:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `limit`: must be 1 <= limit <= 1000",
                _PARAM_STATUS,
            )
        params["limit"] = v_limit
    raw = request.param("offset", ("query",))
    if raw is not MISSING:
        v_offset = as_int(raw)
        if v_offset is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `offset`: must be an integer",
                _PARAM_STATUS,
            )
        if v_offset < 0:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `offset`: must be offset >= 0",
                _PARAM_STATUS,
            )
        params["offset"] = v_offset
    raw = request.param("last_id", ("query",))
    if raw is not MISSING:
        v_last_id = as_str(raw)
        if v_last_id is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `last_id`: must be a string",
                _PARAM_STATUS,
            )
        params["last_id"] = v_last_id
    return params


def parse_gate_futures_list_price_triggered_orders(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """GET /api/v4/futures/{settle}/price_orders (specs/gate/futures/list_price_triggered_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("status", ("query",))
    if raw is MISSING:
        return Reject("MISSING_REQUIRED_PARAM", "status: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_status = as_str(raw)
        if v_status is None:
            return Reject(
                "INVALID_PARAM_VALUE", "Invalid parameter `status`: must be a string", _PARAM_STATUS
            )
        if v_status not in ("open", "finished"):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `status`: must be one of 'open', 'finished'",
                _PARAM_STATUS,
            )
        params["status"] = v_status
    raw = request.param("contract", ("query",))
    if raw is not MISSING:
        v_contract = as_str(raw)
        if v_contract is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `contract`: must be a string",
                _PARAM_STATUS,
            )
        params["contract"] = v_contract
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `limit`: must be an integer",
                _PARAM_STATUS,
            )
        if v_limit < 1 or v_limit > 1000:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `limit`: must be 1 <= limit <= 1000",
                _PARAM_STATUS,
            )
        params["limit"] = v_limit
    raw = request.param("offset", ("query",))
    if raw is not MISSING:
        v_offset = as_int(raw)
        if v_offset is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `offset`: must be an integer",
                _PARAM_STATUS,
            )
        if v_offset < 0:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `offset`: must be offset >= 0",
                _PARAM_STATUS,
            )
        params["offset"] = v_offset
    return params


def parse_gate_spot_cancel_all_orders(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /api/v4/spot/orders (specs/gate/spot/cancel_all_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("currency_pair", ("query",))
    if raw is not MISSING:
        v_currency_pair = as_str(raw)
        if v_currency_pair is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `currency_pair`: must be a string",
                _PARAM_STATUS,
            )
        if not fullmatch("[A-Z0-9]+_[A-Z0-9]+", v_currency_pair):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `currency_pair`: must match [A-Z0-9]+_[A-Z0-9]+",
                _PARAM_STATUS,
            )
        params["currency_pair"] = v_currency_pair
    raw = request.param("side", ("query",))
    if raw is not MISSING:
        v_side = as_str(raw)
        if v_side is None:
            return Reject(
                "INVALID_PARAM_VALUE", "Invalid parameter `side`: must be a string", _PARAM_STATUS
            )
        params["side"] = v_side
    raw = request.param("account", ("query",))
    if raw is not MISSING:
        v_account = as_str(raw)
        if v_account is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `account`: must be a string",
                _PARAM_STATUS,
            )
        params["account"] = v_account
    raw = request.param("action_mode", ("query",))
    if raw is not MISSING:
        v_action_mode = as_str(raw)
        if v_action_mode is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `action_mode`: must be a string",
                _PARAM_STATUS,
            )
        if v_action_mode not in ("ACK", "RESULT", "FULL"):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `action_mode`: must be one of 'ACK', 'RESULT', 'FULL'",
                _PARAM_STATUS,
            )
        params["action_mode"] = v_action_mode
    raw = request.param("x-gate-exptime", ("header",))
    if raw is not MISSING:
        v_x_gate_exptime = as_str(raw)
        if v_x_gate_exptime is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `x-gate-exptime`: must be a string",
                _PARAM_STATUS,
            )
        params["x-gate-exptime"] = v_x_gate_exptime
    return params


def parse_gate_spot_cancel_price_triggered_order_list(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """DELETE /api/v4/spot/price_orders (specs/gate/spot/cancel_price_triggered_order_list.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("market", ("query",))
    if raw is not MISSING:
        v_market = as_str(raw)
        if v_market is None:
            return Reject(
                "INVALID_PARAM_VALUE", "Invalid parameter `market`: must be a string", _PARAM_STATUS
            )
        if not fullmatch("[A-Z0-9]+_[A-Z0-9]+", v_market):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `market`: must match [A-Z0-9]+_[A-Z0-9]+",
                _PARAM_STATUS,
            )
        params["market"] = v_market
    raw = request.param("account", ("query",))
    if raw is not MISSING:
        v_account = as_str(raw)
        if v_account is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `account`: must be a string",
                _PARAM_STATUS,
            )
        if v_account not in ("normal", "margin", "unified"):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `account`: must be one of 'normal', 'margin', 'unified'",
                _PARAM_STATUS,
            )
        params["account"] = v_account
    return params


def parse_gate_spot_countdown_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /api/v4/spot/countdown_cancel_all (specs/gate/spot/countdown_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("timeout", ("json",))
    if raw is MISSING:
        return Reject("MISSING_REQUIRED_PARAM", "timeout: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_timeout = as_json_int(raw)
        if v_timeout is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `timeout`: must be a JSON integer",
                _PARAM_STATUS,
            )
        if v_timeout not in (0,) and (v_timeout < 5 or v_timeout > 2147483647):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `timeout`: must be 5 <= timeout <= 2147483647, or 0 (cancel countdown)",
                _PARAM_STATUS,
            )
        params["timeout"] = v_timeout
    raw = request.param("currency_pair", ("json",))
    if raw is not MISSING:
        v_currency_pair = as_str(raw)
        if v_currency_pair is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `currency_pair`: must be a string",
                _PARAM_STATUS,
            )
        if not fullmatch("[A-Z0-9]+_[A-Z0-9]+", v_currency_pair):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `currency_pair`: must match [A-Z0-9]+_[A-Z0-9]+",
                _PARAM_STATUS,
            )
        params["currency_pair"] = v_currency_pair
    return params


def parse_gate_spot_list_price_triggered_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v4/spot/price_orders (specs/gate/spot/list_price_triggered_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("status", ("query",))
    if raw is MISSING:
        return Reject("MISSING_REQUIRED_PARAM", "status: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_status = as_str(raw)
        if v_status is None:
            return Reject(
                "INVALID_PARAM_VALUE", "Invalid parameter `status`: must be a string", _PARAM_STATUS
            )
        if v_status not in ("open", "finished"):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `status`: must be one of 'open', 'finished'",
                _PARAM_STATUS,
            )
        params["status"] = v_status
    raw = request.param("market", ("query",))
    if raw is not MISSING:
        v_market = as_str(raw)
        if v_market is None:
            return Reject(
                "INVALID_PARAM_VALUE", "Invalid parameter `market`: must be a string", _PARAM_STATUS
            )
        if not fullmatch("[A-Z0-9]+_[A-Z0-9]+", v_market):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `market`: must match [A-Z0-9]+_[A-Z0-9]+",
                _PARAM_STATUS,
            )
        params["market"] = v_market
    raw = request.param("account", ("query",))
    if raw is not MISSING:
        v_account = as_str(raw)
        if v_account is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `account`: must be a string",
                _PARAM_STATUS,
            )
        if v_account not in ("normal", "margin", "unified"):
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `account`: must be one of 'normal', 'margin', 'unified'",
                _PARAM_STATUS,
            )
        params["account"] = v_account
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `limit`: must be an integer",
                _PARAM_STATUS,
            )
        if v_limit < 1 or v_limit > 1000:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `limit`: must be 1 <= limit <= 1000",
                _PARAM_STATUS,
            )
        params["limit"] = v_limit
    raw = request.param("offset", ("query",))
    if raw is not MISSING:
        v_offset = as_int(raw)
        if v_offset is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `offset`: must be an integer",
                _PARAM_STATUS,
            )
        if v_offset < 0:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `offset`: must be offset >= 0",
                _PARAM_STATUS,
            )
        params["offset"] = v_offset
    return params


def parse_gate_spot_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v4/spot/open_orders (specs/gate/spot/open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("page", ("query",))
    if raw is not MISSING:
        v_page = as_int(raw)
        if v_page is None:
            return Reject(
                "INVALID_PARAM_VALUE", "Invalid parameter `page`: must be an integer", _PARAM_STATUS
            )
        if v_page < 1 or v_page > 2147483647:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `page`: must be 1 <= page <= 2147483647",
                _PARAM_STATUS,
            )
        params["page"] = v_page
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `limit`: must be an integer",
                _PARAM_STATUS,
            )
        if v_limit < 1:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `limit`: must be limit >= 1",
                _PARAM_STATUS,
            )
        params["limit"] = v_limit
    raw = request.param("account", ("query",))
    if raw is not MISSING:
        v_account = as_str(raw)
        if v_account is None:
            return Reject(
                "INVALID_PARAM_VALUE",
                "Invalid parameter `account`: must be a string",
                _PARAM_STATUS,
            )
        params["account"] = v_account
    return params


def parse_htx_futures_asset_mode(request: WireRequest) -> dict[str, object] | Reject:
    """GET /v5/account/asset_mode (specs/htx/futures/asset_mode.yaml)."""
    params: dict[str, object] = {}
    return params


def parse_htx_futures_cancel_after(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/linear-cancel-after (specs/htx/futures/cancel_after.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("on_off", ("json",))
    if raw is MISSING:
        return Reject("1030", "on_off: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_on_off = as_json_int(raw)
        if v_on_off is None:
            return Reject("1030", "on_off: must be a JSON integer", _PARAM_STATUS)
        if v_on_off not in (1, 0):
            return Reject("1030", "on_off: must be one of 1, 0", _PARAM_STATUS)
        params["on_off"] = v_on_off
    raw = request.param("time_out", ("json",))
    if raw is not MISSING:
        v_time_out = as_json_int(raw)
        if v_time_out is None:
            return Reject("1030", "time_out: must be a JSON integer", _PARAM_STATUS)
        if v_time_out < 5000:
            return Reject("1030", "time_out: must be time_out >= 5000", _PARAM_STATUS)
        params["time_out"] = v_time_out
    return params


def parse_htx_futures_cancel_all_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /v5/trade/cancel_all_orders (specs/htx/futures/cancel_all_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("side", ("json",))
    if raw is not MISSING:
        v_side = as_str(raw)
        if v_side is None:
            return Reject("1030", "side: must be a string", _PARAM_STATUS)
        if v_side not in ("buy", "sell"):
            return Reject("1030", "side: must be one of 'buy', 'sell'", _PARAM_STATUS)
        params["side"] = v_side
    raw = request.param("position_side", ("json",))
    if raw is not MISSING:
        v_position_side = as_str(raw)
        if v_position_side is None:
            return Reject("1030", "position_side: must be a string", _PARAM_STATUS)
        if v_position_side not in ("long", "short", "both"):
            return Reject(
                "1030", "position_side: must be one of 'long', 'short', 'both'", _PARAM_STATUS
            )
        params["position_side"] = v_position_side
    return params


def parse_htx_futures_cross_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_cross_cancelall (specs/htx/futures/cross_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("pair", ("json",))
    if raw is not MISSING:
        v_pair = as_str(raw)
        if v_pair is None:
            return Reject("1030", "pair: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", v_pair):
            return Reject("1030", "pair: must match [A-Za-z0-9]+-[A-Za-z0-9]+", _PARAM_STATUS)
        params["pair"] = v_pair
    raw = request.param("contract_type", ("json",))
    if raw is not MISSING:
        v_contract_type = as_str(raw)
        if v_contract_type is None:
            return Reject("1030", "contract_type: must be a string", _PARAM_STATUS)
        if v_contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter"):
            return Reject(
                "1030",
                "contract_type: must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                _PARAM_STATUS,
            )
        params["contract_type"] = v_contract_type
    raw = request.param("direction", ("json",))
    if raw is not MISSING:
        v_direction = as_str(raw)
        if v_direction is None:
            return Reject("1030", "direction: must be a string", _PARAM_STATUS)
        if v_direction not in ("buy", "sell"):
            return Reject("1030", "direction: must be one of 'buy', 'sell'", _PARAM_STATUS)
        params["direction"] = v_direction
    raw = request.param("offset", ("json",))
    if raw is not MISSING:
        v_offset = as_str(raw)
        if v_offset is None:
            return Reject("1030", "offset: must be a string", _PARAM_STATUS)
        if v_offset not in ("open", "close"):
            return Reject("1030", "offset: must be one of 'open', 'close'", _PARAM_STATUS)
        params["offset"] = v_offset
    return params


def parse_htx_futures_cross_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_cross_openorders (specs/htx/futures/cross_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("pair", ("json",))
    if raw is not MISSING:
        v_pair = as_str(raw)
        if v_pair is None:
            return Reject("1030", "pair: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", v_pair):
            return Reject("1030", "pair: must match [A-Za-z0-9]+-[A-Za-z0-9]+", _PARAM_STATUS)
        params["pair"] = v_pair
    raw = request.param("page_index", ("json",))
    if raw is not MISSING:
        v_page_index = as_json_int(raw)
        if v_page_index is None:
            return Reject("1030", "page_index: must be a JSON integer", _PARAM_STATUS)
        if v_page_index < 1:
            return Reject("1030", "page_index: must be page_index >= 1", _PARAM_STATUS)
        params["page_index"] = v_page_index
    raw = request.param("page_size", ("json",))
    if raw is not MISSING:
        v_page_size = as_json_int(raw)
        if v_page_size is None:
            return Reject("1030", "page_size: must be a JSON integer", _PARAM_STATUS)
        if v_page_size < 1 or v_page_size > 50:
            return Reject("1030", "page_size: must be 1 <= page_size <= 50", _PARAM_STATUS)
        params["page_size"] = v_page_size
    raw = request.param("sort_by", ("json",))
    if raw is not MISSING:
        v_sort_by = as_str(raw)
        if v_sort_by is None:
            return Reject("1030", "sort_by: must be a string", _PARAM_STATUS)
        if v_sort_by not in ("created_at", "update_time"):
            return Reject(
                "1030", "sort_by: must be one of 'created_at', 'update_time'", _PARAM_STATUS
            )
        params["sort_by"] = v_sort_by
    raw = request.param("trade_type", ("json",))
    if raw is not MISSING:
        v_trade_type = as_json_int(raw)
        if v_trade_type is None:
            return Reject("1030", "trade_type: must be a JSON integer", _PARAM_STATUS)
        if v_trade_type not in (0, 1, 2, 3, 4, 17, 18):
            return Reject("1030", "trade_type: must be one of 0, 1, 2, 3, 4, 17, 18", _PARAM_STATUS)
        params["trade_type"] = v_trade_type
    return params


def parse_htx_futures_cross_tpsl_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_cross_tpsl_cancelall (specs/htx/futures/cross_tpsl_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("pair", ("json",))
    if raw is not MISSING:
        v_pair = as_str(raw)
        if v_pair is None:
            return Reject("1030", "pair: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", v_pair):
            return Reject("1030", "pair: must match [A-Za-z0-9]+-[A-Za-z0-9]+", _PARAM_STATUS)
        params["pair"] = v_pair
    raw = request.param("contract_type", ("json",))
    if raw is not MISSING:
        v_contract_type = as_str(raw)
        if v_contract_type is None:
            return Reject("1030", "contract_type: must be a string", _PARAM_STATUS)
        if v_contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter"):
            return Reject(
                "1030",
                "contract_type: must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                _PARAM_STATUS,
            )
        params["contract_type"] = v_contract_type
    raw = request.param("direction", ("json",))
    if raw is not MISSING:
        v_direction = as_str(raw)
        if v_direction is None:
            return Reject("1030", "direction: must be a string", _PARAM_STATUS)
        if v_direction not in ("buy", "sell"):
            return Reject("1030", "direction: must be one of 'buy', 'sell'", _PARAM_STATUS)
        params["direction"] = v_direction
    return params


def parse_htx_futures_cross_tpsl_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_cross_tpsl_openorders (specs/htx/futures/cross_tpsl_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("pair", ("json",))
    if raw is not MISSING:
        v_pair = as_str(raw)
        if v_pair is None:
            return Reject("1030", "pair: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", v_pair):
            return Reject("1030", "pair: must match [A-Za-z0-9]+-[A-Za-z0-9]+", _PARAM_STATUS)
        params["pair"] = v_pair
    raw = request.param("page_index", ("json",))
    if raw is not MISSING:
        v_page_index = as_json_int(raw)
        if v_page_index is None:
            return Reject("1030", "page_index: must be a JSON integer", _PARAM_STATUS)
        if v_page_index < 1:
            return Reject("1030", "page_index: must be page_index >= 1", _PARAM_STATUS)
        params["page_index"] = v_page_index
    raw = request.param("page_size", ("json",))
    if raw is not MISSING:
        v_page_size = as_json_int(raw)
        if v_page_size is None:
            return Reject("1030", "page_size: must be a JSON integer", _PARAM_STATUS)
        if v_page_size < 1 or v_page_size > 50:
            return Reject("1030", "page_size: must be 1 <= page_size <= 50", _PARAM_STATUS)
        params["page_size"] = v_page_size
    raw = request.param("trade_type", ("json",))
    if raw is not MISSING:
        v_trade_type = as_json_int(raw)
        if v_trade_type is None:
            return Reject("1030", "trade_type: must be a JSON integer", _PARAM_STATUS)
        if v_trade_type not in (0, 3, 4):
            return Reject("1030", "trade_type: must be one of 0, 3, 4", _PARAM_STATUS)
        params["trade_type"] = v_trade_type
    return params


def parse_htx_futures_cross_track_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_cross_track_cancelall (specs/htx/futures/cross_track_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("pair", ("json",))
    if raw is not MISSING:
        v_pair = as_str(raw)
        if v_pair is None:
            return Reject("1030", "pair: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", v_pair):
            return Reject("1030", "pair: must match [A-Za-z0-9]+-[A-Za-z0-9]+", _PARAM_STATUS)
        params["pair"] = v_pair
    raw = request.param("contract_type", ("json",))
    if raw is not MISSING:
        v_contract_type = as_str(raw)
        if v_contract_type is None:
            return Reject("1030", "contract_type: must be a string", _PARAM_STATUS)
        if v_contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter"):
            return Reject(
                "1030",
                "contract_type: must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                _PARAM_STATUS,
            )
        params["contract_type"] = v_contract_type
    raw = request.param("direction", ("json",))
    if raw is not MISSING:
        v_direction = as_str(raw)
        if v_direction is None:
            return Reject("1030", "direction: must be a string", _PARAM_STATUS)
        if v_direction not in ("buy", "sell"):
            return Reject("1030", "direction: must be one of 'buy', 'sell'", _PARAM_STATUS)
        params["direction"] = v_direction
    raw = request.param("offset", ("json",))
    if raw is not MISSING:
        v_offset = as_str(raw)
        if v_offset is None:
            return Reject("1030", "offset: must be a string", _PARAM_STATUS)
        if v_offset not in ("open", "close"):
            return Reject("1030", "offset: must be one of 'open', 'close'", _PARAM_STATUS)
        params["offset"] = v_offset
    return params


def parse_htx_futures_cross_track_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_cross_track_openorders (specs/htx/futures/cross_track_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("pair", ("json",))
    if raw is not MISSING:
        v_pair = as_str(raw)
        if v_pair is None:
            return Reject("1030", "pair: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", v_pair):
            return Reject("1030", "pair: must match [A-Za-z0-9]+-[A-Za-z0-9]+", _PARAM_STATUS)
        params["pair"] = v_pair
    raw = request.param("page_index", ("json",))
    if raw is not MISSING:
        v_page_index = as_json_int(raw)
        if v_page_index is None:
            return Reject("1030", "page_index: must be a JSON integer", _PARAM_STATUS)
        if v_page_index < 1:
            return Reject("1030", "page_index: must be page_index >= 1", _PARAM_STATUS)
        params["page_index"] = v_page_index
    raw = request.param("page_size", ("json",))
    if raw is not MISSING:
        v_page_size = as_json_int(raw)
        if v_page_size is None:
            return Reject("1030", "page_size: must be a JSON integer", _PARAM_STATUS)
        if v_page_size < 1 or v_page_size > 50:
            return Reject("1030", "page_size: must be 1 <= page_size <= 50", _PARAM_STATUS)
        params["page_size"] = v_page_size
    raw = request.param("trade_type", ("json",))
    if raw is not MISSING:
        v_trade_type = as_json_int(raw)
        if v_trade_type is None:
            return Reject("1030", "trade_type: must be a JSON integer", _PARAM_STATUS)
        if v_trade_type not in (0, 1, 2, 3, 4, 17, 18):
            return Reject("1030", "trade_type: must be one of 0, 1, 2, 3, 4, 17, 18", _PARAM_STATUS)
        params["trade_type"] = v_trade_type
    return params


def parse_htx_futures_cross_trigger_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_cross_trigger_cancelall (specs/htx/futures/cross_trigger_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("pair", ("json",))
    if raw is not MISSING:
        v_pair = as_str(raw)
        if v_pair is None:
            return Reject("1030", "pair: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", v_pair):
            return Reject("1030", "pair: must match [A-Za-z0-9]+-[A-Za-z0-9]+", _PARAM_STATUS)
        params["pair"] = v_pair
    raw = request.param("contract_type", ("json",))
    if raw is not MISSING:
        v_contract_type = as_str(raw)
        if v_contract_type is None:
            return Reject("1030", "contract_type: must be a string", _PARAM_STATUS)
        if v_contract_type not in ("swap", "this_week", "next_week", "quarter", "next_quarter"):
            return Reject(
                "1030",
                "contract_type: must be one of 'swap', 'this_week', 'next_week', 'quarter', 'next_quarter'",
                _PARAM_STATUS,
            )
        params["contract_type"] = v_contract_type
    raw = request.param("direction", ("json",))
    if raw is not MISSING:
        v_direction = as_str(raw)
        if v_direction is None:
            return Reject("1030", "direction: must be a string", _PARAM_STATUS)
        if v_direction not in ("buy", "sell"):
            return Reject("1030", "direction: must be one of 'buy', 'sell'", _PARAM_STATUS)
        params["direction"] = v_direction
    raw = request.param("offset", ("json",))
    if raw is not MISSING:
        v_offset = as_str(raw)
        if v_offset is None:
            return Reject("1030", "offset: must be a string", _PARAM_STATUS)
        if v_offset not in ("open", "close"):
            return Reject("1030", "offset: must be one of 'open', 'close'", _PARAM_STATUS)
        params["offset"] = v_offset
    return params


def parse_htx_futures_cross_trigger_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_cross_trigger_openorders (specs/htx/futures/cross_trigger_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("pair", ("json",))
    if raw is not MISSING:
        v_pair = as_str(raw)
        if v_pair is None:
            return Reject("1030", "pair: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+", v_pair):
            return Reject("1030", "pair: must match [A-Za-z0-9]+-[A-Za-z0-9]+", _PARAM_STATUS)
        params["pair"] = v_pair
    raw = request.param("page_index", ("json",))
    if raw is not MISSING:
        v_page_index = as_json_int(raw)
        if v_page_index is None:
            return Reject("1030", "page_index: must be a JSON integer", _PARAM_STATUS)
        if v_page_index < 1:
            return Reject("1030", "page_index: must be page_index >= 1", _PARAM_STATUS)
        params["page_index"] = v_page_index
    raw = request.param("page_size", ("json",))
    if raw is not MISSING:
        v_page_size = as_json_int(raw)
        if v_page_size is None:
            return Reject("1030", "page_size: must be a JSON integer", _PARAM_STATUS)
        if v_page_size < 1 or v_page_size > 50:
            return Reject("1030", "page_size: must be 1 <= page_size <= 50", _PARAM_STATUS)
        params["page_size"] = v_page_size
    raw = request.param("trade_type", ("json",))
    if raw is not MISSING:
        v_trade_type = as_json_int(raw)
        if v_trade_type is None:
            return Reject("1030", "trade_type: must be a JSON integer", _PARAM_STATUS)
        if v_trade_type not in (0, 1, 2, 3, 4, 17, 18):
            return Reject("1030", "trade_type: must be one of 0, 1, 2, 3, 4, 17, 18", _PARAM_STATUS)
        params["trade_type"] = v_trade_type
    return params


def parse_htx_futures_isolated_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_cancelall (specs/htx/futures/isolated_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is MISSING:
        return Reject("1030", "contract_code: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("direction", ("json",))
    if raw is not MISSING:
        v_direction = as_str(raw)
        if v_direction is None:
            return Reject("1030", "direction: must be a string", _PARAM_STATUS)
        if v_direction not in ("buy", "sell"):
            return Reject("1030", "direction: must be one of 'buy', 'sell'", _PARAM_STATUS)
        params["direction"] = v_direction
    raw = request.param("offset", ("json",))
    if raw is not MISSING:
        v_offset = as_str(raw)
        if v_offset is None:
            return Reject("1030", "offset: must be a string", _PARAM_STATUS)
        if v_offset not in ("open", "close"):
            return Reject("1030", "offset: must be one of 'open', 'close'", _PARAM_STATUS)
        params["offset"] = v_offset
    return params


def parse_htx_futures_isolated_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_openorders (specs/htx/futures/isolated_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("page_index", ("json",))
    if raw is not MISSING:
        v_page_index = as_json_int(raw)
        if v_page_index is None:
            return Reject("1030", "page_index: must be a JSON integer", _PARAM_STATUS)
        if v_page_index < 1:
            return Reject("1030", "page_index: must be page_index >= 1", _PARAM_STATUS)
        params["page_index"] = v_page_index
    raw = request.param("page_size", ("json",))
    if raw is not MISSING:
        v_page_size = as_json_int(raw)
        if v_page_size is None:
            return Reject("1030", "page_size: must be a JSON integer", _PARAM_STATUS)
        if v_page_size < 1 or v_page_size > 50:
            return Reject("1030", "page_size: must be 1 <= page_size <= 50", _PARAM_STATUS)
        params["page_size"] = v_page_size
    raw = request.param("sort_by", ("json",))
    if raw is not MISSING:
        v_sort_by = as_str(raw)
        if v_sort_by is None:
            return Reject("1030", "sort_by: must be a string", _PARAM_STATUS)
        if v_sort_by not in ("created_at", "update_time"):
            return Reject(
                "1030", "sort_by: must be one of 'created_at', 'update_time'", _PARAM_STATUS
            )
        params["sort_by"] = v_sort_by
    raw = request.param("trade_type", ("json",))
    if raw is not MISSING:
        v_trade_type = as_json_int(raw)
        if v_trade_type is None:
            return Reject("1030", "trade_type: must be a JSON integer", _PARAM_STATUS)
        if v_trade_type not in (0, 1, 2, 3, 4, 17, 18):
            return Reject("1030", "trade_type: must be one of 0, 1, 2, 3, 4, 17, 18", _PARAM_STATUS)
        params["trade_type"] = v_trade_type
    return params


def parse_htx_futures_isolated_tpsl_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_tpsl_cancelall (specs/htx/futures/isolated_tpsl_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is MISSING:
        return Reject("1030", "contract_code: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("direction", ("json",))
    if raw is not MISSING:
        v_direction = as_str(raw)
        if v_direction is None:
            return Reject("1030", "direction: must be a string", _PARAM_STATUS)
        if v_direction not in ("buy", "sell"):
            return Reject("1030", "direction: must be one of 'buy', 'sell'", _PARAM_STATUS)
        params["direction"] = v_direction
    return params


def parse_htx_futures_isolated_tpsl_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_tpsl_openorders (specs/htx/futures/isolated_tpsl_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is MISSING:
        return Reject("1030", "contract_code: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("page_index", ("json",))
    if raw is not MISSING:
        v_page_index = as_json_int(raw)
        if v_page_index is None:
            return Reject("1030", "page_index: must be a JSON integer", _PARAM_STATUS)
        if v_page_index < 1:
            return Reject("1030", "page_index: must be page_index >= 1", _PARAM_STATUS)
        params["page_index"] = v_page_index
    raw = request.param("page_size", ("json",))
    if raw is not MISSING:
        v_page_size = as_json_int(raw)
        if v_page_size is None:
            return Reject("1030", "page_size: must be a JSON integer", _PARAM_STATUS)
        if v_page_size < 1 or v_page_size > 50:
            return Reject("1030", "page_size: must be 1 <= page_size <= 50", _PARAM_STATUS)
        params["page_size"] = v_page_size
    raw = request.param("trade_type", ("json",))
    if raw is not MISSING:
        v_trade_type = as_json_int(raw)
        if v_trade_type is None:
            return Reject("1030", "trade_type: must be a JSON integer", _PARAM_STATUS)
        if v_trade_type not in (0, 3, 4):
            return Reject("1030", "trade_type: must be one of 0, 3, 4", _PARAM_STATUS)
        params["trade_type"] = v_trade_type
    return params


def parse_htx_futures_isolated_track_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_track_cancelall (specs/htx/futures/isolated_track_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is MISSING:
        return Reject("1030", "contract_code: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("direction", ("json",))
    if raw is not MISSING:
        v_direction = as_str(raw)
        if v_direction is None:
            return Reject("1030", "direction: must be a string", _PARAM_STATUS)
        if v_direction not in ("buy", "sell"):
            return Reject("1030", "direction: must be one of 'buy', 'sell'", _PARAM_STATUS)
        params["direction"] = v_direction
    raw = request.param("offset", ("json",))
    if raw is not MISSING:
        v_offset = as_str(raw)
        if v_offset is None:
            return Reject("1030", "offset: must be a string", _PARAM_STATUS)
        if v_offset not in ("open", "close"):
            return Reject("1030", "offset: must be one of 'open', 'close'", _PARAM_STATUS)
        params["offset"] = v_offset
    return params


def parse_htx_futures_isolated_track_open_orders(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_track_openorders (specs/htx/futures/isolated_track_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is MISSING:
        return Reject("1030", "contract_code: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("page_index", ("json",))
    if raw is not MISSING:
        v_page_index = as_json_int(raw)
        if v_page_index is None:
            return Reject("1030", "page_index: must be a JSON integer", _PARAM_STATUS)
        if v_page_index < 1:
            return Reject("1030", "page_index: must be page_index >= 1", _PARAM_STATUS)
        params["page_index"] = v_page_index
    raw = request.param("page_size", ("json",))
    if raw is not MISSING:
        v_page_size = as_json_int(raw)
        if v_page_size is None:
            return Reject("1030", "page_size: must be a JSON integer", _PARAM_STATUS)
        if v_page_size < 1 or v_page_size > 50:
            return Reject("1030", "page_size: must be 1 <= page_size <= 50", _PARAM_STATUS)
        params["page_size"] = v_page_size
    raw = request.param("trade_type", ("json",))
    if raw is not MISSING:
        v_trade_type = as_json_int(raw)
        if v_trade_type is None:
            return Reject("1030", "trade_type: must be a JSON integer", _PARAM_STATUS)
        if v_trade_type not in (0, 1, 2, 3, 4, 17, 18):
            return Reject("1030", "trade_type: must be one of 0, 1, 2, 3, 4, 17, 18", _PARAM_STATUS)
        params["trade_type"] = v_trade_type
    return params


def parse_htx_futures_isolated_trigger_cancel_all(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_trigger_cancelall (specs/htx/futures/isolated_trigger_cancel_all.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is MISSING:
        return Reject("1030", "contract_code: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("direction", ("json",))
    if raw is not MISSING:
        v_direction = as_str(raw)
        if v_direction is None:
            return Reject("1030", "direction: must be a string", _PARAM_STATUS)
        if v_direction not in ("buy", "sell"):
            return Reject("1030", "direction: must be one of 'buy', 'sell'", _PARAM_STATUS)
        params["direction"] = v_direction
    raw = request.param("offset", ("json",))
    if raw is not MISSING:
        v_offset = as_str(raw)
        if v_offset is None:
            return Reject("1030", "offset: must be a string", _PARAM_STATUS)
        if v_offset not in ("open", "close"):
            return Reject("1030", "offset: must be one of 'open', 'close'", _PARAM_STATUS)
        params["offset"] = v_offset
    return params


def parse_htx_futures_isolated_trigger_open_orders(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """POST /linear-swap-api/v1/swap_trigger_openorders (specs/htx/futures/isolated_trigger_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("json",))
    if raw is MISSING:
        return Reject("1030", "contract_code: is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("page_index", ("json",))
    if raw is not MISSING:
        v_page_index = as_json_int(raw)
        if v_page_index is None:
            return Reject("1030", "page_index: must be a JSON integer", _PARAM_STATUS)
        if v_page_index < 1:
            return Reject("1030", "page_index: must be page_index >= 1", _PARAM_STATUS)
        params["page_index"] = v_page_index
    raw = request.param("page_size", ("json",))
    if raw is not MISSING:
        v_page_size = as_json_int(raw)
        if v_page_size is None:
            return Reject("1030", "page_size: must be a JSON integer", _PARAM_STATUS)
        if v_page_size < 1 or v_page_size > 50:
            return Reject("1030", "page_size: must be 1 <= page_size <= 50", _PARAM_STATUS)
        params["page_size"] = v_page_size
    raw = request.param("trade_type", ("json",))
    if raw is not MISSING:
        v_trade_type = as_json_int(raw)
        if v_trade_type is None:
            return Reject("1030", "trade_type: must be a JSON integer", _PARAM_STATUS)
        if v_trade_type not in (0, 1, 2, 3, 4, 17, 18):
            return Reject("1030", "trade_type: must be one of 0, 1, 2, 3, 4, 17, 18", _PARAM_STATUS)
        params["trade_type"] = v_trade_type
    return params


def parse_htx_futures_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /v5/trade/order/opens (specs/htx/futures/open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("contract_code", ("query",))
    if raw is not MISSING:
        v_contract_code = as_str(raw)
        if v_contract_code is None:
            return Reject("1030", "contract_code: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?", v_contract_code):
            return Reject(
                "1030",
                "contract_code: must match [A-Za-z0-9]+-[A-Za-z0-9]+(-[0-9]{6})?",
                _PARAM_STATUS,
            )
        params["contract_code"] = v_contract_code
    raw = request.param("margin_mode", ("query",))
    if raw is not MISSING:
        v_margin_mode = as_str(raw)
        if v_margin_mode is None:
            return Reject("1030", "margin_mode: must be a string", _PARAM_STATUS)
        if v_margin_mode not in ("cross",):
            return Reject("1030", "margin_mode: must be one of 'cross'", _PARAM_STATUS)
        params["margin_mode"] = v_margin_mode
    raw = request.param("order_id", ("query",))
    if raw is not MISSING:
        v_order_id = as_str(raw)
        if v_order_id is None:
            return Reject("1030", "order_id: must be a string", _PARAM_STATUS)
        params["order_id"] = v_order_id
    raw = request.param("client_order_id", ("query",))
    if raw is not MISSING:
        v_client_order_id = as_str(raw)
        if v_client_order_id is None:
            return Reject("1030", "client_order_id: must be a string", _PARAM_STATUS)
        params["client_order_id"] = v_client_order_id
    raw = request.param("from", ("query",))
    if raw is not MISSING:
        v_from = as_int(raw)
        if v_from is None:
            return Reject("1030", "from: must be an integer", _PARAM_STATUS)
        if v_from < -9223372036854775808 or v_from > 9223372036854775807:
            return Reject(
                "1030",
                "from: must be -9223372036854775808 <= from <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["from"] = v_from
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject("1030", "limit: must be an integer", _PARAM_STATUS)
        if v_limit < 1 or v_limit > 100:
            return Reject("1030", "limit: must be 1 <= limit <= 100", _PARAM_STATUS)
        params["limit"] = v_limit
    raw = request.param("direct", ("query",))
    if raw is not MISSING:
        v_direct = as_str(raw)
        if v_direct is None:
            return Reject("1030", "direct: must be a string", _PARAM_STATUS)
        if v_direct not in ("prev", "next"):
            return Reject("1030", "direct: must be one of 'prev', 'next'", _PARAM_STATUS)
        params["direct"] = v_direct
    return params


def parse_kraken_spot_cancel_all(request: WireRequest) -> dict[str, object] | Reject:
    """POST /0/private/CancelAll (specs/kraken/spot/cancel_all.yaml)."""
    params: dict[str, object] = {}
    return params


def parse_kraken_spot_cancel_all_orders_after(request: WireRequest) -> dict[str, object] | Reject:
    """POST /0/private/CancelAllOrdersAfter (specs/kraken/spot/cancel_all_orders_after.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("timeout", ("form", "json"))
    if raw is MISSING:
        return Reject("EGeneral:Invalid arguments", "timeout", _PARAM_STATUS)
    if raw is not MISSING:
        v_timeout = as_int(raw)
        if v_timeout is None:
            return Reject(
                "EGeneral:Invalid arguments", "timeout (must be an integer)", _PARAM_STATUS
            )
        if v_timeout not in (0,) and (v_timeout < 1 or v_timeout >= 86400):
            return Reject(
                "EGeneral:Invalid arguments",
                "timeout (must be 1 <= timeout < 86400, or 0 (deactivate the mechanism))",
                _PARAM_STATUS,
            )
        params["timeout"] = v_timeout
    return params


def parse_kraken_spot_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /0/private/OpenOrders (specs/kraken/spot/open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("trades", ("form", "json"))
    if raw is not MISSING:
        v_trades = as_bool(raw)
        if v_trades is None:
            return Reject(
                "EGeneral:Invalid arguments", "trades (must be true or false)", _PARAM_STATUS
            )
        params["trades"] = v_trades
    raw = request.param("userref", ("form", "json"))
    if raw is not MISSING:
        v_userref = as_int(raw)
        if v_userref is None:
            return Reject(
                "EGeneral:Invalid arguments", "userref (must be an integer)", _PARAM_STATUS
            )
        if v_userref < -2147483648 or v_userref > 2147483647:
            return Reject(
                "EGeneral:Invalid arguments",
                "userref (must be -2147483648 <= userref <= 2147483647)",
                _PARAM_STATUS,
            )
        params["userref"] = v_userref
    raw = request.param("cl_ord_id", ("form", "json"))
    if raw is not MISSING:
        v_cl_ord_id = as_str(raw)
        if v_cl_ord_id is None:
            return Reject(
                "EGeneral:Invalid arguments", "cl_ord_id (must be a string)", _PARAM_STATUS
            )
        params["cl_ord_id"] = v_cl_ord_id
    raw = request.param("rebase_multiplier", ("form", "json"))
    if raw is not MISSING:
        v_rebase_multiplier = as_str(raw)
        if v_rebase_multiplier is None:
            return Reject(
                "EGeneral:Invalid arguments", "rebase_multiplier (must be a string)", _PARAM_STATUS
            )
        if v_rebase_multiplier not in ("rebased", "base"):
            return Reject(
                "EGeneral:Invalid arguments",
                "rebase_multiplier (must be one of 'rebased', 'base')",
                _PARAM_STATUS,
            )
        params["rebase_multiplier"] = v_rebase_multiplier
    return params


def parse_krakenfutures_futures_cancel_all_orders(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """POST /derivatives/api/v3/cancelallorders (specs/krakenfutures/futures/cancel_all_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query", "form"))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("invalidArgument", "symbol: must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    return params


def parse_krakenfutures_futures_cancel_all_orders_after(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """POST /derivatives/api/v3/cancelallordersafter (specs/krakenfutures/futures/cancel_all_orders_after.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("timeout", ("query", "form"))
    if raw is not MISSING:
        v_timeout = as_int(raw)
        if v_timeout is None:
            return Reject("invalidArgument", "timeout: must be an integer", _PARAM_STATUS)
        if v_timeout not in (0,) and (v_timeout < 1 or v_timeout > 4294967295):
            return Reject(
                "invalidArgument",
                "timeout: must be 1 <= timeout <= 4294967295, or 0 (deactivate the mechanism)",
                _PARAM_STATUS,
            )
        params["timeout"] = v_timeout
    return params


def parse_krakenfutures_futures_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /derivatives/api/v3/openorders (specs/krakenfutures/futures/open_orders.yaml)."""
    params: dict[str, object] = {}
    return params


def parse_kucoin_futures_cancel_all_orders(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /api/v3/orders (specs/kucoin/futures/cancel_all_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query",))
    if raw is MISSING:
        return Reject("400100", "Parameter Error: symbol is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("400100", "Parameter Error: symbol must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    return params


def parse_kucoin_futures_cancel_all_orders_v1(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /api/v1/orders (specs/kucoin/futures/cancel_all_orders_v1.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("400100", "Parameter Error: symbol must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    return params


def parse_kucoin_futures_cancel_all_stop_orders(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /api/v1/stopOrders (specs/kucoin/futures/cancel_all_stop_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("400100", "Parameter Error: symbol must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    return params


def parse_kucoin_futures_get_order_list(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v1/orders (specs/kucoin/futures/get_order_list.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("status", ("query",))
    if raw is not MISSING:
        v_status = as_str(raw)
        if v_status is None:
            return Reject("400100", "Parameter Error: status must be a string", _PARAM_STATUS)
        if v_status not in ("active", "done"):
            return Reject(
                "400100", "Parameter Error: status must be one of 'active', 'done'", _PARAM_STATUS
            )
        params["status"] = v_status
    raw = request.param("symbol", ("query",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("400100", "Parameter Error: symbol must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("side", ("query",))
    if raw is not MISSING:
        v_side = as_str(raw)
        if v_side is None:
            return Reject("400100", "Parameter Error: side must be a string", _PARAM_STATUS)
        if v_side not in ("buy", "sell"):
            return Reject(
                "400100", "Parameter Error: side must be one of 'buy', 'sell'", _PARAM_STATUS
            )
        params["side"] = v_side
    raw = request.param("type", ("query",))
    if raw is not MISSING:
        v_type = as_str(raw)
        if v_type is None:
            return Reject("400100", "Parameter Error: type must be a string", _PARAM_STATUS)
        if v_type not in ("limit", "market", "limit_stop", "market_stop", "oco_limit", "oco_stop"):
            return Reject(
                "400100",
                "Parameter Error: type must be one of 'limit', 'market', 'limit_stop', 'market_stop', 'oco_limit', 'oco_stop'",
                _PARAM_STATUS,
            )
        params["type"] = v_type
    raw = request.param("startAt", ("query",))
    if raw is not MISSING:
        v_start_at = as_int(raw)
        if v_start_at is None:
            return Reject("400100", "Parameter Error: startAt must be an integer", _PARAM_STATUS)
        if v_start_at < -9223372036854775808 or v_start_at > 9223372036854775807:
            return Reject(
                "400100",
                "Parameter Error: startAt must be -9223372036854775808 <= startAt <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["startAt"] = v_start_at
    raw = request.param("endAt", ("query",))
    if raw is not MISSING:
        v_end_at = as_int(raw)
        if v_end_at is None:
            return Reject("400100", "Parameter Error: endAt must be an integer", _PARAM_STATUS)
        if v_end_at < -9223372036854775808 or v_end_at > 9223372036854775807:
            return Reject(
                "400100",
                "Parameter Error: endAt must be -9223372036854775808 <= endAt <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["endAt"] = v_end_at
    raw = request.param("currentPage", ("query",))
    if raw is not MISSING:
        v_current_page = as_int(raw)
        if v_current_page is None:
            return Reject(
                "400100", "Parameter Error: currentPage must be an integer", _PARAM_STATUS
            )
        params["currentPage"] = v_current_page
    raw = request.param("pageSize", ("query",))
    if raw is not MISSING:
        v_page_size = as_int(raw)
        if v_page_size is None:
            return Reject("400100", "Parameter Error: pageSize must be an integer", _PARAM_STATUS)
        if v_page_size > 1000:
            return Reject(
                "400100", "Parameter Error: pageSize must be pageSize <= 1000", _PARAM_STATUS
            )
        params["pageSize"] = v_page_size
    return params


def parse_kucoin_futures_get_stop_order_list(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v1/stopOrders (specs/kucoin/futures/get_stop_order_list.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("400100", "Parameter Error: symbol must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("side", ("query",))
    if raw is not MISSING:
        v_side = as_str(raw)
        if v_side is None:
            return Reject("400100", "Parameter Error: side must be a string", _PARAM_STATUS)
        if v_side not in ("buy", "sell"):
            return Reject(
                "400100", "Parameter Error: side must be one of 'buy', 'sell'", _PARAM_STATUS
            )
        params["side"] = v_side
    raw = request.param("type", ("query",))
    if raw is not MISSING:
        v_type = as_str(raw)
        if v_type is None:
            return Reject("400100", "Parameter Error: type must be a string", _PARAM_STATUS)
        if v_type not in ("limit", "market"):
            return Reject(
                "400100", "Parameter Error: type must be one of 'limit', 'market'", _PARAM_STATUS
            )
        params["type"] = v_type
    raw = request.param("startAt", ("query",))
    if raw is not MISSING:
        v_start_at = as_int(raw)
        if v_start_at is None:
            return Reject("400100", "Parameter Error: startAt must be an integer", _PARAM_STATUS)
        if v_start_at < -9223372036854775808 or v_start_at > 9223372036854775807:
            return Reject(
                "400100",
                "Parameter Error: startAt must be -9223372036854775808 <= startAt <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["startAt"] = v_start_at
    raw = request.param("endAt", ("query",))
    if raw is not MISSING:
        v_end_at = as_int(raw)
        if v_end_at is None:
            return Reject("400100", "Parameter Error: endAt must be an integer", _PARAM_STATUS)
        if v_end_at < -9223372036854775808 or v_end_at > 9223372036854775807:
            return Reject(
                "400100",
                "Parameter Error: endAt must be -9223372036854775808 <= endAt <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["endAt"] = v_end_at
    raw = request.param("currentPage", ("query",))
    if raw is not MISSING:
        v_current_page = as_int(raw)
        if v_current_page is None:
            return Reject(
                "400100", "Parameter Error: currentPage must be an integer", _PARAM_STATUS
            )
        params["currentPage"] = v_current_page
    raw = request.param("pageSize", ("query",))
    if raw is not MISSING:
        v_page_size = as_int(raw)
        if v_page_size is None:
            return Reject("400100", "Parameter Error: pageSize must be an integer", _PARAM_STATUS)
        if v_page_size > 1000:
            return Reject(
                "400100", "Parameter Error: pageSize must be pageSize <= 1000", _PARAM_STATUS
            )
        params["pageSize"] = v_page_size
    return params


def parse_kucoin_spot_batch_cancel_stop_orders(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /api/v1/stop-order/cancel (specs/kucoin/spot/batch_cancel_stop_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("400100", "Parameter Error: symbol must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("tradeType", ("query",))
    if raw is not MISSING:
        v_trade_type = as_str(raw)
        if v_trade_type is None:
            return Reject("400100", "Parameter Error: tradeType must be a string", _PARAM_STATUS)
        params["tradeType"] = v_trade_type
    raw = request.param("orderIds", ("query",))
    if raw is not MISSING:
        v_order_ids = as_str(raw)
        if v_order_ids is None:
            return Reject("400100", "Parameter Error: orderIds must be a string", _PARAM_STATUS)
        params["orderIds"] = v_order_ids
    return params


def parse_kucoin_spot_cancel_all_orders(request: WireRequest) -> dict[str, object] | Reject:
    """DELETE /api/v1/hf/orders/cancelAll (specs/kucoin/spot/cancel_all_orders.yaml)."""
    params: dict[str, object] = {}
    return params


def parse_kucoin_spot_get_dcp(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v1/hf/orders/dead-cancel-all/query (specs/kucoin/spot/get_dcp.yaml)."""
    params: dict[str, object] = {}
    return params


def parse_kucoin_spot_get_open_orders(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v1/hf/orders/active (specs/kucoin/spot/get_open_orders.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query",))
    if raw is MISSING:
        return Reject("400100", "Parameter Error: symbol is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("400100", "Parameter Error: symbol must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    return params


def parse_kucoin_spot_get_open_orders_by_page(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v1/hf/orders/active/page (specs/kucoin/spot/get_open_orders_by_page.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query",))
    if raw is MISSING:
        return Reject("400100", "Parameter Error: symbol is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("400100", "Parameter Error: symbol must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("pageNum", ("query",))
    if raw is not MISSING:
        v_page_num = as_int(raw)
        if v_page_num is None:
            return Reject("400100", "Parameter Error: pageNum must be an integer", _PARAM_STATUS)
        if v_page_num < 1:
            return Reject("400100", "Parameter Error: pageNum must be pageNum >= 1", _PARAM_STATUS)
        params["pageNum"] = v_page_num
    raw = request.param("pageSize", ("query",))
    if raw is not MISSING:
        v_page_size = as_int(raw)
        if v_page_size is None:
            return Reject("400100", "Parameter Error: pageSize must be an integer", _PARAM_STATUS)
        if v_page_size < 1 or v_page_size > 50:
            return Reject(
                "400100", "Parameter Error: pageSize must be 1 <= pageSize <= 50", _PARAM_STATUS
            )
        params["pageSize"] = v_page_size
    return params


def parse_kucoin_spot_get_stop_orders_list(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v1/stop-order (specs/kucoin/spot/get_stop_orders_list.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("symbol", ("query",))
    if raw is not MISSING:
        v_symbol = as_str(raw)
        if v_symbol is None:
            return Reject("400100", "Parameter Error: symbol must be a string", _PARAM_STATUS)
        params["symbol"] = v_symbol
    raw = request.param("side", ("query",))
    if raw is not MISSING:
        v_side = as_str(raw)
        if v_side is None:
            return Reject("400100", "Parameter Error: side must be a string", _PARAM_STATUS)
        params["side"] = v_side
    raw = request.param("type", ("query",))
    if raw is not MISSING:
        v_type = as_str(raw)
        if v_type is None:
            return Reject("400100", "Parameter Error: type must be a string", _PARAM_STATUS)
        if v_type not in ("limit", "market"):
            return Reject(
                "400100", "Parameter Error: type must be one of 'limit', 'market'", _PARAM_STATUS
            )
        params["type"] = v_type
    raw = request.param("tradeType", ("query",))
    if raw is not MISSING:
        v_trade_type = as_str(raw)
        if v_trade_type is None:
            return Reject("400100", "Parameter Error: tradeType must be a string", _PARAM_STATUS)
        params["tradeType"] = v_trade_type
    raw = request.param("startAt", ("query",))
    if raw is not MISSING:
        v_start_at = as_int(raw)
        if v_start_at is None:
            return Reject("400100", "Parameter Error: startAt must be an integer", _PARAM_STATUS)
        if v_start_at < -9223372036854775808 or v_start_at > 9223372036854775807:
            return Reject(
                "400100",
                "Parameter Error: startAt must be -9223372036854775808 <= startAt <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["startAt"] = v_start_at
    raw = request.param("endAt", ("query",))
    if raw is not MISSING:
        v_end_at = as_int(raw)
        if v_end_at is None:
            return Reject("400100", "Parameter Error: endAt must be an integer", _PARAM_STATUS)
        if v_end_at < -9223372036854775808 or v_end_at > 9223372036854775807:
            return Reject(
                "400100",
                "Parameter Error: endAt must be -9223372036854775808 <= endAt <= 9223372036854775807",
                _PARAM_STATUS,
            )
        params["endAt"] = v_end_at
    raw = request.param("currentPage", ("query",))
    if raw is not MISSING:
        v_current_page = as_int(raw)
        if v_current_page is None:
            return Reject(
                "400100", "Parameter Error: currentPage must be an integer", _PARAM_STATUS
            )
        if v_current_page < 1:
            return Reject(
                "400100", "Parameter Error: currentPage must be currentPage >= 1", _PARAM_STATUS
            )
        params["currentPage"] = v_current_page
    raw = request.param("orderIds", ("query",))
    if raw is not MISSING:
        v_order_ids = as_str(raw)
        if v_order_ids is None:
            return Reject("400100", "Parameter Error: orderIds must be a string", _PARAM_STATUS)
        params["orderIds"] = v_order_ids
    raw = request.param("pageSize", ("query",))
    if raw is not MISSING:
        v_page_size = as_int(raw)
        if v_page_size is None:
            return Reject("400100", "Parameter Error: pageSize must be an integer", _PARAM_STATUS)
        if v_page_size < 10 or v_page_size > 500:
            return Reject(
                "400100", "Parameter Error: pageSize must be 10 <= pageSize <= 500", _PARAM_STATUS
            )
        params["pageSize"] = v_page_size
    raw = request.param("stop", ("query",))
    if raw is not MISSING:
        v_stop = as_str(raw)
        if v_stop is None:
            return Reject("400100", "Parameter Error: stop must be a string", _PARAM_STATUS)
        params["stop"] = v_stop
    return params


def parse_kucoin_spot_get_symbols_with_open_order(
    request: WireRequest,
) -> dict[str, object] | Reject:
    """GET /api/v1/hf/orders/active/symbols (specs/kucoin/spot/get_symbols_with_open_order.yaml)."""
    params: dict[str, object] = {}
    return params


def parse_kucoin_spot_set_dcp(request: WireRequest) -> dict[str, object] | Reject:
    """POST /api/v1/hf/orders/dead-cancel-all (specs/kucoin/spot/set_dcp.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("timeout", ("json",))
    if raw is MISSING:
        return Reject("400100", "Parameter Error: timeout is required", _PARAM_STATUS)
    if raw is not MISSING:
        v_timeout = as_json_int(raw)
        if v_timeout is None:
            return Reject(
                "400100", "Parameter Error: timeout must be a JSON integer", _PARAM_STATUS
            )
        if v_timeout not in (-1,) and (v_timeout < 5 or v_timeout > 86400):
            return Reject(
                "400100",
                "Parameter Error: timeout must be 5 <= timeout <= 86400, or -1 (unset (disarm))",
                _PARAM_STATUS,
            )
        params["timeout"] = v_timeout
    raw = request.param("symbols", ("json",))
    if raw is not MISSING:
        v_symbols = as_str(raw)
        if v_symbols is None:
            return Reject("400100", "Parameter Error: symbols must be a string", _PARAM_STATUS)
        params["symbols"] = v_symbols
    return params


def parse_okx_trade_cancel_algos(request: WireRequest) -> dict[str, object] | Reject:
    """POST /api/v5/trade/cancel-algos (specs/okx/trade/cancel_algos.yaml)."""
    items: list[dict[str, object]] = []
    for item in request.json_items:
        params: dict[str, object] = {}
        raw = item.get("instId", MISSING)
        if raw is MISSING:
            return Reject("50014", "Parameter instId can not be empty.", _PARAM_STATUS)
        if raw is not MISSING:
            v_inst_id = as_str(raw)
            if v_inst_id is None:
                return Reject("51000", "Parameter instId error: must be a string", _PARAM_STATUS)
            params["instId"] = v_inst_id
        raw = item.get("algoId", MISSING)
        if raw is not MISSING:
            v_algo_id = as_str(raw)
            if v_algo_id is None:
                return Reject("51000", "Parameter algoId error: must be a string", _PARAM_STATUS)
            params["algoId"] = v_algo_id
        raw = item.get("algoClOrdId", MISSING)
        if raw is not MISSING:
            v_algo_cl_ord_id = as_str(raw)
            if v_algo_cl_ord_id is None:
                return Reject(
                    "51000", "Parameter algoClOrdId error: must be a string", _PARAM_STATUS
                )
            params["algoClOrdId"] = v_algo_cl_ord_id
        items.append(params)
    return {"items": items}


def parse_okx_trade_cancel_all_after(request: WireRequest) -> dict[str, object] | Reject:
    """POST /api/v5/trade/cancel-all-after (specs/okx/trade/cancel_all_after.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("timeOut", ("json",))
    if raw is MISSING:
        return Reject("50014", "Parameter timeOut can not be empty.", _PARAM_STATUS)
    if raw is not MISSING:
        v_time_out = as_int(raw)
        if v_time_out is None:
            return Reject("51000", "Parameter timeOut error: must be an integer", _PARAM_STATUS)
        if v_time_out not in (0,) and (v_time_out < 10 or v_time_out > 120):
            return Reject(
                "51000",
                "Parameter timeOut error: must be 10 <= timeOut <= 120, or 0 (Setting timeOut to 0 disables Cancel All After.)",
                _PARAM_STATUS,
            )
        params["timeOut"] = v_time_out
    raw = request.param("tag", ("json",))
    if raw is not MISSING:
        v_tag = as_str(raw)
        if v_tag is None:
            return Reject("51000", "Parameter tag error: must be a string", _PARAM_STATUS)
        if not fullmatch("[A-Za-z0-9]{1,16}", v_tag):
            return Reject(
                "51000", "Parameter tag error: must match [A-Za-z0-9]{1,16}", _PARAM_STATUS
            )
        params["tag"] = v_tag
    return params


def parse_okx_trade_cancel_batch_orders(request: WireRequest) -> dict[str, object] | Reject:
    """POST /api/v5/trade/cancel-batch-orders (specs/okx/trade/cancel_batch_orders.yaml)."""
    items: list[dict[str, object]] = []
    for item in request.json_items:
        params: dict[str, object] = {}
        raw = item.get("instId", MISSING)
        if raw is MISSING:
            return Reject("50014", "Parameter instId can not be empty.", _PARAM_STATUS)
        if raw is not MISSING:
            v_inst_id = as_str(raw)
            if v_inst_id is None:
                return Reject("51000", "Parameter instId error: must be a string", _PARAM_STATUS)
            params["instId"] = v_inst_id
        raw = item.get("ordId", MISSING)
        if raw is not MISSING:
            v_ord_id = as_str(raw)
            if v_ord_id is None:
                return Reject("51000", "Parameter ordId error: must be a string", _PARAM_STATUS)
            params["ordId"] = v_ord_id
        raw = item.get("clOrdId", MISSING)
        if raw is not MISSING:
            v_cl_ord_id = as_str(raw)
            if v_cl_ord_id is None:
                return Reject("51000", "Parameter clOrdId error: must be a string", _PARAM_STATUS)
            params["clOrdId"] = v_cl_ord_id
        items.append(params)
    return {"items": items}


def parse_okx_trade_orders_algo_pending(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v5/trade/orders-algo-pending (specs/okx/trade/orders_algo_pending.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("ordType", ("query",))
    if raw is MISSING:
        return Reject("50014", "Parameter ordType can not be empty.", _PARAM_STATUS)
    if raw is not MISSING:
        v_ord_type = as_str(raw)
        if v_ord_type is None:
            return Reject("51000", "Parameter ordType error: must be a string", _PARAM_STATUS)
        if v_ord_type not in (
            "conditional",
            "oco",
            "conditional,oco",
            "chase",
            "trigger",
            "move_order_stop",
            "iceberg",
            "twap",
        ):
            return Reject(
                "51000",
                "Parameter ordType error: must be one of 'conditional', 'oco', 'conditional,oco', 'chase', 'trigger', 'move_order_stop', 'iceberg', 'twap'",
                _PARAM_STATUS,
            )
        params["ordType"] = v_ord_type
    raw = request.param("algoId", ("query",))
    if raw is not MISSING:
        v_algo_id = as_str(raw)
        if v_algo_id is None:
            return Reject("51000", "Parameter algoId error: must be a string", _PARAM_STATUS)
        params["algoId"] = v_algo_id
    raw = request.param("instType", ("query",))
    if raw is not MISSING:
        v_inst_type = as_str(raw)
        if v_inst_type is None:
            return Reject("51000", "Parameter instType error: must be a string", _PARAM_STATUS)
        if v_inst_type not in ("SPOT", "SWAP", "FUTURES", "MARGIN"):
            return Reject(
                "51000",
                "Parameter instType error: must be one of 'SPOT', 'SWAP', 'FUTURES', 'MARGIN'",
                _PARAM_STATUS,
            )
        params["instType"] = v_inst_type
    raw = request.param("instId", ("query",))
    if raw is not MISSING:
        v_inst_id = as_str(raw)
        if v_inst_id is None:
            return Reject("51000", "Parameter instId error: must be a string", _PARAM_STATUS)
        params["instId"] = v_inst_id
    raw = request.param("after", ("query",))
    if raw is not MISSING:
        v_after = as_str(raw)
        if v_after is None:
            return Reject("51000", "Parameter after error: must be a string", _PARAM_STATUS)
        params["after"] = v_after
    raw = request.param("before", ("query",))
    if raw is not MISSING:
        v_before = as_str(raw)
        if v_before is None:
            return Reject("51000", "Parameter before error: must be a string", _PARAM_STATUS)
        params["before"] = v_before
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject("51000", "Parameter limit error: must be an integer", _PARAM_STATUS)
        if v_limit < 1 or v_limit > 100:
            return Reject(
                "51000", "Parameter limit error: must be 1 <= limit <= 100", _PARAM_STATUS
            )
        params["limit"] = v_limit
    return params


def parse_okx_trade_orders_pending(request: WireRequest) -> dict[str, object] | Reject:
    """GET /api/v5/trade/orders-pending (specs/okx/trade/orders_pending.yaml)."""
    params: dict[str, object] = {}
    raw = request.param("instType", ("query",))
    if raw is not MISSING:
        v_inst_type = as_str(raw)
        if v_inst_type is None:
            return Reject("51000", "Parameter instType error: must be a string", _PARAM_STATUS)
        if v_inst_type not in ("SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"):
            return Reject(
                "51000",
                "Parameter instType error: must be one of 'SPOT', 'MARGIN', 'SWAP', 'FUTURES', 'OPTION'",
                _PARAM_STATUS,
            )
        params["instType"] = v_inst_type
    raw = request.param("instFamily", ("query",))
    if raw is not MISSING:
        v_inst_family = as_str(raw)
        if v_inst_family is None:
            return Reject("51000", "Parameter instFamily error: must be a string", _PARAM_STATUS)
        params["instFamily"] = v_inst_family
    raw = request.param("instId", ("query",))
    if raw is not MISSING:
        v_inst_id = as_str(raw)
        if v_inst_id is None:
            return Reject("51000", "Parameter instId error: must be a string", _PARAM_STATUS)
        params["instId"] = v_inst_id
    raw = request.param("ordType", ("query",))
    if raw is not MISSING:
        v_ord_type = as_str(raw)
        if v_ord_type is None:
            return Reject("51000", "Parameter ordType error: must be a string", _PARAM_STATUS)
        if v_ord_type not in (
            "market",
            "limit",
            "post_only",
            "fok",
            "ioc",
            "optimal_limit_ioc",
            "mmp",
            "mmp_and_post_only",
            "op_fok",
        ):
            return Reject(
                "51000",
                "Parameter ordType error: must be one of 'market', 'limit', 'post_only', 'fok', 'ioc', 'optimal_limit_ioc', 'mmp', 'mmp_and_post_only', 'op_fok'",
                _PARAM_STATUS,
            )
        params["ordType"] = v_ord_type
    raw = request.param("state", ("query",))
    if raw is not MISSING:
        v_state = as_str(raw)
        if v_state is None:
            return Reject("51000", "Parameter state error: must be a string", _PARAM_STATUS)
        if v_state not in ("live", "partially_filled"):
            return Reject(
                "51000",
                "Parameter state error: must be one of 'live', 'partially_filled'",
                _PARAM_STATUS,
            )
        params["state"] = v_state
    raw = request.param("after", ("query",))
    if raw is not MISSING:
        v_after = as_str(raw)
        if v_after is None:
            return Reject("51000", "Parameter after error: must be a string", _PARAM_STATUS)
        params["after"] = v_after
    raw = request.param("before", ("query",))
    if raw is not MISSING:
        v_before = as_str(raw)
        if v_before is None:
            return Reject("51000", "Parameter before error: must be a string", _PARAM_STATUS)
        params["before"] = v_before
    raw = request.param("limit", ("query",))
    if raw is not MISSING:
        v_limit = as_int(raw)
        if v_limit is None:
            return Reject("51000", "Parameter limit error: must be an integer", _PARAM_STATUS)
        if v_limit < 1 or v_limit > 100:
            return Reject(
                "51000", "Parameter limit error: must be 1 <= limit <= 100", _PARAM_STATUS
            )
        params["limit"] = v_limit
    return params


BINANCE_ERRORS: dict[str, ErrorInfo] = {
    "-1000": ErrorInfo(
        code="-1000",
        http_status=None,
        message="UNKNOWN: An unknown error occurred while processing the request.",
        error_class="ServerError",
    ),
    "-1001": ErrorInfo(
        code="-1001",
        http_status=None,
        message="DISCONNECTED: Internal error; unable to process your request. Please try again.",
        error_class="ServerError",
    ),
    "-1002": ErrorInfo(
        code="-1002",
        http_status=None,
        message="UNAUTHORIZED: You are not authorized to execute this request.",
        error_class="PermissionDeniedError",
    ),
    "-1003": ErrorInfo(
        code="-1003",
        http_status=None,
        message="Too many requests queued.",
        error_class="RateLimitError",
    ),
    "-1006": ErrorInfo(
        code="-1006",
        http_status=None,
        message="UNEXPECTED_RESP: An unexpected response was received from the message bus. Execution status unknown.",
        error_class="ServerError",
    ),
    "-1007": ErrorInfo(
        code="-1007",
        http_status=None,
        message="TIMEOUT: Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
        error_class="ServerError",
    ),
    "-1008": ErrorInfo(
        code="-1008",
        http_status=None,
        message="SERVER_BUSY: Server is currently overloaded with other requests. Please try again in a few minutes.",
        error_class="ServerError",
    ),
    "-1015": ErrorInfo(
        code="-1015",
        http_status=None,
        message="TOO_MANY_ORDERS: Too many new orders; current limit is %s orders per %s.",
        error_class="RateLimitError",
    ),
    "-1016": ErrorInfo(
        code="-1016",
        http_status=None,
        message="SERVICE_SHUTTING_DOWN: This service is no longer available.",
        error_class="ServerError",
    ),
    "-1021": ErrorInfo(
        code="-1021",
        http_status=None,
        message="Timestamp for this request is outside of the recvWindow.",
        error_class="TimestampError",
    ),
    "-1022": ErrorInfo(
        code="-1022",
        http_status=None,
        message="INVALID_SIGNATURE: Signature for this request is not valid.",
        error_class="AuthenticationError",
    ),
    "-1100": ErrorInfo(
        code="-1100",
        http_status=None,
        message="ILLEGAL_CHARS: Illegal characters found in a parameter.",
        error_class="InvalidRequestError",
    ),
    "-1101": ErrorInfo(
        code="-1101",
        http_status=None,
        message="TOO_MANY_PARAMETERS: Too many parameters sent for this endpoint.",
        error_class="InvalidRequestError",
    ),
    "-1102": ErrorInfo(
        code="-1102",
        http_status=None,
        message="MANDATORY_PARAM_EMPTY_OR_MALFORMED: A mandatory parameter was not sent, was empty/null, or malformed.",
        error_class="InvalidRequestError",
    ),
    "-1103": ErrorInfo(
        code="-1103",
        http_status=None,
        message="UNKNOWN_PARAM: An unknown parameter was sent.",
        error_class="InvalidRequestError",
    ),
    "-1121": ErrorInfo(
        code="-1121",
        http_status=None,
        message="BAD_SYMBOL: Invalid symbol.",
        error_class="InvalidRequestError",
    ),
    "-2011": ErrorInfo(
        code="-2011",
        http_status=None,
        message="Unknown order sent.",
        error_class="NothingToCancelError",
    ),
    "-2012": ErrorInfo(
        code="-2012",
        http_status=None,
        message="CANCEL_ALL_FAIL: Batch cancel failure.",
        error_class="ServerError",
    ),
    "-2013": ErrorInfo(
        code="-2013",
        http_status=None,
        message="NO_SUCH_ORDER: Order does not exist.",
        error_class="OrderNotFoundError",
    ),
    "-2014": ErrorInfo(
        code="-2014",
        http_status=None,
        message="BAD_API_KEY_FMT: API-key format invalid.",
        error_class="AuthenticationError",
    ),
    "-2015": ErrorInfo(
        code="-2015",
        http_status=None,
        message="REJECTED_MBX_KEY: Invalid API-key, IP, or permissions for action.",
        error_class="PermissionDeniedError",
    ),
}

BINGX_ERRORS: dict[str, ErrorInfo] = {
    "100001": ErrorInfo(
        code="100001",
        http_status=None,
        message="signature verification failed",
        error_class="AuthenticationError",
    ),
    "100202": ErrorInfo(
        code="100202",
        http_status=None,
        message="insufficient balance",
        error_class="InvalidRequestError",
    ),
    "100204": ErrorInfo(
        code="100204",
        http_status=None,
        message="no data",
        error_class="InvalidRequestError",
    ),
    "100400": ErrorInfo(
        code="100400",
        http_status=None,
        message="invalid parameter",
        error_class="InvalidRequestError",
    ),
    "100410": ErrorInfo(
        code="100410",
        http_status=None,
        message="The endpoint trigger frequency limit rule is currently in the disabled period and will be unblocked after 1727193814249",
        error_class="RateLimitError",
    ),
    "100412": ErrorInfo(
        code="100412",
        http_status=None,
        message="Null signature",
        error_class="AuthenticationError",
    ),
    "100413": ErrorInfo(
        code="100413",
        http_status=None,
        message="Incorrect/Null apiKey",
        error_class="AuthenticationError",
    ),
    "100419": ErrorInfo(
        code="100419",
        http_status=None,
        message="IP not in whitelist",
        error_class="PermissionDeniedError",
    ),
    "100421": ErrorInfo(
        code="100421",
        http_status=None,
        message="Null timestamp or timestamp mismatch",
        error_class="TimestampError",
    ),
    "100500": ErrorInfo(
        code="100500",
        http_status=None,
        message="internal error",
        error_class="ServerError",
    ),
    "100503": ErrorInfo(
        code="100503",
        http_status=None,
        message="server busy",
        error_class="ServerError",
    ),
    "80014": ErrorInfo(
        code="80014",
        http_status=None,
        message="timestamp invalid / invalid parameter",
        error_class="TimestampError",
    ),
}

BITGET_ERRORS: dict[str, ErrorInfo] = {
    "22001": ErrorInfo(
        code="22001",
        http_status=None,
        message="No order to cancel",
        error_class="NothingToCancelError",
    ),
    "31007": ErrorInfo(
        code="31007",
        http_status=None,
        message="Order does not exist",
        error_class="OrderNotFoundError",
    ),
    "31054": ErrorInfo(
        code="31054",
        http_status=None,
        message="No order to cancel",
        error_class="NothingToCancelError",
    ),
    "40001": ErrorInfo(
        code="40001",
        http_status=None,
        message="ACCESS_KEY cannot be empty",
        error_class="AuthenticationError",
    ),
    "40002": ErrorInfo(
        code="40002",
        http_status=None,
        message="ACCESS_SIGN cannot be empty",
        error_class="AuthenticationError",
    ),
    "40003": ErrorInfo(
        code="40003",
        http_status=None,
        message="Signature cannot be empty",
        error_class="AuthenticationError",
    ),
    "40005": ErrorInfo(
        code="40005",
        http_status=None,
        message="Invalid ACCESS_TIMESTAMP",
        error_class="TimestampError",
    ),
    "40006": ErrorInfo(
        code="40006",
        http_status=None,
        message="Invalid ACCESS_KEY",
        error_class="AuthenticationError",
    ),
    "40007": ErrorInfo(
        code="40007",
        http_status=None,
        message="Invalid Content_Type",
        error_class="InvalidRequestError",
    ),
    "40008": ErrorInfo(
        code="40008",
        http_status=None,
        message="Request timestamp expired",
        error_class="TimestampError",
    ),
    "40009": ErrorInfo(
        code="40009",
        http_status=400,
        message="sign signature error",
        error_class="AuthenticationError",
    ),
    "40010": ErrorInfo(
        code="40010",
        http_status=None,
        message="Request timed out",
        error_class="ServerError",
    ),
    "40011": ErrorInfo(
        code="40011",
        http_status=None,
        message="ACCESS_PASSPHRASE cannot be empty",
        error_class="AuthenticationError",
    ),
    "40012": ErrorInfo(
        code="40012",
        http_status=None,
        message="apikey/password is incorrect",
        error_class="AuthenticationError",
    ),
    "40014": ErrorInfo(
        code="40014",
        http_status=None,
        message="Incorrect permissions",
        error_class="PermissionDeniedError",
    ),
    "40018": ErrorInfo(
        code="40018",
        http_status=None,
        message="Invalid IP",
        error_class="PermissionDeniedError",
    ),
    "40034": ErrorInfo(
        code="40034",
        http_status=None,
        message="Parameter {0} does not exist",
        error_class="InvalidRequestError",
    ),
    "40037": ErrorInfo(
        code="40037",
        http_status=None,
        message="Apikey does not exist",
        error_class="AuthenticationError",
    ),
    "40078": ErrorInfo(
        code="40078",
        http_status=None,
        message="Timestamp for this request is outside of the ME receiveWindow",
        error_class="TimestampError",
    ),
    "40079": ErrorInfo(
        code="40079",
        http_status=None,
        message="receiveWindow timestamp must be less than 60s",
        error_class="TimestampError",
    ),
    "40102": ErrorInfo(
        code="40102",
        http_status=None,
        message="Symbol does not exist",
        error_class="InvalidRequestError",
    ),
    "429": ErrorInfo(
        code="429",
        http_status=429,
        message="Too many requests",
        error_class="RateLimitError",
    ),
    "43001": ErrorInfo(
        code="43001",
        http_status=None,
        message="order does not exist",
        error_class="OrderNotFoundError",
    ),
    "43004": ErrorInfo(
        code="43004",
        http_status=None,
        message="There is no order to cancel",
        error_class="NothingToCancelError",
    ),
    "43025": ErrorInfo(
        code="43025",
        http_status=None,
        message="Plan order does not exist",
        error_class="OrderNotFoundError",
    ),
}

BITMEX_ERRORS: dict[str, ErrorInfo] = {}

BYBIT_ERRORS: dict[str, ErrorInfo] = {
    "-1": ErrorInfo(
        code="-1",
        http_status=None,
        message="request expired: o@0, now[] diff[]",
        error_class="TimestampError",
    ),
    "-2015": ErrorInfo(
        code="-2015",
        http_status=None,
        message="(Spot) Your api key has expired",
        error_class="AuthenticationError",
    ),
    "10000": ErrorInfo(
        code="10000",
        http_status=None,
        message="Server Timeout",
        error_class="ServerError",
    ),
    "10001": ErrorInfo(
        code="10001",
        http_status=None,
        message="Request parameter error",
        error_class="InvalidRequestError",
    ),
    "10002": ErrorInfo(
        code="10002",
        http_status=None,
        message="The request time exceeds the time window range.",
        error_class="TimestampError",
    ),
    "10003": ErrorInfo(
        code="10003",
        http_status=None,
        message="API key is invalid. Check whether the key and domain are matched, there are 4 env: mainnet, testnet, mainnet-demo, testnet-demo",
        error_class="AuthenticationError",
    ),
    "10004": ErrorInfo(
        code="10004",
        http_status=None,
        message="Error sign, please check your signature generation algorithm.",
        error_class="AuthenticationError",
    ),
    "10005": ErrorInfo(
        code="10005",
        http_status=None,
        message="Permission denied, please check your API key permissions.",
        error_class="PermissionDeniedError",
    ),
    "10006": ErrorInfo(
        code="10006",
        http_status=None,
        message="Too many visits!",
        error_class="RateLimitError",
    ),
    "10007": ErrorInfo(
        code="10007",
        http_status=None,
        message="User authentication failed.",
        error_class="AuthenticationError",
    ),
    "10008": ErrorInfo(
        code="10008",
        http_status=None,
        message="Common banned, please check your account mode",
        error_class="PermissionDeniedError",
    ),
    "10009": ErrorInfo(
        code="10009",
        http_status=None,
        message="Service Restricted: Access is currently unavailable for your region. Please contact our support team for further assistance",
        error_class="PermissionDeniedError",
    ),
    "10010": ErrorInfo(
        code="10010",
        http_status=None,
        message="Unmatched IP, please check your API key's bound IP addresses.",
        error_class="PermissionDeniedError",
    ),
    "10014": ErrorInfo(
        code="10014",
        http_status=None,
        message="Invalid duplicate request.",
        error_class="InvalidRequestError",
    ),
    "10016": ErrorInfo(
        code="10016",
        http_status=None,
        message="Server error.",
        error_class="ServerError",
    ),
    "10017": ErrorInfo(
        code="10017",
        http_status=None,
        message="Route not found.",
        error_class="InvalidRequestError",
    ),
    "10024": ErrorInfo(
        code="10024",
        http_status=None,
        message="Compliance rules triggered",
        error_class="PermissionDeniedError",
    ),
    "10027": ErrorInfo(
        code="10027",
        http_status=None,
        message="Transactions are banned.",
        error_class="PermissionDeniedError",
    ),
    "10028": ErrorInfo(
        code="10028",
        http_status=None,
        message="The API can only be accessed by unified account users.",
        error_class="PermissionDeniedError",
    ),
    "110001": ErrorInfo(
        code="110001",
        http_status=None,
        message="Order does not exist",
        error_class="OrderNotFoundError",
    ),
    "110008": ErrorInfo(
        code="110008",
        http_status=None,
        message="The order has been completed or cancelled.",
        error_class="OrderNotFoundError",
    ),
    "110010": ErrorInfo(
        code="110010",
        http_status=None,
        message="The order has been cancelled",
        error_class="OrderNotFoundError",
    ),
    "170142": ErrorInfo(
        code="170142",
        http_status=None,
        message="Order has been cancelled",
        error_class="OrderNotFoundError",
    ),
    "170147": ErrorInfo(
        code="170147",
        http_status=None,
        message="Order cancellation timeout",
        error_class="ServerError",
    ),
    "170190": ErrorInfo(
        code="170190",
        http_status=None,
        message="Cancel order has been finished",
        error_class="OrderNotFoundError",
    ),
    "170191": ErrorInfo(
        code="170191",
        http_status=None,
        message="Can not cancel order, please try again later",
        error_class="ServerError",
    ),
    "170212": ErrorInfo(
        code="170212",
        http_status=None,
        message="Cancel order request processing",
        error_class="ServerError",
    ),
    "170213": ErrorInfo(
        code="170213",
        http_status=None,
        message="Order does not exist.",
        error_class="OrderNotFoundError",
    ),
    "33004": ErrorInfo(
        code="33004",
        http_status=None,
        message="(Derivatives) Your api key has expired",
        error_class="AuthenticationError",
    ),
    "429": ErrorInfo(
        code="429",
        http_status=None,
        message="The trading service is experiencing a high server load. Please retry if you encounter this issue.",
        error_class="ServerError",
    ),
}

GATE_ERRORS: dict[str, ErrorInfo] = {
    "ACCOUNT_LOCKED": ErrorInfo(
        code="ACCOUNT_LOCKED",
        http_status=None,
        message="Authentication failed: account locked",
        error_class="PermissionDeniedError",
    ),
    "BAD_REQUEST": ErrorInfo(
        code="BAD_REQUEST",
        http_status=None,
        message="Invalid request: bad request",
        error_class="InvalidRequestError",
    ),
    "FORBIDDEN": ErrorInfo(
        code="FORBIDDEN",
        http_status=None,
        message="Authentication failed: forbidden",
        error_class="PermissionDeniedError",
    ),
    "INTERNAL": ErrorInfo(
        code="INTERNAL",
        http_status=None,
        message="Server error: internal",
        error_class="ServerError",
    ),
    "INVALID_ARGUMENT": ErrorInfo(
        code="INVALID_ARGUMENT",
        http_status=None,
        message="Invalid request: invalid argument",
        error_class="InvalidRequestError",
    ),
    "INVALID_CONTENT_TYPE": ErrorInfo(
        code="INVALID_CONTENT_TYPE",
        http_status=None,
        message="Invalid request: invalid content type",
        error_class="InvalidRequestError",
    ),
    "INVALID_CREDENTIALS": ErrorInfo(
        code="INVALID_CREDENTIALS",
        http_status=None,
        message="Authentication failed: invalid credentials",
        error_class="AuthenticationError",
    ),
    "INVALID_KEY": ErrorInfo(
        code="INVALID_KEY",
        http_status=None,
        message="Authentication failed: invalid key",
        error_class="AuthenticationError",
    ),
    "INVALID_PARAM_VALUE": ErrorInfo(
        code="INVALID_PARAM_VALUE",
        http_status=None,
        message="Invalid parameter `text` with value: abc",
        error_class="InvalidRequestError",
    ),
    "INVALID_PROTOCOL": ErrorInfo(
        code="INVALID_PROTOCOL",
        http_status=None,
        message="Invalid request: invalid protocol",
        error_class="InvalidRequestError",
    ),
    "INVALID_REQUEST_BODY": ErrorInfo(
        code="INVALID_REQUEST_BODY",
        http_status=None,
        message="Invalid request: invalid request body",
        error_class="InvalidRequestError",
    ),
    "INVALID_SIGNATURE": ErrorInfo(
        code="INVALID_SIGNATURE",
        http_status=None,
        message="Authentication failed: invalid signature",
        error_class="AuthenticationError",
    ),
    "IP_FORBIDDEN": ErrorInfo(
        code="IP_FORBIDDEN",
        http_status=None,
        message="Authentication failed: IP forbidden",
        error_class="PermissionDeniedError",
    ),
    "METHOD_NOT_ALLOWED": ErrorInfo(
        code="METHOD_NOT_ALLOWED",
        http_status=None,
        message="Invalid request: method not allowed",
        error_class="InvalidRequestError",
    ),
    "MISSING_REQUIRED_HEADER": ErrorInfo(
        code="MISSING_REQUIRED_HEADER",
        http_status=None,
        message="Authentication failed: a required header is missing",
        error_class="AuthenticationError",
    ),
    "MISSING_REQUIRED_PARAM": ErrorInfo(
        code="MISSING_REQUIRED_PARAM",
        http_status=None,
        message="Invalid request: a required parameter is missing",
        error_class="InvalidRequestError",
    ),
    "NOT_ACCEPTABLE": ErrorInfo(
        code="NOT_ACCEPTABLE",
        http_status=None,
        message="Invalid request: not acceptable",
        error_class="InvalidRequestError",
    ),
    "NOT_FOUND": ErrorInfo(
        code="NOT_FOUND",
        http_status=None,
        message="Invalid request: not found",
        error_class="InvalidRequestError",
    ),
    "READ_ONLY": ErrorInfo(
        code="READ_ONLY",
        http_status=None,
        message="Authentication failed: read-only key",
        error_class="PermissionDeniedError",
    ),
    "REQUEST_EXPIRED": ErrorInfo(
        code="REQUEST_EXPIRED",
        http_status=None,
        message="gap between request Timestamp and server time exceeds 60",
        error_class="TimestampError",
    ),
    "SERVER_ERROR": ErrorInfo(
        code="SERVER_ERROR",
        http_status=None,
        message="Server error",
        error_class="ServerError",
    ),
    "TOO_BUSY": ErrorInfo(
        code="TOO_BUSY",
        http_status=None,
        message="Server error: too busy",
        error_class="ServerError",
    ),
    "TOO_MANY_REQUESTS": ErrorInfo(
        code="TOO_MANY_REQUESTS",
        http_status=None,
        message="Request Rate Limit Exceeded (003)",
        error_class="RateLimitError",
    ),
}

HTX_ERRORS: dict[str, ErrorInfo] = {
    "1000": ErrorInfo(
        code="1000",
        http_status=None,
        message="System error",
        error_class="ServerError",
    ),
    "1004": ErrorInfo(
        code="1004",
        http_status=None,
        message="System busy",
        error_class="ServerError",
    ),
    "1014": ErrorInfo(
        code="1014",
        http_status=None,
        message="neither contract_code nor pair and contract_type filled in",
        error_class="InvalidRequestError",
    ),
    "1017": ErrorInfo(
        code="1017",
        http_status=None,
        message="Order doesn't exist",
        error_class="OrderNotFoundError",
    ),
    "1030": ErrorInfo(
        code="1030",
        http_status=None,
        message="Input error",
        error_class="InvalidRequestError",
    ),
    "1032": ErrorInfo(
        code="1032",
        http_status=None,
        message="The number of access exceeded the limit",
        error_class="RateLimitError",
    ),
    "1050": ErrorInfo(
        code="1050",
        http_status=None,
        message="duplicate client order id",
        error_class="InvalidRequestError",
    ),
    "1051": ErrorInfo(
        code="1051",
        http_status=None,
        message="No orders to cancel.",
        error_class="NothingToCancelError",
    ),
    "1067": ErrorInfo(
        code="1067",
        http_status=None,
        message="The asset_mode field is invalid. Please re-enter.",
        error_class="InvalidRequestError",
    ),
}

KRAKEN_ERRORS: dict[str, ErrorInfo] = {
    "EAPI:Invalid key": ErrorInfo(
        code="EAPI:Invalid key",
        http_status=None,
        message="The API-Key header is missing, malformed, or refers to a key that has been deleted or revoked",
        error_class="AuthenticationError",
    ),
    "EAPI:Invalid nonce": ErrorInfo(
        code="EAPI:Invalid nonce",
        http_status=None,
        message="The nonce submitted is less than or equal to the last accepted nonce for this API key",
        error_class="TimestampError",
    ),
    "EAPI:Invalid signature": ErrorInfo(
        code="EAPI:Invalid signature",
        http_status=None,
        message="The API-Sign header does not match the expected HMAC-SHA512 signature",
        error_class="AuthenticationError",
    ),
    "EAPI:Rate limit exceeded": ErrorInfo(
        code="EAPI:Rate limit exceeded",
        http_status=None,
        message="The REST API counter exceeds the user's maximum",
        error_class="RateLimitError",
    ),
    "EGeneral:Internal error": ErrorInfo(
        code="EGeneral:Internal error",
        http_status=None,
        message="Internal error (third-party: CCXT 4.5.90 kraken.py exceptions)",
        error_class="ServerError",
    ),
    "EGeneral:Invalid arguments": ErrorInfo(
        code="EGeneral:Invalid arguments",
        http_status=None,
        message="EGeneral:Invalid arguments:ordertype",
        error_class="InvalidRequestError",
    ),
    "EGeneral:Permission denied": ErrorInfo(
        code="EGeneral:Permission denied",
        http_status=None,
        message="The API client is attempting a task for which the API key does not have permission",
        error_class="PermissionDeniedError",
    ),
    "EGeneral:Temporary lockout": ErrorInfo(
        code="EGeneral:Temporary lockout",
        http_status=None,
        message="Too many failed API calls, invalid nonces or invalid signatures in a short period; lockouts typically last approximately 15 minutes",
        error_class="RateLimitError",
    ),
    "EOrder:Rate limit exceeded": ErrorInfo(
        code="EOrder:Rate limit exceeded",
        http_status=None,
        message="The matching engine's per-pair transaction rate counter reached its threshold (adding and cancelling orders have their own counter)",
        error_class="RateLimitError",
    ),
    "EOrder:Unknown order": ErrorInfo(
        code="EOrder:Unknown order",
        http_status=None,
        message="Unknown order (third-party: CCXT 4.5.90 kraken.py exceptions; not found in an official page)",
        error_class="OrderNotFoundError",
    ),
    "EQuery:Unknown asset pair": ErrorInfo(
        code="EQuery:Unknown asset pair",
        http_status=None,
        message="An invalid currency pair had been used",
        error_class="InvalidRequestError",
    ),
    "EService: Throttled": ErrorInfo(
        code="EService: Throttled",
        http_status=None,
        message="Too many concurrent requests. Try again after [timestamp] (message: EService: Throttled: [UNIX timestamp])",
        error_class="RateLimitError",
    ),
    "EService:Busy": ErrorInfo(
        code="EService:Busy",
        http_status=None,
        message="Service busy (third-party: CCXT 4.5.90 kraken.py exceptions)",
        error_class="ServerError",
    ),
    "EService:Market in cancel_only mode": ErrorInfo(
        code="EService:Market in cancel_only mode",
        http_status=None,
        message="Market in cancel_only mode (third-party: CCXT 4.5.90 kraken.py exceptions); cancels are still accepted",
        error_class="InvalidRequestError",
    ),
    "EService:Unavailable": ErrorInfo(
        code="EService:Unavailable",
        http_status=None,
        message="Service unavailable (third-party: CCXT 4.5.90 kraken.py exceptions)",
        error_class="ServerError",
    ),
}

KRAKENFUTURES_ERRORS: dict[str, ErrorInfo] = {
    "Json Parse Error": ErrorInfo(
        code="Json Parse Error",
        http_status=None,
        message="The request failed to pass valid JSON as an argument",
        error_class="InvalidRequestError",
    ),
    "Server Error": ErrorInfo(
        code="Server Error",
        http_status=None,
        message="There was an error processing the request",
        error_class="ServerError",
    ),
    "Unavailable": ErrorInfo(
        code="Unavailable",
        http_status=None,
        message="The endpoint being called is unavailable",
        error_class="ServerError",
    ),
    "accountInactive": ErrorInfo(
        code="accountInactive",
        http_status=None,
        message="The Futures account the request refers to is inactive",
        error_class="PermissionDeniedError",
    ),
    "apiLimitExceeded": ErrorInfo(
        code="apiLimitExceeded",
        http_status=None,
        message="The API limit for the calling IP address has been exceeded",
        error_class="RateLimitError",
    ),
    "authenticationError": ErrorInfo(
        code="authenticationError",
        http_status=None,
        message="The request could not be authenticated",
        error_class="AuthenticationError",
    ),
    "insufficientFunds": ErrorInfo(
        code="insufficientFunds",
        http_status=None,
        message="The amount requested for transfer is below the amount of funds available",
        error_class="InvalidRequestError",
    ),
    "invalidAccount": ErrorInfo(
        code="invalidAccount",
        http_status=None,
        message="The Futures account the transfer request refers to is invalid",
        error_class="InvalidRequestError",
    ),
    "invalidAmount": ErrorInfo(
        code="invalidAmount",
        http_status=None,
        message="The amount the transfer request refers to is invalid",
        error_class="InvalidRequestError",
    ),
    "invalidArgument": ErrorInfo(
        code="invalidArgument",
        http_status=None,
        message="One or more arguments provided are invalid",
        error_class="InvalidRequestError",
    ),
    "invalidUnit": ErrorInfo(
        code="invalidUnit",
        http_status=None,
        message="The unit the transfer request refers to is invalid",
        error_class="InvalidRequestError",
    ),
    "marketUnavailable": ErrorInfo(
        code="marketUnavailable",
        http_status=None,
        message="The market is currently unavailable",
        error_class="ServerError",
    ),
    "nonceBelowThreshold": ErrorInfo(
        code="nonceBelowThreshold",
        http_status=None,
        message="The provided nonce is below the threshold",
        error_class="TimestampError",
    ),
    "nonceDuplicate": ErrorInfo(
        code="nonceDuplicate",
        http_status=None,
        message="The provided nonce is a duplicate as it has been used in a previous request",
        error_class="TimestampError",
    ),
    "notFound": ErrorInfo(
        code="notFound",
        http_status=None,
        message="The requested information could not be found",
        error_class="InvalidRequestError",
    ),
    "requiredArgumentMissing": ErrorInfo(
        code="requiredArgumentMissing",
        http_status=None,
        message="One or more required arguments are missing",
        error_class="InvalidRequestError",
    ),
    "unknownError": ErrorInfo(
        code="unknownError",
        http_status=None,
        message="An unknown error has occurred",
        error_class="ServerError",
    ),
}

KUCOIN_ERRORS: dict[str, ErrorInfo] = {
    "200002": ErrorInfo(
        code="200002",
        http_status=None,
        message="Order cancel for this pair suspended (legacy rate limit 1.0: per-UID+endpoint limit, block 10s)",
        error_class="RateLimitError",
    ),
    "400001": ErrorInfo(
        code="400001",
        http_status=None,
        message="Any of KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP, KC-API-PASSPHRASE is missing in your request header",
        error_class="AuthenticationError",
    ),
    "400002": ErrorInfo(
        code="400002",
        http_status=None,
        message="KC-API-TIMESTAMP Invalid (the request time differs from the server time by more than 5 seconds)",
        error_class="TimestampError",
    ),
    "400003": ErrorInfo(
        code="400003",
        http_status=None,
        message="KC-API-KEY not exists",
        error_class="AuthenticationError",
    ),
    "400004": ErrorInfo(
        code="400004",
        http_status=None,
        message="KC-API-PASSPHRASE error",
        error_class="AuthenticationError",
    ),
    "400005": ErrorInfo(
        code="400005",
        http_status=None,
        message="Signature error",
        error_class="AuthenticationError",
    ),
    "400006": ErrorInfo(
        code="400006",
        http_status=None,
        message="The requested ip address is not in the api whitelist",
        error_class="PermissionDeniedError",
    ),
    "400007": ErrorInfo(
        code="400007",
        http_status=None,
        message="Access Denied",
        error_class="PermissionDeniedError",
    ),
    "400008": ErrorInfo(
        code="400008",
        http_status=None,
        message="V1 & V2 API keys are no longer supported by this API. Please create a V3 API key.",
        error_class="AuthenticationError",
    ),
    "400009": ErrorInfo(
        code="400009",
        http_status=None,
        message="Invalid KC-API-KEY-VERSION.",
        error_class="AuthenticationError",
    ),
    "400010": ErrorInfo(
        code="400010",
        http_status=None,
        message="UID access denied, requires more permission.",
        error_class="PermissionDeniedError",
    ),
    "400100": ErrorInfo(
        code="400100",
        http_status=None,
        message="Parameter Error",
        error_class="InvalidRequestError",
    ),
    "404000": ErrorInfo(
        code="404000",
        http_status=None,
        message="Url Not Found",
        error_class="InvalidRequestError",
    ),
    "411100": ErrorInfo(
        code="411100",
        http_status=None,
        message="User are frozen",
        error_class="PermissionDeniedError",
    ),
    "415000": ErrorInfo(
        code="415000",
        http_status=None,
        message="Unsupported Media Type -- The Content-Type of the request header needs to be set to application/json",
        error_class="InvalidRequestError",
    ),
    "429000": ErrorInfo(
        code="429000",
        http_status=429,
        message="The quota of a resource pool is used up within 30s; re-request after the time in the request header",
        error_class="RateLimitError",
    ),
    "500000": ErrorInfo(
        code="500000",
        http_status=None,
        message="Internal Server Error",
        error_class="ServerError",
    ),
    "900001": ErrorInfo(
        code="900001",
        http_status=None,
        message="symbol not exists",
        error_class="InvalidRequestError",
    ),
}

OKX_ERRORS: dict[str, ErrorInfo] = {
    "1": ErrorInfo(
        code="1",
        http_status=200,
        message="Operation failed.",
        error_class="InvalidRequestError",
    ),
    "2": ErrorInfo(
        code="2",
        http_status=200,
        message="Bulk operation partially succeeded.",
        error_class="InvalidRequestError",
    ),
    "50000": ErrorInfo(
        code="50000",
        http_status=400,
        message="Body for POST request cannot be empty.",
        error_class="InvalidRequestError",
    ),
    "50001": ErrorInfo(
        code="50001",
        http_status=503,
        message="Service temporarily unavailable. Please try again later.",
        error_class="ServerError",
    ),
    "50002": ErrorInfo(
        code="50002",
        http_status=400,
        message="JSON syntax error",
        error_class="InvalidRequestError",
    ),
    "50004": ErrorInfo(
        code="50004",
        http_status=400,
        message="API endpoint request timeout. (does not mean that the request was successful or failed, please check the request result).",
        error_class="ServerError",
    ),
    "50005": ErrorInfo(
        code="50005",
        http_status=410,
        message="API endpoint is inactive or unavailable.",
        error_class="ServerError",
    ),
    "50006": ErrorInfo(
        code="50006",
        http_status=400,
        message='Invalid Content-Type. Please use "application/JSON".',
        error_class="InvalidRequestError",
    ),
    "50011": ErrorInfo(
        code="50011",
        http_status=None,
        message="Rate limit reached. Please refer to API documentation and throttle requests accordingly.",
        error_class="RateLimitError",
    ),
    "50013": ErrorInfo(
        code="50013",
        http_status=429,
        message="Systems are busy. Please try again later.",
        error_class="ServerError",
    ),
    "50014": ErrorInfo(
        code="50014",
        http_status=400,
        message="Parameter {param0} can not be empty.",
        error_class="InvalidRequestError",
    ),
    "50026": ErrorInfo(
        code="50026",
        http_status=500,
        message="System error. Try again later",
        error_class="ServerError",
    ),
    "50061": ErrorInfo(
        code="50061",
        http_status=200,
        message="You've reached the maximum order rate limit for this account.",
        error_class="RateLimitError",
    ),
    "50100": ErrorInfo(
        code="50100",
        http_status=400,
        message="API frozen, please contact customer service.",
        error_class="PermissionDeniedError",
    ),
    "50101": ErrorInfo(
        code="50101",
        http_status=401,
        message="APIKey does not match current environment.",
        error_class="AuthenticationError",
    ),
    "50102": ErrorInfo(
        code="50102",
        http_status=401,
        message="Timestamp request expired.",
        error_class="TimestampError",
    ),
    "50103": ErrorInfo(
        code="50103",
        http_status=401,
        message='Request header "OK-ACCESS-KEY" cannot be empty.',
        error_class="AuthenticationError",
    ),
    "50104": ErrorInfo(
        code="50104",
        http_status=401,
        message='Request header "OK-ACCESS-PASSPHRASE" cannot be empty.',
        error_class="AuthenticationError",
    ),
    "50105": ErrorInfo(
        code="50105",
        http_status=401,
        message='Request header "OK-ACCESS-PASSPHRASE" incorrect.',
        error_class="AuthenticationError",
    ),
    "50106": ErrorInfo(
        code="50106",
        http_status=401,
        message='Request header "OK-ACCESS-SIGN" cannot be empty.',
        error_class="AuthenticationError",
    ),
    "50107": ErrorInfo(
        code="50107",
        http_status=401,
        message='Request header "OK-ACCESS-TIMESTAMP" cannot be empty.',
        error_class="AuthenticationError",
    ),
    "50110": ErrorInfo(
        code="50110",
        http_status=401,
        message="Your IP {param0} is not included in your API key's IP whitelist.",
        error_class="PermissionDeniedError",
    ),
    "50111": ErrorInfo(
        code="50111",
        http_status=401,
        message="Invalid OK-ACCESS-KEY.",
        error_class="AuthenticationError",
    ),
    "50112": ErrorInfo(
        code="50112",
        http_status=401,
        message="Invalid OK-ACCESS-TIMESTAMP.",
        error_class="TimestampError",
    ),
    "50113": ErrorInfo(
        code="50113",
        http_status=401,
        message="Invalid signature.",
        error_class="AuthenticationError",
    ),
    "50114": ErrorInfo(
        code="50114",
        http_status=401,
        message="Invalid authorization.",
        error_class="AuthenticationError",
    ),
    "50115": ErrorInfo(
        code="50115",
        http_status=405,
        message="Invalid request method.",
        error_class="InvalidRequestError",
    ),
    "51000": ErrorInfo(
        code="51000",
        http_status=400,
        message="Parameter {param0} error",
        error_class="InvalidRequestError",
    ),
    "51001": ErrorInfo(
        code="51001",
        http_status=200,
        message="Instrument ID, Instrument ID code or Spread ID doesn't exist.",
        error_class="InvalidRequestError",
    ),
    "51071": ErrorInfo(
        code="51071",
        http_status=200,
        message="You've reached the maximum limit for tag level cancel all after timers.",
        error_class="InvalidRequestError",
    ),
    "51400": ErrorInfo(
        code="51400",
        http_status=200,
        message="Order cancellation failed as the order has been filled, canceled or does not exist.",
        error_class="OrderNotFoundError",
    ),
    "51410": ErrorInfo(
        code="51410",
        http_status=200,
        message="Cancellation failed as the order is already in canceling status or pending settlement.",
        error_class="InvalidRequestError",
    ),
    "51412": ErrorInfo(
        code="51412",
        http_status=200,
        message="Cancellation timed out, please try again later.",
        error_class="ServerError",
    ),
}

EXCHANGES: dict[str, ExchangeWire] = {
    "binance": ExchangeWire(
        id="binance",
        name="Binance",
        timestamp_tolerance_ms=5000,
        code_field=None,
        success_code=None,
        code_is_int=False,
        message_field=None,
        payload_field=None,
        default_error_status=400,
        errors=BINANCE_ERRORS,
        header_remaining=None,
        header_limit=None,
        header_reset=None,
        path_prefixes=("/api/v3/openOrders/", "/api/v3/time/", "/fapi/"),
        server_time=ServerTimeSpec(
            method="GET",
            path="/api/v3/time",
            field_path=("serverTime",),
            unit="ms",
            as_string=False,
        ),
        param_error_code="-1100",
        not_found_code="-1102",
    ),
    "bingx": ExchangeWire(
        id="bingx",
        name="BingX",
        timestamp_tolerance_ms=5000,
        code_field="code",
        success_code="0",
        code_is_int=True,
        message_field="msg",
        payload_field="data",
        default_error_status=200,
        errors=BINGX_ERRORS,
        header_remaining="X-RateLimit-Requests-Remain",
        header_limit=None,
        header_reset="X-RateLimit-Requests-Expire",
        path_prefixes=("/openApi/",),
        server_time=ServerTimeSpec(
            method="GET",
            path="/openApi/swap/v2/server/time",
            field_path=("data", "serverTime"),
            unit="ms",
            as_string=False,
        ),
        param_error_code="100400",
        not_found_code="100400",
    ),
    "bitget": ExchangeWire(
        id="bitget",
        name="Bitget",
        timestamp_tolerance_ms=60000,
        code_field="code",
        success_code="00000",
        code_is_int=False,
        message_field="msg",
        payload_field="data",
        default_error_status=400,
        errors=BITGET_ERRORS,
        header_remaining=None,
        header_limit=None,
        header_reset=None,
        path_prefixes=("/api/v2/",),
        server_time=ServerTimeSpec(
            method="GET",
            path="/api/v2/public/time",
            field_path=("data", "serverTime"),
            unit="ms",
            as_string=True,
        ),
        param_error_code="40017",
        not_found_code="40017",
    ),
    "bitmex": ExchangeWire(
        id="bitmex",
        name="BitMEX",
        timestamp_tolerance_ms=5000,
        code_field=None,
        success_code=None,
        code_is_int=False,
        message_field=None,
        payload_field=None,
        default_error_status=400,
        errors=BITMEX_ERRORS,
        header_remaining="x-ratelimit-remaining",
        header_limit="x-ratelimit-limit",
        header_reset="x-ratelimit-reset",
        path_prefixes=("/api/v1/order/",),
        server_time=None,
        param_error_code="ValidationError",
        not_found_code="HTTPError",
    ),
    "bybit": ExchangeWire(
        id="bybit",
        name="Bybit",
        timestamp_tolerance_ms=5000,
        code_field="retCode",
        success_code="0",
        code_is_int=True,
        message_field="retMsg",
        payload_field="result",
        default_error_status=200,
        errors=BYBIT_ERRORS,
        header_remaining="X-Bapi-Limit-Status",
        header_limit="X-Bapi-Limit",
        header_reset="X-Bapi-Limit-Reset-Timestamp",
        path_prefixes=("/v5/market/", "/v5/order/"),
        server_time=ServerTimeSpec(
            method="GET",
            path="/v5/market/time",
            field_path=("time",),
            unit="ms",
            as_string=False,
        ),
        param_error_code="10001",
        not_found_code="10017",
    ),
    "gate": ExchangeWire(
        id="gate",
        name="Gate",
        timestamp_tolerance_ms=60000,
        code_field=None,
        success_code=None,
        code_is_int=False,
        message_field=None,
        payload_field=None,
        default_error_status=400,
        errors=GATE_ERRORS,
        header_remaining="X-Gate-RateLimit-Requests-Remain",
        header_limit="X-Gate-RateLimit-Limit",
        header_reset="X-Gate-RateLimit-Reset-Timestamp",
        path_prefixes=("/api/v4/",),
        server_time=ServerTimeSpec(
            method="GET",
            path="/api/v4/spot/time",
            field_path=("server_time",),
            unit="ms",
            as_string=False,
        ),
        param_error_code="INVALID_PARAM_VALUE",
        not_found_code="NOT_FOUND",
    ),
    "htx": ExchangeWire(
        id="htx",
        name="HTX",
        timestamp_tolerance_ms=300000,
        code_field="code",
        success_code="200",
        code_is_int=True,
        message_field="message",
        payload_field="data",
        default_error_status=200,
        errors=HTX_ERRORS,
        header_remaining="ratelimit-remaining",
        header_limit="ratelimit-limit",
        header_reset="ratelimit-reset",
        path_prefixes=("/linear-swap-api/", "/v5/account/", "/v5/trade/"),
        server_time=ServerTimeSpec(
            method="GET",
            path="/api/v1/timestamp",
            field_path=("ts",),
            unit="ms",
            as_string=False,
        ),
        param_error_code="1030",
        not_found_code="1030",
    ),
    "kraken": ExchangeWire(
        id="kraken",
        name="Kraken",
        timestamp_tolerance_ms=5000,
        code_field=None,
        success_code=None,
        code_is_int=False,
        message_field=None,
        payload_field="result",
        default_error_status=200,
        errors=KRAKEN_ERRORS,
        header_remaining=None,
        header_limit=None,
        header_reset=None,
        path_prefixes=("/0/",),
        server_time=ServerTimeSpec(
            method="GET",
            path="/0/public/Time",
            field_path=("result", "unixtime"),
            unit="s",
            as_string=False,
        ),
        param_error_code="EGeneral:Invalid arguments",
        not_found_code="EGeneral:Unknown method",
    ),
    "krakenfutures": ExchangeWire(
        id="krakenfutures",
        name="KrakenFutures",
        timestamp_tolerance_ms=5000,
        code_field="result",
        success_code="success",
        code_is_int=False,
        message_field=None,
        payload_field=None,
        default_error_status=200,
        errors=KRAKENFUTURES_ERRORS,
        header_remaining=None,
        header_limit=None,
        header_reset=None,
        path_prefixes=("/derivatives/",),
        server_time=None,
        param_error_code="invalidArgument",
        not_found_code="notFound",
    ),
    "kucoin": ExchangeWire(
        id="kucoin",
        name="KuCoin",
        timestamp_tolerance_ms=5000,
        code_field="code",
        success_code="200000",
        code_is_int=False,
        message_field="msg",
        payload_field="data",
        default_error_status=200,
        errors=KUCOIN_ERRORS,
        header_remaining="gw-ratelimit-remaining",
        header_limit="gw-ratelimit-limit",
        header_reset="gw-ratelimit-reset",
        path_prefixes=(
            "/api/v1/hf/",
            "/api/v1/orders/",
            "/api/v1/stop-order/",
            "/api/v1/stopOrders/",
            "/api/v3/orders/",
        ),
        server_time=ServerTimeSpec(
            method="GET",
            path="/api/v1/timestamp",
            field_path=("data",),
            unit="ms",
            as_string=False,
        ),
        param_error_code="400100",
        not_found_code="404000",
    ),
    "okx": ExchangeWire(
        id="okx",
        name="OKX",
        timestamp_tolerance_ms=30000,
        code_field="code",
        success_code="0",
        code_is_int=False,
        message_field="msg",
        payload_field="data",
        default_error_status=200,
        errors=OKX_ERRORS,
        header_remaining=None,
        header_limit=None,
        header_reset=None,
        path_prefixes=("/api/v5/",),
        server_time=ServerTimeSpec(
            method="GET",
            path="/api/v5/public/time",
            field_path=("data", "0", "ts"),
            unit="ms",
            as_string=True,
        ),
        param_error_code="51000",
        not_found_code="50005",
    ),
}

ROUTES: tuple[Route, ...] = (
    Route(
        exchange="binance",
        operation="spot.cancel_open_orders",
        method="DELETE",
        path="/api/v3/openOrders",
        permission="TRADE",
        parse=parse_binance_spot_cancel_open_orders,
        rate_limits=(
            RateRule(
                key="binance:ip:group-spot-request-weight",
                scope="ip",
                count=6000,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="binance",
        operation="spot.open_orders",
        method="GET",
        path="/api/v3/openOrders",
        permission="USER_DATA",
        parse=parse_binance_spot_open_orders,
        rate_limits=(
            RateRule(
                key="binance:ip:group-spot-request-weight",
                scope="ip",
                count=6000,
                interval_ms=60000,
                weight=80,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="binance",
        operation="usdm.cancel_all_algo_open_orders",
        method="DELETE",
        path="/fapi/v1/algoOpenOrders",
        permission="TRADE",
        parse=parse_binance_usdm_cancel_all_algo_open_orders,
        rate_limits=(
            RateRule(
                key="binance:ip:group-usdm-request-weight",
                scope="ip",
                count=2400,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="binance",
        operation="usdm.cancel_all_open_orders",
        method="DELETE",
        path="/fapi/v1/allOpenOrders",
        permission="TRADE",
        parse=parse_binance_usdm_cancel_all_open_orders,
        rate_limits=(
            RateRule(
                key="binance:ip:group-usdm-request-weight",
                scope="ip",
                count=2400,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="binance",
        operation="usdm.countdown_cancel_all",
        method="POST",
        path="/fapi/v1/countdownCancelAll",
        permission="TRADE",
        parse=parse_binance_usdm_countdown_cancel_all,
        rate_limits=(
            RateRule(
                key="binance:ip:group-usdm-request-weight",
                scope="ip",
                count=2400,
                interval_ms=60000,
                weight=10,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="binance",
        operation="usdm.open_algo_orders",
        method="GET",
        path="/fapi/v1/openAlgoOrders",
        permission="USER_DATA",
        parse=parse_binance_usdm_open_algo_orders,
        rate_limits=(
            RateRule(
                key="binance:ip:group-usdm-request-weight",
                scope="ip",
                count=2400,
                interval_ms=60000,
                weight=40,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="binance",
        operation="usdm.open_orders",
        method="GET",
        path="/fapi/v1/openOrders",
        permission="USER_DATA",
        parse=parse_binance_usdm_open_orders,
        rate_limits=(
            RateRule(
                key="binance:ip:group-usdm-request-weight",
                scope="ip",
                count=2400,
                interval_ms=60000,
                weight=40,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="bingx",
        operation="spot.cancel_all_after",
        method="POST",
        path="/openApi/spot/v1/trade/cancelAllAfter",
        permission="Spot Trading",
        parse=parse_bingx_spot_cancel_all_after,
        rate_limits=(
            RateRule(
                key="bingx:uid:spot.cancel_all_after",
                scope="uid",
                count=1,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bingx:ip:group-2",
                scope="ip",
                count=2000,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bingx:ip:spot.cancel_all_after",
                scope="ip",
                count=300,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="bingx",
        operation="spot.cancel_open_orders",
        method="POST",
        path="/openApi/spot/v1/trade/cancelOpenOrders",
        permission="Spot Trading",
        parse=parse_bingx_spot_cancel_open_orders,
        rate_limits=(
            RateRule(
                key="bingx:uid:spot.cancel_open_orders",
                scope="uid",
                count=2,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bingx:ip:group-3",
                scope="ip",
                count=2000,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bingx:ip:spot.cancel_open_orders",
                scope="ip",
                count=300,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="bingx",
        operation="spot.open_orders",
        method="GET",
        path="/openApi/spot/v1/trade/openOrders",
        permission="Read",
        parse=parse_bingx_spot_open_orders,
        rate_limits=(
            RateRule(
                key="bingx:uid:spot.open_orders",
                scope="uid",
                count=10,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bingx:ip:group-2",
                scope="ip",
                count=2000,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bingx:ip:spot.open_orders",
                scope="ip",
                count=300,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="bingx",
        operation="swap.cancel_all_after",
        method="POST",
        path="/openApi/swap/v2/trade/cancelAllAfter",
        permission="Trade",
        parse=parse_bingx_swap_cancel_all_after,
        rate_limits=(
            RateRule(
                key="bingx:uid:swap.cancel_all_after",
                scope="uid",
                count=1,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bingx:ip:swap.cancel_all_after",
                scope="ip",
                count=300,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="bingx",
        operation="swap.cancel_all_open_orders",
        method="DELETE",
        path="/openApi/swap/v2/trade/allOpenOrders",
        permission="Trade",
        parse=parse_bingx_swap_cancel_all_open_orders,
        rate_limits=(
            RateRule(
                key="bingx:uid:swap.cancel_all_open_orders",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bingx:ip:swap.cancel_all_open_orders",
                scope="ip",
                count=300,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="bingx",
        operation="swap.open_orders",
        method="GET",
        path="/openApi/swap/v2/trade/openOrders",
        permission="Read",
        parse=parse_bingx_swap_open_orders,
        rate_limits=(
            RateRule(
                key="bingx:uid:swap.open_orders",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bingx:ip:swap.open_orders",
                scope="ip",
                count=300,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=("timestamp",),
    ),
    Route(
        exchange="bitget",
        operation="mix.cancel_all_orders",
        method="POST",
        path="/api/v2/mix/order/cancel-all-orders",
        permission="Trade",
        parse=parse_bitget_mix_cancel_all_orders,
        rate_limits=(
            RateRule(
                key="bitget:uid:mix.cancel_all_orders",
                scope="uid",
                count=10,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bitget:ip:group-overall",
                scope="ip",
                count=6000,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="bitget",
        operation="mix.pending_orders",
        method="GET",
        path="/api/v2/mix/order/orders-pending",
        permission="Read",
        parse=parse_bitget_mix_pending_orders,
        rate_limits=(
            RateRule(
                key="bitget:uid:mix.pending_orders",
                scope="uid",
                count=10,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bitget:ip:group-overall",
                scope="ip",
                count=6000,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="bitget",
        operation="spot.cancel_symbol_order",
        method="POST",
        path="/api/v2/spot/trade/cancel-symbol-order",
        permission="Trade",
        parse=parse_bitget_spot_cancel_symbol_order,
        rate_limits=(
            RateRule(
                key="bitget:uid:spot.cancel_symbol_order",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bitget:ip:group-overall",
                scope="ip",
                count=6000,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="bitget",
        operation="spot.unfilled_orders",
        method="GET",
        path="/api/v2/spot/trade/unfilled-orders",
        permission="Read",
        parse=parse_bitget_spot_unfilled_orders,
        rate_limits=(
            RateRule(
                key="bitget:uid:spot.unfilled_orders",
                scope="uid",
                count=20,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bitget:ip:group-overall",
                scope="ip",
                count=6000,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="bitget",
        operation="spot_plan.batch_cancel_plan_order",
        method="POST",
        path="/api/v2/spot/trade/batch-cancel-plan-order",
        permission="Trade",
        parse=parse_bitget_spot_plan_batch_cancel_plan_order,
        rate_limits=(
            RateRule(
                key="bitget:uid:spot_plan.batch_cancel_plan_order",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bitget:ip:group-overall",
                scope="ip",
                count=6000,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="bitget",
        operation="spot_plan.current_plan_order",
        method="GET",
        path="/api/v2/spot/trade/current-plan-order",
        permission="Read",
        parse=parse_bitget_spot_plan_current_plan_order,
        rate_limits=(
            RateRule(
                key="bitget:uid:spot_plan.current_plan_order",
                scope="uid",
                count=20,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bitget:ip:group-overall",
                scope="ip",
                count=6000,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="bitmex",
        operation="all.cancel_all_after",
        method="POST",
        path="/api/v1/order/cancelAllAfter",
        permission="order or orderCancel",
        parse=parse_bitmex_all_cancel_all_after,
        rate_limits=(
            RateRule(
                key="bitmex:uid:all-routes",
                scope="uid",
                count=120,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="bitmex",
        operation="all.cancel_all_orders",
        method="DELETE",
        path="/api/v1/order/all",
        permission="order or orderCancel",
        parse=parse_bitmex_all_cancel_all_orders,
        rate_limits=(
            RateRule(
                key="bitmex:uid:all-routes",
                scope="uid",
                count=120,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bitmex:uid:order-burst",
                scope="uid",
                count=10,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="bitmex",
        operation="all.get_orders",
        method="GET",
        path="/api/v1/order",
        permission="default (read)",
        parse=parse_bitmex_all_get_orders,
        rate_limits=(
            RateRule(
                key="bitmex:uid:all-routes",
                scope="uid",
                count=120,
                interval_ms=60000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="bybit",
        operation="order.cancel_all",
        method="POST",
        path="/v5/order/cancel-all",
        permission="Trade",
        parse=parse_bybit_order_cancel_all,
        rate_limits=(
            RateRule(
                key="bybit:uid:order.cancel_all",
                scope="uid",
                count=10,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bybit:ip:group-http-ip",
                scope="ip",
                count=600,
                interval_ms=5000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="bybit",
        operation="order.open_orders",
        method="GET",
        path="/v5/order/realtime",
        permission="Read",
        parse=parse_bybit_order_open_orders,
        rate_limits=(
            RateRule(
                key="bybit:uid:order.open_orders",
                scope="uid",
                count=50,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="bybit:ip:group-http-ip",
                scope="ip",
                count=600,
                interval_ms=5000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="futures.cancel_all_orders",
        method="DELETE",
        path="/api/v4/futures/btc/orders",
        permission="Trade",
        parse=parse_gate_futures_cancel_all_orders,
        rate_limits=(
            RateRule(
                key="gate:uid:futures-cancel",
                scope="uid",
                count=200,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="futures.cancel_all_orders",
        method="DELETE",
        path="/api/v4/futures/usdt/orders",
        permission="Trade",
        parse=parse_gate_futures_cancel_all_orders,
        rate_limits=(
            RateRule(
                key="gate:uid:futures-cancel",
                scope="uid",
                count=200,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="futures.cancel_price_triggered_order_list",
        method="DELETE",
        path="/api/v4/futures/btc/price_orders",
        permission="Trade",
        parse=parse_gate_futures_cancel_price_triggered_order_list,
        rate_limits=(
            RateRule(
                key="gate:uid:futures-cancel",
                scope="uid",
                count=200,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="gate:uid:futures.cancel_price_triggered_order_list",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="futures.cancel_price_triggered_order_list",
        method="DELETE",
        path="/api/v4/futures/usdt/price_orders",
        permission="Trade",
        parse=parse_gate_futures_cancel_price_triggered_order_list,
        rate_limits=(
            RateRule(
                key="gate:uid:futures-cancel",
                scope="uid",
                count=200,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="gate:uid:futures.cancel_price_triggered_order_list",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="futures.countdown_cancel_all",
        method="POST",
        path="/api/v4/futures/btc/countdown_cancel_all",
        permission="Trade",
        parse=parse_gate_futures_countdown_cancel_all,
        rate_limits=(
            RateRule(
                key="gate:uid:futures.countdown_cancel_all",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="futures.countdown_cancel_all",
        method="POST",
        path="/api/v4/futures/usdt/countdown_cancel_all",
        permission="Trade",
        parse=parse_gate_futures_countdown_cancel_all,
        rate_limits=(
            RateRule(
                key="gate:uid:futures.countdown_cancel_all",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="futures.list_orders",
        method="GET",
        path="/api/v4/futures/btc/orders",
        permission="Read",
        parse=parse_gate_futures_list_orders,
        rate_limits=(
            RateRule(
                key="gate:uid:futures.list_orders",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="futures.list_orders",
        method="GET",
        path="/api/v4/futures/usdt/orders",
        permission="Read",
        parse=parse_gate_futures_list_orders,
        rate_limits=(
            RateRule(
                key="gate:uid:futures.list_orders",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="futures.list_price_triggered_orders",
        method="GET",
        path="/api/v4/futures/btc/price_orders",
        permission="Read",
        parse=parse_gate_futures_list_price_triggered_orders,
        rate_limits=(
            RateRule(
                key="gate:uid:futures.list_price_triggered_orders",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="futures.list_price_triggered_orders",
        method="GET",
        path="/api/v4/futures/usdt/price_orders",
        permission="Read",
        parse=parse_gate_futures_list_price_triggered_orders,
        rate_limits=(
            RateRule(
                key="gate:uid:futures.list_price_triggered_orders",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="spot.cancel_all_orders",
        method="DELETE",
        path="/api/v4/spot/orders",
        permission="Trade",
        parse=parse_gate_spot_cancel_all_orders,
        rate_limits=(
            RateRule(
                key="gate:uid:spot-cancel",
                scope="uid",
                count=200,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="spot.cancel_price_triggered_order_list",
        method="DELETE",
        path="/api/v4/spot/price_orders",
        permission="Trade",
        parse=parse_gate_spot_cancel_price_triggered_order_list,
        rate_limits=(
            RateRule(
                key="gate:uid:spot-cancel",
                scope="uid",
                count=200,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="gate:uid:spot.cancel_price_triggered_order_list",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="spot.countdown_cancel_all",
        method="POST",
        path="/api/v4/spot/countdown_cancel_all",
        permission="Trade",
        parse=parse_gate_spot_countdown_cancel_all,
        rate_limits=(
            RateRule(
                key="gate:uid:spot.countdown_cancel_all",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="spot.list_price_triggered_orders",
        method="GET",
        path="/api/v4/spot/price_orders",
        permission="Read",
        parse=parse_gate_spot_list_price_triggered_orders,
        rate_limits=(
            RateRule(
                key="gate:uid:spot.list_price_triggered_orders",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="gate",
        operation="spot.open_orders",
        method="GET",
        path="/api/v4/spot/open_orders",
        permission="Read",
        parse=parse_gate_spot_open_orders,
        rate_limits=(
            RateRule(
                key="gate:uid:spot.open_orders",
                scope="uid",
                count=200,
                interval_ms=10000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.asset_mode",
        method="GET",
        path="/v5/account/asset_mode",
        permission="Read",
        parse=parse_htx_futures_asset_mode,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:read",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.cancel_after",
        method="POST",
        path="/linear-swap-api/v1/linear-cancel-after",
        permission="Trade",
        parse=parse_htx_futures_cancel_after,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.cancel_all_orders",
        method="POST",
        path="/v5/trade/cancel_all_orders",
        permission="Trade",
        parse=parse_htx_futures_cancel_all_orders,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.cross_cancel_all",
        method="POST",
        path="/linear-swap-api/v1/swap_cross_cancelall",
        permission="Trade",
        parse=parse_htx_futures_cross_cancel_all,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.cross_open_orders",
        method="POST",
        path="/linear-swap-api/v1/swap_cross_openorders",
        permission="Read",
        parse=parse_htx_futures_cross_open_orders,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:read",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.cross_tpsl_cancel_all",
        method="POST",
        path="/linear-swap-api/v1/swap_cross_tpsl_cancelall",
        permission="Trade",
        parse=parse_htx_futures_cross_tpsl_cancel_all,
        rate_limits=(
            RateRule(
                key="htx:uid:futures.cross_tpsl_cancel_all",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.cross_tpsl_open_orders",
        method="POST",
        path="/linear-swap-api/v1/swap_cross_tpsl_openorders",
        permission="Read",
        parse=parse_htx_futures_cross_tpsl_open_orders,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:read",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.cross_track_cancel_all",
        method="POST",
        path="/linear-swap-api/v1/swap_cross_track_cancelall",
        permission="Trade",
        parse=parse_htx_futures_cross_track_cancel_all,
        rate_limits=(
            RateRule(
                key="htx:uid:futures.cross_track_cancel_all",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.cross_track_open_orders",
        method="POST",
        path="/linear-swap-api/v1/swap_cross_track_openorders",
        permission="Read",
        parse=parse_htx_futures_cross_track_open_orders,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:read",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.cross_trigger_cancel_all",
        method="POST",
        path="/linear-swap-api/v1/swap_cross_trigger_cancelall",
        permission="Trade",
        parse=parse_htx_futures_cross_trigger_cancel_all,
        rate_limits=(
            RateRule(
                key="htx:uid:futures.cross_trigger_cancel_all",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.cross_trigger_open_orders",
        method="POST",
        path="/linear-swap-api/v1/swap_cross_trigger_openorders",
        permission="Read",
        parse=parse_htx_futures_cross_trigger_open_orders,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:read",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.isolated_cancel_all",
        method="POST",
        path="/linear-swap-api/v1/swap_cancelall",
        permission="Trade",
        parse=parse_htx_futures_isolated_cancel_all,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.isolated_open_orders",
        method="POST",
        path="/linear-swap-api/v1/swap_openorders",
        permission="Read",
        parse=parse_htx_futures_isolated_open_orders,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:read",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.isolated_tpsl_cancel_all",
        method="POST",
        path="/linear-swap-api/v1/swap_tpsl_cancelall",
        permission="Trade",
        parse=parse_htx_futures_isolated_tpsl_cancel_all,
        rate_limits=(
            RateRule(
                key="htx:uid:futures.isolated_tpsl_cancel_all",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.isolated_tpsl_open_orders",
        method="POST",
        path="/linear-swap-api/v1/swap_tpsl_openorders",
        permission="Read",
        parse=parse_htx_futures_isolated_tpsl_open_orders,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:read",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.isolated_track_cancel_all",
        method="POST",
        path="/linear-swap-api/v1/swap_track_cancelall",
        permission="Trade",
        parse=parse_htx_futures_isolated_track_cancel_all,
        rate_limits=(
            RateRule(
                key="htx:uid:futures.isolated_track_cancel_all",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.isolated_track_open_orders",
        method="POST",
        path="/linear-swap-api/v1/swap_track_openorders",
        permission="Trade",
        parse=parse_htx_futures_isolated_track_open_orders,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.isolated_trigger_cancel_all",
        method="POST",
        path="/linear-swap-api/v1/swap_trigger_cancelall",
        permission="Trade",
        parse=parse_htx_futures_isolated_trigger_cancel_all,
        rate_limits=(
            RateRule(
                key="htx:uid:futures.isolated_trigger_cancel_all",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:trade",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.isolated_trigger_open_orders",
        method="POST",
        path="/linear-swap-api/v1/swap_trigger_openorders",
        permission="Read",
        parse=parse_htx_futures_isolated_trigger_open_orders,
        rate_limits=(
            RateRule(
                key="htx:uid:futures.isolated_trigger_open_orders",
                scope="uid",
                count=5,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:read",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="htx",
        operation="futures.open_orders",
        method="GET",
        path="/v5/trade/order/opens",
        permission="Read",
        parse=parse_htx_futures_open_orders,
        rate_limits=(
            RateRule(
                key="htx:uid:private",
                scope="uid",
                count=144,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
            RateRule(
                key="htx:uid:read",
                scope="uid",
                count=72,
                interval_ms=3000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kraken",
        operation="spot.cancel_all",
        method="POST",
        path="/0/private/CancelAll",
        permission="Orders and trades - Create & modify orders or Orders and trades - Cancel & close orders",
        parse=parse_kraken_spot_cancel_all,
        rate_limits=(
            RateRule(
                key="kraken:uid:rest-counter",
                scope="uid",
                count=15,
                interval_ms=45455,
                weight=1,
                continuous=True,
            ),
        ),
        auth_params=("nonce",),
    ),
    Route(
        exchange="kraken",
        operation="spot.cancel_all_orders_after",
        method="POST",
        path="/0/private/CancelAllOrdersAfter",
        permission="Orders and trades - Create & modify orders or Orders and trades - Cancel & close orders",
        parse=parse_kraken_spot_cancel_all_orders_after,
        rate_limits=(
            RateRule(
                key="kraken:uid:rest-counter",
                scope="uid",
                count=15,
                interval_ms=45455,
                weight=1,
                continuous=True,
            ),
        ),
        auth_params=("nonce",),
    ),
    Route(
        exchange="kraken",
        operation="spot.open_orders",
        method="POST",
        path="/0/private/OpenOrders",
        permission="Orders and trades - Query open orders & trades",
        parse=parse_kraken_spot_open_orders,
        rate_limits=(
            RateRule(
                key="kraken:uid:rest-counter",
                scope="uid",
                count=15,
                interval_ms=45455,
                weight=1,
                continuous=True,
            ),
        ),
        auth_params=("nonce",),
    ),
    Route(
        exchange="krakenfutures",
        operation="futures.cancel_all_orders",
        method="POST",
        path="/derivatives/api/v3/cancelallorders",
        permission="Trade",
        parse=parse_krakenfutures_futures_cancel_all_orders,
        rate_limits=(
            RateRule(
                key="krakenfutures:uid:derivatives",
                scope="uid",
                count=500,
                interval_ms=10000,
                weight=25,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="krakenfutures",
        operation="futures.cancel_all_orders_after",
        method="POST",
        path="/derivatives/api/v3/cancelallordersafter",
        permission="Trade",
        parse=parse_krakenfutures_futures_cancel_all_orders_after,
        rate_limits=(
            RateRule(
                key="krakenfutures:uid:derivatives",
                scope="uid",
                count=500,
                interval_ms=10000,
                weight=25,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="krakenfutures",
        operation="futures.open_orders",
        method="GET",
        path="/derivatives/api/v3/openorders",
        permission="Read",
        parse=parse_krakenfutures_futures_open_orders,
        rate_limits=(
            RateRule(
                key="krakenfutures:uid:derivatives",
                scope="uid",
                count=500,
                interval_ms=10000,
                weight=2,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="futures.cancel_all_orders",
        method="DELETE",
        path="/api/v3/orders",
        permission="Futures",
        parse=parse_kucoin_futures_cancel_all_orders,
        rate_limits=(
            RateRule(
                key="kucoin:uid:futures-pool",
                scope="uid",
                count=2000,
                interval_ms=30000,
                weight=10,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="futures.cancel_all_orders_v1",
        method="DELETE",
        path="/api/v1/orders",
        permission="Futures",
        parse=parse_kucoin_futures_cancel_all_orders_v1,
        rate_limits=(
            RateRule(
                key="kucoin:uid:futures-pool",
                scope="uid",
                count=2000,
                interval_ms=30000,
                weight=800,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="futures.cancel_all_stop_orders",
        method="DELETE",
        path="/api/v1/stopOrders",
        permission="Futures",
        parse=parse_kucoin_futures_cancel_all_stop_orders,
        rate_limits=(
            RateRule(
                key="kucoin:uid:futures-pool",
                scope="uid",
                count=2000,
                interval_ms=30000,
                weight=15,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="futures.get_order_list",
        method="GET",
        path="/api/v1/orders",
        permission="General",
        parse=parse_kucoin_futures_get_order_list,
        rate_limits=(
            RateRule(
                key="kucoin:uid:futures-pool",
                scope="uid",
                count=2000,
                interval_ms=30000,
                weight=2,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="futures.get_stop_order_list",
        method="GET",
        path="/api/v1/stopOrders",
        permission="General",
        parse=parse_kucoin_futures_get_stop_order_list,
        rate_limits=(
            RateRule(
                key="kucoin:uid:futures-pool",
                scope="uid",
                count=2000,
                interval_ms=30000,
                weight=6,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="spot.batch_cancel_stop_orders",
        method="DELETE",
        path="/api/v1/stop-order/cancel",
        permission="Spot",
        parse=parse_kucoin_spot_batch_cancel_stop_orders,
        rate_limits=(
            RateRule(
                key="kucoin:uid:spot-pool",
                scope="uid",
                count=4000,
                interval_ms=30000,
                weight=3,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="spot.cancel_all_orders",
        method="DELETE",
        path="/api/v1/hf/orders/cancelAll",
        permission="Spot",
        parse=parse_kucoin_spot_cancel_all_orders,
        rate_limits=(
            RateRule(
                key="kucoin:uid:spot-pool",
                scope="uid",
                count=4000,
                interval_ms=30000,
                weight=30,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="spot.get_dcp",
        method="GET",
        path="/api/v1/hf/orders/dead-cancel-all/query",
        permission="Spot",
        parse=parse_kucoin_spot_get_dcp,
        rate_limits=(
            RateRule(
                key="kucoin:uid:spot-pool",
                scope="uid",
                count=4000,
                interval_ms=30000,
                weight=2,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="spot.get_open_orders",
        method="GET",
        path="/api/v1/hf/orders/active",
        permission="General",
        parse=parse_kucoin_spot_get_open_orders,
        rate_limits=(
            RateRule(
                key="kucoin:uid:spot-pool",
                scope="uid",
                count=4000,
                interval_ms=30000,
                weight=2,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="spot.get_open_orders_by_page",
        method="GET",
        path="/api/v1/hf/orders/active/page",
        permission="General",
        parse=parse_kucoin_spot_get_open_orders_by_page,
        rate_limits=(
            RateRule(
                key="kucoin:uid:spot-pool",
                scope="uid",
                count=4000,
                interval_ms=30000,
                weight=2,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="spot.get_stop_orders_list",
        method="GET",
        path="/api/v1/stop-order",
        permission="General",
        parse=parse_kucoin_spot_get_stop_orders_list,
        rate_limits=(
            RateRule(
                key="kucoin:uid:spot-pool",
                scope="uid",
                count=4000,
                interval_ms=30000,
                weight=8,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="spot.get_symbols_with_open_order",
        method="GET",
        path="/api/v1/hf/orders/active/symbols",
        permission="Spot",
        parse=parse_kucoin_spot_get_symbols_with_open_order,
        rate_limits=(
            RateRule(
                key="kucoin:uid:spot-pool",
                scope="uid",
                count=4000,
                interval_ms=30000,
                weight=2,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="kucoin",
        operation="spot.set_dcp",
        method="POST",
        path="/api/v1/hf/orders/dead-cancel-all",
        permission="Spot",
        parse=parse_kucoin_spot_set_dcp,
        rate_limits=(
            RateRule(
                key="kucoin:uid:spot-pool",
                scope="uid",
                count=4000,
                interval_ms=30000,
                weight=2,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="okx",
        operation="trade.cancel_algos",
        method="POST",
        path="/api/v5/trade/cancel-algos",
        permission="Trade",
        parse=parse_okx_trade_cancel_algos,
        rate_limits=(
            RateRule(
                key="okx:uid:trade.cancel_algos",
                scope="uid",
                count=20,
                interval_ms=2000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="okx",
        operation="trade.cancel_all_after",
        method="POST",
        path="/api/v5/trade/cancel-all-after",
        permission="Trade",
        parse=parse_okx_trade_cancel_all_after,
        rate_limits=(
            RateRule(
                key="okx:uid:trade.cancel_all_after",
                scope="uid",
                count=1,
                interval_ms=1000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="okx",
        operation="trade.cancel_batch_orders",
        method="POST",
        path="/api/v5/trade/cancel-batch-orders",
        permission="Trade",
        parse=parse_okx_trade_cancel_batch_orders,
        rate_limits=(
            RateRule(
                key="okx:uid:trade.cancel_batch_orders",
                scope="uid",
                count=300,
                interval_ms=2000,
                weight=20,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="okx",
        operation="trade.orders_algo_pending",
        method="GET",
        path="/api/v5/trade/orders-algo-pending",
        permission="Read",
        parse=parse_okx_trade_orders_algo_pending,
        rate_limits=(
            RateRule(
                key="okx:uid:trade.orders_algo_pending",
                scope="uid",
                count=20,
                interval_ms=2000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
    Route(
        exchange="okx",
        operation="trade.orders_pending",
        method="GET",
        path="/api/v5/trade/orders-pending",
        permission="Read",
        parse=parse_okx_trade_orders_pending,
        rate_limits=(
            RateRule(
                key="okx:uid:trade.orders_pending",
                scope="uid",
                count=60,
                interval_ms=2000,
                weight=1,
                continuous=False,
            ),
        ),
        auth_params=(),
    ),
)
