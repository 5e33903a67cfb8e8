"""Three Multi-News stories labelled at stop 53, scored like ``newsfuse bench facts``: a check tune does not give.

The gold tune and report splits moved apart (stop 52: tune multi 78.0 %, report 66.7 %), so the same-fact decision
is fitted to the tune stories. ``bench/gold/facts53/`` holds Multi-News validation rows 65, 114 and 120, labelled in
the gold format from the articles alone before the system briefed them (their ``split`` is ``report``: nobody tunes
on them). ``python -m bench.facts53 [--verbose]`` briefs them with the product model (fitted on the tune stories,
which these are not) and prints the bench's row. docs/synthesis.md, "Stop 53 — h-multi53". ``--set facts54``
scores the two stories of stop 54 (rows 111 and 116, labelled the same way before any brief of them ran),
``--set facts55`` the two of stop 55 (rows 28 and 96), ``--set facts56`` the two of stop 56 (rows 78 and 94).
"""

from __future__ import annotations

import argparse

from bench.facts import COLUMNS, evaluate, newsfuse_system, row
from bench.facts_gold import GOLD_DIR, load_all

FOLDER = GOLD_DIR.parent / "facts53"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="one row per story too")
    parser.add_argument(
        "--set", default=FOLDER.name, choices=("facts53", "facts54", "facts55", "facts56"), help="which labelled set"
    )
    args = parser.parse_args(argv)
    total, per_cluster = evaluate(load_all("all", FOLDER.parent / args.set), newsfuse_system())
    lines = [COLUMNS, row("newsfuse", args.set, total)]
    if args.verbose:
        lines += [row("  newsfuse", cid, c) for cid, c in per_cluster.items()]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
