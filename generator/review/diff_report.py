"""Reports of a spec diff: Markdown for a pull request, JSON, plain text; semver and changelog.

Semantic-version rule for the generated package (stated in docs/spec-review.md):
- from 1.0.0 on: breaking -> major; potentially breaking or anything added -> minor;
  any other change -> patch;
- before 1.0.0 (0.y.z, where anything may change): breaking -> minor (0.y+1.0); any other
  change -> patch (0.y.z+1).
No change at all suggests no release.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from generator.review.diff import LEVELS, RULES, Change, Level

__all__ = ["Report", "render", "suggest_bump"]

Bump = Literal["major", "minor", "patch", "none"]
_TITLES: dict[Level, str] = {
    "breaking": "Breaking",
    "potentially-breaking": "Potentially breaking",
    "non-breaking": "Non-breaking",
}


def _is_addition(rule: str) -> bool:
    return rule.endswith(("-added", "-widened", "-made-optional", "-loosened"))


def suggest_bump(changes: Sequence[Change], version: str) -> tuple[Bump, str]:
    """(bump, next version) for `changes` applied to the package at `version` ("0.1.0")."""
    parts = [int(p) for p in version.split(".")[:3]]
    major, minor, patch = [*parts, 0, 0, 0][:3]
    levels = {c.level for c in changes}
    bump: Bump
    if not changes:
        return "none", version
    if major >= 1:
        if "breaking" in levels:
            bump = "major"
        elif "potentially-breaking" in levels or any(_is_addition(c.rule) for c in changes):
            bump = "minor"
        else:
            bump = "patch"
    else:
        bump = "minor" if "breaking" in levels else "patch"
    if bump == "major":
        return bump, f"{major + 1}.0.0"
    if bump == "minor":
        return bump, f"{major}.{minor + 1}.0"
    return bump, f"{major}.{minor}.{patch + 1}"


@dataclass(frozen=True)
class Report:
    base: str
    head: str
    changes: tuple[Change, ...]
    version: str

    @property
    def counts(self) -> dict[Level, int]:
        counted = Counter(c.level for c in self.changes)
        return {lvl: counted.get(lvl, 0) for lvl in LEVELS}

    @property
    def bump(self) -> tuple[Bump, str]:
        return suggest_bump(self.changes, self.version)

    def fails(self, fail_on: str | None) -> bool:
        if fail_on == "breaking":
            return self.counts["breaking"] > 0
        if fail_on == "potentially-breaking":
            return self.counts["breaking"] + self.counts["potentially-breaking"] > 0
        return False

    def changelog(self) -> str:
        bump, nxt = self.bump
        if bump == "none":
            return f"## exchange-sdk {self.version}\n\nNo changes to the specs.\n"
        groups: list[tuple[str, list[Change]]] = [
            ("Breaking changes", [c for c in self.changes if c.level == "breaking"]),
            (
                "Potentially breaking",
                [c for c in self.changes if c.level == "potentially-breaking"],
            ),
            (
                "Added",
                [c for c in self.changes if c.level == "non-breaking" and _is_addition(c.rule)],
            ),
            (
                "Changed",
                [c for c in self.changes if c.level == "non-breaking" and not _is_addition(c.rule)],
            ),
        ]
        lines = [f"## exchange-sdk {nxt}", ""]
        for title, items in groups:
            if not items:
                continue
            lines += [f"### {title}", ""]
            seen: set[str] = set()
            for c in items:
                entry = f"- {c.subject}: {c.message} (`{c.rule}`)"
                if entry not in seen:
                    seen.add(entry)
                    lines.append(entry)
            lines.append("")
        return "\n".join(lines)


def _summary_line(r: Report) -> str:
    n = r.counts
    bump, nxt = r.bump
    return (
        f"spec diff {r.base} -> {r.head}: {len(r.changes)} change(s): {n['breaking']} breaking, "
        f"{n['potentially-breaking']} potentially breaking, {n['non-breaking']} non-breaking; "
        f"suggested version bump: {bump} ({r.version} -> {nxt})"
    )


def _where(c: Change) -> str:
    return f"{c.file}:{c.line}" + (" (base)" if c.side == "base" else "")


def _text(r: Report) -> str:
    lines = [_summary_line(r)]
    lines += [f"{_where(c)}: {c.level}: {c.rule}: {c.subject}: {c.message}" for c in r.changes]
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(r: Report) -> str:
    bump, nxt = r.bump
    n = r.counts
    lines = [
        f"## Spec diff: `{r.base}` → `{r.head}`",
        "",
        "| Level | Changes |",
        "| --- | ---: |",
        *(f"| {_TITLES[lvl]} | {n[lvl]} |" for lvl in LEVELS),
        "",
        f"Suggested version bump of the generated package: **{bump}** ({r.version} → {nxt}).",
        "",
    ]
    for lvl in LEVELS:
        items = [c for c in r.changes if c.level == lvl]
        if not items:
            continue
        lines += [
            f"### {_TITLES[lvl]}",
            "",
            "| Rule | Where | Subject | Change |",
            "| --- | --- | --- | --- |",
        ]
        for c in items:
            lines.append(
                f"| `{c.rule}` | `{_where(c)}` | {_md_cell(c.subject)} | {_md_cell(c.message)} |"
            )
        lines.append("")
    lines += ["<details><summary>Changelog entry</summary>", "", r.changelog(), "</details>", ""]
    return "\n".join(lines)


def _json(r: Report) -> str:
    bump, nxt = r.bump
    summary: dict[str, int] = {**{str(k): v for k, v in r.counts.items()}, "total": len(r.changes)}
    doc: dict[str, object] = {
        "base": r.base,
        "head": r.head,
        "summary": summary,
        "version": {"current": r.version, "bump": bump, "suggested": nxt},
        "changes": [c.to_json() for c in r.changes],
        "changelog": r.changelog(),
        "rules": {k: {"level": v[0], "meaning": v[1]} for k, v in sorted(RULES.items())},
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


_RENDERERS: dict[str, Callable[[Report], str]] = {
    "markdown": _markdown,
    "json": _json,
    "text": _text,
}


def render(report: Report, fmt: str) -> str:
    """`fmt`: markdown | json | text."""
    return _RENDERERS[fmt](report)
