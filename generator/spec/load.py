"""Load spec files: YAML -> `SpecDocument` with a (line, column) for every JSON path.

PyYAML composes the node tree (with libyaml's C parser when it is available); the plain data
is then built from the nodes by hand, because that is the one walk that can both record each
node's position and reject duplicate keys, which PyYAML itself silently lets the last one win.
Problems become `SpecError`s carrying the YAML problem mark; no YAML traceback escapes.

Speed: parsing dominates (about 0.1 s per MB of YAML even with libyaml), so `load_tree` can
keep what it built in a cache file keyed by each file's sha256: an unchanged file is then
never parsed again.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal, cast

import yaml

from generator.errors import SpecError

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # PyYAML built without libyaml: same results, slower
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

__all__ = [
    "SpecDocument",
    "TreeLoader",
    "child_path",
    "load_file",
    "load_tree",
    "parent_path",
    "spec_tree",
]

Kind = Literal["exchange", "endpoint"]
Marks = dict[str, tuple[int, int]]

_STR_TAG = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_LAST_STEP = re.compile(r"(\.[A-Za-z_][A-Za-z0-9_-]*|\[\d+\]|\['(?:[^'\\]|\\.)*'\])$")
# Bump when the loaded form changes, so that old cache files are ignored.
_CACHE_FORMAT = f"1-{yaml.__version__}-{_BaseLoader.__name__}"


@dataclass(frozen=True)
class SpecDocument:
    """One spec file, loaded."""

    path: str  # relative to the repository root, posix: "specs/bingx/spot/cancel_all_after.yaml"
    kind: Kind
    data: dict[str, object]  # plain YAML data
    sha256: str  # of the file bytes
    marks: Marks  # JSON path "$.params[0].minimum" -> (line, col), 1-based

    def locate(self, json_path: str) -> tuple[int, int]:
        """(line, col) of the deepest node on `json_path` that exists in the file."""
        path: str | None = json_path
        while path is not None:
            mark = self.marks.get(path)
            if mark is not None:
                return mark
            path = parent_path(path)
        return (1, 1)


_KEY_STEPS: dict[str, str] = {}


def _key_step(key: str) -> str:
    step = _KEY_STEPS.get(key)
    if step is None:
        if _PLAIN_KEY.fullmatch(key):
            step = f".{key}"
        else:
            step = "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']"
        if len(_KEY_STEPS) < 100_000:
            _KEY_STEPS[key] = step
    return step


def child_path(path: str, key: str | int) -> str:
    """`$.params` + 0 -> `$.params[0]`; `$` + "x-enum-meanings" -> `$.x-enum-meanings`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return path + _key_step(key)


def parent_path(path: str) -> str | None:
    """`$.params[0].minimum` -> `$.params[0]`; `$` -> None."""
    match = _LAST_STEP.search(path)
    return path[: match.start()] if match else None


class _Loader(_BaseLoader):
    """The safe loader with implicit tags memoised: spec files repeat the same short plain
    scalars (keys, `true`, `query`, ...) thousands of times, and resolving one runs regexes."""

    _tags: ClassVar[dict[str, str]] = {}

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not yaml.ScalarNode:
            return str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
        if not implicit[0]:
            return _STR_TAG  # quoted: always a string
        tag = self._tags.get(value)
        if tag is None:
            tag = str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
            if len(value) <= 40:
                self._tags[value] = tag
        return tag


def _pos(mark: yaml.Mark) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


class _Builder:
    """Turns a composed node tree into plain data, recording marks and problems on the way.

    A problem (duplicate key, merge key, alias cycle) is recorded and the walk goes on, so that
    one file can report several of them at once.
    """

    def __init__(self, rel: str, loader: _Loader) -> None:
        self.rel = rel
        self.loader = loader
        self.marks: Marks = {}
        self.errors: list[SpecError] = []
        self._active: set[int] = set()  # nodes being built: an alias cycle would recurse forever

    def problem(self, mark: yaml.Mark, json_path: str, message: str) -> None:
        line, col = _pos(mark)
        self.errors.append(SpecError(self.rel, line, col, json_path, message))

    def build(self, node: yaml.Node, path: str) -> object:
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _STR_TAG:
                return node.value
            return self.loader.construct_object(node, deep=True)
        if id(node) in self._active:
            self.problem(node.start_mark, path, "recursive alias")
            return None
        self._active.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self.mapping(node, path)
            assert isinstance(node, yaml.SequenceNode)
            return self._sequence(node, path)
        finally:
            self._active.discard(id(node))

    def _sequence(self, node: yaml.SequenceNode, path: str) -> list[object]:
        out: list[object] = []
        marks = self.marks
        for index, item in enumerate(node.value):
            item_path = f"{path}[{index}]"
            mark = item.start_mark
            marks[item_path] = (mark.line + 1, mark.column + 1)
            if item.tag == _STR_TAG and isinstance(item, yaml.ScalarNode):
                out.append(item.value)
            else:
                out.append(self.build(item, item_path))
        return out

    def mapping(self, node: yaml.MappingNode, path: str) -> dict[str, object]:
        out: dict[str, object] = {}
        marks = self.marks
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                self.problem(
                    key_node.start_mark,
                    path,
                    "merge keys (<<) are not supported; write the keys out",
                )
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node.start_mark, path, "mapping keys must be scalars")
                continue
            # The key's source text: JSON keys are strings, so `200:` or `on:` stay "200" / "on".
            key = key_node.value
            key_path = path + _key_step(key)
            if key in out:
                first_line = marks[key_path][0]
                self.problem(
                    key_node.start_mark,
                    key_path,
                    f"duplicate key '{key}' (first at line {first_line})",
                )
                continue
            mark = key_node.start_mark
            marks[key_path] = (mark.line + 1, mark.column + 1)
            if value_node.tag == _STR_TAG and isinstance(value_node, yaml.ScalarNode):
                out[key] = value_node.value
            else:
                out[key] = self.build(value_node, key_path)
        return out


def _decode(raw: bytes, rel: str) -> tuple[str | None, SpecError | None]:
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, SpecError(rel, line, col, "$", f"file is not UTF-8: {exc.reason}")


def _kind(data: dict[str, object], rel: str) -> Kind:
    declared = data.get("kind")
    if declared == "exchange" or declared == "endpoint":
        return declared
    return "exchange" if rel.endswith("/exchange.yaml") else "endpoint"


def _parse(raw: bytes, rel: str) -> tuple[dict[str, object] | None, Marks, list[SpecError]]:
    text, decode_error = _decode(raw, rel)
    if text is None:
        return None, {}, [decode_error] if decode_error else []
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, {}, [SpecError(rel, 1, 1, "$", "empty document: expected a mapping")]
        if not isinstance(root, yaml.MappingNode):
            line, col = _pos(root.start_mark)
            found = "a sequence" if isinstance(root, yaml.SequenceNode) else "a scalar"
            return (
                None,
                {},
                [SpecError(rel, line, col, "$", f"document must be a mapping, found {found}")],
            )
        builder = _Builder(rel, loader)
        builder.marks["$"] = _pos(root.start_mark)
        data = builder.mapping(root, "$")
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = _pos(mark) if mark is not None else (1, 1)
        parts = [p for p in (exc.context, exc.problem) if p]
        return None, {}, [SpecError(rel, line, col, "$", ": ".join(parts) or "invalid YAML")]
    except yaml.YAMLError as exc:
        return None, {}, [SpecError(rel, 1, 1, "$", f"invalid YAML: {exc}")]
    finally:
        loader.dispose()
    return data, builder.marks, builder.errors


def load_file(file: Path, rel: str) -> tuple[SpecDocument | None, list[SpecError]]:
    """Load one spec file; `rel` is its posix path relative to the repository root.

    A document comes back whenever the YAML could be read, even with errors (a duplicate key),
    so that validation can report the rest of its problems too.
    """
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return None, [SpecError(rel, 1, 1, "$", f"cannot read file: {exc.strerror}")]
    data, marks, errors = _parse(raw, rel)
    if data is None:
        return None, errors
    return SpecDocument(rel, _kind(data, rel), data, hashlib.sha256(raw).hexdigest(), marks), errors


_Cached = dict[str, tuple[dict[str, object], Marks]]


def _read_cache(file: Path) -> _Cached:
    try:
        entries = marshal.loads(file.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return cast(_Cached, entries) if isinstance(entries, dict) else {}


def _write_cache(file: Path, entries: _Cached) -> None:
    try:
        blob = marshal.dumps(entries)
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        tmp.write_bytes(blob)
        os.replace(tmp, file)
    except (OSError, ValueError):
        pass  # a cache that cannot be written only costs speed


class TreeLoader:
    """`load_tree` in steps, for a caller that wants to work on part of the tree while the rest
    is still loading (the pipeline streams one exchange directory at a time).

    `errors` holds the problems found before any file is read (no specs/ directory, .yml files);
    `files` every spec file, sorted by path, as `load_tree` reads them. Loading `files` in any
    split and order, then concatenating the results in file order, gives exactly what
    `load_tree` returns; `finish` writes the parse cache (same contents as `load_tree` writes).
    """

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        specs = spec_tree(root)
        self.specs = specs
        self.errors: list[SpecError] = []
        self.files: list[Path] = []
        self._cache_file: Path | None = None
        self._cached: _Cached = {}
        self._kept: _Cached = {}
        if specs is None:
            self.errors.append(SpecError("specs", 1, 1, "$", "no specs/ directory here"))
            return
        if cache_dir is not None:
            self._cache_file = cache_dir / f"load-{_CACHE_FORMAT}.marshal"
            self._cached = _read_cache(self._cache_file)
        for file in sorted(specs.rglob("*.yml")):
            self.errors.append(
                SpecError(
                    self.label(file), 1, 1, "$", "spec files end in .yaml; rename this .yml file"
                )
            )
        self.files = sorted(specs.rglob("*.yaml"))

    @property
    def schema_dir(self) -> Path | None:
        """The tree's JSON Schemas (`schema/`), None without a tree."""
        return self.specs / "schema" if self.specs is not None else None

    def label(self, file: Path) -> str:
        """How messages and generated headers name a spec file: "specs/" and its path inside
        the tree, wherever the tree is."""
        assert self.specs is not None
        return "specs/" + file.relative_to(self.specs).as_posix()

    def parts(self) -> list[list[Path]]:
        """`files` split into runs that share their directory right under specs/ (one exchange
        each, in a well-formed tree); a file directly in specs/ is a run of its own."""
        runs: list[list[Path]] = []
        last: str | None = None
        assert self.specs is not None or not self.files
        for file in self.files:
            parts = file.relative_to(self.specs).parts  # type: ignore[arg-type]
            top = parts[0] if len(parts) > 1 else None
            if top is None or top != last or not runs:
                runs.append([])
            runs[-1].append(file)
            last = top
        return runs

    def load(self, files: Sequence[Path]) -> tuple[list[SpecDocument], list[SpecError]]:
        """Load `files` (some of `files`, in order): their documents and problems."""
        cached, kept = self._cached, self._kept
        docs: list[SpecDocument] = []
        errors: list[SpecError] = []
        for file in files:
            rel = self.label(file)
            try:
                raw = file.read_bytes()
            except OSError as exc:
                errors.append(SpecError(rel, 1, 1, "$", f"cannot read file: {exc.strerror}"))
                continue
            sha = hashlib.sha256(raw).hexdigest()
            hit = cached.get(sha)
            if hit is not None:
                data, marks = hit
            else:
                parsed, marks, file_errors = _parse(raw, rel)
                errors.extend(file_errors)
                if parsed is None:
                    continue
                data = parsed
                # errors name the file: a file with errors is parsed again next time
                hit = None if file_errors else (data, marks)
            if hit is not None:
                kept[sha] = hit
            docs.append(SpecDocument(rel, _kind(data, rel), data, sha, marks))
        return docs, errors

    def finish(self) -> None:
        """Write the parse cache when the loaded files changed what it should hold (call once,
        after every file is loaded)."""
        if self._cache_file is not None and self._kept.keys() != self._cached.keys():
            _write_cache(self._cache_file, self._kept)


def spec_tree(root: Path) -> Path | None:
    """The spec tree `root` names: `root/specs` when there is one, else `root` itself when it
    is a tree (a directory holding `schema/`, under any name, anywhere); None otherwise."""
    if (root / "specs").is_dir():
        return root / "specs"
    if root.is_dir() and (root.name == "specs" or (root / "schema").is_dir()):
        return root
    return None


def load_tree(
    root: Path, *, cache_dir: Path | None = None
) -> tuple[list[SpecDocument], list[SpecError]]:
    """Load every `**/*.yaml` of the spec tree `root` names (`spec_tree`), sorted by path.

    Paths read "specs/..." whatever the tree's name or place (`TreeLoader.label`). With
    `cache_dir`, files whose sha256 was loaded before are taken from
    `cache_dir/load-*.marshal` instead of being parsed.
    """
    loader = TreeLoader(root, cache_dir)
    docs, errors = loader.load(loader.files)
    loader.finish()
    return docs, [*loader.errors, *errors]
