"""How many realistic one-edit changes of the source pages does docs-check report?

    .venv/bin/python benchmarks/docs_check_mutations.py [--corpus NAME|all] [-v]

Applies every edit of the corpus (tests/generator/fixtures/docs_mutations/*.yaml) to fresh
copies of ../shared/seeds and docs/pages, runs docs-check against specs/ and counts an edit as
reported when a line not marked recorded names the changed thing (the edit's `expect` tokens),
or, for unreadable input, when the exit code is 2. Prints the rate per kind and overall, and
every miss. The unchanged pages must give no disagreement (checked first). `dev` is the
corpus the checker was built against; `heldout` and `fresh` were written afterwards and not
tuned on; `outside` was written by a second engineer without reading the other three, and
`outside_probes` after the fixes its first run led to (regression cases, not an estimate).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.review.docs_check import check_pages  # noqa: E402
from generator.review.mutations import Outcome, load_corpus, page_copies, run_mutation  # noqa: E402
from generator.spec.load import load_tree  # noqa: E402

CORPUS = ROOT / "tests" / "generator" / "fixtures" / "docs_mutations"
CORPORA = ("dev", "heldout", "fresh", "outside", "outside_probes")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=(*CORPORA, "all"), default="all")
    parser.add_argument("--seeds", default=str(ROOT.parent / "shared" / "seeds"))
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="print what each miss reported"
    )
    args = parser.parse_args()
    docs, errors = load_tree(ROOT / "specs")
    if errors:
        print(*errors, sep="\n")
        return 2
    names = CORPORA if args.corpus == "all" else (args.corpus,)
    started = time.perf_counter()
    results: dict[str, list[Outcome]] = {}
    with page_copies(Path(args.seeds), ROOT / "docs" / "pages") as dirs:
        baseline = check_pages(list(dirs), docs)
        real = [str(d) for d in baseline.drift if d.recorded is None]
        print(
            f"baseline (unchanged pages): {len(real)} disagreement(s), {len(baseline.errors)} error(s)"
        )
        for line in real + baseline.errors:
            print("  ", line)
        for name in names:
            file = CORPUS / f"{name}.yaml"
            if file.is_file():
                results[name] = [run_mutation(m, dirs, docs) for m in load_corpus(file)]
    elapsed = time.perf_counter() - started
    for name, outcomes in results.items():
        by_kind: dict[str, list[Outcome]] = defaultdict(list)
        for o in outcomes:
            by_kind[o.mutation.kind].append(o)
        hit = sum(o.detected for o in outcomes)
        print(
            f"\n{name}: {hit}/{len(outcomes)} reported ({100 * hit / max(len(outcomes), 1):.1f} %)"
        )
        for kind, group in sorted(by_kind.items()):
            print(f"  {kind:14} {sum(o.detected for o in group):3}/{len(group)}")
        for o in outcomes:
            if not o.detected:
                want = (
                    f"exit {o.mutation.exit}" if o.mutation.exit is not None else o.mutation.expect
                )
                print(f"  MISSED {o.mutation.id}: wanted {want}, got exit {o.exit}")
                if args.verbose:
                    for line in o.lines[:8]:
                        print("      ", line[:200])
    total = [o for group in results.values() for o in group]
    if len(results) > 1:
        hit = sum(o.detected for o in total)
        print(f"\nall: {hit}/{len(total)} reported ({100 * hit / max(len(total), 1):.1f} %)")
    print(f"{len(total)} edits in {elapsed:.1f} s")
    return 0 if not real and not baseline.errors else 1


if __name__ == "__main__":
    sys.exit(main())
