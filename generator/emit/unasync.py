"""Unasync: the sync twin of a hand-written async module, derived in the pipeline.

A sync/async pair is written once: a hand-written module of the runtime whose name ends in
``_async.py`` (``exchange_sdk/_runtime/client_async.py``) is the source, and this step derives
its twin ``..._sync.py`` beside it (``client_sync.py``), a generator-owned file (listed in
``GENERATED_FILES``, headed by a do-not-edit line naming the async source and its hash), so
``generate --check`` (``make check``) fails when the twin is stale. The twin goes through ruff
like every generated file, so removing ``await`` never leaves odd line breaks.

The rewrite works on the tokens of the Python tokenizer and edits the source text in place, so
nothing but the rewritten tokens moves:

- the keywords ``async`` and ``await`` are dropped with the blank after them
  (``async def`` -> ``def``, ``async with`` -> ``with``, ``async for`` -> ``for``,
  ``await x`` -> ``x``);
- names: the fixed table ``RENAMES`` (``__aenter__`` -> ``__enter__``, ``aclose`` -> ``close``,
  ``AsyncIterator`` -> ``Iterator``, ...), then a CamelCase ``Async`` word becomes ``Sync``
  (``AsyncClient`` -> ``SyncClient``, ``DefaultAsyncTransport`` -> ``DefaultSyncTransport``)
  and a snake_case ``async`` word becomes ``sync`` (``default_async_transport`` ->
  ``default_sync_transport``, ``client_async`` -> ``client_sync``); ``asyncio`` is no such word;
- a module adds its own exact renames with comment lines ``# unasync: old -> new, a -> b``,
  and keeps a stretch as written between ``# unasync: off`` and ``# unasync: on`` lines (a
  module docstring that speaks of both twins);
- inside strings and comments the same renames apply word by word, and ``async def``/``with``/
  ``for`` lose their ``async`` (docstrings keep reading right: "Use ``async with`` or call
  ``aclose()``" -> "Use ``with`` or call ``close()``");
- the result must hold no ``async``, ``await`` or ``asyncio`` token outside strings and
  comments: a construct with no sync meaning (``asyncio.gather``, a task) belongs behind a
  helper pair whose names the rules map (``async_sleep``/``sync_sleep``), else generation
  stops with the file and line.

Why a small rewriter rather than the ``unasync`` package (0.6.0, which does the same token
renames): its public API only rewrites files on disk by path substitution (``--check`` needs
the text in memory, and its token function is private), it imports setuptools at import time,
it rewrites whole string literals that merely start like a class name, and it has no guard
against an async construct left in the sync output. httpcore derives its sync code with a
regex script of the same size for similar reasons.
"""

from __future__ import annotations

import hashlib
import io
import re
import tokenize
from pathlib import Path

from generator.emit.base import Rendered, header
from generator.errors import GeneratorError
from generator.ir.runtime import errors as _runtime_errors

# The hand-written package the generator targets (edited where it runs: `make` installs
# generated/ in editable mode); paths below are relative to its parent.
GENERATED = Path(str(_runtime_errors.__file__)).resolve().parents[1]
PACKAGE = "exchange_sdk"
SUFFIX_ASYNC = "_async.py"
SUFFIX_SYNC = "_sync.py"

RENAMES = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "asynccontextmanager": "contextmanager",
    "AsyncExitStack": "ExitStack",
    "AsyncGenerator": "Generator",
    "AsyncIterable": "Iterable",
    "AsyncIterator": "Iterator",
    "StopAsyncIteration": "StopIteration",
}
_CAMEL = re.compile(r"(?<![A-Z])Async(?=[A-Z_0-9]|$)")
_SNAKE = re.compile(r"(?<![A-Za-z0-9])async(?![A-Za-z0-9])")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TEXT_KEYWORDS = re.compile(r"\basync (?=def\b|with\b|for\b)")
_DIRECTIVE = re.compile(r"^#\s*unasync:\s*(.+)$")
_SWITCH = re.compile(r"^#\s*unasync:\s*(off|on)\s*$")
_FORBIDDEN = frozenset({"async", "await", "asyncio"})
_TEXT_TOKENS = frozenset(
    t for t in (tokenize.STRING, tokenize.COMMENT, getattr(tokenize, "FSTRING_MIDDLE", None)) if t
)


def sources(root: Path = GENERATED) -> list[Path]:
    """Every async source under the hand-written package, sorted (inputs of the pipeline)."""
    return sorted(
        p
        for p in (root / PACKAGE).rglob(f"*{SUFFIX_ASYNC}")
        if "__pycache__" not in p.parts and p.is_file()
    )


def twin_path(source: str) -> str:
    """``exchange_sdk/_runtime/client_async.py`` -> ``exchange_sdk/_runtime/client_sync.py``."""
    return source[: -len(SUFFIX_ASYNC)] + SUFFIX_SYNC


def render_twins(root: Path = GENERATED) -> list[Rendered]:
    """The sync twin of every async source, unformatted (the pipeline formats it)."""
    out = []
    for path in sources(root):
        rel = path.relative_to(root).as_posix()
        data = path.read_bytes()
        text = data.decode("utf-8")
        head = header(f"generated/{rel}", hashlib.sha256(data).hexdigest())
        body = unasync(text, f"generated/{rel}")
        note = "# The sync twin of that file, derived by generator/emit/unasync.py.\n"
        out.append(Rendered(twin_path(rel), f"{head}\n{note}{body}", True))
    return out


def unasync(source: str, where: str = "<source>") -> str:
    """The sync twin of an async module's text (see the module docstring for the rules)."""
    renames = {**RENAMES, **_directives(source)}
    tokens = _tokens(source, where)
    starts = _line_starts(source)
    edits: list[tuple[int, int, str]] = []
    verbatim = False
    for i, tok in enumerate(tokens):
        if tok.type == tokenize.COMMENT and (switch := _SWITCH.match(tok.string)):
            verbatim = switch.group(1) == "off"
            continue
        if verbatim:
            continue
        begin = starts[tok.start[0] - 1] + tok.start[1]
        end = starts[tok.end[0] - 1] + tok.end[1]
        if tok.type == tokenize.NAME and tok.string in ("async", "await"):
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is not None and following.start[0] == tok.end[0]:
                end = starts[following.start[0] - 1] + following.start[1]
            edits.append((begin, end, ""))
        elif tok.type == tokenize.NAME:
            new = _rename(tok.string, renames)
            if new != tok.string:
                edits.append((begin, end, new))
        elif tok.type in _TEXT_TOKENS:
            new = _rename_text(tok.string, renames)
            if new != tok.string:
                edits.append((begin, end, new))
    result = source
    for begin, end, new in reversed(edits):
        result = result[:begin] + new + result[end:]
    _check(result, where)
    return result


def _rename(name: str, renames: dict[str, str]) -> str:
    if name in renames:
        return renames[name]
    return _SNAKE.sub("sync", _CAMEL.sub("Sync", name))


def _rename_text(text: str, renames: dict[str, str]) -> str:
    if text.startswith("#") and _DIRECTIVE.match(text):
        return text  # the directive itself stays as written
    text = _TEXT_KEYWORDS.sub("", text)
    return _WORD.sub(lambda m: _rename(m.group(), renames), text)


def _directives(source: str) -> dict[str, str]:
    """The module's own renames: comment lines ``# unasync: old -> new, a -> b``."""
    found: dict[str, str] = {}
    for line in source.splitlines():
        match = _DIRECTIVE.match(line.strip())
        if not match or _SWITCH.match(line.strip()):
            continue
        for pair in match.group(1).split(","):
            old, arrow, new = pair.partition("->")
            if not arrow or not old.strip().isidentifier() or not new.strip().isidentifier():
                raise GeneratorError(f"bad unasync directive {line.strip()!r}: use 'old -> new'")
            found[old.strip()] = new.strip()
    return found


def _tokens(source: str, where: str) -> list[tokenize.TokenInfo]:
    try:
        return list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError) as exc:
        raise GeneratorError(f"{where}: cannot tokenize: {exc}") from exc


def _line_starts(source: str) -> list[int]:
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


def _check(result: str, where: str) -> None:
    left = [
        f"{where}:{tok.start[0]}: {tok.string!r} has no sync meaning"
        for tok in _tokens(result, where)
        if tok.type == tokenize.NAME and tok.string in _FORBIDDEN
    ]
    if left:
        raise GeneratorError(
            "unasync: the sync twin would keep async code (rename it with a '# unasync: old ->"
            " new' line or move it behind a helper pair):\n  " + "\n  ".join(left)
        )
