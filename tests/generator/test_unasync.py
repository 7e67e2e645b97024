"""The unasync step: a sync twin derived from each hand-written ``*_async.py`` module."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.emit import unasync as unasync_module
from generator.emit.unasync import render_twins, twin_path, unasync
from generator.errors import GeneratorError
from generator.run import pipeline

ROOT = Path(__file__).resolve().parents[2]


def _sync(text: str) -> str:
    return unasync(textwrap.dedent(text))


def test_keywords_go_with_the_blank_after_them() -> None:
    out = _sync(
        """
        async def fetch(self) -> None:
            async with self.lock:
                async for item in self.items():
                    print(await item, (await self.one()))
        """
    )
    assert out == textwrap.dedent(
        """
        def fetch(self) -> None:
            with self.lock:
                for item in self.items():
                    print(item, (self.one()))
        """
    )


@pytest.mark.parametrize(
    ("name", "twin"),
    [
        ("AsyncClient", "SyncClient"),
        ("DefaultAsyncTransport", "DefaultSyncTransport"),
        ("async_sleep", "sync_sleep"),
        ("default_async_transport", "default_sync_transport"),
        ("client_async", "client_sync"),
        ("__aenter__", "__enter__"),
        ("__aexit__", "__exit__"),
        ("aclose", "close"),
        ("AsyncIterator", "Iterator"),
        ("asynccontextmanager", "contextmanager"),
        # no async word in these: untouched
        ("AsyncioTransport", "AsyncioTransport"),
        ("asyncio_mode", "asyncio_mode"),
        ("Asynchronous", "Asynchronous"),
        ("MyAsync", "MySync"),
        ("is_asynchronous", "is_asynchronous"),
    ],
)
def test_names(name: str, twin: str) -> None:
    assert _sync(f"x = {name}\n") == f"x = {twin}\n"


def test_strings_and_comments_are_renamed_word_by_word() -> None:
    out = _sync(
        '''
        class AsyncThing:
            """Use ``async with`` or call ``aclose()``; an async client."""  # AsyncThing here
            name = "exchange_sdk._runtime.client_async:AsyncThing"
        '''
    )
    assert '"""Use ``with`` or call ``close()``; an sync client."""' in out
    assert "# SyncThing here" in out
    assert '"exchange_sdk._runtime.client_sync:SyncThing"' in out


def test_directives_rename_and_keep_verbatim() -> None:
    out = _sync(
        """
        # unasync: open_stream -> open_file, Waiter -> Event
        # unasync: off
        DOC = "AsyncThing and SyncThing, both"
        # unasync: on
        async def go() -> None:
            await open_stream(Waiter())
        """
    )
    assert 'DOC = "AsyncThing and SyncThing, both"' in out
    assert "def go() -> None:\n    open_file(Event())" in out
    assert "# unasync: open_stream -> open_file, Waiter -> Event" in out


def test_async_code_left_in_the_twin_stops_generation() -> None:
    source = "import asyncio\n\nasync def go() -> None:\n    await asyncio.sleep(1)\n"
    with pytest.raises(GeneratorError) as info:
        unasync(source, "pkg/thing_async.py")
    assert "pkg/thing_async.py:1: 'asyncio' has no sync meaning" in str(info.value)
    assert "pkg/thing_async.py:4: 'asyncio'" in str(info.value)


def test_bad_directive_is_reported() -> None:
    with pytest.raises(GeneratorError, match="bad unasync directive"):
        unasync("# unasync: a => b\nx = 1\n")


def test_twins_of_a_package_tree(tmp_path: Path) -> None:
    src = tmp_path / "exchange_sdk" / "pkg" / "thing_async.py"
    src.parent.mkdir(parents=True)
    src.write_text("async def go() -> None:\n    await async_sleep(1)\n")
    (tmp_path / "exchange_sdk" / "pkg" / "other.py").write_text("x = 1\n")
    [twin] = render_twins(tmp_path)
    assert (
        twin.path
        == "exchange_sdk/pkg/thing_sync.py"
        == twin_path("exchange_sdk/pkg/thing_async.py")
    )
    assert twin.python
    first, second, *rest = twin.text.splitlines()
    assert first.startswith("# Generated from generated/exchange_sdk/pkg/thing_async.py (sha256 ")
    assert first.endswith("). Do not edit: run make.")
    assert "unasync" in second
    assert rest == ["def go() -> None:", "    sync_sleep(1)"]


def test_the_committed_client_twin_is_derived_and_listed() -> None:
    manifest = (ROOT / "generated/GENERATED_FILES").read_text().splitlines()
    for source in unasync_module.sources():
        rel = source.relative_to(ROOT / "generated").as_posix()
        assert twin_path(rel) in manifest
        assert rel not in manifest  # the async source is hand-written
    assert "exchange_sdk/_runtime/client_sync.py" in manifest


def test_memo_key_follows_the_async_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`generate --check` answers from its memo only when no input changed: an edited async
    source must change the key, or a stale twin would pass."""
    source = tmp_path / "probe_async.py"
    source.write_text("x = 1\n")
    monkeypatch.setattr(pipeline, "twin_sources", lambda: [source])
    before = pipeline.inputs_key(ROOT / "specs")
    source.write_text("x = 2\n")
    assert pipeline.inputs_key(ROOT / "specs") != before


def test_check_fails_on_a_stale_twin(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", out, ignore=shutil.ignore_patterns("__pycache__"))
    twin = out / "exchange_sdk/_runtime/client_sync.py"
    twin.write_text(twin.read_text().replace("def close(self)", "def close_(self)"))
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--check", "--out", str(out), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": str(Path(sys.executable).parent)},
    )
    assert proc.returncode == 1, proc.stderr
    assert "exchange_sdk/_runtime/client_sync.py: differs" in proc.stdout + proc.stderr
