"""generator.spec.load: YAML -> SpecDocument with marks; every problem a SpecError, never a traceback."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from generator.errors import GeneratorError, SpecError, SpecErrors
from generator.spec import load
from generator.spec.load import SpecDocument, child_path, load_file, load_tree, parent_path

REPO = Path(__file__).resolve().parents[2]

REAL_SPECS = sorted(
    p.relative_to(REPO).as_posix() for p in (REPO / "specs").glob("*/**/*.yaml")
)  # every spec of the tree, sorted by path


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_real_tree_loads_sorted_with_posix_paths_kinds_and_hashes() -> None:
    docs, errors = load_tree(REPO)
    assert errors == []
    assert [d.path for d in docs] == REAL_SPECS
    for doc in docs:
        assert doc.kind == ("exchange" if doc.path.endswith("/exchange.yaml") else "endpoint")
        assert doc.sha256 == hashlib.sha256((REPO / doc.path).read_bytes()).hexdigest()
        assert doc.data["kind"] == doc.kind


def test_root_may_be_the_specs_directory() -> None:
    docs, errors = load_tree(REPO / "specs")
    assert errors == []
    assert [d.path for d in docs] == REAL_SPECS


def test_missing_specs_directory(tmp_path: Path) -> None:
    assert load_tree(tmp_path) == ([], [SpecError("specs", 1, 1, "$", "no specs/ directory here")])


def test_marks_are_one_based_and_point_at_keys_and_items(tmp_path: Path) -> None:
    text = (
        "# comment\n"  # 1
        "kind: endpoint\n"  # 2
        "params:\n"  # 3
        "  - name: a\n"  # 4
        "    enum: [x, 'y']\n"  # 5
        "  - {name: b, in: query}\n"  # 6
        "odd keys:\n"  # 7
        "  x-enum-meanings: {A: one}\n"  # 8
        "  'it''s': 1\n"  # 9
    )
    doc, errors = load_file(write(tmp_path, "specs/a/b/c.yaml", text), "specs/a/b/c.yaml")
    assert errors == []
    assert doc is not None
    assert doc.marks["$"] == (2, 1)
    assert doc.marks["$.kind"] == (2, 1)
    assert doc.marks["$.params"] == (3, 1)
    assert doc.marks["$.params[0]"] == (4, 5)
    assert doc.marks["$.params[0].name"] == (4, 5)
    assert doc.marks["$.params[0].enum[1]"] == (5, 15)
    assert doc.marks["$.params[1]"] == (6, 5)
    assert doc.marks["$.params[1].in"] == (6, 15)
    assert doc.marks["$['odd keys'].x-enum-meanings.A"] == (8, 21)
    assert doc.marks["$['odd keys']['it\\'s']"] == (9, 3)
    assert doc.data["params"] == [{"name": "a", "enum": ["x", "y"]}, {"name": "b", "in": "query"}]


def test_scalars_keep_yaml_types_and_keys_stay_strings(tmp_path: Path) -> None:
    text = 'a: 1\nb: "1"\nc: true\nd: null\ne: 1.5\n200: x\non: y\nbig: 1735964997957275648\n'
    doc, errors = load_file(write(tmp_path, "specs/x/exchange.yaml", text), "specs/x/exchange.yaml")
    assert errors == []
    assert doc is not None
    assert doc.data == {
        "a": 1,
        "b": "1",
        "c": True,
        "d": None,
        "e": 1.5,
        "200": "x",
        "on": "y",
        "big": 1735964997957275648,
    }


def test_locate_falls_back_to_the_deepest_existing_node(tmp_path: Path) -> None:
    text = "params:\n  - name: a\n    type: string\n"
    doc, _ = load_file(write(tmp_path, "specs/a/b/c.yaml", text), "specs/a/b/c.yaml")
    assert doc is not None
    assert doc.locate("$.params[0].type") == (3, 5)
    assert doc.locate("$.params[0].minimum") == (2, 5)  # missing key: the mapping that lacks it
    assert doc.locate("$.params[7].enum[0]") == (1, 1)  # `$.params` itself
    assert doc.locate("$.nothing.at.all") == (1, 1)


@pytest.mark.parametrize(
    ("path", "key", "expected"),
    [
        ("$", "kind", "$.kind"),
        ("$.params", 0, "$.params[0]"),
        ("$.s", "x-enum-meanings", "$.s.x-enum-meanings"),
        ("$.p", "odd key", "$.p['odd key']"),
        ("$.p", "1", "$.p['1']"),
        ("$.p", "it's", "$.p['it\\'s']"),
    ],
)
def test_child_and_parent_paths_round_trip(path: str, key: str | int, expected: str) -> None:
    assert child_path(path, key) == expected
    assert parent_path(expected) == path


def test_parent_of_root_is_none() -> None:
    assert parent_path("$") is None


def test_all_duplicate_keys_of_a_file_are_reported_and_the_first_value_kept(tmp_path: Path) -> None:
    text = "kind: endpoint\nmethod: GET\nmethod: POST\nparams:\n  - name: a\n    name: b\n"
    doc, errors = load_file(write(tmp_path, "specs/a/b/c.yaml", text), "specs/a/b/c.yaml")
    assert [str(e) for e in errors] == [
        "specs/a/b/c.yaml:3:1: $.method: duplicate key 'method' (first at line 2)",
        "specs/a/b/c.yaml:6:5: $.params[0].name: duplicate key 'name' (first at line 5)",
    ]
    assert doc is not None
    assert doc.data["method"] == "GET"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: [1, 2\n",
            "specs/a/b/c.yaml:2:1: $: while parsing a flow sequence: did not find expected ',' or ']'",
        ),
        (
            "a: 1\n\tb: 2\n",
            "specs/a/b/c.yaml:2:1: $: while scanning a plain scalar: found a tab character that violates indentation",
        ),
        ("", "specs/a/b/c.yaml:1:1: $: empty document: expected a mapping"),
        ("- 1\n", "specs/a/b/c.yaml:1:1: $: document must be a mapping, found a sequence"),
        ("just text\n", "specs/a/b/c.yaml:1:1: $: document must be a mapping, found a scalar"),
        (
            "a: 1\n---\nb: 2\n",
            "specs/a/b/c.yaml:2:1: $: expected a single document in the stream: but found another document",
        ),
        (
            "a: !python/object x\n",
            "specs/a/b/c.yaml:1:4: $: could not determine a constructor for the tag '!python/object'",
        ),
        ("a: *x\n", "specs/a/b/c.yaml:1:4: $: found undefined alias"),
    ],
)
def test_yaml_problems_become_spec_errors(tmp_path: Path, text: str, expected: str) -> None:
    doc, errors = load_file(write(tmp_path, "specs/a/b/c.yaml", text), "specs/a/b/c.yaml")
    assert doc is None
    assert [str(e) for e in errors] == [expected]


def test_merge_keys_are_rejected(tmp_path: Path) -> None:
    text = "base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n"
    _, errors = load_file(write(tmp_path, "specs/a/b/c.yaml", text), "specs/a/b/c.yaml")
    assert [str(e) for e in errors] == [
        "specs/a/b/c.yaml:3:3: $.other: merge keys (<<) are not supported; write the keys out"
    ]


def test_aliases_are_expanded(tmp_path: Path) -> None:
    text = "a: &s {x: 1}\nb: *s\n"
    doc, errors = load_file(write(tmp_path, "specs/a/b/c.yaml", text), "specs/a/b/c.yaml")
    assert errors == []
    assert doc is not None
    assert doc.data == {"a": {"x": 1}, "b": {"x": 1}}
    assert doc.marks["$.b.x"] == (1, 8)  # the anchored node's position


def test_recursive_aliases_are_reported_not_followed(tmp_path: Path) -> None:
    doc, errors = load_file(write(tmp_path, "specs/a/b/c.yaml", "a: &x [*x]\n"), "specs/a/b/c.yaml")
    assert [str(e) for e in errors] == ["specs/a/b/c.yaml:1:4: $.a[0]: recursive alias"]
    assert doc is not None
    assert doc.data == {"a": [None]}


def test_non_utf8_bytes_are_located(tmp_path: Path) -> None:
    path = tmp_path / "specs/a/b/c.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"a: 1\nb: caf\xe9\n")
    doc, errors = load_file(path, "specs/a/b/c.yaml")
    assert doc is None
    assert [str(e) for e in errors] == [
        "specs/a/b/c.yaml:2:7: $: file is not UTF-8: invalid continuation byte"
    ]


def test_yml_files_are_reported_not_ignored(tmp_path: Path) -> None:
    write(tmp_path, "specs/a/exchange.yml", "kind: exchange\n")
    docs, errors = load_tree(tmp_path)
    assert docs == []
    assert [str(e) for e in errors] == [
        "specs/a/exchange.yml:1:1: $: spec files end in .yaml; rename this .yml file"
    ]


def test_kind_comes_from_the_file_then_from_its_location(tmp_path: Path) -> None:
    write(tmp_path, "specs/a/exchange.yaml", "kind: nonsense\n")
    write(tmp_path, "specs/a/b/c.yaml", "kind: exchange\n")
    write(tmp_path, "specs/a/b/d.yaml", "summary: no kind\n")
    docs, _ = load_tree(tmp_path)
    assert {d.path: d.kind for d in docs} == {
        "specs/a/b/c.yaml": "exchange",
        "specs/a/b/d.yaml": "endpoint",
        "specs/a/exchange.yaml": "exchange",
    }


def test_cache_skips_parsing_unchanged_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "specs/a/exchange.yaml", "kind: exchange\nx: [1, 2]\n")
    write(tmp_path, "specs/a/b/c.yaml", "kind: endpoint\ny: {z: true}\n")
    cache = tmp_path / "cache"
    first, errors = load_tree(tmp_path, cache_dir=cache)
    assert errors == []
    assert len(list(cache.iterdir())) == 1

    def no_parsing(raw: bytes, rel: str) -> object:
        raise AssertionError(f"{rel} was parsed again")

    monkeypatch.setattr(load, "_parse", no_parsing)
    again, errors = load_tree(tmp_path, cache_dir=cache)
    assert errors == []
    assert again == first
    monkeypatch.undo()

    write(tmp_path, "specs/a/b/c.yaml", "kind: endpoint\ny: {z: false}\n")
    changed, _ = load_tree(tmp_path, cache_dir=cache)
    assert changed[0].data == {"kind": "endpoint", "y": {"z": False}}


def test_files_with_errors_are_not_cached(tmp_path: Path) -> None:
    write(tmp_path, "specs/a/exchange.yaml", "kind: exchange\nkind: exchange\n")
    cache = tmp_path / "cache"
    _, first = load_tree(tmp_path, cache_dir=cache)
    _, second = load_tree(tmp_path, cache_dir=cache)
    assert (
        first
        == second
        == [
            SpecError(
                "specs/a/exchange.yaml", 2, 1, "$.kind", "duplicate key 'kind' (first at line 1)"
            )
        ]
    )


def test_a_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    write(tmp_path, "specs/a/exchange.yaml", "kind: exchange\n")
    cache = tmp_path / "cache"
    load_tree(tmp_path, cache_dir=cache)
    for file in cache.iterdir():
        file.write_bytes(b"\x00garbage")
    docs, errors = load_tree(tmp_path, cache_dir=cache)
    assert errors == []
    assert docs[0].data == {"kind": "exchange"}


def test_spec_error_format_and_order() -> None:
    errors = [
        SpecError("specs/b.yaml", 1, 1, "$", "z"),
        SpecError("specs/a.yaml", 12, 9, "$.params[0].minimum", "m"),
        SpecError("specs/a.yaml", 3, 2, "$.x", "m"),
    ]
    assert str(errors[1]) == "specs/a.yaml:12:9: $.params[0].minimum: m"
    assert [e.file + str(e.line) for e in sorted(errors)] == [
        "specs/a.yaml3",
        "specs/a.yaml12",
        "specs/b.yaml1",
    ]


def test_spec_errors_exception_prints_one_line_per_error() -> None:
    exc = SpecErrors(
        [SpecError("specs/b.yaml", 1, 1, "$", "two"), SpecError("specs/a.yaml", 2, 3, "$.k", "one")]
    )
    assert isinstance(exc, GeneratorError)
    assert exc.lines() == ["specs/a.yaml:2:3: $.k: one", "specs/b.yaml:1:1: $: two"]
    assert GeneratorError("ruff failed\ndetails").lines() == ["ruff failed", "details"]


def test_spec_document_is_frozen() -> None:
    doc = SpecDocument("specs/a/exchange.yaml", "exchange", {}, "0" * 64, {})
    with pytest.raises(AttributeError):
        doc.path = "x"  # type: ignore[misc]
