"""``exchange-sdk``: generated endpoint commands (help from the specs, checks before sending,
--json), panic (--dry-run, confirmation, report) and the accounts file (missing variables
named, secrets never printed). In process, against the simulator over real HTTP."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from killswitch_helpers import EXCHANGES, GROUPS, seed

from exchange_sdk.cli import main
from exchange_sdk.killswitch import Account, OrderList, open_orders
from exchange_sdk.simulator.pytest_plugin import SimAdmin

SECRET_VALUE = "s3cr3t-do-not-print"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --help, bad choices
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def creds(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "BINGX_API_KEY": "test-key",
        "BINGX_API_SECRET": "test-secret",
        "GATE_API_KEY": "test-key",
        "GATE_API_SECRET": "test-secret",
    }.items():
        monkeypatch.setenv(name, value)


def _config(tmp_path: Path, url: str = "", *, key_env: str = "KS_KEY") -> Path:
    base = f'base_url = "{url}"\n' if url else ""
    text = ""
    for ex in EXCHANGES:
        text += f'[[account]]\nexchange = "{ex}"\nlabel = "main"\n{base}'
        text += f'api_key_env = "{key_env}"\napi_secret_env = "KS_SECRET"\n'
        if ex == "bitget":
            text += 'passphrase_env = "KS_PASS"\nparams = {productType = ["USDT-FUTURES"]}\n'
        if ex == "okx":
            text += 'passphrase_env = "KS_PASS"\n'
        if ex in ("bingx", "gate"):
            text += f'markets = ["{"BTC-USDT" if ex == "bingx" else "BTC_USDT"}"]\n'
        if ex in GROUPS:
            text += f"groups = {list(GROUPS[ex])!r}\n".replace("'", '"')
        text += "\n"
    path = tmp_path / "accounts.toml"
    path.write_text(text)
    return path


def test_endpoint_help_shows_the_spec_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "bingx", "spot", "cancel-all-after", "--help")
    assert code == 0
    assert "Cancel all spot pending orders when a countdown ends" in out  # summary
    assert "POST /openApi/spot/v1/trade/cancelAllAfter" in out
    assert "{ACTIVATE,CLOSE}" in out  # allowed values
    assert "10 <= time_out <= 120" in " ".join(out.split())  # range
    assert "--time-out SECONDS" in out  # unit
    code, out, _ = _run(capsys, "gate", "spot", "countdown-cancel-all", "--help")
    assert "5 <= timeout <= 2147483647, or 0 (cancel countdown)" in " ".join(out.split())
    code, out, _ = _run(capsys, "--help")
    assert all(
        name in out for name in ("bingx", "htx", "bitget", "gate", "panic", "heartbeat", "simulate")
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--type", "ACTIVATE", "--time-out", "5"], "time_out=5 is out of range"),
        (["--type", "ACTIVATE", "--time-out", "121"], "time_out=121 is out of range"),
        (["--type", "LATER", "--time-out", "10"], "invalid choice: 'LATER'"),
        (["--type", "ACTIVATE", "--time-out", "ten"], "invalid int value: 'ten'"),
        (["--type", "ACTIVATE"], "the following arguments are required: --time-out"),
    ],
)
def test_invalid_arguments_are_rejected_before_sending(
    exchange_sim: SimAdmin,
    capsys: pytest.CaptureFixture[str],
    creds: None,
    argv: list[str],
    message: str,
) -> None:
    code, _out, err = _run(
        capsys, "--base-url", exchange_sim.url, "bingx", "spot", "cancel-all-after", *argv
    )
    assert code == 2
    assert message in err
    assert exchange_sim.requests() == []


def test_endpoint_json_output(
    exchange_sim: SimAdmin, capsys: pytest.CaptureFixture[str], creds: None
) -> None:
    ids = seed(exchange_sim, ("bingx",))["bingx"]
    code, out, err = _run(
        capsys,
        "--base-url",
        exchange_sim.url,
        "bingx",
        "spot",
        "cancel-open-orders",
        "--symbol",
        "BTC-USDT",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert {str(o["orderId"]) for o in data["orders"]} == ids  # wire names, exact int64 ids
    assert all(o["status"] == "CANCELED" for o in data["orders"])


def test_endpoint_table_output(
    exchange_sim: SimAdmin, capsys: pytest.CaptureFixture[str], creds: None
) -> None:
    code, out, err = _run(
        capsys,
        "--base-url",
        exchange_sim.url,
        "gate",
        "spot",
        "countdown-cancel-all",
        "--timeout",
        "30",
        "--currency-pair",
        "BTC_USDT",
    )
    assert code == 0, err
    assert "triggerTime" in out and "Gate spot.countdown_cancel_all" in out


def test_panic_dry_run_checks_everything_and_sends_nothing(
    exchange_sim: SimAdmin,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = _config(tmp_path, exchange_sim.url)
    code, out, err = _run(capsys, "--config", str(config), "panic", "--dry-run")
    assert code == 2 and "KS_SECRET" in err  # credentials are checked for presence
    for name, value in (("KS_KEY", "test-key"), ("KS_SECRET", SECRET_VALUE), ("KS_PASS", "p")):
        monkeypatch.setenv(name, value)
    code, out, err = _run(capsys, "--config", str(config), "panic", "--dry-run", "--json")
    assert code == 0, err
    calls = json.loads(out)["calls"]
    host = exchange_sim.url.rstrip("/")
    cancels = {(c["account"], c["operation"], c["request"]) for c in calls if c["kind"] == "cancel"}
    assert (
        "bingx:main",
        "spot.cancel_open_orders",
        f"POST {host}/openApi/spot/v1/trade/cancelOpenOrders",
    ) in cancels
    assert (
        "bitget:main",
        "mix.cancel_all_orders",
        f"POST {host}/api/v2/mix/order/cancel-all-orders",
    ) in cancels
    lists = {(c["account"], c["request"]) for c in calls if c["kind"] == "list"}
    assert ("gate:main", f"GET {host}/api/v4/spot/open_orders") in lists
    # Gate spot's price-triggered orders: their own cancel (the configured market) and listing.
    assert (
        "gate:main",
        "spot.cancel_price_triggered_order_list",
        f"DELETE {host}/api/v4/spot/price_orders",
    ) in cancels
    assert ("gate:main", f"GET {host}/api/v4/spot/price_orders") in lists
    # HTX's account mode is asked at panic time: the dry run shows the calls of every mode.
    htx = {c["request"]: c for c in calls if c["account"] == "htx:main"}
    assert htx[f"POST {host}/v5/trade/cancel_all_orders"]["mode"] == "multi-asset"
    cross = htx[f"POST {host}/linear-swap-api/v1/swap_cross_cancelall"]
    assert cross["mode"] == "single-asset" and cross["per_market"] == "contract_code"
    assert f"POST {host}/linear-swap-api/v1/swap_cancelall" in htx
    assert f"POST {host}/linear-swap-api/v1/swap_cross_openorders" in htx
    assert "asked at panic time" in json.loads(out)["note"]
    okx = {c["request"]: c for c in calls if c["account"] == "okx:main"}
    batch = okx[f"POST {host}/api/v5/trade/cancel-batch-orders"]
    assert batch["per_market"] == "orders" and batch["per_batch"] == 20  # listed, then by id
    assert f"GET {host}/api/v5/trade/orders-pending" in okx
    algos = okx[f"POST {host}/api/v5/trade/cancel-algos"]
    assert algos["per_market"] == "orders" and algos["per_batch"] == 10
    assert f"GET {host}/api/v5/trade/orders-algo-pending" in okx
    # HTX's trigger, TP/SL and trailing order books: a cancel-all and a listing each, per margin mode
    for book in ("trigger", "tpsl", "track"):
        for prefix in ("swap_cross_", "swap_"):
            stop = htx[f"POST {host}/linear-swap-api/v1/{prefix}{book}_cancelall"]
            assert stop["mode"] == "single-asset" and stop["kind"] == "cancel"
            assert f"POST {host}/linear-swap-api/v1/{prefix}{book}_openorders" in htx
    assert len(cancels) == 9 + 6 and len(lists) == 9 + 6
    code, out, _ = _run(capsys, "--config", str(config), "panic", "--dry-run")
    assert code == 0 and "nothing sent" in out and "single-asset" in out
    assert SECRET_VALUE not in out + err
    assert exchange_sim.requests() == []


def test_missing_variable_is_named_and_no_secret_is_printed(
    exchange_sim: SimAdmin,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KS_KEY", SECRET_VALUE)
    monkeypatch.setenv("KS_PASS", SECRET_VALUE)
    config = _config(tmp_path, exchange_sim.url)
    code, out, err = _run(capsys, "--config", str(config), "panic", "--yes")
    assert code == 2
    assert "KS_SECRET" in err and "api_secret_env" in err
    assert SECRET_VALUE not in out + err
    assert exchange_sim.requests() == []


def test_panic_report_and_exit_code(
    exchange_sim: SimAdmin,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KS_KEY", "test-key")
    monkeypatch.setenv("KS_SECRET", "test-secret")
    monkeypatch.setenv("KS_PASS", "test-pass")
    seeded = seed(exchange_sim, ("bingx", "bitget"))
    config = _config(tmp_path, exchange_sim.url)
    code, out, err = _run(capsys, "--config", str(config), "panic", "--yes", "--json")
    report = json.loads(out)
    by_ex = {r["exchange"]: r for r in report["results"]}
    assert set(by_ex["bingx"]["cancelled"]) == seeded["bingx"]
    assert set(by_ex["bitget"]["cancelled"]) == seeded["bitget"]
    assert code == (0 if report["ok"] else 1)
    assert "test-secret" not in out + err
    exchange_sim.add_fault("status", exchange="htx", status=503)
    code, out, err = _run(capsys, "--config", str(config), "panic", "--yes", "--max-retries", "0")
    assert code == 1
    assert "htx:main" in out and "ServerError" in out and "INCOMPLETE" in out


def test_panic_asks_before_cancelling(
    exchange_sim: SimAdmin,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in (("KS_KEY", "test-key"), ("KS_SECRET", "test-secret"), ("KS_PASS", "p")):
        monkeypatch.setenv(name, value)
    code, _, err = _run(capsys, "--config", str(_config(tmp_path, exchange_sim.url)), "panic")
    assert code == 2 and "not confirmed" in err  # stdin is not a terminal: no answer, no cancel
    assert exchange_sim.requests() == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[account]]\nexchange = "bingx"\napi_key = "x"\n', "unknown key(s) api_key"),
        (
            '[[account]]\nexchange = "nosuchexchange"\n',
            "unknown exchange 'nosuchexchange'; known: ",
        ),
        ('[[account]]\nlabel = "x"\n', "exchange is required"),
        ("[[account]\n", "not valid TOML"),
        (
            '[[account]]\nexchange = "bingx"\n[[account]]\nexchange = "bingx"\n',
            "duplicate account(s) bingx:default",
        ),
    ],
)
def test_config_errors_name_the_file_and_the_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    code, _, err = _run(capsys, "--config", str(path), "panic", "--dry-run")
    assert code == 2
    assert str(path) in err and message in err


def test_simulate_is_still_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "simulate", "--help")
    assert code == 0 and "--port" in out


def test_importing_the_kill_switch_and_the_parser_is_cheap() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from exchange_sdk.killswitch import Account, panic, DeadMansSwitch; "
        "from exchange_sdk.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('pydantic', 'rich', 'exchange_sdk.bingx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_two_command_lines_share_helpers_without_an_import_cycle() -> None:
    """``exchange_sdk.cli`` imports the kill-switch commands; those (and the generated endpoint
    table) import only ``exchange_sdk._cli_support``, never ``exchange_sdk.cli``."""
    import ast
    from pathlib import Path

    import exchange_sdk

    root = Path(exchange_sdk.__file__).parent
    for rel in ("killswitch/_cli.py", "_cli_commands.py", "_cli_support.py"):
        tree = ast.parse((root / rel).read_text())
        imported = {
            (node.level, node.module) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        }
        assert (2, "cli") not in imported and (1, "cli") not in imported, rel
        assert (0, "exchange_sdk.cli") not in imported, rel


@pytest.mark.parametrize(
    ("command", "summary", "described"),
    [
        ("panic", "cancel every open order", "Exit code 0 only when every call succeeded"),
        ("open-orders", "list the open orders", "Exit code 0 when every listing succeeded"),
        ("heartbeat", "keep the dead-man's switches", "If this process dies"),
        ("simulate", "serve the local exchange simulator", "admin API under /_sim/"),
    ],
)
def test_a_command_s_help_and_description_come_from_its_function(
    capsys: pytest.CaptureFixture[str], command: str, summary: str, described: str
) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0 and summary in " ".join(out.split())
    code, out, _ = _run(capsys, command, "--help")
    assert code == 0 and described in " ".join(out.split())


def test_tables_written_to_a_log_keep_every_order_id_on_one_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    exchange_sim: SimAdmin,
    tmp_path: Path,
) -> None:
    """Not a terminal (a log, a pipe) and no COLUMNS: rich's 80 columns would fold BitMEX's
    36-character order ids across two lines of the table; a trader copies them from there."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setenv("BM_KEY", "test-key")
    monkeypatch.setenv("BM_SECRET", "test-secret")
    exchange_sim.seed_orders("bitmex", "XBTUSD", count=2)
    config = tmp_path / "accounts.toml"
    config.write_text(
        '[[account]]\nexchange = "bitmex"\nlabel = "market-making-bot-eu-west"\n'
        f'base_url = "{exchange_sim.url}"\napi_key_env = "BM_KEY"\napi_secret_env = "BM_SECRET"\n'
    )
    code, out, err = _run(capsys, "--config", str(config), "open-orders")
    assert code == 0, err
    listed = [line for line in out.splitlines() if "market-making-bot-eu-west" in line]
    assert len(listed) == 2, out  # one line per order: no cell folded
    ids = [o.order_id for lst in _bitmex_listing(exchange_sim.url) for o in lst]
    assert len(ids) == 2 and all(len(i) == 36 for i in ids)
    assert all(any(i in line for line in listed) for i in ids), out


def _bitmex_listing(url: str) -> list[OrderList]:
    from exchange_sdk import BitMEX

    client = BitMEX(api_key="test-key", api_secret="test-secret", base_url=url)
    return open_orders([Account("bitmex", client)])


def test_a_secret_the_exchange_cannot_decode_fails_the_dry_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Before, a Kraken secret that is not base64 passed `panic --dry-run` ("checked") and
    failed every call of the real panic; now the config check names the account and variable."""
    monkeypatch.setenv("KR_KEY", "k")
    monkeypatch.setenv("KR_SECRET", "not base64!")
    config = tmp_path / "accounts.toml"
    config.write_text(
        '[[account]]\nexchange = "kraken"\napi_key_env = "KR_KEY"\napi_secret_env = "KR_SECRET"\n'
    )
    code, out, err = _run(capsys, "--config", str(config), "panic", "--dry-run")
    assert code == 2, (out, err)
    assert "account kraken:default: the API secret is not valid base64" in err
    assert "(in KR_SECRET)" in err and "not base64!" not in out + err
