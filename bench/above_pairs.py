"""Hand-labelled citation pairs at or above the unit threshold: a fact's shown sentence and the sentence of another
outlet the fact graph cited for it.

Stop 47 traced the editors' findings of outlets cited for what they do not say (reads #16-#18): 28 of 38 were unit
members at a pair score of 0.90-0.998 that tell another fact, a band no same-fact model was trained on (MRPC and
``band_pairs.jsonl`` sit lower). Before any rule for it was written, ``bench/gold/above_pairs.jsonl`` took every
citation pair the product made (``FactNode.backers``: for each source beside the shown claim's own, the claim that
backs it) on the gold tune stories from Multi-News and BASIL and on the stories of editor reads #16-#18 (BASIL
9879bbc0, b764f81f, d4a4bc34, 6e502405, 6f95dcb9, 70c744ad; Multi-News validation rows 119, 123, 108, 122, 19, 47, 58,
73), briefed by main at stop 47's final tree, and labelled each by reading it:

- ``same``: the cited sentence tells the shown one's fact;
- ``part``: it tells a part of it, or the same event with other details (gold counts it as support);
- ``different``: another fact, however close the subject.

Stories are split by the SHA-1 of their id (every third in that order is ``test``): ``test`` is the untouched third
the reported figures come from; ``tune`` is what a rule may be chosen on. No text: a sentence is its source (S-id,
numbered as the brief numbers them) and the first 16 hex digits of the SHA-1 of its whole sentence as the product
splits it (a pair of two claims names their sentences). ``python -m bench.above_pairs [--split test|tune|all]``
briefs each story through the product path and counts, per label, the pairs today's product still cites.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.band_pairs import Side, chosen_split, print_report, raw_documents, sentence_key

LABELS_FILE = Path(__file__).resolve().parent / "gold" / "above_pairs.jsonl"
LABELS = ("same", "part", "different")
SPLITS = ("tune", "test")
ROUTES = ("member", "holds", "head", "figure", "phrase", "quoting")


@dataclass(frozen=True)
class AbovePair:
    story: str
    origin: dict[str, Any]
    split: str
    a: Side  # the fact's shown sentence
    b: Side  # the other outlet's sentence cited for it
    p: float  # the pair score (the claim units' similarity) when labelled
    route: str  # how the graph let it back the shown one (align/facts.py ``backers``)
    label: str


def load(path: Path = LABELS_FILE) -> list[AbovePair]:
    """Every labelled pair, checked for shape: a known label, split and route, two different outlets."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        raw = json.loads(line)
        pair = AbovePair(**{**raw, "a": Side(**raw["a"]), "b": Side(**raw["b"]), "p": float(raw["p"])})
        if pair.label not in LABELS or pair.split not in SPLITS or pair.route not in ROUTES:
            raise ValueError(
                f"{path.name}:{number}: label one of {LABELS}, split one of {SPLITS}, route one of {ROUTES}"
            )
        if pair.a.source == pair.b.source:
            raise ValueError(f"{path.name}:{number}: a pair is two outlets' sentences")
        pairs.append(pair)
    return pairs


Key = tuple[str, str, str, str]  # shown source, shown sentence key, cited source, cited sentence key


def briefed(origin: dict[str, Any]) -> tuple[Any, Any, Any]:
    """The story briefed through the product path, with what the align stage made of it: (brief, alignment,
    analysed story)."""
    import newsfuse.pipeline as pipeline
    from bench.facts import _options_models

    options, models = _options_models()
    seen: dict[str, Any] = {}
    align = pipeline.align

    def capture(story, options, models=None, grouped=None):  # type: ignore[no-untyped-def]
        found = align(story, options, models, grouped=grouped)
        seen["alignment"], seen["story"] = found, story
        return found

    pipeline.align = capture
    try:
        brief = pipeline.brief_from_documents(raw_documents(origin), options, models)
    finally:
        pipeline.align = align
    return brief, seen["alignment"], seen["story"]


def cited_pairs(origin: dict[str, Any]) -> tuple[set[Key], set[tuple[str, str]]]:
    """The citation pairs today's product makes on a story (every fact node's shown claim and, per other source,
    its backing claim, as their whole sentences), and every (source, sentence key) of the story."""
    _, alignment, story = briefed(origin)
    graph = alignment.graph

    def side(claim: int) -> tuple[str, str]:
        sentence = story.sentences[graph.claims[claim].sentence]
        return sentence.article_id, sentence_key(sentence.text)

    cited = {(*side(node.representative), *side(j)) for node in graph.facts for j in node.backers.values()}
    return cited, {(s.article_id, sentence_key(s.text)) for s in story.sentences}


def report(pairs: Sequence[AbovePair]) -> tuple[list[str], list[str]]:
    """Per label, how many pairs today's product still cites; and the pairs whose sentences are not found."""
    kept: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    missing: list[str] = []
    for story in sorted({p.story for p in pairs}):
        mine = [p for p in pairs if p.story == story]
        cited, sentences = cited_pairs(mine[0].origin)
        for p in mine:
            if (p.a.source, p.a.sha1) not in sentences or (p.b.source, p.b.sha1) not in sentences:
                missing.append(f"{story} {p.a.source}:{p.a.sha1} / {p.b.source}:{p.b.sha1}")
                continue
            (kept if (p.a.source, p.a.sha1, p.b.source, p.b.sha1) in cited else dropped)[p.label] += 1
    lines = [
        f"pairs {len(pairs)}: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(p.label for p in pairs).items()))
    ]
    lines.append("label  still cited  no longer cited")
    lines += [f"{label}  {kept[label]}  {dropped[label]}" for label in LABELS]
    return lines, missing


def main(argv: Sequence[str] | None = None) -> int:
    split = chosen_split("python -m bench.above_pairs", __doc__ or "", argv)
    return print_report(*report([p for p in load() if split in ("all", p.split)]))


if __name__ == "__main__":
    raise SystemExit(main())
