"""Disagreements between outlets on natural text, labelled by hand (issue 12 item 4; stop 52).

The gold facts set holds 13 tune and 6 report conflicts; the controlled-edit bench (``bench.conflict_edits``)
measures whether each class's rule reads a value, on sentences that differ in that value alone. Neither says how
often the product finds a disagreement two real outlets word differently, nor how often it sets against each other
two figures that only look alike. ``gold/conflicts52.jsonl`` holds 25 real disagreements (figures of one measure,
dates, another party for one act, a status) and 27 look-alikes (a unit conversion, a part against its whole, two
measures, a bound, a running total an outlet tells as such, a number in words), from Multi-News validation rows
0-124 that no gold facts story holds and from BASIL triplets, labelled by reading the articles before the product
was run on them. Each item's side is a match rule and the documents that say it (S-ids as the brief numbers its
sources); no article text is stored. A story's items share its split (the SHA-1 of its origin).

Scores per split and label: ``found`` (a real item: an emitted conflict whose claims carry two of its sides, as
``bench.facts`` scores gold conflicts), ``false`` (a look-alike matched the same way), and ``agreed`` (a fact of the
JSON that carries one side while citing a document of another: the brief tells the reader the outlets agree).

``python -m bench.conflict_set [--split tune|report|all] [--verbose]``
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.facts import conflict_matches
from bench.facts_gold import GoldCluster, GoldConflict, GoldItem, articles, documents_matching, matches

SET_FILE = Path(__file__).resolve().parent / "gold" / "conflicts52.jsonl"
SPLITS = ("tune", "report", "all")
LABELS = ("real", "look-alike")
Brief = dict[str, Any]


@dataclass
class Item:
    """One labelled pair (or more) of sides: a real disagreement or a look-alike."""

    id: str
    origin: dict[str, Any]
    split: str
    label: str
    kind: str
    what: str
    sides: list[GoldItem]

    @property
    def story(self) -> str:
        return json.dumps(self.origin, sort_keys=True)

    def as_conflict(self) -> GoldConflict:
        return GoldConflict(id=self.id, what=self.what, sides=self.sides)


def load(path: Path = SET_FILE, split: str = "all") -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        sides = [GoldItem(id=s["id"], match=s["match"], sources=s["sources"]) for s in raw["sides"]]
        items.append(Item(raw["id"], raw["origin"], raw["split"], raw["label"], raw["class"], raw["what"], sides))
    return [i for i in items if split == "all" or i.split == split]


def _cluster(item: Item) -> GoldCluster:
    """A gold cluster holding only the story's origin: the facts bench's document construction reads nothing else."""
    return GoldCluster(item.id, item.split, item.origin, {}, [], [], [], [], [], [], conflicts_complete=False)


def check(items: list[Item]) -> list[str]:
    """Problems: a side whose rule misses a document it lists, a story's items in two splits."""
    problems = []
    splits: dict[str, set[str]] = {}
    texts_of: dict[str, dict[str, str]] = {}
    for item in items:
        splits.setdefault(item.story, set()).add(item.split)
        if item.story not in texts_of:
            texts_of[item.story] = {a.id: a.text for a in articles(_cluster(item))}
        texts = texts_of[item.story]
        for side in item.sides:
            found = documents_matching(side.match, texts)
            missing = [s for s in side.sources if s not in found]
            if missing:
                problems.append(f"{item.id} {side.id}: rule does not match in {missing}")
    problems += [f"story {story} is in splits {sorted(s)}" for story, s in splits.items() if len(s) > 1]
    return problems


def agreed(brief: Brief, item: Item) -> bool:
    """A fact that carries one side of the item while citing a document that gives another side."""
    for fact in brief.get("facts", []):
        cited = set(fact.get("sources", []))
        for a, side in enumerate(item.sides):
            if not matches(side.match, fact.get("text", "")) or not cited & set(side.sources):
                continue
            others = {s for b, o in enumerate(item.sides) if b != a for s in o.sources} - set(side.sources)
            if cited & others:
                return True
    return False


@dataclass
class Tally:
    items: int = 0
    found: int = 0  # real: found; look-alike: emitted as a conflict (false)
    agreed: int = 0
    hits: list[str] = field(default_factory=list)


def score(items: Iterable[Item], briefs: dict[str, Brief]) -> dict[str, Tally]:
    tallies = {label: Tally() for label in LABELS}
    for item in items:
        brief = briefs[item.story]
        t = tallies[item.label]
        t.items += 1
        if any(conflict_matches(c, item.as_conflict()) for c in brief["conflicts"]):
            t.found += 1
            t.hits.append(item.id)
        t.agreed += agreed(brief, item)
    return tallies


def newsfuse_briefs(items: list[Item]) -> dict[str, Brief]:
    from bench.facts import newsfuse_system

    run: Callable[[GoldCluster], Brief] = newsfuse_system()
    briefs: dict[str, Brief] = {}
    for item in items:
        if item.story not in briefs:
            briefs[item.story] = run(_cluster(item))
    return briefs


def report(split: str = "all", verbose: bool = False, dump: Path | None = None, path: Path = SET_FILE) -> str:
    items = load(path, split=split)
    briefs = newsfuse_briefs(items)
    if dump is not None:
        dump.write_text(json.dumps(briefs), encoding="utf-8")
    lines = ["split label items found agreed"]
    for name in ("tune", "report") if split == "all" else (split,):
        chosen = [i for i in items if i.split == name]
        for label, t in score(chosen, briefs).items():
            lines.append(f"{name} {label} {t.items} {t.found} {t.agreed}")
            if verbose and name == "tune":
                lines.append(f"  found: {' '.join(t.hits) or '-'}")
    emitted = sum(len(b["conflicts"]) for b in briefs.values())
    lines.append(f"conflicts emitted on the {len(briefs)} stories: {emitted}")
    if verbose:
        for item in items:
            if item.split != "tune":
                continue
            for c in briefs[item.story]["conflicts"]:
                values = " | ".join(f"{x.get('value')} {x['sources']}" for x in c["claims"])
                lines.append(f"  {item.id}: {c['topic']}: {values}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="tune")
    parser.add_argument("--verbose", action="store_true", help="list the tune half's hits and conflicts")
    parser.add_argument("--check", action="store_true", help="check the rules against the documents, run nothing")
    parser.add_argument("--dump", type=Path, help="write the briefs (contract JSON, by story) to this file")
    parser.add_argument("--set", type=Path, default=SET_FILE, help="the labelled set (default: conflicts52.jsonl)")
    args = parser.parse_args(argv)
    if args.check:
        problems = check(load(args.set, split=args.split))
        print("\n".join(problems) or "ok")
        return
    print(report(args.split, args.verbose, args.dump, args.set))


if __name__ == "__main__":
    main()
