"""The kill switch knows exchanges only through the generated tables: no exchange is named in
its code, every exchange of the specs is accepted by a config, any other is refused with the
list of known ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import exchange_sdk.killswitch as killswitch
from exchange_sdk import _killswitch_specs, errors
from exchange_sdk.killswitch import load_config
from exchange_sdk.killswitch._accounts import exchange_info

_KILLSWITCH = Path(killswitch.__file__).parent
_SPECS = Path(__file__).resolve().parents[2] / "specs"


def _owned_files() -> list[Path]:
    # _switch*.py belong to the per-market countdown work (issue 13, binance) and are left out
    return sorted(p for p in _KILLSWITCH.glob("*.py") if not p.name.startswith("_switch"))


def test_the_exchange_table_lists_every_exchange_of_the_specs() -> None:
    in_specs = sorted(p.parent.name for p in _SPECS.glob("*/exchange.yaml"))
    assert list(_killswitch_specs.EXCHANGES) == in_specs


def test_no_exchange_is_named_in_the_kill_switch_code() -> None:
    names = set(_killswitch_specs.EXCHANGES)
    for ex_id in _killswitch_specs.EXCHANGES:
        names.add(exchange_info(ex_id).name)
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names))) + r")\b", re.I)
    found = [
        f"{p.name}:{n}: {line.strip()}"
        for p in _owned_files()
        for n, line in enumerate(p.read_text().splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []


@pytest.mark.parametrize("exchange", _killswitch_specs.EXCHANGES)
def test_a_config_accepts_every_exchange_of_the_specs(tmp_path: Path, exchange: str) -> None:
    path = tmp_path / "accounts.toml"
    path.write_text(f'[[account]]\nexchange = "{exchange}"\nlabel = "main"\n')
    config = load_config(path)
    (account,) = config.accounts
    info = exchange_info(exchange)
    assert account.name == f"{exchange}:main"
    assert account.api_key_env == info.api_key_env
    assert account.api_secret_env == info.api_secret_env
    assert account.passphrase_env == info.passphrase_env  # from the spec's credentials


def test_an_unknown_exchange_is_refused_with_the_known_ones(tmp_path: Path) -> None:
    path = tmp_path / "accounts.toml"
    path.write_text('[[account]]\nexchange = "nosuchexchange"\n')
    with pytest.raises(errors.ConfigurationError) as info:
        load_config(path)
    text = str(info.value)
    assert str(path) in text and "unknown exchange 'nosuchexchange'" in text
    assert all(ex in text for ex in _killswitch_specs.EXCHANGES)
    with pytest.raises(errors.ConfigurationError, match="known: "):
        killswitch.Account("Not An Id")
    with pytest.raises(errors.ConfigurationError, match="known: "):
        killswitch.build_client("../etc")


def test_orders_in_a_map_keep_their_key_and_nested_market() -> None:
    """Kraken spot lists `open` as a map keyed by txid, the pair inside `descr`."""
    from exchange_sdk.killswitch._orders import field_of, orders_in

    data = {"open": {"OA-1": {"descr": {"pair": "XBTUSD"}}, "OB-2": {"descr": {"pair": "ETHUSD"}}}}
    records = orders_in(data, "open{}")
    assert [field_of(r, "@key") for r in records] == ["OA-1", "OB-2"]
    assert [field_of(r, "descr.pair") for r in records] == ["XBTUSD", "ETHUSD"]
    assert orders_in({"open": None}, "open{}") == []
