"""End-to-end tests of the generator pipeline: determinism, --check, headers, bad specs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEADER = re.compile(
    r"^(#|<!--) Generated from (specs/\S*|templates/\S+|generated/exchange_sdk/\S+_async\.py)( through templates/\S+)? \(sha256 [0-9a-f]{64}\)\."
    r" Do not edit: run make\.( -->)?$"
)


def run_generator(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": str(Path(sys.executable).parent)},
    )


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generation from scratch (no cache) into a temporary tree."""
    out = tmp_path_factory.mktemp("gen") / "generated"
    proc = run_generator("generate", "--out", str(out), "--no-cache")
    assert proc.returncode == 0, proc.stderr
    return out


def _tree(root: Path) -> dict[str, bytes]:
    """Every generator-owned file under root (those its manifest lists)."""
    from generator.run.write import owned_files

    return {rel: (root / rel).read_bytes() for rel in sorted(owned_files(root))}


def test_committed_generated_tree_is_what_the_specs_produce(fresh: Path) -> None:
    """Golden test: generated/ in the repo equals a fresh generation. Refresh with `make`."""
    committed, produced = _tree(ROOT / "generated"), _tree(fresh)
    assert sorted(committed) == sorted(produced), "run `make` to refresh generated/"
    differing = [p for p in produced if committed[p] != produced[p]]
    assert differing == [], f"run `make` to refresh generated/: {differing}"


def test_generation_is_deterministic(fresh: Path, tmp_path: Path) -> None:
    out = tmp_path / "again"
    proc = run_generator("generate", "--out", str(out), "--cache-dir", str(tmp_path / "cache"))
    assert proc.returncode == 0, proc.stderr
    assert _tree(out) == _tree(fresh)


def test_every_generated_file_has_a_do_not_edit_header(fresh: Path) -> None:
    for rel, data in _tree(fresh).items():
        if rel.endswith("py.typed"):
            continue
        if rel == "GENERATED_FILES":  # the manifest: its own two-line header says what it is
            assert data.decode().startswith("# Files written by `python -m generator generate`")
            continue
        if rel.endswith(".json"):  # JSON has no comments: openapi.json says it in info.description
            assert (
                "Generated from specs/ (sha256 " in data.decode()
                and "Do not edit: run make." in data.decode()
            )
            continue
        first = data.decode().splitlines()[0]
        assert HEADER.match(first), f"{rel}: {first!r}"
        source = HEADER.match(first).group(2)  # type: ignore[union-attr]
        assert (ROOT / source).exists(), f"{rel} names {source}, which does not exist"


def test_the_generator_writes_no_hand_written_file(fresh: Path) -> None:
    """The hand-written runtime lives once, in generated/exchange_sdk, without a banner; a fresh
    generation writes none of it and the committed manifest lists none of it."""
    written = set(_tree(fresh))
    committed = set(_tree(ROOT / "generated"))
    assert written == committed
    hand_written = {
        p.relative_to(ROOT / "generated").as_posix()
        for p in (ROOT / "generated/exchange_sdk").rglob("*.py")
        if "__pycache__" not in p.parts
    } - committed
    assert {"exchange_sdk/errors.py", "exchange_sdk/_runtime/client.py"} <= hand_written
    for rel in hand_written:
        first = (ROOT / "generated" / rel).read_text().split("\n", 1)[0]
        assert not HEADER.match(first), f"{rel} is hand-written but carries a generated banner"
    assert not (fresh / "exchange_sdk/errors.py").exists()


def test_generate_leaves_hand_written_files_alone(fresh: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(fresh, out)
    mine = out / "exchange_sdk/_runtime/mine.py"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("x = 1\n")
    cache = ["--cache-dir", str(tmp_path / "cache")]
    proc = run_generator("generate", "--check", "--out", str(out), *cache)
    assert proc.returncode == 0, proc.stderr
    assert run_generator("generate", "--out", str(out), *cache).returncode == 0
    assert mine.read_text() == "x = 1\n"


def test_check_reports_changed_missing_and_stale_files(fresh: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(fresh, out)
    cache = ["--cache-dir", str(tmp_path / "cache")]
    assert run_generator("generate", "--check", "--out", str(out), *cache).returncode == 0
    client = out / "exchange_sdk/gate/_client.py"
    client.write_text(client.read_text() + "\n# hand edit\n")
    (out / "exchange_sdk/htx/models.py").unlink()
    (out / "exchange_sdk/stale.py").write_text("x = 1\n")  # written by an earlier run:
    with (out / "GENERATED_FILES").open("a") as manifest:  # listed in its manifest
        manifest.write("exchange_sdk/stale.py\n")
    proc = run_generator("generate", "--check", "--out", str(out), *cache)
    assert proc.returncode == 1
    assert "exchange_sdk/gate/_client.py: differs" in proc.stderr
    assert "exchange_sdk/htx/models.py: missing" in proc.stderr
    assert "exchange_sdk/stale.py: stale" in proc.stderr
    # `generate` repairs all three, and --check agrees again
    assert run_generator("generate", "--out", str(out), *cache).returncode == 0
    assert _tree(out) == _tree(fresh)
    assert run_generator("generate", "--check", "--out", str(out), *cache).returncode == 0


def test_check_memo_does_not_hide_a_hand_edit(fresh: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    cache = ["--cache-dir", str(tmp_path / "cache")]
    assert run_generator("generate", "--out", str(out), *cache).returncode == 0
    assert run_generator("generate", "--check", "--out", str(out), *cache).returncode == 0
    models = out / "exchange_sdk/bingx/models.py"
    models.write_text(models.read_text().replace("Decimal", "float"))
    proc = run_generator("generate", "--check", "--out", str(out), *cache)
    assert proc.returncode == 1
    assert "bingx/models.py: differs" in proc.stderr


def test_check_sees_a_spec_change(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    out = tmp_path / "generated"
    cache = ["--cache-dir", str(tmp_path / "cache"), "--specs", str(specs), "--out", str(out)]
    assert run_generator("generate", *cache).returncode == 0
    spec = specs / "gate/spot/countdown_cancel_all.yaml"
    spec.write_text(spec.read_text().replace("Countdown time in seconds", "Countdown in seconds"))
    proc = run_generator("generate", "--check", *cache)
    assert proc.returncode == 1
    assert "gate/_client.py: differs" in proc.stderr


BROKEN = [
    # (file, old text, new text, expected message fragment)
    (
        "gate/spot/countdown_cancel_all.yaml",
        "minimum: 5",
        "minimum: 500\n    maximum: 10",
        "minimum",
    ),
    (
        "bingx/spot/cancel_all_after.yaml",
        "class: RateLimitError",
        "class: RateLimitErr",
        "RateLimitErr",
    ),
    (
        "bingx/exchange.yaml",
        "chain: [hmac-sha256]",
        "chain: [hmac-sha1]",
        "hmac-sha1",
    ),
    ("htx/futures/cancel_all_orders.yaml", "method: POST", "method: FETCH", "FETCH"),
]


@pytest.mark.parametrize(("file", "old", "new", "fragment"), BROKEN)
def test_broken_spec_exits_2_with_file_line_col(
    tmp_path: Path, file: str, old: str, new: str, fragment: str
) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    target = specs / file
    text = target.read_text()
    assert old in text
    target.write_text(text.replace(old, new, 1))
    proc = run_generator(
        "generate", "--specs", str(specs), "--out", str(tmp_path / "out"), "--no-cache"
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines, "no error printed"
    pattern = re.compile(rf"^specs/{re.escape(file)}:\d+:\d+: \$\S*: .+$")
    assert any(pattern.match(line) and fragment in line for line in lines), proc.stderr
    assert not (tmp_path / "out").exists(), "nothing is written when the specs are broken"


def test_all_errors_of_all_files_are_reported_at_once(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    for file, old, new, _ in BROKEN:
        target = specs / file
        target.write_text(target.read_text().replace(old, new, 1))
    proc = run_generator(
        "generate", "--specs", str(specs), "--out", str(tmp_path / "out"), "--no-cache"
    )
    assert proc.returncode == 2
    files = {line.split(":", 1)[0] for line in proc.stderr.strip().splitlines()}
    assert files >= {f"specs/{f}" for f, *_ in BROKEN}


def test_yaml_syntax_error_is_located_not_a_traceback(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    (specs / "gate/spot/countdown_cancel_all.yaml").write_text(
        "kind: endpoint\nparams: [\n  - {name: x\n"
    )
    proc = run_generator(
        "generate", "--specs", str(specs), "--out", str(tmp_path / "out"), "--no-cache"
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert re.search(
        r"^specs/gate/spot/countdown_cancel_all\.yaml:\d+:\d+: ", proc.stderr, re.MULTILINE
    )
