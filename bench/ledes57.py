"""`python -m bench.ledes57 --split tune`: is the summary's first sentence the story's lede?

Editor reads found the lede right in 1 of 5 stories while the automatic count of earlier stops said
86 of 125, because that count compared the lede with the reference's first sentence, which is often a
quip. This check asks what an editor asks: does the first sentence state the newest main development,
the one most outlets report? The 36 Multi-News validation rows of ``bench/gold/ledes57.jsonl`` (rows
0-124, 24 ``tune`` and 12 ``kept``) were labelled at stop 57 from the articles and the human summary
before any brief of them was read. A label holds the development in words and one or more ways of
stating it (``ok``): each a list of groups of regexes, and a sentence states it when every group has a
regex found at a word start. A sentence that opens with a pronoun or a demonstrative cannot lead
whatever it says, and a label's ``not`` patterns (say, a paper's "Here we show") reject a wording.

The summary is the one ``newsfuse bench rouge`` scores (``bench.rouge.newsfuse_summary``), so the
check runs on rows 0-124's bench cache. Tune only on ``--split tune``; ``kept`` is for the lead.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

LABELS = Path(__file__).parent / "gold" / "ledes57.jsonl"
SETS = {"ledes57": LABELS, "ledes58": Path(__file__).parent / "gold" / "ledes58.jsonl"}

# A first word that leans on a sentence before it (a pronoun, a demonstrative, a conjunction, an adverb that
# continues: "So it was with the 2012 Emmys", "Still, having 17 to 22 people vet each tweet"): the lede has none.
_LEANING_WORDS = (
    "he|she|it|they|we|i|his|her|its|their|this|these|those|that|there|but|and|yet|also|however"
    "|so|still|then|meanwhile|instead|thus|hence|such"
)
_LEANING = re.compile(rf"^[\"“'‘(]*({_LEANING_WORDS})\b(?!-)", re.I)
# A quotation is the writer's choice of colour, not the news: an editor does not open the story with one.
_QUOTATION_OPENER = re.compile(r"^[\"“‘]")
# "Monkeys learn to … left alone Monkeys at Colchester Zoo …": a capitalised common noun that comes back
# capitalised after a lower-case word, with no stop between, is a headline glued to its first line.
_HEADLINE_FIRST_WORD = re.compile(r"^([A-Z][a-z]+)\b")
_ARTICLES = frozenset({"The", "A", "An"})


@dataclass(frozen=True)
class LedeLabel:
    """One labelled row: what its lede must state, and the ways of stating it."""

    row: int
    split: str
    development: str
    ways: tuple[tuple[tuple[str, ...], ...], ...]  # each way: groups of alternative regexes, all groups needed
    rejects: tuple[str, ...] = ()
    # (surname, introduction): a lede that names the person by ``surname`` must also hold ``introduction``
    names: tuple[tuple[str, str], ...] = ()


def load(path: Path = LABELS, split: str = "all") -> list[LedeLabel]:
    labels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        if split not in ("all", raw["split"]):
            continue
        ways = tuple(tuple(tuple(group) for group in way) for way in raw["ok"])
        names = tuple((surname, introduction) for surname, introduction in raw.get("names", ()))
        rejects = tuple(raw.get("not", ()))
        labels.append(LedeLabel(raw["row"], raw["split"], raw["development"], ways, rejects, names))
    return labels


def _group_found(group: tuple[str, ...], text: str) -> bool:
    return any(re.search(r"(?<![\w$])" + alternative, text, re.I) for alternative in group)


def glued_headline(sentence: str, documents: list[str]) -> bool:
    """Whether ``sentence`` opens with a headline glued to the article's first line: its first word, a common
    noun (the documents write it in lower case too), comes back capitalised right after a lower-case word."""
    first = _HEADLINE_FIRST_WORD.match(sentence)
    if first is None or first.group(1) in _ARTICLES:
        return False
    word = first.group(1)
    if not re.search(rf"[a-z,]\s+{word}\b", sentence[first.end() :]):
        return False
    return any(re.search(rf"\b{word.lower()}\b", document) for document in documents)


def _unintroduced(label: LedeLabel, text: str) -> bool:
    return any(
        _group_found((surname,), text) and not _group_found((introduction,), text)
        for surname, introduction in label.names
    )


def states(label: LedeLabel, sentence: str, documents: list[str] | None = None) -> bool:
    """Whether ``sentence`` can open the story as its lede: it stands alone and states the development.
    With the row's ``documents``, a headline glued to the first line is no lede either."""
    text = sentence.strip()
    if not text or _LEANING.match(text) or _QUOTATION_OPENER.match(text):
        return False
    if any(re.search(pattern, text, re.I) for pattern in label.rejects):
        return False
    if _unintroduced(label, text) or (documents is not None and glued_headline(text, documents)):
        return False
    return any(all(_group_found(group, text) for group in way) for way in label.ways)


def run(split: str, limit_rows: int = 125, path: Path = LABELS) -> list[tuple[LedeLabel, str, bool]]:
    """Each labelled row of ``split`` briefed as the ROUGE bench briefs it; (label, lede, right)."""
    from bench.data import analysed_stories, multinews
    from bench.rouge import newsfuse_summary
    from newsfuse.nlp import Models
    from newsfuse.options import Options

    labels = load(path, split=split)
    clusters = multinews(limit=limit_rows)
    by_row = {label.row: label for label in labels}
    picked = [clusters[label.row] for label in labels]
    options = Options()
    models = Models(options)
    results = []
    for cluster, story in analysed_stories(picked, options, models):
        label = by_row[int(cluster.id.rsplit("-", 1)[1])]
        summary = newsfuse_summary(story, options, parse=models.parse) if story is not None else []
        lede = summary[0] if summary else ""
        results.append((label, lede, states(label, lede, cluster.documents)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "kept", "all"), default="tune")
    parser.add_argument("--set", choices=sorted(SETS), default="ledes57", help="which labelled rows (stop 57 or 58)")
    args = parser.parse_args()
    results = run(args.split, path=SETS[args.set])
    for label, lede, right in results:
        print(f"row {label.row:3d} {'right' if right else 'WRONG'}: {lede[:160]}")
        if not right:
            print(f"          wanted: {label.development}")
    right_count = sum(right for _, _, right in results)
    print(f"ledes right ({args.set} {args.split}): {right_count} / {len(results)}")


if __name__ == "__main__":
    main()
