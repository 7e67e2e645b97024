"""Options and arguments of the wrong type or shape are typed errors before anything is sent
(issue 11): never a raw TypeError from a comparison, never a request with an empty value or a
control character in it."""

from __future__ import annotations

import pytest

from exchange_sdk import BingX, Bitget, Gate, errors
from exchange_sdk._runtime.messages import HttpRequest, HttpResponse
from exchange_sdk._runtime.mock import MockTransport


def _never(request: HttpRequest) -> HttpResponse:
    raise AssertionError(f"sent {request.method} {request.url}")


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"timeout": "10"}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"max_retries": "2"}, "max_retries"),
        ({"deadline": "5"}, "deadline"),
        ({"max_wait": "1"}, "max_wait"),
    ],
)
def test_client_options_of_the_wrong_type(options: dict[str, object], argument: str) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        BingX(api_key="k", api_secret="s", **options)  # type: ignore[arg-type]
    assert info.value.argument == argument and argument in str(info.value)


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"request_timeout": "5"}, "request_timeout"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"deadline": "5"}, "deadline"),
        ({"max_wait": "1"}, "max_wait"),
    ],
)
def test_call_options_of_the_wrong_type(options: dict[str, object], argument: str) -> None:
    client = BingX(api_key="k", api_secret="s", transport=MockTransport(_never))
    with pytest.raises(errors.ValidationError) as info:
        client.spot.cancel_open_orders(symbol="BTC-USDT", **options)  # type: ignore[arg-type]
    assert info.value.argument == argument


@pytest.mark.parametrize("value", ["", "USDT\r\n", "US\x00DT", "USDT\n"])
def test_empty_or_control_character_strings_are_never_sent(value: str) -> None:
    bitget = Bitget(api_key="k", api_secret="s", passphrase="p", transport=MockTransport(_never))
    with pytest.raises(errors.ValidationError) as info:
        bitget.mix.cancel_all_orders(product_type="USDT-FUTURES", margin_coin=value)
    assert info.value.argument == "margin_coin"
    gate = Gate(api_key="k", api_secret="s", transport=MockTransport(_never))
    with pytest.raises(errors.ValidationError):
        gate.spot.cancel_all_orders(currency_pair=value)
    bingx = BingX(api_key="k", api_secret="s", transport=MockTransport(_never))
    with pytest.raises(errors.ValidationError):
        bingx.spot.cancel_open_orders(symbol=value)
