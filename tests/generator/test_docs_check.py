"""`python -m generator docs-check`: doc pages vs specs.

The pages compared are the project's source pages (../shared/seeds, which CI keeps beside the
clone, and docs/pages), always on copies: docs-check compares text in the page's own words, so
pages paraphrased for a test would disagree by design (tests/generator/fixtures/pages, written
for scaffold, do). Every edit of the mutation corpus (fixtures/docs_mutations: one-edit changes
of every kind issue 14 lists, on every page) must be reported by a line that names the
changed thing and is not marked recorded; the unchanged pages must give no disagreement;
input that cannot be read at all must exit 2, a part of a page that cannot be read gives an
`unreadable` line. `outside.yaml` is the independent held-out set, `outside_probes.yaml` the
regression cases written after its fixes.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main
from generator.review.docpage import parse_page, parse_text
from generator.review.docs_check import check_pages
from generator.review.mutations import Mutation, load_corpus, page_copies, run_mutation
from generator.review.pagevalues import (
    parse_default,
    parse_enum,
    parse_json_tolerant,
    parse_range,
    parse_rate_limits,
    parse_specials,
    parse_units,
)
from generator.spec.load import SpecDocument, load_tree

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
SEEDS = ROOT.parent / "shared" / "seeds"
DOC_PAGES = ROOT / "docs" / "pages"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = [
    m
    for name in ("dev", "heldout", "fresh", "outside", "outside_probes")
    for m in load_corpus(FIXTURES / "docs_mutations" / f"{name}.yaml")
]
BINGX_CAA = "000_2d204dabf29170b5.txt"
BINGX_COO = "001_a4baa43a5623d602.txt"
HTX_CAO = "002_ee6748357145f09d.txt"


@pytest.fixture(scope="module")
def docs() -> list[SpecDocument]:
    loaded, errors = load_tree(SPECS)
    assert not errors
    return loaded


@pytest.fixture(scope="module")
def copies() -> Iterator[tuple[Path, Path]]:
    assert SEEDS.is_dir(), f"{SEEDS} is missing (CI keeps ../shared beside the clone)"
    with page_copies(SEEDS, DOC_PAGES) as dirs:
        yield dirs


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["docs-check", *args, "--specs", str(SPECS)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ------------------------------------------------------------------------------------------
# The unchanged pages


def test_source_pages_agree_with_the_specs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, str(SEEDS), str(DOC_PAGES))
    assert code == 0, out
    assert all("[recorded: " in line for line in out.splitlines()), out
    assert "0 disagreement(s)" in err and "0 unreadable" in err


@pytest.mark.parametrize("folder", [SEEDS, DOC_PAGES], ids=["seeds", "docs-pages"])
def test_each_folder_alone_needs_only_the_pages_its_index_lists(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, str(folder))
    assert code == 0, out


def test_default_folders(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    code, out, err = _run(capsys)
    assert code == 0, out
    assert "0 disagreement(s)" in err


# ------------------------------------------------------------------------------------------
# One-edit changes: every kind, every page


@pytest.mark.parametrize("mutation", CORPUS, ids=[m.id for m in CORPUS])
def test_edit_is_reported(
    mutation: Mutation, copies: tuple[Path, Path], docs: list[SpecDocument]
) -> None:
    outcome = run_mutation(mutation, copies, docs)
    want = (
        f"exit {mutation.exit}" if mutation.exit is not None else f"a line with {mutation.expect}"
    )
    assert outcome.detected, (
        f"{mutation.id}: wanted {want}; got exit {outcome.exit}:\n" + "\n".join(outcome.lines)
    )


def test_corpus_covers_every_kind_and_page() -> None:
    kinds = {m.kind for m in CORPUS}
    assert {
        "error",
        "http-status",
        "range",
        "unit",
        "special",
        "rate-limit",
        "response",
        "response-type",
        "enum",
        "enum-meaning",
        "host",
        "content-type",
        "example",
        "default",
        "description",
        "behaviour",
        "permission",
        "method",
        "path",
        "param",
        "unreadable",
    } <= kinds
    pages = {m.page.split("/", 1)[1] for m in CORPUS}
    on_disk = {p.name for p in SEEDS.iterdir() if p.name != "INDEX.md"} | {
        p.name for p in DOC_PAGES.iterdir() if p.name != "INDEX.md"
    }
    assert on_disk <= pages
    assert len(CORPUS) >= 800


def _edit(
    copies: tuple[Path, Path], docs: list[SpecDocument], page: str, old: str, new: str
) -> list[str]:
    m = Mutation("t", page, "t", old, new, ("",))
    return list(run_mutation(m, copies, docs).lines)


def test_line_names_page_line_spec_line_kind_and_subject(
    copies: tuple[Path, Path], docs: list[SpecDocument]
) -> None:
    (line,) = _edit(copies, docs, f"seeds/{BINGX_CAA}", "range: 10s-120s", "range: 10s-300s")
    m = re.match(
        r"^(\S+):(\d+): (specs/\S+\.yaml):(\d+): param-range timeOut: page maximum 300", line
    )
    assert m, line
    page_line = (copies[0] / BINGX_CAA).read_text().splitlines()[int(m.group(2)) - 1]
    assert "timeOut" in page_line
    spec_line = (ROOT / m.group(3)).read_text().splitlines()[int(m.group(4)) - 1]
    assert "name: timeOut" in spec_line


def test_a_conflict_excuses_only_the_facts_it_names(
    copies: tuple[Path, Path], docs: list[SpecDocument]
) -> None:
    # The BingX spec records triggerTime's unit and width; its removal is still drift, though
    # the conflicts' texts say "no unit given" (the old checker took "no" as an excuse).
    lines = _edit(
        copies,
        docs,
        f"seeds/{BINGX_CAA}",
        "| triggerTime    | int    | Trigger time for deleting all pending orders                                   |\n",
        "",
    )
    assert any("response-field-missing-on-page triggerTime" in line for line in lines), lines
    # recvWindow's page type is recorded as float64; a page saying string is drift again
    lines = _edit(
        copies,
        docs,
        f"seeds/{BINGX_COO}",
        "| recvWindow     | float64 |",
        "| recvWindow     | string  |",
    )
    assert any(
        line.startswith(str(copies[0])) and "param-type recvWindow" in line for line in lines
    ), lines
    # HTX's conflict about the per-item code does not cover order_id, whose row goes
    lines = _edit(
        copies, docs, f"seeds/{HTX_CAO}", "| order\\_id | String | true | Order ID |  |\n", ""
    )
    assert any("response-field-missing-on-page [].order_id" in line for line in lines), lines


def test_a_conflict_the_page_no_longer_needs_is_reported(
    copies: tuple[Path, Path], docs: list[SpecDocument]
) -> None:
    lines = _edit(copies, docs, f"seeds/{HTX_CAO}", "# GET Cancel All", "# POST Cancel All")
    assert any("conflict-stale method title GET" in line for line in lines), lines


# ------------------------------------------------------------------------------------------
# Loud failures


def test_empty_and_missing_folders_are_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, str(tmp_path))
    assert code == 2 and "no doc pages" in out
    code, out, _ = _run(capsys, str(tmp_path / "missing"))
    assert code == 2 and "not a directory" in out


def test_page_without_endpoint_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(FIXTURES / "odd"))
    assert code == 2
    assert "no_endpoint.md:1: error: the page's endpoint cannot be identified" in out
    assert "unknown_exchange.md:5: -:0: endpoint-missing POST /api/v1/order/kill_switch" in out


def test_page_that_is_not_utf8_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(SEEDS / BINGX_CAA, tmp_path / "a.md")
    (tmp_path / "b.md").write_bytes(b"POST /x \xff\xfe\n")
    code, out, _ = _run(capsys, str(tmp_path))
    assert code == 2 and "b.md:1: error: not UTF-8" in out


def test_spec_without_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "seeds"
    shutil.copytree(SEEDS, pages)
    (pages / BINGX_COO).unlink()
    code, out, _ = _run(capsys, str(pages))
    assert code == 1
    assert f"page-missing {BINGX_COO}: the index lists {BINGX_COO}" in out
    assert "page-missing specs/bingx/spot/cancel_open_orders.yaml: no page states POST" in out


def test_the_project_folders_need_a_page_for_every_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # run without folders from a copy of the repository layout whose docs/pages lost a page
    (tmp_path / "shared").mkdir()
    shutil.copytree(SEEDS, tmp_path / "shared" / "seeds")
    repo = tmp_path / "repo"
    shutil.copytree(DOC_PAGES, repo / "docs" / "pages")
    (repo / "docs" / "pages" / "htx_futures_cancel_after.md").unlink()
    (repo / "docs" / "pages" / "INDEX.md").unlink()
    monkeypatch.chdir(repo)
    code, out, _ = _run(capsys)
    assert code == 1
    assert "page-missing specs/htx/futures/cancel_after.yaml: no page states POST" in out


def test_partial_or_merged_copies_of_the_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # one page alone, and both folders copied into one (one INDEX.md): no disagreement
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(SEEDS / BINGX_CAA, alone / BINGX_CAA)
    code, out, _ = _run(capsys, str(alone))
    assert code == 0, out
    merged = tmp_path / "merged"
    shutil.copytree(DOC_PAGES, merged)
    for page in SEEDS.glob("0*"):
        shutil.copy(page, merged / page.name)
    code, out, err = _run(capsys, str(merged))
    assert code == 0, out
    assert f"{BINGX_CAA}:1: note: not listed in" in err


def test_pages_saved_with_a_byte_order_mark_read_as_the_same_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "seeds"
    shutil.copytree(SEEDS, pages)
    for page in pages.iterdir():
        page.write_bytes(b"\xef\xbb\xbf" + page.read_bytes())
    code, out, _ = _run(capsys, str(pages))
    assert code == 0, out


def test_source_links_name_the_spec_document(
    copies: tuple[Path, Path], docs: list[SpecDocument]
) -> None:
    # a section anchor of the same document is the same source (Gate links "#...-responses")
    lines = _edit(
        copies,
        docs,
        "pages/gate_spot_cancel_all_orders.md",
        "#cancelorders-responses)",
        "#cancelorders-responses-v2)",
    )
    assert not lines, lines
    # a link whose text names another page is not, though its address is still the spec's
    lines = _edit(
        copies,
        docs,
        f"seeds/{BINGX_CAA}",
        "> [https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html]",
        "> [https://bingx-api.github.io/docs/#/en-us/spotV2/trade-api.html]",
    )
    assert any("source https://bingx-api.github.io/docs/#/en-us/spotV2" in x for x in lines), lines


def test_a_recorded_example_value_keeps_its_case(
    copies: tuple[Path, Path], docs: list[SpecDocument]
) -> None:
    # Bitget's conflict quotes the page's lower-case productType=usdt-futures; the upper-case
    # value is another example, so the conflict no longer excuses it
    lines = _edit(
        copies,
        docs,
        "pages/bitget_mix_pending_orders.md",
        "productType=usdt-futures",
        "productType=USDT-FUTURES",
    )
    assert any("request-example request-example" in x and "USDT-FUTURES" in x for x in lines), lines


def test_unknown_table_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "seeds"
    shutil.copytree(SEEDS, pages)
    page = pages / BINGX_CAA
    page.write_text(
        page.read_text() + "\n| Tier | Quota | Burst |\n| --- | --- | --- |\n| VIP1 | 20 | 40 |\n"
    )
    code, out, _ = _run(capsys, str(pages))
    assert code == 1, out
    assert re.search(r"000_\w+\.txt:\d+: -:0: unreadable: a table .*Tier", out), out


# ------------------------------------------------------------------------------------------
# The page model


def test_blocks_of_every_layout() -> None:
    htx = parse_page(SEEDS / HTX_CAO)
    assert (htx.method, htx.path) == ("POST", "/v5/trade/cancel_all_orders")
    assert [e.origin for e in htx.endpoints] == ["title", "path-heading", "request-type"]
    assert htx.request_example == {
        "contract_code": "BTC-USDT-241115",
        "side": "buy",
        "position_side": "long",
    }
    assert [h for h, _ in htx.hosts] == ["https://api.hbdm.vn", "https://api.hbdm.com"]
    bitget = parse_page(SEEDS / "003_8d235961a98c8c05.txt")
    assert bitget.sources[0][1] == "https://www.bitget.com/api-doc/contract/trade/Cancel-All-Orders"
    assert [e.origin for e in bitget.endpoints] == ["line", "curl"]
    assert bitget.example_hosts == [("https://api.bitget.com", 32)]
    assert bitget.content_types == [(38, "application/json")]
    assert "failureList[].errorCode" in [f.name for f in bitget.response]
    gate = parse_page(DOC_PAGES / "gate_spot_cancel_all_orders.md")
    assert gate.enum_values["stp_act"][-1][1] == "-"
    assert next(s[1:] for s in gate.statuses if s[2]) == (
        "200",
        "Batch cancellation request accepted and processed, success determined by order list",
    )
    assert [v for v, _ in next(p for p in gate.params if p.name == "action_mode").enum] == [
        "ACK",
        "RESULT",
        "FULL",
    ]
    v1 = parse_page(DOC_PAGES / "htx_futures_cancel_after.md")
    assert [(f.name, f.envelope) for f in v1.response] == [
        ("code", True),
        ("msg", True),
        ("ts", True),
        ("current_time", False),
        ("trigger_time", False),
    ]


def test_html_table_and_key_value_rows() -> None:
    page = parse_text(
        "# Kill\n\n| Method | POST |\n| --- | --- |\n| Path | /api/v1/kill |\n| Rate limit | 5/s per UID |\n\n"
        "### Request Parameters\n\n<table>\n<tr><th>Name</th><th>Type</th><th>Required</th></tr>\n"
        "<tr><td>window</td><td>long</td><td>no</td></tr>\n</table>\n",
        "page.md",
    )
    assert (page.method, page.path) == ("POST", "/api/v1/kill")
    assert [(r.count, r.interval_ms, r.scope) for r in page.rate_limits] == [(5, 1000, "uid")]
    assert [(f.name, f.format, f.required) for f in page.params] == [("window", "int64", False)]


def test_every_fact_keeps_its_line() -> None:
    page = parse_page(SEEDS / BINGX_CAA)
    lines = (SEEDS / BINGX_CAA).read_text().splitlines()
    assert "permission" in lines[page.permissions[0][0] - 1]
    assert all("rate" in lines[r.line - 1].lower() for r in page.rate_limits)
    assert all(code in lines[line - 1] for code, line, _ in page.errors)
    assert all(f.name in lines[f.line - 1] for f in page.params)
    assert "In addition" in lines[next(n for n, s in page.prose if "reject" in s) - 1]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("rate limitation by UID: 2/s", [(2, 1000, "uid")]),
        ("Rate limit: 1 time/1s", [(1, 1000, None)]),
        ("**Rate limit:** 10 req/sec/UID", [(10, 1000, "uid")]),
        ("at most 144 times every 3 seconds for each UID", [(144, 3000, "uid")]),
        ("Rate Limit: 60 requests per 2 seconds", [(60, 2000, None)]),
        ("Limit: 10 requests per 1 second", [(10, 1000, None)]),
        (
            "The frequency limit for this interface is 30 requests/2s per user ID.",
            [(30, 2000, "uid")],
        ),
        (
            "POST /orders/* endpoints share a combined limit of 5,500 requests/min.",
            [(5500, 60000, None)],
        ),
        ("You can call it twice per second per IP", [(2, 1000, "ip")]),
        ("Rate-limit: 3 times/1s, 1000 times/hour", [(3, 1000, None), (1000, 3600000, None)]),
        ("Repeat this interface at 30s intervals", []),
        ("The system checks all countdowns approximately every 10 ms.", []),
    ],
)
def test_rate_limit_phrasings(text: str, want: list[tuple[int, int, str | None]]) -> None:
    assert [(r.count, r.interval_ms, r.scope) for r in parse_rate_limits(text, 1)] == want


def test_value_phrasings() -> None:
    assert parse_range("Activate countdown time (seconds), range: 10s-120s") == {
        "minimum": 10,
        "maximum": 120,
    }
    assert parse_range("≥ 5,000 ms") == {"minimum": 5000}
    assert parse_range("Range of value can be 0, [10, 120]") == {"minimum": 10, "maximum": 120}
    assert parse_range("cannot be greater than 60000") == {"maximum": 60000}
    assert parse_range("must be less than 60000") == {"exclusive_maximum": 60000}
    assert parse_range("Trading pair, e.g., BTC-USDT") == {}
    assert parse_specials("At least 5 seconds, 0 means cancel countdown") == [
        (0, "cancel countdown")
    ]
    assert parse_specials("Timeout specified in seconds. 0 to disable the timer.")[0][0] == 0
    assert parse_specials("deactivate the mechanism by specifying a timeout of 0")[0][0] == 0
    assert parse_specials("setting the countdown `timeout` to `30 (seconds)` each time") == []
    assert parse_units("the default countdown is 5,000 milliseconds (5 seconds)") == ["ms"]
    assert parse_units("Valid window period Unix millisecond timestamp") == ["ms"]
    assert parse_units("Countdown time in minutes") == ["min"]
    assert (
        parse_default("otherwise, the default countdown is 5,000 milliseconds")
        == "5000 milliseconds"
    )
    assert parse_default("Full mode") is None
    assert parse_enum("Order status: `open`: to be filled; `closed`: filled") == [
        ("open", "to be filled"),
        ("closed", "filled"),
    ]
    assert parse_enum("ACTIVATED (Activation successful)/CLOSED (Closed successfully)") == [
        ("ACTIVATED", "Activation successful"),
        ("CLOSED", "Closed successfully"),
    ]
    assert parse_json_tolerant('{\n"a":\n1\n"b":[\n0:{\n"c":\n"x"\n}\n]\n}') == {
        "a": 1,
        "b": [{"c": "x"}],
    }
    assert parse_json_tolerant("not json") is None
    # HTX's pages write a JSON null as NULL ("source_order_id": NULL)
    assert parse_json_tolerant('{\n"a":\nNULL\n"b":\nnull\n}') == {"a": None, "b": None}


def test_check_pages_returns_drift_and_errors(docs: list[SpecDocument]) -> None:
    drift, errors, notes = check_pages([SEEDS, DOC_PAGES], docs, every_spec=True)
    # HTX's isolated cancel-all has no page: its spec comes from the official Go SDK (a note);
    # so do BitMEX's and KuCoin's (official swagger.json / OpenAPI files): notes, never errors.
    assert (
        "specs/htx/futures/isolated_cancel_all.yaml:1: note: no page; its source is "
        "https://github.com/HuobiRDCenter/huobi_futures_Golang/blob/master/sdk/linearswap/"
        "restful/order_client.go"
    ) in notes
    assert all(": note: no page; its source is https://github.com/" in n for n in notes), notes
    assert errors == [] and drift and all(d.recorded for d in drift)
