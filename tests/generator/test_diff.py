"""`python -m generator diff`: every change kind of issue 4, made to a copy of our specs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.review.diff import RULES, compare
from generator.review.diff_report import suggest_bump
from generator.spec.load import load_tree

ROOT = Path(__file__).resolve().parents[2]
Spec = dict[str, Any]
Mutation = Callable[[Path], None]


def _edit(rel: str, change: Callable[[Spec], None]) -> Mutation:
    def apply(root: Path) -> None:
        file = root / "specs" / rel
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        change(data)
        file.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")

    return apply


def _param(data: Spec, name: str) -> Spec:
    return next(p for p in data["params"] if p["name"] == name)


def _remove_param(name: str) -> Callable[[Spec], None]:
    def change(d: Spec) -> None:
        d["params"] = [p for p in d["params"] if p["name"] != name]
        example = d.get("request_example", {}).get("params", {})
        example.pop(name, None)

    return change


def _rename_currency_pair(d: Spec) -> None:
    _param(d, "currency_pair")["name"] = "market"
    d["request_example"]["params"] = {"timeout": 30, "market": "BTC_USDT"}
    d["killswitch"]["market_param"] = "market"


def _drop_special_value(d: Spec) -> None:
    # without the special value 0 the countdown has no disarm: its killswitch role goes too
    _param(d, "timeout").pop("also_allowed")
    d.pop("killswitch")


def _recv_window_number(d: Spec) -> None:
    p = _param(d, "recvWindow")
    p["type"] = "number"
    del p["format"]


def _new_endpoint(root: Path) -> None:
    src = root / "specs/gate/spot/countdown_cancel_all.yaml"
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    data["operation"] = "countdown_cancel_all_v2"
    data["path"] = "/api/v4/spot/countdown_cancel_all_v2"
    (root / "specs/gate/spot/countdown_cancel_all_v2.yaml").write_text(
        yaml.safe_dump(data), encoding="utf-8"
    )


def _add_error(d: Spec) -> None:
    d["errors"].append(
        {
            "code": "TOO_FAST",
            "meaning": "too fast",
            "class": "RateLimitError",
            "retryable": True,
            "source": "page",
        }
    )


def _set(path: list[str | int], value: object) -> Callable[[Spec], None]:
    def change(d: Spec) -> None:
        node: Any = d
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return change


BINGX_AFTER = "bingx/spot/cancel_all_after.yaml"
BINGX_OPEN = "bingx/spot/cancel_open_orders.yaml"
HTX = "htx/futures/cancel_all_orders.yaml"
BITGET = "bitget/mix/cancel_all_orders.yaml"
GATE = "gate/spot/countdown_cancel_all.yaml"

# (id, mutation, rule that must be reported, its level as the issue states it)
CASES: list[tuple[str, Mutation, str, str]] = [
    (
        "endpoint removed",
        lambda r: (r / "specs" / BINGX_OPEN).unlink(),
        "endpoint-removed",
        "breaking",
    ),
    (
        "method changed",
        _edit(BITGET, _set(["method"], "DELETE")),
        "endpoint-method-changed",
        "breaking",
    ),
    (
        "path changed",
        _edit(GATE, _set(["path"], "/api/v4/spot/countdown_cancel")),
        "endpoint-path-changed",
        "breaking",
    ),
    ("param removed", _edit(HTX, _remove_param("side")), "param-removed", "breaking"),
    ("param renamed", _edit(GATE, _rename_currency_pair), "param-renamed", "breaking"),
    (
        "param made required",
        _edit(BINGX_OPEN, lambda d: _param(d, "symbol").update(required=True)),
        "param-made-required",
        "breaking",
    ),
    (
        "param type changed",
        _edit(BINGX_OPEN, _recv_window_number),
        "param-type-changed",
        "breaking",
    ),
    (
        "param format changed",
        _edit(BINGX_AFTER, lambda d: _param(d, "timeOut").update(format="int64")),
        "param-format-changed",
        "breaking",
    ),
    (
        "enum value removed",
        _edit(BITGET, lambda d: _param(d, "productType")["enum"].pop()),
        "enum-value-removed",
        "breaking",
    ),
    (
        "range narrowed",
        _edit(BINGX_AFTER, lambda d: _param(d, "timeOut").update(maximum=60)),
        "range-narrowed",
        "breaking",
    ),
    (
        "range narrowed by a new bound",
        _edit(GATE, lambda d: _param(d, "timeout").update(maximum=3600)),
        "range-narrowed",
        "breaking",
    ),
    (
        "special value removed",
        _edit(GATE, _drop_special_value),
        "special-value-removed",
        "breaking",
    ),
    (
        "new optional param",
        _edit(
            BITGET,
            lambda d: d["params"].append(
                {
                    "name": "clientOid",
                    "in": "body",
                    "type": "string",
                    "required": False,
                    "description": "x",
                }
            ),
        ),
        "param-added-optional",
        "non-breaking",
    ),
    (
        "new required param",
        _edit(
            BITGET,
            lambda d: d["params"].append(
                {
                    "name": "symbol",
                    "in": "body",
                    "type": "string",
                    "required": True,
                    "example": "BTCUSDT",
                    "description": "x",
                }
            ),
        ),
        "param-added-required",
        "breaking",
    ),
    (
        "request enum value added",
        _edit(
            HTX, lambda d: _param(d, "side")["enum"].append({"value": "both", "meaning": "both"})
        ),
        "enum-value-added",
        "non-breaking",
    ),
    (
        "range widened",
        _edit(BINGX_AFTER, lambda d: _param(d, "timeOut").update(maximum=300)),
        "range-widened",
        "non-breaking",
    ),
    ("new endpoint", _new_endpoint, "endpoint-added", "non-breaking"),
    (
        "response field removed",
        _edit(BINGX_AFTER, lambda d: d["response"]["schema"]["properties"].pop("note")),
        "response-field-removed",
        "breaking",
    ),
    (
        "response field type changed",
        _edit(
            BITGET,
            _set(
                [
                    "response",
                    "schema",
                    "properties",
                    "failureList",
                    "items",
                    "properties",
                    "errorCode",
                    "type",
                ],
                "integer",
            ),
        ),
        "response-field-type-changed",
        "breaking",
    ),
    (
        "response field added",
        _edit(
            GATE,
            lambda d: d["response"]["schema"]["properties"].update(expireTime={"type": "integer"}),
        ),
        "response-field-added",
        "potentially-breaking",
    ),
    (
        "response enum value added",
        _edit(
            BINGX_AFTER,
            lambda d: d["response"]["schema"]["properties"]["status"]["enum"].append("EXPIRED"),
        ),
        "response-enum-value-added",
        "potentially-breaking",
    ),
    (
        "rate limit tightened",
        _edit(BITGET, lambda d: d["rate_limits"]["statements"][0].update(count=5)),
        "rate-limit-tightened",
        "potentially-breaking",
    ),
    ("error code added", _edit(GATE, _add_error), "error-code-added", "potentially-breaking"),
    (
        "error class changed",
        _edit(BINGX_AFTER, lambda d: d["errors"][0].update({"class": "InvalidRequestError"})),
        "error-class-changed",
        "potentially-breaking",
    ),
    (
        "auth scheme changed",
        _edit("bingx/exchange.yaml", _set(["auth", "scheme"], "gate-hmac-sha512")),
        "auth-scheme-changed",
        "potentially-breaking",
    ),
    (
        "auth recipe changed",
        _edit("bitget/exchange.yaml", _set(["auth", "recipe", "query", "encode"], "rfc3986")),
        "auth-recipe-changed",
        "potentially-breaking",
    ),
    (
        "auth vectors changed",
        _edit("gate/exchange.yaml", _set(["auth", "vectors"], [])),
        "auth-vectors-changed",
        "non-breaking",
    ),
    (
        "host changed",
        _edit("gate/exchange.yaml", _set(["hosts", "default"], "https://api.gateio.io")),
        "host-changed",
        "potentially-breaking",
    ),
    (
        "description changed",
        _edit(HTX, _set(["summary"], "Cancel every open order.")),
        "description-changed",
        "non-breaking",
    ),
    (
        "example changed",
        _edit(GATE, _set(["response", "example"], {"triggerTime": "1660039145001"})),
        "example-changed",
        "non-breaking",
    ),
]


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    base, head = tmp_path / "base", tmp_path / "head"
    for d in (base, head):
        shutil.copytree(ROOT / "specs", d / "specs")
    return base, head


def _run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["diff", *args])
    return code, capsys.readouterr().out


@pytest.mark.parametrize(
    ("mutation", "rule", "level"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_change_is_classified_with_exit_codes(
    copies: tuple[Path, Path],
    mutation: Mutation,
    rule: str,
    level: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base, head = copies
    mutation(head)
    assert RULES[rule][0] == level
    code, out = _run(str(base), str(head), "--format", "json", capsys=capsys)
    report = json.loads(out)
    assert code == 0  # no --fail-on: report only
    found = [c for c in report["changes"] if c["rule"] == rule]
    assert found, f"{rule} not reported: {[c['rule'] for c in report['changes']]}"
    assert all(c["level"] == level for c in found)
    assert all(c["file"].startswith("specs/") and c["line"] >= 1 for c in report["changes"])
    # nothing worse than the stated level sneaks in
    order = ["non-breaking", "potentially-breaking", "breaking"]
    worst = max(order.index(c["level"]) for c in report["changes"])
    assert worst == order.index(level), report["changes"]
    code_b, _ = _run(str(base), str(head), "--fail-on", "breaking", capsys=capsys)
    code_p, _ = _run(str(base), str(head), "--fail-on", "potentially-breaking", capsys=capsys)
    assert code_b == (1 if level == "breaking" else 0)
    assert code_p == (0 if level == "non-breaking" else 1)


def test_identical_trees_report_nothing(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, head = copies
    code, out = _run(str(base), str(head), "--fail-on", "potentially-breaking", capsys=capsys)
    assert code == 0
    assert "0 change(s)" in out
    assert "suggested version bump: none" in out


def test_lines_point_at_the_change(copies: tuple[Path, Path]) -> None:
    base, head = copies
    spec = head / "specs" / BINGX_AFTER
    spec.write_text(spec.read_text().replace("    maximum: 120", "    maximum: 90"))
    old, _ = load_tree(base)
    new, _ = load_tree(head)
    changes = compare(old, new)
    narrowed = next(c for c in changes if c.rule == "range-narrowed")
    line = spec.read_text().splitlines()[narrowed.line - 1]
    assert narrowed.file == f"specs/{BINGX_AFTER}" and "name: timeOut" in line


def test_sdk_surface(copies: tuple[Path, Path]) -> None:
    base, head = copies
    _edit(HTX, _remove_param("side"))(head)
    _new_endpoint(head)
    old, _ = load_tree(base)
    new, _ = load_tree(head)
    sdk = {(c.rule, c.subject) for c in compare(old, new) if c.area == "sdk"}
    assert ("sdk-kwarg-removed", "SDK HTX.futures.cancel_all_orders(side)") in sdk
    assert ("sdk-method-added", "SDK Gate.spot.countdown_cancel_all_v2") in sdk


def test_markdown_and_text_formats(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, head = copies
    _edit(BINGX_AFTER, lambda d: _param(d, "timeOut").update(maximum=60))(head)
    _, md = _run(str(base), str(head), "--format", "markdown", capsys=capsys)
    assert "| Breaking | 1 |" in md and "`range-narrowed`" in md and "Changelog entry" in md
    assert "## exchange-sdk 0.2.0" in md
    _, text = _run(str(base), str(head), capsys=capsys)
    assert re.search(rf"^specs/{BINGX_AFTER}:\d+: breaking: range-narrowed: ", text, re.M)


def test_git_revisions_and_working_tree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "specs", repo / "specs")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    _edit(GATE, _drop_special_value)(repo)
    code, out = _run("HEAD", "--repo", str(repo), "--fail-on", "breaking", capsys=capsys)
    assert code == 1 and "special-value-removed" in out and "working tree" in out
    subprocess.run([*git, "commit", "-qam", "head"], check=True)
    code, out = _run("HEAD~1", "HEAD", "--repo", str(repo), capsys=capsys)
    assert code == 0 and "special-value-removed" in out


def test_bad_input_exits_2(copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    base, head = copies
    assert main(["diff", "no-such-revision-or-folder", str(head)]) == 2
    spec = head / "specs" / BINGX_AFTER
    spec.write_text(spec.read_text().replace("    maximum: 120", "    maximum: 1"))  # below minimum
    assert main(["diff", str(base), str(head)]) == 2
    assert "maximum" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("levels", "version", "bump"),
    [
        ([], "0.1.0", ("none", "0.1.0")),
        (["breaking"], "0.1.0", ("minor", "0.2.0")),
        (["non-breaking"], "0.1.3", ("patch", "0.1.4")),
        (["breaking"], "1.2.3", ("major", "2.0.0")),
        (["potentially-breaking"], "1.2.3", ("minor", "1.3.0")),
    ],
)
def test_semver(levels: list[str], version: str, bump: tuple[str, str]) -> None:
    from generator.review.diff import Change

    rule = {
        "breaking": "param-removed",
        "potentially-breaking": "host-changed",
        "non-breaking": "notes-changed",
    }
    changes = [Change("specs/x.yaml", 1, rule[lvl], "x", "m", "head") for lvl in levels]
    assert suggest_bump(changes, version) == bump
