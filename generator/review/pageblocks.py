"""Split an exchange doc page (Markdown as scraped from HTML) into blocks, each with its lines.

The first stage of the page model (docs/spec-review.md, "docs-check"): it only finds where
each block starts and ends and what kind it is; `docpage` has one handler per block kind that
turns a block into facts. A block kind that no handler knows cannot exist: everything that is
not a heading, table, code fence, exploded JSON, quote or list item is a paragraph.

Kinds (every block keeps its first line, 1-based, and its lines with their numbers):
- `front_matter`: the `---` header at the top of the file (Bitget pages);
- `heading`: `#`-lines, and the page's running context (the last heading or quote label);
- `table`: Markdown pipe tables (with or without outer pipes) and HTML `<table>`s: a header
  and rows, each row with its own line;
- `code`: fenced code (```` ``` ````), with its language;
- `json`: an unfenced JSON value whose lines stand alone (`{` ... `}`), as the HTX pages
  write their examples one token per line;
- `quote`: `>` lines (labels such as `> 200 Response`, or quoted text);
- `list`: one list item (`-`, `*`, `1.`) with its continuation lines;
- `paragraph`: consecutive other lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["Block", "scan"]

_FENCE = re.compile(r"^\s*(```+|~~~+)\s*([\w+-]*)")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_LABEL = re.compile(
    r"[*_]*(?:(?:request|response|success|error|body)?\s*(?:example|parameters?|body|errors?)s?"
    r"|response)[*_]*:?[*_]*",  # Binance: "**Parameters:**", "**Response:**"
    re.I,
)
_SEPARATOR_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")


@dataclass(frozen=True)
class Block:
    kind: str
    line: int  # first line, 1-based
    lines: tuple[tuple[int, str], ...]  # (line number, raw text) of every line of the block
    context: str = ""  # lowercased text of the last heading or quote label before the block
    level: int = 0  # heading level
    lang: str = ""  # code fence language, lowercased
    header: tuple[str, ...] = ()  # table header cells
    rows: tuple[tuple[int, tuple[str, ...]], ...] = ()  # table rows: (line, cells)
    html: bool = False  # an HTML table
    body: str = ""  # code: the text between the fences; json: the joined lines

    @property
    def end(self) -> int:
        return self.lines[-1][0] if self.lines else self.line

    @property
    def text(self) -> str:
        """The block's lines joined by newlines (heading: without the #, quote: without >)."""
        if self.kind == "heading":
            return self.lines[0][1].strip().lstrip("#").strip()
        if self.kind == "quote":
            return "\n".join(re.sub(r"^\s*>\s?", "", t) for _, t in self.lines)
        return "\n".join(t for _, t in self.lines)


@dataclass
class _State:
    lines: list[str]
    blocks: list[Block] = field(default_factory=list)
    context: str = ""


def split_row(line: str) -> list[str]:
    """The cells of a Markdown table row (`\\|` stays inside its cell)."""
    cells = re.split(r"(?<!\\)\|", line.strip())
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [c.strip().replace("\\|", "|") for c in cells]


def _is_separator(line: str) -> bool:
    cells = split_row(line)
    return bool(cells) and all(_SEPARATOR_CELL.match(c) for c in cells)


class _HTMLTable(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[int, list[str]]] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._row_line = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._row, self._row_line = [], self.getpos()[0]
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("<br>")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append((self._row_line, self._row))
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(" ".join(data.split()))


def _balanced_json(lines: list[str], start: int) -> int | None:
    """End index (exclusive) of a standalone JSON value starting at `start`, or None."""
    depth = 0
    in_string = False
    for k in range(start, len(lines)):
        text = lines[k]
        escaped = False
        for ch in text:
            if in_string:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == '"':
                    in_string = False
            elif ch == '"':
                in_string = True
            elif ch in "{[":
                depth += 1
            elif ch in "}]":
                depth -= 1
        in_string = False  # a string never spans lines in these pages
        if depth <= 0:
            return k + 1
        if k - start > 2000:
            return None
    return None


def _add(st: _State, kind: str, start: int, end: int, **extra: object) -> None:
    lines = tuple((k + 1, st.lines[k]) for k in range(start, end))
    st.blocks.append(Block(kind, start + 1, lines, st.context, **extra))  # type: ignore[arg-type]


def scan(text: str) -> list[Block]:
    """The blocks of a page, in order."""
    st = _State(text.splitlines())
    lines = st.lines
    i = 0
    if lines and lines[0].strip() == "---":
        end = next((k for k in range(1, len(lines)) if lines[k].strip() == "---"), None)
        if end is not None:
            _add(st, "front_matter", 0, end + 1)
            i = end + 1
    while i < len(lines):
        raw = lines[i]
        stripped = raw.strip()
        if not stripped:
            i += 1
            continue
        if fence := _FENCE.match(raw):
            mark = fence.group(1)
            end = next(
                (k for k in range(i + 1, len(lines)) if lines[k].strip().startswith(mark)),
                len(lines),
            )
            body = "\n".join(lines[i + 1 : end])
            _add(st, "code", i, min(end + 1, len(lines)), lang=fence.group(2).lower(), body=body)
            i = end + 1
            continue
        if stripped.startswith("#"):
            _add(st, "heading", i, i + 1, level=len(stripped) - len(stripped.lstrip("#")))
            st.context = st.blocks[-1].text.lower()
            i += 1
            continue
        if "<table" in stripped.lower():
            end = next(
                (k for k in range(i, len(lines)) if "</table>" in lines[k].lower()), len(lines) - 1
            )
            parser = _HTMLTable()
            parser.feed("\n".join(lines[i : end + 1]))
            rows = [(i + r, tuple(cells)) for r, cells in parser.rows]
            header = rows[0][1] if rows else ()
            _add(st, "table", i, end + 1, header=header, rows=tuple(rows[1:]), html=True)
            i = end + 1
            continue
        if "|" in stripped and i + 1 < len(lines) and _is_separator(lines[i + 1]):
            end = i + 2
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                end += 1
            table = tuple((k + 1, tuple(split_row(lines[k]))) for k in range(i + 2, end))
            _add(st, "table", i, end, header=tuple(split_row(raw)), rows=table)
            i = end
            continue
        if stripped.startswith("|"):  # pipes without a header separator: still a table
            end = i
            while end < len(lines) and lines[end].strip().startswith("|"):
                end += 1
            table = tuple((k + 1, tuple(split_row(lines[k]))) for k in range(i, end))
            _add(st, "table", i, end, header=(), rows=table)
            i = end
            continue
        if stripped in ("{", "[") or (
            stripped.startswith(("{", "[")) and stripped.endswith(("}", "]"))
        ):
            end = _balanced_json(lines, i)
            if end is None and stripped.startswith(("{", "[")) and stripped.endswith(("}", "]")):
                # brackets that never balance: still an example (an unreadable one), not prose
                end = next((k for k in range(i, len(lines)) if not lines[k].strip()), len(lines))
            if end is not None:
                _add(st, "json", i, end, body="\n".join(lines[i:end]))
                i = end
                continue
        if stripped.startswith(">"):
            end = i
            while end < len(lines) and lines[end].strip().startswith(">"):
                end += 1
            _add(st, "quote", i, end)
            label = st.blocks[-1].text.strip().strip("*_ ").lower()
            if label and not label.startswith("source"):
                st.context = label
            i = end
            continue
        if _LIST.match(raw):
            end = i + 1
            while (
                end < len(lines)
                and lines[end].strip()
                and not _LIST.match(lines[end])
                and lines[end].startswith((" ", "\t"))
            ):
                end += 1
            _add(st, "list", i, end)
            i = end
            continue
        end = i + 1
        while end < len(lines):
            nxt = lines[end].strip()
            if (
                not nxt
                or nxt.startswith(("#", ">", "|", "```", "~~~"))
                or _LIST.match(lines[end])
                or "<table" in nxt.lower()
                or (end + 1 < len(lines) and "|" in nxt and _is_separator(lines[end + 1]))
            ):
                break
            end += 1
        _add(st, "paragraph", i, end)
        if end == i + 1 and _LABEL.fullmatch(stripped):  # "Response Example" on its own line
            st.context = stripped.strip("*_: ").lower()
        i = end
    return st.blocks
