"""Load spec files: YAML -> `SpecDocument` with a (line, column) for every JSON path.

PyYAML composes the node tree (with libyaml's C parser when it is available); the plain data
is then built from the nodes by hand, because that is the one walk that can both record each
node's position and reject duplicate keys, which PyYAML itself silently lets the last one win.
Problems become `SpecError`s carrying the YAML problem mark; no YAML traceback escapes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from .errors import SpecError

__all__ = ["SpecDocument", "child_path", "load_file", "load_tree", "parent_path"]

Kind = Literal["exchange", "endpoint"]
Marks = dict[str, tuple[int, int]]

_Loader: type[yaml.SafeLoader] | type[yaml.CSafeLoader]
try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader

_STR_TAG = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_LAST_STEP = re.compile(r"(\.[A-Za-z_][A-Za-z0-9_-]*|\[\d+\]|\['(?:[^'\\]|\\.)*'\])$")


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


def child_path(path: str, key: str | int) -> str:
    """`$.params` + 0 -> `$.params[0]`; `$` + "x-enum-meanings" -> `$.x-enum-meanings`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _PLAIN_KEY.fullmatch(key):
        return f"{path}.{key}"
    escaped = key.replace("\\", "\\\\").replace("'", "\\'")
    return f"{path}['{escaped}']"


def parent_path(path: str) -> str | None:
    """`$.params[0].minimum` -> `$.params[0]`; `$` -> None."""
    match = _LAST_STEP.search(path)
    return path[: match.start()] if match else None


def _pos(mark: yaml.Mark) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


class _Builder:
    """Turns a composed node tree into plain data, recording marks and problems on the way.

    A problem (duplicate key, merge key, alias cycle) is recorded and the walk goes on, so that
    one file can report several of them at once.
    """

    def __init__(self, rel: str, loader: yaml.SafeLoader | yaml.CSafeLoader) -> None:
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
        for index, item in enumerate(node.value):
            item_path = f"{path}[{index}]"
            self.marks[item_path] = _pos(item.start_mark)
            out.append(self.build(item, item_path))
        return out

    def mapping(self, node: yaml.MappingNode, path: str) -> dict[str, object]:
        out: dict[str, object] = {}
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
            key_path = child_path(path, key)
            if key in out:
                first_line = self.marks[key_path][0]
                self.problem(
                    key_node.start_mark,
                    key_path,
                    f"duplicate key '{key}' (first at line {first_line})",
                )
                continue
            self.marks[key_path] = _pos(key_node.start_mark)
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


def load_file(file: Path, rel: str) -> tuple[SpecDocument | None, list[SpecError]]:
    """Load one spec file; `rel` is its posix path relative to the repository root."""
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return None, [SpecError(rel, 1, 1, "$", f"cannot read file: {exc.strerror}")]
    text, decode_error = _decode(raw, rel)
    if text is None:
        return None, [decode_error] if decode_error else []
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, [SpecError(rel, 1, 1, "$", "empty document: expected a mapping")]
        if not isinstance(root, yaml.MappingNode):
            line, col = _pos(root.start_mark)
            found = "a sequence" if isinstance(root, yaml.SequenceNode) else "a scalar"
            return None, [
                SpecError(rel, line, col, "$", f"document must be a mapping, found {found}")
            ]
        builder = _Builder(rel, loader)
        builder.marks["$"] = _pos(root.start_mark)
        data = builder.mapping(root, "$")
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = _pos(mark) if mark is not None else (1, 1)
        parts = [p for p in (exc.context, exc.problem) if p]
        return None, [SpecError(rel, line, col, "$", ": ".join(parts) or "invalid YAML")]
    except yaml.YAMLError as exc:
        return None, [SpecError(rel, 1, 1, "$", f"invalid YAML: {exc}")]
    finally:
        loader.dispose()
    doc = SpecDocument(
        path=rel,
        kind=_kind(data, rel),
        data=data,
        sha256=hashlib.sha256(raw).hexdigest(),
        marks=builder.marks,
    )
    return doc, builder.errors


def load_tree(root: Path) -> tuple[list[SpecDocument], list[SpecError]]:
    """Load every `specs/**/*.yaml` under `root`, the repository root, sorted by path.

    `root` may also be the `specs` directory itself. Paths are relative to the directory that
    holds `specs/`, so they always read "specs/...".
    """
    specs = root / "specs"
    if not specs.is_dir() and root.name == "specs" and root.is_dir():
        specs, root = root, root.parent
    if not specs.is_dir():
        return [], [SpecError("specs", 1, 1, "$", "no specs/ directory here")]
    docs: list[SpecDocument] = []
    errors: list[SpecError] = []
    for file in sorted(specs.rglob("*.yml")):
        rel = file.relative_to(root).as_posix()
        errors.append(SpecError(rel, 1, 1, "$", "spec files end in .yaml; rename this .yml file"))
    for file in sorted(specs.rglob("*.yaml")):
        doc, file_errors = load_file(file, file.relative_to(root).as_posix())
        errors.extend(file_errors)
        if doc is not None:
            docs.append(doc)
    return docs, errors
