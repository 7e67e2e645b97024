"""`python -m generator docs-check`: doc pages vs specs.

The pages under fixtures/pages are written for these tests in the Markdown form of the
exchange pages (not copies of them) and agree with our specs; each test changes one page the
way exchanges change theirs and expects the drift to be reported.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.review.docpage import parse_json_tolerant, parse_page, parse_rate_limits
from generator.review.docs_check import check_pages
from generator.spec.load import load_tree

ROOT = Path(__file__).resolve().parents[2]
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
ODD = Path(__file__).resolve().parent / "fixtures" / "odd"
SEEDS = ROOT.parent / "shared" / "seeds"

BINGX = "bingx_cancel_all_after.md"
HTX = "htx_cancel_all.md"
GATE = "gate_countdown.md"
BITGET = "bitget_cancel_all.md"

# (id, page, old text, new text, drift kind that must be reported)
DRIFTS = [
    ("range widened", BINGX, "range: 10s-120s", "range: 10s-300s", "param-range"),
    (
        "param added",
        BINGX,
        "| timeOut ",
        "| recvWindow | int64 | No | window |\n| timeOut ",
        "param-missing-in-spec",
    ),
    (
        "param removed",
        BINGX,
        "| timeOut        | int    | Yes      | Countdown in seconds, range: 10s-120s |\n",
        "",
        "param-missing-on-page",
    ),
    (
        "param type changed",
        BITGET,
        "| marginCoin    | String |",
        "| marginCoin    | Integer |",
        "param-type",
    ),
    (
        "param made required",
        GATE,
        "<td>string</td><td>false</td>",
        "<td>string</td><td>true</td>",
        "param-required",
    ),
    ("enum value added", HTX, "| buy; sell |", "| buy; sell; both |", "enum-value-missing-in-spec"),
    (
        "enum value removed",
        BITGET,
        "<br>SUSDC-FUTURES – USDC-M demo",
        "",
        "enum-value-missing-on-page",
    ),
    (
        "special value removed",
        GATE,
        "At least 5 seconds, 0 means cancel countdown",
        "At least 5 seconds",
        "param-special-value",
    ),
    ("minimum raised", GATE, "At least 5 seconds", "At least 10 seconds", "param-range"),
    (
        "error code added",
        BINGX,
        "| 100413     |",
        "| 109400     | order book busy |\n| 100413     |",
        "error-code-missing-in-spec",
    ),
    (
        "error code removed",
        BINGX,
        "| 80014      | timestamp is invalid |\n",
        "",
        "error-code-missing-on-page",
    ),
    (
        "response field removed",
        BINGX,
        "| note           | string | Free text |\n",
        "",
        "response-field-missing-on-page",
    ),
    (
        "response field added",
        BITGET,
        "| > errorMsg ",
        "| > cancelTime  | String | When |\n| > errorMsg ",
        "response-field-missing-in-spec",
    ),
    (
        "response field type changed",
        BITGET,
        "| > errorCode   | String ",
        "| > errorCode   | Integer ",
        "response-field-type",
    ),
    (
        "response enum value added",
        BINGX,
        "FAILED (failed)",
        "FAILED (failed)/EXPIRED (expired)",
        "response-enum-value-missing-in-spec",
    ),
    (
        "response field required changed",
        HTX,
        "| order\\_id | String | true |",
        "| order\\_id | String | false |",
        "response-field-required",
    ),
    ("rate limit changed", BINGX, "Rate limit: 1 time/1s", "Rate limit: 5 times/1s", "rate-limit"),
    (
        "rate limit added",
        BITGET,
        "**Rate limit:** 10 req/sec/UID",
        "**Rate limit:** 10 req/sec/UID\n\nFrequency limit: 100 requests per 10 seconds per IP",
        "rate-limit-missing-in-spec",
    ),
    (
        "rate limit dropped",
        HTX,
        " (Trade Interface: at most 72 times every 3 seconds. Read Interface: at most 72 times every 3 seconds)",
        "",
        "rate-limit-missing-on-page",
    ),
    (
        "permission changed",
        BINGX,
        "API KEY permission: Spot Trading",
        "API KEY permission: Read",
        "permission",
    ),
    (
        "host added",
        HTX,
        "| Online | https://api.hbdm.com |",
        "| Online | https://api.hbdm.com |\n| Backup | https://api.huobi.pro |",
        "host",
    ),
    (
        "path changed",
        BINGX,
        "POST /openApi/spot/v1/trade/cancelAllAfter",
        "POST /openApi/spot/v2/trade/cancelAllAfter",
        "endpoint-missing",
    ),
]


@pytest.fixture(scope="module")
def docs() -> list[object]:
    loaded, errors = load_tree(ROOT)
    assert not errors
    return list(loaded)


def test_fixture_pages_agree_with_the_specs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs-check", str(PAGES), "--specs", str(ROOT / "specs")]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "0 disagreement(s), 0 recorded" in captured.err


@pytest.mark.parametrize(
    ("page", "old", "new", "kind"), [d[1:] for d in DRIFTS], ids=[d[0] for d in DRIFTS]
)
def test_drift_is_reported(
    tmp_path: Path, page: str, old: str, new: str, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(PAGES, pages)
    file = pages / page
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert main(["docs-check", str(pages), "--specs", str(ROOT / "specs")]) == 1
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if f": {kind}: " in line]
    assert lines, out
    for line in lines:
        assert re.match(
            rf"^{re.escape(str(file))}:\d+: (specs/\S+\.yaml:\d+|-:0): {kind}: ", line
        ), line
        assert "[recorded" not in line
    # only the page that changed drifts
    assert all(line.startswith(str(file)) for line in out.splitlines())


def test_drift_lines_point_at_page_and_spec(tmp_path: Path, docs: list[object]) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(PAGES, pages)
    file = pages / BINGX
    file.write_text(file.read_text().replace("range: 10s-120s", "range: 10s-300s"))
    drift, _ = check_pages(pages, docs)  # type: ignore[arg-type]
    (d,) = drift
    assert "range: 10s-300s" in file.read_text().splitlines()[d.page_line - 1]
    spec_line = (ROOT / d.spec).read_text().splitlines()[d.spec_line - 1]
    assert d.spec == "specs/bingx/spot/cancel_all_after.yaml" and "name: timeOut" in spec_line


def test_seed_pages_report_only_recorded_disagreements(capsys: pytest.CaptureFixture[str]) -> None:
    # CI keeps ../shared beside the clone; the seeds are the pages the specs were written from.
    assert SEEDS.is_dir(), f"{SEEDS} is missing"
    code = main(["docs-check", str(SEEDS), "--specs", str(ROOT / "specs")])
    captured = capsys.readouterr()
    assert code == 0, captured.out
    lines = captured.out.splitlines()
    assert all("[recorded: " in line for line in lines), lines
    assert "0 disagreement(s)" in captured.err


def test_recorded_conflict_stops_covering_a_changed_page(tmp_path: Path) -> None:
    # The BingX spec records the page's "recvWindow float64"; a page saying "string" is drift.
    assert SEEDS.is_dir()
    pages = tmp_path / "seeds"
    pages.mkdir()
    seed = next(p for p in SEEDS.iterdir() if "cancelOpenOrders" in p.read_text(encoding="utf-8"))
    text = seed.read_text(encoding="utf-8").replace(
        "| recvWindow     | float64 |", "| recvWindow     | string  |"
    )
    (pages / "page.md").write_text(text, encoding="utf-8")
    loaded, _ = load_tree(ROOT)
    drift, _ = check_pages(pages, loaded)
    kinds = {(d.kind, d.recorded) for d in drift}
    assert ("param-type", None) in kinds


def test_odd_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs-check", str(ODD), "--specs", str(ROOT / "specs")]) == 1
    captured = capsys.readouterr()
    assert "no_endpoint.md:1: note: no endpoint found" in captured.err
    assert (
        "unknown_exchange.md:5: -:0: endpoint-missing: POST /api/v1/order/kill_switch has no spec"
        in captured.out
    )


def test_missing_sections_are_reported_clearly(tmp_path: Path, docs: list[object]) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    text = (PAGES / BITGET).read_text(encoding="utf-8")
    (pages / BITGET).write_text(text.split("### Response Parameters")[0], encoding="utf-8")
    drift, _ = check_pages(pages, docs)  # type: ignore[arg-type]
    assert [d.kind for d in drift] == ["response-section-missing"]


def test_parser_handles_odd_formatting() -> None:
    htx = parse_page(PAGES / HTX)
    assert htx.method == "POST" and htx.path == "/v5/trade/cancel_all_orders"
    assert [p.name for p in htx.params] == ["contract_code", "side", "position_side"]
    assert htx.request_example == {"contract_code": "ETH-USDT", "side": "sell"}
    assert (
        isinstance(htx.response_example, dict)
        and htx.response_example["data"][0]["order_id"] == "11"
    )
    gate = parse_page(PAGES / GATE)
    timeout = gate.params[0]
    assert (timeout.name, timeout.location, timeout.minimum, timeout.also_allowed) == (
        "timeout",
        "body",
        5,
        ((0, "cancel countdown"),),
    )
    bitget = parse_page(PAGES / BITGET)
    assert len(bitget.params[0].enum) == 6 and bitget.params[0].enum[0] == (
        "USDT-FUTURES",
        "USDT-M",
    )
    assert "failureList[].errorCode" in [f.name for f in bitget.response]
    assert bitget.request_example == {"productType": "COIN-FUTURES", "marginCoin": "BTC"}


def test_tolerant_json_and_rate_limits() -> None:
    assert parse_json_tolerant('{\n"a":\n1\n"b":[\n0:{\n"c":\n"x"\n}\n]\n}') == {
        "a": 1,
        "b": [{"c": "x"}],
    }
    assert parse_json_tolerant("not json") is None
    (uid, ip) = parse_rate_limits(
        "rate limitation by UID: 2/s & rate limitation by IP in group Number: 3", 7
    )
    assert (uid.scope, uid.count, uid.interval_ms) == ("uid", 2, 1000)
    assert (ip.scope, ip.ip_group, ip.line) == ("ip", "3", 7)
    (every,) = parse_rate_limits("at most 72 times every 3 seconds per UID", 1)
    assert (every.count, every.interval_ms) == (72, 3000)


DOC_PAGES = ROOT / "docs" / "pages"


def test_repository_doc_pages_report_only_recorded_disagreements(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """docs/pages holds the pages the specs added after the seeds were transcribed from."""
    code = main(["docs-check", str(DOC_PAGES), "--specs", str(ROOT / "specs")])
    captured = capsys.readouterr()
    assert code == 0, captured.out
    assert all("[recorded: " in line for line in captured.out.splitlines())
    assert "0 disagreement(s)" in captured.err


def test_parser_reads_htx_v1_and_gate_list_pages() -> None:
    htx = parse_page(DOC_PAGES / "htx_futures_cancel_after.md")
    on_off, time_out = htx.params
    assert on_off.enum == (("1", "enable the feature"), ("0", "disable the feature"))
    assert time_out.minimum == 5000  # "≥ 5,000 ms"
    assert [f.name for f in htx.response] == ["code", "msg", "ts", "current_time", "trigger_time"]
    assert not [p for p in htx.problems if "DATA" in p[1]]  # DATA_START/_END are markers
    gate = parse_page(DOC_PAGES / "gate_spot_cancel_all_orders.md")
    assert (gate.method, gate.path) == ("DELETE", "/spot/orders")
    action_mode = next(p for p in gate.params if p.name == "action_mode")
    assert [v for v, _ in action_mode.enum] == ["ACK", "RESULT", "FULL"]  # from the details list
    assert "[].id" in [f.name for f in gate.response]  # "» _None_" is the list item
